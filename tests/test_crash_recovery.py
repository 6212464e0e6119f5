"""Never lose work: kill -9 the app mid-edit, start again, find everything there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from workbench.db.workspace import open_workspace
from workbench.editor.drafts import pending_drafts
from workbench.models import Segment
from workbench.sample import populate_sample

pytestmark = pytest.mark.gui
DRIVER = Path(__file__).parent / "helpers" / "crash_driver.py"


def test_kill_minus_9_mid_edit_loses_nothing(tmp_path: Path, qtbot: QtBot) -> None:
    workspace_path = tmp_path / "crash.db"
    with open_workspace(workspace_path) as ws:
        populate_sample(ws, author="tester")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(DRIVER), str(workspace_path), "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.startswith("READY"), (line, child.stderr.read() if child.stderr else "")
        draft_segment = int(line.split()[1])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    with open_workspace(workspace_path) as ws:
        with ws.session() as session:
            segments = session.exec(select(Segment).where(Segment.document_id == 2)).all()
            confirmed = [s for s in segments if s.target == "Confirmed before the crash"]
            assert len(confirmed) == 1 and confirmed[0].status == "translated"
            drafts = pending_drafts(session, 2)
        assert drafts[draft_segment].startswith("Typed but never confirmed")

    # The next start restores the draft into the segment and says so.
    from workbench.gui.app import create_app, open_context
    from workbench.gui.main_window import MainWindow

    create_app()
    context = open_context(str(workspace_path), sample=False, language="en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.open_document(2)
    assert window.view is not None and window.view.restored == [draft_segment]
    assert "Restored 1 unsaved draft" in window.statusBar().currentMessage()
    with context.workspace.session() as session:
        restored = session.get(Segment, draft_segment)
        assert restored is not None
        assert restored.target.startswith("Typed but never confirmed")
        assert restored.status == "draft"
        assert pending_drafts(session, 2) == {}
    window.close_document()
    context.workspace.close()
