"""ICC Workbench (国际传播编辑工作台): the Qt-free core package.

Everything under ``workbench`` except ``workbench.gui`` must import without Qt;
``tests/test_architecture.py`` enforces that rule.
"""

from __future__ import annotations

DISTRIBUTION = "icc-workbench"


def _read_version() -> str:
    """The one version number lives in pyproject.toml; read it from the installed metadata."""
    from importlib import metadata  # 30 ms: only when someone asks for the version

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


def __getattr__(name: str) -> str:
    if name == "__version__":
        version = _read_version()
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
