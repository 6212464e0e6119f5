"""One place that shows errors: expected ones as a message; bugs with details that can be
copied, a line in the log file, and the choice to quit cleanly (drafts are saved)."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from workbench import __version__

log = logging.getLogger(__name__)


def error_box(parent: QWidget | None, message: str, details: str = "") -> QMessageBox:
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
    return box


def show_error(parent: QWidget | None, message: str, details: str = "") -> None:
    error_box(parent, message, details).exec()


def install_exception_hook() -> None:
    """An unhandled exception shows one dialog (with copyable details), goes to the log,
    and lets the user quit cleanly: closing the windows saves what is being typed."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.critical("unhandled exception\n%s", details)
        app = QApplication.instance()
        if app is None or isinstance(value, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        box = error_box(None, str(value) or kind.__name__, details)
        quit_button = box.addButton(
            QApplication.translate("Errors", "Quit"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.exec()
        if box.clickedButton() is quit_button:
            QApplication.closeAllWindows()
            QApplication.quit()

    sys.excepthook = hook
