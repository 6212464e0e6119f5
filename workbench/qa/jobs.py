"""Whole QA jobs as the command line and the GUI start them: a workspace target (documents,
an issue, everything) or a bilingual file with optional term base files."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.collector import collector_paused
from workbench.errors import ImportFailed
from workbench.qa.file_units import file_units
from workbench.qa.parallel import worker_count
from workbench.qa.profiles import Profile
from workbench.qa.resources import QAResources
from workbench.qa.runner import Progress, QAResult, run_qa
from workbench.qa.termbase_worker import TermbaseWorker, fork_available
from workbench.termbase.data import ConceptData
from workbench.termbase.matcher import TermMatcher

if TYPE_CHECKING:  # the database stack is imported only by the workspace jobs
    from sqlmodel import Session


def read_termbase_files(paths: Sequence[str | Path]) -> list[ConceptData]:
    from workbench.termbase.formats import read_termbase_file

    concepts: list[ConceptData] = []
    for path in paths:
        concepts.extend(read_termbase_file(path))
    return concepts


def workspace_resources(
    session: Session, extra: Sequence[ConceptData] = (), extra_words: Sequence[str] = ()
) -> QAResources:
    """The workspace's term bases (plus ``extra`` concepts) and user dictionary."""
    from workbench.qa import store
    from workbench.termbase.matcher import matcher_for_workspace

    if extra:
        from workbench.termbase.store import load_concepts

        matcher = TermMatcher.build([*load_concepts(session), *extra])
    else:
        matcher = matcher_for_workspace(session)
    return QAResources(matcher, user_words=[*store.user_words(session), *extra_words])


def run_documents(
    session: Session,
    document_ids: Sequence[int],
    profile: Profile,
    *,
    extra_concepts: Sequence[ConceptData] = (),
    extra_words: Sequence[str] = (),
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> QAResult:
    """QA over workspace documents; ignored findings come back marked with their reason."""
    from workbench.qa import store
    from workbench.qa.units import document_units

    units = document_units(session, document_ids)
    resources = workspace_resources(session, extra_concepts, extra_words)
    result = run_qa(units, profile, resources, progress=progress, cancelled=cancelled)
    result.findings = store.mark_ignored(session, result.findings)
    return result


def run_file(
    path: str | Path,
    profile: Profile,
    *,
    termbases: Sequence[str | Path] = (),
    user_words: Sequence[str] = (),
    source_lang: str | None = None,
    target_lang: str | None = None,
    progress: Progress | None = None,
    parallel: bool = False,
) -> QAResult:
    """QA over an XLIFF or TMX file; no workspace is involved. ``parallel``: large files
    are checked in worker processes (only from a process without threads: the CLI)."""
    with collector_paused():  # units, term index and findings: millions of acyclic objects
        return _run_file(
            path,
            profile,
            termbases=termbases,
            user_words=user_words,
            source_lang=source_lang,
            target_lang=target_lang,
            progress=progress,
            parallel=parallel,
        )


def _run_file(
    path: str | Path,
    profile: Profile,
    *,
    termbases: Sequence[str | Path],
    user_words: Sequence[str],
    source_lang: str | None,
    target_lang: str | None,
    progress: Progress | None,
    parallel: bool,
) -> QAResult:
    from workbench.interchange.reader import read_bilingual

    for termbase in termbases:  # a mistyped name fails at once, not after the units are read
        if not Path(termbase).is_file():
            raise ImportFailed(Path(termbase), "no such file")

    def load_matcher() -> TermMatcher | None:
        concepts = read_termbase_files(termbases)
        return TermMatcher.build(concepts) if concepts else None

    termbase_worker = None
    if parallel and termbases and fork_available():
        # Reads the term base while this process reads the file (see termbase_worker).
        termbase_worker = TermbaseWorker(profile, load_matcher, user_words)
    try:
        bilingual = read_bilingual(path, source_lang=source_lang, target_lang=target_lang)
        resources = QAResources(
            user_words=user_words, load_matcher=None if termbase_worker else load_matcher
        )
        units = file_units(bilingual)
        workers = worker_count(len(units)) if parallel else 1
        result = run_qa(
            units,
            profile,
            resources,
            progress=progress,
            workers=workers,
            termbase_worker=termbase_worker,
        )
    finally:
        if termbase_worker is not None:
            termbase_worker.close()
    # A broken term base is an error even if no check read it (the worker always reads).
    resources.matcher  # noqa: B018
    return result
