"""Load Qt Designer forms from ``ui/`` — the one place that does it."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from workbench.resources import ui_path

W = TypeVar("W", bound=QWidget)


class FormError(RuntimeError):
    """A form is missing or broken in this installation."""


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree described by ``ui/<name>``.

    Child widgets are reachable with ``form.findChild(QType, "objectName")``; behaviour stays
    in Python classes, layout stays in the .ui file.
    """
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"Cannot open form {path}: {file.errorString()}")
    try:
        loader = QUiLoader()
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise FormError(f"Cannot load form {path}: {loader.errorString()}")
    return widget


def child(form: QWidget, kind: type[W], name: str) -> W:
    """A named child of a form; a typo in a name fails loudly, not with None later."""
    found = form.findChild(kind, name)
    if found is None:
        raise FormError(f"Form {form.objectName()} has no {kind.__name__} named {name!r}")
    return found
