"""PDF proofs of exported DOCX files, rendered by LibreOffice when it is installed.

The app works without LibreOffice: ``pdf_available()`` tells the GUI and CLI whether to
offer a proof. ``docx_to_pdf`` prefers LibreOffice's UNO bridge (``lo_export_uno.py``, run
with a Python that can ``import uno``) because only that rebuilds the table of contents
with real page numbers; without it, ``soffice --convert-to`` still renders the pages (PAGE
and NUMPAGES are computed on layout) and the result carries a warning that the TOC shows
what was saved in the DOCX.

Every run uses a private, temporary LibreOffice profile, so a desktop LibreOffice the user
has open neither receives the job nor blocks it, and works on a private copy of the DOCX,
so no ``.~lock`` file appears beside the user's file. The PDF is written to a temp file and
moved over the target only when complete.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import Cancelled, WorkbenchError
from workbench.publishing.output import check_writable, save_atomically

SOFFICE_ENV = "WORKBENCH_SOFFICE"
UNO_PYTHON_ENV = "WORKBENCH_UNO_PYTHON"  # a path, or "none" to never use UNO
UNO_SCRIPT = Path(__file__).with_name("lo_export_uno.py")

# Where installers put soffice when it is not on PATH (Linux packages, the macOS app
# bundle, the Windows installer, then the upstream Linux builds in /opt).
SOFFICE_LOCATIONS = (
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
SOFFICE_GLOBS = ("/opt/libreoffice*/program/soffice",)  # e.g. /opt/libreoffice24.8

# Keep automatically inserted blank pages (they keep articles on right-hand pages).
CONVERT_FILTER = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'

POLL_SECONDS = 0.1
NOT_FOUND = "PDF proof needs LibreOffice, which was not found. Install it or export DOCX only."
TOC_NOT_UPDATED = (
    "The table of contents in the PDF proof was not updated, because LibreOffice's Python "
    "bridge was not found (on Debian/Ubuntu: install python3-uno). Page numbers in headers "
    "and footers are right."
)


class LibreOfficeNotFound(WorkbenchError):
    """No LibreOffice to render the proof with."""

    def __init__(self, message: str = NOT_FOUND) -> None:
        super().__init__(message)


class PdfExportFailed(WorkbenchError):
    """LibreOffice ran but did not produce the PDF (crash, timeout, unreadable DOCX)."""


@dataclass(frozen=True)
class PdfResult:
    """A finished proof. ``fields_updated`` is True when the TOC and stored field results
    were rebuilt through UNO; otherwise ``warnings`` says what the proof may show stale."""

    path: Path
    fields_updated: bool
    seconds: float
    warnings: tuple[str, ...] = ()


# --- finding LibreOffice -------------------------------------------------------------


def _executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def find_soffice() -> Path | None:
    """LibreOffice's ``soffice``; ``$WORKBENCH_SOFFICE``, when set, is the only candidate
    (so a user can pin one installation and tests can hide it)."""
    override = os.environ.get(SOFFICE_ENV, "").strip()
    if override:
        path = Path(override)
        return path if _executable(path) else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    candidates = [Path(p) for p in SOFFICE_LOCATIONS]
    for pattern in SOFFICE_GLOBS:
        candidates += [Path(p) for p in sorted(glob.glob(pattern))]
    return next((p for p in candidates if _executable(p)), None)


def pdf_available() -> bool:
    """True when a PDF proof can be made (LibreOffice is installed)."""
    return find_soffice() is not None


# Pythons known to import uno; failures are not cached, so installing python3-uno while
# the app runs takes effect at the next export.
_UNO_PYTHONS: set[str] = set()


def _child_env() -> dict[str, str]:
    """The environment for LibreOffice and its Python: nothing of this app's Python."""
    env = dict(os.environ)
    for name in ("PYTHONHOME", "PYTHONPATH", "PYTHONSTARTUP", "PYTHONEXECUTABLE"):
        env.pop(name, None)
    if getattr(sys, "frozen", False) and "LD_LIBRARY_PATH_ORIG" in env:
        # A PyInstaller bundle points the loader at its own libraries; undo that.
        env["LD_LIBRARY_PATH"] = env.pop("LD_LIBRARY_PATH_ORIG")
    return env


def _imports_uno(python: Path) -> bool:
    key = str(python)
    if key in _UNO_PYTHONS:
        return True
    try:
        done = subprocess.run(
            [key, "-c", "import uno"],
            capture_output=True,
            timeout=30,
            env=_child_env(),
            **_no_window(),
        )
    except (OSError, subprocess.SubprocessError):
        return False
    if done.returncode == 0:
        _UNO_PYTHONS.add(key)
    return done.returncode == 0


def find_uno_python(soffice: Path | None = None) -> Path | None:
    """A Python that can ``import uno`` for this LibreOffice, or None."""
    override = os.environ.get(UNO_PYTHON_ENV, "").strip()
    if override.lower() == "none":
        return None
    candidates: list[Path] = []
    if override:
        candidates.append(Path(override))
    soffice = soffice or find_soffice()
    if soffice is not None:
        program = soffice.resolve().parent
        # Windows and the upstream builds bundle python in program/; macOS in Resources/.
        candidates += [
            program / "python.exe",
            program / "python",
            program.parent / "Resources" / "python",
        ]
    if os.name != "nt":
        candidates.append(Path("/usr/bin/python3"))  # Debian/Fedora: python3-uno
    return next((p for p in candidates if _executable(p) and _imports_uno(p)), None)


# --- running it ----------------------------------------------------------------------


def _no_window() -> dict:
    """Popen options: no console window on Windows."""
    if os.name == "nt":
        return {"creationflags": subprocess.CREATE_NO_WINDOW}
    return {}


def _group_options() -> dict:
    """Popen options that put the child and everything it starts in one killable group."""
    if os.name == "nt":
        flags = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
        return {"creationflags": flags}
    return {"start_new_session": True}


def _kill_tree(proc: subprocess.Popen) -> None:
    """Kill the child and soffice below it (soffice → oosplash → soffice.bin)."""
    if os.name == "nt":
        subprocess.run(
            ["taskkill", "/PID", str(proc.pid), "/T", "/F"],
            capture_output=True,
            check=False,
            **_no_window(),
        )
    else:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        proc.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)


@dataclass
class _Run:
    returncode: int
    stdout: str
    stderr: str


def _run(
    args: list[str],
    workdir: Path,
    *,
    deadline: float,
    timeout: float,
    cancelled: Callable[[], bool] | None,
    name: str,
) -> _Run:
    """Run ``args`` as a process group, polling for cancel and the deadline."""
    out_path, err_path = workdir / "stdout.txt", workdir / "stderr.txt"
    # Files, not pipes: nothing reads while we poll, and a full pipe would stall soffice.
    with out_path.open("wb") as out, err_path.open("wb") as err:
        try:
            proc = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                cwd=workdir,
                env=_child_env(),
                **_group_options(),
            )
        except OSError as exc:
            raise PdfExportFailed(
                f"Cannot start LibreOffice ({args[0]}): {exc.strerror or exc}"
            ) from exc
        try:
            while True:
                try:
                    code = proc.wait(timeout=POLL_SECONDS)
                    break
                except subprocess.TimeoutExpired:
                    pass
                if cancelled is not None and cancelled():
                    raise Cancelled("PDF proof cancelled; no PDF was written")
                if time.monotonic() > deadline:
                    raise PdfExportFailed(
                        f"LibreOffice did not finish the PDF proof of {name} within "
                        f"{timeout:g} seconds. Try again, or export DOCX only."
                    )
        except BaseException:
            _kill_tree(proc)
            raise
        if os.name != "nt":
            # Sweep the group: a soffice.bin left behind by a failed run must not linger.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
    return _Run(code, _read_log(out_path), _read_log(err_path))


def _read_log(path: Path) -> str:
    return path.read_text("utf-8", errors="replace").strip()


def _reported_update(stdout: str) -> bool:
    """The UNO script's last stdout line is JSON saying what it updated."""
    try:
        report = json.loads(stdout.splitlines()[-1])
    except (IndexError, ValueError):
        return False
    return isinstance(report, dict) and bool(report.get("fields_updated"))


def _failure(name: str, run: _Run) -> PdfExportFailed:
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    detail = lines[-1] if lines else "no message"
    return PdfExportFailed(
        f"LibreOffice could not make the PDF proof of {name}: {detail} (exit code {run.returncode})"
    )


def docx_to_pdf(
    docx: Path,
    pdf: Path,
    *,
    timeout: float = 300,
    cancelled: Callable[[], bool] | None = None,
) -> PdfResult:
    """Render ``docx`` to ``pdf`` with LibreOffice, TOC and fields updated when UNO is there.

    Raises ``LibreOfficeNotFound``, ``PdfExportFailed`` (crash, timeout, bad DOCX),
    ``TargetLocked`` (``pdf`` cannot be replaced) or ``Cancelled``; on any of them the
    target is left as it was.
    """
    started = time.monotonic()
    docx, pdf = Path(docx), Path(pdf)
    if not docx.is_file():
        raise WorkbenchError(f"Cannot make a PDF proof: {docx} does not exist")
    check_writable(pdf)  # fail now, not after LibreOffice has worked for a minute
    soffice = find_soffice()
    if soffice is None:
        override = os.environ.get(SOFFICE_ENV, "").strip()
        if override:
            raise LibreOfficeNotFound(
                f"PDF proof needs LibreOffice, which was not found at {override} "
                f"(set by {SOFFICE_ENV}). Fix the path, or export DOCX only."
            )
        raise LibreOfficeNotFound()
    uno_python = find_uno_python(soffice) if UNO_SCRIPT.is_file() else None

    workdir = Path(tempfile.mkdtemp(prefix="workbench-pdf-"))
    try:
        source = workdir / "proof.docx"
        try:
            shutil.copyfile(docx, source)
        except OSError as exc:
            raise WorkbenchError(f"Cannot read {docx}: {exc.strerror or exc}") from exc
        profile = (workdir / "profile").as_uri()
        warnings: list[str] = []

        def run(args: list[str]) -> _Run:
            return _run(
                args,
                workdir,
                deadline=started + timeout,
                timeout=timeout,
                cancelled=cancelled,
                name=docx.name,
            )

        if uno_python is not None:
            made = workdir / "proof.pdf"
            args = [str(uno_python), str(UNO_SCRIPT), str(soffice), profile]
            done = run([*args, str(source), str(made)])
            if done.returncode != 0 or not made.is_file():
                raise _failure(docx.name, done)
            fields_updated = _reported_update(done.stdout)
        else:
            outdir = workdir / "out"
            args = [str(soffice), "--headless", "--invisible", "--nologo", "--norestore"]
            args += ["--nolockcheck", f"-env:UserInstallation={profile}"]
            args += ["--infilter=MS Word 2007 XML"]  # never guess the type
            args += ["--convert-to", CONVERT_FILTER, "--outdir", str(outdir), str(source)]
            done = run(args)
            made = outdir / "proof.pdf"
            # soffice exits 0 even when it could not load the file: trust only the output.
            if not made.is_file():
                raise _failure(docx.name, done)
            fields_updated = False
            warnings.append(TOC_NOT_UPDATED)
        if cancelled is not None and cancelled():
            raise Cancelled("PDF proof cancelled; no PDF was written")
        with made.open("rb") as rendered:
            save_atomically(pdf, lambda handle: shutil.copyfileobj(rendered, handle))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return PdfResult(pdf, fields_updated, time.monotonic() - started, tuple(warnings))
