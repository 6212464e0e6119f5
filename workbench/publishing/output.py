"""Saving a finished file where the user asked, safely.

Writes go to a temp file beside the target and replace it only when complete, so a failed
or cancelled export never leaves half a document. A target that Word has open (its
``~$name.docx`` owner file sits beside it), that is read-only, or that the system refuses
to replace (Windows keeps open files locked) gets one clear message instead of a traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO

from workbench.errors import WorkbenchError
from workbench.fileio import atomic_writer


class TargetLocked(WorkbenchError):
    """The output file is open in another program or cannot be replaced."""


def _lock_files(path: Path) -> list[Path]:
    candidates = [
        path.with_name("~$" + path.name),
        path.with_name("~$" + path.name[2:]),
        path.with_name(f".~lock.{path.name}#"),
    ]
    return [c for c in candidates if c.exists()]


def check_writable(path: Path) -> None:
    """Refuse, with a sentence the user can act on, a target that cannot be replaced now."""
    path = Path(path)
    if path.is_dir():
        raise TargetLocked(f"Cannot write {path}: it is a folder")
    if path.exists():
        if _lock_files(path):
            raise TargetLocked(
                f"Cannot write {path}: it is open in Word or LibreOffice. Close it there and "
                "export again, or choose another file name."
            )
        if not os.access(path, os.W_OK):
            raise TargetLocked(
                f"Cannot write {path}: the file is read-only. Choose another file name or "
                "make it writable."
            )
    parent = path.parent if str(path.parent) else Path(".")
    if parent.exists() and not os.access(parent, os.W_OK):
        raise TargetLocked(f"Cannot write {path}: the folder {parent} is not writable")


def save_atomically(path: Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Call ``write`` with a binary temp file, then move it over ``path``."""
    path = Path(path)
    check_writable(path)
    try:
        with atomic_writer(path, "wb") as handle:
            write(handle)
    except PermissionError as exc:
        raise TargetLocked(
            f"Cannot write {path}: another program is using it or it is read-only "
            f"({exc.strerror or exc}). Close it there, or choose another file name."
        ) from exc
    except OSError as exc:
        raise WorkbenchError(f"Cannot write {path}: {exc.strerror or exc}") from exc
    return path


def save_docx(document: object, path: Path) -> Path:
    """Save a python-docx ``Document`` atomically."""
    return save_atomically(Path(path), document.save)  # type: ignore[attr-defined]
