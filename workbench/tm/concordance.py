"""Concordance: every unit whose text holds a Chinese substring or English words.

* A query with Han characters is a literal substring; ``side="auto"`` searches the
  Chinese side of every unit (the source of zh→en units, the target of en→zh ones).
* Otherwise the query is English words: whole words, case-insensitive, whitespace between
  them as any run of spaces; ``auto`` searches the non-Chinese side.
* Sources of 3+ characters go through the FTS5 trigram index (a phrase query is a
  substring query); targets and shorter queries are scanned with ``instr()``/``LIKE``.
  Newest units first; the scan stops once ``limit`` hits are verified.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from workbench.tm import index
from workbench.tm.text import fts_phrase, has_han, lang_key, squeeze

Spans = list[tuple[int, int]]
SIDES = ("auto", "source", "target")


@dataclass(frozen=True)
class ConcordanceHit:
    unit_id: int
    source: str
    target: str
    source_lang: str
    target_lang: str
    origin: str
    origin_ref: str
    updated_at: datetime | None
    source_spans: Spans = field(default_factory=list)  # (start, end) of each hit
    target_spans: Spans = field(default_factory=list)

    @property
    def side(self) -> str:
        if self.source_spans and self.target_spans:
            return "both"
        return "source" if self.source_spans else "target"

    @property
    def spans(self) -> Spans:
        return self.source_spans or self.target_spans

    def to_json(self) -> dict[str, Any]:
        return {
            "unit_id": self.unit_id,
            "source": self.source,
            "target": self.target,
            "source_lang": self.source_lang,
            "target_lang": self.target_lang,
            "origin": self.origin,
            "origin_ref": self.origin_ref,
            "updated_at": self.updated_at.isoformat() if self.updated_at else None,
            "source_spans": [list(s) for s in self.source_spans],
            "target_spans": [list(s) for s in self.target_spans],
        }


def _substring_spans(needle: str) -> Callable[[str], Spans]:
    def spans(text: str) -> Spans:
        out: Spans = []
        at = text.find(needle)
        while at >= 0:
            out.append((at, at + len(needle)))
            at = text.find(needle, at + len(needle))
        return out

    return spans


def _word_spans(query: str) -> Callable[[str], Spans]:
    words = query.split()
    pattern = re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE
    )
    return lambda text: [m.span() for m in pattern.finditer(text)]


def _like(query: str) -> str:
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return "%" + "%".join(escaped.split()) + "%"


_COLUMNS = (
    "u.id, u.source, u.target, u.source_lang, u.target_lang, u.origin, u.origin_ref, u.updated_at"
)


def _rows(
    session: Session, column: str, query: str, han: bool, pairs: list[tuple[str, str]] | None
) -> Iterator[sa.Row[Any]]:
    """Candidate units, newest first. ``+`` keeps the planner on the rowid order (so the
    scan stops at ``limit`` hits) rather than the language index and a sort."""
    params: dict[str, Any] = {}
    where = ""
    sqlite = index.is_sqlite(session)
    if pairs is not None:
        plus = "+" if sqlite else ""
        tests = []
        for i, (sl, tl) in enumerate(pairs):
            tests.append(f"({plus}u.source_lang = :s{i} AND {plus}u.target_lang = :t{i})")
            params.update({f"s{i}": sl, f"t{i}": tl})
        where = f" AND ({' OR '.join(tests)})"
    if column == "source" and len(query) >= 3 and sqlite:
        sql = (
            f"SELECT {_COLUMNS} FROM tm_unit_fts JOIN tm_unit u ON u.id = tm_unit_fts.rowid"
            f" WHERE tm_unit_fts MATCH :phrase{where} ORDER BY tm_unit_fts.rowid DESC"
        )
        params["phrase"] = fts_phrase(query)
    elif han:
        test = f"instr(u.{column}, :q) > 0" if sqlite else f"strpos(u.{column}, :q) > 0"
        sql = f"SELECT {_COLUMNS} FROM tm_unit u WHERE {test}{where}"
        sql += " ORDER BY u.id DESC"
        params["q"] = query
    else:
        like = "LIKE" if sqlite else "ILIKE"  # SQLite's LIKE ignores ASCII case already
        sql = f"SELECT {_COLUMNS} FROM tm_unit u WHERE u.{column} {like} :like ESCAPE '\\'{where}"
        sql += " ORDER BY u.id DESC"
        params["like"] = _like(query)
    result = session.execute(sa.text(sql).columns(updated_at=sa.DateTime), params)
    try:
        yield from result
    finally:
        result.close()


def concordance(
    session: Session,
    query: str,
    *,
    side: str = "auto",
    limit: int = 50,
    source_lang: str | None = None,
    target_lang: str | None = None,
) -> list[ConcordanceHit]:
    """Units holding ``query`` (see the module doc), newest first, at most ``limit``.
    ``side``: auto | source | target; ``source_lang``/``target_lang`` narrow to a pair."""
    if side not in SIDES:
        raise ValueError(f"side must be one of {', '.join(SIDES)}, not {side!r}")
    wanted = squeeze(query)
    if not wanted or limit <= 0:
        return []
    han = has_han(wanted)
    spans_in = _substring_spans(wanted) if han else _word_spans(wanted)
    held = index.language_pairs(session)
    pairs = held
    if source_lang:
        pairs = [p for p in pairs if p[0] == lang_key(source_lang)]
    if target_lang:
        pairs = [p for p in pairs if p[1] == lang_key(target_lang)]
    if side == "auto":  # the Chinese side for Chinese, the other side for words
        plan = [
            ("source", [p for p in pairs if (p[0] == "zh") == han]),
            ("target", [p for p in pairs if (p[1] == "zh") == han]),
        ]
    else:
        plan = [(side, pairs)]
    found: dict[int, dict[str, Any]] = {}
    for column, wanted_pairs in plan:
        if not wanted_pairs:
            continue
        hits = 0
        chosen = None if wanted_pairs == held else wanted_pairs  # None: no filter needed
        for row in _rows(session, column, wanted, han, chosen):
            spans = spans_in(row[1] if column == "source" else row[2])
            if not spans:
                continue
            entry = found.setdefault(int(row[0]), {"row": row, "source": [], "target": []})
            entry[column] = spans
            hits += 1
            if hits >= limit:
                break
    ordered = sorted(found, reverse=True)[:limit]
    out = []
    for unit_id in ordered:
        entry = found[unit_id]
        row = entry["row"]
        out.append(
            ConcordanceHit(*row[:8], source_spans=entry["source"], target_spans=entry["target"])
        )
    return out
