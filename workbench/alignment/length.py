"""Sentence length in one unit for both languages: "English characters".

Gale–Church compares the lengths of the two sides, so both must be measured in a unit that
scales the same way. Counting Chinese characters as 1 makes every Chinese sentence look ~4×
too short and the aligner falls back to a pure 1-1 diagonal (library-notes §7).

Calibration (measured on ``shared/corpus/zhengzhou-2024-review.txt``, 12 paragraph pairs):

* English: 4,872 characters (spaces included).
* Chinese: 1,033 Han characters + 226 other non-space characters (punctuation, Latin names
  such as ``WhereZhengzhou``, digits).
* Counting the non-Han characters as one English character each, one Han character stands for
  (4,872 − 226) / 1,033 = **4.50** English characters, pooled (per paragraph 3.75–5.55,
  median 4.3; pooling weights the long paragraphs, where the length signal matters).
  For comparison: all non-space Chinese characters → 3.87 (library-notes measured 3.94);
  UTF-8 bytes → 1.38 English characters per byte.

Latin letters and digits inside Chinese text count 1:1 because they reappear unchanged in
the English (names, years, ``TikTok``); punctuation counts 1 — close enough to ", " and it is
a small share. Whitespace is ignored on the Chinese side (it is incidental there).
"""

from __future__ import annotations

import re

from workbench.language import HAN_CLASS
from workbench.models.enums import Language

# English characters per Han character; see the module docstring for how it was measured.
EN_CHARS_PER_HAN = 4.5

_HAN_RUN = re.compile(f"[{HAN_CLASS}]+")
_SPACE = re.compile(r"\s+")


def aligned_length(text: str, lang: Language | str) -> float:
    """The length of ``text`` in English characters (Chinese scaled by ``EN_CHARS_PER_HAN``)."""
    if Language(lang) is Language.EN:
        return float(len(text))
    han = 0
    for run in _HAN_RUN.findall(text):
        han += len(run)
    other = len(_SPACE.sub("", text)) - han
    return han * EN_CHARS_PER_HAN + other
