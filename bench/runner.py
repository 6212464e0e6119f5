"""Generate (or reuse) inputs, run repeats in fresh child processes, record and print results.

Measurements:

* **wall time** — in-process benchmarks: ``time.perf_counter`` around ``run`` inside the child
  (interpreter start-up, imports and ``setup`` excluded; they are reported as ``setup_s``);
  command benchmarks: around the whole process, start-up included (that is what a user waits).
* **peak RSS** — ``ru_maxrss`` of the child from ``os.wait4``: the high-water mark of that one
  process over its whole life (interpreter + imports + setup + run). ``base_rss`` is the RSS
  just before ``run`` starts, so ``peak - base`` is roughly what the measured work added.
* **phases** — see ``phases.py``; medians over the repeats.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from bench.machine import ROOT, code_info, load_average, machine_info
from bench.registry import Benchmark, Dataset, RunContext

DATA_ENV = "BENCH_DATA_DIR"
CORPUS_ENV = "BENCH_CORPUS"


def data_dir() -> Path:
    return Path(os.environ.get(DATA_ENV) or ROOT / ".bench-data")


def results_path() -> Path:
    return data_dir() / "results.jsonl"


def corpus_dir() -> Path:
    # The shared corpus lives beside the project (../shared/corpus); never copied in.
    return Path(os.environ.get(CORPUS_ENV) or ROOT.parent / "shared" / "corpus")


def corpus_fingerprint() -> str:
    digest = hashlib.sha256()
    files = sorted(corpus_dir().glob("*.txt")) if corpus_dir().is_dir() else []
    for file in files:
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()[:8] if files else "nocorpus"


# --------------------------------------------------------------------------- inputs


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def ensure_input(dataset: Dataset, size: int, seed: int) -> tuple[Path, dict[str, Any]]:
    """The cached input for (dataset, size, seed), generated on first use."""
    key = f"{dataset.name}-{size}-s{seed}-v{dataset.version}"
    if dataset.uses_corpus:
        key += f"-c{corpus_fingerprint()}"
    folder = data_dir() / "data" / dataset.name
    path = folder / f"{key}{dataset.suffix}"
    meta_path = path.with_name(path.name + ".json")
    if path.exists() and meta_path.exists():
        return path, json.loads(meta_path.read_text())
    folder.mkdir(parents=True, exist_ok=True)
    print(f"generating {path.relative_to(data_dir())} …", file=sys.stderr, flush=True)
    # Write beside the final name and rename: an interrupted generation leaves no half file
    # that a later run would take for a cached input.
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    started = time.perf_counter()
    try:
        counts = dataset.generate(partial, size, seed)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    meta = {
        "dataset": dataset.name,
        "size": size,
        "seed": seed,
        "version": dataset.version,
        "counts": {**counts, "bytes": path.stat().st_size},
        "sha256": _sha256(path),
        "generated_in_s": round(time.perf_counter() - started, 2),
    }
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    return path, meta


# --------------------------------------------------------------------------- one run


def _child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.update(extra or {})
    return env


def _wait(argv: Sequence[str], env: Mapping[str, str], log: Path) -> tuple[int, int, float]:
    """Run ``argv``; return (exit code, peak RSS in KiB, wall seconds)."""
    with log.open("wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(list(argv), cwd=ROOT, env=dict(env), stdout=out, stderr=out)
        # wait4 gives this child's own rusage; RUSAGE_CHILDREN would be the max over all
        # children so far, which hides a smaller later run.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss, wall


def _fail(what: str, log: Path) -> RuntimeError:
    tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
    return RuntimeError(f"{what} failed:\n{tail}")


def run_once(bench: Benchmark, ctx: RunContext, *, profile: Path | None = None) -> dict[str, Any]:
    log = ctx.scratch / "run.log"
    if bench.command is not None:
        command = bench.command(ctx)
        rc, rss_kb, wall = _wait(command.argv, _child_env(command.env), log)
        if rc != 0:
            raise _fail(f"{bench.name} ({' '.join(map(str, command.argv))})", log)
        return {"wall_s": wall, "peak_rss_kb": rss_kb, "phases": {}, "facts": {}}
    spec = {
        "name": bench.name,
        "input": str(ctx.input),
        "scratch": str(ctx.scratch),
        "size": ctx.size,
        "counts": dict(ctx.counts),
        "profile": str(profile) if profile else None,
        "result": str(ctx.scratch / "result.json"),
    }
    spec_path = ctx.scratch / "spec.json"
    spec_path.write_text(json.dumps(spec))
    argv = [sys.executable, "-m", "bench._child", str(spec_path)]
    rc, rss_kb, _ = _wait(argv, _child_env(), log)
    if rc != 0:
        raise _fail(bench.name, log)
    result: dict[str, Any] = json.loads((ctx.scratch / "result.json").read_text())
    result["peak_rss_kb"] = rss_kb
    return result


# --------------------------------------------------------------------------- a benchmark


def _mib(kib: float) -> float:
    return round(kib / 1024, 1)


def run_benchmark(
    bench: Benchmark,
    *,
    size: str | None = None,
    repeat: int = 3,
    seed: int = 1,
    profile: bool = False,
    keep: bool = False,
    record: Path | None = None,
) -> dict[str, Any]:
    label, value = bench.dataset.resolve_size(size)
    input_path, meta = ensure_input(bench.dataset, value, seed)
    counts: dict[str, int] = meta["counts"]
    scratch_root = data_dir() / "scratch"
    scratch_root.mkdir(parents=True, exist_ok=True)
    load_before = load_average()
    runs: list[dict[str, Any]] = []

    def one(index: int, profile_to: Path | None = None) -> dict[str, Any]:
        scratch = Path(tempfile.mkdtemp(prefix=f"{bench.name}-{index}-", dir=scratch_root))
        ctx = RunContext(input=input_path, scratch=scratch, size=value, counts=counts)
        try:
            return run_once(bench, ctx, profile=profile_to)
        finally:
            if not keep:
                shutil.rmtree(scratch, ignore_errors=True)

    for index in range(1, repeat + 1):
        result = one(index)
        runs.append(result)
        print(
            f"  {bench.name} [{label}] run {index}/{repeat}: {result['wall_s']:.3f} s, "
            f"peak RSS {_mib(result['peak_rss_kb'])} MiB",
            file=sys.stderr,
            flush=True,
        )

    times = [run["wall_s"] for run in runs]
    rss = [_mib(run["peak_rss_kb"]) for run in runs]
    median = statistics.median(times)
    phase_names = list(dict.fromkeys(name for run in runs for name in run["phases"]))
    phases = {
        name: round(statistics.median(run["phases"].get(name, 0.0) for run in runs), 4)
        for name in phase_names
    }
    throughput = {f"{bench.throughput}_per_s": round(counts[bench.throughput] / median, 1)}
    throughput["mb_per_s"] = round(counts["bytes"] / 1e6 / median, 3)
    row: dict[str, Any] = {
        "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "benchmark": bench.name,
        "kind": "command" if bench.command else "python",
        "dataset": bench.dataset.name,
        "size": label,
        "size_value": value,
        "seed": seed,
        "input": {
            "path": str(input_path.relative_to(data_dir())),
            "sha256": meta["sha256"],
            **counts,
        },
        "repeat": repeat,
        "times_s": [round(t, 4) for t in times],
        "median_s": round(median, 4),
        "min_s": round(min(times), 4),
        "max_s": round(max(times), 4),
        "peak_rss_mb": rss,
        "peak_rss_mb_max": max(rss),
        "peak_rss_mb_median": statistics.median(rss),
        "summary": [bench.dataset.size_unit, *bench.dataset.summary],
        "phases_median_s": phases,
        "throughput": throughput,
        "facts": runs[-1].get("facts", {}),
        "machine": machine_info(),
        "code": code_info(),
        "load_before": load_before,
    }
    if bench.command is None:
        row["base_rss_mb_median"] = statistics.median(_mib(r["base_rss_kb"]) for r in runs)
        row["setup_s_median"] = round(statistics.median(r["setup_s"] for r in runs), 4)
        row["peak_rss_mb_after"] = {
            phase: max(_mib(r["peak_after_kb"].get(phase, 0)) for r in runs)
            for phase in runs[0].get("peak_after_kb", {})
        }
    else:
        ctx = RunContext(input_path, scratch_root / "<scratch>", value, counts)
        row["command"] = [str(part) for part in bench.command(ctx).argv]
    if profile:
        if bench.command is not None:
            print(f"  (no profile for command benchmark {bench.name})", file=sys.stderr)
        else:
            profiles = data_dir() / "profiles"
            profiles.mkdir(parents=True, exist_ok=True)
            prof = profiles / f"{bench.name}-{label}.prof"
            one(0, prof)
            row["profile"] = str(prof)
            print(f"  profile: {prof} (summary: {prof.with_suffix('.txt')})", file=sys.stderr)
    target = record if record is not None else results_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return row


# --------------------------------------------------------------------------- table

TABLE_HEADER = (
    "| benchmark | size | input | runs | median wall (min–max) | peak RSS MiB "
    "| throughput | breakdown (median) | result |\n"
    "|---|---|---|---:|---:|---:|---:|---|---|"
)


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def _counts(counts: Mapping[str, int], keys: Sequence[str]) -> str:
    parts = [f"{counts[key]:,} {key}" for key in keys if key in counts and key != "bytes"]
    size = counts["bytes"]
    parts.append(f"{size / 1e6:.2f} MB" if size >= 100_000 else f"{size / 1e3:.0f} kB")
    return ", ".join(parts)


def _breakdown(phases: Mapping[str, float]) -> str:
    """``parse 1.20 s (zipcheck 90 ms, walk 400 ms) · store 2.00 s`` — nested in brackets."""
    parts = []
    for name, value in phases.items():
        if "." in name:
            continue
        inner = [
            f"{child.split('.', 1)[1]} {_seconds(seconds)}"
            for child, seconds in phases.items()
            if child.startswith(name + ".")
        ]
        parts.append(f"{name} {_seconds(value)}" + (f" ({', '.join(inner)})" if inner else ""))
    return " · ".join(parts)


def table_row(row: Mapping[str, Any]) -> str:
    counts = {k: v for k, v in row["input"].items() if k not in {"path", "sha256"}}
    rate_key, rate = next(iter(row["throughput"].items()))
    unit = rate_key.removesuffix("_per_s")
    throughput = (
        f"{row['throughput']['mb_per_s']:.2f} MB/s" if unit == "bytes" else f"{rate:,.0f} {unit}/s"
    )
    rss = f"{row['peak_rss_mb_max']:.0f}"
    if "base_rss_mb_median" in row:
        marks = [f"base {row['base_rss_mb_median']:.0f}"]
        marks += [f"after {k} {v:.0f}" for k, v in row.get("peak_rss_mb_after", {}).items()]
        rss += f" ({', '.join(marks)})"
    breakdown = _breakdown(row["phases_median_s"])
    facts = ", ".join(
        f"{value:,} {key}" if isinstance(value, int) else f"{key} {value}"
        for key, value in row["facts"].items()
    )
    return (
        f"| {row['benchmark']} | {row['size']} | {_counts(counts, row.get('summary', ()))} "
        f"| {row['repeat']} "
        f"| {_seconds(row['median_s'])} ({_seconds(row['min_s'])}–{_seconds(row['max_s'])}) "
        f"| {rss} | {throughput} | {breakdown or '—'} | {facts or '—'} |"
    )
