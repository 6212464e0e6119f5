"""Anchored sentence alignment, document alignment, applying links, ``workbench align``."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlmodel import select

from workbench.alignment import AnchoredCost, AnchorIndex, Link, align_sentences
from workbench.alignment.apply import AlignmentError, apply_alignment, apply_links, undo_alignment
from workbench.alignment.document import align_document, sentence_pieces
from workbench.cli import main
from workbench.documents.editing import LockedSegmentError
from workbench.documents.joining import join_pieces
from workbench.documents.store import store_draft
from workbench.importers.draft import DraftBlock, DraftDocument
from workbench.models import Segment, SegmentRevision
from workbench.models.enums import BlockKind, Language, SegmentStatus
from workbench.termbase.data import ConceptData, TermData
from workbench.termbase.matcher import TermMatcher

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
ZHENGZHOU = CORPUS / "zhengzhou-2024-review.txt"


def pairs(links: Sequence[Link]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(link.source, link.target) for link in links]


def kinds(links: Sequence[Link]) -> list[str]:
    return [link.kind for link in links]


# --- bead shapes on hand-made text ----------------------------------------------------------

ZH_ONE_TO_TWO = [
    "郑州是河南省的省会。",
    "这座城市历史悠久，早在商代就曾在此建都，如今又成为全国重要的交通枢纽。",
    "欢迎来郑州做客。",
]
EN_ONE_TO_TWO = [
    "Zhengzhou is the capital of Henan Province.",
    "The city has a long history.",
    "It served as a capital as early as the Shang Dynasty and is now a major transport hub.",
    "You are welcome to visit Zhengzhou.",
]


def test_one_chinese_sentence_as_two_english_ones() -> None:
    links = align_sentences(ZH_ONE_TO_TWO, EN_ONE_TO_TWO, "zh", "en", model=AnchoredCost())
    assert pairs(links) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]
    assert kinds(links) == ["1-1", "1-2", "1-1"]


def test_two_english_sentences_as_one_chinese_one() -> None:
    # The same material the other way round: a 2-1 bead.
    links = align_sentences(EN_ONE_TO_TWO, ZH_ONE_TO_TWO, "en", "zh", model=AnchoredCost())
    assert pairs(links) == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]
    assert links[1].kind == "2-1"


def test_an_untranslated_sentence_is_a_one_to_zero_link() -> None:
    source = [
        "The museum reopened on Monday after two years of renovation.",
        "Its new wing, designed by a team from Shanghai, adds three galleries for bronze "
        "ware, jade and calligraphy, and a reading room that overlooks the river.",
        "Admission remains free for students.",
    ]
    target = ["博物馆经过两年的翻修，于周一重新开放。", "学生仍可免费参观。"]
    links = align_sentences(source, target, "en", "zh", model=AnchoredCost())
    assert pairs(links) == [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    assert links[1].kind == "1-0"
    # And the other way: a Chinese sentence the English left out is a 0-1 link.
    back = align_sentences(target, source, "zh", "en", model=AnchoredCost())
    assert kinds(back) == ["1-1", "0-1", "1-1"]


# A translator who expanded the first sentence and condensed the next two: by length alone
# "first two English ↔ first Chinese" fits best; the figure 80,000 = 8万 says otherwise.
LANTERN_EN = [
    "The city hosted its first lantern fair on Saturday.",
    "About 80,000 people attended.",
    "Most of them were families with children.",
]
LANTERN_ZH = ["周六，这座城市在老城区举办了首届元宵灯会。", "约8万人参加，多为亲子家庭。"]


def test_number_anchor_fixes_what_length_gets_wrong() -> None:
    plain = align_sentences(LANTERN_EN, LANTERN_ZH, "en", "zh")
    assert pairs(plain) == [((0, 1), (0,)), ((2,), (1,))]  # wrong
    anchored = align_sentences(LANTERN_EN, LANTERN_ZH, "en", "zh", model=AnchoredCost())
    assert pairs(anchored) == [((0,), (0,)), ((1, 2), (1,))]  # right
    assert min(link.confidence for link in anchored) > 0.95
    index = AnchorIndex.build(LANTERN_EN, LANTERN_ZH, "en", "zh")
    assert index.shared(1, 1, 2, 1) == ["80000"]
    assert index.shared(0, 0, 1, 1) == []


def test_numbers_match_by_value_across_languages() -> None:
    index = AnchorIndex.build(
        ["Visitors reached 5 million, up 12.5 percent, at the 13th fair."],
        ["第十三届博览会游客达500万人次，增长12.5%。"],
        "en",
        "zh",
    )
    assert sorted(index.shared(0, 0, 1, 1)) == ["12.5", "13", "5000000"]


def test_latin_names_copied_into_chinese_are_anchors() -> None:
    # Again a long first Chinese sentence: by length the first two English sentences go
    # with it; the app name both sides keep in Latin letters puts the second with its own.
    source = [
        "Our videos were shared widely abroad this year.",
        "The WeChat channel grew fast.",
        "Most new readers are students.",
    ]
    target = [
        "今年，我们拍摄的街头美食短视频在海外观众中广泛传播。",
        "WeChat频道增长迅速，新读者多为学生。",
    ]
    plain = align_sentences(source, target, "en", "zh")
    assert pairs(plain) == [((0, 1), (0,)), ((2,), (1,))]  # wrong
    anchored = align_sentences(source, target, "en", "zh", model=AnchoredCost())
    assert pairs(anchored) == [((0,), (0,)), ((1, 2), (1,))]
    assert min(link.confidence for link in anchored) > 0.95 > max(link.confidence for link in plain)
    index = AnchorIndex.build(source, target, "en", "zh")
    assert index.shared(1, 1, 2, 1) == ["WeChat"]
    # English function words inside Chinese text are not anchors ("TALK IN 重庆").
    talk = AnchorIndex.build(["Talk in Chongqing."], ["TALK IN 重庆。"], "en", "zh")
    assert talk.shared(0, 0, 1, 1) == ["TALK"]


def _matcher() -> TermMatcher:
    return TermMatcher.build(
        [
            ConceptData(terms=[TermData("少林寺", "zh-Hans"), TermData("Shaolin Temple", "en")]),
            ConceptData(terms=[TermData("黄河", "zh-Hans"), TermData("Yellow River", "en")]),
        ]
    )


def test_term_base_pairs_are_anchors() -> None:
    source = [
        "Visitors spent the morning at the temple and watched a kung fu show.",
        "Then they sailed on the Yellow River.",
        "Dinner was in the old town.",
    ]
    target = ["游客上午参观了寺院，观看了功夫表演，还在山门前合影。", "随后泛舟黄河，在老城用餐。"]
    without = align_sentences(source, target, "en", "zh", model=AnchoredCost())
    assert pairs(without) == [((0, 1), (0,)), ((2,), (1,))]  # length alone: wrong
    links = align_sentences(source, target, "en", "zh", model=AnchoredCost(_matcher()))
    assert pairs(links) == [((0,), (0,)), ((1, 2), (1,))]
    assert min(link.confidence for link in links) > 0.9
    index = AnchorIndex.build(source, target, "en", "zh", matcher=_matcher())
    assert index.shared(1, 1, 2, 1) == ["黄河 ↔ Yellow River"]


def test_confidence_is_lower_on_an_ambiguous_link_than_on_a_clear_one() -> None:
    # The first pair is clear (matching length, shared year, name and figure). Of the two
    # long English sentences that follow, either could be the one the Chinese translates.
    source = [
        "In 2024 the WhereZhengzhou team filmed 120 episodes.",
        "Each episode follows a foreign resident through a day of work, meals and small "
        "discoveries in the city.",
        "Each story follows a local family through a week of festivals, markets and visits "
        "to relatives nearby.",
    ]
    target = [
        "2024年，WhereZhengzhou团队拍摄了120集节目。",
        "每集跟随一位外国居民，记录他在城里工作吃饭的一天。",
    ]
    links = align_sentences(source, target, "en", "zh", model=AnchoredCost())
    assert pairs(links)[0] == ((0,), (0,))
    assert links[0].confidence > 0.8
    assert max(link.confidence for link in links[1:]) < 0.5
    # The anchors make the clear link clearer than length alone does.
    plain = align_sentences(source, target, "en", "zh")
    assert links[0].confidence > plain[0].confidence


def test_anchors_leave_inputs_without_anchors_alone() -> None:
    source = ["The river is wide.", "The bridge is old and long."]
    target = ["河面宽阔。", "这座桥又老又长。"]
    plain = align_sentences(source, target, "en", "zh")
    anchored = align_sentences(source, target, "en", "zh", model=AnchoredCost())
    assert pairs(plain) == pairs(anchored)
    assert [link.cost for link in plain] == [link.cost for link in anchored]


# --- the zhengzhou corpus --------------------------------------------------------------------


def _paragraphs() -> list[tuple[str, str]]:
    lines = ZHENGZHOU.read_text("utf-8").split("\n")
    return list(zip(lines[0::2], lines[1::2], strict=True))


def _split_en(text: str) -> list[str]:
    return [s for s in re.split(r'(?<=[.?!]["”])\s+|(?<=[.?!])\s+', text) if s]


def _split_zh(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。？！?!]+(?:[。？！?!]+[”」]?|$)", text) if s.strip()]


def test_zhengzhou_anchored_links_agree_with_the_length_only_hand_checked_ones() -> None:
    # tests/test_alignment.py checks the length-only links against a hand alignment; the
    # anchors must not move any of them.
    for english, chinese in _paragraphs():
        source, target = _split_en(english), _split_zh(chinese)
        plain = align_sentences(source, target, "en", "zh")
        anchored = align_sentences(source, target, "en", "zh", model=AnchoredCost())
        assert pairs(anchored) == pairs(plain), english[:40]


def test_zhengzhou_sentences_within_each_paragraph_pair() -> None:
    shared: dict[str, tuple[str, str]] = {}
    all_links = 0
    for english, chinese in _paragraphs():
        source = [text for text, _ in sentence_pieces(english, "en")]
        target = [text for text, _ in sentence_pieces(chinese, "zh")]
        index = AnchorIndex.build(source, target, "en", "zh")
        links = align_sentences(source, target, "en", "zh", model=AnchoredCost(index=index))
        all_links += len(links)
        assert [i for link in links for i in link.source] == list(range(len(source)))
        assert [j for link in links for j in link.target] == list(range(len(target)))
        # Every sentence here has its translation: nothing is left unmatched.
        assert all(link.source and link.target for link in links)
        for link in links:
            i, j = link.source[0], link.target[0]
            for label in index.shared(i, j, len(link.source), len(link.target)):
                shared[label] = (
                    " ".join(source[k] for k in link.source),
                    "".join(target[k] for k in link.target),
                )
    assert all_links >= 25
    assert shared["2025"][0].startswith("As we approach 2025")
    assert "2025" in shared["2025"][1]
    assert shared["13"][0].startswith("During the 13th Shaolin")
    assert shared["13"][1].startswith("第十三届少林武术节")
    assert shared["TikTok"][1].startswith("TikTok影响力指数")
    assert "你在何时与WhereZhengzhou相识" in shared["WhereZhengzhou"][1] or (
        "WhereZhengzhou将继续" in shared["WhereZhengzhou"][1]
    )


# --- documents in a workspace ------------------------------------------------------------------


def _store(workspace: object, blocks: list[tuple[str, str]], source_lang: str = "en") -> int:
    """A document whose blocks hold a whole target on the first segment (as a DOCX import
    of paired paragraphs does): misaligned at the sentence level."""
    lang = Language(source_lang)
    other = Language.ZH if lang is Language.EN else Language.EN
    draft = DraftDocument(source_lang=lang, target_lang=other)
    for source, target in blocks:
        draft.blocks.append(DraftBlock(kind=BlockKind.PARAGRAPH, source=source, target=target))
    with workspace.session() as session:  # type: ignore[attr-defined]
        document = store_draft(session, draft, author="importer")
        assert document.id is not None
        return document.id


def _block_texts(workspace: object, document_id: int) -> list[tuple[str, str, int]]:
    with workspace.session() as session:  # type: ignore[attr-defined]
        segments = session.exec(
            select(Segment)
            .where(Segment.document_id == document_id)
            .order_by(Segment.block_id, Segment.position)
        ).all()
    blocks: dict[int, list[Segment]] = {}
    for seg in segments:
        blocks.setdefault(seg.block_id, []).append(seg)
    return [
        (
            join_pieces((s.source, s.source_sep) for s in segs),
            join_pieces((s.target, s.target_sep) for s in segs),
            len(segs),
        )
        for segs in blocks.values()
    ]


PARAGRAPHS = [
    (" ".join(LANTERN_EN), "".join(LANTERN_ZH)),
    (" ".join(EN_ONE_TO_TWO), "".join(ZH_ONE_TO_TWO)),
]


def test_align_document_apply_and_undo(workspace: object) -> None:
    document_id = _store(workspace, PARAGRAPHS)
    before = _block_texts(workspace, document_id)
    with workspace.session() as session:  # type: ignore[attr-defined]
        result = align_document(session, document_id)
    assert result.scope == "block"
    assert [link.kind for link in result.links] == ["1-1", "2-1", "1-1", "2-1", "1-1"]
    assert result.links[1].anchors == ("80000",)
    assert len(result.changed_blocks) == 2
    assert result.links[1].source_text == " ".join(LANTERN_EN[1:])
    assert json.loads(json.dumps(result.to_dict()))["links"][1]["kind"] == "2-1"
    assert result.pairs()[1] == (" ".join(LANTERN_EN[1:]), LANTERN_ZH[1])
    assert len(result.pairs(min_confidence=0.99)) < len(result.pairs()) == 5

    applied = apply_alignment(workspace, document_id, result.links, "editor")  # type: ignore[arg-type]
    assert [len(change.after) for change in applied.blocks] == [2, 3]
    after = _block_texts(workspace, document_id)
    # Both paragraphs join back exactly on both sides; one segment per link now.
    assert [(s, t) for s, t, _ in after] == [(s, t) for s, t, _ in before]
    assert [n for _, _, n in after] == [2, 3]
    with workspace.session() as session:  # type: ignore[attr-defined]
        segments = session.exec(
            select(Segment).where(Segment.document_id == document_id).order_by(Segment.id)
        ).all()
        assert segments[0].target == LANTERN_ZH[0]
        assert segments[1].target == LANTERN_ZH[1]
        assert {s.status for s in segments} == {SegmentStatus.TRANSLATED}
        revisions = session.exec(
            select(SegmentRevision).where(SegmentRevision.field == "align")
        ).all()
        assert revisions and {r.author for r in revisions} == {"editor"}
        # Aligned again: nothing left to change.
        assert align_document(session, document_id).changed_blocks == ()
        undo_alignment(session, applied, author="editor")
    assert _block_texts(workspace, document_id) == before


def test_apply_refuses_stale_partial_and_locked(workspace: object) -> None:
    document_id = _store(workspace, PARAGRAPHS)
    with workspace.session() as session:  # type: ignore[attr-defined]
        result = align_document(session, document_id)
        # Only some links of a block: the rest of its sentences would be lost.
        with pytest.raises(AlignmentError, match="cover"):
            apply_links(session, document_id, result.links[:1], author="x")
        first = session.exec(
            select(Segment).where(Segment.document_id == document_id).order_by(Segment.id)
        ).first()
        assert first is not None
        first.status = SegmentStatus.LOCKED
        session.add(first)
        session.flush()
        with pytest.raises(LockedSegmentError):
            apply_links(session, document_id, result.links, author="x")
        first.status = SegmentStatus.TRANSLATED
        first.source = "The town hosted its first lantern fair on Saturday."
        session.add(first)
        session.flush()
        with pytest.raises(AlignmentError, match="changed since"):
            apply_links(session, document_id, result.links, author="x")


def test_document_scope_moves_translation_between_paragraphs(workspace: object) -> None:
    from workbench.termbase.store import add_concepts, create_termbase

    # The whole translation was pasted into the first paragraph; the second has none.
    document_id = _store(
        workspace,
        [(PARAGRAPHS[0][0], PARAGRAPHS[0][1] + PARAGRAPHS[1][1]), (PARAGRAPHS[1][0], "")],
    )
    with workspace.session() as session:  # type: ignore[attr-defined]
        # By length alone the first Chinese sentence of the second paragraph would stay
        # behind; the workspace's term base knows 郑州 is Zhengzhou.
        without = align_document(session, document_id)
        assert without.links[2].target_text.endswith("郑州是河南省的省会。")
        termbase = create_termbase(session, "places", author="x")
        zhengzhou = ConceptData(terms=[TermData("郑州", "zh-Hans"), TermData("Zhengzhou", "en")])
        add_concepts(session, termbase.id or 0, [zhengzhou], author="x")
        result = align_document(session, document_id)
        assert result.scope == "document"
        assert "郑州 ↔ Zhengzhou" in result.links[2].anchors
        applied = apply_links(session, document_id, result.links, author="editor")
    assert len(applied.blocks) == 2
    after = _block_texts(workspace, document_id)
    assert [(s, t) for s, t, _ in after] == PARAGRAPHS


def test_document_scope_empties_a_translation_only_paragraph(workspace: object) -> None:
    # The translation of the first paragraph landed in a paragraph of its own.
    document_id = _store(workspace, [(PARAGRAPHS[0][0], ""), ("", PARAGRAPHS[0][1]), PARAGRAPHS[1]])
    with workspace.session() as session:  # type: ignore[attr-defined]
        result = align_document(session, document_id, use_termbase=False)
        assert result.scope == "document"
        assert {link.block_id for link in result.links} == set(result.changed_blocks) - {
            result.target[0].block_id
        }
        applied = apply_links(session, document_id, result.links, author="editor")
    assert len(applied.blocks) == 3
    after = _block_texts(workspace, document_id)
    assert [(s, t) for s, t, _ in after] == [PARAGRAPHS[0], ("", ""), PARAGRAPHS[1]]
    assert after[1][2] == 1  # one empty segment stays


def test_align_document_without_translation_is_an_error(workspace: object) -> None:
    from workbench.errors import WorkbenchError

    document_id = _store(workspace, [("Only English here.", "")])
    with (
        workspace.session() as session,  # type: ignore[attr-defined]
        pytest.raises(WorkbenchError, match="no translation"),
    ):
        align_document(session, document_id)


def test_sentence_pieces_join_back_exactly() -> None:
    for text, lang in (
        ("One. Two!  Three?", "en"),
        ("第一句。第二句！第三句", "zh"),
        ("  Leading space. And a tail. ", "en"),
    ):
        pieces = sentence_pieces(text, lang)
        assert "".join(piece + sep for piece, sep in pieces) == text
        assert all(piece.strip() for piece, _ in pieces)
    assert sentence_pieces("   ", "en") == []


# --- the CLI ---------------------------------------------------------------------------------


def test_cli_align_text_json_and_apply(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from workbench.db.workspace import open_workspace

    path = tmp_path / "align.db"
    with open_workspace(path) as workspace:
        document_id = _store(workspace, PARAGRAPHS)
    assert main(["--workspace", str(path), "align", str(document_id)]) == 0
    out = capsys.readouterr().out
    assert "5 links (block scope)" in out and "2 blocks differ" in out
    assert "2-1" in out and "[80000]" in out
    assert "About 80,000 people attended." in out

    code = main(["--workspace", str(path), "align", str(document_id), "--format", "json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 0 and payload["scope"] == "block"
    link = payload["links"][1]
    assert link["kind"] == "2-1" and link["anchors"] == ["80000"]
    assert 0 < link["confidence"] <= 1 and link["target_text"] == LANTERN_ZH[1]

    argv = ["--workspace", str(path), "align", str(document_id), "--apply", "--format", "json"]
    assert main(argv) == 0
    applied = json.loads(capsys.readouterr().out)["applied"]
    assert applied["segments_before"] == 7 and applied["segments_after"] == 5
    assert main(["--workspace", str(path), "align", str(document_id)]) == 0
    assert "0 blocks differ" in capsys.readouterr().out

    assert main(["--workspace", str(path), "align", "999"]) == 1
    assert "999" in capsys.readouterr().err
