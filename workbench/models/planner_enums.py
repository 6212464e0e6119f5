"""Vocabularies of the content plan (stored as short strings)."""

from __future__ import annotations

from enum import StrEnum


class ChannelKind(StrEnum):
    WECHAT = "wechat"
    WEIBO = "weibo"
    WEBSITE = "website"
    FACEBOOK = "facebook"
    X = "x"
    YOUTUBE = "youtube"
    TIKTOK = "tiktok"
    INSTAGRAM = "instagram"
    PRINT = "print"
    OTHER = "other"


class SeriesStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class CampaignStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    DONE = "done"
    CANCELLED = "cancelled"


class ItemType(StrEnum):
    ARTICLE = "article"
    VIDEO = "video"
    PHOTO_STORY = "photo-story"
    INTERVIEW = "interview"
    SOCIAL_POST = "social-post"
    PRINT_FEATURE = "print-feature"


class ItemStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    DRAFTING = "drafting"
    TRANSLATING = "translating"
    REVIEWING = "reviewing"
    APPROVED = "approved"
    PUBLISHED = "published"
    CANCELLED = "cancelled"


class Stage(StrEnum):
    """Stages in workflow order."""

    DRAFT = "draft"
    TRANSLATION = "translation"
    REVIEW = "review"
    APPROVAL = "approval"
    PUBLICATION = "publication"


STAGES: tuple[Stage, ...] = tuple(Stage)

# A linked document's workflow status decides its item's status.
ITEM_STATUS_FOR_DOCUMENT = {
    "new": ItemStatus.DRAFTING,
    "translating": ItemStatus.TRANSLATING,
    "translated": ItemStatus.REVIEWING,
    "reviewing": ItemStatus.REVIEWING,
    "approved": ItemStatus.APPROVED,
    "published": ItemStatus.PUBLISHED,
}

ROLES = ("translator", "editor", "reviewer", "designer", "lead")
