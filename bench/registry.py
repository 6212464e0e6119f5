"""What a benchmark is, and the registry the runner reads.

A ``Dataset`` makes one input file deterministically from ``(size, seed)``; the runner caches
it in ``.bench-data/data/`` under a key of dataset name, size, seed, generator version and (for
generators that read ``../shared/corpus``) a fingerprint of the corpus, so a changed generator
or corpus never reuses a stale file.

A ``Benchmark`` times one thing on a dataset, either

* in-process (``setup`` untimed → ``run`` timed → ``after`` untimed), always in a fresh child
  process so that its peak RSS is its own and no cache from an earlier repeat helps; or
* as an external ``command`` (end-to-end, interpreter start-up included).

``hooks`` name functions whose time is summed into phases while ``run`` executes (a cheap
breakdown without touching the code under test); ``rest_phase`` names whatever is left.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# (output file, size, seed) -> counts describing the input, e.g. {"paragraphs": 10000}.
# The runner adds "bytes" itself.
GenerateFn = Callable[[Path, int, int], dict[str, int]]


@dataclass(frozen=True)
class Dataset:
    name: str
    description: str
    suffix: str
    sizes: Mapping[str, int]  # named sizes -> the generator's size parameter
    default_size: str
    generate: GenerateFn
    size_unit: str = ""  # what the size number counts ("paragraphs", "bytes")
    summary: tuple[str, ...] = ()  # counts shown in the table's input column (bytes always)
    version: int = 1  # bump whenever the generator's output changes
    uses_corpus: bool = False

    def resolve_size(self, size: str | None) -> tuple[str, int]:
        """A named size (``small``) or a plain number (``2500``) -> (label, value)."""
        label = size or self.default_size
        if label in self.sizes:
            return label, self.sizes[label]
        try:
            value = int(label.replace("_", ""))
        except ValueError:
            names = ", ".join(self.sizes)
            raise BenchError(
                f"unknown size {label!r} for {self.name} (use {names} or a number)"
            ) from None
        if value <= 0:
            raise BenchError("size must be positive")
        return str(value), value


@dataclass(frozen=True)
class Hook:
    """Sum the time spent in ``target`` ("pkg.module:func" or "pkg.module:Class.method")
    into ``phase``. A dotted phase ("parse.align") is nested inside its parent and not
    subtracted again when the rest is computed."""

    target: str
    phase: str
    # Also note the process's RSS high-water mark when the phase ends (one getrusage per
    # call, so keep it for functions called a few times, not per paragraph).
    memory: bool = False


@dataclass(frozen=True)
class RunContext:
    input: Path
    scratch: Path  # an empty folder for this run, removed afterwards
    size: int
    counts: Mapping[str, int]


@dataclass(frozen=True)
class Command:
    argv: Sequence[str]
    env: Mapping[str, str] = field(default_factory=dict)  # added to os.environ


@dataclass(frozen=True)
class Benchmark:
    name: str
    description: str
    dataset: Dataset
    throughput: str  # a key of the dataset's counts; "bytes" is shown as MB/s
    setup: Callable[[RunContext], Any] | None = None
    run: Callable[[Any], Any] | None = None
    after: Callable[[Any, Any], Mapping[str, Any]] | None = None  # (state, result) -> facts
    command: Callable[[RunContext], Command] | None = None
    hooks: tuple[Hook, ...] = ()
    rest_phase: str | None = None

    def __post_init__(self) -> None:
        if (self.run is None) == (self.command is None):
            raise ValueError(f"benchmark {self.name}: give exactly one of run= or command=")


REGISTRY: dict[str, Benchmark] = {}


class BenchError(Exception):
    """A usage problem (unknown benchmark or size): one line for the user, no traceback."""


def register(benchmark: Benchmark) -> Benchmark:
    if benchmark.name in REGISTRY and REGISTRY[benchmark.name] is not benchmark:
        raise ValueError(f"benchmark {benchmark.name!r} is registered twice")
    REGISTRY[benchmark.name] = benchmark
    return benchmark


def load_all() -> dict[str, Benchmark]:
    """Import every module in ``bench.benchmarks`` (each registers itself)."""
    package = importlib.import_module("bench.benchmarks")
    for module in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if not module.name.startswith("_"):
            importlib.import_module(f"bench.benchmarks.{module.name}")
    return REGISTRY


def get(name: str) -> Benchmark:
    benchmarks = load_all()
    if name not in benchmarks:
        known = ", ".join(sorted(benchmarks))
        raise BenchError(f"no benchmark {name!r} (known: {known})")
    return benchmarks[name]
