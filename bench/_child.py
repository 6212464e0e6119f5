"""One measured run in a fresh process: ``python -m bench._child SPEC.json``.

A fresh process per repeat means every run pays the same cold caches (module imports,
compiled regexes, SQLAlchemy statement caches) a user's first import pays, and its peak RSS
(read by the parent with ``os.wait4``) belongs to this run alone.
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import sys
import time
from pathlib import Path
from typing import Any

from bench.phases import PhaseClock
from bench.registry import RunContext, get


def _rss_kb() -> int:
    """Current resident set size (KiB) from /proc; 0 where that does not exist."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _write_profile_summary(profiler: cProfile.Profile, path: Path) -> None:
    profiler.dump_stats(path)
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text).strip_dirs()
    text.write("=== by own time (tottime) ===\n")
    stats.sort_stats("tottime").print_stats(25)
    text.write("=== by cumulative time ===\n")
    stats.sort_stats("cumulative").print_stats(40)
    path.with_suffix(".txt").write_text(text.getvalue())


def main(spec_path: str) -> int:
    spec: dict[str, Any] = json.loads(Path(spec_path).read_text())
    bench = get(spec["name"])
    assert bench.run is not None
    ctx = RunContext(
        input=Path(spec["input"]),
        scratch=Path(spec["scratch"]),
        size=int(spec["size"]),
        counts=spec["counts"],
    )
    started = time.perf_counter()
    state = bench.setup(ctx) if bench.setup else ctx
    setup_s = time.perf_counter() - started
    base_rss = _rss_kb()

    clock = PhaseClock()
    profiler = cProfile.Profile() if spec.get("profile") else None
    with clock.hooked(bench.hooks):
        if profiler:
            profiler.enable()
        started = time.perf_counter()
        result = bench.run(state)
        wall = time.perf_counter() - started
        if profiler:
            profiler.disable()
    facts = dict(bench.after(state, result)) if bench.after else {}
    if profiler:
        _write_profile_summary(profiler, Path(spec["profile"]))

    Path(spec["result"]).write_text(
        json.dumps(
            {
                "wall_s": wall,
                "setup_s": setup_s,
                "base_rss_kb": base_rss,
                "phases": clock.breakdown(wall, bench.rest_phase),
                "peak_after_kb": clock.peak_after,
                "facts": facts,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
