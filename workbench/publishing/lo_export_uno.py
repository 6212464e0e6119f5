"""Update a DOCX's table of contents and fields in LibreOffice, then export a PDF.

Not imported by the workbench: ``pdf.py`` runs this file with a Python that has
LibreOffice's ``uno`` module (Debian's /usr/bin/python3 with python3-uno, or the Python
bundled in LibreOffice on Windows and macOS), which is rarely the app's own Python. So it
uses only the standard library and ``uno``, imports ``uno`` lazily (the core import test
loads every module without it) and stays runnable on Python 3.8 (LibreOffice 7.x bundles).

    python lo_export_uno.py SOFFICE PROFILE_URL IN.docx OUT.pdf

Prints one JSON line (what was updated) on success; exits non-zero with the reason on
stderr otherwise. The caller owns the process group and kills it on cancel or timeout.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
import uuid
from typing import Any

CONNECT_SECONDS = 60.0  # a cold start on a slow machine with a fresh profile
EXIT_CODE_FAILED = 3
DOCX_FILTER = "MS Word 2007 XML"  # never guess: random bytes would open as plain text


class Failed(Exception):
    """A failure whose message is meant for the user as it is."""


def _props(**values: Any) -> tuple:
    from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

    out = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name = name
        prop.Value = value
        out.append(prop)
    return tuple(out)


def _connect(uno: Any, office: subprocess.Popen, pipe: str) -> Any:
    """Resolve the office's component context, retrying while it starts."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    url = f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"
    deadline = time.monotonic() + CONNECT_SECONDS
    while True:
        try:
            return resolver.resolve(url)
        except Exception as exc:  # NoConnectException until the pipe exists
            if office.poll() is not None:
                raise Failed(
                    f"LibreOffice exited during start-up (exit code {office.returncode})"
                ) from exc
            if time.monotonic() > deadline:
                raise Failed("could not connect to LibreOffice") from exc
            time.sleep(0.1)


def _update_and_export(uno: Any, desktop: Any, source: str, target: str) -> dict:
    url = uno.systemPathToFileUrl(os.path.abspath(source))
    load = _props(Hidden=True, FilterName=DOCX_FILTER)
    try:
        doc = desktop.loadComponentFromURL(url, "_blank", 0, load)
    except Exception as exc:  # IllegalArgumentException, IOException
        raise Failed("LibreOffice could not open it as a DOCX file") from exc
    if doc is None:
        raise Failed("LibreOffice could not open it as a DOCX file")
    try:
        indexes = doc.getDocumentIndexes()
        count = indexes.getCount()
        # Twice: the first pass may change the TOC's length and so the pages after it.
        for _ in range(2):
            for i in range(count):
                indexes.getByIndex(i).update()
            doc.getTextFields().refresh()
            doc.refresh()
        filter_data = uno.Any(
            "[]com.sun.star.beans.PropertyValue",
            # Keep the blank versos that put each article on a right-hand page.
            _props(IsSkipEmptyPages=False, ExportBookmarks=True),
        )
        doc.storeToURL(
            uno.systemPathToFileUrl(os.path.abspath(target)),
            _props(FilterName="writer_pdf_Export", FilterData=filter_data),
        )
        return {"indexes": count, "fields_updated": True}
    finally:
        with contextlib.suppress(Exception):
            doc.close(True)


def main(argv: list) -> int:
    if len(argv) != 4:
        sys.stderr.write(__doc__ or "")
        return 2
    soffice, profile_url, source, target = argv
    import uno  # type: ignore[import-not-found]  # only under LibreOffice's Python

    pipe = "workbench_" + uuid.uuid4().hex
    office = subprocess.Popen(
        [
            soffice,
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--nolockcheck",
            "-env:UserInstallation=" + profile_url,
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
    )
    desktop = None
    try:
        ctx = _connect(uno, office, pipe)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        result = _update_and_export(uno, desktop, source, target)
    except Failed as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT_CODE_FAILED
    except Exception as exc:
        sys.stderr.write(f"{type(exc).__name__}: {exc}\n")
        return EXIT_CODE_FAILED
    finally:
        if desktop is not None:
            with contextlib.suppress(Exception):  # the bridge drops as the office quits
                desktop.terminate()
        else:
            office.kill()  # never connected: nothing to shut down politely
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
            office.wait()
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
