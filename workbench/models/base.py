"""Shared column helpers."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Timestamps are timezone-aware UTC; the UI converts to local time for display."""
    return datetime.now(UTC)
