"""Labels for print choices in the interface language, and the optional publishing parts.

The core keeps bilingual labels (trim sizes, templates) as English + Simplified Chinese;
a Traditional Chinese interface gets the Chinese one converted (Taiwan wording).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workbench.publishing.options import TRIM_LABELS, TRIM_SIZES, Layout, Script

log = logging.getLogger(__name__)
CONTEXT = "PublishingLabels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def bilingual(en: str, zh: str, lang: str) -> str:
    """The label for the interface language ``lang`` (en, zh_CN, zh_TW)."""
    if not lang.startswith("zh") or not zh:
        return en
    if lang == "zh_TW":
        try:
            from workbench.termbase.normalize import converter

            return str(converter("s2twp").convert(zh))
        except Exception:  # a label, never a reason to fail
            log.exception("cannot convert %r to traditional", zh)
    return zh


def trim_choices(lang: str) -> list[tuple[str, str]]:
    """(label, key) for every named trim size, then custom."""
    keys = [*TRIM_SIZES, "custom"]
    return [(bilingual(*TRIM_LABELS[key], lang), key) for key in keys]


def trim_label(key: str, lang: str, width: float, height: float) -> str:
    if key == "custom":
        return (
            QCoreApplication.translate("PublishingLabels", "Custom %1 × %2 mm")
            .replace("%1", f"{width:g}")
            .replace("%2", f"{height:g}")
        )
    return bilingual(*TRIM_LABELS.get(key, (key, key)), lang)


@dataclass(frozen=True)
class TemplateChoice:
    name: str
    label: str
    path: Path | None


def builtin_templates(lang: str) -> list[TemplateChoice]:
    """The templates shipped with the app (none while the templates module is missing)."""
    try:
        from workbench.publishing.templates import builtin_templates as found
    except ImportError:
        return []
    return [
        TemplateChoice(t.name, bilingual(t.label_en, t.label_zh, lang), t.path) for t in found()
    ]


def default_template_label(lang: str) -> str:
    """ "Default (…)" naming the template an empty setting stands for."""
    try:
        from workbench.publishing.templates import DEFAULT_TEMPLATE
    except ImportError:
        return QCoreApplication.translate("PublishingLabels", "Default template")
    named = template_label(DEFAULT_TEMPLATE, lang)
    return QCoreApplication.translate("PublishingLabels", "Default: %1").replace("%1", named)


def template_label(value: str, lang: str) -> str:
    if not value:
        return default_template_label(lang)
    for choice in builtin_templates(lang):
        if choice.name == value:
            return choice.label
    return Path(value).name


def pdf_available() -> bool:
    """Whether a PDF proof can be made here (LibreOffice found); False without the module."""
    try:
        from workbench.publishing.pdf import pdf_available as available
    except ImportError:
        return False
    try:
        return bool(available())
    except Exception:
        log.exception("checking for LibreOffice failed")
        return False


# Publish layouts: what the dialog offers, as (label, layout, English first).
LAYOUTS = (
    (
        QT_TRANSLATE_NOOP("PublishingLabels", "Interleaved, Chinese first"),
        Layout.INTERLEAVED,
        False,
    ),
    (QT_TRANSLATE_NOOP("PublishingLabels", "Interleaved, English first"), Layout.INTERLEAVED, True),
    (
        QT_TRANSLATE_NOOP("PublishingLabels", "Side by side (two columns)"),
        Layout.SIDE_BY_SIDE,
        False,
    ),
    (QT_TRANSLATE_NOOP("PublishingLabels", "English only"), Layout.EN, False),
    (QT_TRANSLATE_NOOP("PublishingLabels", "Chinese only"), Layout.ZH, False),
)
SCRIPTS = (
    (QT_TRANSLATE_NOOP("PublishingLabels", "Simplified Chinese"), Script.SIMPLIFIED),
    (QT_TRANSLATE_NOOP("PublishingLabels", "Traditional Chinese (Hong Kong)"), Script.HK),
    (QT_TRANSLATE_NOOP("PublishingLabels", "Traditional Chinese (Taiwan)"), Script.TW),
)


def layout_choices() -> list[tuple[str, tuple[Layout, bool]]]:
    return [(_tr(text), (layout, first)) for text, layout, first in LAYOUTS]


def script_choices() -> list[tuple[str, Script]]:
    return [(_tr(text), script) for text, script in SCRIPTS]
