"""Run long work off the GUI thread: one helper with progress, cancel and error routing."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workbench.errors import WorkbenchError

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str, str)  # user message, details


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except WorkbenchError as exc:
            self._signals.failed.emit(str(exc), "")
        except Exception as exc:  # anything else is a bug: keep the details for the report
            log.exception("background task failed")
            self._signals.failed.emit(str(exc) or type(exc).__name__, traceback.format_exc())
        else:
            self._signals.finished.emit(result)


def run_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str, str], None],
) -> QProgressDialog:
    """Run ``work()`` in the thread pool with a busy dialog; call back on the GUI thread."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # imports run in one transaction: stopping halfway is not offered
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    signals = _Signals(dialog)

    def finished(result: Any) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_done(result)

    def failed(message: str, details: str) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_error(message, details)

    signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Job(work, signals))
    return dialog
