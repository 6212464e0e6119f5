"""Qt helpers for the in-process GUI benchmarks: count paint events, pump the event loop.

Imported only inside a benchmark's child process (it imports PySide6 at module level), after
the platform (``QT_QPA_PLATFORM``) has been chosen.

How "painted" is detected: an event filter on one widget counts the ``QEvent.Paint`` events
it receives. The repaint manager paints every dirty widget of a window and flushes the
backing store inside the handling of one ``UpdateRequest``, so when the
``processEvents`` call that delivered a counted paint event returns, that frame is complete.
``pump_until`` blocks in ``processEvents(WaitForMoreEvents)`` (no busy loop competing with the
app for a core) with a guard timer so that it cannot hang.
"""

from __future__ import annotations

import ctypes
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

_WAIT = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
_ALL = QEventLoop.ProcessEventsFlag.AllEvents


class PaintCounter(QObject):
    """Counts paint events of ``widget``; ``last`` is the ``perf_counter`` of the latest."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget = widget
        self.count = 0
        self.last = 0.0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
            self.last = time.perf_counter()
        return False

    def remove(self) -> None:
        self.widget.removeEventFilter(self)


def pump_until(predicate: Callable[[], bool], timeout: float = 30.0) -> bool:
    """Process events until ``predicate()`` holds; False if ``timeout`` seconds pass first."""
    if predicate():
        return True
    deadline = time.perf_counter() + timeout
    guard = QTimer()
    guard.setSingleShot(True)
    guard.start(max(1, int(timeout * 1000)))  # wakes a blocked processEvents at the deadline
    try:
        while not predicate():
            if time.perf_counter() >= deadline:
                return False
            QCoreApplication.processEvents(_ALL | _WAIT)
        return True
    finally:
        guard.stop()


def pump_idle(counter: PaintCounter | None = None, quiet: float = 0.25, limit: float = 5.0) -> None:
    """Process events until nothing has been painted (on ``counter``'s widget) for ``quiet``
    seconds — row heights settled, timers fired — or ``limit`` seconds have passed."""
    start = time.perf_counter()
    tick = QTimer()
    tick.start(20)  # keeps the loop turning while it waits for quiet
    try:
        while True:
            now = time.perf_counter()
            last = max(start, counter.last if counter else start)
            if now - last >= quiet or now - start >= limit:
                return
            QCoreApplication.processEvents(_ALL | _WAIT)
    finally:
        tick.stop()


def status_mib() -> dict[str, float]:
    """VmRSS (current) and VmHWM (peak so far) of this process, MiB."""
    out: dict[str, float] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = round(int(value.split()[0]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    return out


# --------------------------------------------------------------------------- a PySide6 bug
#
# With PySide6/shiboken6 6.12.0 (abi3 wheels) on CPython 3.11, every call of a C++ method
# that returns void drops one reference to ``None`` that it never took (for example
# ``QWidget.update()``, ``QPainter.save()``; measured with ``sys.getrefcount(None)``). On
# 3.12+ ``None`` is immortal and nothing happens; on 3.11 the count reaches zero after some
# tens of thousands of such calls and the interpreter aborts with "Fatal Python error:
# none_dealloc" — the segment delegate's ``paint`` makes a dozen per cell, so scrolling ~50
# pages of a long document kills the app. The benchmarks measure how many references the
# app loses (``none_refs_lost``) and, to be able to finish, add 2**40 references first.


def none_refcount() -> int:
    return sys.getrefcount(None)


def guard_none_refcount() -> bool:
    """Add 2**40 references to ``None`` (CPython < 3.12 only; no-op where None is immortal)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    return True
