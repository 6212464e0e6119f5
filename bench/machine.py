"""Facts about the machine and the code a result was measured on (stored with every result)."""

from __future__ import annotations

import functools
import os
import platform
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(errors="replace").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    return None


def _cpus() -> int:
    # What this process may use (containers often restrict it), as `nproc` reports.
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@functools.cache
def machine_info() -> dict[str, Any]:
    return {
        "nproc": _cpus(),
        "cpu": _cpu_model(),
        "memory_gb": _memory_gb(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def _git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip()


@functools.cache
def code_info() -> dict[str, Any]:
    # Dirty files outside bench/ change what was measured, so say so in the result.
    status = _git("status", "--porcelain", "--", ".", ":!bench", ":!docs")
    return {"commit": _git("rev-parse", "--short", "HEAD"), "dirty": bool(status)}


def load_average() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def describe() -> str:
    info = machine_info()
    code = code_info()
    dirty = " (uncommitted changes)" if code["dirty"] else ""
    return "\n".join(
        [
            f"CPU:     {info['cpu']} x {info['nproc']} (nproc)",
            f"Memory:  {info['memory_gb']} GB",
            f"OS:      {info['os']}",
            f"Python:  {info['python']} ({sys.executable})",
            f"SQLite:  {info['sqlite']}",
            f"Code:    {code['commit'] or 'unknown'}{dirty}",
            f"Load:    {load_average()}",
        ]
    )
