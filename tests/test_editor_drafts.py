"""Never lose typing: drafts are saved, committed on leave, and restored after a crash."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from workbench.db.workspace import Workspace, open_workspace
from workbench.documents.editing import LockedSegmentError, segment_history
from workbench.documents.store import store_draft
from workbench.editor.changes import SegmentState, apply_batch, state_of
from workbench.editor.drafts import (
    commit_draft,
    discard_draft,
    pending_drafts,
    restore_drafts,
    save_draft,
)
from workbench.editor.workflow import confirm
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.models import Segment, SegmentDraft
from workbench.models.enums import BlockKind, Language


def make_document(session: Session, pairs: list[tuple[str, str]]) -> tuple[int, list[int]]:
    block = DraftBlock(
        kind=BlockKind.PARAGRAPH,
        source="".join(s for s, _ in pairs),
        segments=[DraftSegment(s, t, "", " ") for s, t in pairs],
    )
    doc = store_draft(session, DraftDocument(Language.ZH, Language.EN, blocks=[block]), author="i")
    ids = session.scalars(
        select(Segment.id).where(Segment.document_id == doc.id).order_by(Segment.position)
    ).all()
    return doc.id or 0, [i or 0 for i in ids]


def test_save_draft_upserts_and_marks_new_segments_draft(workspace: Workspace) -> None:
    with workspace.session() as session:
        doc, (new, translated) = make_document(session, [("一。", ""), ("二。", "Two.")])
    with workspace.session() as session:
        save_draft(session, new, "O", author="tr")
        save_draft(session, translated, "Two!", author="tr")
    with workspace.session() as session:
        save_draft(session, new, "On", author="tr")
        save_draft(session, new, "One", author="tr")
    with workspace.session() as session:
        assert pending_drafts(session, doc) == {new: "One", translated: "Two!"}
        # The target is untouched until confirmed; only the first draft moved new → draft.
        assert state_of(session, new) == SegmentState("", "draft", "")
        assert state_of(session, translated) == SegmentState("Two.", "translated", "")
        history = [(r.field, r.before, r.after) for r in segment_history(session, new)]
        assert history[1:] == [("status", "new", "draft")]
        row = session.get(SegmentDraft, new)
        assert row is not None and row.author == "tr" and row.document_id == doc


def test_discard_draft(workspace: Workspace) -> None:
    with workspace.session() as session:
        doc, (new, translated) = make_document(session, [("一。", ""), ("二。", "Two.")])
        save_draft(session, new, "Oops", author="tr")
        save_draft(session, translated, "Oops", author="tr")
    with workspace.session() as session:
        assert discard_draft(session, new) and discard_draft(session, translated)
        assert not discard_draft(session, new)
        assert pending_drafts(session, doc) == {}
        # Nothing was ever typed into the new one: it is new again.
        assert state_of(session, new).status == "new"
        assert state_of(session, translated) == SegmentState("Two.", "translated", "")


def test_commit_draft_keeps_the_text_as_an_unconfirmed_target(workspace: Workspace) -> None:
    with workspace.session() as session:
        doc, (new, reviewed, same) = make_document(
            session, [("一。", ""), ("二。", "Two."), ("三。", "Three.")]
        )
        session.execute(sa.update(Segment).where(Segment.id == reviewed).values(status="reviewed"))
        save_draft(session, new, "One", author="tr")
        save_draft(session, reviewed, "Two, revised", author="tr")
        save_draft(session, same, "Three.", author="tr")
    with workspace.session() as session:
        batch = commit_draft(session, new, author="tr")
        assert batch is not None and batch.segment_ids == [new]
        assert state_of(session, new) == SegmentState("One", "draft", "")
        commit_draft(session, reviewed, author="tr")
        assert state_of(session, reviewed) == SegmentState("Two, revised", "draft", "")
        # A draft identical to the target changes nothing (and keeps the status).
        assert commit_draft(session, same, author="tr") is None
        assert state_of(session, same) == SegmentState("Three.", "translated", "")
        assert commit_draft(session, same, author="tr") is None  # no draft left
        assert pending_drafts(session, doc) == {}
        history = [(r.field, r.before, r.after) for r in segment_history(session, reviewed)]
        assert history[-2:] == [
            ("target", "Two.", "Two, revised"),
            ("status", "reviewed", "draft"),
        ]
        # The batch is undoable like any other.
        apply_batch(session, batch.inverted(), author="tr")
        assert state_of(session, new) == SegmentState("", "draft", "")


def test_confirm_removes_the_draft(workspace: Workspace) -> None:
    with workspace.session() as session:
        doc, (seg,) = make_document(session, [("一。", "")])
        save_draft(session, seg, "On", author="tr")
        confirm(session, seg, "One.", author="tr")
        assert pending_drafts(session, doc) == {}


def test_locked_segments_take_no_typing(workspace: Workspace) -> None:
    with workspace.session() as session:
        doc, (seg, other) = make_document(session, [("一。", "One."), ("二。", "Two.")])
        save_draft(session, other, "Two!!", author="tr")
        session.execute(sa.update(Segment).values(status="locked"))
        session.expire_all()
        with pytest.raises(LockedSegmentError):
            save_draft(session, seg, "x", author="tr")
        # A draft left on a segment that got locked is kept, not thrown away.
        with pytest.raises(LockedSegmentError):
            commit_draft(session, other, author="tr")
        assert restore_drafts(session, doc, author="tr") == []
        assert pending_drafts(session, doc) == {other: "Two!!"}


CRASH = """
import os, sys
from workbench.db.workspace import open_workspace
from workbench.editor.drafts import save_draft
ws = open_workspace(sys.argv[1])
with ws.session() as session:
    save_draft(session, int(sys.argv[2]), "typed before the crash", author="tr")
with ws.session() as session:
    save_draft(session, int(sys.argv[3]), "half a sentence", author="tr")
os._exit(9)  # like kill -9: no cleanup, no close
"""


def test_drafts_survive_a_crash_and_are_restored(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    with open_workspace(path) as ws, ws.session() as session:
        doc, (first, second, third) = make_document(
            session, [("一。", ""), ("二。", "Two."), ("三。", "")]
        )
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CRASH), str(path), str(third), str(first)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 9, result.stderr
    with open_workspace(path) as ws:
        with ws.session() as session:
            assert pending_drafts(session, doc) == {
                third: "typed before the crash",
                first: "half a sentence",
            }
            restored = restore_drafts(session, doc, author="tr")
        with ws.session() as session:
            assert restored == [first, third]  # document order
            assert state_of(session, first) == SegmentState("half a sentence", "draft", "")
            assert state_of(session, third) == SegmentState("typed before the crash", "draft", "")
            assert state_of(session, second) == SegmentState("Two.", "translated", "")
            assert pending_drafts(session, doc) == {}
            fields = [r.field for r in segment_history(session, first)]
            assert fields == ["created", "status", "target"]  # new→draft, then the text
