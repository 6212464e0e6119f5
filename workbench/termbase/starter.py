"""The starter term base shipped in resources/termbase/ (written by the project)."""

from __future__ import annotations

from workbench.db.workspace import Workspace
from workbench.resources import resource_path
from workbench.termbase.formats import load_termbase_file
from workbench.termbase.store import import_concepts, list_termbases

STARTER_FILE = "termbase/starter.tbx"
STARTER_NAME = "Starter terms · 入门术语库"


def add_starter_termbase(workspace: Workspace, *, author: str) -> int:
    """Import the starter terms as their own term base (lowest priority, so a team's own
    term bases win); returns the number of concepts added, 0 if it is there already."""
    loaded = load_termbase_file(resource_path(STARTER_FILE))
    with workspace.session() as session:
        if any(tb.name == STARTER_NAME for tb in list_termbases(session)):
            return 0
        summary = import_concepts(session, STARTER_NAME, loaded.concepts, author=author)
    return summary.added
