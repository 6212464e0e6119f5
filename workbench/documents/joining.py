"""How segments join back into a paragraph."""

from __future__ import annotations

from collections.abc import Iterable

from workbench.models.enums import Language


def default_separator(lang: Language | str) -> str:
    """Chinese sentences join without spaces, English ones with one space."""
    return "" if Language(lang) is Language.ZH else " "


def join_pieces(pieces: Iterable[tuple[str, str]]) -> str:
    """Join ``(text, separator)`` pairs; the separator after the last piece is dropped."""
    parts = list(pieces)
    if not parts:
        return ""
    out: list[str] = []
    for text, sep in parts[:-1]:
        out.append(text)
        out.append(sep)
    out.append(parts[-1][0])
    return "".join(out)
