"""ICC Workbench (国际传播编辑工作台): the Qt-free core package.

Everything under ``workbench`` except ``workbench.gui`` must import without Qt;
``tests/test_architecture.py`` enforces that rule.
"""

from __future__ import annotations

from importlib import metadata

DISTRIBUTION = "icc-workbench"


def _read_version() -> str:
    """The one version number lives in pyproject.toml; read it from the installed metadata."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # a bare source checkout that was never installed
        import re
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        if pyproject.is_file():
            match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.M)
            if match:
                return match.group(1)
        return "0+unknown"


__version__ = _read_version()
