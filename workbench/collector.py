"""Pausing Python's cyclic garbage collector around work that builds many objects.

Reading a 50,000-unit file, indexing a 20,000-concept term base or checking every unit
makes millions of small objects (tuples, dataclasses, lists), none of them in a cycle.
The collector cannot know that: left on, it walks the growing heap again and again, a
sixth of a large QA run. Reference counting still frees everything as usual; cycles made
meanwhile (rare here) are collected once the collector runs again.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off for the ``with`` block (restored as it was)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
