"""Character and word counts as Word reports them (pricing figures)."""

from __future__ import annotations

import pytest

from workbench.editor.counts import chars_no_spaces, en_word_count, zh_char_count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("重庆是山城", 5),
        # Full-width punctuation counts one each, including paired quotes and brackets.
        ("夜幕降临，江边的灯亮起。", 12),
        ("他说：“太美了！”", 9),
        ("《山城》【图】（上）", 10),
        ("、；？‘’", 5),
        # "……" and "——" are two characters each, as in Word.
        ("等等……", 4),
        ("重庆——山城", 6),
        ("艾伦·图灵", 5),  # the middle dot of a transliterated name
        # Latin letters, digits and half-width punctuation are not 字.
        ("iPhone 16发布了", 3),
        ("2025年GDP增长5.2%", 3),
        ("Hello, world.", 0),
        # Spaces of every width are excluded; full-width letters and digits count.
        ("山城\u3000夜景 ", 4),
        ("ＡＢ１２", 4),
        ("，。！？：；％", 7),
        # Rare ideographs (extension B) count once each, not per UTF-16 unit.
        ("𠀀𪚥", 2),
        # Korean counts per word (Word's 朝鲜语单词).
        ("안녕하세요 세계", 2),
        ("ひらがなカタカナ", 8),
    ],
)
def test_zh_char_count(text: str, expected: int) -> None:
    assert zh_char_count(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("   ", 0),
        ("Chongqing is a mountain city.", 5),
        ("The well-known hot-pot restaurant", 4),
        ("It cost 3,000 yuan in 2025-11.", 6),
        ("The U.S. and the U.K.", 5),
        # Lone punctuation between spaces is no word.
        ("Chongqing — a city & a river", 5),
        ("“Hello,” she said.", 3),
        # Tabs and newlines separate words; a non-breaking space joins, as in Word.
        ("one\ttwo\nthree", 3),
        ("10\u00a0km away", 2),
        # CJK inside English: each character a word; full-width punctuation splits.
        ("the 重庆 brand", 4),
        ("hello，world", 2),
        ("It's 5 o'clock", 3),
    ],
)
def test_en_word_count(text: str, expected: int) -> None:
    assert en_word_count(text) == expected


def test_mixed_text_counts_each_side_once() -> None:
    text = "重庆（Chongqing）是中国西南的3,000万人口城市。"
    # 重庆 + （ + ） + 是中国西南的 + 万人口城市 + 。 = 2 + 2 + 6 + 5 + 1
    assert zh_char_count(text) == 16
    assert chars_no_spaces("a b\u3000c\n") == 3
