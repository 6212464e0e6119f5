"""Find and replace across a document.

Find looks in source, target or both; replace only ever changes targets (the source is
read-only in a CAT tool). ``replace_batch`` builds one ``EditBatch`` without applying it,
so the caller applies it as ONE undo step.

Whole word means "not preceded or followed by a letter or digit", where CJK characters
do not count as letters: Chinese has no spaces between words, so a boundary cannot be
seen. Whole-word "AI" therefore skips "AIDS" but finds "AI" in "AI技术", and a Chinese
pattern such as 北京 is found inside 北京市 with or without the option.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlmodel import Session, col

from workbench.editor.changes import EditBatch, SegmentEdit, SegmentState
from workbench.editor.counts import CJK_LETTERS
from workbench.editor.workflow import status_after_text_edit
from workbench.errors import WorkbenchError
from workbench.models import Block, Segment
from workbench.models.enums import SegmentStatus

Side = Literal["source", "target", "both"]

# A letter or digit that is not CJK: what a whole-word match may not touch.
_LATIN_WORD_CHAR = f"[^\\W_{CJK_LETTERS}]"


class InvalidPatternError(WorkbenchError):
    """The search pattern or the replacement cannot be used."""


@dataclass(frozen=True)
class FindOptions:
    pattern: str
    side: Side = "both"
    case_sensitive: bool = False
    whole_word: bool = False
    regex: bool = False


@dataclass(frozen=True)
class Match:
    segment_id: int
    side: Literal["source", "target"]
    start: int
    end: int


@dataclass(frozen=True)
class Replacement:
    segment_id: int
    before: str
    after: str
    locked: bool = False  # shown in the preview, skipped by replace_batch


def compile_pattern(opts: FindOptions) -> re.Pattern[str]:
    """The search as a compiled pattern; a bad one raises ``InvalidPatternError`` saying why."""
    if not opts.pattern:
        raise InvalidPatternError("Type something to find")
    flags = 0 if opts.case_sensitive else re.IGNORECASE
    body = opts.pattern if opts.regex else re.escape(opts.pattern)
    try:
        re.compile(body, flags)  # report errors at the positions the user typed
        if opts.whole_word:
            body = f"(?<!{_LATIN_WORD_CHAR})(?:{body})(?!{_LATIN_WORD_CHAR})"
        return re.compile(body, flags)
    except re.error as exc:
        where = f" at position {exc.pos}" if exc.pos is not None else ""
        raise InvalidPatternError(
            f"Invalid regular expression {opts.pattern!r}: {exc.msg}{where}"
        ) from exc


def _rows(session: Session, document_id: int, *columns: Mapped[Any]) -> list[tuple[Any, ...]]:
    """(id, *columns) of every segment in document order: one query, no ORM objects."""
    query = (
        sa.select(col(Segment.id), *columns)
        .join(Block, col(Block.id) == col(Segment.block_id))
        .where(col(Segment.document_id) == document_id)
        .order_by(col(Block.position), col(Segment.position))
    )
    return [tuple(row) for row in session.execute(query)]


def find_all(session: Session, document_id: int, opts: FindOptions) -> list[Match]:
    """Every non-empty match in document order (source before target within a segment)."""
    pattern = compile_pattern(opts)
    sides: tuple[Literal["source", "target"], ...] = (
        ("source", "target") if opts.side == "both" else (opts.side,)
    )
    found: list[Match] = []
    for seg_id, source, target in _rows(
        session, document_id, col(Segment.source), col(Segment.target)
    ):
        texts = {"source": source, "target": target}
        for side in sides:
            found.extend(
                Match(seg_id, side, m.start(), m.end())
                for m in pattern.finditer(texts[side])
                if m.end() > m.start()
            )
    return found


def _replacer(opts: FindOptions, replacement: str) -> str | Callable[[re.Match[str]], str]:
    # Literal mode must not read "\1" or "\n" in the replacement as escapes.
    return replacement if opts.regex else (lambda _m: replacement)


def _target_changes(
    session: Session, document_id: int, opts: FindOptions, replacement: str
) -> list[tuple[SegmentState, int, str]]:
    if opts.side == "source":
        raise InvalidPatternError("The source text is read-only; replace works on translations")
    pattern = compile_pattern(opts)
    repl = _replacer(opts, replacement)
    changes = []
    rows = _rows(session, document_id, col(Segment.target), col(Segment.status), col(Segment.note))
    try:
        for seg_id, target, status, note in rows:
            after = pattern.sub(repl, target)
            if after != target:
                changes.append((SegmentState(target, str(status), note), seg_id, after))
    except (re.error, IndexError) as exc:
        raise InvalidPatternError(f"Invalid replacement {replacement!r}: {exc}") from exc
    return changes


def preview_replace(
    session: Session, document_id: int, opts: FindOptions, replacement: str
) -> list[Replacement]:
    """What replace-all would do to each target it changes (``\\1``/``\\g<name>`` in regex mode)."""
    return [
        Replacement(seg_id, state.target, after, locked=state.status == SegmentStatus.LOCKED)
        for state, seg_id, after in _target_changes(session, document_id, opts, replacement)
    ]


def replace_batch(
    session: Session,
    document_id: int,
    opts: FindOptions,
    replacement: str,
    *,
    only: set[int] | None = None,
) -> EditBatch:
    """The replace-all as one batch, NOT applied. ``only`` limits it to the segments the user
    ticked in the preview; locked segments are left out and listed in ``skipped_locked``.
    A reviewed/approved segment whose text changes drops back to "translated"."""
    edits: list[SegmentEdit] = []
    skipped: list[int] = []
    for before, seg_id, after in _target_changes(session, document_id, opts, replacement):
        if only is not None and seg_id not in only:
            continue
        if before.status == SegmentStatus.LOCKED:
            skipped.append(seg_id)
            continue
        status = status_after_text_edit(before.status, before.target, after)
        edits.append(SegmentEdit(seg_id, before, replace(before, target=after, status=status)))
    n = len(edits)
    batch = EditBatch(f"Replace “{opts.pattern}” in {n} segment{'s' if n != 1 else ''}", edits)
    batch.skipped_locked = skipped
    return batch
