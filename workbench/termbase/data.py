"""Plain data for term bases, shared by the store, the matcher and the file formats.

A file importer produces ``ConceptData`` lists; the store writes them in one transaction;
exporters take them back. Nothing here touches the database or a file.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from enum import StrEnum


class TermStatus(StrEnum):
    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"  # forbidden: must not be used


# Languages a term base holds. Chinese script matters for display and export; matching
# folds zh-Hant to zh-Hans.
TERM_LANGUAGES = ("zh-Hans", "zh-Hant", "en")


@functools.lru_cache(maxsize=256)
def base_language(lang: str) -> str:
    """'zh-Hans'/'zh-Hant'/'zh-CN' → 'zh'; 'en-US' → 'en' (the document language codes).
    Cached: QA and matching ask it for every term of every hit (170k times per 10k units)."""
    return lang.split("-")[0].split("_")[0].lower()


@dataclass
class TermData:
    text: str
    lang: str  # one of TERM_LANGUAGES
    status: TermStatus = TermStatus.PREFERRED
    part_of_speech: str = ""
    usage_note: str = ""
    case_sensitive: bool = False
    id: int | None = None  # set when read from the store


@dataclass
class ConceptData:
    terms: list[TermData] = field(default_factory=list)
    subject: str = ""
    definition: str = ""
    note: str = ""
    source: str = ""  # where the rendering comes from (a publication, an official list)
    scope: str = ""  # a city or organisation the concept belongs to
    external_id: str = ""  # the id it had in the imported file
    id: int | None = None  # set when read from the store
    # Set when read from the store; the matcher ranks hits by its term base's priority.
    # Left out of ==, so a concept read back still equals the one a file produced.
    termbase_id: int | None = field(default=None, compare=False)

    def terms_in(self, lang: str) -> list[TermData]:
        return [t for t in self.terms if base_language(t.lang) == base_language(lang)]

    def preferred(self, lang: str) -> list[TermData]:
        """Preferred terms first, then admitted ones; never deprecated."""
        terms = self.terms_in(lang)
        return [t for t in terms if t.status is TermStatus.PREFERRED] + [
            t for t in terms if t.status is TermStatus.ADMITTED
        ]
