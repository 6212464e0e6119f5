"""Preferences: name, interface language, theme, fonts, autosave, propagation, backups."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFontComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from workbench.gui.forms import load_form
from workbench.gui.i18n import UI_LANGUAGES
from workbench.gui.themes import CJK_FONTS, LATIN_FONTS, THEMES, first_installed
from workbench.settings import Preferences, current_author


class PreferencesDialog(QDialog):
    authorEdit: QLineEdit
    languageCombo: QComboBox
    themeCombo: QComboBox
    zhFontCombo: QFontComboBox
    enFontCombo: QFontComboBox
    fontSizeSpin: QSpinBox
    autosaveSpin: QSpinBox
    backupsSpin: QSpinBox
    propagateCheck: QCheckBox

    def __init__(self, parent: QWidget | None, preferences: Preferences) -> None:
        super().__init__(parent)
        load_form("preferences.ui", base=self)
        self.buttonBox.accepted.connect(self.accept)  # type: ignore[attr-defined]
        self.buttonBox.rejected.connect(self.reject)  # type: ignore[attr-defined]
        self.original = preferences
        self.authorEdit.setPlaceholderText(current_author(Preferences()))
        self.authorEdit.setText(preferences.author)
        self.languageCombo.addItem(self.tr("Follow the system"), "")
        for code, name in UI_LANGUAGES.items():
            self.languageCombo.addItem(name, code)
        self.languageCombo.setCurrentIndex(
            max(0, self.languageCombo.findData(preferences.ui_language))
        )
        names = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for theme in THEMES:
            self.themeCombo.addItem(names[theme], theme)
        self.themeCombo.setCurrentIndex(max(0, self.themeCombo.findData(preferences.theme)))
        self.zhFontCombo.setCurrentFont(QFont(preferences.zh_font or first_installed(CJK_FONTS)))
        self.enFontCombo.setCurrentFont(QFont(preferences.en_font or first_installed(LATIN_FONTS)))
        self.fontSizeSpin.setValue(preferences.font_size)
        self.autosaveSpin.setValue(preferences.autosave_seconds)
        self.backupsSpin.setValue(preferences.backups_to_keep)
        self.propagateCheck.setChecked(preferences.auto_propagate)

    def result_preferences(self) -> Preferences:
        return replace(
            self.original,
            author=self.authorEdit.text().strip(),
            ui_language=self.languageCombo.currentData() or "",
            theme=self.themeCombo.currentData() or "system",
            zh_font=self.zhFontCombo.currentFont().family(),
            en_font=self.enFontCombo.currentFont().family(),
            font_size=self.fontSizeSpin.value(),
            autosave_seconds=self.autosaveSpin.value(),
            backups_to_keep=self.backupsSpin.value(),
            auto_propagate=self.propagateCheck.isChecked(),
        )
