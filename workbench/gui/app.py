"""Start-up of the desktop application, in a fixed order:

arguments → logging → create the QApplication → exception hook → preferences →
translations → workspace → main window. Nothing is created at import time.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
from collections.abc import Sequence

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workbench import __version__
from workbench.errors import WorkbenchError
from workbench.gui.context import AppContext
from workbench.settings import (
    APP_NAME,
    Preferences,
    current_author,
    log_dir,
    resolve_workspace,
    sample_workspace_path,
)

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="workbench-gui", description="ICC Workbench desktop app")
    parser.add_argument("--workspace", metavar="PATH", help="workspace to open")
    parser.add_argument("--sample", action="store_true", help="open the sample workspace")
    parser.add_argument("--lang", choices=["en", "zh_CN", "zh_TW"], help="interface language")
    parser.add_argument("--document", type=int, metavar="ID", help="open this document")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation on throw-away data (offscreen) and exit",
    )
    parser.add_argument("--version", action="version", version=f"ICC Workbench {__version__}")
    return parser.parse_args(argv)


def setup_logging() -> None:
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                folder / "workbench.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        )
    except OSError:  # a read-only home still gets a working app
        pass
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
        force=True,
    )


def create_app(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with its names set; tests call this too (pytest-qt gives its own)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("ICC")
    app.setApplicationVersion(__version__)
    try:
        from workbench.resources import resource_path

        app.setWindowIcon(QIcon(str(resource_path("icons/workbench.svg"))))
    except FileNotFoundError:
        log.warning("application icon missing")
    return app


def open_context(workspace_arg: str | None, *, sample: bool, language: str) -> AppContext:
    """Open the workspace and build the app context.

    A workspace that did not exist yet (first launch) starts with the sample articles, so
    the app shows real work at once; ``--sample`` always opens the sample workspace.
    """
    from workbench.db.engine import database_url, sqlite_path
    from workbench.db.workspace import open_workspace
    from workbench.sample import populate_sample

    preferences = Preferences.load()
    author = current_author(preferences)
    location = str(sample_workspace_path()) if sample else resolve_workspace(workspace_arg)
    path = sqlite_path(database_url(location))
    first_launch = path is not None and not path.exists()
    workspace = open_workspace(location, backup_keep=preferences.backups_to_keep)
    if sample or first_launch:
        populate_sample(workspace, author=author)
    if workspace.path is not None:
        preferences.remember_workspace(str(workspace.path))
        try:
            preferences.save()
        except OSError:  # a read-only config folder must not stop the app
            log.warning("could not save preferences")
    return AppContext(
        workspace=workspace, preferences=preferences, author=author, ui_language=language
    )


def run_gui(
    workspace: str | None = None,
    *,
    sample: bool = False,
    language: str | None = None,
    document: int | None = None,
) -> int:
    from workbench.gui.dialogs.welcome import first_run, needs_welcome
    from workbench.gui.errors import install_exception_hook, show_error
    from workbench.gui.i18n import install_translators, pick_language
    from workbench.gui.main_window import MainWindow
    from workbench.gui.themes import apply_theme

    setup_logging()
    app = create_app()
    install_exception_hook()
    preferences = Preferences.load()
    chosen = pick_language(language or preferences.ui_language)
    translators = install_translators(app, chosen)
    if workspace is None and not sample and needs_welcome(preferences):
        start = first_run(preferences, chosen, translators)  # language switches at once
        workspace, sample, chosen = start.workspace, start.sample, start.language
        translators = start.translators
    try:
        context = open_context(workspace, sample=sample, language=chosen)
    except WorkbenchError as exc:
        show_error(None, str(exc))
        return 1
    apply_theme(app, preferences.theme)
    window = MainWindow(context)
    window.show()
    if document is not None:
        window.open_document(document)
    log.info("ICC Workbench %s started on %s", __version__, context.workspace.path)
    code = app.exec()
    context.workspace.close()
    del translators
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    if args.smoke_test:
        from workbench.gui.smoke import run_smoke_test

        return run_smoke_test()
    return run_gui(args.workspace, sample=args.sample, language=args.lang, document=args.document)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
