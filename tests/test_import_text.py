"""Plain text import: lines to blocks, title, language, encodings, bad input, a 50 MB file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from workbench.errors import ImportFailed
from workbench.importers.text import import_text, looks_like_title, majority_language
from workbench.models.enums import BlockKind, Language


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- corpus


def test_corpus_english_feature_with_title(corpus: Path) -> None:
    path = corpus / "jinan-global-communication.en.txt"
    draft = import_text(path)
    title = "Why Jinan Shines with Numerous Highlights on Global Communication"
    assert draft.blocks[0].kind is BlockKind.HEADING
    assert draft.blocks[0].level == 1
    assert draft.blocks[0].source == title
    assert draft.blocks[0].origin == "line 1"
    assert draft.title_en == title and draft.title_zh == ""
    # Blank lines 2–4 are dropped; numbering still follows the file.
    assert draft.blocks[1].origin == "line 5"
    assert draft.blocks[1].source == "Jinan is a city that bridges the gap between East and West."
    assert all(b.kind is BlockKind.PARAGRAPH for b in draft.blocks[1:])
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(draft.blocks) == sum(1 for line in lines if line.strip())
    assert draft.source_lang is Language.EN and draft.target_lang is Language.ZH
    assert draft.origin_format == "txt" and draft.origin_path == str(path)
    assert draft.notes == ["encoding: utf-8 (detected)"]


def test_corpus_release_without_title(corpus: Path) -> None:
    draft = import_text(corpus / "jinhua-center-unveiled.en.txt")
    assert draft.title_en == "" and draft.title_zh == ""
    assert {b.kind for b in draft.blocks} == {BlockKind.PARAGRAPH}
    assert draft.blocks[0].source.startswith("On October 25, Jinhua International")


def test_corpus_bilingual_review_ties_to_first_line(corpus: Path) -> None:
    draft = import_text(corpus / "zhengzhou-2024-review.txt")
    # 12 English and 12 Chinese lines: a tie, so the first line's language wins.
    assert len(draft.blocks) == 24
    assert draft.source_lang is Language.EN
    assert draft.blocks[1].source.startswith("时光流转,又添新岁")


def test_corpus_extract_is_chinese(corpus: Path) -> None:
    draft = import_text(corpus / "the-world-and-chongqing-extract.txt")
    assert draft.source_lang is Language.ZH
    assert draft.title_zh == "讲好"  # the PDF broke the title into fragments
    assert draft.blocks[1].source == "重庆"


# --------------------------------------------------------------------------- rules


def test_crlf_cr_and_whitespace(tmp_path: Path) -> None:
    data = "立春\r\n\u3000\u3000立春是第一个节气。\r\r  第二段。  \r\n\t\n第三段。".encode()
    draft = import_text(write(tmp_path, "a.txt", data))
    assert [(b.kind, b.source, b.origin) for b in draft.blocks] == [
        (BlockKind.HEADING, "立春", "line 1"),
        (BlockKind.PARAGRAPH, "立春是第一个节气。", "line 2"),
        (BlockKind.PARAGRAPH, "第二段。", "line 4"),
        (BlockKind.PARAGRAPH, "第三段。", "line 6"),
    ]
    assert draft.title_zh == "立春"
    assert draft.source_lang is Language.ZH and draft.target_lang is Language.EN


def test_single_line_is_never_a_heading(tmp_path: Path) -> None:
    draft = import_text(write(tmp_path, "one.txt", b"Spring Festival Gala\n\n"))
    assert [b.kind for b in draft.blocks] == [BlockKind.PARAGRAPH]
    assert draft.title_en == ""


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        ("Zhejiang International Communication Center established", Language.EN, True),
        ("The center was unveiled on Friday.", Language.EN, False),
        ("What Makes Jinan Shine?", Language.EN, False),
        ("“A City of Springs.”", Language.EN, False),  # punctuation inside closing quotes
        ("x" * 81, Language.EN, False),
        ("讲好重庆故事 提升城市形象美誉度", Language.ZH, True),
        ("重庆举办国际传播论坛。", Language.ZH, False),
        ("重" * 41, Language.ZH, False),
    ],
)
def test_title_heuristic(line: str, lang: Language, expected: bool) -> None:
    assert looks_like_title(line, lang) is expected


def test_title_language_is_the_lines_own(tmp_path: Path) -> None:
    data = "Spring in Chongqing\n重庆的春天来得早。\n山城处处花开。\n".encode()
    draft = import_text(write(tmp_path, "t.txt", data))
    assert draft.source_lang is Language.ZH
    assert draft.title_en == "Spring in Chongqing" and draft.title_zh == ""


def test_source_language_override(tmp_path: Path) -> None:
    draft = import_text(
        write(tmp_path, "zh.txt", "第一段。\n第二段。\n".encode()), source_lang=Language.EN
    )
    assert draft.source_lang is Language.EN and draft.target_lang is Language.ZH


def test_majority_language() -> None:
    assert majority_language(["中文一", "English one", "中文二"]) is Language.ZH
    assert majority_language(["English", "中文"]) is Language.EN
    assert majority_language(["2025", "***"]) is None


def test_no_letters_defaults_to_chinese_with_a_note(tmp_path: Path) -> None:
    draft = import_text(write(tmp_path, "n.txt", b"2025\n2026\n"))
    assert draft.source_lang is Language.ZH
    assert "no Chinese or English letters found; assumed zh" in draft.notes


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("codec", "bom", "note"),
    [
        ("utf-8", b"", "encoding: utf-8 (detected)"),
        ("utf-8", b"\xef\xbb\xbf", "encoding: utf-8-sig (detected, with BOM)"),
        ("utf-16-le", b"\xff\xfe", "encoding: utf-16-le (detected, with BOM)"),
        ("utf-16-be", b"\xfe\xff", "encoding: utf-16-be (detected, with BOM)"),
        ("utf-16-le", b"", "encoding: utf-16-le (detected)"),
        ("gb18030", b"", "encoding: gb18030 (detected)"),
    ],
)
def test_encodings(tmp_path: Path, codec: str, bom: bytes, note: str) -> None:
    text = (
        "节气与城市\r\n立春是二十四节气中的第一个节气，重庆人会吃春饼。\r\nSpring comes early.\r\n"
    )
    draft = import_text(write(tmp_path, "e.txt", bom + text.encode(codec)))
    assert [b.source for b in draft.blocks] == [
        "节气与城市",
        "立春是二十四节气中的第一个节气，重庆人会吃春饼。",
        "Spring comes early.",
    ]
    assert draft.notes == [note]


def test_big5_detected_and_overridable(tmp_path: Path) -> None:
    text = "臺灣節氣\n立春是二十四節氣中的第一個節氣，臺北市民會吃潤餅。\n"
    path = write(tmp_path, "b.txt", text.encode("big5"))
    draft = import_text(path)
    assert draft.blocks[1].source == "立春是二十四節氣中的第一個節氣，臺北市民會吃潤餅。"
    assert draft.notes == ["encoding: big5 (detected)"]
    forced = import_text(path, encoding="gb18030")
    assert forced.notes[0] == "encoding: gb18030 (as given)"
    assert forced.notes[1] == "decoded as gb18030 as asked, but the text reads like big5"
    assert forced.blocks[1].source != draft.blocks[1].source


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("data", [b"", b"  \r\n\t\n\xe3\x80\x80\n"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "empty.txt", data)
    with pytest.raises(ImportFailed) as caught:
        import_text(path)
    assert caught.value.problem == "the file is empty"
    assert str(caught.value) == f"Cannot import {path}: the file is empty"


def test_wrong_encoding_given_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "w.txt", "first line\nsecond line\n第三行\n".encode("gb18030"))
    with pytest.raises(ImportFailed) as caught:
        import_text(path, encoding="utf-8")
    assert caught.value.where.startswith("line 3,")
    assert str(path) in str(caught.value)


def test_binary_junk(tmp_path: Path) -> None:
    path = write(
        tmp_path, "junk.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4
    )
    with pytest.raises(ImportFailed, match="binary file"):
        import_text(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"absent\.txt"):
        import_text(tmp_path / "absent.txt")


# --------------------------------------------------------------------------- size


def test_fifty_megabyte_file(tmp_path: Path) -> None:
    paragraph_zh = "国际传播中心用中英双语讲述城市故事，吸引了来自世界各地的读者和观众。" * 4
    paragraph_en = (
        "The center tells the city's stories in Chinese and English to readers abroad. " * 3
    )
    chunk = f"{paragraph_zh}\r\n{paragraph_en}\r\n\r\n"
    repeats = 50 * 1024 * 1024 // len(chunk.encode("gb18030")) + 1
    path = tmp_path / "big.txt"
    path.write_bytes(chunk.encode("gb18030") * repeats)
    assert path.stat().st_size >= 50 * 1024 * 1024

    started = time.perf_counter()
    draft = import_text(path)
    elapsed = time.perf_counter() - started

    assert len(draft.blocks) == 2 * repeats
    assert draft.notes == ["encoding: gb18030 (detected)"]
    assert draft.source_lang is Language.ZH  # a tie, first line Chinese
    assert draft.blocks[-1].origin == f"line {3 * repeats - 1}"
    assert draft.blocks[-1].source == paragraph_en.strip()
    assert elapsed < 5.0, f"50 MB took {elapsed:.1f} s"
