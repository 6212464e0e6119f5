"""One place that shows errors: expected ones as a message; bugs with details that can be
copied, a crash report in the log folder, and the choice to quit cleanly (drafts are saved)."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from workbench import __version__
from workbench.gui import crash

log = logging.getLogger(__name__)


def error_box(
    parent: QWidget | None, message: str, details: str = "", report_file: Path | None = None
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Critical if details else QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("Errors", "ICC Workbench"))
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if details:
        report = f"ICC Workbench {__version__}\n{message}\n\n{details}"
        box.setInformativeText(
            QApplication.translate("Errors", "This is a bug. The details were written to the log.")
        )
        box.setDetailedText(report)
        copy = QPushButton(QApplication.translate("Errors", "Copy details"), box)
        box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
        # ActionRole buttons close the box by default; copying should not.
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
    if report_file is not None:
        _offer_report(box, report_file)
    return box


def _offer_report(box: QMessageBox, path: Path) -> None:
    """The crash report replaces the details: copy it, or open the folder that holds it."""
    try:
        text = path.read_text("utf-8")
    except OSError:
        return
    box.setInformativeText(
        QApplication.translate("Errors", "This is a bug. A report was written to %1.").replace(
            "%1", str(path)
        )
    )
    box.setDetailedText(text)
    for button in box.findChildren(QPushButton):
        if button.text() == QApplication.translate("Errors", "Copy details"):
            box.removeButton(button)
            button.deleteLater()
    copy = QPushButton(QApplication.translate("Errors", "Copy report"), box)
    copy.setObjectName("copyReportButton")
    folder = QPushButton(QApplication.translate("Errors", "Open log folder"), box)
    folder.setObjectName("openLogFolderButton")
    for button in (copy, folder):
        box.addButton(button, QMessageBox.ButtonRole.ActionRole)
        button.clicked.disconnect()  # these must not close the box
    copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
    folder.clicked.connect(lambda: crash.open_folder(path.parent))


def show_error(parent: QWidget | None, message: str, details: str = "") -> None:
    """Details mean a bug: they also go to a crash report in the log folder."""
    report = crash.write_crash_report(message, details) if details else None
    error_box(parent, message, details, report).exec()


def crash_box(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> QMessageBox:
    """The dialog for an unhandled exception; the crash report is written first."""
    details = "".join(traceback.format_exception(kind, value, tb))
    log.critical("unhandled exception\n%s", details)
    message = str(value) or kind.__name__
    box = error_box(None, message, details, crash.write_crash_report(message, details))
    box.setObjectName("crashBox")
    quit_button = box.addButton(
        QApplication.translate("Errors", "Quit"), QMessageBox.ButtonRole.DestructiveRole
    )
    quit_button.setObjectName("quitButton")
    return box


def install_exception_hook() -> None:
    """An unhandled exception shows one dialog (with copyable details), goes to the log,
    and lets the user quit cleanly: closing the windows saves what is being typed."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        app = QApplication.instance()
        if app is None or isinstance(value, KeyboardInterrupt):
            log.critical("unhandled exception", exc_info=(kind, value, tb))
            sys.__excepthook__(kind, value, tb)
            return
        box = crash_box(kind, value, tb)
        box.exec()
        if box.clickedButton() is box.findChild(QPushButton, "quitButton"):
            QApplication.closeAllWindows()
            QApplication.quit()

    sys.excepthook = hook
