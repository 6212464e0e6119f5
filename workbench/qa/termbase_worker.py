"""The checks that read the term base, in a process of their own that starts before the
file is read (the command line on a bilingual file with ``--termbase``).

Reading a 20,000-concept TBX and indexing it takes about as long as reading a
50,000-unit XLIFF; one after the other they leave the second core idle. So the parent
forks this worker first: the worker reads the term base, builds the matcher and the
spelling word list while the parent reads the file; then it receives the distinct units,
runs the term-base checks and sends back their findings (packed as in ``parallel``).

Fork only: the worker inherits the profile and the loading function, nothing is pickled
but units and findings. Never start one from a process with threads (the GUI).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from workbench.errors import WorkbenchError
from workbench.qa.model import Finding, Unit, made_fast
from workbench.qa.parallel import Packed, pack_finding, unpack_finding
from workbench.qa.profiles import Profile
from workbench.qa.resources import QAResources

if TYPE_CHECKING:
    from workbench.termbase.matcher import TermMatcher

# What the parent sends: each distinct unit's texts and languages.
Texts = list[tuple[str, str, str, str]]


def fork_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class TermbaseWorker:
    def __init__(
        self,
        profile: Profile,
        load_matcher: Callable[[], TermMatcher | None],
        user_words: Sequence[str] = (),
    ) -> None:
        context = multiprocessing.get_context("fork")
        self._connection, child_end = context.Pipe()
        self._process = context.Process(
            target=_serve,
            args=(child_end, profile, load_matcher, tuple(user_words)),
            daemon=True,
        )
        self._process.start()
        child_end.close()
        self._answered = False

    def send(self, units: Sequence[Unit]) -> None:
        """Hand over the units to check (waits until the worker has loaded the term base)."""
        texts = [(u.source, u.target, u.source_lang, u.target_lang) for u in units]
        # A worker that stopped early (an unreadable term base) closed its end: ``receive``
        # reads why.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._connection.send(texts)

    def receive(self, units: Sequence[Unit], repeats: Sequence[list[Unit]]) -> list[Finding]:
        """The worker's findings on ``units`` (as sent), copied to their ``repeats``; a term
        base that could not be read is raised here."""
        try:
            status, payload = self._connection.recv()
        except EOFError:
            raise WorkbenchError("The term-base check process ended unexpectedly") from None
        finally:
            self._answered = True
            self.close()
        if status == "error":
            raise WorkbenchError(payload)
        if status == "crash":
            raise RuntimeError(f"The term-base check process failed:\n{payload}")
        found: list[Finding] = []
        for item in payload:
            found.extend(unpack_finding(item, units, repeats))
        return found

    def close(self) -> None:
        if not self._answered and self._process.is_alive():
            self._process.terminate()
        self._connection.close()
        self._process.join()


def _serve(
    connection: Connection,
    profile: Profile,
    load_matcher: Callable[[], TermMatcher | None],
    user_words: tuple[str, ...],
) -> None:
    from workbench.qa.runner import profile_checks

    try:
        resources = QAResources(user_words=user_words, load_matcher=load_matcher)
        resources.matcher  # noqa: B018  (read now, while the parent reads its file)
        _, per_unit, _ = profile_checks(profile, resources)
        checks = [(fn, ctx) for fn, ctx in per_unit if ctx.spec.uses_termbase]
        # One made-up unit builds what the checks build lazily (word list, names).
        sample = _units([("术语", "term", "zh", "en")])[0]
        for unit_fn, context in checks:
            list(unit_fn(sample, context))
        units = _units(connection.recv())
        packed: list[Packed] = []
        for index, unit in enumerate(units):
            for unit_fn, context in checks:
                for finding in unit_fn(unit, context):
                    packed.append(pack_finding(finding, index))
        connection.send(("ok", packed))
    except WorkbenchError as exc:
        connection.send(("error", str(exc)))
    except Exception:  # a bug: the parent shows it instead of waiting for nothing
        connection.send(("crash", traceback.format_exc()))
    finally:
        connection.close()


def _units(texts: Texts) -> list[Unit]:
    return [
        made_fast(
            Unit,
            key=str(position),
            source=source,
            target=target,
            source_lang=source_lang,
            target_lang=target_lang,
            position=position,
            segment_id=None,
            document_id=None,
        )
        for position, (source, target, source_lang, target_lang) in enumerate(texts, start=1)
    ]
