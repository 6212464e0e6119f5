"""Errors a user can act on.

A ``WorkbenchError`` carries one clear sentence for the user; the CLI prints it on
stderr (no traceback) and the GUI shows it in one dialog.
"""

from __future__ import annotations


class WorkbenchError(Exception):
    """An expected failure with a message meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ImportFailed(WorkbenchError):
    """A file could not be imported. The message names the file and the place."""

    def __init__(self, path: object, problem: str, where: str | None = None) -> None:
        location = f" ({where})" if where else ""
        super().__init__(f"Cannot import {path}{location}: {problem}")
        self.path = path
        self.problem = problem
        self.where = where


class WorkspaceError(WorkbenchError):
    """The workspace database cannot be opened or used."""


class NewerWorkspaceError(WorkspaceError):
    """The workspace was written by a newer version of the application."""


class NotFoundError(WorkbenchError):
    """A document, block or segment id that does not exist."""


class Cancelled(WorkbenchError):
    """The user stopped a long operation; nothing was changed."""

    def __init__(self, message: str = "Cancelled; nothing was changed") -> None:
        super().__init__(message)
