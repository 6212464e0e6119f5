"""Candidate units for a fuzzy lookup, from the FTS5 trigram index on ``tm_unit.source``.

A query of 3+ characters: its trigrams are sorted by how many units hold them (document
frequency, from ``fts5vocab``, cached per database) and the rarest are taken until their
posting lists add up to ``BUDGET`` rows (at most ``MAX_GRAMS``). The units that share the
most of those trigrams (one ``UNION ALL … GROUP BY rowid`` statement) are the candidates,
``CANDIDATES`` of them; rapidfuzz scores them afterwards. Reading a bounded number of
postings keeps a lookup fast however big the memory grows: template-like sentences share
common trigrams with tens of thousands of units, and ``ORDER BY bm25`` over all of them
costs 35 ms on 200,000 units, against ~2 ms here (bench/tm_peers.py).

Shorter queries have no trigram (SQLite 3.40's trigram index also returns nothing for a
2-character CJK ``LIKE``): ``instr()`` over units short enough to reach the score cut-off.
PostgreSQL workspaces have no FTS5: every unit of the language pair is a candidate.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from workbench.tm.text import fts_phrase, trigrams

BUDGET = 8_000  # posting rows read per lookup
MAX_GRAMS = 40
CANDIDATES = 300
_REFRESH_SHARE = 0.10  # rebuild the frequencies when the memory grew by 10 %
_VOCAB = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.tm_unit_vocab USING fts5vocab(main, tm_unit_fts, row)"
)


@dataclass
class _Frequencies:
    top_id: int  # max(tm_unit.id) when counted
    floor: int  # trigrams in at most this many units are not kept (count as rare)
    df: dict[str, int]


_CACHE: dict[Engine, _Frequencies] = {}
_LOCK = threading.Lock()


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def forget_frequencies(engine: Engine | None = None) -> None:
    """Drop the cached trigram frequencies (after a big import; tests)."""
    with _LOCK:
        if engine is None:
            _CACHE.clear()
        else:
            _CACHE.pop(engine, None)


def dbapi(session: Session) -> Any:
    """The session's own sqlite3 connection (same transaction): the hot statements skip
    SQLAlchemy's per-row result machinery, a third of the lookup time otherwise."""
    return session.connection().connection.driver_connection


def frequencies(session: Session) -> _Frequencies:
    """Trigram → number of units holding it, for the trigrams above a floor (so a large
    memory keeps a small table), read from the index in one pass (0.2 s for 200,000
    units) and kept until the memory has grown by a tenth. Stale counts only make the
    choice of trigrams a little less sharp; scores never depend on them."""
    engine = session.get_bind()
    top = int(dbapi(session).execute("SELECT coalesce(max(id), 0) FROM tm_unit").fetchone()[0])
    with _LOCK:
        cached = _CACHE.get(engine)  # type: ignore[arg-type]
    if cached is not None and abs(top - cached.top_id) <= max(1000, cached.top_id * _REFRESH_SHARE):
        return cached
    floor = max(16, top // 10_000)
    session.execute(sa.text(_VOCAB))
    df = {
        str(term): int(doc)
        for term, doc in session.execute(
            sa.text("SELECT term, doc FROM temp.tm_unit_vocab WHERE doc > :f"), {"f": floor}
        )
    }
    built = _Frequencies(top, floor, df)
    with _LOCK:
        _CACHE[engine] = built  # type: ignore[index]
    return built


def choose_grams(grams: list[str], stats: _Frequencies) -> list[str]:
    """The rarest trigrams, until their postings reach ``BUDGET`` rows (at least one)."""
    df = stats.df
    ordered = sorted(grams, key=lambda g: df.get(g, 0))
    chosen: list[str] = []
    total = 0
    for gram in ordered:
        count = df.get(gram, stats.floor // 2)
        if chosen and (len(chosen) >= MAX_GRAMS or total + count > BUDGET):
            break
        chosen.append(gram)
        total += count
    return chosen


def fts_candidates(session: Session, *texts: str, limit: int = CANDIDATES) -> list[int]:
    """Ids of the units sharing the most chosen trigrams with ``texts`` (the query as
    typed and normalised: both spellings of full-width punctuation reach the index)."""
    grams = [g for g in trigrams(*texts) if g.strip()]
    if not grams:
        return []
    chosen = choose_grams(grams, frequencies(session))
    arms = " UNION ALL ".join(
        "SELECT rowid AS r FROM tm_unit_fts WHERE tm_unit_fts MATCH ?" for _ in chosen
    )
    sql = f"SELECT r FROM ({arms}) GROUP BY r ORDER BY count(*) DESC, r DESC LIMIT ?"
    rows = dbapi(session).execute(sql, [*map(fts_phrase, chosen), limit]).fetchall()
    return [r for (r,) in rows]


def short_candidates(
    session: Session, query: str, source_lang: str, target_lang: str, min_score: float
) -> Iterator[tuple[int, str]]:
    """(id, source) of units holding any character of a 1–2 character query and short
    enough to score ``min_score``: 2·m/(m+n)·100 ≥ s gives n ≤ m·(200/s − 1)."""
    chars = list(dict.fromkeys(query))
    if not chars:
        return iter(())
    longest = 10**9 if min_score <= 0 else math.floor(len(query) * (200 / min_score - 1)) + 8
    find = "instr" if is_sqlite(session) else "strpos"
    holds = " OR ".join(f"{find}(source, :c{i}) > 0" for i in range(len(chars)))
    params: dict[str, object] = {f"c{i}": c for i, c in enumerate(chars)}
    params.update(sl=source_lang, tl=target_lang, n=longest)
    rows = session.execute(
        sa.text(
            "SELECT id, source FROM tm_unit WHERE source_lang = :sl AND target_lang = :tl"
            f" AND length(source) <= :n AND ({holds})"
        ),
        params,
    )
    return ((int(i), str(s)) for i, s in rows)


def all_units(session: Session, source_lang: str, target_lang: str) -> Iterator[tuple[int, str]]:
    """Every (id, source) of the pair: the brute-force path (no FTS5 on PostgreSQL)."""
    rows = session.execute(
        sa.text("SELECT id, source FROM tm_unit WHERE source_lang = :sl AND target_lang = :tl"),
        {"sl": source_lang, "tl": target_lang},
    )
    return ((int(i), str(s)) for i, s in rows)


def sources_of(
    session: Session, ids: list[int], source_lang: str, target_lang: str
) -> list[tuple[int, str]]:
    """(id, source) of these units in the pair (by primary key: ``+`` keeps the planner
    off the language index)."""
    if not ids:
        return []
    listed = ",".join(str(int(i)) for i in ids)
    sql = (
        f"SELECT id, source FROM tm_unit WHERE id IN ({listed})"
        " AND +source_lang = ? AND +target_lang = ?"
    )
    return dbapi(session).execute(sql, (source_lang, target_lang)).fetchall()  # type: ignore[no-any-return]


def language_pairs(session: Session) -> list[tuple[str, str]]:
    """The (source, target) language pairs the memory holds: a few seeks on the language
    index (a skip-scan by hand), not a scan of every unit."""
    pairs: list[tuple[str, str]] = []
    step = "SELECT {0} FROM tm_unit WHERE {1} {0} > :after ORDER BY {0} LIMIT 1"
    source: str | None = ""
    while True:
        source = session.execute(
            sa.text(step.format("source_lang", "")), {"after": source}
        ).scalar()
        if source is None:
            return pairs
        target: str | None = ""
        while True:
            target = session.execute(
                sa.text(step.format("target_lang", "source_lang = :s AND")),
                {"after": target, "s": source},
            ).scalar()
            if target is None:
                break
            pairs.append((source, target))
