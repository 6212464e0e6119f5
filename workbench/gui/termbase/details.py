"""What the manager's side panel shows: one concept as HTML, and its revisions in words."""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workbench.gui.models.document_table import local_time
from workbench.gui.termbase.concept_dialog import language_label, status_label
from workbench.models import TermRevision
from workbench.termbase.data import TERM_LANGUAGES, TermStatus
from workbench.termbase.store import ConceptRow

FIELD_LABELS = {
    "created": QT_TRANSLATE_NOOP("TermDetails", "Created"),
    "deleted": QT_TRANSLATE_NOOP("TermDetails", "Deleted"),
    "subject": QT_TRANSLATE_NOOP("TermDetails", "Subject"),
    "definition": QT_TRANSLATE_NOOP("TermDetails", "Definition"),
    "note": QT_TRANSLATE_NOOP("TermDetails", "Note"),
    "source": QT_TRANSLATE_NOOP("TermDetails", "Source"),
    "scope": QT_TRANSLATE_NOOP("TermDetails", "Scope"),
    "external_id": QT_TRANSLATE_NOOP("TermDetails", "External id"),
    "term.added": QT_TRANSLATE_NOOP("TermDetails", "Term added"),
    "term.removed": QT_TRANSLATE_NOOP("TermDetails", "Term removed"),
    "term.text": QT_TRANSLATE_NOOP("TermDetails", "Term text"),
    "term.lang": QT_TRANSLATE_NOOP("TermDetails", "Term language"),
    "term.status": QT_TRANSLATE_NOOP("TermDetails", "Term status"),
    "term.part_of_speech": QT_TRANSLATE_NOOP("TermDetails", "Part of speech"),
    "term.usage_note": QT_TRANSLATE_NOOP("TermDetails", "Usage note"),
    "term.case_sensitive": QT_TRANSLATE_NOOP("TermDetails", "Case-sensitive"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("TermDetails", text)


def field_label(field: str) -> str:
    return tr(FIELD_LABELS[field]) if field in FIELD_LABELS else field


def _term_summary(data: dict[str, object]) -> str:
    lang = str(data.get("lang", ""))
    return (
        f"{data.get('text', '')} ({language_label(lang)}, {status_label(str(data.get('status')))})"
    )


def _concept_summary(text: str) -> str:
    try:
        data = json.loads(text)
    except ValueError:
        return text
    return " · ".join(_term_summary(term) for term in data.get("terms", []))


def describe_revision(revision: TermRevision) -> str:
    """A revision's before → after as a line a person reads."""
    field = revision.field
    if field == "created":
        return _concept_summary(revision.after)
    if field == "deleted":
        return _concept_summary(revision.before)
    if field in ("term.added", "term.removed"):
        value = revision.after if field == "term.added" else revision.before
        try:
            return _term_summary(json.loads(value))
        except ValueError:
            return value
    before, after = revision.before, revision.after
    if field == "term.status":
        before, after = status_label(before), status_label(after)
    elif field == "term.lang":
        before, after = language_label(before), language_label(after)
    return f"{before or '∅'} → {after or '∅'}"


def history_html(revisions: list[TermRevision]) -> str:
    """Newest first: when · who · what, then the change."""
    esc = html.escape
    parts = []
    for revision in reversed(revisions):
        when = local_time(revision.created_at.isoformat())
        parts.append(
            f"<p><b>{esc(when)}</b> · {esc(revision.author)} · "
            f"<i>{esc(field_label(revision.field))}</i><br>{esc(describe_revision(revision))}</p>"
        )
    return "".join(parts)


def concept_html(row: ConceptRow) -> str:
    """The concept with all its fields, terms grouped by language, forbidden ones struck."""
    esc = html.escape
    data = row.data
    label = QCoreApplication.translate("TermDetails", "Term base")
    parts = [f"<p><small>{esc(label)}: {esc(row.termbase_name)}</small></p>"]
    for lang in TERM_LANGUAGES:
        terms = [t for t in data.terms if t.lang == lang]
        if not terms:
            continue
        parts.append(f"<h4>{esc(language_label(lang))}</h4><ul>")
        for term in terms:
            status = TermStatus(term.status)
            text = esc(term.text)
            if status is TermStatus.PREFERRED:
                text = f"<b>{text}</b>"
            elif status is TermStatus.DEPRECATED:
                text = f'<span style="color:#c62828"><s>{text}</s></span>'
            extra = [status_label(status)]
            if term.part_of_speech:
                extra.append(term.part_of_speech)
            if term.case_sensitive:
                extra.append(QCoreApplication.translate("TermDetails", "case-sensitive"))
            line = f"<li>{text} <small>({esc(', '.join(extra))})</small>"
            if term.usage_note:
                line += f"<br><i>{esc(term.usage_note)}</i>"
            parts.append(line + "</li>")
        parts.append("</ul>")
    fields = (
        ("subject", data.subject),
        ("scope", data.scope),
        ("definition", data.definition),
        ("note", data.note),
        ("source", data.source),
        ("external_id", data.external_id),
    )
    for name, value in fields:
        if value:
            parts.append(f"<p><b>{esc(field_label(name))}:</b> {esc(value)}</p>")
    created = local_time(row.created_at.isoformat())
    modified = local_time(row.modified_at.isoformat())
    parts.append(
        "<p><small>"
        + esc(
            QCoreApplication.translate("TermDetails", "Created %1 by %2; modified %3 by %4")
            .replace("%1", created)
            .replace("%2", row.created_by or "?")
            .replace("%3", modified)
            .replace("%4", row.modified_by or "?")
        )
        + "</small></p>"
    )
    return "".join(parts)
