"""Things that must survive translation untouched: URLs, e-mail addresses, hashtags,
@handles, placeholders ({0}, {name}, %s, %1$s) and inline tags (<g1>…</g1>, <x2/>, the form
the XLIFF and TMX readers give inline codes; HTML tags alike).

Compared as multisets: each token of the source must appear in the target as often, and
the target must not add any. Chinese hashtags (#老外带你看郑州#) are translated, so only Latin
hashtags count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from workbench.qa.model import Finding, Severity, Side, Unit
from workbench.qa.registry import CheckContext, CheckSpec, unit_check

_TOKEN = re.compile(
    r"(?P<url>(?:https?|ftp)://[^\s<>\"“”，。、；）)]+|www\.[^\s<>\"“”，。、；）)]+)"
    r"|(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9_:-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<placeholder>\{\{?[A-Za-z0-9_.]*\}?\}|%(?:\d+\$)?[sdifx@]|\$\{[A-Za-z0-9_]+\})"
    r"|(?P<hashtag>(?<![A-Za-z0-9_&])#[A-Za-z][A-Za-z0-9_]*)"
    r"|(?P<handle>(?<![A-Za-z0-9_.])@[A-Za-z0-9_]{2,})"
)
_TRAILING = ".,;:!?'\"’”)]"  # sentence punctuation after a URL is not part of it
# A bare character class: the regex engine then skips ahead with a fast scan. '%' alone is
# too common ("30%"): it counts only as the start of a placeholder.
_QUICK = re.compile(r"[<{@#$]")
_PERCENT_PLACEHOLDER = re.compile(r"%[\dsdifx@]")
_KIND_ZH = {
    "url": "网址",
    "email": "电子邮箱",
    "tag": "标记",
    "placeholder": "占位符",
    "hashtag": "话题标签",
    "handle": "账号",
}


def _may_hold_tokens(text: str) -> bool:
    return (
        _QUICK.search(text) is not None
        or "://" in text
        or "www." in text
        or ("%" in text and _PERCENT_PLACEHOLDER.search(text) is not None)
    )


# tag-mismatch, length-ratio and number-mismatch all read the same unit's tokens.
@lru_cache(maxsize=64)
def _tokens(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """(kind, token, start, end) for each protected token in the text."""
    if not _may_hold_tokens(text):
        return ()
    found = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "tag"
        token, end = match.group(), match.end()
        if kind in ("url", "email"):
            stripped = token.rstrip(_TRAILING)
            end -= len(token) - len(stripped)
            token = stripped
        found.append((kind, token, match.start(), end))
    return tuple(found)


_KIND_EN = {
    "url": "URL",
    "email": "E-mail address",
    "tag": "Tag",
    "placeholder": "Placeholder",
    "hashtag": "Hashtag",
    "handle": "Handle",
}


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Where URLs, addresses, tags and placeholders sit (other checks skip these)."""
    return [(start, end) for _, _, start, end in _tokens(text)]


def _norm(kind: str, token: str) -> str:
    # Hosts and handles are case-insensitive; paths and placeholders are not.
    return token.casefold() if kind in ("email", "handle", "hashtag") else token


@unit_check(
    CheckSpec(
        "tag-mismatch",
        "Tag or link mismatch",
        "标记或链接不一致",
        "URLs, e-mail addresses, hashtags, @handles, placeholders and inline tags must "
        "appear in the target exactly as in the source.",
        "网址、电子邮箱、话题标签、@账号、占位符和行内标记须在译文中原样保留。",
        Severity.ERROR,
    )
)
def tag_mismatch(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    if not unit.target.strip():
        return
    source = _tokens(unit.source)
    target = _tokens(unit.target)
    if not source and not target:
        return
    source_count = Counter(_norm(k, t) for k, t, _, _ in source)
    target_count = Counter(_norm(k, t) for k, t, _, _ in target)
    missing = source_count - target_count
    extra = target_count - source_count
    for side, tokens, surplus in ((Side.SOURCE, source, missing), (Side.TARGET, target, extra)):
        for kind, token, start, end in tokens:
            key = _norm(kind, token)
            if surplus[key] <= 0:
                continue
            surplus[key] -= 1
            if side is Side.SOURCE:
                en = f"{_KIND_EN[kind]} “{token}” is missing from the target"
                zh = f"{_KIND_ZH[kind]}“{token}”在译文中缺失"
            else:
                en = f"{_KIND_EN[kind]} “{token}” is not in the source"
                zh = f"{_KIND_ZH[kind]}“{token}”在原文中没有"
            yield ctx.finding(unit, side, (start, end), en, zh, kind=kind, token=token)
