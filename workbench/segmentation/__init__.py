"""Sentence segmentation for Chinese and English (rules are data: see resources/segmentation).

Contract used across the core:

* ``split_spans(text, lang)`` returns ``(start, end)`` spans in ``text``; each span is one
  sentence with no leading/trailing whitespace; spans are in order and do not overlap.
  The text between two spans is whitespace only (possibly empty, as in ``Xinhua.It``).
* ``segment(text, lang)`` returns the sentences as strings.
* ``spans_with_separators`` gives back, for each span, the separator that followed it, so
  ``"".join(s + sep for s, sep in ...) == text.strip()``.

How it works: the break rules are SRX 2.0 data (``resources/segmentation/default.srx``, or a
file passed to ``load_rules``), applied by ``engine.CompiledRules``; for Chinese, a small
bracket-matching layer (``protect``) then removes breaks inside quotations and 《》 titles.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from pathlib import Path

from workbench.models.enums import Language
from workbench.resources import resource_path
from workbench.segmentation import protect
from workbench.segmentation.engine import CompiledRules
from workbench.segmentation.srx import SRXDocument, SRXError, read_srx

__all__ = [
    "SRXError",
    "SegmentationRules",
    "default_rules",
    "load_rules",
    "segment",
    "spans_with_separators",
    "split_spans",
]

DEFAULT_RULES = "segmentation/default.srx"
# Primary language subtags whose text gets quotation/title protection (see protect.py).
_PROTECTED_LANGUAGES = frozenset({"zh", "zho", "chi", "yue", "cmn"})


class SegmentationRules:
    """An SRX rule set, compiled lazily per language code and then reused."""

    def __init__(self, document: SRXDocument) -> None:
        self.document = document
        self._compiled: dict[str, CompiledRules] = {}
        # Compile everything now, so a bad user file fails when loaded, not mid-import.
        for rules in document.language_rules.values():
            CompiledRules(rules)

    @property
    def source(self) -> str:
        return self.document.source

    def rules_for(self, lang: Language | str) -> CompiledRules:
        code = _code(lang)
        compiled = self._compiled.get(code)
        if compiled is None:
            rules = self.document.rules_for(code)
            if rules is None:
                raise ValueError(f"no segmentation rules for language {code!r} in {self.source}")
            compiled = self._compiled[code] = CompiledRules(rules)
        return compiled

    def split_spans(self, text: str, lang: Language | str) -> list[tuple[int, int]]:
        code = _code(lang)
        breaks = self.rules_for(code).break_positions(text)
        if code.split("-")[0].lower() in _PROTECTED_LANGUAGES:
            breaks = protect.filter_breaks(text, breaks, protect.protected_spans(text))
        return _trimmed_spans(text, breaks)


def _code(lang: Language | str) -> str:
    return lang.value if isinstance(lang, Language) else str(lang).strip().replace("_", "-")


def _trimmed_spans(text: str, breaks: list[int]) -> list[tuple[int, int]]:
    """Cut ``text`` at ``breaks`` and trim whitespace; whitespace-only pieces disappear."""
    spans: list[tuple[int, int]] = []
    bounds = [0, *breaks, len(text)]
    for start, end in pairwise(bounds):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


@cache
def default_rules() -> SegmentationRules:
    """The shipped rules (``resources/segmentation/default.srx``), parsed once."""
    return SegmentationRules(read_srx(resource_path(DEFAULT_RULES)))


def load_rules(path: str | Path) -> SegmentationRules:
    """Rules from a user-supplied SRX 2.0 file; raises ``SRXError`` naming the problem."""
    return SegmentationRules(read_srx(path))


def split_spans(
    text: str, lang: Language | str, rules: SegmentationRules | None = None
) -> list[tuple[int, int]]:
    return (rules or default_rules()).split_spans(text, lang)


def segment(text: str, lang: Language | str, rules: SegmentationRules | None = None) -> list[str]:
    return [text[start:end] for start, end in split_spans(text, lang, rules)]


def spans_with_separators(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """Pair each span's text with the whitespace that follows it (empty after the last)."""
    pairs: list[tuple[str, str]] = []
    for index, (start, end) in enumerate(spans):
        next_start = spans[index + 1][0] if index + 1 < len(spans) else end
        pairs.append((text[start:end], text[end:next_start]))
    return pairs
