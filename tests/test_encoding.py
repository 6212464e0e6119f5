"""Encoding detection and decoding of text files."""

from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest

from workbench.errors import ImportFailed
from workbench.importers.encoding import (
    decode_bytes,
    detect_encoding,
    plausibility,
    read_text_file,
)

# Our own sentences (not corpus text): simplified, traditional, English, mixed.
SIMPLIFIED = (
    "立春是二十四节气中的第一个节气，标志着万物闭藏的冬季已过去。\n"
    "这一天，重庆的市民们会吃春饼、咬萝卜，迎接新一年的到来。\n"
    "国际传播中心用中英双语讲述城市故事。\n"
)
TRADITIONAL = (
    "香港特別行政區政府新聞處今日發佈消息，宣佈將舉辦國際傳播論壇。\n"
    "論壇邀請來自世界各地的記者與學者，共同探討城市形象的傳播。\n"
    "歡迎市民報名參加。\n"
)
ENGLISH = (
    "The Beginning of Spring is the first of the 24 solar terms.\nIt falls in early February.\n"
)
MIXED = (
    "WhereZhengzhou 发布了 2025 年的“老外带你看郑州”系列。\nForeigners in Zhengzhou, season two.\n"
)
SHORT_TRADITIONAL = "臺北市政府\n"


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (MIXED, "utf-8", "utf-8"),
        (ENGLISH, "utf-8", "utf-8"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (MIXED, "gb18030", "gb18030"),
        (TRADITIONAL, "gb18030", "gb18030"),  # traditional text in a GB file stays GB
        (TRADITIONAL, "big5", "big5"),
        (SHORT_TRADITIONAL, "big5", "big5"),
        (SIMPLIFIED, "utf-16-le", "utf-16-le"),  # pure CJK: no NUL bytes to go by
        (SIMPLIFIED, "utf-16-be", "utf-16-be"),
        (ENGLISH, "utf-16-le", "utf-16-le"),  # ASCII: NUL bytes, still valid UTF-8
        (MIXED, "utf-16-be", "utf-16-be"),
        ("“Hello,” she said — café.\n" * 5, "cp1252", "cp1252"),
    ],
)
def test_detection_without_bom(text: str, codec: str, expected: str) -> None:
    data = text.encode(codec)
    assert detect_encoding(data) == expected
    decoded = decode_bytes(data, "f.txt")
    assert decoded.text == text
    assert decoded.encoding == expected
    assert decoded.detected and not decoded.bom


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    ],
)
def test_bom_decides_and_is_stripped(bom: bytes, codec: str, expected: str) -> None:
    decoded = decode_bytes(bom + MIXED.encode(codec), "f.txt")
    assert decoded.text == MIXED
    assert decoded.encoding == expected
    assert decoded.bom


def test_big5_extension_characters_fall_back_to_cp950() -> None:
    # A long plain-Big5 text (detected as big5 from the sample) with a cp950-only symbol far
    # beyond the sample: the whole file still decodes, as cp950.
    text = TRADITIONAL * 2000 + "圍棋又稱碁。\n"  # 碁: ETen extension F9D6
    decoded = decode_bytes(text.encode("cp950"), "f.txt")
    assert decoded.text == text
    assert decoded.encoding == "cp950"


def test_first_non_ascii_far_into_the_file_is_found() -> None:
    # The legacy sample starts at the line of the first non-UTF-8 byte, not at the top.
    ascii_head = "plain ASCII line\n" * 10_000
    assert decode_bytes((ascii_head + SIMPLIFIED).encode("gb18030"), "f.txt").encoding == "gb18030"
    assert decode_bytes((ascii_head + TRADITIONAL).encode("big5"), "f.txt").encoding == "big5"


def test_given_encoding_overrides_detection() -> None:
    data = TRADITIONAL.encode("big5")
    forced = decode_bytes(data, "f.txt", "gb18030")  # decodes without error, into nonsense
    assert forced.encoding == "gb18030"
    assert not forced.detected
    assert forced.text != TRADITIONAL
    assert forced.warning == "decoded as gb18030 as asked, but the text reads like big5"
    right = decode_bytes(data, "f.txt", "BIG5")
    assert right.text == TRADITIONAL and right.encoding == "big5" and right.warning == ""


def test_given_utf8_strips_a_bom() -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + b"abc", "f.txt", "utf-8")
    assert decoded.text == "abc" and decoded.bom


def test_wrong_given_encoding_names_the_line() -> None:
    data = ("English first line\n" + SIMPLIFIED).encode("gb18030")
    with pytest.raises(ImportFailed) as caught:
        decode_bytes(data, "notes.txt", "utf-8")
    error = caught.value
    assert error.where is not None and error.where.startswith("line 2, byte 20")
    assert "not valid utf-8 (the encoding given)" in error.problem
    assert "looks like gb18030" in error.problem
    assert str(error).startswith("Cannot import notes.txt (line 2")


def test_wrong_line_counted_with_cr_line_ends() -> None:
    data = b"a\rb\r\nc\n" + "第四行".encode("gb18030")
    with pytest.raises(ImportFailed) as caught:
        decode_bytes(data, "f.txt", "ascii")
    assert caught.value.where.startswith("line 4,")


def test_unknown_encoding_name() -> None:
    with pytest.raises(ImportFailed, match="unknown encoding 'klingon'"):
        decode_bytes(b"abc", "f.txt", "klingon")


def test_binary_junk_is_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    with pytest.raises(ImportFailed, match="looks like a binary file") as caught:
        decode_bytes(png, "photo.txt")
    assert caught.value.where == "byte 9"


def test_nul_in_otherwise_valid_text_is_refused() -> None:
    data = "第一行\n第二行\x00\x00\x00坏了\n".encode("gb18030")
    with pytest.raises(ImportFailed, match="NUL"):
        decode_bytes(data, "f.txt")


def test_plausibility_ranks_right_decoding_first() -> None:
    data = TRADITIONAL.encode("big5")
    right, wrong = data.decode("big5"), data.decode("gb18030", errors="replace")
    assert plausibility(right) > 0.95
    assert plausibility(wrong) < 0.5
    assert plausibility("") == 0.0


def test_detection_on_50_mb_is_fast() -> None:
    data = (SIMPLIFIED * 340_000).encode("gb18030")  # ~50 MB
    assert len(data) > 50_000_000
    started = time.perf_counter()
    assert detect_encoding(data) == "gb18030"
    assert time.perf_counter() - started < 2.0  # reads a sample, not the file


def test_read_text_file_missing(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="No such file"):
        read_text_file(tmp_path / "absent.txt")


def test_nul_in_valid_utf8_is_binary_not_utf16() -> None:
    data = "第一行\nsecond\x00line\n".encode()
    with pytest.raises(ImportFailed, match="binary file") as caught:
        decode_bytes(data, "f.txt")
    assert caught.value.where == f"byte {data.index(0) + 1}"


def test_unknown_encoding_cannot_be_told() -> None:
    with pytest.raises(ImportFailed, match="cannot tell the text encoding"):
        decode_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 0x81]) * 100, "f.txt")
