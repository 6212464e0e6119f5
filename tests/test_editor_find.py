"""Find and replace across a document: options, preview, one-batch replace, bad patterns."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from workbench.db.workspace import Workspace
from workbench.documents.store import store_draft
from workbench.editor.changes import SegmentState, apply_batch, state_of
from workbench.editor.find import (
    FindOptions,
    InvalidPatternError,
    Match,
    Replacement,
    compile_pattern,
    find_all,
    preview_replace,
    replace_batch,
)
from workbench.errors import WorkbenchError
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.models import Segment
from workbench.models.enums import BlockKind, Language

PAIRS = [
    ("重庆是山城。", "Chongqing is a mountain city."),
    ("山城重庆的AI产业。", "The AI industry of CHONGQING."),
    ("北京市和重庆市。", "Beijing and Chongqing municipality."),
    ("AIDS防治。", "AIDS prevention, chongqing-style."),
    ("2025年11月23日。", "23 November 2025."),
    ("无译文。", ""),
]


@pytest.fixture
def doc(workspace: Workspace) -> tuple[Workspace, int, list[int]]:
    with workspace.session() as session:
        block = DraftBlock(
            kind=BlockKind.PARAGRAPH,
            source="".join(s for s, _ in PAIRS),
            segments=[DraftSegment(s, t, "", " ") for s, t in PAIRS],
        )
        document = store_draft(
            session, DraftDocument(Language.ZH, Language.EN, blocks=[block]), author="i"
        )
        ids = list(
            session.scalars(
                select(Segment.id).where(Segment.document_id == document.id).order_by(Segment.id)
            )
        )
    return workspace, document.id or 0, [i or 0 for i in ids]


def spans(session: Session, document_id: int, opts: FindOptions) -> list[tuple[int, str, str]]:
    """(segment index, side, matched text) for readable assertions."""
    texts = {i: pair for i, pair in enumerate(PAIRS)}
    ids = [
        i or 0
        for i in session.scalars(
            select(Segment.id).where(Segment.document_id == document_id).order_by(Segment.id)
        )
    ]
    index = {seg_id: n for n, seg_id in enumerate(ids)}
    out = []
    for m in find_all(session, document_id, opts):
        n = index[m.segment_id]
        text = texts[n][0] if m.side == "source" else texts[n][1]
        out.append((n, m.side, text[m.start : m.end]))
    return out


def test_find_sides_and_case(doc: tuple[Workspace, int, list[int]]) -> None:
    ws, document_id, ids = doc
    with ws.session() as session:
        assert spans(session, document_id, FindOptions("chongqing")) == [
            (0, "target", "Chongqing"),
            (1, "target", "CHONGQING"),
            (2, "target", "Chongqing"),
            (3, "target", "chongqing"),
        ]
        assert spans(session, document_id, FindOptions("Chongqing", case_sensitive=True)) == [
            (0, "target", "Chongqing"),
            (2, "target", "Chongqing"),
        ]
        both = spans(session, document_id, FindOptions("AI", case_sensitive=True))
        assert both == [
            (1, "source", "AI"),
            (1, "target", "AI"),
            (3, "source", "AI"),
            (3, "target", "AI"),
        ]
        assert spans(session, document_id, FindOptions("ai", side="source")) == [
            (1, "source", "AI"),
            (3, "source", "AI"),
        ]
        first = find_all(session, document_id, FindOptions("重庆", side="source"))[0]
        assert first == Match(ids[0], "source", 0, 2)


def test_whole_word_is_for_latin_words_only(doc: tuple[Workspace, int, list[int]]) -> None:
    ws, document_id, _ = doc
    with ws.session() as session:
        # "AI" next to Chinese characters is a whole word; inside "AIDS" or "mountain" not.
        assert spans(session, document_id, FindOptions("ai", whole_word=True)) == [
            (1, "source", "AI"),
            (1, "target", "AI"),
        ]
        # Hyphens and punctuation are boundaries: chongqing-style still matches.
        assert len(find_all(session, document_id, FindOptions("chongqing", whole_word=True))) == 4
        assert find_all(session, document_id, FindOptions("chong", whole_word=True)) == []
        # Chinese has no visible word boundaries: 北京 is found inside 北京市 either way.
        assert spans(session, document_id, FindOptions("北京", whole_word=True)) == [
            (2, "source", "北京")
        ]
        assert spans(session, document_id, FindOptions("2025", whole_word=True)) == [
            (4, "source", "2025"),
            (4, "target", "2025"),
        ]


def test_regex_find_and_invalid_patterns(doc: tuple[Workspace, int, list[int]]) -> None:
    ws, document_id, _ = doc
    with ws.session() as session:
        assert spans(session, document_id, FindOptions(r"\d+月", regex=True)) == [
            (4, "source", "11月")
        ]
        # Special characters are literal without the regex option.
        assert find_all(session, document_id, FindOptions(r"\d+")) == []
        assert len(find_all(session, document_id, FindOptions(".", side="target"))) == 5
        # Empty matches are not reported.
        assert find_all(session, document_id, FindOptions("x*", regex=True)) == []
    with pytest.raises(InvalidPatternError, match=r"missing \), unterminated subpattern"):
        compile_pattern(FindOptions("(abc", regex=True))
    with pytest.raises(InvalidPatternError, match="at position 0"):
        compile_pattern(FindOptions("*a", regex=True, whole_word=True))
    with pytest.raises(WorkbenchError, match="Type something"):
        compile_pattern(FindOptions(""))
    assert compile_pattern(FindOptions("a.b")).pattern == r"a\.b"


def test_preview_and_replace_as_one_undo_step(doc: tuple[Workspace, int, list[int]]) -> None:
    ws, document_id, ids = doc
    opts = FindOptions("chongqing", whole_word=True)
    with ws.session() as session:
        session.execute(sa.update(Segment).where(Segment.id == ids[1]).values(status="approved"))
        session.execute(sa.update(Segment).where(Segment.id == ids[2]).values(status="locked"))
        session.expire_all()
        before = {i: state_of(session, i) for i in ids}
        preview = preview_replace(session, document_id, opts, "Chungking")
        assert preview == [
            Replacement(ids[0], PAIRS[0][1], "Chungking is a mountain city."),
            Replacement(ids[1], PAIRS[1][1], "The AI industry of Chungking."),
            Replacement(ids[2], PAIRS[2][1], "Beijing and Chungking municipality.", locked=True),
            Replacement(ids[3], PAIRS[3][1], "AIDS prevention, Chungking-style."),
        ]
        batch = replace_batch(
            session, document_id, opts, "Chungking", only={ids[0], ids[1], ids[2]}
        )
        # Not applied yet.
        assert state_of(session, ids[0]) == before[ids[0]]
        assert batch.segment_ids == [ids[0], ids[1]]
        assert batch.skipped_locked == [ids[2]]
        assert batch.label == "Replace “chongqing” in 2 segments"
        apply_batch(session, batch, author="ed")
        assert state_of(session, ids[0]) == SegmentState(
            "Chungking is a mountain city.", "translated", ""
        )
        # Changed text loses its approval.
        assert state_of(session, ids[1]) == SegmentState(
            "The AI industry of Chungking.", "translated", ""
        )
        assert state_of(session, ids[3]) == before[ids[3]]  # not ticked
        apply_batch(session, batch.inverted(), author="ed")
        assert {i: state_of(session, i) for i in ids} == before


def test_regex_replacement_with_groups(doc: tuple[Workspace, int, list[int]]) -> None:
    ws, document_id, ids = doc
    with ws.session() as session:
        opts = FindOptions(r"(\d+) (November) (\d{4})", regex=True)
        assert preview_replace(session, document_id, opts, r"\2 \1, \3") == [
            Replacement(ids[4], "23 November 2025.", "November 23, 2025.")
        ]
        named = FindOptions(r"(?P<word>\w+)-style", regex=True)
        batch = replace_batch(session, document_id, named, r"in \g<word> style")
        assert [e.after.target for e in batch.edits] == ["AIDS prevention, in chongqing style."]
        # In plain mode a backslash in the replacement is just a backslash.
        plain = preview_replace(session, document_id, FindOptions("2025"), r"\1")
        assert plain[0].after == r"23 November \1."
        with pytest.raises(InvalidPatternError, match="Invalid replacement"):
            preview_replace(session, document_id, opts, r"\7")
        with pytest.raises(InvalidPatternError, match="read-only"):
            preview_replace(session, document_id, FindOptions("重庆", side="source"), "渝")


def test_replacing_into_an_empty_target_makes_a_draft(
    doc: tuple[Workspace, int, list[int]],
) -> None:
    ws, document_id, ids = doc
    with ws.session() as session:
        batch = replace_batch(session, document_id, FindOptions("^$", regex=True), "TODO")
        assert batch.segment_ids == [ids[5]]
        assert batch.edits[0].after == SegmentState("TODO", "draft", "")
