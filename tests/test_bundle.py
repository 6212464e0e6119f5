"""The PyInstaller bundle: build it with packaging/build.py, copy it elsewhere, and run its
``--smoke-test`` with a bare environment (no venv on PATH, no PYTHONPATH, a fresh HOME)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench import __version__

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import support  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux"),
        reason="the bundle test runs on Linux (Windows/macOS builds are made on those systems)",
    ),
]

STEPS = ("workspace", "window", "translations", "opencc", "import", "qa", "export")


def minimal_env(home: Path) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build once, then move the bundle away from where it was built."""
    base = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    build = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"),
         "--dist", str(base / "dist"), "--work", str(base / "build" / "pyinstaller")],
        capture_output=True,
        text=True,
        timeout=480,
        cwd=ROOT,
    )  # fmt: skip
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-6000:]
    print(f"bundle built in {time.perf_counter() - started:.0f} s")
    moved = base / "elsewhere" / support.BUNDLE_NAME
    shutil.copytree(base / "dist" / support.BUNDLE_NAME, moved, symlinks=True)
    shutil.rmtree(base / "dist")
    shutil.rmtree(base / "build" / "pyinstaller")
    return moved


def test_bundle_runs_the_smoke_test_without_the_venv(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        [str(bundle / support.BUNDLE_NAME), "--smoke-test"],
        env=minimal_env(home),
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-6000:]
    lines = result.stdout.splitlines()
    assert lines[0] == f"smoke: ICC Workbench {__version__} (frozen)"
    for step in STEPS:
        assert any(line.startswith(f"smoke: {step} ok (") for line in lines), result.stdout
    assert lines[-1].startswith("smoke: passed in")
    # The smoke test worked in its temporary folder: nothing written to HOME.
    assert not any(home.iterdir())


def test_bundle_is_self_contained(bundle: Path) -> None:
    internal = bundle / "_internal"
    # Data the app needs at run time sits where the frozen code looks for it.
    for relative in (
        "workbench/_data/resources/sample/sample_workspace.json",
        "workbench/_data/resources/translations/workbench_zh_CN.qm",
        "workbench/_data/ui/document_list.ui",
        "workbench/db/migrations/versions/0001_initial.py",
        "opencc/clib/share/opencc/s2t.json",
        "spellchecker/resources/en.json.gz",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
    ):
        assert (internal / relative).is_file(), relative
    assert list(internal.glob("icc_workbench-*.dist-info/METADATA"))
    # No symlink leads out of the bundle, and the Qt libraries resolve inside it.
    for path in bundle.rglob("*"):
        if path.is_symlink():
            assert path.resolve().is_relative_to(bundle.resolve()), path
    venv = str(Path(sys.prefix).resolve())
    ldd = shutil.which("ldd")
    assert ldd, "ldd is missing (libc-bin)"
    for library in (
        bundle / support.BUNDLE_NAME,
        internal / "PySide6" / "QtWidgets.abi3.so",
        internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqoffscreen.so",
    ):
        out = subprocess.run([ldd, str(library)], capture_output=True, text=True).stdout
        assert "not found" not in out, out
        assert venv not in out and str(ROOT) not in out, out


def test_bundle_carries_the_linux_integration_and_version(bundle: Path, tmp_path: Path) -> None:
    desktop = bundle / "share" / "applications" / f"{support.APP_ID}.desktop"
    text = desktop.read_text("utf-8")
    assert f"X-AppVersion={__version__}" in text
    assert f"Icon={support.APP_ID}" in text
    for size in (16, 48, 256, 512):
        icon = bundle / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        assert (icon / f"{support.APP_ID}.png").read_bytes().startswith(b"\x89PNG")
    result = subprocess.run(
        [str(bundle / support.BUNDLE_NAME), "--version"],
        env=minimal_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"ICC Workbench {__version__}"
