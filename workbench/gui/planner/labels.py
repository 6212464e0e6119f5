"""Labels of the plan's vocabularies in the interface language, names in two languages,
and the clock the plan is shown in (Beijing time)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from workbench.gui.publishing.labels import bilingual
from workbench.models.planner_enums import (
    CampaignStatus,
    ChannelKind,
    ItemStatus,
    ItemType,
    SeriesStatus,
    Stage,
)

CONTEXT = "PlannerLabels"
BEIJING = ZoneInfo("Asia/Shanghai")

ITEM_STATUS = {
    ItemStatus.IDEA: QT_TRANSLATE_NOOP("PlannerLabels", "Idea"),
    ItemStatus.PLANNED: QT_TRANSLATE_NOOP("PlannerLabels", "Planned"),
    ItemStatus.DRAFTING: QT_TRANSLATE_NOOP("PlannerLabels", "Drafting"),
    ItemStatus.TRANSLATING: QT_TRANSLATE_NOOP("PlannerLabels", "Translating"),
    ItemStatus.REVIEWING: QT_TRANSLATE_NOOP("PlannerLabels", "In review"),
    ItemStatus.APPROVED: QT_TRANSLATE_NOOP("PlannerLabels", "Approved"),
    ItemStatus.PUBLISHED: QT_TRANSLATE_NOOP("PlannerLabels", "Published"),
    ItemStatus.CANCELLED: QT_TRANSLATE_NOOP("PlannerLabels", "Cancelled"),
}
ITEM_TYPE = {
    ItemType.ARTICLE: QT_TRANSLATE_NOOP("PlannerLabels", "Article"),
    ItemType.VIDEO: QT_TRANSLATE_NOOP("PlannerLabels", "Video"),
    ItemType.PHOTO_STORY: QT_TRANSLATE_NOOP("PlannerLabels", "Photo story"),
    ItemType.INTERVIEW: QT_TRANSLATE_NOOP("PlannerLabels", "Interview"),
    ItemType.SOCIAL_POST: QT_TRANSLATE_NOOP("PlannerLabels", "Social media post"),
    ItemType.PRINT_FEATURE: QT_TRANSLATE_NOOP("PlannerLabels", "Print feature"),
}
STAGE = {
    Stage.DRAFT: QT_TRANSLATE_NOOP("PlannerLabels", "Draft"),
    Stage.TRANSLATION: QT_TRANSLATE_NOOP("PlannerLabels", "Translation"),
    Stage.REVIEW: QT_TRANSLATE_NOOP("PlannerLabels", "Review"),
    Stage.APPROVAL: QT_TRANSLATE_NOOP("PlannerLabels", "Approval"),
    Stage.PUBLICATION: QT_TRANSLATE_NOOP("PlannerLabels", "Publication"),
}
# One letter (one character in Chinese) for a deadline marker in a calendar cell.
STAGE_SHORT = {
    Stage.DRAFT: QT_TRANSLATE_NOOP("PlannerLabels", "D"),
    Stage.TRANSLATION: QT_TRANSLATE_NOOP("PlannerLabels", "T"),
    Stage.REVIEW: QT_TRANSLATE_NOOP("PlannerLabels", "R"),
    Stage.APPROVAL: QT_TRANSLATE_NOOP("PlannerLabels", "A"),
    Stage.PUBLICATION: QT_TRANSLATE_NOOP("PlannerLabels", "P"),
}
CHANNEL_KIND = {
    ChannelKind.WECHAT: QT_TRANSLATE_NOOP("PlannerLabels", "WeChat"),
    ChannelKind.WEIBO: QT_TRANSLATE_NOOP("PlannerLabels", "Weibo"),
    ChannelKind.WEBSITE: QT_TRANSLATE_NOOP("PlannerLabels", "Website"),
    ChannelKind.FACEBOOK: QT_TRANSLATE_NOOP("PlannerLabels", "Facebook"),
    ChannelKind.X: QT_TRANSLATE_NOOP("PlannerLabels", "X"),
    ChannelKind.YOUTUBE: QT_TRANSLATE_NOOP("PlannerLabels", "YouTube"),
    ChannelKind.TIKTOK: QT_TRANSLATE_NOOP("PlannerLabels", "TikTok"),
    ChannelKind.INSTAGRAM: QT_TRANSLATE_NOOP("PlannerLabels", "Instagram"),
    ChannelKind.PRINT: QT_TRANSLATE_NOOP("PlannerLabels", "Print"),
    ChannelKind.OTHER: QT_TRANSLATE_NOOP("PlannerLabels", "Other"),
}
SERIES_STATUS = {
    SeriesStatus.ACTIVE: QT_TRANSLATE_NOOP("PlannerLabels", "Active"),
    SeriesStatus.PAUSED: QT_TRANSLATE_NOOP("PlannerLabels", "Paused"),
    SeriesStatus.ENDED: QT_TRANSLATE_NOOP("PlannerLabels", "Ended"),
}
CAMPAIGN_STATUS = {
    CampaignStatus.PLANNED: QT_TRANSLATE_NOOP("PlannerLabels", "Planned"),
    CampaignStatus.RUNNING: QT_TRANSLATE_NOOP("PlannerLabels", "Running"),
    CampaignStatus.DONE: QT_TRANSLATE_NOOP("PlannerLabels", "Done"),
    CampaignStatus.CANCELLED: QT_TRANSLATE_NOOP("PlannerLabels", "Cancelled"),
}
# Result metrics of an item, in the order reports show them.
METRICS = {
    "views": QT_TRANSLATE_NOOP("PlannerLabels", "Views"),
    "likes": QT_TRANSLATE_NOOP("PlannerLabels", "Likes"),
    "shares": QT_TRANSLATE_NOOP("PlannerLabels", "Shares"),
    "comments": QT_TRANSLATE_NOOP("PlannerLabels", "Comments"),
    "followers_gained": QT_TRANSLATE_NOOP("PlannerLabels", "Followers gained"),
}
ROLES = {
    "translator": QT_TRANSLATE_NOOP("PlannerLabels", "translator"),
    "editor": QT_TRANSLATE_NOOP("PlannerLabels", "editor"),
    "reviewer": QT_TRANSLATE_NOOP("PlannerLabels", "reviewer"),
    "designer": QT_TRANSLATE_NOOP("PlannerLabels", "designer"),
    "lead": QT_TRANSLATE_NOOP("PlannerLabels", "lead"),
}
HOLIDAY_POLICY = {
    "keep": QT_TRANSLATE_NOOP("PlannerLabels", "Keep deadlines on holidays and weekends"),
    "shift-earlier": QT_TRANSLATE_NOOP(
        "PlannerLabels", "Move such deadlines to the working day before"
    ),
    "shift-later": QT_TRANSLATE_NOOP(
        "PlannerLabels", "Move such deadlines to the working day after"
    ),
    "skip": QT_TRANSLATE_NOOP("PlannerLabels", "Leave out items with such deadlines"),
}
MARK_KIND = {
    "solar-term": QT_TRANSLATE_NOOP("PlannerLabels", "Solar term"),
    "festival": QT_TRANSLATE_NOOP("PlannerLabels", "Festival"),
    "holiday": QT_TRANSLATE_NOOP("PlannerLabels", "Public holiday"),
    "workday": QT_TRANSLATE_NOOP("PlannerLabels", "Make-up working day"),
    "observance": QT_TRANSLATE_NOOP("PlannerLabels", "Observance"),
}
MARK_COLOURS = {
    "solar-term": "#2e7d32",
    "festival": "#c62828",
    "holiday": "#c62828",
    "workday": "#6d4c41",
    "observance": "#1565c0",
}
STATUS_COLOURS = {
    ItemStatus.IDEA: "#9e9e9e",
    ItemStatus.PLANNED: "#607d8b",
    ItemStatus.DRAFTING: "#f9a825",
    ItemStatus.TRANSLATING: "#ef6c00",
    ItemStatus.REVIEWING: "#6a1b9a",
    ItemStatus.APPROVED: "#1565c0",
    ItemStatus.PUBLISHED: "#2e7d32",
    ItemStatus.CANCELLED: "#b0bec5",
}
# Zones an international team publishes in; the combo boxes stay editable for any other.
TIMEZONES = (
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Tokyo",
    "Asia/Singapore",
    "Asia/Dubai",
    "Europe/Moscow",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Paris",
    "Europe/London",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Africa/Nairobi",
    "Australia/Sydney",
    "UTC",
)
DEFAULT_COLOUR = "#546e7a"


def translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP in this module, in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def label(table: dict, value: object) -> str:
    """The translated label of ``value`` in one of the tables above (the value if unknown)."""
    for key, text in table.items():
        if key == value:
            return translated(text)
    return str(value)


def name(zh: str, en: str, lang: str) -> str:
    """A two-language name in the interface language (the other one when it is empty)."""
    if lang.startswith("zh") and zh:
        return bilingual(en, zh, lang)
    return en or zh


def colour(value: str | None, fallback: str = DEFAULT_COLOUR) -> QColor:
    found = QColor(value or fallback)
    return found if found.isValid() else QColor(fallback)


def text_colour(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    return QColor("#000000") if 0.299 * r + 0.587 * g + 0.114 * b > 0.6 else QColor("#ffffff")


def as_utc(moment: datetime) -> datetime:
    """Stored times are naive UTC; aware ones are converted."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def beijing(moment: datetime) -> datetime:
    return as_utc(moment).astimezone(BEIJING)


def beijing_date(moment: datetime) -> date:
    return beijing(moment).date()


def local(moment: datetime, zone: str) -> datetime:
    try:
        return as_utc(moment).astimezone(ZoneInfo(zone or "Asia/Shanghai"))
    except (KeyError, ValueError):
        return beijing(moment)


def valid_zone(zone: str) -> bool:
    try:
        ZoneInfo(zone)
    except (KeyError, ValueError):
        return False
    return bool(zone)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())
