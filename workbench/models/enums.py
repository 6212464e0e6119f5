"""Vocabularies stored as short strings (portable across SQLite and PostgreSQL)."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    ZH = "zh"
    EN = "en"


class DocumentStatus(StrEnum):
    NEW = "new"
    TRANSLATING = "translating"
    TRANSLATED = "translated"
    REVIEWING = "reviewing"
    APPROVED = "approved"
    PUBLISHED = "published"


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    QUOTE = "quote"
    BYLINE = "byline"


class SegmentStatus(StrEnum):
    NEW = "new"
    DRAFT = "draft"
    TRANSLATED = "translated"
    REVIEWED = "reviewed"
    APPROVED = "approved"
    LOCKED = "locked"


def sql_in(column: str, enum: type[StrEnum]) -> str:
    """A CHECK constraint body allowing exactly the enum's values."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    return f"{column} IN ({values})"
