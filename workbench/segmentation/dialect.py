"""Translate SRX regular expressions into Python ``re`` syntax.

SRX files are written for Java/ICU regexes. Python's ``re`` shares the common core (classes,
groups, lookaround, lazy/possessive quantifiers, atomic groups), so most rules compile as they
are. What ``re`` lacks and SRX files commonly use is handled here:

* ``\\p{…}`` / ``\\P{…}`` property classes: ``Han`` (also ``IsHan``, ``Hani``,
  ``InCJKUnifiedIdeographs``) uses the application's Han ranges
  (``workbench.language.HAN_CLASS``); one- or two-letter general categories (``L``, ``Lu``,
  ``Ll``, ``N``, ``Nd``, ``P``, ``Zs``…) are built from ``unicodedata`` for the Basic
  Multilingual Plane (supplementary-plane letters are out of scope for zh/en rules).
* A leading global flag group such as ``(?i)`` becomes a scoped one, because rules are
  embedded in larger patterns and Python 3.11 rejects global flags that are not at the start.

Anything else Python cannot compile is reported by the caller with the rule's location.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from workbench.language import HAN_CLASS

_HAN_NAMES = frozenset({"han", "ishan", "hani", "script=han", "sc=han", "incjkunifiedideographs"})
_CATEGORY_NAME = re.compile(r"[LMNPSZC][a-z]?")  # Lu, Ll, L, Nd, Zs…
_PROPERTY = re.compile(r"\\([pP])\{([^}]*)\}")
_LEADING_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")


class DialectError(ValueError):
    """A construct in an SRX regex that cannot be expressed for Python ``re``."""


def _escape_code_point(code: int) -> str:
    return f"\\u{code:04x}"


@cache
def category_class(name: str) -> str:
    """Class body (no brackets) for a Unicode general category over the BMP."""
    parts: list[str] = []
    start = previous = -2
    for code in range(0x10000):
        if not unicodedata.category(chr(code)).startswith(name):
            continue
        if code != previous + 1:
            if start >= 0:
                parts.append(_range(start, previous))
            start = code
        previous = code
    if start >= 0:
        parts.append(_range(start, previous))
    return "".join(parts)


def _range(start: int, end: int) -> str:
    if start == end:
        return _escape_code_point(start)
    return f"{_escape_code_point(start)}-{_escape_code_point(end)}"


def _property_body(name: str) -> str:
    key = name.strip()
    if key.lower() in _HAN_NAMES:
        return HAN_CLASS
    if key.startswith("Is") and _CATEGORY_NAME.fullmatch(key[2:]):  # Java's \p{IsLu}
        key = key[2:]
    if _CATEGORY_NAME.fullmatch(key) and (body := category_class(key)):
        return body
    raise DialectError(f"unsupported property class \\p{{{name}}}")


def _class_spans(pattern: str) -> list[tuple[int, int]]:
    """Start/end offsets of the ``[...]`` character classes in ``pattern``."""
    spans: list[tuple[int, int]] = []
    index, length = 0, len(pattern)
    while index < length:
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            start = index
            index += 1
            if index < length and pattern[index] == "^":
                index += 1
            if index < length and pattern[index] == "]":  # a leading ] is literal
                index += 1
            while index < length and pattern[index] != "]":
                index += 2 if pattern[index] == "\\" else 1
            spans.append((start, index + 1))
        index += 1
    return spans


def translate(pattern: str) -> str:
    """Return ``pattern`` rewritten for Python ``re`` (see the module docstring)."""
    flags = _LEADING_FLAGS.match(pattern)
    if flags:
        pattern = f"(?{flags.group(1)}:{pattern[flags.end() :]})"
    if "\\p{" not in pattern and "\\P{" not in pattern:
        return pattern
    classes = _class_spans(pattern)

    def inside_class(position: int) -> bool:
        return any(start < position < end for start, end in classes)

    def replace(match: re.Match[str]) -> str:
        # An escaped backslash (\\p{…}) is a literal, not a property class.
        backslashes = len(match.string[: match.start()]) - len(
            match.string[: match.start()].rstrip("\\")
        )
        if backslashes % 2:
            return match.group(0)
        body = _property_body(match.group(2))
        negated = match.group(1) == "P"
        if inside_class(match.start()):
            if negated:
                raise DialectError(f"\\P{{{match.group(2)}}} inside [...] is not supported")
            return body
        return f"[^{body}]" if negated else f"[{body}]"

    return _PROPERTY.sub(replace, pattern)
