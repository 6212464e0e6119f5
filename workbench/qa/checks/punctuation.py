"""Punctuation checks: width (GB/T 15834 in Chinese, ASCII in English), English spacing
around punctuation, and unpaired brackets and quotes.

The rules themselves live in ``workbench.qa.punctuation`` (pure functions shared with the
"fix all" commands); this module only turns their edits into findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from workbench.qa.model import Finding, Fix, Severity, Side, Unit
from workbench.qa.punctuation import (
    Edit,
    en_spacing_edits,
    en_width_edits,
    is_zh_context,
    zh_width_edits,
)
from workbench.qa.registry import BOTH, CheckContext, CheckSpec, unit_check


def _shown(text: str) -> str:
    return text.replace(" ", "␣")


def _fix(side: Side, edit: Edit, label_en: str, label_zh: str) -> Fix | None:
    if edit.replacement is None:
        return None
    return Fix(side, edit.start, edit.end, edit.replacement, label_en, label_zh)


@lru_cache(maxsize=512)
def _width_texts(kind: str, old: str, replacement: str | None, lang: str) -> tuple[str, ...]:
    """Messages and fix labels (en, zh, label en, label zh); a text with half-width commas
    throughout has dozens of identical findings, so they are made once."""
    shown = _shown(replacement or "")
    return (
        *_width_messages(kind, old, replacement, lang),
        f"Replace with “{shown}”",
        f"改为“{shown}”",
    )


def _width_messages(kind: str, old: str, replacement: str | None, lang: str) -> tuple[str, str]:
    new = (replacement or "").strip() or replacement or ""
    if kind == "fullwidth-alnum":
        return (
            f"Full-width “{old}”: letters and digits are half-width (“{new}”)",
            f"全角字符“{old}”：字母和数字应为半角“{new}”",
        )
    if kind == "ellipsis":
        return ("The Chinese ellipsis is “……”", "中文省略号应为“……”")
    if kind == "title-marks":
        return (
            f"Chinese title mark “{old}” in English: italicise the title or quote it",
            f"英文中不用书名号“{old}”，请改用斜体或引号",
        )
    if lang == "zh":
        return (
            f"Half-width “{old}” in Chinese text: use “{new}”",
            f"中文中使用了半角“{old}”，应为全角“{new}”",
        )
    return (
        f"Full-width “{old}” in English text: use “{new}”",
        f"英文中使用了全角“{old}”，应为半角“{new}”",
    )


@unit_check(
    CheckSpec(
        "punct-width",
        "Punctuation width",
        "标点全半角",
        "Half-width punctuation in Chinese text (GB/T 15834), full-width punctuation in "
        "English text, and full-width letters or digits in either (GB/T 15835). Numbers, "
        "URLs, e-mail addresses, file names and Latin phrases inside Chinese are left alone.",
        "中文中的半角标点（依 GB/T 15834）、英文中的全角标点，以及全角字母和数字（依 GB/T "
        "15835）。数字、网址、电子邮箱、文件名及中文里的英文短语不受影响。",
        Severity.WARNING,
        sides=BOTH,
    )
)
def punct_width(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    for side in BOTH:
        text = unit.text(side)
        lang = unit.lang(side)
        if lang == "zh":
            edits = zh_width_edits(text)
        elif lang == "en":
            edits = en_width_edits(text)
        else:
            continue
        for edit in edits:
            old = text[edit.start : edit.end]
            message_en, message_zh, label_en, label_zh = _width_texts(
                edit.kind, old, edit.replacement, lang
            )
            fix = _fix(side, edit, label_en, label_zh)
            yield ctx.finding(unit, side, edit.span, message_en, message_zh, fix=fix)


@unit_check(
    CheckSpec(
        "punct-spacing",
        "Spacing around punctuation",
        "标点前后空格",
        "English text with no space after , . ; : ? ! before a word (“Government,cooperating”)"
        " or a space before them (“word ,”). Numbers, URLs, domains, e-mail addresses, "
        "abbreviations (e.g., U.S.) and ellipses are left alone.",
        "英文中 , . ; : ? ! 后缺空格（如“Government,cooperating”）或其前多了空格（如“word ,”）。"
        "数字、网址、域名、电子邮箱、缩写（e.g.、U.S.）和省略号不受影响。",
        Severity.WARNING,
        sides=BOTH,
    )
)
def punct_spacing(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    for side in BOTH:
        if unit.lang(side) != "en":
            continue
        text = unit.text(side)
        for edit in en_spacing_edits(text):
            if edit.kind == "space-before":
                mark = text[edit.end : edit.end + 1]
                yield ctx.finding(
                    unit,
                    side,
                    edit.span,
                    f"Space before “{mark}”",
                    f"“{mark}”前不应有空格",
                    fix=_fix(side, edit, "Remove the space", "删除空格"),
                )
            else:
                mark = text[edit.start]
                yield ctx.finding(
                    unit,
                    side,
                    edit.span,
                    f"No space after “{mark}”",
                    f"“{mark}”后缺少空格",
                    fix=_fix(side, edit, "Add a space", "添加空格"),
                )


# --- unpaired brackets and quotes (report only, so the rules live here) --------------------

_OPENERS = dict(zip("“‘《「『([【（〈", "”’》」』)]】）〉", strict=True))
_CLOSERS = {closer: opener for opener, closer in _OPENERS.items()}
_BRACKET_CANDIDATES = re.compile(r"[“”‘’《》「」『』()\[\]【】（）〈〉\"]")
_COUNTED = re.compile(r"[“”‘《》「」『』()\[\]【】（）〈〉]")  # ’ alone is usually an apostrophe


def _is_letter(char: str) -> bool:
    return char.isalpha()


def _list_marker(text: str, i: int) -> bool:
    """ "1)" / "a)" / ":)" — a closer with no opener that is not a bracket error."""
    j = i - 1
    while j >= 0 and i - j <= 2 and text[j].isalnum():
        j -= 1
    if j == i - 1:
        return j >= 0 and text[j] in ":;"
    return j < 0 or text[j].isspace() or is_zh_context(text[j])


def unpaired_edits(text: str) -> list[Edit]:
    """Unmatched openers and closers (kind ``opener``/``closer``); no fixes."""
    quotes = text.count('"')
    if quotes % 2 == 0 and not _COUNTED.search(text):
        return []
    n = len(text)
    stack: list[int] = []
    bad: list[Edit] = []
    straight: list[int] = []
    for match in _BRACKET_CANDIDATES.finditer(text):
        i = match.start()
        char = text[i]
        if char == '"':
            straight.append(i)
            continue
        if char in "‘’":
            prev = text[i - 1] if i else ""
            nxt = text[i + 1] if i + 1 < n else ""
            if _is_letter(prev) and _is_letter(nxt):
                continue  # Chongqing’s / Xi’an: an apostrophe
            if char == "’" and not any(text[k] == "‘" for k in stack):
                continue  # students’ / ’90s: an apostrophe with no quote open
            if char == "‘" and nxt.isdigit() and not _is_letter(prev):
                continue  # ‘90s: an elision typed with the wrong mark
        if char in _OPENERS:
            stack.append(i)
            continue
        opener = _CLOSERS[char]
        depth = next((d for d in range(len(stack) - 1, -1, -1) if text[stack[d]] == opener), -1)
        if depth < 0:
            if char in ")）" and _list_marker(text, i):
                continue
            bad.append(Edit(i, i + 1, None, "closer"))
            continue
        bad.extend(Edit(k, k + 1, None, "opener") for k in stack[depth + 1 :])
        del stack[depth:]
    bad.extend(Edit(k, k + 1, None, "opener") for k in stack)
    if len(straight) % 2:
        bad.append(_odd_straight_quote(text, straight))
    bad.sort()
    return bad


def _odd_straight_quote(text: str, positions: list[int]) -> Edit:
    """Find the straight quote left over when their number is odd: walk them expecting an
    opener, then a closer; the first one facing the wrong way is it, else the last one."""
    n = len(text)
    expect_open = True
    last_open = positions[0]
    for i in positions:
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        opens = (before.isspace() or before in "([{—-") and not after.isspace()
        closes = not before.isspace() and (after.isspace() or after in ",.;:?!)]}")
        if expect_open and closes and not opens:
            return Edit(i, i + 1, None, "closer")
        if not expect_open and opens and not closes:
            return Edit(last_open, last_open + 1, None, "opener")
        if expect_open:
            last_open = i
        expect_open = not expect_open
    return Edit(last_open, last_open + 1, None, "opener")


@unit_check(
    CheckSpec(
        "unpaired-brackets",
        "Unpaired brackets or quotes",
        "括号引号不成对",
        "An opening bracket or quote with no closing one, or the reverse: “” ‘’ 《》 「」 "
        "『』 () [] 【】 （） 〈〉, and an odd number of straight double quotes. Apostrophes "
        "(Chongqing’s, Xi’an) are not quotes.",
        "括号或引号只有前半或后半：“” ‘’ 《》 「」 『』 () [] 【】 （） 〈〉，以及直双引号个数为"
        "奇数。撇号（如 Chongqing’s、Xi’an）不算引号。",
        Severity.ERROR,
        sides=BOTH,
    )
)
def unpaired_brackets(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    for side in BOTH:
        text = unit.text(side)
        for edit in unpaired_edits(text):
            mark = text[edit.start]
            if edit.kind == "opener":
                message_en, message_zh = f"“{mark}” is never closed", f"“{mark}”没有对应的后半"
            else:
                message_en, message_zh = f"“{mark}” closes nothing", f"“{mark}”没有对应的前半"
            yield ctx.finding(unit, side, edit.span, message_en, message_zh)
