"""The word list behind the ``spelling`` check.

pyspellchecker ships an English frequency list (160,000 words, US spelling) and finds
suggestions one edit away. We add: the term base's English words, the workspace's user
dictionary, our shipped domain words, and, when asked, British spellings derived by rule
(centre, colour, organise) rather than a second 100,000-word list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spellchecker import SpellChecker

from workbench.resources import resource_path

if TYPE_CHECKING:
    from workbench.qa.resources import QAResources

_SPLIT = re.compile(r"[A-Za-z]+")
_CONTRACTIONS = ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "s'")
# British → US spelling rules, tried in order; a word is British-correct when a rewrite
# is in the (US) dictionary.
_BRITISH = (
    (re.compile(r"our(s|ed|ing|ful|ite|ites|able)?$"), r"or\1"),
    (re.compile(r"is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"lled$|lling$|ller$|llers$"), lambda m: m.group()[1:]),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"mme(s)?$"), r"m\1"),
    (re.compile(r"ence$"), "ense"),
)


def shipped_words() -> frozenset[str]:
    text = resource_path("qa/known_words.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


class Dictionary:
    def __init__(
        self,
        checker: SpellChecker,
        extra: Iterable[str] = (),
        *,
        accept_british: bool = True,
    ) -> None:
        self._checker = checker
        self._words = checker.word_frequency.dictionary
        self._extra = {word.casefold() for word in extra}
        self._british = accept_british
        self._seen: dict[str, bool] = {}  # a document repeats its words: remember answers

    @classmethod
    def build(
        cls, resources: QAResources | None = None, *, accept_british: bool = True
    ) -> Dictionary:
        extra: set[str] = set(shipped_words())
        if resources is not None:
            extra |= resources.user_words
            if resources.matcher is not None:
                # One pass over all English terms (20,000 terms: 80 ms one by one). The
                # words are ASCII letters, so lower() is their casefold().
                words = _SPLIT.findall("\n".join(resources.matcher.terms_in("en")))
                if words:
                    extra.update("\n".join(words).lower().split("\n"))
        return cls(SpellChecker(distance=1), extra, accept_british=accept_british)

    def unknown_among(self, words: set[str]) -> list[str]:
        """The words of ``words`` the dictionary does not know (most are known: a plain
        lookup first)."""
        table = self._words
        return [word for word in words if word not in table and not self.knows(word)]

    def knows(self, word: str) -> bool:
        key = word.replace("’", "'").casefold()
        known = self._seen.get(key)
        if known is None:
            known = self._seen[key] = self._lookup(key)
        return known

    def _lookup(self, word: str) -> bool:
        if self._known(word):
            return True
        for ending in _CONTRACTIONS:
            if word.endswith(ending) and self._known(word[: -len(ending)]):
                return True
        if "'" in word:  # Xi'an, Tian'anmen: pinyin syllable marks
            return all(self._known(part) for part in word.split("'") if part)
        return False

    def _known(self, word: str) -> bool:
        if word in self._words or word in self._extra:
            return True
        if self._british:
            for pattern, replacement in _BRITISH:
                american = pattern.sub(replacement, word, count=1)
                if american != word and (american in self._words or american in self._extra):
                    return True
        return False

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        if limit <= 0:
            return []
        candidates = self._checker.candidates(word.casefold()) or set()
        candidates.discard(word.casefold())
        ranked = sorted(candidates, key=lambda w: (-self._words.get(w, 0), w))
        if word[:1].isupper():
            ranked = [w[:1].upper() + w[1:] for w in ranked]
        return ranked[:limit]
