"""What the GUI passes down instead of module-level singletons."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.db.workspace import Workspace
from workbench.settings import Preferences


@dataclass
class AppContext:
    workspace: Workspace
    preferences: Preferences
    author: str
    ui_language: str
