"""Checks on the text as a whole: untranslated, copied source, repeated words, missing
apostrophes, implausible length."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.language import HAN_CLASS
from workbench.qa.checks.tags import protected_spans
from workbench.qa.model import Finding, Fix, Severity, Side, Unit
from workbench.qa.registry import CheckContext, CheckSpec, unit_check

_LETTERS = re.compile(rf"[A-Za-z{HAN_CLASS}]")


@unit_check(
    CheckSpec(
        "untranslated",
        "Untranslated",
        "未翻译",
        "The source has text but the target is empty.",
        "原文有内容，译文为空。",
        Severity.ERROR,
        sides=(Side.TARGET,),
    )
)
def untranslated(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    if unit.source.strip() and not unit.target.strip():
        yield ctx.finding(unit, Side.TARGET, (0, len(unit.target)), "Target is empty", "译文为空")


# --- same-as-source ----------------------------------------------------------------------

_HAN = re.compile(rf"[{HAN_CLASS}]")
_WORD = re.compile(r"[A-Za-z]{2,}")
_SPACES = re.compile(r"\s+")


def _carries_language(text: str, lang: str) -> bool:
    """Whether the text holds words of ``lang`` at all (a URL or "2025" may stay as is)."""
    if lang == "zh":
        return _HAN.search(text) is not None
    return len(_WORD.findall(text)) >= 2  # one Latin word is often a name kept in Chinese


@unit_check(
    CheckSpec(
        "same-as-source",
        "Target same as source",
        "译文与原文相同",
        "The target is a copy of the source although the source is in another language.",
        "译文照抄原文，而原文是另一种语言。",
        Severity.ERROR,
        sides=(Side.TARGET,),
    )
)
def same_as_source(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    target = unit.target.strip()
    if not target or unit.source_lang == unit.target_lang:
        return
    source = unit.source.strip()
    if target[:1] != source[:1] or _SPACES.sub(" ", target) != _SPACES.sub(" ", source):
        return
    if _carries_language(unit.source, unit.source_lang):
        yield ctx.finding(
            unit,
            Side.TARGET,
            (0, len(unit.target)),
            "Target is a copy of the source",
            "译文照抄了原文",
        )


# --- repeated-word -----------------------------------------------------------------------

# One pass finds a word, a number or a dotted name followed by itself: "the the", "events,
# events," and "year. year." (a stop or comma between), "63,616 63,616" (numbers: space
# only, "1, 1 and 2" is a list), "Huanqiu.com, Huanqiu.com". Possessive quantifiers: no
# backtracking inside a token (this runs at every English word).
_REPEATED = re.compile(
    r"(?<!\w)(?!(?<=[.,])\d)"  # a token's start; not the digits after "1," or "1."
    r"(?:(?P<word>[A-Za-z]++)|(?P<number>\d++(?:[.,]\d++)*+)"
    r"|(?P<name>[A-Za-z][\w-]*+(?:\.[\w-]++)++))"
    r"(?P<gap>[,.;:]?\s++)(?i:(?P=word)|(?P=number)|(?P=name))"
    r"(?!\w|[.,:/–-]\d)"  # the copy ends there: not "12 12-13", "1 1.5"
)
# Doubled on purpose in good English ("had had", "that that", "well, well").
_DOUBLES_OK = frozenset(
    "had that is bye ha no very so bang knock well now yes come go oh ah hear there".split()  # noqa: SIM905
)


@unit_check(
    CheckSpec(
        "repeated-word",
        "Repeated word",
        "重复词",
        "The same English word twice in a row (“the the”), or the same number or dotted name "
        "(“139 139”, “Huanqiu.com, Huanqiu.com”); the fix removes the second.",
        "英文中同一个词连续出现两次（如 “the the”），或同一数字、带点的名称重复（如 "
        "“139 139”、“Huanqiu.com, Huanqiu.com”）；修复时删去重复的部分。",
        Severity.WARNING,
    )
)
def repeated_word(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    for side in (Side.SOURCE, Side.TARGET):
        if unit.lang(side) != "en":
            continue
        text = unit.text(side)
        for match in _REPEATED.finditer(text):
            word, gap = match["word"] or match["number"] or match["name"], match["gap"]
            if match["number"] and not gap.isspace():
                continue  # "scored 1, 1 and 2"
            if match["name"] and gap[0] not in ", \t\n":
                continue
            if word.casefold() in _DOUBLES_OK:
                continue
            second = match.start() + len(word)  # drop the gap and the second copy
            yield ctx.finding(
                unit,
                side,
                (match.start(), match.end()),
                f"Repeated word “{word}”",
                f"重复词“{word}”",
                fix=Fix(side, second, match.end(), "", "Remove the repetition", "删去重复"),
            )


# --- missing-apostrophe ------------------------------------------------------------------


def _builtin_names() -> frozenset[str]:
    from workbench.resources import resource_path

    lines = resource_path("qa/names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _names(ctx: CheckContext) -> frozenset[str]:
    """Built-in place names plus the term base's one-word English names (capitalised)."""

    def build() -> frozenset[str]:
        names = set(_builtin_names())
        matcher = ctx.resources.matcher
        if matcher is not None:
            for term in matcher.terms_in("en"):
                if " " not in term and term[:1].isupper() and term.isalpha():
                    names.add(term)
        # "Xs" where X ends in s is its own word (Jesus, Texas): leave those alone.
        return frozenset(name for name in names if not name.endswith("s"))

    return ctx.resources.shared("qa.names", build)


# Starts with a capital, so the regex engine skips fast to capitals; the lookbehind is the
# word start (a capital inside "McDonalds" does not begin a name).
_NAME_S = re.compile(r"([A-Z](?<!\w[A-Z])[A-Za-z'’]*)s\b")


@unit_check(
    CheckSpec(
        "missing-apostrophe",
        "Missing apostrophe",
        "缺少撇号",
        "A known name followed by “s” where a possessive is meant (Chongqings → Chongqing’s).",
        "已知名称后直接接 “s”，应为所有格（Chongqings → Chongqing’s）。",
        Severity.WARNING,
        uses_termbase=True,
    )
)
def missing_apostrophe(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    for side in (Side.SOURCE, Side.TARGET):
        if unit.lang(side) != "en":
            continue
        text = unit.text(side)
        names = _names(ctx)
        for match in _NAME_S.finditer(text):
            name = match.group(1)
            if name not in names:
                continue
            apostrophe = "’" if "’" in text else "'"
            at = match.end(1)
            yield ctx.finding(
                unit,
                side,
                (match.start(), match.end()),
                f"“{name}s” should probably be “{name}{apostrophe}s”",
                f"“{name}s”应为所有格“{name}{apostrophe}s”",
                fix=Fix(side, at, at, apostrophe, f"Write “{name}{apostrophe}s”", "补上撇号"),
            )


# --- length-ratio ------------------------------------------------------------------------


def _without_protected(text: str) -> str:
    spans = protected_spans(text)
    if not spans:
        return text
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    return text.strip()


@unit_check(
    CheckSpec(
        "length-ratio",
        "Implausible length",
        "译文长度异常",
        "The target is much shorter or longer than the source usually gives for this "
        "language pair (a truncated or run-on translation).",
        "译文长度与原文相比明显过短或过长（可能截断或多出内容）。",
        Severity.WARNING,
        sides=(Side.TARGET,),
        # English characters per Chinese character: about 3.7 in our users' texts.
        options={"en_per_zh_min": 1.2, "en_per_zh_max": 8.0, "min_source_chars": 12},
    )
)
def length_ratio(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    source, target = unit.source.strip(), unit.target.strip()
    if not target or unit.source_lang == unit.target_lang:
        return
    if target == source:
        return  # a copy: ``same-as-source`` says so
    # Links and inline tags are copied, not translated: they would skew the ratio.
    source, target = _without_protected(source), _without_protected(target)
    zh, en = (source, target) if unit.source_lang == "zh" else (target, source)
    minimum = ctx.option("min_source_chars")
    if len(source) < (minimum if unit.source_lang == "zh" else minimum * 3):
        return
    ratio = len(en) / max(len(zh), 1)
    low, high = ctx.option("en_per_zh_min"), ctx.option("en_per_zh_max")
    if low <= ratio <= high:
        return
    too_short = (ratio < low) == (unit.source_lang == "zh")
    if too_short:
        en_msg, zh_msg = "Target looks too short (truncated?)", "译文似乎过短（是否截断？）"
    else:
        en_msg, zh_msg = "Target looks too long for the source", "译文相对原文似乎过长"
    yield ctx.finding(
        unit,
        Side.TARGET,
        (0, len(unit.target)),
        f"{en_msg}: {len(target)} characters for {len(source)}",
        f"{zh_msg}：原文 {len(source)} 字符，译文 {len(target)} 字符",
        ratio=round(ratio, 2),
    )
