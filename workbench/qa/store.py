"""QA state kept in a workspace: profiles, ignored findings, the user dictionary."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from sqlmodel import Session, col, delete, select

from workbench.editor.changes import chunks
from workbench.errors import NotFoundError
from workbench.models import QAIgnore, QAProfileRecord, QAUserWord
from workbench.models.base import utcnow
from workbench.qa.model import Finding, Unit
from workbench.qa.profiles import Profile, builtin_profiles, pick_profile

# --- profiles ------------------------------------------------------------------------------


def list_profiles(session: Session) -> dict[str, Profile]:
    """Built-ins (as edited in this workspace, if they were) followed by the workspace's own."""
    profiles = builtin_profiles()
    for record in session.exec(select(QAProfileRecord).order_by(col(QAProfileRecord.name))):
        builtin = record.name in profiles
        profiles[record.name] = Profile(
            record.name,
            record.label_en or record.name,
            record.label_zh or record.label_en or record.name,
            Profile.settings_from_json(record.settings),
            builtin=builtin,
        )
    return profiles


def get_profile(session: Session | None, name: str | None = None) -> Profile:
    return pick_profile(list_profiles(session) if session is not None else builtin_profiles(), name)


def save_profile(session: Session, profile: Profile) -> None:
    record = session.get(QAProfileRecord, profile.name) or QAProfileRecord(name=profile.name)
    record.label_en = profile.label_en
    record.label_zh = profile.label_zh
    record.settings = profile.settings_json()
    record.updated_at = utcnow()
    session.add(record)


def delete_profile(session: Session, name: str) -> None:
    """Remove a workspace profile, or restore a built-in to its shipped settings."""
    record = session.get(QAProfileRecord, name)
    if record is not None:
        session.delete(record)


# --- ignored findings ----------------------------------------------------------------------


def fingerprint(unit: Unit) -> str:
    """Changes whenever either side's text changes: an ignore then no longer applies."""
    digest = hashlib.sha256(f"{unit.source}\x00{unit.target}".encode())
    return digest.hexdigest()[:32]


def ignore(session: Session, finding: Finding, reason: str, *, author: str) -> QAIgnore:
    unit = finding.unit
    if unit.segment_id is None or unit.document_id is None:
        raise NotFoundError("Only findings in workspace documents can be ignored")
    existing = session.exec(
        select(QAIgnore).where(
            QAIgnore.segment_id == unit.segment_id,
            QAIgnore.check == finding.check,
            QAIgnore.side == finding.side.value,
            QAIgnore.span_text == finding.span_text,
            QAIgnore.fingerprint == fingerprint(unit),
        )
    ).first()
    record = existing or QAIgnore(
        segment_id=unit.segment_id,
        document_id=unit.document_id,
        check=finding.check,
        side=finding.side.value,
        span_text=finding.span_text,
        fingerprint=fingerprint(unit),
    )
    record.reason = reason
    record.author = author
    record.created_at = utcnow()
    session.add(record)
    session.flush()
    return record


def unignore(session: Session, finding: Finding) -> None:
    unit = finding.unit
    session.exec(  # type: ignore[call-overload]
        delete(QAIgnore).where(
            col(QAIgnore.segment_id) == unit.segment_id,
            col(QAIgnore.check) == finding.check,
            col(QAIgnore.side) == finding.side.value,
            col(QAIgnore.span_text) == finding.span_text,
        )
    )


def mark_ignored(session: Session, findings: Sequence[Finding]) -> list[Finding]:
    """The findings with ``ignored_reason`` set where an ignore for the same text exists."""
    segment_ids = sorted({f.unit.segment_id for f in findings if f.unit.segment_id is not None})
    if not segment_ids:
        return list(findings)
    ignores: dict[tuple[int, str, str, str, str], str] = {}
    for chunk in chunks(segment_ids):
        for record in session.exec(select(QAIgnore).where(col(QAIgnore.segment_id).in_(chunk))):
            key = (
                record.segment_id,
                record.check,
                record.side,
                record.span_text,
                record.fingerprint,
            )
            ignores[key] = record.reason
    if not ignores:
        return list(findings)
    marked = []
    for finding in findings:
        unit = finding.unit
        key = (
            unit.segment_id or 0,
            finding.check,
            finding.side.value,
            finding.span_text,
            fingerprint(unit),
        )
        reason = ignores.get(key)
        if reason is not None:
            finding = _with_reason(finding, reason)
        marked.append(finding)
    return marked


def _with_reason(finding: Finding, reason: str) -> Finding:
    from dataclasses import replace

    return replace(finding, ignored_reason=reason)


# --- user dictionary -----------------------------------------------------------------------


def user_words(session: Session) -> list[str]:
    return list(session.exec(select(QAUserWord.word).order_by(col(QAUserWord.word))))


def add_user_words(session: Session, words: Iterable[str], *, author: str) -> None:
    for word in {w.strip() for w in words if w.strip()}:
        if session.get(QAUserWord, word) is None:
            session.add(QAUserWord(word=word, added_by=author))


def remove_user_word(session: Session, word: str) -> None:
    record = session.get(QAUserWord, word)
    if record is not None:
        session.delete(record)
