"""TMX into the memory (streaming, one transaction) and the memory out as TMX.

Import reads ``workbench.interchange.tmx.iter_tmx_units`` one ``<tu>`` at a time, so a
200,000-unit file is never held whole, and writes in executemany batches with the FTS
trigger deferred (``store.deferred_index``). Everything is one transaction: a broken file,
an error or a cancel stores nothing. Inline codes arrive as placeholder tags
(``<g1>…</g1>``, ``<x2/>``) and are stored that way. Units without a source or a target
are skipped (counted).
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from workbench.db.workspace import Workspace
from workbench.errors import Cancelled, ImportFailed
from workbench.fileio import atomic_write_text
from workbench.models.base import utcnow
from workbench.tm import index
from workbench.tm.store import NewUnit, add_units, deferred_index
from workbench.tm.text import lang_key

PROGRESS_EVERY = 2000
Progress = Callable[[int, int], None]  # (units read, total or 0 when not known)


@dataclass(frozen=True)
class TMImportResult:
    units: int  # stored
    skipped: int  # no source or no target
    seconds: float
    source_lang: str = ""
    target_lang: str = ""

    @property
    def added(self) -> int:
        return self.units


def _languages(path: Path, source_lang: str | None, target_lang: str | None) -> tuple[str, str]:
    from workbench.interchange.tmx import tmx_languages

    found_source, found_target = tmx_languages(
        path, source_lang=source_lang, target_lang=target_lang
    )
    source = lang_key(source_lang or found_source)
    target = lang_key(target_lang or found_target)
    if not source or not target:
        raise ImportFailed(
            path,
            "cannot tell the language pair; give --source-lang and --target-lang",
        )
    return source, target


def import_tmx(
    workspace: Workspace,
    path: str | Path,
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    author: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> TMImportResult:
    """Store every unit of a TMX file (origin "tmx", origin_ref the file name). Raises
    ``ImportFailed`` for an unreadable or broken file and ``Cancelled`` when
    ``cancelled()`` turns true; either way nothing is stored."""
    from workbench.interchange.tmx import iter_tmx_units

    file = Path(path)
    started = time.perf_counter()
    if not file.is_file():
        raise ImportFailed(file, "no such file")
    source, target = _languages(file, source_lang, target_lang)
    skipped = 0
    now = utcnow()

    def units() -> Iterator[NewUnit]:
        nonlocal skipped
        read = 0
        for unit in iter_tmx_units(file, source_lang=source_lang, target_lang=target_lang):
            read += 1
            if read % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(read, 0)
            if not unit.source.strip() or not unit.target.strip():
                skipped += 1
                continue
            yield NewUnit(
                source,
                target,
                unit.source,
                unit.target,
                origin="tmx",
                origin_ref=file.name,
                created_by=author,
                created_at=now,
            )

    try:
        with workspace.session() as session, deferred_index(session):
            stored = add_units(session, units())
    except OSError as exc:
        raise ImportFailed(file, exc.strerror or str(exc)) from exc
    index.forget_frequencies(workspace.engine)
    if progress is not None:
        progress(stored + skipped, stored + skipped)
    return TMImportResult(stored, skipped, time.perf_counter() - started, source, target)


# --- export -----------------------------------------------------------------------------


def _tuv(lang: str, text: str) -> str:
    return f'<tuv xml:lang="{html.escape(lang)}"><seg>{html.escape(text, quote=False)}</seg></tuv>'


def tm_tmx_text(rows: Iterator[tuple[str, str, str, str, str]], source_lang: str) -> Iterator[str]:
    """TMX 1.4 lines for (source_lang, target_lang, source, target, changedate) rows."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
    yield (
        '<header creationtool="ICC Workbench" creationtoolversion="1" segtype="sentence"'
        f' o-tmf="icc-workbench" adminlang="en" srclang="{html.escape(source_lang)}"'
        ' datatype="plaintext"/>\n<body>\n'
    )
    for sl, tl, source, target, changed in rows:
        yield f'<tu changedate="{changed}">{_tuv(sl, source)}{_tuv(tl, target)}</tu>\n'
    yield "</body>\n</tmx>\n"


def export_tm_tmx(
    workspace: Workspace,
    path: str | Path,
    *,
    source_lang: str = "zh",
    target_lang: str = "en",
    origin: str | None = None,
) -> int:
    """Write the units of one language pair (optionally of one origin) as TMX 1.4;
    returns how many. Placeholder tags are written as text."""
    sql = (
        "SELECT source_lang, target_lang, source, target, updated_at FROM tm_unit"
        " WHERE source_lang = :sl AND target_lang = :tl"
    )
    params = {"sl": lang_key(source_lang), "tl": lang_key(target_lang)}
    if origin:
        sql += " AND origin = :o"
        params["o"] = origin
    with workspace.session() as session:
        rows = [
            (sl, tl, source, target, _tmx_date(changed))
            for sl, tl, source, target, changed in session.execute(
                sa.text(sql + " ORDER BY id").columns(updated_at=sa.DateTime), params
            )
        ]
    atomic_write_text(Path(path), "".join(tm_tmx_text(iter(rows), params["sl"])))
    return len(rows)


def _tmx_date(value: object) -> str:
    strftime = getattr(value, "strftime", None)
    return strftime("%Y%m%dT%H%M%SZ") if strftime else ""
