"""Whitespace checks: spaces between Chinese and Latin, doubled spaces, edge whitespace.

whitespace-edge follows the CAT convention that a target mirrors its source's leading and
trailing whitespace (segment joins in the exported file depend on it). Kinds of space count
as equal (U+3000 and NBSP match an ordinary space: a Chinese indent becomes an English one),
but the amount does not. What users get:

* target has edge whitespace the source lacks, or a different amount → a finding on the
  **target** edge, fixed by making that edge equal to the source's (usually: delete it);
* source has edge whitespace the target lacks → a finding on the **source** edge with no
  fix: either the source carries a stray space (the editor removes it there) or the
  translator dropped it, and the tool cannot tell which; the message says both.

Units with an empty side are skipped: there is nothing to mirror (untranslated reports it).
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.qa.model import Finding, Fix, Severity, Side, Unit
from workbench.qa.punctuation import (
    cjk_latin_edits,
    double_space_edits,
    edge_whitespace,
    edges_differ,
    mirror_edge,
)
from workbench.qa.registry import BOTH, CheckContext, CheckSpec, unit_check


@unit_check(
    CheckSpec(
        "cjk-latin-spacing",
        "Space between Chinese and Latin",
        "中英文间空格",
        "Chinese text where a Han character touches a Latin word with no space (web and "
        "WeChat house style). With mode “forbid-space” it flags such spaces instead (print, "
        "where Word sets the gap). Bare numbers (2025年, 15%) count only with “numbers”.",
        "中文里汉字与英文单词直接相连、中间没有空格（网页、微信排版规范）。模式设为"
        "“forbid-space”时反过来，标出汉字与英文之间的空格（印刷版由 Word 自动留距）。纯数字"
        "（2025年、15%）仅在开启“numbers”时检查。",
        Severity.INFO,
        sides=BOTH,
        options={"mode": "require-space", "numbers": False},
    )
)
def cjk_latin_spacing(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    mode = ctx.option("mode") or "require-space"
    numbers = bool(ctx.option("numbers"))
    for side in BOTH:
        if unit.lang(side) != "zh":
            continue
        for edit in cjk_latin_edits(unit.text(side), mode, numbers):
            if edit.kind == "space":
                yield ctx.finding(
                    unit,
                    side,
                    edit.span,
                    "Space between Chinese and Latin text (print style sets no space)",
                    "汉字与英文或数字之间有空格（印刷版不加空格）",
                    fix=Fix(side, edit.start, edit.end, "", "Remove the space", "删除空格"),
                )
            else:
                word = edit.replacement.strip()
                yield ctx.finding(
                    unit,
                    side,
                    edit.span,
                    f"No space between Chinese and “{word}”",
                    f"汉字与“{word}”之间缺少空格",
                    fix=Fix(side, edit.start, edit.end, edit.replacement, "Add spaces", "添加空格"),
                )


@unit_check(
    CheckSpec(
        "double-space",
        "Double space",
        "连续空格",
        "Two or more spaces in a row inside the text (leading and trailing whitespace is "
        "whitespace-edge's). In Chinese, runs of ideographic spaces U+3000 are layout and stay.",
        "文中连续两个或以上空格（首尾空白归“首尾空白”检查）。中文里连续的全角空格视为排版，不报。",
        Severity.WARNING,
        sides=BOTH,
    )
)
def double_space(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    for side in BOTH:
        lang = unit.lang(side)
        for edit in double_space_edits(unit.text(side), lang):
            yield ctx.finding(
                unit,
                side,
                edit.span,
                f"{edit.end - edit.start} spaces in a row",
                f"连续 {edit.end - edit.start} 个空格",
                fix=Fix(
                    side, edit.start, edit.end, edit.replacement or " ", "One space", "保留一个空格"
                ),
            )


_EDGE_NAMES = {"leading": ("Leading", "开头"), "trailing": ("Trailing", "末尾")}


@unit_check(
    CheckSpec(
        "whitespace-edge",
        "Leading or trailing whitespace",
        "首尾空白",
        "Leading or trailing whitespace (spaces, tabs, U+3000, NBSP) that one side has and "
        "the other lacks. The target should mirror the source; the fix sets the target's edge "
        "to the source's.",
        "一侧开头或末尾有空白（空格、制表符、全角空格、不换行空格）而另一侧没有。译文应与原文"
        "一致；修正会把译文首尾空白改成与原文相同。",
        Severity.WARNING,
        sides=BOTH,
    )
)
def whitespace_edge(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    source, target = unit.source, unit.target
    # Cheap exit: no side starts or ends with whitespace (the common case).
    if not (
        source[:1].isspace()
        or source[-1:].isspace()
        or target[:1].isspace()
        or target[-1:].isspace()
    ):
        return
    if not source.strip() or not target.strip():
        return
    source_edges = edge_whitespace(source)
    target_edges = edge_whitespace(target)
    for index, where in enumerate(("leading", "trailing")):
        src, tgt = source_edges[index], target_edges[index]
        if not edges_differ(src, tgt):
            continue
        name_en, name_zh = _EDGE_NAMES[where]
        if tgt:
            start = 0 if index == 0 else len(target) - len(tgt)
            wanted = mirror_edge(src, unit.target_lang)
            label_en = "Remove it" if not wanted else "Match the source"
            label_zh = "删除" if not wanted else "与原文一致"
            detail_en = "the source has none" if not src else "it differs from the source's"
            detail_zh = "原文没有" if not src else "与原文不同"
            yield ctx.finding(
                unit,
                Side.TARGET,
                (start, start + len(tgt)),
                f"{name_en} whitespace in the target: {detail_en}",
                f"译文{name_zh}有空白，{detail_zh}",
                fix=Fix(Side.TARGET, start, start + len(tgt), wanted, label_en, label_zh),
            )
        else:
            start = 0 if index == 0 else len(source) - len(src)
            yield ctx.finding(
                unit,
                Side.SOURCE,
                (start, start + len(src)),
                f"{name_en} whitespace in the source but not in the target: remove it from "
                "the source or add it to the target",
                f"原文{name_zh}有空白而译文没有：删除原文的空白，或在译文中补上",
            )
