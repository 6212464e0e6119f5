"""The core never imports Qt: import every core module with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import workbench

PACKAGE = Path(workbench.__file__).resolve().parent


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = relative.parts
        if "gui" in parts or "migrations" in parts or parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


BLOCKER = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6', 'qtpy', 'qtawesome'):
            raise ImportError('Qt is not allowed in the core: ' + name)
sys.meta_path.insert(0, Block())
import importlib
for name in sys.argv[1:]:
    importlib.import_module(name)
print('ok', len(sys.argv) - 1)
"""


def test_there_are_core_modules_to_check() -> None:
    modules = core_modules()
    assert "workbench.db.workspace" in modules
    assert "workbench.cli" in modules
    assert not any(name.startswith("workbench.gui") for name in modules)


def test_core_imports_without_qt() -> None:
    modules = core_modules()
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER, *modules], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok {len(modules)}"


def test_blocker_really_blocks_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER, "workbench.gui.app"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "Qt is not allowed in the core" in result.stderr
