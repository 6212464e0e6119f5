"""Writing the memory: bulk inserts, one unit per confirmed segment, deletes, counts.

Languages are stored as primary subtags (``zh``, ``en``: the workspace's vocabulary), so a
TMX written with ``zh-CN``/``en-US`` serves a ``zh``→``en`` document. The FTS5 index on
``source`` follows by triggers (migration 0008); a big insert can defer it
(``deferred_index``) and index the new rows in one statement at the end.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session

from workbench.models.base import utcnow
from workbench.models.enums import SegmentStatus
from workbench.tm.text import lang_key

BATCH = 5000
IN_CHUNK = 500
CONFIRMED = frozenset(
    s.value
    for s in (
        SegmentStatus.TRANSLATED,
        SegmentStatus.REVIEWED,
        SegmentStatus.APPROVED,
        SegmentStatus.LOCKED,
    )
)
# A document with more changed segments than this loads its whole reading order once to
# find the neighbours (context); fewer are looked up one by one with the position indexes.
_WHOLE_DOCUMENT = 16


@dataclass(slots=True)
class NewUnit:
    source_lang: str
    target_lang: str
    source: str
    target: str
    origin: str = "tmx"
    origin_ref: str = ""
    context_before: str = ""
    context_after: str = ""
    created_by: str = ""
    document_id: int | None = None
    segment_id: int | None = None
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime | None = None


@dataclass(frozen=True)
class SyncResult:
    added: int = 0
    updated: int = 0
    removed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def _table() -> sa.Table:
    from workbench.models.tm import TMUnit

    return TMUnit.__table__  # type: ignore[attr-defined,no-any-return]


def add_units(session: Session, units: Iterable[NewUnit]) -> int:
    """Insert the units in batches of executemany (the caller's transaction); returns how
    many. Languages are reduced to primary subtags."""
    table = _table()
    statement = sa.insert(table)
    total = 0
    rows: list[dict[str, object]] = []
    for unit in units:
        rows.append(
            {
                "source_lang": lang_key(unit.source_lang),
                "target_lang": lang_key(unit.target_lang),
                "source": unit.source,
                "target": unit.target,
                "origin": unit.origin,
                "origin_ref": unit.origin_ref,
                "context_before": unit.context_before,
                "context_after": unit.context_after,
                "created_by": unit.created_by,
                "document_id": unit.document_id,
                "segment_id": unit.segment_id,
                "created_at": unit.created_at,
                "updated_at": unit.updated_at or unit.created_at,
            }
        )
        if len(rows) >= BATCH:
            session.execute(statement, rows)
            total += len(rows)
            rows = []
    if rows:
        session.execute(statement, rows)
        total += len(rows)
    return total


def _sqlite_dbapi(session: Session) -> object | None:
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    return connection.connection.dbapi_connection


@contextlib.contextmanager
def deferred_index(session: Session) -> Iterator[None]:
    """Inside the block, inserts into ``tm_unit`` skip the per-row FTS trigger; on the way
    out the new rows are indexed with one ``INSERT … SELECT`` and the trigger comes back
    exactly as it was (its SQL is read from the schema). About 3× faster for a big import.

    The trigger is dropped inside the caller's write transaction, so a failure rolls the
    drop back with everything else. When no write transaction can be made sure of (not
    SQLite, autocommit), nothing is deferred."""
    dbapi = _sqlite_dbapi(session)
    if dbapi is None:
        yield
        return
    if not getattr(dbapi, "in_transaction", False):
        # pysqlite opens the transaction before DML only, never before DDL: start it.
        session.execute(sa.text("UPDATE tm_unit SET id = id WHERE 0"))
    trigger = session.execute(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'tm_unit_ai'")
    ).scalar()
    if trigger is None or not getattr(dbapi, "in_transaction", False):
        yield
        return
    last = session.execute(sa.text("SELECT coalesce(max(id), 0) FROM tm_unit")).scalar()
    session.execute(sa.text("DROP TRIGGER tm_unit_ai"))

    def restore() -> None:
        session.execute(
            sa.text(
                "INSERT INTO tm_unit_fts(rowid, source) SELECT id, source FROM tm_unit"
                " WHERE id > :last"
            ),
            {"last": last},
        )
        session.execute(sa.text(trigger))

    try:
        yield
    except BaseException:
        with contextlib.suppress(Exception):  # the rollback that follows restores it anyway
            restore()
        raise
    restore()


# --- confirmed segments ----------------------------------------------------------------


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), IN_CHUNK):
        yield ids[start : start + IN_CHUNK]


def _in(ids: Sequence[int]) -> str:
    return ",".join(str(int(i)) for i in ids)


_SEGMENTS = (
    "SELECT s.id, s.document_id, s.block_id, s.position, b.position, s.source, s.target,"
    " s.status, s.updated_by, d.source_lang, d.target_lang, d.title_zh, d.title_en"
    " FROM segment s JOIN block b ON b.id = s.block_id JOIN document d ON d.id = s.document_id"
    " WHERE s.id IN ({})"
)


def _document_order(session: Session, document_id: int) -> dict[int, tuple[str, str]]:
    rows = session.execute(
        sa.text(
            "SELECT s.id, s.source FROM segment s JOIN block b ON b.id = s.block_id"
            " WHERE s.document_id = :d ORDER BY b.position, s.position"
        ),
        {"d": document_id},
    ).all()
    out: dict[int, tuple[str, str]] = {}
    for at, (seg_id, _source) in enumerate(rows):
        before = rows[at - 1][1] if at > 0 else ""
        after = rows[at + 1][1] if at + 1 < len(rows) else ""
        out[seg_id] = (before, after)
    return out


_NEIGHBOUR = {
    "before": (
        "SELECT source FROM segment WHERE block_id = :b AND position < :p"
        " ORDER BY position DESC LIMIT 1",
        "SELECT s.source FROM block b JOIN segment s ON s.block_id = b.id"
        " WHERE b.document_id = :d AND b.position < :bp"
        " ORDER BY b.position DESC, s.position DESC LIMIT 1",
    ),
    "after": (
        "SELECT source FROM segment WHERE block_id = :b AND position > :p"
        " ORDER BY position LIMIT 1",
        "SELECT s.source FROM block b JOIN segment s ON s.block_id = b.id"
        " WHERE b.document_id = :d AND b.position > :bp"
        " ORDER BY b.position, s.position LIMIT 1",
    ),
}


def _neighbours(session: Session, row: sa.Row[tuple[object, ...]]) -> tuple[str, str]:
    _seg_id, document_id, block_id, position, block_position = row[:5]
    params = {"b": block_id, "p": position, "d": document_id, "bp": block_position}
    found = []
    for side in ("before", "after"):
        in_block, across = _NEIGHBOUR[side]
        text = session.execute(sa.text(in_block), params).scalar()
        if text is None:
            text = session.execute(sa.text(across), params).scalar()
        found.append(text or "")
    return found[0], found[1]


def _contexts(
    session: Session, rows: list[sa.Row[tuple[object, ...]]]
) -> dict[int, tuple[str, str]]:
    by_document: dict[int, list[sa.Row[tuple[object, ...]]]] = {}
    for row in rows:
        by_document.setdefault(int(row[1]), []).append(row)  # type: ignore[call-overload]
    out: dict[int, tuple[str, str]] = {}
    for document_id, doc_rows in by_document.items():
        if len(doc_rows) > _WHOLE_DOCUMENT:
            order = _document_order(session, document_id)
            out.update((int(r[0]), order.get(int(r[0]), ("", ""))) for r in doc_rows)  # type: ignore[call-overload]
        else:
            out.update((int(r[0]), _neighbours(session, r)) for r in doc_rows)  # type: ignore[call-overload]
    return out


def sync_confirmed(session: Session, segment_ids: Iterable[int]) -> SyncResult:
    """Make the memory hold each segment's current confirmed translation: a segment whose
    status is translated or above (with a target) has exactly one unit (origin
    "confirmed") with its source, target and neighbouring sources, updated in place; a
    segment that went back to new/draft (an undone confirm) loses its unit. Unchanged
    units are not written. Missing ids are ignored."""
    ids = sorted(set(segment_ids))
    if not ids:
        return SyncResult()
    rows: list[sa.Row[tuple[object, ...]]] = []
    existing: dict[int, tuple[int, str, str, str, str]] = {}
    for chunk in _chunks(ids):
        rows.extend(session.execute(sa.text(_SEGMENTS.format(_in(chunk)))).all())
        for unit_id, seg_id, *texts in session.execute(
            sa.text(
                "SELECT id, segment_id, source, target, context_before, context_after"
                f" FROM tm_unit WHERE segment_id IN ({_in(chunk)})"
            )
        ):
            existing[int(seg_id)] = (int(unit_id), *texts)  # type: ignore[assignment]
    keep = [r for r in rows if str(r[7]) in CONFIRMED and str(r[6]).strip()]
    drop = sorted(set(existing) - {int(r[0]) for r in keep})  # type: ignore[call-overload]
    contexts = _contexts(session, keep)
    now = utcnow()
    inserts: list[NewUnit] = []
    updates: list[dict[str, object]] = []
    for row in keep:
        seg_id = int(row[0])  # type: ignore[call-overload]
        source, target = str(row[5]), str(row[6])
        before, after = contexts[seg_id]
        old = existing.get(seg_id)
        if old is None:
            inserts.append(
                NewUnit(
                    str(row[9]),
                    str(row[10]),
                    source,
                    target,
                    origin="confirmed",
                    origin_ref=str(row[11] or row[12] or ""),
                    context_before=before,
                    context_after=after,
                    created_by=str(row[8] or ""),
                    document_id=int(row[1]),  # type: ignore[call-overload]
                    segment_id=seg_id,
                    created_at=now,
                )
            )
        elif old[1:] != (source, target, before, after):
            updates.append(
                {
                    "uid": old[0],
                    "source": source,
                    "target": target,
                    "before": before,
                    "after": after,
                    "now": now,
                }
            )
    if updates:
        table = _table()
        session.execute(
            sa.update(table)
            .where(table.c.id == sa.bindparam("uid"))
            .values(
                source=sa.bindparam("source"),
                target=sa.bindparam("target"),
                context_before=sa.bindparam("before"),
                context_after=sa.bindparam("after"),
                updated_at=sa.bindparam("now"),
            ),
            updates,
        )
    for chunk in _chunks(drop):
        session.execute(sa.text(f"DELETE FROM tm_unit WHERE segment_id IN ({_in(chunk)})"))
    added = add_units(session, inserts)
    return SyncResult(added, len(updates), len(drop))


def upsert_confirmed(session: Session, segment_id: int) -> bool:
    """One segment's unit (see ``sync_confirmed``); True when the memory changed."""
    return sync_confirmed(session, [segment_id]).changed


def delete_for_document(session: Session, document_id: int) -> int:
    """Remove the units that came from a workspace document (its confirmed segments and
    aligned material); returns how many."""
    result = session.execute(
        sa.text("DELETE FROM tm_unit WHERE document_id = :d"), {"d": document_id}
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def delete_origin_ref(session: Session, origin: str, origin_ref: str) -> int:
    """Remove everything one import brought in (e.g. origin "tmx", the file's name)."""
    result = session.execute(
        sa.text("DELETE FROM tm_unit WHERE origin = :o AND origin_ref = :r"),
        {"o": origin, "r": origin_ref},
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def counts_by_origin(session: Session) -> dict[str, int]:
    rows = session.execute(
        sa.text("SELECT origin, count(*) FROM tm_unit GROUP BY origin ORDER BY origin")
    )
    return {str(origin): int(count) for origin, count in rows}


@dataclass(frozen=True)
class TMStats:
    units: int
    by_origin: dict[str, int]
    by_pair: dict[str, int]  # "zh→en": count
    oldest: datetime | str | None
    newest: datetime | str | None

    def to_json(self) -> dict[str, object]:
        return {
            "units": self.units,
            "by_origin": self.by_origin,
            "by_pair": self.by_pair,
            "oldest": str(self.oldest) if self.oldest else None,
            "newest": str(self.newest) if self.newest else None,
        }


def tm_stats(session: Session) -> TMStats:
    by_origin = counts_by_origin(session)
    pairs = session.execute(
        sa.text(
            "SELECT source_lang, target_lang, count(*) FROM tm_unit"
            " GROUP BY source_lang, target_lang ORDER BY count(*) DESC"
        )
    )
    oldest, newest = session.execute(
        sa.text("SELECT min(created_at), max(updated_at) FROM tm_unit")
    ).one()
    return TMStats(
        sum(by_origin.values()),
        by_origin,
        {f"{s}→{t}": int(n) for s, t, n in pairs},
        oldest,
        newest,
    )
