"""Segment statuses <-> XLIFF states (TMX has none: a unit with a target is translated).

Import (a unit whose target is empty is always ``new``; ``translate="no"`` is ``locked``):

=====================  ==================================================  ===============
workbench              XLIFF 1.2 (``<target state>``, ``approved``)         XLIFF 2.x
=====================  ==================================================  ===============
new                    any state, empty target                             empty target
draft                  new, needs-translation, needs-l10n,                 initial
                       needs-adaptation, needs-review-*
translated             translated, no state, an ``x-`` state               translated, none
reviewed               signed-off                                          reviewed
approved               final, or ``approved="yes"`` (whatever the state)   final
locked                 ``translate="no"`` on the unit                       ``translate="no"``
=====================  ==================================================  ===============

Export writes a state only for a segment whose status changed since import (or that was
never imported): new -> ``new``/``initial``, draft -> ``needs-review-translation``/
``initial``, translated -> ``translated``, reviewed -> ``signed-off``/``reviewed``,
approved and locked -> ``final`` (1.2 also ``approved="yes"``). Each exported state reads
back as the status it came from, except locked, which reads back as approved.
"""

from __future__ import annotations

from workbench.models.enums import SegmentStatus

_XLIFF12_IN = {
    "new": SegmentStatus.DRAFT,
    "needs-translation": SegmentStatus.DRAFT,
    "needs-l10n": SegmentStatus.DRAFT,
    "needs-adaptation": SegmentStatus.DRAFT,
    "needs-review-translation": SegmentStatus.DRAFT,
    "needs-review-l10n": SegmentStatus.DRAFT,
    "needs-review-adaptation": SegmentStatus.DRAFT,
    "translated": SegmentStatus.TRANSLATED,
    "signed-off": SegmentStatus.REVIEWED,
    "final": SegmentStatus.APPROVED,
}
_XLIFF12_OUT = {
    SegmentStatus.NEW: "new",
    SegmentStatus.DRAFT: "needs-review-translation",
    SegmentStatus.TRANSLATED: "translated",
    SegmentStatus.REVIEWED: "signed-off",
    SegmentStatus.APPROVED: "final",
    SegmentStatus.LOCKED: "final",
}
_XLIFF2_IN = {
    "initial": SegmentStatus.DRAFT,
    "translated": SegmentStatus.TRANSLATED,
    "reviewed": SegmentStatus.REVIEWED,
    "final": SegmentStatus.APPROVED,
}
_XLIFF2_OUT = {
    SegmentStatus.NEW: "initial",
    SegmentStatus.DRAFT: "initial",
    SegmentStatus.TRANSLATED: "translated",
    SegmentStatus.REVIEWED: "reviewed",
    SegmentStatus.APPROVED: "final",
    SegmentStatus.LOCKED: "final",
}
_APPROVED = (SegmentStatus.APPROVED, SegmentStatus.LOCKED)


def from_xliff12(state: str, *, approved: bool, locked: bool, translated: bool) -> SegmentStatus:
    """The status of a 1.2 unit: ``translated`` is whether its target has any text."""
    if locked:
        return SegmentStatus.LOCKED
    if not translated:
        return SegmentStatus.NEW
    if approved:
        return SegmentStatus.APPROVED
    return _XLIFF12_IN.get(state, SegmentStatus.TRANSLATED)


def to_xliff12(status: str) -> tuple[str, bool]:
    """(``state`` of the target, whether the unit is ``approved="yes"``)."""
    value = SegmentStatus(status)
    return _XLIFF12_OUT[value], value in _APPROVED


def from_xliff2(state: str, *, locked: bool, translated: bool) -> SegmentStatus:
    if locked:
        return SegmentStatus.LOCKED
    if not translated:
        return SegmentStatus.NEW
    return _XLIFF2_IN.get(state, SegmentStatus.TRANSLATED)


def to_xliff2(status: str) -> str:
    return _XLIFF2_OUT[SegmentStatus(status)]


def from_tmx(*, translated: bool) -> SegmentStatus:
    return SegmentStatus.TRANSLATED if translated else SegmentStatus.NEW
