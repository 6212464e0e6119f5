"""Document model: constraints, storing drafts, reading trees, editing with revisions."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import select

from workbench.db.workspace import Workspace
from workbench.documents.editing import LockedSegmentError, segment_history, update_segment
from workbench.documents.query import document_tree, list_documents
from workbench.documents.store import store_draft
from workbench.errors import NotFoundError
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.models import Block, Document, Segment, SegmentRevision
from workbench.models.enums import BlockKind, DocumentStatus, Language, SegmentStatus
from workbench.sample import load_sample_data, populate_sample


def _zh_draft() -> DraftDocument:
    return DraftDocument(
        source_lang=Language.ZH,
        target_lang=Language.EN,
        title_zh="山城夜景",
        blocks=[
            DraftBlock(kind=BlockKind.HEADING, level=1, source="山城夜景"),
            DraftBlock(
                kind=BlockKind.PARAGRAPH,
                source="夜幕降临，江边的灯一盏盏亮起。游客们说：“太美了！”然后拿出手机拍照。",
            ),
        ],
        origin_format="test",
    )


def test_store_segments_and_joins_back_exactly(workspace: Workspace) -> None:
    draft = _zh_draft()
    with workspace.session() as session:
        doc = store_draft(session, draft, author="tester")
    with workspace.session() as session:
        tree = document_tree(session, doc.id or 0)
    assert [b["kind"] for b in tree["blocks"]] == ["heading", "paragraph"]
    paragraph = tree["blocks"][1]
    assert paragraph["source"] == draft.blocks[1].source
    assert paragraph["zh"] == paragraph["source"]
    assert len(paragraph["segments"]) >= 2
    assert "".join(s["source"] for s in paragraph["segments"]) == draft.blocks[1].source
    assert all(s["status"] == "new" for s in paragraph["segments"])
    assert tree["status"] == "new"


def test_english_target_joins_with_one_space(workspace: Workspace) -> None:
    with workspace.session() as session:
        doc = store_draft(session, _zh_draft(), author="tester")
        segs = session.exec(
            select(Segment).where(Segment.document_id == doc.id).order_by(Segment.id)
        ).all()
        para = [s for s in segs if s.block_id != segs[0].block_id]
        for seg, text in zip(
            para, ["Night falls.", "Lights come on.", "Photos follow."], strict=False
        ):
            update_segment(session, seg.id or 0, author="tester", target=text)
    with workspace.session() as session:
        tree = document_tree(session, doc.id or 0)
    target = tree["blocks"][1]["target"]
    assert target.startswith("Night falls. Lights come on.")
    assert "  " not in target


def test_preserved_separators_from_pre_aligned_segments(workspace: Workspace) -> None:
    draft = DraftDocument(
        source_lang=Language.EN,
        target_lang=Language.ZH,
        blocks=[
            DraftBlock(
                kind=BlockKind.PARAGRAPH,
                source="Reported by Xinhua.It was a success.",
                target="据新华社报道。活动很成功。",
                segments=[
                    DraftSegment("Reported by Xinhua.", "据新华社报道。", "", ""),
                    DraftSegment("It was a success.", "活动很成功。"),
                ],
            )
        ],
    )
    with workspace.session() as session:
        doc = store_draft(session, draft, author="tester")
        tree = document_tree(session, doc.id or 0)
    assert tree["blocks"][0]["source"] == "Reported by Xinhua.It was a success."
    assert tree["blocks"][0]["zh"] == "据新华社报道。活动很成功。"
    assert tree["status"] == DocumentStatus.TRANSLATED


def test_every_change_keeps_a_revision(workspace: Workspace) -> None:
    with workspace.session() as session:
        doc = store_draft(session, _zh_draft(), author="importer")
        seg_id = session.exec(select(Segment.id).where(Segment.document_id == doc.id)).first()
    assert seg_id is not None
    with workspace.session() as session:
        update_segment(session, seg_id, author="amy", target="Night view")
        update_segment(
            session,
            seg_id,
            author="amy",
            target="Night View of the Mountain City",
            status=SegmentStatus.TRANSLATED,
        )
        update_segment(session, seg_id, author="bob", status=SegmentStatus.REVIEWED, note="ok")
        update_segment(session, seg_id, author="bob", target="Night View of the Mountain City")
    with workspace.session() as session:
        history = [(r.field, r.before, r.after, r.author) for r in segment_history(session, seg_id)]
    assert history == [
        ("created", "", "test", "importer"),
        ("target", "", "Night view", "amy"),
        ("target", "Night view", "Night View of the Mountain City", "amy"),
        ("status", "new", "translated", "amy"),
        ("note", "", "ok", "bob"),
        ("status", "translated", "reviewed", "bob"),
    ]


def test_locked_segments_are_read_only(workspace: Workspace) -> None:
    with workspace.session() as session:
        doc = store_draft(session, _zh_draft(), author="a")
        seg_id = session.exec(select(Segment.id).where(Segment.document_id == doc.id)).first() or 0
        update_segment(session, seg_id, author="lead", status=SegmentStatus.LOCKED)
    with pytest.raises(LockedSegmentError), workspace.session() as session:
        update_segment(session, seg_id, author="amy", target="changed")
    with workspace.session() as session:
        assert session.get(Segment, seg_id).target == ""  # type: ignore[union-attr]
        update_segment(session, seg_id, author="lead", status=SegmentStatus.DRAFT)
        update_segment(session, seg_id, author="amy", target="now allowed")


def test_constraints_reject_bad_values(workspace: Workspace) -> None:
    with pytest.raises(sa.exc.IntegrityError), workspace.session() as session:
        session.add(Document(title_zh="x", status="lost"))  # type: ignore[arg-type]
    with pytest.raises(sa.exc.IntegrityError), workspace.session() as session:
        session.add(Document(title_zh="x", source_lang=Language.ZH, target_lang=Language.ZH))
    with pytest.raises(sa.exc.IntegrityError), workspace.session() as session:
        session.add(Block(document_id=999, position=0))  # no such document: foreign key
    with workspace.session() as session:
        doc = store_draft(session, _zh_draft(), author="a")
    with pytest.raises(sa.exc.IntegrityError), workspace.session() as session:
        session.add(Block(document_id=doc.id or 0, position=0))  # position taken


def test_deleting_a_document_cascades(workspace: Workspace) -> None:
    with workspace.session() as session:
        doc = store_draft(session, _zh_draft(), author="a")
    with workspace.session() as session:
        session.delete(session.get(Document, doc.id))
    with workspace.session() as session:
        for table in (Block, Segment, SegmentRevision):
            assert session.scalar(sa.select(sa.func.count()).select_from(table)) == 0


def test_unknown_document_is_a_clear_error(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match="No document with id 42"), workspace.session() as s:
        document_tree(s, 42)


def test_import_failure_leaves_nothing_behind(workspace: Workspace) -> None:
    broken = _zh_draft()
    broken.blocks.append(DraftBlock(kind="nonsense", source="x"))  # type: ignore[arg-type]
    with pytest.raises(AttributeError), workspace.session() as session:
        store_draft(session, broken, author="a")
    with workspace.session() as session:
        assert list_documents(session) == []


def test_sample_workspace(workspace: Workspace) -> None:
    assert populate_sample(workspace, author="tester") is True
    assert populate_sample(workspace, author="tester") is False  # never twice
    data = load_sample_data()
    with workspace.session() as session:
        summaries = list_documents(session)
        assert [s.title_zh for s in summaries] == [d["title_zh"] for d in data["documents"]]
        assert {s.source_lang for s in summaries} == {"zh", "en"}
        in_issue = session.exec(select(Document).where(Document.section_id.is_not(None))).all()  # type: ignore[union-attr]
        assert len(in_issue) == 2
        first = document_tree(session, summaries[0].id)
    assert first["status"] == "translated"
    assert all(s["target"] for b in first["blocks"] for s in b["segments"])


def test_cancelled_import_leaves_nothing(workspace: Workspace, corpus) -> None:
    from workbench.documents import import_into_workspace
    from workbench.errors import Cancelled

    calls = []

    def cancel_late() -> bool:  # the second poll comes after the rows are written
        calls.append(1)
        return len(calls) == 2

    with pytest.raises(Cancelled):
        import_into_workspace(
            workspace, corpus / "zhengzhou-2024-review.txt", author="a", cancelled=cancel_late
        )
    with workspace.session() as session:
        assert list_documents(session) == []
        assert session.scalar(sa.select(sa.func.count()).select_from(Segment)) == 0
