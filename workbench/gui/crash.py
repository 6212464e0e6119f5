"""Crash reports: one text file per unexpected error in the user log folder.

A report holds the time, the versions (app, Python, Qt, OS), the traceback and the last
lines of the application log — never document text. Nothing is sent anywhere; the user
can copy the report or open the folder and attach the file to a bug report.
"""

from __future__ import annotations

import logging
import platform
import sys
from datetime import datetime
from pathlib import Path

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices

from workbench import __version__
from workbench.settings import log_dir

log = logging.getLogger(__name__)

LOG_FILE_NAME = "workbench.log"
REPORT_PREFIX = "crash-"
REPORTS_TO_KEEP = 20
LOG_LINES = 40


def environment_lines() -> list[str]:
    return [
        f"Version: ICC Workbench {__version__}",
        f"Python: {platform.python_version()} ({sys.executable})",
        f"Qt: {qVersion()} (PySide6 {PySide6.__version__})",
        f"OS: {platform.platform()}",
    ]


def last_log_lines(count: int = LOG_LINES) -> list[str]:
    try:
        text = (log_dir() / LOG_FILE_NAME).read_text("utf-8", errors="replace")
    except OSError:
        return []
    return text.splitlines()[-count:]


def crash_report(message: str, details: str, when: datetime | None = None) -> str:
    moment = (when or datetime.now().astimezone()).isoformat(timespec="seconds")
    lines = ["ICC Workbench crash report", f"Time: {moment}", *environment_lines()]
    lines += ["", f"Error: {message}", "", details.rstrip(), ""]
    tail = last_log_lines()
    if tail:
        lines += ["Last log lines:", *tail, ""]
    return "\n".join(lines)


def write_crash_report(message: str, details: str) -> Path | None:
    """Write a report to the log folder; None when the folder cannot be written."""
    now = datetime.now().astimezone()
    text = crash_report(message, details, now)
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{REPORT_PREFIX}{now:%Y%m%d-%H%M%S-%f}.txt"
        path.write_text(text, "utf-8")
    except OSError:
        log.exception("could not write a crash report")
        return None
    for old in sorted(folder.glob(f"{REPORT_PREFIX}*.txt"))[:-REPORTS_TO_KEEP]:
        old.unlink(missing_ok=True)
    log.error("crash report written to %s", path)
    return path


def open_folder(folder: Path) -> bool:
    """Show a local folder in the file manager (created first if it is missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
