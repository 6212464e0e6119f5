"""Debounced lookups off the GUI thread: moving through segments or typing never waits.

One lookup runs at a time (a 2-core laptop also runs the editor); a request that arrives
meanwhile replaces any queued one, and only the newest request's answer is delivered.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(int, object, float)  # request number, result, milliseconds
    failed = Signal(int, str)


class _Run(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.number, self.work, self.signals = number, work, signals

    def run(self) -> None:
        started = time.perf_counter()
        try:
            result = self.work()
        except Exception as exc:  # a lookup is a help: log it, show it small, carry on
            log.exception("background lookup failed")
            self.signals.failed.emit(self.number, str(exc) or type(exc).__name__)
            return
        self.signals.done.emit(self.number, result, (time.perf_counter() - started) * 1000)


class LatestOnly(QObject):
    """``request(work)`` runs ``work()`` in the thread pool after ``delay_ms`` of quiet and
    emits ``ready(result, ms)`` for the newest request only."""

    ready = Signal(object, float)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, delay_ms: int = 60) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._start)
        self._signals = _Signals()  # no parent: a running job keeps it alive
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._pending: Callable[[], Any] | None = None
        self._number = 0
        self._running = False

    @property
    def busy(self) -> bool:
        return self._running or self._pending is not None

    def request(self, work: Callable[[], Any], *, now: bool = False) -> None:
        self._number += 1
        self._pending = work
        if now:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def cancel(self) -> None:
        """Forget the queued request and ignore the answer of the running one."""
        self._number += 1
        self._pending = None
        self._timer.stop()

    def _start(self) -> None:
        if self._running or self._pending is None:
            return  # the running job's end starts the newest one
        work, self._pending = self._pending, None
        self._running = True
        QThreadPool.globalInstance().start(_Run(self._number, work, self._signals))

    def _finish(self) -> None:
        self._running = False
        if self._pending is not None:
            self._start()

    def _done(self, number: int, result: object, ms: float) -> None:
        self._finish()
        if number == self._number:
            self.ready.emit(result, ms)

    def _failed(self, number: int, message: str) -> None:
        self._finish()
        if number == self._number:
            self.failed.emit(message)
