"""Text helpers shared by lookup, concordance and the store: normalisation, trigrams,
language codes."""

from __future__ import annotations

import functools
import re
import unicodedata

from workbench.language import HAN_CLASS

_SPACE = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"^\s|\s$|[^\S ]|  ")  # anything normalize() would change
_HAN = re.compile(f"[{HAN_CLASS}]")


def normalize(text: str) -> str:
    """The form fuzzy scores compare: NFKC (full-width letters, digits and punctuation
    become half-width), whitespace runs as one space, no edge spaces. Case is kept."""
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if _ODD_SPACE.search(text) is None:
        return text
    return _SPACE.sub(" ", text).strip()


def squeeze(text: str) -> str:
    """Whitespace runs as one space, no edge spaces (the stored text as the index saw it)."""
    return _SPACE.sub(" ", text).strip()


def trigrams(*texts: str) -> list[str]:
    """The distinct trigrams of the texts, lower-cased like the FTS5 trigram tokenizer
    folds them, in order of first appearance."""
    seen: dict[str, None] = {}
    for text in texts:
        folded = text.lower()
        for start in range(len(folded) - 2):
            seen.setdefault(folded[start : start + 3], None)
    return list(seen)


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


@functools.lru_cache(maxsize=64)
def lang_key(code: str | None) -> str:
    """A language code as the memory stores it: the primary subtag, lower case
    (``zh-CN`` → ``zh``, ``en_US`` → ``en``); "" when unknown."""
    if not code:
        return ""
    return code.replace("_", "-").partition("-")[0].strip().lower()


def fts_phrase(text: str) -> str:
    """``text`` as one quoted FTS5 phrase (a substring query on a trigram index)."""
    return '"' + text.replace('"', '""') + '"'
