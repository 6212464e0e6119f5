"""Terminology: a source term whose approved rendering is missing from the target, and
deprecated (forbidden) terms on either side.

Both read the term matcher's hits, which already fold traditional script, width and case
and accept English plurals ("sister cities" for "sister city"). Only the hits the editor
highlights (leftmost-longest) count: 国际传播 inside 国际传播中心 is the longer term's
business, and a shorter term would otherwise demand a rendering the longer one replaced.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.qa.model import Finding, Fix, Severity, Side, Unit
from workbench.qa.registry import CheckContext, CheckSpec, unit_check


def _quoted(items: list[str], limit: int = 3) -> str:
    return " / ".join(f"“{item}”" for item in items[:limit])


@unit_check(
    CheckSpec(
        "term-missing",
        "Term not translated as in the term base",
        "术语译法与术语库不符",
        "A source term is found, but none of its approved target terms (preferred or "
        "admitted, in any inflection) is in the target.",
        "原文中出现术语库术语，但译文中没有它的规范译法（首选或许可译名，含词形变化）。",
        Severity.WARNING,
        sides=(Side.SOURCE,),
        options={"skip_empty_target": True},
        uses_termbase=True,
    )
)
def term_missing(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    if ctx.resources.matcher is None or not unit.source.strip():
        return
    if ctx.option("skip_empty_target") and not unit.target.strip():
        return  # ``untranslated`` says it once; one finding per missing term would be noise
    source_hits = [
        hit
        for hit in ctx.resources.term_hits(unit, Side.SOURCE)
        if not hit.overlapped and not hit.forbidden
    ]
    if not source_hits:
        return
    present = {
        hit.concept_id if hit.concept_id is not None else id(hit.concept)
        for hit in ctx.resources.term_hits(unit, Side.TARGET)
        if not hit.forbidden
    }
    reported: set[object] = set()
    for hit in source_hits:
        key = hit.concept_id if hit.concept_id is not None else id(hit.concept)
        if key in present or key in reported:
            continue
        expected = hit.targets(unit.target_lang)
        if not expected:
            continue  # the concept has no rendering in the target language: nothing to demand
        reported.add(key)
        yield ctx.finding(
            unit,
            Side.SOURCE,
            (hit.start, hit.end),
            f"“{hit.text}” should be translated as {_quoted(expected)}",
            f"“{hit.text}”应译为 {_quoted(expected)}",
            term=hit.term.text,
            expected=expected,
            concept_id=hit.concept_id,
        )


def _match_case(replacement: str, found: str) -> str:
    """Keep a sentence-initial capital: “Chinese-style …” → “Chinese …”, “the …” stays."""
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@unit_check(
    CheckSpec(
        "term-forbidden",
        "Forbidden term",
        "禁用术语",
        "A term the term base marks as deprecated is used; the fix puts the preferred term.",
        "使用了术语库标为禁用的译法；修复时换成首选术语。",
        Severity.ERROR,
        uses_termbase=True,
    )
)
def term_forbidden(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    if ctx.resources.matcher is None:
        return
    for side in (Side.SOURCE, Side.TARGET):
        for hit in ctx.resources.term_hits(unit, side):
            if not hit.forbidden or hit.overlapped:
                continue
            replacements = hit.replacements()
            fix = None
            if replacements:
                replacement = _match_case(replacements[0], hit.text)
                term = hit.term.text
                if hit.variant and hit.text.casefold().startswith(term.casefold()):
                    replacement += hit.text[len(term) :]  # keep the plural ending
                fix = Fix(
                    side,
                    hit.start,
                    hit.end,
                    replacement,
                    f"Replace with “{replacement}”",
                    f"替换为“{replacement}”",
                )
            instead_en = f"; use {_quoted(replacements)}" if replacements else ""
            instead_zh = f"，应使用 {_quoted(replacements)}" if replacements else ""
            yield ctx.finding(
                unit,
                side,
                (hit.start, hit.end),
                f"“{hit.text}” is a forbidden term{instead_en}",
                f"“{hit.text}”是禁用术语{instead_zh}",
                fix=fix,
                term=hit.term.text,
                replacements=replacements,
                concept_id=hit.concept_id,
            )
