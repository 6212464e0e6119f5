"""Launch the desktop app as ``workbench-gui --workspace W [--document ID]`` does and say when
its first frame is on screen. Used by the ``editor-startup*`` and ``editor-launch*``
benchmarks (``bench/benchmarks/editor.py``), which start it as
``python -P bench/gui_probe.py …`` so that nothing but the app is imported (``-P``: the
``bench/`` folder is not put on ``sys.path``).

It calls the real ``workbench.gui.app.run_gui`` (logging, exception hook, translators,
workspace, theme, main window, ``app.exec()``); the only additions are wrappers that note
``time.perf_counter()`` — ``CLOCK_MONOTONIC``, the same clock in every process, so the
parent can put these marks on its own time line — around ``create_app``, ``open_context``,
``MainWindow.__init__`` and ``MainWindow.open_document``, and an event filter on one widget:

* no ``--document``: the main window itself (first ``QEvent.Paint`` it receives);
* ``--document ID``: the segment table's viewport (``window.view.table.viewport()``).

After that paint event, a ``QTimer.singleShot(0)`` runs once the whole frame has been painted
and flushed (the repaint manager paints every dirty widget and flushes the backing store in
one go); it writes ``painted <perf_counter>`` to stdout at once. The app then stays up for
``--linger`` seconds (row heights settle, the 30 ms row-resize timer fires) and writes one
JSON line (marks, RSS from /proc, paint count) before quitting through ``app.quit()``.
"""

from __future__ import annotations

import time

T_TOP = time.perf_counter()  # first line of our code: interpreter start-up is behind us

import argparse  # noqa: E402
import functools  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402


def _status_kb() -> dict[str, int]:
    fields: dict[str, int] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return fields


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workspace", required=True)
    parser.add_argument("--document", type=int)
    parser.add_argument("--linger", type=float, default=0.6, help="seconds to stay up after")
    args = parser.parse_args(argv)

    marks: dict[str, float] = {"probe_top": T_TOP}
    import workbench.gui.app as app_module  # PySide6.QtWidgets, settings, …

    marks["app_module_imported"] = time.perf_counter()
    import workbench.gui.main_window as main_window  # the rest of the GUI and the core

    marks["gui_imported"] = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    def timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*a: Any, **k: Any) -> Any:
            marks.setdefault(f"{name}_start", time.perf_counter())
            try:
                return func(*a, **k)
            finally:
                marks.setdefault(f"{name}_end", time.perf_counter())

        return wrapper

    paints: list[float] = []
    state: dict[str, Any] = {}

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints.append(time.perf_counter())
                if len(paints) == 1:
                    marks["first_paint_event"] = paints[0]
                    QTimer.singleShot(0, frame_done)
            return False

    watch = PaintWatch()

    def frame_done() -> None:
        marks["painted"] = time.perf_counter()
        _say(f"painted {marks['painted']!r}")
        QTimer.singleShot(int(args.linger * 1000), finish)

    def finish() -> None:
        window = state.get("window")
        facts: dict[str, Any] = {"marks": marks, "paints": paints, **_status_kb()}
        if window is not None:
            facts["window"] = [window.width(), window.height()]
            view = getattr(window, "view", None)
            if view is not None:
                viewport = view.table.viewport()
                facts["viewport"] = [viewport.width(), viewport.height()]
                facts["rows"] = view.model.rowCount()
        facts["platform"] = QApplication.platformName()
        _say(json.dumps(facts))
        QApplication.quit()

    cls = main_window.MainWindow
    original_init, original_open = cls.__init__, cls.open_document

    def init(self: Any, *a: Any, **k: Any) -> None:
        marks["window_init_start"] = time.perf_counter()
        original_init(self, *a, **k)
        marks["window_init_end"] = time.perf_counter()
        state["window"] = self
        if args.document is None:
            self.installEventFilter(watch)

    def open_document(self: Any, document_id: int) -> None:
        marks.setdefault("open_start", time.perf_counter())
        original_open(self, document_id)
        marks.setdefault("open_end", time.perf_counter())
        view = getattr(self, "view", None)
        if args.document is not None and view is not None and "watching" not in state:
            state["watching"] = True
            viewport: QWidget = view.table.viewport()
            viewport.installEventFilter(watch)

    cls.__init__ = init  # type: ignore[method-assign]
    cls.open_document = open_document  # type: ignore[method-assign]
    app_module.create_app = timed("create_app", app_module.create_app)  # type: ignore[assignment]
    app_module.open_context = timed("open_context", app_module.open_context)  # type: ignore[assignment]

    code = app_module.run_gui(args.workspace, document=args.document)
    if "painted" not in marks:
        print("gui_probe: the app quit before its first paint", file=sys.stderr)
        return 3
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
