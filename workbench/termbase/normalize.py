"""Normalisation for term matching, and the English forms a term is also found in.

Text and terms are folded the same way before matching:

* traditional → simplified script (OpenCC ``t2s``), so 重慶 matches 重庆 — applied only to
  text that holds traditional characters (``has_traditional``; the matcher decides per
  line), because t2s can harm simplified text;
* full-width Latin letters and digits → ASCII (ＡＢＣ１２３ → ABC123);
* lower case, so "Sister City" matches "sister city" (case-sensitive terms are checked
  against the unfolded text afterwards).

**Every step maps one character to exactly one character**, so an offset in the folded text
is the same offset in the original and hits point into the text the user sees without any
table. OpenCC's ``t2s`` dictionaries are length-preserving (checked for 1.4.2); should a
future dictionary change a length, the text is converted character by character instead.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick_rs as ac
import opencc

# Blocks holding Han characters (and CJK radicals/compatibility forms) t2s may change.
_HAN_BLOCKS = (
    (0x2E80, 0x2FE0),
    (0x3400, 0x4DC0),
    (0x4E00, 0xA000),
    (0xF900, 0xFB00),
    (0x20000, 0x2A6E0),
    (0x2A700, 0x2EBF0),
    (0x2F800, 0x2FA20),
)

# Full-width digits and Latin letters (U+FF10–FF19, FF21–FF3A, FF41–FF5A) → ASCII.
# Full-width punctuation stays: ，（） are the right marks in Chinese text.
FULLWIDTH_ALNUM: dict[int, str] = {
    code: chr(code - 0xFEE0)
    for start, end in ((0xFF10, 0xFF1A), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B))
    for code in range(start, end)
}
_FULLWIDTH_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")

# The only character whose lower case is longer than itself (İ → i̇); folded to plain i.
_LONG_LOWER = {0x130: "i"}

APOSTROPHES = "'’"


@functools.cache
def converter(config: str) -> opencc.OpenCC:
    """One OpenCC converter per config (loading one takes a few milliseconds)."""
    return opencc.OpenCC(config)


def t2s(text: str) -> str:
    return converter("t2s").convert(text) if text else text


def s2t(text: str) -> str:
    return converter("s2t").convert(text) if text else text


@functools.cache
def t2s_char_table() -> dict[int, str]:
    """Every character t2s changes on its own, mapped to its simplified form.

    Built once (~15 ms) by converting each Han code point, one per line.
    """
    chars = [chr(code) for start, end in _HAN_BLOCKS for code in range(start, end)]
    converted = converter("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # a dictionary mapped across a line break: go slowly
        converted = [converter("t2s").convert(char) for char in chars]
    return {
        ord(char): simple
        for char, simple in zip(chars, converted, strict=True)
        if simple != char and len(simple) == 1
    }


@functools.cache
def traditional_chars() -> frozenset[str]:
    return frozenset(chr(code) for code in t2s_char_table())


def trigger_chars() -> list[str]:
    """Characters whose presence means a text needs more than case folding: traditional
    Han characters and full-width letters/digits (both cases; the matcher sees folded text).
    The matcher adds them to its automaton so that one scan also tells it which lines to
    normalise fully and scan again."""
    return sorted(traditional_chars()) + [chr(code) for code in FULLWIDTH_ALNUM]


@functools.cache
def _traditional_finder() -> ac.AhoCorasick:
    return ac.AhoCorasick(sorted(traditional_chars()), matchkind=ac.MatchKind.LeftmostFirst)


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds a character t2s converts on its own.

    Only such text is converted: t2s on simplified text can do harm (打坏了 → 打坯了,
    because 坏 is also the traditional form of 坯).
    """
    if len(text) < 2_000:
        return not traditional_chars().isdisjoint(text)
    # Iterating a long str makes an object per character; the automaton does not.
    return bool(_traditional_finder().find_matches_as_indexes(text))


def to_simplified(text: str) -> str:
    """t2s with OpenCC's phrase dictionaries, guaranteed to keep the length."""
    converted = t2s(text)
    if len(converted) == len(text):
        return converted
    return text.translate(t2s_char_table())


def fold_width(text: str) -> str:
    if _FULLWIDTH_RE.search(text) is None:
        return text
    return text.translate(FULLWIDTH_ALNUM)


def fold_case(text: str) -> str:
    """``str.lower`` kept to one character per character."""
    lowered = text.lower()
    if len(lowered) == len(text):  # lower() never shortens, so equal length = 1:1
        return lowered
    return text.translate(_LONG_LOWER).lower()


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A text and its folded forms; all three have the same length, so offsets are shared."""

    original: str
    cased: str  # simplified script, half-width letters and digits, case kept
    folded: str  # ``cased`` in lower case: what the automaton scans

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of a span of ``folded`` (the identity, by construction)."""
        return start, end


def normalize_text(text: str, *, traditional: bool | None = None) -> NormalizedText:
    """Fold ``text`` for matching. ``traditional=None`` converts script only when the text
    holds traditional characters (see ``has_traditional``)."""
    if traditional is None:
        traditional = has_traditional(text)
    cased = fold_width(to_simplified(text) if traditional else text)
    return NormalizedText(text, cased, fold_case(cased))


def normalize_term(text: str, lang: str) -> str:
    """A term's cased form. zh-Hant terms always go to simplified script (they are
    traditional by definition, even where only a phrase converts: 答覆 → 答复); zh-Hans
    terms by the rule for text (only when they hold traditional characters: mislabelled
    ones); English terms never."""
    text = " ".join(text.split())  # a term never holds line breaks or double spaces
    if lang == "zh-Hant" or (lang == "zh-Hans" and has_traditional(text)):
        text = to_simplified(text)
    return fold_width(text)


def normalize_terms(texts: Sequence[str], langs: Sequence[str]) -> list[str]:
    """``normalize_term`` over many terms at C speed: the texts are joined, folded in a
    few whole-string passes and split again; the ones t2s applies to go through OpenCC in
    one call (a call per term would cost more than building the automaton)."""
    joined = "\x00".join(texts)
    if joined.count("\x00") != max(len(texts) - 1, 0):  # a NUL inside a term: go slowly
        return [normalize_term(text, lang) for text, lang in zip(texts, langs, strict=True)]
    if (
        "  " in joined
        or " \x00" in joined
        or "\x00 " in joined
        or joined[:1] == " "
        or joined[-1:] == " "
        # Tabs, line breaks, no-break and ideographic spaces are not printable.
        or not joined.replace("\x00", " ").isprintable()
    ):  # collapse whitespace runs (str.split at C speed; a \s+ regex is slow here)
        joined = " ".join(joined.split()).replace(" \x00", "\x00").replace("\x00 ", "\x00")
    cased = fold_width(joined).split("\x00") if texts else []
    # t2s for zh-Hant terms, and for zh-Hans ones written in traditional characters.
    positions = range(len(cased))
    convert = list(itertools.compress(positions, map("zh-Hant".__eq__, langs)))
    hans = list(itertools.compress(positions, map("zh-Hans".__eq__, langs)))
    if has_traditional("\x00".join([cased[i] for i in hans])):
        convert = sorted(convert + [i for i in hans if has_traditional(cased[i])])
    if convert:
        converted = to_simplified("\n".join([cased[i] for i in convert])).split("\n")
        if len(converted) != len(convert):  # never expected; stay exact term by term
            converted = [to_simplified(cased[i]) for i in convert]
        for i, text in zip(convert, converted, strict=True):
            cased[i] = text
    return cased


# --------------------------------------------------------------------------- inflection

_VOWELS = frozenset("aeiou")


@functools.lru_cache(maxsize=65_536)
def _inflection(word: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A word's plurals split in two: whole other words (cities, knives, chairmen) and
    plain suffixes ("s", "es"). Cached: term bases repeat their last words a lot."""
    forms: list[str] = []
    suffixes: set[str] = set()
    for plural in _plurals_of(word):
        tail = plural[len(word) :]
        if plural[: len(word)] == word and tail.lower() in ("s", "es"):
            suffixes.add(tail.lower())
        else:
            forms.append(plural)
    return tuple(forms), frozenset(suffixes)


def _plurals_of(word: str) -> list[str]:
    """Plural spellings of an English word (case follows the word: SCO → SCOs, CITY →
    CITIES). Words that already end in a plain -s get none (Games, Affairs)."""
    lower = word.lower()
    last = lower[-1]
    shout = word.isupper() and len(word) > 1
    if lower.endswith("child"):
        return [word + ("REN" if shout else "ren")]
    if last not in "yshxzofen":  # most words: just -s
        return [word + "s"]

    def suffix(text: str) -> str:
        return text.upper() if shout else text

    if last == "y":
        if len(lower) > 1 and lower[-2] not in _VOWELS:
            return [word[:-1] + suffix("ies")]
        return [word + "s"]
    if lower.endswith(("ss", "us", "x", "z", "ch", "sh")):
        return [word + suffix("es")]
    if last == "s":
        return []
    # Both forms where English has both: chairmen but Germans, spokespeople or -persons.
    if lower.endswith("man"):
        return [word + "s", word[:-3] + suffix("men")]
    if lower.endswith("person"):
        return [word + "s", word[:-6] + suffix("people")]
    if lower.endswith("fe"):
        return [word + "s", word[:-2] + suffix("ves")]
    if last == "f":
        return [word + "s", word[:-1] + suffix("ves")]
    if last == "o":
        return [word + "s", word + suffix("es")]
    return [word + "s"]


_APOSTROPHE_RE = re.compile(f"[{APOSTROPHES}]")


def _last_word(term: str) -> tuple[str, str]:
    head, space, last = term.rpartition(" ")
    return head + space, last


def english_forms(term: str) -> list[str]:
    """Other spellings an English term is found in, as patterns of their own: plurals
    that change the last word (sister city → sister cities, knife → knives) and the
    other apostrophe (Xi'an ↔ Xi’an).

    Plurals that only add -s or -es are not spelled out: the matcher accepts those
    letters right after the term (``plural_suffixes``), which keeps the automaton a third
    smaller. Possessives need nothing: the apostrophe is not a word character, so
    "city's" already holds "city". ``term`` is a cased form from ``normalize_term``; the
    result excludes it.
    """
    prefix, last = _last_word(term)
    forms: list[str] = []
    if last and last[-1].isascii() and last[-1].isalpha():
        forms = [prefix + plural for plural in _inflection(last)[0]]
    if "'" in term or "’" in term:
        forms = [
            _APOSTROPHE_RE.sub(mark, form) for form in [term, *forms] for mark in APOSTROPHES
        ] + forms
        forms = [form for form in dict.fromkeys(forms) if form != term]
    return forms


def plural_suffixes(term: str) -> frozenset[str]:
    """The plain plural endings ("s", "es") an English term may take right after it."""
    last = _last_word(term)[1]
    if last and last[-1].isascii() and last[-1].isalpha():
        return _inflection(last)[1]
    return frozenset()


def english_plurals(term: str) -> list[str]:
    """Every plural spelling of an English term (for display and tests)."""
    prefix, last = _last_word(term)
    if not (last and last[-1].isascii() and last[-1].isalpha()):
        return []
    return [prefix + plural for plural in _plurals_of(last)]
