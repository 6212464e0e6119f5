"""Consistency across the run: one source translated two ways, or two sources given one
translation. These see every unit at once (``run_check``).

Texts are compared after folding case, width, whitespace and trailing full stops, so
“Zhengzhou.” and “Zhengzhou” are the same target. In a group, the rendering most units use
is the reference; each unit that differs gets one finding naming the reference and where
it is used.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from workbench.language import HAN_CLASS
from workbench.qa.model import Finding, Severity, Side, Unit
from workbench.qa.registry import CheckContext, CheckSpec, run_check

_END = " .。!！?？;；:：,，"
_CONTENT = re.compile(rf"[A-Za-z{HAN_CLASS}]")


def _key(text: str) -> str:
    """Case, width and runs of whitespace folded; trailing stops and spaces dropped."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(folded.split()).rstrip(_END)


def _short(text: str, limit: int = 60) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _inconsistent(
    units: Sequence[Unit], ctx: CheckContext, by: Side, other: Side
) -> Iterator[Finding]:
    groups: dict[str, list[Unit]] = defaultdict(list)
    min_chars = ctx.option("min_chars")
    for unit in units:
        key_text, other_text = unit.text(by), unit.text(other)
        if not other_text.strip() or not key_text.strip():
            continue
        key = _key(key_text)
        if len(key) < min_chars or not _CONTENT.search(key):
            continue  # "2025", "—", a single character: not worth a finding
        groups[key].append(unit)
    for members in groups.values():
        if len(members) < 2:
            continue
        keys = [_key(unit.text(other)) for unit in members]
        renderings = Counter(keys)
        if len(renderings) < 2:
            continue
        reference_key = renderings.most_common(1)[0][0]
        reference = members[keys.index(reference_key)]
        for unit, key in zip(members, keys, strict=True):
            if key != reference_key:
                yield from _report(ctx, unit, other, by, reference)


def _report(
    ctx: CheckContext, unit: Unit, side: Side, by: Side, reference: Unit
) -> Iterator[Finding]:
    shown = _short(reference.text(side))
    if side is Side.TARGET:
        en = f"Same source translated differently in unit {reference.key}: “{shown}”"
        zh = f"相同原文在第 {reference.key} 单元译为“{shown}”"
    else:
        en = f"Same translation used for a different source in unit {reference.key}: “{shown}”"
        zh = f"相同译文在第 {reference.key} 单元对应不同原文“{shown}”"
    yield ctx.finding(
        unit,
        side,
        (0, len(unit.text(side))),
        en,
        zh,
        reference_unit=reference.key,
        reference_text=reference.text(side),
    )


@run_check(
    CheckSpec(
        "inconsistent-target",
        "Inconsistent translation",
        "译文不一致",
        "The same source text is translated in different ways.",
        "相同的原文有不同的译文。",
        Severity.WARNING,
        sides=(Side.TARGET,),
        options={"min_chars": 2},
    )
)
def inconsistent_target(units: Sequence[Unit], ctx: CheckContext) -> Iterator[Finding]:
    return _inconsistent(units, ctx, by=Side.SOURCE, other=Side.TARGET)


@run_check(
    CheckSpec(
        "inconsistent-source",
        "Inconsistent source",
        "原文不一致",
        "The same translation is given for different source texts.",
        "不同的原文使用了相同的译文。",
        Severity.INFO,
        sides=(Side.SOURCE,),
        options={"min_chars": 2},
    )
)
def inconsistent_source(units: Sequence[Unit], ctx: CheckContext) -> Iterator[Finding]:
    return _inconsistent(units, ctx, by=Side.TARGET, other=Side.SOURCE)
