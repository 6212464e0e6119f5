"""One place that shows errors: expected ones as a message, bugs with details and a log."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, message: str, details: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if details else QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("Errors", "ICC Workbench"))
    box.setText(message)
    if details:
        box.setInformativeText(
            QApplication.translate("Errors", "This is a bug. The details were written to the log.")
        )
        box.setDetailedText(details)
    box.exec()


def install_exception_hook() -> None:
    """Unhandled exceptions in slots end up in one dialog and the log, not a silent crash."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.critical("unhandled exception\n%s", details)
        if QApplication.instance() is not None and not isinstance(value, KeyboardInterrupt):
            show_error(None, str(value) or kind.__name__, details)
        else:
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook
