"""Character and word counts the way Microsoft Word reports them, for pricing.

Chinese work is priced per 字 (character), English work per word. Word's statistics
dialog (字数统计) shows several lines; the one Chinese translation pricing follows is
**中文字符和朝鲜语单词** ("Asian characters and Korean words"). ``zh_char_count``
reproduces that line:

* every CJK ideograph counts 1 (basic block, extensions A–H, compatibility ideographs,
  radicals, strokes, 〇) and every kana counts 1;
* every full-width or CJK punctuation mark and symbol counts 1: the CJK Symbols and
  Punctuation block (、。〈〉《》「」『』【】〔〕〖〗〜 …), the full-width forms
  (，：；！？（）％＃ and full-width letters/digits such as Ａ１), the CJK vertical and
  small forms, and the general-punctuation marks Chinese typesetting sets full-width:
  “ ” ‘ ’ … — ― ‖ · ‧ ※ ⸺ (so "……" and "——" count 2, as in Word);
* a run of Hangul counts 1 (a Korean *word*, as Word does);
* nothing else counts: spaces of any kind (including the ideographic space U+3000),
  half-width punctuation, and Latin letters and digits. Word counts "iPhone 16" inside
  Chinese text on its separate "non-Asian words" line, not as 字, and so do we.

Word puts curly quotes and the middle dot on the Asian line only when they are set in
an East Asian font; in Chinese text they are, so we always count them.

``en_word_count`` reproduces Word's "Words" count for English text: a word is a run of
characters between spaces that holds at least one letter or digit, so "well-known",
"3,000", "U.S." and "2025-11-23" are one word each and a lone "—" or "&" is none.
Non-breaking spaces (U+00A0, U+2007, U+202F) join, as in Word. CJK characters embedded
in English text count one word each, and full-width punctuation separates words, as
Word does.
"""

from __future__ import annotations

import re

# Ideographs and kana: one 字 each.
_IDEOGRAPH = (
    "\u2e80-\u2fdf"  # CJK radicals supplement, Kangxi radicals
    "\u3005\u3007"  # 々 (iteration mark), 〇 (ideographic zero)
    "\u3021-\u3029\u3038-\u303b"  # Hangzhou numerals, 〸〹〺〻
    "\u3040-\u309f\u30a0-\u30ff"  # hiragana, katakana
    "\u31c0-\u31ef"  # CJK strokes
    "\u3400-\u4dbf"  # extension A
    "\u4e00-\u9fff"  # unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\U00020000-\U0003134f"  # extensions B–H and compatibility supplement
)
# Full-width and CJK punctuation/symbols: one 字 each. U+3000 (ideographic space) is excluded.
_FULLWIDTH_PUNCT = (
    "\u3001-\u3004\u3008-\u3020\u302a-\u3037\u303c-\u303f"  # CJK symbols and punctuation
    "\u3190-\u319f\u3200-\u33ff"  # kanbun, enclosed CJK, CJK compatibility (㈠ ㎡ …)
    "\ufe10-\ufe1f\ufe30-\ufe6f"  # vertical forms, compatibility and small forms
    "\uff01-\uff60\uffe0-\uffe6"  # full-width ASCII forms (，！Ａ１…), ￥ ￡ …
    "\u00b7\u2014\u2015\u2016\u2018\u2019\u201c\u201d\u2025\u2026\u2027\u203b\u2e3a\u2e3b"
)
_HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"

# Scripts written without spaces between words (a character class body, for other modules).
CJK_LETTERS = _IDEOGRAPH + _HANGUL

_ZH_COUNTED = re.compile(f"[{_IDEOGRAPH}{_FULLWIDTH_PUNCT}]")
_HANGUL_RUN = re.compile(f"[{_HANGUL}]+")
# Word-breaking whitespace: everything Python calls a space except the non-breaking ones.
_WORD_SPACE = re.compile(r"[^\S\u00a0\u2007\u202f]+")
# Inside an English token, CJK characters are words of their own and full-width
# punctuation separates words.
_CJK_OR_FULLWIDTH = re.compile(f"[{_IDEOGRAPH}{_FULLWIDTH_PUNCT}{_HANGUL}]")
_CJK_WORD = re.compile(f"[{_IDEOGRAPH}]|[{_HANGUL}]+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def zh_char_count(text: str) -> int:
    """Word's 中文字符和朝鲜语单词: CJK characters and full-width punctuation (see module doc)."""
    return len(_ZH_COUNTED.findall(text)) + len(_HANGUL_RUN.findall(text))


def en_word_count(text: str) -> int:
    """Word's word count for English text (see module doc)."""
    words = 0
    for token in _WORD_SPACE.split(text):
        if not token:
            continue
        words += len(_CJK_WORD.findall(token))
        words += sum(
            1 for piece in _CJK_OR_FULLWIDTH.split(token) if _LETTER_OR_DIGIT.search(piece)
        )
    return words


def chars_no_spaces(text: str) -> int:
    """Word's "characters (no spaces)" (字符数(不计空格)): every character but whitespace.

    Not the pricing figure (see ``zh_char_count``), shown beside it for reference.
    """
    return sum(1 for ch in text if not ch.isspace())
