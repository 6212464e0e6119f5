"""The welcome dialog: shown on the first start (and from Help → Welcome…).

It offers three ways in — a new workspace, an existing one, the sample — the interface
language, and where the workspace, its backups and the log files live. On the first start
the language switches at once (the dialog is rebuilt in the new language and the main
window is created afterwards); from the Help menu it is stored for the next start.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.db.backup import backup_dir_for
from workbench.gui import crash
from workbench.gui.forms import child, load_form
from workbench.gui.i18n import UI_LANGUAGES, install_translators
from workbench.settings import (
    WORKSPACE_ENV,
    Preferences,
    default_workspace_path,
    log_dir,
    sample_workspace_path,
)

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow

log = logging.getLogger(__name__)

CHOICES = ("new", "open", "sample")


def needs_welcome(preferences: Preferences) -> bool:
    """First start: the dialog was never answered and no workspace is configured yet."""
    return not (
        preferences.welcome_done or preferences.recent_workspaces or os.environ.get(WORKSPACE_ENV)
    )


def create_empty_workspace(location: str) -> None:
    """Create the file now, so opening it later does not fill it with the sample."""
    from workbench.db.workspace import open_workspace

    open_workspace(location).close()


class WelcomeDialog(QDialog):
    """``choice`` is "new", "open" or "sample" (``location`` says where) after accept()."""

    def __init__(
        self,
        parent: QWidget | None,
        preferences: Preferences,
        language: str,
        *,
        workspace: Path | None = None,
        live_language: bool = False,
        translators: list[QTranslator] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomeDialog")
        self.preferences = preferences
        self.language = language
        self.live_language = live_language
        self.translators = list(translators or [])
        self.workspace_path = workspace or default_workspace_path()
        self.choice = ""
        self.location = ""
        self.form: QWidget | None = None
        layout = QVBoxLayout(self)
        self.buttonBox = QDialogButtonBox(self)
        # Not a standard button: those reset their own text when the language changes.
        self.closeButton = self.buttonBox.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.closeButton.setObjectName("closeButton")
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        self._ensure_folders()
        self._build_form()
        self.resize(680, 620)

    # --- the form (rebuilt when the language switches at once) ---------------------------
    def _build_form(self) -> None:
        layout = self.layout()
        if self.form is not None:
            layout.removeWidget(self.form)
            self.form.hide()
            self.form.deleteLater()
        form = load_form("welcome.ui", self)
        self.form = form
        layout.insertWidget(0, form)
        self.setWindowTitle(self.tr("Welcome"))
        self.newButton = child(form, QCommandLinkButton, "newButton")
        self.openButton = child(form, QCommandLinkButton, "openButton")
        self.sampleButton = child(form, QCommandLinkButton, "sampleButton")
        self.languageCombo = child(form, QComboBox, "languageCombo")
        self.languageNote = child(form, QLabel, "languageNote")
        self.newButton.clicked.connect(self._new_workspace)
        self.openButton.clicked.connect(self._open_workspace)
        self.sampleButton.clicked.connect(self._sample)
        for code, name in UI_LANGUAGES.items():
            self.languageCombo.addItem(name, code)
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(self.language)))
        self.languageCombo.currentIndexChanged.connect(self._language_chosen)
        self.languageNote.setText(
            self.tr("Applied at once.") if self.live_language else self.tr("Used after a restart.")
        )
        for name, path, button in self._path_rows():
            label = child(form, QLabel, name)
            label.setText(str(path))
            label.setToolTip(str(path))
            folder = path if path.suffix != ".db" else path.parent
            child(form, QPushButton, button).clicked.connect(
                lambda _=False, where=folder: crash.open_folder(where)
            )
        self.closeButton.setText(self.tr("Continue") if self.live_language else self.tr("Close"))

    def _path_rows(self) -> list[tuple[str, Path, str]]:
        return [
            ("workspacePathLabel", self.workspace_path, "openWorkspaceFolderButton"),
            ("backupPathLabel", self.backup_folder(), "openBackupFolderButton"),
            ("logPathLabel", log_dir(), "openLogFolderButton"),
        ]

    def backup_folder(self) -> Path:
        return backup_dir_for(self.workspace_path)

    def shown_folders(self) -> dict[str, Path]:
        """The folders the dialog points at (the workspace's own folder for the file)."""
        return {
            "workspace": self.workspace_path.parent,
            "backups": self.backup_folder(),
            "logs": log_dir(),
        }

    def _ensure_folders(self) -> None:
        for folder in self.shown_folders().values():
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                log.warning("cannot create %s", folder)

    # --- language --------------------------------------------------------------------------
    def _language_chosen(self, _index: int) -> None:
        code = self.languageCombo.currentData()
        if not code or code == self.language:
            return
        self.language = code
        self.preferences.ui_language = code
        try:
            self.preferences.save()
        except OSError:
            log.warning("could not save preferences")
        if self.live_language:
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            for translator in self.translators:
                QApplication.removeTranslator(translator)
            self.translators = install_translators(app, code)
            self._build_form()

    # --- the three ways in -----------------------------------------------------------------
    def ask_new_path(self) -> str:
        start = str(default_workspace_path())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workspace"), start, self.tr("Workspaces (*.db);;All files (*)")
        )
        if path and not Path(path).suffix:
            path += ".db"
        return path

    def ask_existing_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open workspace"),
            str(default_workspace_path().parent),
            self.tr("Workspaces (*.db);;All files (*)"),
        )
        return path

    def _finish(self, choice: str, location: str) -> None:
        self.choice, self.location = choice, location
        self.accept()

    def _new_workspace(self) -> None:
        path = self.ask_new_path()
        if path:
            self._finish("new", path)

    def _open_workspace(self) -> None:
        path = self.ask_existing_path()
        if path:
            self._finish("open", path)

    def _sample(self) -> None:
        self._finish("sample", str(sample_workspace_path()))


@dataclass
class FirstRun:
    """What the first-start dialog decided, for ``run_gui``."""

    workspace: str | None
    sample: bool
    language: str
    translators: list[QTranslator] = field(default_factory=list)


def first_run(preferences: Preferences, language: str, translators: list[QTranslator]) -> FirstRun:
    """Show the welcome dialog before the main window; closing it keeps the defaults."""
    dialog = WelcomeDialog(None, preferences, language, live_language=True, translators=translators)
    dialog.exec()
    workspace: str | None = None
    if dialog.choice in ("new", "open"):
        workspace = dialog.location
        if dialog.choice == "new" and not Path(workspace).exists():
            create_empty_workspace(workspace)
    preferences.welcome_done = True
    try:
        preferences.save()
    except OSError:
        log.warning("could not save preferences")
    return FirstRun(workspace, dialog.choice == "sample", dialog.language, dialog.translators)


def show_welcome(window: MainWindow) -> None:
    """Help → Welcome…: the same choices for the open window."""
    from workbench.sample import populate_sample

    context = window.context
    dialog = WelcomeDialog(
        window, context.preferences, context.ui_language, workspace=context.workspace.path
    )
    if not dialog.exec() or dialog.choice not in CHOICES:
        return
    location = dialog.location
    if dialog.choice == "new" and not Path(location).exists():
        try:
            create_empty_workspace(location)
        except Exception as exc:
            window.report_error(str(exc))
            return
    current = context.workspace.path
    elsewhere = current is None or Path(location).resolve() != current.resolve()
    if elsewhere and not window.switch_workspace(location):
        return
    if dialog.choice == "sample":
        populate_sample(window.context.workspace, author=context.author)
        window.refresh()
