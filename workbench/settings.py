"""User-level settings (not per workspace): where data lives and who the author is.

Preferences are a small JSON file in the user config dir; the GUI reads and writes
the same file, so the CLI and the GUI agree on the author name.
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from workbench.fileio import atomic_write_text

APP_NAME = "ICC Workbench"
APP_AUTHOR = "ICC"
WORKSPACE_ENV = "WORKBENCH_WORKSPACE"
AUTHOR_ENV = "WORKBENCH_AUTHOR"
CONFIG_ENV = "WORKBENCH_CONFIG_DIR"
DATA_ENV = "WORKBENCH_DATA_DIR"
LOG_ENV = "WORKBENCH_LOG_DIR"
DEFAULT_WORKSPACE_NAME = "workspace.db"
SAMPLE_WORKSPACE_NAME = "sample-workspace.db"


def data_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    override = os.environ.get(CONFIG_ENV)
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """``WORKBENCH_LOG_DIR``, else ``logs`` under an overridden data dir, else the user log dir."""
    override = os.environ.get(LOG_ENV)
    if override:
        return Path(override)
    if os.environ.get(DATA_ENV):
        return data_dir() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_workspace_path() -> Path:
    return data_dir() / DEFAULT_WORKSPACE_NAME


def sample_workspace_path() -> Path:
    return data_dir() / SAMPLE_WORKSPACE_NAME


def resolve_workspace(cli_value: str | None) -> str:
    """``--workspace`` wins, then ``WORKBENCH_WORKSPACE``, then the user data dir."""
    if cli_value:
        return cli_value
    env = os.environ.get(WORKSPACE_ENV)
    if env:
        return env
    return str(default_workspace_path())


RECENT_LIMIT = 8


@dataclass
class Preferences:
    """Per-user preferences stored in ``preferences.json`` (shared by the CLI and the GUI)."""

    author: str = ""
    ui_language: str = ""  # "" follows the system locale
    backups_to_keep: int = 10
    theme: str = "system"  # system | light | dark
    zh_font: str = ""  # "" picks the best installed CJK font
    en_font: str = ""
    font_size: int = 11
    autosave_seconds: int = 3
    auto_propagate: bool = True
    prefill_tm: bool = False  # 100 % and context matches fill empty targets on open
    recent_workspaces: list[str] = field(default_factory=list)
    welcome_done: bool = False  # the first-run welcome dialog was answered

    def remember_workspace(self, location: str) -> None:
        recent = [location, *(w for w in self.recent_workspaces if w != location)]
        self.recent_workspaces = recent[:RECENT_LIMIT]

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "preferences.json"

    @classmethod
    def load(cls) -> Preferences:
        try:
            raw: Any = json.loads(cls.path().read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        defaults = cls()
        known = {
            k: raw[k]
            for k in cls.__dataclass_fields__
            if k in raw and isinstance(raw[k], type(getattr(defaults, k)))
        }
        return cls(**known)

    def save(self) -> None:
        payload = json.dumps(self.__dict__, ensure_ascii=False, indent=2)
        atomic_write_text(self.path(), payload + "\n")


def current_author(preferences: Preferences | None = None) -> str:
    """The name recorded in revisions: env override, then preferences, then the OS user."""
    env = os.environ.get(AUTHOR_ENV)
    if env:
        return env
    prefs = preferences if preferences is not None else Preferences.load()
    if prefs.author.strip():
        return prefs.author.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) and no USER variable
        return "unknown"
