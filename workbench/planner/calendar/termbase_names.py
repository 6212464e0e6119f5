"""English names for the solar terms and festivals from the workspace term base, so a
team's own preferred renderings win over the built-in ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.planner.calendar.lunar import FESTIVAL_NAMES
from workbench.planner.calendar.solar import SOLAR_TERM_NAMES

if TYPE_CHECKING:
    from sqlmodel import Session

CALENDAR_NAMES_ZH = frozenset(
    [zh for zh, _, _ in SOLAR_TERM_NAMES] + [zh for zh, _ in FESTIVAL_NAMES.values()]
)


def english_names_from_termbase(session: Session) -> dict[str, tuple[str, tuple[str, ...]]]:
    """zh name → (preferred English, admitted English variants) for each calendar name a
    concept holds as a non-deprecated zh-Hans term with a preferred English term. The term
    base consulted first (lowest priority number) wins."""
    # Imported here: the database stack is not needed to compute a calendar.
    from sqlmodel import col, select

    from workbench.models.termbase import Term
    from workbench.termbase.data import TermStatus
    from workbench.termbase.store import load_concepts

    concept_ids = session.exec(
        select(Term.concept_id)
        .where(col(Term.lang) == "zh-Hans")
        .where(col(Term.text).in_(sorted(CALENDAR_NAMES_ZH)))
        .where(col(Term.status) != TermStatus.DEPRECATED.value)
    ).all()
    names: dict[str, tuple[str, tuple[str, ...]]] = {}
    for concept in load_concepts(session, concept_ids=set(concept_ids)):  # priority order
        english = concept.preferred("en")  # preferred first, then admitted; never deprecated
        if not english or english[0].status is not TermStatus.PREFERRED:
            continue
        variants = tuple(dict.fromkeys(t.text for t in english[1:] if t.text != english[0].text))
        for term in concept.terms:
            usable = term.lang == "zh-Hans" and term.status is not TermStatus.DEPRECATED
            if usable and term.text in CALENDAR_NAMES_ZH:
                names.setdefault(term.text, (english[0].text, variants))
    return names
