"""Benchmark modules: each one calls ``bench.register(...)`` when imported.

To add one, drop a module here (see ``imports.py``): define or reuse a ``Dataset``, then
register a ``Benchmark`` with ``setup``/``run``/``after`` (in-process) or ``command``
(end-to-end). ``python -m bench list`` shows it at once.
"""
