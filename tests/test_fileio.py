"""Atomic writes keep the permissions a team's shared folder expects."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from workbench.fileio import _UMASK, atomic_write_bytes


def test_new_file_gets_the_umask_mode_not_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "new.docx"
    atomic_write_bytes(target, b"data")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~_UMASK


def test_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "shared.docx"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
