"""Drive the real main window in a child process, then wait to be killed with SIGKILL.

Used by tests/test_crash_recovery.py: confirms one segment, types into the next without
confirming, waits for the autosave, prints READY and keeps typing until it is killed.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from workbench.editor.drafts import pending_drafts
from workbench.gui.app import create_app, open_context
from workbench.gui.main_window import MainWindow


def main(workspace: str, document_id: int) -> None:
    app = create_app()
    context = open_context(workspace, sample=False, language="en")
    context.preferences.autosave_seconds = 1
    window = MainWindow(context)
    window.show()
    window.open_document(document_id)
    view = window.view
    assert view is not None
    view.go_to_next_unconfirmed(after=-1)
    assert view.editor is not None
    QTest.keyClicks(view.editor, "Confirmed before the crash")
    view.confirm_current()  # Ctrl+Enter; the editor opens on the next unconfirmed segment
    assert view.editor is not None
    QTest.keyClicks(view.editor, "Typed but never confirmed")
    segment_id = view.editor.segment_id
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        with context.workspace.session() as session:
            if pending_drafts(session, document_id).get(segment_id):
                break
        time.sleep(0.05)
    print(f"READY {segment_id}", flush=True)

    def keep_typing() -> None:  # still mid-edit when the kill arrives
        QTest.keyClicks(view.editor, "x")

    timer = QTimer()
    timer.timeout.connect(keep_typing)
    timer.start(20)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
