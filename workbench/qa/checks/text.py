"""Checks on the text as a whole: untranslated, copied source, repeated words, missing
apostrophes, implausible length."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.language import HAN_CLASS
from workbench.qa.model import Finding, Severity, Side, Unit
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
