"""Term candidates from aligned material (workbench.termbase.candidates, `terms candidates`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.documents.store import store_draft
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.models import TMUnit
from workbench.models.enums import BlockKind, Language
from workbench.termbase.candidates import (
    accept_candidate,
    bilingual_pairs,
    candidates_from_pairs,
    en_ngrams,
    term_candidates,
    zh_ngrams,
)
from workbench.termbase.data import ConceptData, TermData
from workbench.termbase.matcher import TermMatcher, matcher_for_workspace
from workbench.termbase.store import add_concepts, create_termbase, load_concepts

# Ten pairs mentioning 黄河文化月 ↔ "Yellow River Culture Month" in varied company.
CULTURE_MONTH = [
    (
        "黄河文化月期间，郑州举办了多场音乐会。",
        "Several concerts were held in Zhengzhou during the Yellow River Culture Month.",
    ),
    (
        "今年的黄河文化月吸引了大批游客。",
        "This year's Yellow River Culture Month attracted many tourists.",
    ),
    (
        "外国留学生参加了黄河文化月开幕式。",
        "International students attended the opening of the Yellow River Culture Month.",
    ),
    (
        "黄河文化月以诗歌朗诵拉开序幕。",
        "The Yellow River Culture Month opened with a poetry reading.",
    ),
    (
        "博物馆为黄河文化月推出特展。",
        "The museum launched a special exhibition for the Yellow River Culture Month.",
    ),
    (
        "很多市民在黄河文化月中体验了传统手工艺。",
        "Many residents tried traditional crafts during the Yellow River Culture Month.",
    ),
    (
        "黄河文化月的闭幕式在郑东新区举行。",
        "The closing ceremony of the Yellow River Culture Month took place in Zhengdong New Area.",
    ),
    (
        "第二届黄河文化月将持续三十天。",
        "The second Yellow River Culture Month will last thirty days.",
    ),
    (
        "摄影爱好者记录下黄河文化月的精彩瞬间。",
        "Photographers captured highlights of the Yellow River Culture Month.",
    ),
    (
        "孩子们在黄河文化月上学习了剪纸。",
        "Children learned paper cutting at the Yellow River Culture Month.",
    ),
]


def _add_units(workspace: object, rows: list[tuple[str, str]], **extra: object) -> None:
    with workspace.session() as session:  # type: ignore[attr-defined]
        for k, (zh, en) in enumerate(rows):
            # Half of them en→zh, as a TMX import from the other direction would be.
            if k % 2:
                unit = TMUnit(source_lang="en-US", target_lang="zh-CN", source=en, target=zh)
            else:
                unit = TMUnit(source_lang="zh", target_lang="en", source=zh, target=en)
            unit.origin = "aligned"
            for name, value in extra.items():
                setattr(unit, name, value)
            session.add(unit)


def test_ngrams() -> None:
    grams = zh_ngrams("今年的黄河文化月期间，郑州2024年举办了音乐会。")
    assert "黄河文化月" in grams and "郑州" in grams
    assert not any("，" in g or "2" in g for g in grams)  # runs break at punctuation, digits
    assert "的黄河" not in grams and "年的" not in grams  # no particle at an edge
    assert "举办了" not in grams and "音乐会" in grams
    assert all(2 <= len(g) <= 6 for g in grams)
    # Inside an existing term's span: not proposed again.
    assert "黄河" not in zh_ngrams("黄河文化月", covered=[(0, 5)])
    english = en_ngrams("During the Yellow River Culture Month, the city's museums opened late.")
    assert english["yellow river culture month"] == "Yellow River Culture Month"
    assert "the yellow river" not in english and "during the" not in english
    assert "month the city's" not in english  # not across the comma
    assert "city's museums" in english


def test_synthetic_memory_proposes_the_recurring_pair_first(workspace: object) -> None:
    _add_units(workspace, CULTURE_MONTH)
    with workspace.session() as session:  # type: ignore[attr-defined]
        found = term_candidates(session)
    assert found, "no candidates"
    top = found[0]
    assert (top.zh, top.en) == ("黄河文化月", "Yellow River Culture Month")
    assert top.freq == 10 and top.dice == 1.0 and top.score > 0
    assert len(top.examples) == 3
    assert all("黄河文化月" in zh and "Yellow River Culture Month" in en for zh, en in top.examples)
    # Its pieces (黄河, 文化月) always come inside it: not proposed on their own.
    assert not any(c.zh in ("黄河", "文化月", "黄河文化") for c in found)
    assert all(c.freq >= 3 for c in found)
    assert json.loads(json.dumps(top.to_dict()))["en"] == "Yellow River Culture Month"


def test_pairs_already_in_the_term_base_are_skipped(workspace: object) -> None:
    _add_units(workspace, CULTURE_MONTH)
    with workspace.session() as session:  # type: ignore[attr-defined]
        termbase = create_termbase(session, "events", author="x")
        termbase_id = termbase.id or 0
    concept_id = accept_candidate(
        workspace,  # type: ignore[arg-type]
        termbase_id,
        "黄河文化月",
        "Yellow River Culture Month",
        "editor",
    )
    with workspace.session() as session:  # type: ignore[attr-defined]
        [concept] = load_concepts(session, concept_ids=[concept_id])
        assert {(t.lang, t.text) for t in concept.terms} == {
            ("zh-Hans", "黄河文化月"),
            ("en", "Yellow River Culture Month"),
        }
        assert matcher_for_workspace(session).match("今年的黄河文化月", "zh")
        found = term_candidates(session)
    assert not any(c.zh == "黄河文化月" or "黄河" in c.zh for c in found)
    assert not any("Yellow River" in c.en for c in found)


def test_material_from_segments_and_document_filter(workspace: object) -> None:
    draft = DraftDocument(source_lang=Language.ZH, target_lang=Language.EN)
    draft.blocks.append(
        DraftBlock(
            kind=BlockKind.PARAGRAPH,
            source="",
            segments=[DraftSegment(zh, en, "", "") for zh, en in CULTURE_MONTH[:6]],
        )
    )
    with workspace.session() as session:  # type: ignore[attr-defined]
        document = store_draft(session, draft, author="importer")
        document_id = document.id or 0
    # Four more in the memory, from another document; one duplicates a segment.
    _add_units(workspace, CULTURE_MONTH[5:])
    with workspace.session() as session:  # type: ignore[attr-defined]
        material = bilingual_pairs(session)
        assert len(material) == 10  # the duplicate counts once
        assert set(material) == set(CULTURE_MONTH)
        only_doc = bilingual_pairs(session, [document_id])
        assert len(only_doc) == 6
        assert term_candidates(session, min_freq=7, document_ids=[document_id]) == []
        assert term_candidates(session, min_freq=6, document_ids=[document_id])[0].freq == 6


def test_inconsistent_translations_score_lower() -> None:
    consistent = CULTURE_MONTH[:5]
    words = ("Lantern Fair", "Lantern Fair", "Lantern Fair", "Light Festival", "Lantern Show")
    mixed = [
        (zh.replace("黄河文化月", "汴京灯会"), en.replace("Yellow River Culture Month", word))
        for (zh, en), word in zip(CULTURE_MONTH[5:], words, strict=True)
    ]
    found = {c.zh: c for c in candidates_from_pairs(consistent + mixed, min_freq=2)}
    assert found["黄河文化月"].dice == 1.0
    lantern = found["汴京灯会"]
    assert lantern.en in ("Lantern", "Lantern Fair") and lantern.dice < 1.0
    assert lantern.score < found["黄河文化月"].score
    # A term-base hit covers its span on either side.
    matcher = TermMatcher.build(
        [ConceptData(terms=[TermData("汴京灯会", "zh-Hans"), TermData("Lantern Fair", "en")])]
    )
    again = candidates_from_pairs(consistent + mixed, min_freq=2, matcher=matcher)
    assert "汴京灯会" not in {c.zh for c in again}


def test_cli_terms_candidates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from workbench.db.workspace import open_workspace

    path = tmp_path / "cand.db"
    with open_workspace(path) as workspace:
        _add_units(workspace, CULTURE_MONTH)
        with workspace.session() as session:
            add_concepts(
                session,
                create_termbase(session, "tb", author="x").id or 0,
                [ConceptData(terms=[TermData("郑州", "zh-Hans"), TermData("Zhengzhou", "en")])],
                author="x",
            )
    assert main(["--workspace", str(path), "terms", "candidates"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "黄河文化月  →  Yellow River Culture Month" in first and "10×" in first
    argv = ["--workspace", str(path), "terms", "candidates", "--format", "json", "--limit", "1"]
    assert main(argv) == 0
    payload = json.loads(capsys.readouterr().out)
    assert len(payload) == 1
    assert payload[0]["zh"] == "黄河文化月" and payload[0]["freq"] == 10
    assert payload[0]["examples"][0]["en"].endswith("Yellow River Culture Month.")
