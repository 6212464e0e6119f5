"""Editor (GUI) benchmarks: start-up, opening a 10,000-segment document, scrolling, typing.

The editor issue asks for four figures (benchmarks, never timed asserts): start-up to the
main window ≤ 1.5 s; a 10,000-segment document open to first paint ≤ 0.5 s; keystroke to
repaint ≤ 16 ms median; memory with that document open ≤ 400 MB. ``TARGETS`` below holds
them for ``bench.editor_report``.

Every repeat runs in a fresh child process (the runner's rule). The Qt platform is
``offscreen`` (``QT_QPA_PLATFORM``) for the plain names, and a private ``Xvfb`` display (the
``xcb`` platform: a real X server, window mapping, expose events and the backing-store flush
over the X protocol) for the ``*-xvfb`` names, which are registered when ``Xvfb`` is
installed. Each run gets its own copy of the cached workspace and its own config, data and
log folders (``WORKBENCH_CONFIG_DIR``, ``WORKBENCH_DATA_DIR``, ``XDG_STATE_HOME``), so no
window geometry or preference of the user, or of an earlier run, is read.

* ``editor-startup`` — *process start → main window painted*. ``run`` spawns
  ``python -P bench/gui_probe.py --workspace COPY`` (the real ``run_gui``; see that file) and
  returns when the probe reports that the first frame of the main window has been painted,
  so the wall time includes fork/exec, interpreter start, every import, Qt and the workspace.
  The peak RSS is the probe's (``wait4`` folds a reaped child into its parent's peak).
* ``editor-launch-10k`` — the same with ``--document ID``: process start → main window *and*
  the 10,000-segment document painted (``workbench-gui --workspace W --document ID``), the
  figure comparable to the OmegaT peer's launch-until-project-loaded.
* ``editor-open-10k`` — in-process. ``setup`` (untimed) builds the app the way ``run_gui``
  does and shows the main window; ``run`` times ``MainWindow.open_document(id)`` until the
  segment table's viewport has been painted (event filter on ``view.table.viewport()``).
  ``after`` (untimed) then waits until rows have settled (the view resizes visible rows on a
  30 ms timer), reads the RSS with the document open, and scrolls the whole document page by
  page (``verticalScrollBar().setValue(value + pageStep)``, then events until the viewport
  has been repainted): total time, and the worst step as the stutter figure.
* ``editor-keystroke`` — in-process. ``setup`` opens the document and the editor on the
  translated segment nearest the middle; ``run`` sends 200 keys (``QTest.keyClick`` of the
  letters and spaces of an English sentence) to the ``SegmentEditor`` and times each from
  sending until the editor's viewport has been repainted.

The in-process benchmarks add 2**40 references to ``None`` first and report how many the app
lost (``none_refs_lost_*``): PySide6 6.12.0 on CPython 3.11 drops one per void C++ call, and an
unguarded scroll-through aborts the interpreter (see ``bench/guikit.py``). If ``go_to_row``
leaves the editor outside the viewport (the row-resize pass can push it down), ``setup``
scrolls it back and says so (``editor re-centred``).

The runner keeps only the last repeat's facts, so each run appends its own figures to
``.bench-data/editor-runs.jsonl`` and reports the median (min–max) over the runs of the same
``python -m bench`` invocation so far: the last repeat's facts cover all repeats.
``python -m bench.editor_report`` turns that file into the docs table.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import select
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import xdisplay
from bench.generators.editor_gen import AUTHOR, generate_editor_workspace
from bench.registry import Benchmark, Dataset, RunContext, register
from bench.runner import corpus_dir, data_dir

PROBE = Path(__file__).resolve().parent.parent / "gui_probe.py"
RUNS_FILE = "editor-runs.jsonl"
KEYSTROKES = 200
TYPED = "the delegation agreed on new routes for freight trains and river ports "
PROBE_TIMEOUT = 120.0

# The editor issue's figures: benchmark -> {metric: (limit in the metric's unit, as stated)}.
TARGETS: dict[str, dict[str, tuple[float, str]]] = {
    "editor-startup": {"startup_s": (1.5, "≤ 1.5 s")},
    "editor-open-10k": {
        "paint_s": (0.5, "≤ 0.5 s"),
        "rss_open_MiB": (400e6 / 2**20, "≤ 400 MB (381 MiB)"),
    },
    "editor-keystroke": {"key_median_ms": (16.0, "≤ 16 ms")},
}


EDITOR_DOC = Dataset(
    name="workspace-zh-en",
    description="workspace with one zh→en document: headings every 15–25 blocks, captions, "
    "1–4 sentence paragraphs of real-length news sentences; first half translated",
    suffix=".db",
    sizes={"small": 500, "10k": 10_000, "50k": 50_000},
    default_size="10k",
    size_unit="segments",
    summary=("blocks", "translated"),
    generate=lambda out, size, seed: generate_editor_workspace(out, size, seed, corpus_dir()),
    version=1,
    uses_corpus=True,
)


# --------------------------------------------------------------------------- per-run figures


def _invocation() -> str:
    """Identifies the ``python -m bench`` process that started this child: its pid and start
    time (pids are reused, start times with them are not)."""
    ppid = os.getppid()
    try:
        started = Path(f"/proc/{ppid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        started = "?"
    return f"{ppid}:{started}"


def _fmt(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}" if abs(value) < 1 else f"{value:.2f}"


def _record(bench: str, size: int, metrics: Mapping[str, float]) -> dict[str, Any]:
    """Append this run's metrics; return facts: median (min–max) over this invocation."""
    path = data_dir() / RUNS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    key = _invocation()
    entry = {
        "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "invocation": key,
        "benchmark": bench,
        "size": size,
        "metrics": {name: round(value, 6) for name, value in metrics.items()},
    }
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry) + "\n")
    runs = [
        json.loads(line)["metrics"]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
        and (e := json.loads(line))["invocation"] == key
        and e["benchmark"] == bench
        and e["size"] == size
    ]
    facts: dict[str, Any] = {"runs": len(runs)}
    for name in metrics:
        values = [run[name] for run in runs if name in run]
        text = _fmt(statistics.median(values))
        if len(values) > 1:
            text += f" ({_fmt(min(values))}–{_fmt(max(values))})"
        facts[name] = text
    return facts


def _percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (``share`` 0–1)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(share * len(ordered) + 0.5)))
    return ordered[rank - 1]


# --------------------------------------------------------------------------- environment


@dataclass
class GuiRun:
    ctx: RunContext
    platform: str  # "offscreen" or "xcb"
    workspace: Path
    document_id: int
    env: dict[str, str] = field(default_factory=dict)
    xserver: xdisplay.XServer | None = None
    app: Any = None
    window: Any = None
    keep: list[Any] = field(default_factory=list)  # Qt objects that must stay referenced
    extra: dict[str, Any] = field(default_factory=dict)


def _prepare(ctx: RunContext, platform: str) -> GuiRun:
    """A private copy of the workspace, private app folders, and the Qt platform."""
    workspace = ctx.scratch / "workspace.db"
    shutil.copyfile(ctx.input, workspace)
    env = {
        "QT_QPA_PLATFORM": platform,
        "WORKBENCH_CONFIG_DIR": str(ctx.scratch / "config"),
        "WORKBENCH_DATA_DIR": str(ctx.scratch / "data"),
        "XDG_STATE_HOME": str(ctx.scratch / "state"),  # the app's log folder
        "WORKBENCH_AUTHOR": AUTHOR,
    }
    run = GuiRun(ctx, platform, workspace, int(ctx.counts.get("document_id", 1)), env)
    if platform == "xcb":
        run.xserver = xdisplay.start_xvfb(log=ctx.scratch / "xvfb.log")
        env["DISPLAY"] = run.xserver.display
    os.environ.update(env)
    return run


def _stop(run: GuiRun) -> None:
    if run.xserver is not None:
        run.xserver.stop()


def _start_main_window(run: GuiRun) -> None:
    """What ``run_gui`` does before ``app.exec()``, then show the window and let it settle."""
    from bench import guikit
    from workbench.gui.app import create_app, open_context
    from workbench.gui.i18n import install_translators, pick_language
    from workbench.gui.main_window import MainWindow
    from workbench.gui.themes import apply_theme
    from workbench.settings import Preferences

    run.extra["none_guarded"] = guikit.guard_none_refcount()  # see guikit: PySide6 6.12 bug
    app = create_app(["bench"])
    preferences = Preferences.load()
    language = pick_language(preferences.ui_language)
    run.keep.append(install_translators(app, language))
    context = open_context(str(run.workspace), sample=False, language=language)
    apply_theme(app, preferences.theme)
    window = MainWindow(context)
    painted = guikit.PaintCounter(window)
    window.show()
    if not guikit.pump_until(lambda: painted.count > 0):
        raise RuntimeError("the main window was never painted")
    guikit.pump_idle(painted)
    painted.remove()
    run.app, run.window = app, window
    run.extra["context"] = context


def _open_document(run: GuiRun) -> tuple[float, float, Any]:
    """``open_document`` → first paint of the table viewport: (call s, paint s, counter)."""
    from bench import guikit

    run.extra["none_before_open"] = guikit.none_refcount()
    started = time.perf_counter()
    run.window.open_document(run.document_id)
    returned = time.perf_counter()
    counter = guikit.PaintCounter(run.window.view.table.viewport())
    if not guikit.pump_until(lambda: counter.count > 0):
        raise RuntimeError("the segment table was never painted")
    painted = time.perf_counter()
    run.extra["open_started"] = started
    return returned - started, painted - started, counter


# --------------------------------------------------------------------------- editor-open-10k


def _open_setup(platform: str) -> Callable[[RunContext], GuiRun]:
    def setup(ctx: RunContext) -> GuiRun:
        run = _prepare(ctx, platform)
        _start_main_window(run)
        return run

    return setup


def _open_run(run: GuiRun) -> dict[str, Any]:
    call_s, paint_s, counter = _open_document(run)
    run.keep.append(counter)
    return {"call_s": call_s, "paint_s": paint_s}


def _scroll_through(run: GuiRun, counter: Any) -> dict[str, float]:
    from bench import guikit

    bar = run.window.view.table.verticalScrollBar()
    bar.setValue(0)
    guikit.pump_idle(counter)
    none_before = guikit.none_refcount()
    steps: list[float] = []
    started = time.perf_counter()
    while bar.value() < bar.maximum():
        before = counter.count
        step_start = time.perf_counter()
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
        if not guikit.pump_until(lambda before=before: counter.count > before, 10.0):
            raise RuntimeError(f"no repaint after scrolling to {bar.value()}")
        steps.append(time.perf_counter() - step_start)
    total = time.perf_counter() - started
    return {
        "scroll_total_s": total,
        "scroll_steps": float(len(steps)),
        "scroll_step_median_ms": statistics.median(steps) * 1000,
        "scroll_step_p95_ms": _percentile(steps, 0.95) * 1000,
        "scroll_step_max_ms": max(steps) * 1000,
        "none_refs_lost_scroll": float(none_before - guikit.none_refcount()),
    }


def _open_after(name: str) -> Callable[[GuiRun, dict[str, Any]], dict[str, Any]]:
    def after(run: GuiRun, result: dict[str, Any]) -> dict[str, Any]:
        from bench import guikit

        counter = run.keep[-1]
        guikit.pump_idle(counter)  # the row-resize timer fires, visible rows get their height
        settled = counter.last - run.extra["open_started"]
        memory = guikit.status_mib()
        viewport = run.window.view.table.viewport()
        metrics = {
            "paint_s": result["paint_s"],
            "open_call_s": result["call_s"],
            "settled_s": settled,
            "none_refs_lost_open": float(run.extra["none_before_open"] - guikit.none_refcount()),
            "rss_open_MiB": memory.get("VmRSS", 0.0),
            "hwm_open_MiB": memory.get("VmHWM", 0.0),
        }
        metrics.update(_scroll_through(run, counter))
        metrics["rss_after_scroll_MiB"] = guikit.status_mib().get("VmRSS", 0.0)
        facts = _record(name, run.ctx.size, metrics)
        facts["viewport"] = f"{viewport.width()}x{viewport.height()}"
        facts["platform"] = run.app.platformName()
        run.window.close()
        _stop(run)
        return facts

    return after


# --------------------------------------------------------------------------- editor-keystroke


def _middle_translated_row(view: Any) -> int:
    total = view.model.rowCount()
    for offset in range(total):
        for row in (total // 2 - offset, total // 2 + offset):
            data = view.model.row_data(row)
            if data is not None and data.target and data.status != "locked":
                return row
    return total // 2


def _keystroke_setup(platform: str) -> Callable[[RunContext], GuiRun]:
    def setup(ctx: RunContext) -> GuiRun:
        from bench import guikit

        run = _prepare(ctx, platform)
        _start_main_window(run)
        _, _, counter = _open_document(run)
        guikit.pump_idle(counter)
        view = run.window.view
        row = _middle_translated_row(view)
        view.go_to_row(row, edit=True)
        editor = view.editor
        if editor is None:
            raise RuntimeError(f"no editor opened on row {row}")
        run.window.activateWindow()
        editor.setFocus()
        guikit.pump_idle(counter)
        # go_to_row scrolls the row into view with the default row height; the row-resize
        # timer then grows the rows above it and can push the editor below the viewport
        # (where it is never painted). Bring it back, as a user would, and note it.
        recentred = 0
        while not view.table.viewport().rect().contains(editor.geometry()) and recentred < 3:
            view.table.scrollTo(view.target_index(row), view.table.ScrollHint.PositionAtCenter)
            guikit.pump_idle(counter)
            recentred += 1
        if not view.table.viewport().rect().contains(editor.geometry()):
            raise RuntimeError("the editor is outside the viewport")
        painted = guikit.PaintCounter(editor.viewport())
        editor.viewport().update()
        guikit.pump_until(lambda: painted.count > 0, 5.0)
        guikit.pump_idle(painted)
        run.keep += [counter, painted]
        run.extra.update(row=row, editor=editor, before=editor.toPlainText(), recentred=recentred)
        return run

    return setup


def _keystroke_run(run: GuiRun) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from bench import guikit

    editor, painted = run.extra["editor"], run.keep[-1]
    keys = [
        Qt.Key.Key_Space if ch == " " else getattr(Qt.Key, f"Key_{ch.upper()}")
        for ch in (TYPED * (KEYSTROKES // len(TYPED) + 1))[:KEYSTROKES]
    ]
    latencies: list[float] = []
    handled: list[float] = []
    run.extra["none_before_keys"] = guikit.none_refcount()
    for key in keys:
        before = painted.count
        sent = time.perf_counter()
        QTest.keyClick(editor, key)
        handled.append(time.perf_counter() - sent)
        if not guikit.pump_until(lambda before=before: painted.count > before, 5.0):
            raise RuntimeError("the editor was not repainted after a key press")
        latencies.append(time.perf_counter() - sent)
    return {"latencies": latencies, "handled": handled}


def _keystroke_after(name: str) -> Callable[[GuiRun, dict[str, Any]], dict[str, Any]]:
    def after(run: GuiRun, result: dict[str, Any]) -> dict[str, Any]:
        from bench import guikit

        none_lost = run.extra["none_before_keys"] - guikit.none_refcount()
        latencies = [s * 1000 for s in result["latencies"]]
        handled = [s * 1000 for s in result["handled"]]
        typed = (TYPED * (KEYSTROKES // len(TYPED) + 1))[:KEYSTROKES]
        text = run.extra["editor"].toPlainText()
        if text != run.extra["before"] + typed:
            raise RuntimeError("the editor does not hold the typed text")
        metrics = {
            "key_median_ms": statistics.median(latencies),
            "key_p95_ms": _percentile(latencies, 0.95),
            "key_max_ms": max(latencies),
            "key_mean_ms": statistics.fmean(latencies),
            "handler_median_ms": statistics.median(handled),
            "rss_MiB": guikit.status_mib().get("VmRSS", 0.0),
            "none_refs_lost_keys": float(none_lost),
        }
        facts = _record(name, run.ctx.size, metrics)
        facts["segment row"] = run.extra["row"]
        facts["editor re-centred"] = run.extra["recentred"]
        facts["platform"] = run.app.platformName()
        run.window.view.revert_current()  # Esc: do not leave a draft behind
        run.window.close()
        _stop(run)
        return facts

    return after


# --------------------------------------------------------------------------- start-up probes


def _read_line(stream: Any, timeout: float) -> str:
    """One line from a pipe, or '' at end of file / timeout (no Python buffering)."""
    fd = stream.fileno()
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return ""
        byte = os.read(fd, 1)
        if not byte:
            return b"".join(chunks).decode()
        if byte == b"\n":
            return b"".join(chunks).decode()
        chunks.append(byte)


def _probe_setup(platform: str) -> Callable[[RunContext], GuiRun]:
    def setup(ctx: RunContext) -> GuiRun:
        from workbench.db.workspace import open_workspace

        run = _prepare(ctx, platform)
        # Bring the copy to the current schema now (a cached file from before a migration
        # would otherwise be backed up and upgraded inside the timed start-up).
        open_workspace(run.workspace).close()
        return run

    return setup


def _probe_run(document: bool) -> Callable[[GuiRun], dict[str, Any]]:
    def run_probe(run: GuiRun) -> dict[str, Any]:
        argv = [sys.executable, "-P", str(PROBE), "--workspace", str(run.workspace)]
        if document:
            argv += ["--document", str(run.document_id)]
        log = (run.ctx.scratch / "probe.log").open("wb")
        started = time.perf_counter()
        proc = subprocess.Popen(
            argv, stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL, env=os.environ
        )
        line = _read_line(proc.stdout, PROBE_TIMEOUT)
        seen = time.perf_counter()
        run.extra.update(proc=proc, log=log)
        if not line.startswith("painted "):
            proc.kill()
            proc.wait()
            log.close()
            tail = (run.ctx.scratch / "probe.log").read_text(errors="replace")[-3000:]
            xlog = run.ctx.scratch / "xvfb.log"
            if xlog.exists():
                tail += "\nXvfb: " + xlog.read_text(errors="replace")[-2000:]
                tail += f"\nXvfb alive: {run.xserver and run.xserver.process.poll() is None}"
            raise RuntimeError(f"gui_probe gave {line!r} (exit {proc.returncode}):\n{tail}")
        return {"started": started, "seen": seen, "painted": float(line.split()[1])}

    return run_probe


def _probe_after(name: str) -> Callable[[GuiRun, dict[str, Any]], dict[str, Any]]:
    def after(run: GuiRun, result: dict[str, Any]) -> dict[str, Any]:
        proc = run.extra["proc"]
        line = _read_line(proc.stdout, PROBE_TIMEOUT)
        _, status, usage = os.wait4(proc.pid, 0)  # folds the probe's peak into ours
        proc.returncode = os.waitstatus_to_exitcode(status)
        run.extra["log"].close()
        _stop(run)
        if proc.returncode != 0 or not line:
            raise RuntimeError(f"gui_probe exited with {proc.returncode}")
        report = json.loads(line)
        marks: dict[str, float] = report["marks"]
        t0 = result["started"]
        metrics = {
            "startup_s": result["painted"] - t0,
            "interpreter_s": marks["probe_top"] - t0,
            "imports_s": marks["gui_imported"] - marks["probe_top"],
            "open_context_s": marks["open_context_end"] - marks["open_context_start"],
            "main_window_s": marks["window_init_end"] - marks["window_init_start"],
        }
        shown = marks["window_init_end"]
        if "open_start" in marks:
            metrics["open_document_s"] = marks["open_end"] - marks["open_start"]
            shown = marks["open_end"]
            metrics["settled_s"] = max(report["paints"]) - t0  # last table paint in the linger
        metrics["to_paint_s"] = result["painted"] - shown
        metrics["rss_MiB"] = report.get("VmRSS", 0) / 1024
        metrics["peak_rss_MiB"] = usage.ru_maxrss / 1024
        facts = _record(name, run.ctx.size, metrics)
        facts["platform"] = report.get("platform", "?")
        if "viewport" in report:
            facts["viewport"] = "x".join(map(str, report["viewport"]))
        return facts

    return after


# --------------------------------------------------------------------------- registration

_VARIANTS = [("", "offscreen", "offscreen Qt platform")]
if xdisplay.available():
    _VARIANTS.append(("-xvfb", "xcb", f"xcb on a private Xvfb {xdisplay.SCREEN}"))

for suffix, platform, where in _VARIANTS:
    register(
        Benchmark(
            name=f"editor-startup{suffix}",
            description="process start → main window painted (workbench-gui --workspace W; "
            f"imports, Qt, workspace, window) [{where}]",
            dataset=EDITOR_DOC,
            throughput="segments",
            setup=_probe_setup(platform),
            run=_probe_run(document=False),
            after=_probe_after(f"editor-startup{suffix}"),
        )
    )
    register(
        Benchmark(
            name=f"editor-launch-10k{suffix}",
            description="process start → main window with the document's segment table "
            f"painted (workbench-gui --workspace W --document ID) [{where}]",
            dataset=EDITOR_DOC,
            throughput="segments",
            setup=_probe_setup(platform),
            run=_probe_run(document=True),
            after=_probe_after(f"editor-launch-10k{suffix}"),
        )
    )
    register(
        Benchmark(
            name=f"editor-open-10k{suffix}",
            description="MainWindow.open_document(id) → segment table painted; then RSS "
            f"and a page-by-page scroll through the document [{where}]",
            dataset=EDITOR_DOC,
            throughput="segments",
            setup=_open_setup(platform),
            run=_open_run,
            after=_open_after(f"editor-open-10k{suffix}"),
        )
    )
    register(
        Benchmark(
            name=f"editor-keystroke{suffix}",
            description=f"{KEYSTROKES} key presses in the segment editor (middle of the "
            f"document), each timed to the editor's repaint [{where}]",
            dataset=EDITOR_DOC,
            throughput="segments",
            setup=_keystroke_setup(platform),
            run=_keystroke_run,
            after=_keystroke_after(f"editor-keystroke{suffix}"),
        )
    )
