"""Preferences: name, interface language, theme, fonts, autosave, propagation, backups;
with a workspace open, also its QA profiles and user dictionary."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFontComboBox,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from workbench.gui.forms import load_form
from workbench.gui.i18n import UI_LANGUAGES
from workbench.gui.themes import CJK_FONTS, LATIN_FONTS, THEMES, first_installed
from workbench.settings import Preferences, current_author

if TYPE_CHECKING:
    from workbench.db.workspace import Workspace
    from workbench.gui.qa.profiles_page import QAProfilesPage, UserDictionaryPage


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
    prefillCheck: QCheckBox
    tabs: QTabWidget

    def __init__(
        self,
        parent: QWidget | None,
        preferences: Preferences,
        workspace: Workspace | None = None,
        ui_language: str = "en",
    ) -> None:
        super().__init__(parent)
        load_form("preferences.ui", base=self)
        self.workspace = workspace
        self.qa_page: QAProfilesPage | None = None
        self.dictionary_page: UserDictionaryPage | None = None
        if workspace is not None:
            self._add_workspace_pages(workspace, ui_language)
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
        self.prefillCheck.setChecked(preferences.prefill_tm)

    def _add_workspace_pages(self, workspace: Workspace, ui_language: str) -> None:
        from workbench.gui.qa.profiles_page import QAProfilesPage, UserDictionaryPage
        from workbench.qa import store

        with workspace.session() as session:
            profiles = store.list_profiles(session)
            words = store.user_words(session)
        self.qa_page = QAProfilesPage(profiles, ui_language, self.tabs)
        self.dictionary_page = UserDictionaryPage(words, self.tabs)
        self.tabs.addTab(self.qa_page, self.tr("QA profiles"))
        self.tabs.addTab(self.dictionary_page, self.tr("User dictionary"))

    def accept(self) -> None:
        if self.qa_page is not None and not self.qa_page.is_valid():
            self.tabs.setCurrentWidget(self.qa_page)  # the error is shown under the table
            return
        super().accept()

    def save_workspace_settings(self, author: str = "") -> None:
        """Write the QA profiles and the user dictionary (after the dialog was accepted)."""
        if self.workspace is None:
            return
        with self.workspace.session() as session:
            if self.qa_page is not None:
                self.qa_page.apply(session)
            if self.dictionary_page is not None:
                self.dictionary_page.apply(session, author or current_author(self.original))

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
            prefill_tm=self.prefillCheck.isChecked(),
        )
