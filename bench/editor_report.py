"""Summarise the editor benchmarks' per-run figures (and the OmegaT GUI peer, if it ran).

    python -m bench.editor_report                  # latest invocation of every editor benchmark
    python -m bench.editor_report --omegat /tmp/peers/results/omegat_gui.txt

``bench/benchmarks/editor.py`` appends one JSON line per run to
``.bench-data/editor-runs.jsonl``; this prints, per benchmark and size, the median (min–max)
of every metric over the runs of the most recent ``python -m bench`` invocation that ran it,
and the issue's target where there is one. ``peers.sh omegat_gui`` writes
``$PEERS_WORK/results/omegat_gui.txt`` (one line per launch); its median is printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.benchmarks.editor import RUNS_FILE, TARGETS
from bench.runner import data_dir


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    return f"{value:,.0f}"


def _unit(metric: str) -> str:
    for unit in ("ms", "s", "MiB"):
        if metric.endswith("_" + unit):
            return unit
    return ""


def latest_runs(path: Path) -> dict[tuple[str, int], list[dict[str, float]]]:
    """(benchmark, size) -> the metrics of each run of its most recent invocation."""
    entries: list[dict[str, Any]] = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    last: dict[tuple[str, int], str] = {}
    for entry in entries:
        last[(entry["benchmark"], entry["size"])] = entry["invocation"]
    runs: dict[tuple[str, int], list[dict[str, float]]] = defaultdict(list)
    for entry in entries:
        key = (entry["benchmark"], entry["size"])
        if last[key] == entry["invocation"]:
            runs[key].append(entry["metrics"])
    return dict(runs)


def _target(bench: str, metric: str, value: float) -> str:
    limit, text = TARGETS.get(bench.removesuffix("-xvfb"), {}).get(metric, (None, ""))
    if limit is None:
        return ""
    return f"{text} {'met' if value <= limit else '**missed**'}"


def omegat_summary(path: Path) -> str:
    times, rss = [], []
    for line in path.read_text().splitlines():
        fields = dict(part.split("=", 1) for part in line.split() if "=" in part)
        if "gui_open_to_project_files_dialog_s" in fields:
            times.append(float(fields["gui_open_to_project_files_dialog_s"]))
            rss.append(int(fields.get("peak_rss_kb_after_9s", 0)) / 1024)
    if not times:
        return f"{path}: no OmegaT runs"
    return (
        f"OmegaT GUI launch → project loaded ({len(times)} runs, {path}): median "
        f"{statistics.median(times):.2f} s ({min(times):.2f}–{max(times):.2f} s), "
        f"VmHWM after 9 s median {statistics.median(rss):.0f} MiB "
        f"({min(rss):.0f}–{max(rss):.0f})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs-file", type=Path, default=data_dir() / RUNS_FILE)
    peers = Path(os.environ.get("PEERS_WORK") or Path(os.environ.get("TMPDIR") or "/tmp") / "peers")
    parser.add_argument("--omegat", type=Path, default=peers / "results" / "omegat_gui.txt")
    args = parser.parse_args(argv)
    if not args.runs_file.exists():
        print(f"no {args.runs_file}: run `python -m bench run editor-…` first")
        return 1
    print("| benchmark | size | runs | metric | median | min–max | target |")
    print("|---|---|---:|---|---:|---|---|")
    for (bench, size), runs in sorted(latest_runs(args.runs_file).items()):
        for metric in runs[0]:
            values = [run[metric] for run in runs if metric in run]
            unit = _unit(metric)
            spread = f"{_fmt(min(values), unit)}–{_fmt(max(values), unit)}"
            print(
                f"| {bench} | {size:,} | {len(values)} | {metric} "
                f"| {_fmt(statistics.median(values), unit)} | {spread} "
                f"| {_target(bench, metric, statistics.median(values))} |"
            )
    if args.omegat.exists():
        print()
        print(omegat_summary(args.omegat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
