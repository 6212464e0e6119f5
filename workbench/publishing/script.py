"""Text transforms for print editions: Hong Kong / Taiwan traditional script, corner
quotes, and punctuation normalisation on the way out.

The builder calls, for every Chinese string it writes::

    text = normalize_punctuation(text, "zh")  # if PublishOptions.normalize_punctuation
    text = converter.convert(text)            # ScriptConverter for the edition

in that order: the punctuation fixes produce “ ” which the converter then turns into 「 」.

Script conversion is OpenCC (``s2hk`` for Hong Kong, ``s2twp`` for Taiwan, with Taiwan
phrases: 软件 → 軟體, 信息 → 資訊). Phrase localisation must not reach names: an
organisation's official name, a brand or a person keeps its wording. So *protected* strings
are masked before OpenCC runs (each occurrence becomes one private-use character, which no
OpenCC dictionary contains) and put back afterwards in their traditional form:

* an explicit replacement (the term base's zh-Hant term of the same concept), or
* a character-level conversion: ``s2t`` then ``t2hk``/``t2tw`` — characters (and the
  one-to-many character choices OpenCC makes from its phrase tables: 头发 → 頭髮) but no
  regional vocabulary, so 中国互联网络信息中心 stays 中國互聯網絡信息中心 in the Taiwan
  edition instead of becoming 中國網際網路資訊中心;
* for personal names (``names=``), the character-level form with the surname kept:
  OpenCC reads 范小雨 as 範小雨 and 于 as 於, but 范 and 于 are surnames of their own.

Qt-free; OpenCC instances are shared with the term matcher (``normalize.converter``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import ahocorasick_rs as ac
import sqlalchemy as sa
from sqlmodel import Session, col

from workbench.language import HAN_CLASS
from workbench.models.termbase import Concept, Term, TermBase
from workbench.publishing.options import Script
from workbench.qa.punctuation import (
    collapse_double_spaces,
    fix_english_spacing,
    to_fullwidth_zh,
    to_halfwidth_en,
)
from workbench.termbase.data import TermStatus, base_language
from workbench.termbase.normalize import converter, normalize_terms

__all__ = [
    "ScriptConverter",
    "character_level",
    "name_form",
    "normalize_punctuation",
    "proper_nouns",
    "protected_from_termbase",
    "to_corner_quotes",
]

# Whole-text OpenCC configs per edition (SIMPLIFIED needs none).
PHRASE_CONFIG = {Script.HK: "s2hk", Script.TW: "s2twp"}
# Second step of the character-level conversion: regional character variants only.
VARIANT_CONFIG = {Script.HK: "t2hk", Script.TW: "t2tw"}

_HAN = re.compile(f"[{HAN_CLASS}]")

# Private use area: OpenCC has no entry for these, so a placeholder passes through as is.
_PUA_FIRST, _PUA_END = 0xE000, 0xF900


def character_level(text: str, script: Script) -> str:
    """Traditional characters without regional vocabulary: ``s2t`` then ``t2hk``/``t2tw``
    (重庆软件园 → 重慶軟件園 in both editions; s2twp would say 重慶軟體園)."""
    if script is Script.SIMPLIFIED or not text:
        return text
    return converter(VARIANT_CONFIG[script]).convert(converter("s2t").convert(text))


# Surnames OpenCC converts as if they were the common word (范 → 範 "model", 于 → 於
# "at", 余 → 餘 "remaining", 后 → 後 "after" ...). Checked against OpenCC 1.4.2 on
# "<surname>小雨"; in traditional script each of these surnames is written as in
# simplified. Surnames OpenCC already gets right (沈 姜 谷 胡 周, 钟 → 鍾, 叶 → 葉) need
# nothing.
KEPT_SURNAMES = frozenset("范于余郁岳游党干朴涂占后征")
# Compound surnames kept whole: 万俟 (Moqi) is not 萬俟.
KEPT_COMPOUND_SURNAMES = ("万俟",)


def name_form(name: str, script: Script) -> str:
    """A personal name in the edition's script: character level, with the surname kept
    where OpenCC would turn it into another word (范小雨 → 范小雨, not 範小雨)."""
    converted = character_level(name, script)
    if len(converted) != len(name):  # never expected (s2t/t2hk/t2tw keep length): leave it
        return converted
    for compound in KEPT_COMPOUND_SURNAMES:
        if name.startswith(compound):
            return compound + converted[len(compound) :]
    if name[:1] in KEPT_SURNAMES:
        return name[0] + converted[1:]
    return converted


# --------------------------------------------------------------------------- corner quotes

_SINGLE_QUOTES = re.compile("[‘’]")


def _is_latin(char: str) -> bool:
    """A letter or digit of an alphabetic script (below the CJK blocks)."""
    return char < "\u2e80" and char.isalnum()


def to_corner_quotes(text: str) -> str:
    """Mainland quotes → Hong Kong / Taiwan corner brackets: “ ” → 「 」, nested ‘ ’ → 『 』
    (OpenCC converts characters only and leaves quotes alone).

    ’ is also the apostrophe of Latin words inside Chinese text (Xi’an, Chongqing’s,
    students’ work), so it becomes 』 only when a ‘ is open and it is not an apostrophe
    (``_is_apostrophe``).
    """
    if "“" in text or "”" in text:  # str.replace: C speed on long texts
        text = text.replace("“", "「").replace("”", "」")
    if "‘" not in text and "’" not in text:
        return text
    chars = list(text)
    depth = 0
    for match in _SINGLE_QUOTES.finditer(text):
        i = match.start()
        if text[i] == "‘":
            chars[i] = "『"
            depth += 1
        elif depth and not _is_apostrophe(text, i):
            chars[i] = "』"
            depth -= 1
    return "".join(chars)


def _is_apostrophe(text: str, i: int) -> bool:
    """’ after a Latin letter with more Latin after it, spaces allowed (Xi’an, students’
    work). A closing quote inside Chinese text is followed by Chinese or punctuation."""
    if i == 0 or not _is_latin(text[i - 1]):
        return False
    after = text[i + 1 : i + 3].lstrip(" ")
    return bool(after) and _is_latin(after[0])


# --------------------------------------------------------------------------- converter


class ScriptConverter:
    """Simplified Chinese → one print edition's script, with protected strings kept.

    ``protected`` is either strings (converted character by character, see
    ``character_level``) or a mapping string → replacement; an empty replacement means
    "character level" too, so ``protected_from_termbase`` can stay script-independent.
    ``names`` are personal names (``proper_nouns``), converted with ``name_form``.
    When a string is both, an explicit replacement wins over a name, a name over "".
    Matching is leftmost-longest and exact (on the simplified text as written).

    SIMPLIFIED leaves the text as it is (corner quotes apart, if asked for).
    """

    def __init__(
        self,
        script: Script | str,
        *,
        protected: Mapping[str, str] | Iterable[str] = (),
        names: Iterable[str] = (),
        corner_quotes: bool = False,
    ) -> None:
        self.script = Script(script)
        self.corner_quotes = corner_quotes
        # "" = not worked out yet (character level); filled in on first use, since a big
        # term base holds many terms no article contains.
        self._replacements: dict[str, str] = {}
        if self.script is Script.SIMPLIFIED:
            self._automaton: ac.AhoCorasick | None = None
            self._keys: list[str] = []
            return
        for name in names:
            if _HAN.search(name):
                self._replacements[name] = name_form(name, self.script)
        items: Iterable[tuple[str, str]]
        if isinstance(protected, Mapping):
            items = protected.items()
        else:
            items = ((term, "") for term in protected)
        for term, replacement in items:
            if not term or not _HAN.search(term):
                continue  # nothing OpenCC would change
            if replacement or term not in self._replacements:
                self._replacements[term] = replacement
        self._keys = list(self._replacements)
        self._automaton = (
            ac.AhoCorasick(self._keys, matchkind=ac.MatchKind.LeftmostLongest)
            if self._keys
            else None
        )

    @property
    def protected(self) -> dict[str, str]:
        """What is protected, each with its replacement as far as worked out ("" = not yet)."""
        return dict(self._replacements)

    def replacement(self, term: str) -> str:
        """The form a protected ``term`` takes in this edition."""
        value = self._replacements.get(term, "")
        if not value:
            value = character_level(term, self.script)
            if term in self._replacements:
                self._replacements[term] = value
        return value

    def convert(self, text: str) -> str:
        if not text:
            return text
        if self.script is not Script.SIMPLIFIED:
            text = self._convert_script(text)
        return to_corner_quotes(text) if self.corner_quotes else text

    __call__ = convert

    def _convert_script(self, text: str) -> str:
        opencc = converter(PHRASE_CONFIG[self.script])
        matches = self._automaton.find_matches_as_indexes(text) if self._automaton else []
        if not matches:
            return opencc.convert(text)
        placeholder = _placeholder(text)
        pieces: list[str] = []
        found: list[str] = []
        position = 0
        for index, start, end in matches:
            pieces.append(text[position:start])
            found.append(self.replacement(self._keys[index]))
            position = end
        pieces.append(text[position:])
        # One OpenCC call for the whole text: a call per gap costs more on short strings.
        parts = opencc.convert(placeholder.join(pieces)).split(placeholder)
        if len(parts) != len(pieces):  # never expected: convert the gaps one by one
            parts = [opencc.convert(piece) for piece in pieces]
        return "".join(_interleave(parts, found))


def _placeholder(text: str) -> str:
    """A private-use character ``text`` does not already hold."""
    for code in range(_PUA_FIRST, _PUA_END):
        char = chr(code)
        if char not in text:
            return char
    raise ValueError("The text uses every private-use character")  # 6,400 distinct ones


def _interleave(parts: list[str], found: list[str]) -> Iterator[str]:
    for part, replacement in zip(parts, found, strict=False):
        yield part
        yield replacement
    yield parts[-1]


# --------------------------------------------------------------------------- term base


def protected_from_termbase(session: Session) -> dict[str, str]:
    """zh-Hans term → its traditional replacement, for every concept of every term base.

    Values are computed lazily: ``""`` means "character level for the edition", which
    ``ScriptConverter`` works out per script (the mapping is the same for HK and TW).
    An explicit value is a zh-Hant term of the same concept:

    * the concept's non-deprecated zh-Hant term with the same wording (its simplified
      form equals the zh-Hans term: 重庆国际传播中心 → 重慶國際傳播中心), else
    * for the concept's first preferred zh-Hans term, its preferred zh-Hant term even when
      worded differently (悉尼 → 雪梨) — the term base's say on the traditional name;
    * other zh-Hans synonyms (abbreviations, deprecated forms) get "": mapping them to
      another wording would rewrite the text, not convert it.

    Single-character terms are skipped (too risky: 台, 发 are parts of countless words),
    and so are terms without Han characters. When term bases disagree, the one consulted
    first (lowest ``priority``) wins, and an explicit value beats "". One query;
    20,000 concepts take a few tenths of a second.
    """
    query = (
        sa.select(col(Term.concept_id), col(Term.lang), col(Term.text), col(Term.status))
        .join(Concept, col(Concept.id) == col(Term.concept_id))
        .join(TermBase, col(TermBase.id) == col(Concept.termbase_id))
        .where(col(Term.lang).in_(("zh-Hans", "zh-Hant")))
        .order_by(col(TermBase.priority), col(TermBase.id), col(Concept.id), col(Term.id))
    )
    rows = session.connection().execute(query).all()
    if not rows:
        return {}
    # Wording compared in simplified script (zh-Hant → t2s), all terms in one OpenCC call.
    texts = [row[2].strip() for row in rows]
    folded = normalize_terms(texts, [row[1] for row in rows])
    mapping: dict[str, str] = {}
    for concept in _by_concept(rows, texts, folded):
        for text, value in concept.items():
            if not mapping.get(text):  # first (highest-priority) explicit value wins
                mapping[text] = value
    return mapping


def _by_concept(rows: list[Any], texts: list[str], folded: list[str]) -> Iterator[dict[str, str]]:
    """Per concept (rows arrive grouped), its protected zh-Hans terms → replacement."""
    start = 0
    for end in range(1, len(rows) + 1):
        if end < len(rows) and rows[end][0] == rows[start][0]:
            continue
        yield _concept_mapping(range(start, end), rows, texts, folded)
        start = end


def _concept_mapping(
    positions: range, rows: list[Any], texts: list[str], folded: list[str]
) -> dict[str, str]:
    hans = [i for i in positions if rows[i][1] == "zh-Hans"]
    if not hans:
        return {}
    hant = [i for i in positions if rows[i][1] == "zh-Hant" and rows[i][3] != TermStatus.DEPRECATED]
    # Preferred before admitted (stable: id order within each).
    hant.sort(key=lambda i: rows[i][3] != TermStatus.PREFERRED)
    by_wording: dict[str, str] = {}
    for i in hant:
        by_wording.setdefault(folded[i], texts[i])
    preferred_hans = next((i for i in hans if rows[i][3] == TermStatus.PREFERRED), None)
    preferred_hant = next((texts[i] for i in hant if rows[i][3] == TermStatus.PREFERRED), "")
    mapping: dict[str, str] = {}
    for i in hans:
        text = texts[i]
        if len(text) < 2 or not _HAN.search(text):
            continue
        value = by_wording.get(folded[i], "")
        if not value and i == preferred_hans:
            value = preferred_hant
        if not mapping.get(text):
            mapping[text] = value
    return mapping


# --------------------------------------------------------------------------- proper nouns

# Roles that open or close a Chinese byline ("文/林小雨", "本刊记者 林小雨", "林小雨 摄").
BYLINE_ROLES = frozenset(
    [
        "文",
        "图",
        "摄",
        "译",
        "编",
        "撰文",
        "作者",
        "摄影",
        "图片",
        "图文",
        "记者",
        "本刊记者",
        "本报记者",
        "特约记者",
        "见习记者",
        "首席记者",
        "通讯员",
        "实习生",
        "编辑",
        "责编",
        "责任编辑",
        "翻译",
        "编译",
        "译者",
        "校对",
        "审校",
        "审核",
        "主编",
        "插画",
        "设计",
        "视频",
        "策划",
        "统筹",
        "监制",
        "出品",
        "报道",
        "整理",
        "供图",
        "来源",
    ]
)
# Roles long enough to strip when glued to a name ("记者林小雨"); one-character ones are
# surnames too (文, 图 are rare, but 文 is real), so those need a separator.
_GLUED_ROLES = sorted((role for role in BYLINE_ROLES if len(role) > 1), key=len, reverse=True)
# A Han run, with the interpunct of transliterated names (阿依古丽·买买提).
_NAME_RUN = re.compile(f"[{HAN_CLASS}]+(?:[·•・．][{HAN_CLASS}]+)*")
_INTERPUNCT = re.compile("[•・．]")


def proper_nouns(texts: Iterable[str]) -> set[str]:
    """Personal names in byline strings, to keep through script conversion.

    Deliberately simple, for bylines only ("林小雨 Lin Xiaoyu", "文/林小雨",
    "本刊记者 林小雨 周明", "图/王大明 文/林小雨", "阿依古丽·买买提"): every Han run
    is a candidate; role words (文, 记者, 摄影 …) are dropped, or stripped when glued to
    a name; what remains counts if it is 2–4 characters long (Chinese names, compound
    surnames included) or a transliterated name with an interpunct. Latin text is
    ignored (the English byline is not converted). Longer runs (an organisation:
    重庆国际传播中心) are left to the term base.
    """
    names: set[str] = set()
    for text in texts:
        for match in _NAME_RUN.finditer(text or ""):
            run = _INTERPUNCT.sub("·", match.group())
            if run in BYLINE_ROLES:
                continue
            for role in _GLUED_ROLES:
                if run.startswith(role) and len(run) - len(role) >= 2:
                    run = run[len(role) :]
                    break
            if "·" in run or 2 <= len(run) <= 4:
                names.add(run)
    return names


# --------------------------------------------------------------------------- punctuation


def normalize_punctuation(text: str, lang: str) -> str:
    """The QA punctuation fixes, applied for print (``PublishOptions.normalize_punctuation``).

    Chinese: half-width → full-width punctuation (``to_fullwidth_zh``: , → ， "…" → “…”
    ... → ……), runs of spaces → one, edges trimmed (indents are the paragraph style's job).
    English: full-width slips → ASCII (``to_halfwidth_en``), a space after , . ; : ? ! and
    none before (``fix_english_spacing``), runs of spaces → one; edges are kept, because an
    English string may be one run of a paragraph and its edge space separates words.
    URLs, e-mail addresses, file names and numbers (3.14, 10:30, 1,000) are never touched:
    the QA scanners skip them. ``lang`` is "zh"/"en" or a tag such as "zh-Hans".
    """
    if not text:
        return text
    base = base_language(str(lang))
    if base == "zh":
        return collapse_double_spaces(to_fullwidth_zh(text), "zh").strip()
    if base == "en":
        return collapse_double_spaces(fix_english_spacing(to_halfwidth_en(text)), "en")
    raise ValueError(f"No punctuation rules for language {lang!r}")
