"""Punctuation and whitespace rules shared by the QA checks, as pure functions.

Every scanner returns ``Edit`` tuples: replace ``text[start:end]`` with ``replacement``
(``None``: a finding with no safe fix). The checks in ``workbench.qa.checks.punctuation`` and
``workbench.qa.checks.whitespace`` turn each edit into one finding; the ``fix all`` helpers
at the bottom (``to_fullwidth_zh``, ``fix_english_spacing`` ...) are defined as "apply every
edit the check would offer", so a bulk fix and the per-finding fixes can never disagree.

Rules follow GB/T 15834-2011 for Chinese and ordinary English typesetting for English; see
section 9 of the shared library notes. Precision comes first: anything inside numbers, URLs,
e-mail addresses, file and domain names, or Latin runs inside Chinese is left alone.

Speed: each scanner starts with one compiled-regex search and returns at once on clean text;
Python-level work happens only around actual candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from workbench.language import HAN_CLASS, detect_language
from workbench.models.enums import Language


class Edit(NamedTuple):
    start: int
    end: int
    replacement: str | None  # None: report only, no safe fix
    kind: str  # what is wrong, for messages (see the check modules)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply fixable edits from the rightmost to the leftmost (offsets stay valid);
    an edit overlapping one already applied is skipped."""
    limit = len(text) + 1
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        if edit.replacement is None or edit.end > limit:
            continue
        text = text[: edit.start] + edit.replacement + text[edit.end :]
        limit = edit.start
    return text


# --- character classes ---------------------------------------------------------------------

HAN = f"[{HAN_CLASS}]"
FULLWIDTH_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"  # ０-９ Ａ-Ｚ ａ-ｚ
# Marks that make the context Chinese: CJK symbols (、。〈〉《》「」『』【】〔〕 U+3000),
# full-width forms (，：；？！（）～), and the quotes/dashes Chinese shares with English.
_CJK_MARKS = frozenset(
    [chr(c) for c in range(0x3000, 0x3040)]
    + [chr(c) for c in range(0xFF01, 0xFF61)]
    + list("“”‘’…—·")
)


def is_han(char: str) -> bool:
    """One character in HAN_CLASS (compared directly: this runs per candidate)."""
    return (
        "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\uf900" <= char <= "\ufaff"
    )


def is_zh_context(char: str) -> bool:
    """A Han character or a Chinese punctuation mark ("" — the text's edge — is neither)."""
    return bool(char) and (char in _CJK_MARKS or is_han(char))


def _is_ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _halfwidth(char: str) -> str:
    return chr(ord(char) - 0xFEE0)


# Spans no punctuation rule may touch: URLs, e-mail addresses, domain-like tokens and file
# names. re.ASCII keeps \w and \b off Han, so "访问iChongqing.info了解" still splits.
_TLDS = (
    "com|net|org|info|gov|edu|int|mil|io|cn|uk|jp|de|fr|ru|hk|tw|mo|tv|biz|app|dev|cc|xyz|"
    "top|site|online|asia|eu|au|ca|news"
)
_EXTS = (
    "txt|docx?|pdf|xlsx?|pptx?|jpe?g|png|gif|svg|webp|mp3|mp4|mov|avi|zip|rar|xml|json|csv|"
    "html?|md|py|js|ts|css|tmx|xliff|xlf|sdlxliff|po|tbx|exe|ini|yaml|yml"
)
_URL_CHARS = r"[^\s\"'<>“”‘’()（）\[\]{}\u3000-\u303f\uff00-\uffef" + HAN_CLASS + "]"
_PROTECTED = re.compile(
    rf"(?:https?|ftp)://{_URL_CHARS}+|www\.{_URL_CHARS}+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    rf"|\b[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:{_TLDS})\b(?:/{_URL_CHARS}*)?"
    rf"|\b[\w-]+\.(?:{_EXTS})\b",
    re.ASCII,
)


def protected_spans(text: str) -> list[tuple[int, int]]:
    if "." not in text and "@" not in text:  # every protected pattern has one
        return []
    return [m.span() for m in _PROTECTED.finditer(text)]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return bool(spans) and any(start <= pos < end for start, end in spans)


# Words after which "." is an abbreviation point, not a full stop (lower-cased).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st no nos vol vols co ltd inc corp jr sr prof etc vs fig figs pp ed eds dept "  # noqa: SIM905
    "gov govt approx est jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _is_abbreviation_point(text: str, i: int) -> bool:
    word = _word_before(text, i)
    return len(word) == 1 or word.lower() in _ABBREVIATIONS


# --- punct-width: Chinese side -------------------------------------------------------------

_ZH_FULL = {",": "，", ".": "。", "?": "？", "!": "！", ":": "：", ";": "；", "(": "（", ")": "）"}
_ZH_CANDIDATES = re.compile(rf"\.{{2,}}|。{{3,}}|[,.?!:;()\"']|[{FULLWIDTH_ALNUM}]+")
_ASCII_PUNCT = frozenset(" \u00a0,.?!:;()\"'")  # skipped when looking for the context
_OPENING_CONTEXT = frozenset("“‘（《〈【「『([{：，、；:,;—")


def _left_context(text: str, i: int) -> str:
    j = i - 1
    while j >= 0 and text[j] in _ASCII_PUNCT:
        j -= 1
    return text[j] if j >= 0 else ""


def _right_context(text: str, i: int) -> str:
    j, n = i + 1, len(text)
    while j < n and text[j] in _ASCII_PUNCT:
        j += 1
    return text[j] if j < n else ""


def _short_latin_tail(text: str, i: int) -> bool:
    """The text before ``i`` ends in a short Latin run after Chinese ("在 2025." or
    "使用了Android."), so a final mark there closes a Chinese sentence. A longer run
    ("发布了The World and Chongqing.") may be an English title: leave it."""
    j = i - 1
    while j >= 0 and not is_zh_context(text[j]):
        j -= 1
    return j >= 0 and len(text[j + 1 : i].split()) <= 2


def _quote_openings(text: str, positions: list[int]) -> dict[int, bool]:
    """Which straight quotes open: by alternation when they pair up, else by what precedes."""
    if len(positions) % 2 == 0:
        return {pos: k % 2 == 0 for k, pos in enumerate(positions)}
    return {
        pos: pos == 0 or text[pos - 1].isspace() or text[pos - 1] in _OPENING_CONTEXT
        for pos in positions
    }


def zh_width_edits(text: str) -> list[Edit]:
    """Half-width punctuation and full-width letters/digits in Chinese text."""
    if not _ZH_CANDIDATES.search(text):
        return []
    protected = protected_spans(text)
    n = len(text)
    edits: list[Edit] = []
    flagged: set[int] = set()  # single-character candidates judged to be Chinese punctuation
    parens: list[int] = []
    pairs: list[tuple[int, int]] = []
    doubles: list[int] = []
    singles: list[int] = []
    for match in _ZH_CANDIDATES.finditer(text):
        i, end = match.span()
        char = text[i]
        if _inside(protected, i):
            continue
        if char.isalnum():  # full-width letters and digits: one finding each
            edits.extend(
                Edit(k, k + 1, _halfwidth(text[k]), "fullwidth-alnum") for k in range(i, end)
            )
            continue
        if char == "。":
            edits.append(Edit(i, end, "……", "ellipsis"))
            continue
        if end - i > 1:  # a run of dots
            if end - i >= 3 and (
                is_zh_context(_left_context(text, i))
                or is_zh_context(_right_context(text, end - 1))
            ):
                edits.append(Edit(i, end, "……", "ellipsis"))
            continue
        prev = text[i - 1] if i else ""
        if char in ",?!;:" and is_zh_context(prev):
            flagged.add(i)  # the common case: 中文,中文
            continue
        nxt = text[i + 1] if i + 1 < n else ""
        if char in ",.:" and prev.isascii() and prev.isdigit() and nxt.isascii() and nxt.isdigit():
            continue  # 3.5 / 10:30 / 1,000
        if char == "." and _is_ascii_alnum(prev) and _is_ascii_alnum(nxt):
            continue  # e.g / v2.0 / A.I — not a full stop
        if (
            char == "'"
            and prev.isascii()
            and prev.isalpha()
            and ((nxt.isascii() and nxt.isalpha()) or not is_zh_context(_right_context(text, i)))
        ):
            continue  # Chongqing's, Xi'an, students'
        if char == "(":
            parens.append(i)
        elif char == ")" and parens:
            pairs.append((parens.pop(), i))
        elif char == '"':
            doubles.append(i)
        elif char == "'":
            singles.append(i)
        left, right = _left_context(text, i), _right_context(text, i)
        if char == "." and _is_abbreviation_point(text, i) and not is_zh_context(left):
            continue  # Mr. 王 / Vol. 3 / J. K.
        if (
            is_zh_context(left)
            or is_zh_context(right)
            or (left and not right and char in ".?!" and _short_latin_tail(text, i))
        ):
            flagged.add(i)
    # A bracket or quote pair is converted together: "(iChongqing)" at the start of a text
    # has Chinese only after its closer.
    pairs.extend(zip(doubles[0::2], doubles[1::2], strict=False))
    pairs.extend(zip(singles[0::2], singles[1::2], strict=False))
    for opener, closer in pairs:
        if opener in flagged or closer in flagged:
            flagged.update((opener, closer))
    openings = _quote_openings(text, doubles) if doubles else {}
    if singles:
        openings.update(_quote_openings(text, singles))
    for i in flagged:
        char = text[i]
        if char == '"':
            replacement = "“" if openings[i] else "”"
        elif char == "'":
            replacement = "‘" if openings[i] else "’"
        else:
            replacement = _ZH_FULL[char]
        edits.append(Edit(i, i + 1, replacement, "halfwidth"))
    edits.sort()
    return edits


# --- punct-width: English side -------------------------------------------------------------

_EN_CANDIDATES = re.compile(rf"[，。、；：？！（）《》〈〉【】「」『』]|[{FULLWIDTH_ALNUM}]+")
_EN_STOPS = {"，": ",", "、": ",", "。": ".", "；": ";", "：": ":", "？": "?", "！": "!"}
_EN_OPENERS = {"（": "(", "【": "[", "「": "“", "『": "‘"}
_EN_CLOSERS = {"）": ")", "】": "]", "」": "”", "』": "’"}
_NO_SPACE_BEFORE = frozenset("([{“‘/-–—")  # an opener after these needs no space before it


def _wants_space_after(nxt: str) -> bool:
    return bool(nxt) and (nxt.isalnum() or nxt in "([{“‘")


def en_width_edits(text: str) -> list[Edit]:
    """Full-width punctuation and letters/digits in English text, with English spacing."""
    if text.isascii() or not _EN_CANDIDATES.search(text) or detect_language(text) is Language.ZH:
        return []  # a Chinese "target" is untranslated text, not a width slip
    n = len(text)
    edits: list[Edit] = []
    for match in _EN_CANDIDATES.finditer(text):
        i, end = match.span()
        char = text[i]
        if char.isalnum():  # full-width letters and digits
            edits.extend(
                Edit(k, k + 1, _halfwidth(text[k]), "fullwidth-alnum") for k in range(i, end)
            )
            continue
        prev = text[i - 1] if i else ""
        nxt = text[end] if end < n else ""
        if (prev and is_han(prev)) or (nxt and is_han(nxt)):
            continue  # a Chinese run left in the English (untranslated): not a width slip
        if char in _EN_STOPS:
            half = _EN_STOPS[char]
            between_digits = prev.isdigit() and nxt.isdigit() and char in "，：。"
            space = " " if _wants_space_after(nxt) and not between_digits else ""
            edits.append(Edit(i, end, half + space, "fullwidth"))
        elif char in _EN_OPENERS:
            space = " " if prev and not prev.isspace() and prev not in _NO_SPACE_BEFORE else ""
            edits.append(Edit(i, end, space + _EN_OPENERS[char], "fullwidth"))
        elif char in _EN_CLOSERS:
            space = " " if nxt.isalnum() else ""
            edits.append(Edit(i, end, _EN_CLOSERS[char] + space, "fullwidth"))
        else:  # 《》〈〉: English marks titles with italics or quotes — an editor's call
            edits.append(Edit(i, end, None, "title-marks"))
    return edits


# --- punct-spacing: English side -----------------------------------------------------------

_SPACING_CANDIDATES = re.compile(
    r"[,.;:?!](?=[A-Za-z])"  # no space after
    r"|(?<=[A-Za-z0-9)\]\"”’%]) +(?=[,;:?!](?![0-9()])|\.(?:\s|$|[\"”’]))"  # space before
)
# Lookaround-free pre-tests: rule out clean text fast.
_NO_SPACE_QUICK = re.compile(r"[,.;:?!][A-Za-z]")
_SPACE_BEFORE_QUICK = re.compile(r" [,.;:?!]")
_SCHEMES = frozenset({"http", "https", "ftp", "mailto", "file", "urn", "tel", "news"})


def _word_after(text: str, start: int) -> str:
    end, n = start, len(text)
    while end < n and text[end].isascii() and text[end].isalpha():
        end += 1
    return text[start:end]


def _missing_space_ok(text: str, i: int) -> bool:
    """True when ``text[i]`` (followed by a letter) is legitimately unspaced."""
    char = text[i]
    if char == "." and text[i - 1 : i] == " ":
        return True  # ".NET", " .com"
    j = i - 1
    while j >= 0 and text[j] == " ":  # "word ,next": space-before is reported too
        j -= 1
    prev = text[j] if j >= 0 else ""
    if not prev or not (_is_ascii_alnum(prev) or prev in ')]"”’%'):
        return True  # ".NET", a Chinese run, a mark at the start
    after = _word_after(text, i + 1)
    follow = text[i + 1 + len(after) : i + 2 + len(after)]
    if char == ".":
        before = _word_before(text, i)
        if prev == "." or len(before) == 1 or len(after) == 1:
            return True  # "...and", e.g., U.S., a.m., Ph.D
        if follow == "." or (follow and (follow.isdigit() or follow in "/@_-")):
            return True  # a.b.c, file.v2, path/name
        if after.islower() and (before.lower() in _ABBREVIATIONS or not before):
            return True
        # ASP.NET: capitals on both sides is a name, not a sentence break
        return after.isupper() and len(after) > 1 and bool(before) and before.isupper()
    if char == ":":
        return _word_before(text, i).lower() in _SCHEMES
    if char == ";":
        j = i - 1
        while j >= 0 and text[j].isalnum():
            j -= 1
        return j >= 0 and text[j] == "&"  # an HTML entity
    return False


def en_spacing_edits(text: str) -> list[Edit]:
    """A missing space after, or a stray space before, , . ; : ? ! in English."""
    if not (_NO_SPACE_QUICK.search(text) or _SPACE_BEFORE_QUICK.search(text)):
        return []
    protected = protected_spans(text)
    edits: list[Edit] = []
    for match in _SPACING_CANDIDATES.finditer(text):
        i, end = match.span()
        if text[i] == " ":  # space(s) before a mark
            if _inside(protected, end):
                continue
            edits.append(Edit(i, end, "", "space-before"))
        elif not _inside(protected, i) and not _missing_space_ok(text, i):
            edits.append(Edit(i, end, text[i] + " ", "no-space-after"))
    return edits


# --- spacing between Han and Latin (Chinese side) ------------------------------------------

# A Latin word or number with Han on at least one side: "5G", "V2.0", "COVID-19", "1+1",
# "15%" are one word each, so "在V2.0版" gets one finding, not two.
_WORD = r"[A-Za-z0-9](?:[A-Za-z0-9]|[.+\-](?=[A-Za-z0-9]))*%?"
_LATIN_NEAR_HAN = re.compile(rf"(?<={HAN}){_WORD}|{_WORD}(?={HAN})")
_SPACE_NEAR_HAN = re.compile(
    rf"(?<={HAN})[ \u00a0]+(?={_WORD})|(?<=[A-Za-z0-9%])[ \u00a0]+(?={HAN})"
)
_WORD_BEFORE = re.compile(rf"{_WORD}$")
_WORD_AFTER = re.compile(_WORD)
_HAS_LETTER = re.compile(r"[A-Za-z]")
_HAS_DIGIT = re.compile(r"[0-9]")


def cjk_latin_edits(text: str, mode: str = "require-space", numbers: bool = False) -> list[Edit]:
    """``require-space``: a Latin word touching Han, one edit per word (“用TikTok发布” →
    “用 TikTok 发布”: the span is the word, so edits never overlap); ``forbid-space``: a
    space between them (remove it). Bare numbers (“2025年”, “3200万”, “15%”) count only
    with ``numbers``: Chinese news copy writes them unspaced, so by default they are not
    reported."""
    if not _HAS_LETTER.search(text) and not (numbers and _HAS_DIGIT.search(text)):
        return []
    edits = []
    if mode == "forbid-space":
        for match in _SPACE_NEAR_HAN.finditer(text):
            start, end = match.span()
            if is_han(text[end]):
                word = _WORD_BEFORE.search(text, 0, start)
            else:
                word = _WORD_AFTER.match(text, end)
            if word and (numbers or _HAS_LETTER.search(word.group())):
                edits.append(Edit(start, end, "", "space"))
        return edits
    for match in _LATIN_NEAR_HAN.finditer(text):
        start, end = match.span()
        word = match.group()
        if not numbers and not _HAS_LETTER.search(word):
            continue
        before = " " if start and is_han(text[start - 1]) else ""
        after = " " if end < len(text) and is_han(text[end]) else ""
        edits.append(Edit(start, end, before + word + after, "no-space"))
    return edits


# --- double spaces and edge whitespace -----------------------------------------------------

_SPACE_RUN = re.compile(r"(?<=\S)[ \u00a0\u3000]{2,}(?=\S)")


def double_space_edits(text: str, lang: str) -> list[Edit]:
    """Runs of two or more spaces inside the text (edges belong to whitespace-edge). In
    Chinese a run of ideographic spaces U+3000 alone is deliberate layout and stays."""
    if "  " not in text and "\u00a0" not in text and "\u3000" not in text:
        return []
    edits = []
    for match in _SPACE_RUN.finditer(text):
        run = match.group()
        if lang == "zh" and run.count("\u3000") == len(run):
            continue
        keep = "\u00a0" if run.count("\u00a0") == len(run) else " "
        edits.append(Edit(*match.span(), keep, "double"))
    return edits


def edge_whitespace(text: str) -> tuple[str, str]:
    """The leading and trailing whitespace of ``text`` (spaces, tabs, U+3000, NBSP ...)."""
    stripped = text.strip()
    if not stripped:
        return text, ""
    start = text.find(stripped[0])
    return text[:start], text[start + len(stripped) :]


def _edge_key(edge: str) -> str:
    # A Chinese indent of U+3000 mirrors an ordinary space in English: same edge.
    return edge.replace("\u3000", " ").replace("\u00a0", " ")


def mirror_edge(edge: str, target_lang: str) -> str:
    """The source's edge whitespace as the target should have it."""
    return edge.replace("\u3000", " ") if target_lang == "en" else edge


def edges_differ(source_edge: str, target_edge: str) -> bool:
    return _edge_key(source_edge) != _edge_key(target_edge)


# --- fix all -------------------------------------------------------------------------------


def to_fullwidth_zh(text: str) -> str:
    """Every punct-width fix for Chinese text: , → ， "…" → “…” ... → …… ＡＢ１ → AB1."""
    return apply_edits(text, zh_width_edits(text))


def to_halfwidth_en(text: str) -> str:
    """Every punct-width fix for English text: ，→ ", " （ → " (" １ → 1 (《》 stay)."""
    return apply_edits(text, en_width_edits(text))


def fix_english_spacing(text: str) -> str:
    """Every punct-spacing fix: "Government,cooperating" → "Government, cooperating"."""
    return apply_edits(text, en_spacing_edits(text))


def fix_cjk_latin_spacing(text: str, mode: str = "require-space", numbers: bool = False) -> str:
    return apply_edits(text, cjk_latin_edits(text, mode, numbers))


def collapse_double_spaces(text: str, lang: str) -> str:
    return apply_edits(text, double_space_edits(text, lang))


def mirror_edge_whitespace(source: str, target: str, target_lang: str) -> str:
    """``target`` with the source's leading and trailing whitespace."""
    if not source.strip() or not target.strip():
        return target
    lead, trail = edge_whitespace(source)
    core = target.strip()
    return mirror_edge(lead, target_lang) + core + mirror_edge(trail, target_lang)
