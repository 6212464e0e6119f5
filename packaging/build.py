"""Build the desktop bundle with one command from a clean clone:

    python packaging/build.py            # → dist/ICC-Workbench/ (and build/packaging/)

Run it with the project's virtual environment (``.venv/bin/python`` or an activated venv):
PyInstaller bundles the interpreter that runs it. PyInstaller itself is installed into that
environment from PyPI when missing (the ``package`` extra, pinned by constraints.txt).
Options: ``--dist DIR``, ``--work DIR``, ``--smoke`` (run the built app's ``--smoke-test``).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import support

ROOT = support.ROOT
SPEC = support.PACKAGING / "workbench.spec"


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    print("PyInstaller is missing: installing it into", sys.prefix, flush=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-c", str(ROOT / "constraints.txt"),
         "pyinstaller>=6"],
        check=True,
    )  # fmt: skip


def ensure_project_installed() -> None:
    """The bundle reads workbench's version from its installed metadata."""
    if importlib.util.find_spec("workbench") is None:
        venv_python = ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
        in_venv = Path(sys.prefix).resolve() == (ROOT / ".venv").resolve()
        if venv_python.exists() and not in_venv:
            # `python packaging/build.py` with the system Python: rerun with the venv's.
            sys.exit(subprocess.run([str(venv_python), __file__, *sys.argv[1:]]).returncode)
        raise SystemExit(
            "workbench is not importable here: install the project first "
            "(pip install -c constraints.txt -e .) or run this with .venv/bin/python"
        )


def executable(dist: Path) -> Path:
    name = support.BUNDLE_NAME + (".exe" if sys.platform == "win32" else "")
    return dist / support.BUNDLE_NAME / name


def add_linux_integration(bundle: Path, generated: Path) -> None:
    """share/applications/*.desktop and hicolor icons inside the bundle folder; see
    packaging/README.md for installing them."""
    share = bundle / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(generated / f"{support.APP_ID}.desktop", share / "applications")
    for size in support.PNG_SIZES:
        if size > 512:
            continue
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(
            generated / "icons" / f"{support.APP_ID}-{size}.png", folder / f"{support.APP_ID}.png"
        )
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(support.SVG_ICON, scalable / f"{support.APP_ID}.svg")


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--smoke", action="store_true", help="run --smoke-test on the result")
    args = parser.parse_args(argv)

    ensure_project_installed()
    ensure_pyinstaller()
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        check=True,
        cwd=ROOT,
    )  # fmt: skip
    generated = work / "workbench" / "generated"
    # The rendered templates (installer.iss for Inno Setup, Info.plist, .desktop) and icons
    # where packaging/README.md says they are.
    out = work.parent / "packaging"  # build/packaging/ by default
    if out.resolve() != generated.resolve():
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(generated, out)
    bundle = dist / support.BUNDLE_NAME
    if sys.platform.startswith("linux"):
        add_linux_integration(bundle, generated)
    seconds = time.perf_counter() - started
    exe = executable(dist)
    print(f"built {exe} (version {support.version()}) in {seconds:.0f} s, "
          f"{folder_size(bundle) / 1e6:.0f} MB")  # fmt: skip
    if args.smoke:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        return subprocess.run([str(exe), "--smoke-test"], env=env, check=False).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
