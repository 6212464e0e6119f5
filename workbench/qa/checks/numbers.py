"""The number check: every number on one side has a counterpart of the same value on the
other (500万 ↔ "5 million", 第十三届 ↔ "13th", 5月31日 ↔ "May 31").

Numbers are never fixed automatically: which side is wrong is for a person to decide.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from workbench.qa.checks.tags import protected_spans
from workbench.qa.model import Finding, Severity, Side, Unit
from workbench.qa.numbers import NumberMention, extract_numbers, format_value, pair_numbers
from workbench.qa.registry import CheckContext, CheckSpec, unit_check

_MAX_LISTED = 8  # numbers of the other side named in a message


def _masked(text: str) -> str:
    """Digits inside URLs, tags and placeholders (<g1>, %1$s) are not numbers of the text;
    ``tag-mismatch`` checks those. Blanked with spaces so offsets stay valid."""
    for start, end in protected_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _label(mention: NumberMention) -> str:
    """The number as written, with its value when that reads differently (500万 (5000000))."""
    value = format_value(mention.value)
    if mention.text.replace(",", "").strip() == value:
        return value
    return f"{mention.text} ({value})"


def _listing(mentions: Sequence[NumberMention], sep: str) -> str:
    labels = [_label(m) for m in mentions[:_MAX_LISTED]]
    if len(mentions) > _MAX_LISTED:
        labels.append("…")
    return sep.join(labels)


def _message(mention: NumberMention, side: Side, other: Sequence[NumberMention]) -> tuple[str, str]:
    label = _label(mention)
    if side is Side.SOURCE:
        where_en, where_zh = "target", "译文"
    else:
        where_en, where_zh = "source", "原文"
    if other:
        tail_en = f"({where_en} has: {_listing(other, ', ')})"
        tail_zh = f"（{where_zh}中的数字：{_listing(other, '、')}）"
    else:
        tail_en = f"({where_en} has no numbers)"
        tail_zh = f"（{where_zh}中没有数字）"
    return (
        f"Number {label} has no counterpart in the {where_en} {tail_en}",
        f"数字 {label} 在{where_zh}中没有对应{tail_zh}",
    )


@unit_check(
    CheckSpec(
        "number-mismatch",
        "Number mismatch",
        "数字不一致",
        "A number on one side has no number of the same value on the other side. Numbers are "
        "compared by value: 500万 matches “5 million”, 第十三届 “13th”, 百分之三十 “30 percent”, "
        "5月31日 “May 31”. Option tolerance: relative difference allowed for rounding.",
        "一侧的数字在另一侧找不到数值相同的数字。按数值比较：500万对应“5 million”，"
        "第十三届对应“13th”，百分之三十对应“30 percent”，5月31日对应“May 31”。"
        "选项 tolerance：允许的相对误差（四舍五入）。",
        Severity.ERROR,
        options={"tolerance": 0.0},
    )
)
def number_mismatch(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    if not unit.source.strip() or not unit.target.strip():
        return  # an empty side is the untranslated check's business
    if unit.source == unit.target:
        return  # a copied source has the same numbers; same-as-source reports the copy
    source = extract_numbers(_masked(unit.source), unit.source_lang)
    target = extract_numbers(_masked(unit.target), unit.target_lang)
    if not source and not target:
        return
    tolerance = float(ctx.option("tolerance") or 0.0)
    missing_source, missing_target = pair_numbers(source, target, tolerance)
    for side, missing, other in (
        (Side.SOURCE, missing_source, target),
        (Side.TARGET, missing_target, source),
    ):
        for mention in missing:
            message_en, message_zh = _message(mention, side, other)
            yield ctx.finding(
                unit,
                side,
                (mention.start, mention.end),
                message_en,
                message_zh,
                value=format_value(mention.value),
                kind=mention.kind,
                other=[format_value(m.value) for m in other],
            )
