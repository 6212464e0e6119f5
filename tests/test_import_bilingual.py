"""Bilingual alternating-paragraph text files (workbench.importers.bilingual)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.errors import ImportFailed
from workbench.importers import bilingual
from workbench.importers.bilingual import align_paragraph, import_bilingual, looks_bilingual
from workbench.importers.draft import DraftBlock, DraftDocument
from workbench.language import detect_language
from workbench.models.enums import BlockKind, Language

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
ZHENGZHOU = CORPUS / "zhengzhou-2024-review.txt"


def corpus_lines() -> list[str]:
    lines = ZHENGZHOU.read_text("utf-8").split("\n")
    assert len(lines) == 24
    return lines


def assert_joins_back(block: DraftBlock) -> None:
    assert block.segments
    assert "".join(s.source + s.source_sep for s in block.segments) == block.source
    assert "".join(s.target + s.target_sep for s in block.segments) == block.target
    for seg in block.segments:
        assert seg.source or seg.target
        assert seg.source_sep.strip() == "" and seg.target_sep.strip() == ""
        assert seg.source == seg.source.strip() and seg.target == seg.target.strip()
        if not seg.source:
            assert seg.source_sep == ""
        if not seg.target:
            assert seg.target_sep == ""


def write(tmp_path: Path, lines: list[str], name: str = "pairs.txt", newline: str = "\n") -> Path:
    path = tmp_path / name
    path.write_bytes(newline.join(lines).encode("utf-8"))
    return path


# Our own short sample (the corpus sentences stay in the corpus).
EN_1 = "The tea market opens at dawn. Traders arrive from three provinces."
ZH_1 = "茶叶市场清晨开市，商户来自三个省份。"
EN_2 = "Visitors can taste twelve kinds of green tea."
ZH_2 = "游客可以品尝十二种绿茶。"
EN_3 = "The market closes at noon."
ZH_3 = "市场中午闭市。"


# --- the zhengzhou corpus ------------------------------------------------------------------


def test_zhengzhou_imports_as_twelve_aligned_paragraph_pairs() -> None:
    lines = corpus_lines()
    doc = import_bilingual(ZHENGZHOU)
    assert isinstance(doc, DraftDocument)
    assert doc.origin_format == "bilingual"
    assert doc.origin_path == str(ZHENGZHOU)
    assert (doc.source_lang, doc.target_lang) == (Language.EN, Language.ZH)
    assert doc.title_zh == "" and doc.title_en == ""
    assert len(doc.blocks) == 12
    for index, block in enumerate(doc.blocks):
        assert block.kind is BlockKind.PARAGRAPH
        assert block.source == lines[2 * index]
        assert block.target == lines[2 * index + 1]
        assert detect_language(block.source) is Language.EN
        assert detect_language(block.target) is Language.ZH
        assert block.origin == f"lines {2 * index + 1}–{2 * index + 2}"
        assert_joins_back(block)
        assert any(seg.source and seg.target for seg in block.segments)
    # Several sentences per side where the corpus has them (first paragraph: four questions).
    assert len(doc.blocks[0].segments) > 1
    assert sum(len(block.segments) for block in doc.blocks) > 12


def test_zhengzhou_chinese_first(tmp_path: Path) -> None:
    lines = corpus_lines()
    swapped = [line for k in range(12) for line in (lines[2 * k + 1], lines[2 * k])]
    doc = import_bilingual(write(tmp_path, swapped))
    assert (doc.source_lang, doc.target_lang) == (Language.ZH, Language.EN)
    assert len(doc.blocks) == 12
    for index, block in enumerate(doc.blocks):
        assert block.source == lines[2 * index + 1]
        assert block.target == lines[2 * index]
        assert_joins_back(block)


def test_source_language_override_swaps_the_sides() -> None:
    lines = corpus_lines()
    doc = import_bilingual(ZHENGZHOU, source_lang=Language.ZH)
    assert (doc.source_lang, doc.target_lang) == (Language.ZH, Language.EN)
    assert len(doc.blocks) == 12
    for index, block in enumerate(doc.blocks):
        assert block.source == lines[2 * index + 1]
        assert block.target == lines[2 * index]
        assert block.origin == f"lines {2 * index + 1}–{2 * index + 2}"
        assert_joins_back(block)


def test_override_equal_to_the_detected_order_changes_nothing() -> None:
    assert import_bilingual(ZHENGZHOU, source_lang=Language.EN) == import_bilingual(ZHENGZHOU)


def test_blank_lines_crlf_and_indentation_are_tolerated(tmp_path: Path) -> None:
    lines = corpus_lines()
    spaced = [""]
    for k in range(12):
        spaced += [lines[2 * k], "\u3000\u3000" + lines[2 * k + 1] + "  ", "", " "]
    doc = import_bilingual(write(tmp_path, spaced, newline="\r\n"))
    assert len(doc.blocks) == 12
    for index, block in enumerate(doc.blocks):
        assert block.source == lines[2 * index]
        assert block.target == lines[2 * index + 1]  # full-width indent and spaces stripped
        first = 2 + 4 * index
        assert block.origin == f"lines {first}–{first + 1}"
        assert_joins_back(block)


def test_explicit_encoding(tmp_path: Path) -> None:
    path = tmp_path / "gb.txt"
    path.write_bytes("\n".join(corpus_lines()).encode("gb18030"))
    doc = import_bilingual(path, encoding="gb18030")
    assert [b.target for b in doc.blocks] == corpus_lines()[1::2]
    assert any("gb18030" in note for note in doc.notes)


# --- title pair --------------------------------------------------------------------------


def test_title_pair_in_the_body_order_becomes_the_heading(tmp_path: Path) -> None:
    path = write(
        tmp_path, ["A Morning at the Tea Market", "茶叶市场的早晨", EN_1, ZH_1, EN_2, ZH_2]
    )
    doc = import_bilingual(path)
    assert [b.kind for b in doc.blocks] == [
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
    ]
    heading = doc.blocks[0]
    assert (heading.source, heading.target) == ("A Morning at the Tea Market", "茶叶市场的早晨")
    assert heading.origin == "lines 1–2"
    assert_joins_back(heading)
    assert doc.title_en == "A Morning at the Tea Market"
    assert doc.title_zh == "茶叶市场的早晨"


def test_title_pair_may_run_in_the_other_order(tmp_path: Path) -> None:
    # Chinese title first, body English first: a common layout for English-first articles.
    path = write(
        tmp_path, ["茶叶市场的早晨", "A Morning at the Tea Market", "", EN_1, ZH_1, EN_2, ZH_2]
    )
    doc = import_bilingual(path)
    assert (doc.source_lang, doc.target_lang) == (Language.EN, Language.ZH)
    assert doc.blocks[0].kind is BlockKind.HEADING
    assert doc.blocks[0].source == "A Morning at the Tea Market"
    assert doc.blocks[0].target == "茶叶市场的早晨"
    assert [b.source for b in doc.blocks[1:]] == [EN_1, EN_2]
    assert [b.origin for b in doc.blocks] == ["lines 1–2", "lines 4–5", "lines 6–7"]


def test_first_pair_with_sentence_punctuation_is_not_a_title(tmp_path: Path) -> None:
    doc = import_bilingual(write(tmp_path, [EN_3, ZH_3, EN_2, ZH_2]))
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert doc.title_en == ""


# --- bad input: one clear ImportFailed each ----------------------------------------------


def _failure(path: Path, **kwargs: object) -> ImportFailed:
    with pytest.raises(ImportFailed) as caught:
        import_bilingual(path, **kwargs)  # type: ignore[arg-type]
    error = caught.value
    assert str(path) in str(error)
    return error


def test_two_english_lines_in_a_row(tmp_path: Path) -> None:
    error = _failure(write(tmp_path, [EN_1, ZH_1, EN_2, EN_3, ZH_3]))
    assert error.where == "line 4"
    assert "Chinese" in error.problem and "English" in error.problem


def test_two_chinese_lines_in_a_row(tmp_path: Path) -> None:
    error = _failure(write(tmp_path, [EN_1, ZH_1, "", ZH_2, EN_2, EN_3, ZH_3]))
    assert error.where == "line 4"
    assert "expected an English paragraph" in error.problem


def test_chinese_first_file_that_breaks(tmp_path: Path) -> None:
    error = _failure(write(tmp_path, [ZH_1, EN_1, EN_2, ZH_2]))
    assert error.where == "line 3"
    assert "expected a Chinese paragraph" in error.problem


def test_unpaired_last_line(tmp_path: Path) -> None:
    error = _failure(write(tmp_path, [EN_1, ZH_1, EN_2, ZH_2, EN_3, ""]))
    assert error.where == "line 5"
    assert "no Chinese partner" in error.problem


def test_single_language_file(tmp_path: Path) -> None:
    error = _failure(write(tmp_path, [EN_1, EN_2, EN_3]))
    assert "only English" in error.problem
    error = _failure(write(tmp_path, [ZH_1, ZH_2], name="zh.txt"))
    assert "only Chinese" in error.problem


@pytest.mark.parametrize("content", ["", "\n\n  \n", "2025\n***\n"])
def test_empty_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_text(content, "utf-8")
    assert "no Chinese or English text" in _failure(path).problem


def test_missing_file(tmp_path: Path) -> None:
    _failure(tmp_path / "nowhere.txt")


# --- details -----------------------------------------------------------------------------


def test_lines_without_language_are_skipped_and_noted(tmp_path: Path) -> None:
    doc = import_bilingual(write(tmp_path, [EN_1, ZH_1, "***", EN_2, ZH_2, "2025"]))
    assert [b.source for b in doc.blocks] == [EN_1, EN_2]
    assert any("3, 6" in note for note in doc.notes)


def test_mispaired_lengths_are_noted(tmp_path: Path) -> None:
    long_en = " ".join([EN_1, EN_2, EN_3, EN_1, EN_2])
    doc = import_bilingual(write(tmp_path, [long_en, ZH_3, EN_2, ZH_2]))
    assert any(note.startswith("lines 1–2:") for note in doc.notes)
    assert not any(note.startswith("lines 3–4:") for note in doc.notes)


def test_segments_keep_the_separators() -> None:
    source = "First sentence.  Second one?\tThird."
    target = "第一句。第二句？ 第三句。"
    segments = align_paragraph(source, target, Language.EN, Language.ZH)
    assert "".join(s.source + s.source_sep for s in segments) == source
    assert "".join(s.target + s.target_sep for s in segments) == target
    assert [(s.source, s.target) for s in segments] == [
        ("First sentence.", "第一句。"),
        ("Second one?", "第二句？"),
        ("Third.", "第三句。"),
    ]
    assert [s.source_sep for s in segments] == ["  ", "\t", ""]
    assert [s.target_sep for s in segments] == ["", " ", ""]


def test_unmatched_sentences_get_empty_partners() -> None:
    extra = "This long sentence was left out of the Chinese version by the translator on purpose."
    source = f"{EN_3} {extra} {EN_2}"
    segments = align_paragraph(source, f"{ZH_3}{ZH_2}", Language.EN, Language.ZH)
    assert [(s.source, s.target, s.source_sep, s.target_sep) for s in segments] == [
        (EN_3, ZH_3, " ", ""),
        (extra, "", " ", ""),
        (EN_2, ZH_2, "", ""),
    ]


def _word_segmenter(text: str, lang: Language | str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\S+", text)]


def _one_span(text: str, lang: Language | str) -> list[tuple[int, int]]:
    return [(0, len(text))] if text else []


def _every_char(text: str, lang: Language | str) -> list[tuple[int, int]]:
    return [(i, i + 1) for i, ch in enumerate(text) if not ch.isspace()]


def _skips_punctuation(text: str, lang: Language | str) -> list[tuple[int, int]]:
    # Breaks the contract (drops the final stop); the importer must still lose nothing.
    return [m.span() for m in re.finditer(r"[^.。?？!！\s][^.。?？!！]*[^.。?？!！\s]?", text)]


def _sloppy(text: str, lang: Language | str) -> list[tuple[int, int]]:
    # Also outside the contract: spans that carry whitespace, overlap or run past the end.
    spans = [m.span() for m in re.finditer(r"[^.。?？!！]+[.。?？!！]*\s*", text)]
    return [*spans, (0, 3), (len(text) - 1, len(text) + 5)]


@pytest.mark.parametrize(
    "segmenter", [_word_segmenter, _one_span, _every_char, _skips_punctuation, _sloppy]
)
def test_joins_back_with_any_segmenter(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    segmenter: Callable[[str, Language | str], list[tuple[int, int]]],
) -> None:
    monkeypatch.setattr(bilingual, "split_spans", segmenter)
    # Short paragraphs: the one-character segmenter makes hundreds of "sentences".
    lines = [EN_1, ZH_1, *corpus_lines()[2:4], EN_2, ZH_2, *corpus_lines()[6:8], EN_3, ZH_3]
    doc = import_bilingual(write(tmp_path, lines))
    assert len(doc.blocks) == 5
    for index, block in enumerate(doc.blocks):
        assert block.source == lines[2 * index]
        assert block.target == lines[2 * index + 1]
        assert_joins_back(block)


# --- format detection --------------------------------------------------------------------


def test_looks_bilingual() -> None:
    assert looks_bilingual(ZHENGZHOU.read_text("utf-8"))
    for name in (
        "jinan-global-communication.en.txt",
        "jinhua-center-unveiled.en.txt",
        "the-world-and-chongqing-extract.txt",
        "zhejiang-center-established.en.txt",
    ):
        assert not looks_bilingual((CORPUS / name).read_text("utf-8")), name


def test_looks_bilingual_needs_two_pairs_and_alternation() -> None:
    assert not looks_bilingual("")
    assert not looks_bilingual(f"{EN_1}\n{ZH_1}\n")  # one pair
    assert looks_bilingual(f"{EN_1}\n\n{ZH_1}\n\n{EN_2}\n\n{ZH_2}\n")
    assert looks_bilingual(f"{ZH_1}\n{EN_1}\n{ZH_2}\n{EN_2}\n")
    # A Chinese article quoting two English lines alternates too rarely.
    chinese = [ZH_1, ZH_2, ZH_3, ZH_1, ZH_2]
    assert not looks_bilingual("\n".join([*chinese, EN_1, *chinese, EN_2, *chinese]))
    assert not looks_bilingual("\n".join([EN_1, EN_2, EN_3, EN_1]))


def test_looks_bilingual_with_a_title_pair_in_the_other_order() -> None:
    title = ["茶叶市场的早晨", "A Morning at the Tea Market"]
    assert looks_bilingual("\n".join([*title, EN_1, ZH_1, EN_2, ZH_2]))
    assert not looks_bilingual("\n".join([*title, EN_1, ZH_1]))  # one body pair only
