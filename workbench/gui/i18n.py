"""UI translations: ``.ts`` sources in resources/translations, compiled ``.qm`` beside them.

``python -m workbench.gui.i18n`` rebuilds every ``.qm`` with pyside6-lrelease (also run
by the test suite, which checks the committed files are current).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from workbench.resources import resource_path

UI_LANGUAGES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}


def translations_dir() -> Path:
    return resource_path("translations")


def pick_language(preferred: str = "") -> str:
    if preferred in UI_LANGUAGES:
        return preferred
    name = QLocale.system().name()  # e.g. zh_CN, zh_HK, en_US
    if name.startswith(("zh_TW", "zh_HK", "zh_MO")):
        return "zh_TW"
    if name.startswith("zh"):
        return "zh_CN"
    return "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own and our translations for ``language``; keep the returned objects alive."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"workbench_{language}", None)):
        translator = QTranslator(app)
        directory = folder or str(translations_dir())
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def lrelease_executable() -> str:
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(candidate) if candidate.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise FileNotFoundError("pyside6-lrelease not found (it ships with PySide6-Essentials)")
    return found


def build_translations(output_dir: Path | None = None) -> list[Path]:
    built: list[Path] = []
    for ts in sorted(translations_dir().glob("*.ts")):
        qm = (output_dir or ts.parent) / ts.with_suffix(".qm").name
        subprocess.run(
            [lrelease_executable(), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        built.append(qm)
    return built


if __name__ == "__main__":  # pragma: no cover
    for path in build_translations():
        print(path)
