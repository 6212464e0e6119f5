"""Benchmarks for ICC Workbench (design §6: benchmarks live here with their data generators).

Run ``python -m bench list`` to see what exists. A benchmark is a module in
``bench/benchmarks/`` that calls ``register(Benchmark(...))`` at import time; the runner
discovers every module there, so adding a benchmark never touches the runner.

Pieces:

* ``registry`` — ``Dataset`` (a seeded, cached input generator with named sizes) and
  ``Benchmark`` (what to time on it: an in-process function or an external command);
* ``runner`` — generates/caches inputs in ``.bench-data/``, runs every repeat in a fresh
  child process (peak RSS from ``os.wait4``), appends JSON lines to
  ``.bench-data/results.jsonl`` and prints markdown table rows;
* ``generators`` — the data generators (DOCX, bilingual text) and their seed material.
"""

from __future__ import annotations

from bench.registry import Benchmark, Dataset, Hook, register

__all__ = ["Benchmark", "Dataset", "Hook", "register"]
