"""Find ``resources/`` and ``ui/`` files: the one place that knows where they live.

Three layouts are supported:

* a source checkout: ``resources/`` and ``ui/`` beside the ``workbench`` package;
* an installed wheel: both are shipped inside the package as ``workbench/_data/…``;
* a frozen PyInstaller bundle: both sit in ``sys._MEIPASS/workbench/_data``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourceNotFound(FileNotFoundError):
    """A resource the application needs is missing from this installation."""


@cache
def _roots() -> dict[str, Path]:
    candidates: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "workbench" / "_data")
    candidates.append(_PACKAGE_DIR / "_data")  # installed wheel
    candidates.append(_PACKAGE_DIR.parent)  # source checkout / editable install
    for base in candidates:
        if (base / "resources").is_dir() and (base / "ui").is_dir():
            return {"resources": base / "resources", "ui": base / "ui"}
    raise ResourceNotFound(
        "The application's resources/ and ui/ folders were not found; looked in "
        + ", ".join(str(c) for c in candidates)
    )


def _locate(kind: str, relative: str) -> Path:
    root = _roots()[kind]
    path = (root / relative).resolve()
    # Guard against "../" in names that come from data files or settings.
    if not path.is_relative_to(root.resolve()):
        raise ResourceNotFound(f"{relative!r} points outside {kind}/")
    if not path.exists():
        raise ResourceNotFound(f"{kind}/{relative} is missing from this installation")
    return path


def resource_path(relative: str) -> Path:
    """Absolute path of ``resources/<relative>``; raises ``ResourceNotFound``."""
    return _locate("resources", relative)


def ui_path(name: str) -> Path:
    """Absolute path of the Qt Designer form ``ui/<name>``."""
    return _locate("ui", name)


def resources_root() -> Path:
    return _roots()["resources"]


def ui_root() -> Path:
    return _roots()["ui"]
