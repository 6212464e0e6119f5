"""Phase timing by temporarily wrapping named functions (see ``registry.Hook``).

Why wrapping rather than timers in the core: the core stays free of benchmark code, and a
benchmark can break down any function that is looked up through a module or class attribute
at call time (``import_file`` inside ``import_into_workspace``, ``segment_block`` inside
``store_draft``). Cost is two ``perf_counter`` calls per wrapped call.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import resource
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from bench.registry import Hook


def _resolve(target: str) -> tuple[Any, str]:
    """Split ``pkg.mod:Class.attr`` into (the object holding the attribute, its name)."""
    module_name, _, path = target.partition(":")
    if not path:
        raise ValueError(f"hook target {target!r} must look like 'pkg.module:function'")
    owner: Any = importlib.import_module(module_name)
    *parents, attr = path.split(".")
    for name in parents:
        owner = getattr(owner, name)
    if not hasattr(owner, attr):
        raise AttributeError(f"hook target {target!r} does not exist (was it renamed?)")
    return owner, attr


class PhaseClock:
    def __init__(self) -> None:
        self.totals: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.peak_after: dict[str, int] = {}  # phase -> ru_maxrss (KiB) when it last ended

    def _wrap(self, func: Callable[..., Any], phase: str, memory: bool) -> Callable[..., Any]:
        depth = 0  # recursive calls (a table cell's story reads blocks too) count once

        @functools.wraps(func)
        def timed(*args: Any, **kwargs: Any) -> Any:
            nonlocal depth
            if depth:
                return func(*args, **kwargs)
            depth += 1
            start = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.totals[phase] = self.totals.get(phase, 0.0) + time.perf_counter() - start
                self.calls[phase] = self.calls.get(phase, 0) + 1
                if memory:
                    self.peak_after[phase] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                depth -= 1

        return timed

    @contextlib.contextmanager
    def hooked(self, hooks: Sequence[Hook]) -> Iterator[PhaseClock]:
        undo: list[tuple[Any, str, Any]] = []
        try:
            for hook in hooks:
                owner, attr = _resolve(hook.target)
                # Read through __dict__ for classes so staticmethod/classmethod wrappers survive.
                raw = (
                    owner.__dict__.get(attr, getattr(owner, attr))
                    if isinstance(owner, type)
                    else getattr(owner, attr)
                )
                if isinstance(raw, staticmethod | classmethod):
                    wrapped: Any = type(raw)(self._wrap(raw.__func__, hook.phase, hook.memory))
                else:
                    wrapped = self._wrap(raw, hook.phase, hook.memory)
                setattr(owner, attr, wrapped)
                undo.append((owner, attr, raw))
            yield self
        finally:
            for owner, attr, raw in reversed(undo):
                setattr(owner, attr, raw)

    def breakdown(self, wall: float, rest_phase: str | None) -> dict[str, float]:
        phases = dict(self.totals)
        if rest_phase:
            top = sum(value for name, value in phases.items() if "." not in name)
            phases[rest_phase] = max(0.0, wall - top)
        return phases
