"""``workbench-gui --smoke-test``: prove an installation (above all a frozen bundle) works.

Every step runs on throw-away data in a temporary folder: the user data and config folders
point there too, so the user's own workspace and preferences are never read or written.
Steps: sample workspace → main window (offscreen without a display) → Qt and workbench
translations → OpenCC → import of a text file → QA run → DOCX export of the sample issue.
One line per step on stdout; the exit code is 0 when every step passed, 1 otherwise (the
failing step and its error on stderr).
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from workbench.settings import AUTHOR_ENV, CONFIG_ENV, DATA_ENV, WORKSPACE_ENV

SMOKE_TEXT = """\
中国国际传播中心简报

今年一季度，全国共接待入境游客三千二百万人次，同比增长百分之十二。
各地文化和旅游部门推出了二百余项便利措施。
"""

_ENV_KEYS = (CONFIG_ENV, DATA_ENV, AUTHOR_ENV, WORKSPACE_ENV, "QT_QPA_PLATFORM")


class SmokeFailure(AssertionError):
    """A smoke-test step ran but its result was wrong."""


def _check(condition: object, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


@contextmanager
def _isolated_environment(base: Path) -> Iterator[None]:
    """Point the user folders at ``base`` (restored afterwards, for in-process callers)."""
    saved = {key: os.environ.get(key) for key in _ENV_KEYS}
    os.environ[CONFIG_ENV] = str(base / "config")
    os.environ[DATA_ENV] = str(base / "data")
    os.environ[AUTHOR_ENV] = "smoke-test"
    os.environ.pop(WORKSPACE_ENV, None)
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


class _Smoke:
    def __init__(self, base: Path) -> None:
        self.base = base
        self.workspace: Any = None
        self.document_id: int | None = None

    # --- steps: each returns the detail printed after "ok" -------------------------------
    def sample_workspace(self) -> str:
        import sqlalchemy as sa

        from workbench.models import Document, Issue
        from workbench.sample import ensure_sample_workspace

        self.workspace = ensure_sample_workspace(str(self.base / "data" / "smoke.db"))
        with self.workspace.session() as session:
            documents = session.scalar(sa.select(sa.func.count()).select_from(Document))
            issues = session.scalar(sa.select(sa.func.count()).select_from(Issue))
        _check(documents and issues, "the sample workspace has no documents or no issue")
        return (
            f"{documents} documents, {issues} issue(s), schema {self.workspace.schema_revision()}"
        )

    def main_window(self) -> str:
        from PySide6.QtWidgets import QApplication

        from workbench.gui.app import create_app
        from workbench.gui.context import AppContext
        from workbench.gui.main_window import MainWindow
        from workbench.settings import Preferences

        app = create_app()
        context = AppContext(
            workspace=self.workspace,
            preferences=Preferences.load(),
            author="smoke-test",
            ui_language="en",
        )
        window = MainWindow(context)
        window.show()
        QApplication.processEvents()
        title = window.windowTitle()
        visible = window.isVisible()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        _check(visible, "the main window did not show")
        return f"{app.platformName()} platform, title {title!r}"

    def translations(self) -> str:
        from PySide6.QtCore import QCoreApplication

        from workbench.gui.i18n import install_translators

        app = QCoreApplication.instance()
        _check(app is not None, "no QApplication")
        assert app is not None
        translators = install_translators(app, "zh_CN")  # type: ignore[arg-type]
        names = [Path(t.filePath()).name for t in translators]
        for translator in translators:
            app.removeTranslator(translator)
        _check(any(n.startswith("workbench_") for n in names), "workbench_zh_CN.qm did not load")
        _check(any(n.startswith("qtbase_") for n in names), "Qt's qtbase_zh_CN.qm did not load")
        return ", ".join(names)

    def opencc(self) -> str:
        from workbench.termbase.normalize import s2t, t2s

        traditional = s2t("国际传播中心")
        _check(traditional == "國際傳播中心", f"s2t gave {traditional!r}")
        _check(t2s(traditional) == "国际传播中心", "t2s did not round-trip")
        return f"s2t/t2s ({traditional})"

    def import_text(self) -> str:
        import sqlalchemy as sa

        from workbench.documents.store import store_draft
        from workbench.importers import import_file
        from workbench.models import Segment

        source = self.base / "smoke.txt"
        source.write_text(SMOKE_TEXT, encoding="utf-8")
        draft = import_file(source)
        with self.workspace.session() as session:
            document = store_draft(session, draft, author="smoke-test")
            self.document_id = document.id
            segments = session.scalar(
                sa.select(sa.func.count())
                .select_from(Segment)
                .where(Segment.document_id == document.id)
            )
        _check(self.document_id is not None, "the imported document has no id")
        _check(segments >= 3, f"expected at least 3 segments, got {segments}")
        return f"{source.name} → document {self.document_id}, {segments} segments"

    def qa_run(self) -> str:
        from workbench.qa.jobs import run_documents
        from workbench.qa.profiles import builtin_profiles

        assert self.document_id is not None
        profile = builtin_profiles()["print"]  # spelling included: the dictionary must load
        with self.workspace.session() as session:
            result = run_documents(session, [self.document_id], profile)
        _check(isinstance(result.findings, list), "QA returned no findings list")
        _check(result.units >= 3, f"QA checked {result.units} units")
        _check("spelling" in result.checks, f"spelling did not run: {result.checks}")
        # Nothing is translated yet: every segment must be reported as untranslated.
        _check(result.findings, "QA found nothing in an untranslated document")
        return f"{result.units} units, {len(result.checks)} checks, {len(result.findings)} findings"

    def export_docx(self) -> str:
        import sqlalchemy as sa

        from workbench.models import Issue
        from workbench.publishing.jobs import publish_issue

        with self.workspace.session() as session:
            issue_id = session.scalar(sa.select(Issue.id).order_by(Issue.id))
        _check(issue_id is not None, "no issue to publish")
        output = self.base / "smoke-issue.docx"
        result = publish_issue(self.workspace, issue_id, output)
        _check(output.is_file() and output.stat().st_size > 0, f"{output} was not written")
        with zipfile.ZipFile(output) as docx:
            _check("word/document.xml" in docx.namelist(), "the DOCX has no word/document.xml")
        _check(result.articles > 0, "the issue export has no articles")
        return f"{output.name}, {result.articles} articles, {output.stat().st_size} bytes"

    def close(self) -> None:
        if self.workspace is not None:
            self.workspace.close()


def _steps(smoke: _Smoke) -> list[tuple[str, Callable[[], str]]]:
    return [
        ("workspace", smoke.sample_workspace),
        ("window", smoke.main_window),
        ("translations", smoke.translations),
        ("opencc", smoke.opencc),
        ("import", smoke.import_text),
        ("qa", smoke.qa_run),
        ("export", smoke.export_docx),
    ]


STEP_NAMES = ("workspace", "window", "translations", "opencc", "import", "qa", "export")


def run_smoke_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every step; 0 when all passed. Prints ``smoke: <step> ok (<detail>)`` lines."""
    # A windowed Windows build has no console: sys.stdout and sys.stderr are None there.
    out = out or sys.stdout or io.StringIO()
    err = err or sys.stderr or io.StringIO()
    from workbench import __version__

    print(f"smoke: ICC Workbench {__version__} ({'frozen' if _frozen() else 'python'})", file=out)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="workbench-smoke-") as folder:
        base = Path(folder)
        with _isolated_environment(base):
            smoke = _Smoke(base)
            try:
                for name, step in _steps(smoke):
                    try:
                        detail = step()
                    except Exception as exc:
                        print(f"smoke: {name} FAILED: {type(exc).__name__}: {exc}", file=out)
                        traceback.print_exc(file=err)
                        return 1
                    print(f"smoke: {name} ok ({detail})", file=out, flush=True)
            finally:
                smoke.close()
    print(f"smoke: passed in {time.perf_counter() - started:.1f} s", file=out, flush=True)
    return 0


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
