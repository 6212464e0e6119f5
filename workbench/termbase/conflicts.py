"""Conflicts between and within term bases, as records the GUI can list.

Three kinds (terms compared folded: simplified script, half-width, lower case, single
spaces):

* ``zh-different-en`` — the same Chinese term (preferred or admitted) has different
  preferred English in different term bases (the city says one thing, the national list
  another): two concepts of different term bases share the Chinese term and no preferred
  English term;
* ``en-shared`` — one preferred English term for concepts whose Chinese terms differ
  (one English name for two things; the same pair repeated in two term bases is not a
  conflict);
* ``deprecated-elsewhere`` — a term deprecated in one concept is preferred or admitted
  in another (or in the same one).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import Session

from workbench.termbase.data import ConceptData, TermData, TermStatus, base_language
from workbench.termbase.normalize import fold_case, normalize_term


class ConflictKind(StrEnum):
    ZH_DIFFERENT_EN = "zh-different-en"
    EN_SHARED = "en-shared"
    DEPRECATED_ELSEWHERE = "deprecated-elsewhere"


@dataclass(frozen=True)
class Occurrence:
    """One term of one concept taking part in a conflict."""

    concept_id: int | None
    termbase_id: int | None
    term_id: int | None
    lang: str
    text: str
    status: TermStatus
    # For zh-different-en: the concept's preferred English (what differs).
    preferred_en: tuple[str, ...] = ()


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    key: str  # the folded term the occurrences share
    lang: str  # zh or en: the language of ``key``
    occurrences: tuple[Occurrence, ...]

    @property
    def concept_ids(self) -> list[int]:
        return sorted({o.concept_id for o in self.occurrences if o.concept_id is not None})

    def __str__(self) -> str:
        where = "; ".join(
            f"{o.text} ({o.status.value}, concept {o.concept_id}, term base {o.termbase_id})"
            + (f" → {' / '.join(o.preferred_en)}" if o.preferred_en else "")
            for o in self.occurrences
        )
        return f"{self.kind.value} {self.key!r}: {where}"


def term_key(term: TermData) -> str:
    """A term compared across term bases: script, width, case and spaces folded."""
    return fold_case(normalize_term(term.text, term.lang))


def _status(term: TermData) -> TermStatus:
    return TermStatus(term.status)


def _occurrence(
    concept: ConceptData, term: TermData, preferred_en: tuple[str, ...] = ()
) -> Occurrence:
    return Occurrence(
        concept_id=concept.id,
        termbase_id=concept.termbase_id,
        term_id=term.id,
        lang=term.lang,
        text=term.text,
        status=_status(term),
        preferred_en=preferred_en,
    )


def _preferred_en(concept: ConceptData) -> tuple[str, ...]:
    return tuple(
        t.text for t in concept.terms_in("en") if _status(t) is TermStatus.PREFERRED and t.text
    )


def find_conflicts(concepts: Iterable[ConceptData]) -> list[Conflict]:
    """Every conflict among ``concepts`` (read them with ``store.load_concepts``), sorted
    by kind, then term."""
    concepts = list(concepts)
    return sorted(
        [*_zh_different_en(concepts), *_en_shared(concepts), *_deprecated_elsewhere(concepts)],
        key=lambda c: (list(ConflictKind).index(c.kind), c.key, c.concept_ids),
    )


def _zh_different_en(concepts: list[ConceptData]) -> Iterable[Conflict]:
    by_zh: dict[str, list[tuple[ConceptData, TermData]]] = defaultdict(list)
    for concept in concepts:
        for term in concept.terms_in("zh"):
            if _status(term) is not TermStatus.DEPRECATED and term.text.strip():
                by_zh[term_key(term)].append((concept, term))
    for key, found in by_zh.items():
        seen: set[int] = set()
        rendered: list[tuple[int | None, frozenset[str]]] = []
        occurrences = []
        for concept, term in found:
            english = _preferred_en(concept)
            if not english or id(concept) in seen:
                continue
            seen.add(id(concept))
            folded = frozenset(fold_case(normalize_term(text, "en")) for text in english)
            rendered.append((concept.termbase_id, folded))
            occurrences.append(_occurrence(concept, term, english))
        # Two concepts of different term bases that share no preferred English. (Within
        # one term base, two renderings of one Chinese term are homonyms.)
        if any(
            tb_a != tb_b and en_a.isdisjoint(en_b)
            for i, (tb_a, en_a) in enumerate(rendered)
            for tb_b, en_b in rendered[i + 1 :]
        ):
            yield Conflict(ConflictKind.ZH_DIFFERENT_EN, key, "zh", tuple(occurrences))


def _en_shared(concepts: list[ConceptData]) -> Iterable[Conflict]:
    by_en: dict[str, list[tuple[ConceptData, TermData]]] = defaultdict(list)
    for concept in concepts:
        for term in concept.terms_in("en"):
            if _status(term) is TermStatus.PREFERRED and term.text.strip():
                by_en[term_key(term)].append((concept, term))
    for key, found in by_en.items():
        owners = {id(concept): concept for concept, _ in found}
        if len(owners) < 2:
            continue
        chinese = [
            {term_key(t) for t in c.terms_in("zh") if _status(t) is not TermStatus.DEPRECATED}
            for c in owners.values()
        ]
        # Conflict when some two concepts share no Chinese term (or one has none).
        if any(
            not a or not b or a.isdisjoint(b)
            for i, a in enumerate(chinese)
            for b in chinese[i + 1 :]
        ):
            yield Conflict(
                ConflictKind.EN_SHARED,
                key,
                "en",
                tuple(_occurrence(concept, term) for concept, term in found),
            )


def _deprecated_elsewhere(concepts: list[ConceptData]) -> Iterable[Conflict]:
    by_term: dict[tuple[str, str], list[tuple[ConceptData, TermData]]] = defaultdict(list)
    for concept in concepts:
        for term in concept.terms:
            if term.text.strip():
                by_term[(base_language(term.lang), term_key(term))].append((concept, term))
    for (lang, key), found in by_term.items():
        statuses = {_status(term) for _, term in found}
        if TermStatus.DEPRECATED in statuses and len(statuses) > 1:
            yield Conflict(
                ConflictKind.DEPRECATED_ELSEWHERE,
                key,
                lang,
                tuple(_occurrence(concept, term) for concept, term in found),
            )


def workspace_conflicts(
    session: Session, termbase_ids: Collection[int] | None = None
) -> list[Conflict]:
    """The conflicts among the term bases of a workspace (all, or the given ones)."""
    from workbench.termbase.store import load_concepts

    return find_conflicts(load_concepts(session, termbase_ids))
