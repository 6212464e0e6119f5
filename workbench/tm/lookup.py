"""Fuzzy lookup in the translation memory.

Score: ``rapidfuzz.fuzz.ratio`` (normalised Indel similarity, 0–100) of the query and a
unit's source, both normalised first (NFKC, whitespace runs as one space; case kept). The
same scorer over every unit is the brute-force reference the tests and
``bench/tm_peers.py`` compare the best score with. A 100 % match whose unit also has the
same neighbouring sources (``context``) scores 101.

Candidates come from ``workbench.tm.index`` (FTS5 trigrams, ``instr()`` for 1–2 character
queries). Identical source+target pairs are shown once (the newest).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from sqlmodel import Session

from workbench.tm import index
from workbench.tm.concordance import ConcordanceHit, concordance
from workbench.tm.text import lang_key, normalize, squeeze

__all__ = ["ConcordanceHit", "TMMatch", "TMTerm", "concordance", "diff_pieces", "lookup"]

CONTEXT_SCORE = 101.0
Pieces = list[tuple[str, str]]


@dataclass(frozen=True)
class TMTerm:
    """A term-base term found in a match's source, with its first target-language term."""

    text: str
    target: str = ""
    forbidden: bool = False

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class TMMatch:
    unit_id: int
    source: str
    target: str
    score: float  # 0–100; 101 for a 100 % match whose context matches too
    origin: str  # confirmed | tmx | aligned | xliff
    origin_ref: str
    updated_at: datetime | None
    # The unit's source against the query, for a coloured diff: ("equal"|"delete"|"insert",
    # text) in reading order; "delete" is only in the unit, "insert" only in the query.
    diff: Pieces = field(default_factory=list)
    terms: list[TMTerm] = field(default_factory=list)
    context_match: bool = False
    created_by: str = ""

    @property
    def percent(self) -> int:
        return int(min(self.score, 100.0))

    def to_json(self) -> dict[str, Any]:
        return {
            "unit_id": self.unit_id,
            "score": round(self.score, 1),
            "source": self.source,
            "target": self.target,
            "origin": self.origin,
            "origin_ref": self.origin_ref,
            "updated_at": self.updated_at.isoformat() if self.updated_at else None,
            "context_match": self.context_match,
            "diff": [list(piece) for piece in self.diff],
            "terms": [term.text for term in self.terms],
        }


def diff_pieces(unit_source: str, query: str) -> Pieces:
    """``unit_source`` against ``query`` as (kind, text) pieces (Levenshtein opcodes; a
    replacement is a deletion then an insertion)."""
    pieces: Pieces = []
    for op in Levenshtein.opcodes(unit_source, query):
        if op.tag == "equal":
            pieces.append(("equal", unit_source[op.src_start : op.src_end]))
            continue
        if op.tag in ("delete", "replace"):
            pieces.append(("delete", unit_source[op.src_start : op.src_end]))
        if op.tag in ("insert", "replace"):
            pieces.append(("insert", query[op.dest_start : op.dest_end]))
    return pieces


def _scored(
    session: Session, query: str, wanted: str, sl: str, tl: str, min_score: float, keep: int
) -> list[tuple[float, int]]:
    """(score, id) of the best ``keep`` candidates at or above ``min_score``."""
    if len(wanted) < 3:
        pairs: Any = index.short_candidates(session, wanted, sl, tl, min_score)
    elif index.is_sqlite(session):
        ids = index.fts_candidates(session, squeeze(query), wanted)
        pairs = index.sources_of(session, ids, sl, tl)
    else:
        pairs = index.all_units(session, sl, tl)
    choices = {unit_id: normalize(source) for unit_id, source in pairs}
    found = process.extract(
        wanted, choices, scorer=fuzz.ratio, limit=keep, score_cutoff=max(min_score, 0.0)
    )
    return [(float(score), int(unit_id)) for _text, score, unit_id in found]


_DETAILS = (
    "SELECT id, source, target, origin, origin_ref, updated_at, context_before,"
    " context_after, created_by FROM tm_unit WHERE id IN ({})"
)


def _when(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _details(session: Session, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    sql = _DETAILS.format(",".join(str(int(i)) for i in ids))
    if index.is_sqlite(session):
        rows: Any = index.dbapi(session).execute(sql).fetchall()
    else:
        rows = session.execute(sa.text(sql)).all()
    return {int(row[0]): (*row[:5], _when(row[5]), *row[6:]) for row in rows}


def _has_termbase(session: Session) -> bool:
    return index.dbapi(session).execute("SELECT 1 FROM termbase LIMIT 1").fetchone() is not None


def _terms(
    session: Session, texts: list[str], source_lang: str, target_lang: str
) -> list[list[TMTerm]]:
    from workbench.termbase.matcher import matcher_for_workspace

    if index.is_sqlite(session) and not _has_termbase(session):
        return [[] for _ in texts]  # skip the matcher's version query (0.4 ms)
    matcher = matcher_for_workspace(session)
    if not matcher.size:
        return [[] for _ in texts]
    out = []
    for text in texts:
        terms, seen = [], set()
        for hit in matcher.match(text, source_lang):
            if hit.overlapped or hit.concept_id in seen:
                continue
            seen.add(hit.concept_id)
            targets = hit.targets(target_lang)
            terms.append(TMTerm(hit.text, targets[0] if targets else "", hit.forbidden))
        out.append(terms)
    return out


def lookup(
    session: Session,
    text: str,
    source_lang: str,
    target_lang: str,
    *,
    limit: int = 9,
    min_score: float = 50.0,
    context: tuple[str, str] | None = None,
    terms: bool = True,
) -> list[TMMatch]:
    """The best ``limit`` units for ``text`` (a source segment), best first: score, then a
    matching context, then the newest. ``context`` is (previous source, next source) of the
    segment: a 100 % match recorded with the same neighbours scores 101 (at least one
    neighbour must be non-empty). ``terms``: fill ``TMMatch.terms`` from the workspace's
    term bases (the cached matcher; no cost when there are no term bases)."""
    wanted = normalize(text)
    if not wanted or limit <= 0:
        return []
    sl, tl = lang_key(source_lang), lang_key(target_lang)
    scored = _scored(session, text, wanted, sl, tl, min_score, max(limit * 3, limit + 10))
    if not scored:
        return []
    rows = _details(session, [unit_id for _score, unit_id in scored])
    before, after = (normalize(context[0]), normalize(context[1])) if context else ("", "")
    ranked = []
    for score, unit_id in scored:
        row = rows.get(unit_id)
        if row is None:
            continue
        in_context = bool(
            context
            and score >= 100.0
            and (before or after)
            and normalize(row[6]) == before
            and normalize(row[7]) == after
        )
        ranked.append((CONTEXT_SCORE if in_context else score, in_context, row))
    ranked.sort(key=lambda item: (str(item[2][5] or ""), item[2][0]), reverse=True)
    ranked.sort(key=lambda item: item[0], reverse=True)  # stable: the newest first within a score
    chosen: list[tuple[float, bool, tuple[Any, ...]]] = []
    seen: set[tuple[str, str]] = set()
    for item in ranked:
        key = (normalize(item[2][1]), item[2][2])
        if key in seen:
            continue
        seen.add(key)
        chosen.append(item)
        if len(chosen) >= limit:
            break
    found_terms = (
        _terms(session, [row[1] for _s, _c, row in chosen], sl, tl)
        if terms
        else [[] for _ in chosen]
    )
    return [
        TMMatch(
            unit_id=int(row[0]),
            source=row[1],
            target=row[2],
            score=score,
            origin=row[3],
            origin_ref=row[4],
            updated_at=row[5],
            diff=diff_pieces(row[1], text),
            terms=unit_terms,
            context_match=in_context,
            created_by=row[8],
        )
        for (score, in_context, row), unit_terms in zip(chosen, found_terms, strict=True)
    ]
