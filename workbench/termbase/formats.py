"""Term base files by format: one entry point for the CLI and the GUI wizards.

Formats: ``tbx`` (TBX-Basic 2, ``martif`` — what most CAT tools read), ``tbx-v3`` (TBX v3,
ISO 30042:2019), ``csv``, ``tsv``, ``xlsx``. Reading tells TBX versions apart by the root
element and tables by suffix or signature; a table without a mapping gets the guessed one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

from workbench.errors import ImportFailed, WorkbenchError
from workbench.termbase import tabular, tbx
from workbench.termbase.data import ConceptData
from workbench.termbase.tabular import ColumnMapping

TermbaseFormat = Literal["tbx", "tbx-v3", "csv", "tsv", "xlsx"]
FORMATS: tuple[str, ...] = get_args(TermbaseFormat)

_TBX_SUFFIXES = {".tbx", ".tbxm", ".xml", ".mtf"}
_TABLE_SUFFIXES = {".csv", ".tsv", ".tab", ".txt", ".xlsx", ".xlsm", ".xltx", ".xltm", ".xls"}


@dataclass
class TermbaseImport:
    concepts: list[ConceptData]
    format: TermbaseFormat
    notes: list[str] = field(default_factory=list)  # what was left out or guessed
    mapping: ColumnMapping | None = None  # the mapping a table was read with


def detect_format(path: str | Path) -> TermbaseFormat:
    """The format of an existing file (TBX version from its root element)."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _TABLE_SUFFIXES and suffix != ".txt":
        return tabular.table_format(file)
    try:
        version = tbx.tbx_version(file)
    except OSError as exc:
        raise ImportFailed(file, exc.strerror or str(exc)) from None
    if version is not None:
        return "tbx-v3" if version == 3 else "tbx"
    if suffix in _TBX_SUFFIXES:
        return "tbx"  # let the TBX reader name what is wrong with it
    return tabular.table_format(file)


def format_for_path(path: str | Path) -> TermbaseFormat:
    """The format to write for a file name (``.tbx`` → TBX-Basic 2); ``csv`` when unsure."""
    suffix = Path(path).suffix.lower()
    if suffix in _TBX_SUFFIXES:
        return "tbx"
    if suffix in (".tsv", ".tab"):
        return "tsv"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    return "csv"


def load_termbase_file(path: str | Path, *, mapping: ColumnMapping | None = None) -> TermbaseImport:
    """Read any supported file; ``ImportFailed`` (file and line) on a bad one."""
    fmt = detect_format(path)
    notes: list[str] = []
    if fmt in ("tbx", "tbx-v3"):
        return TermbaseImport(tbx.read_tbx(path, notes=notes), fmt, notes)
    if mapping is None:
        mapping = tabular.mapping_for(tabular.sniff_table(path))
        if not mapping.term_columns():
            raise ImportFailed(
                path,
                "cannot tell which columns hold the terms; name them in a header row "
                "(e.g. 中文, English) or choose them in the import wizard",
            )
    concepts = tabular.read_table(path, mapping, notes=notes)
    return TermbaseImport(concepts, fmt, notes, mapping)


def read_termbase_file(
    path: str | Path, *, mapping: ColumnMapping | None = None
) -> list[ConceptData]:
    return load_termbase_file(path, mapping=mapping).concepts


def write_termbase_file(path: str | Path, concepts: Iterable[ConceptData], fmt: str) -> list[str]:
    """Write ``concepts`` atomically in ``fmt``; returns notes on anything the format could
    not hold or had to change."""
    if fmt == "tbx":
        return tbx.write_tbx(path, concepts, version=2)
    if fmt == "tbx-v3":
        return tbx.write_tbx(path, concepts, version=3)
    if fmt in ("csv", "tsv", "xlsx"):
        return tabular.write_table(path, concepts, fmt)  # type: ignore[arg-type]
    raise WorkbenchError(f"Unknown term base format {fmt!r}; use one of {', '.join(FORMATS)}")
