"""Run long work off the GUI thread: one helper with a progress dialog, cancel and one
error route. The work function gets a ``Progress`` it can report to and poll for cancel."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workbench.errors import Cancelled, WorkbenchError

log = logging.getLogger(__name__)


class Progress:
    """Shared between the worker and the dialog; the worker polls ``cancelled``."""

    def __init__(self, signals: _Signals) -> None:
        self._event = threading.Event()
        self._signals = signals

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def report(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str, str)  # user message, details
    cancelled = Signal()
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(
        self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress
    ) -> None:
        super().__init__()
        self._work, self._signals, self._progress = work, signals, progress

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self._signals.cancelled.emit()
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
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str, str], None],
    on_cancel: Callable[[], None] | None = None,
) -> QProgressDialog:
    """Run ``work(progress)`` in the thread pool with a progress dialog that can cancel;
    the callbacks run on the GUI thread."""
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    signals = _Signals(dialog)
    progress = Progress(signals)
    dialog.canceled.connect(progress.cancel)

    def close() -> None:
        dialog.canceled.disconnect(progress.cancel)
        dialog.reset()
        dialog.deleteLater()

    def finished(result: Any) -> None:
        close()
        on_done(result)

    def failed(message: str, details: str) -> None:
        close()
        on_error(message, details)

    def cancelled() -> None:
        close()
        if on_cancel is not None:
            on_cancel()

    def moved(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    queued = Qt.ConnectionType.QueuedConnection
    signals.finished.connect(finished, queued)
    signals.failed.connect(failed, queued)
    signals.cancelled.connect(cancelled, queued)
    signals.progress.connect(moved, queued)
    QThreadPool.globalInstance().start(_Job(work, signals, progress))
    return dialog
