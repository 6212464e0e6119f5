"""How segment statuses look: a label, an icon and a colour each."""

from __future__ import annotations

from functools import cache

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QIcon

STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("SegmentStatus", "New"),
    "draft": QT_TRANSLATE_NOOP("SegmentStatus", "Draft"),
    "translated": QT_TRANSLATE_NOOP("SegmentStatus", "Translated"),
    "reviewed": QT_TRANSLATE_NOOP("SegmentStatus", "Reviewed"),
    "approved": QT_TRANSLATE_NOOP("SegmentStatus", "Approved"),
    "locked": QT_TRANSLATE_NOOP("SegmentStatus", "Locked"),
}
_ICONS = {
    "new": ("mdi6.checkbox-blank-circle-outline", "#9e9e9e"),
    "draft": ("mdi6.pencil-circle", "#e69500"),
    "translated": ("mdi6.check-circle", "#2e7d32"),
    "reviewed": ("mdi6.check-decagram", "#1565c0"),
    "approved": ("mdi6.shield-check", "#6a1b9a"),
    "locked": ("mdi6.lock", "#616161"),
}


def status_text(status: str) -> str:
    label = STATUS_LABELS.get(status)
    return QCoreApplication.translate("SegmentStatus", label) if label else status


@cache
def status_icon(status: str) -> QIcon:
    name, colour = _ICONS.get(status, ("mdi6.help-circle-outline", "#9e9e9e"))
    return qta.icon(name, color=colour)


def status_colour(status: str) -> QColor:
    return QColor(_ICONS.get(status, ("", "#9e9e9e"))[1])


@cache
def note_icon() -> QIcon:
    return qta.icon("mdi6.note-text-outline", color="#8d6e63")
