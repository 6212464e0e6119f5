"""Load Qt Designer forms from ``ui/`` — the one place that does it.

``load_form(name)`` builds a new widget tree; ``load_form(name, base=self)`` fills an
existing widget (e.g. our ``QMainWindow`` subclass) the way ``uic.loadUi`` does in PyQt:
the form's top-level widget *is* ``base`` and named children become attributes of it.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from workbench.resources import ui_path

W = TypeVar("W", bound=QObject)


class FormError(RuntimeError):
    """A form is missing or broken in this installation."""


class _BaseInstanceLoader(QUiLoader):
    def __init__(self, base: QWidget | None) -> None:
        super().__init__(base)
        self._base = base

    def createWidget(
        self, class_name: str, parent: QWidget | None = None, name: str = ""
    ) -> QWidget:
        if parent is None and self._base is not None:
            return self._base
        widget = super().createWidget(class_name, parent, name)
        if self._base is not None and name:
            setattr(self._base, name, widget)
        return widget


def load_form(name: str, parent: QWidget | None = None, *, base: QWidget | None = None) -> QWidget:
    """Build the widget tree described by ``ui/<name>`` (into ``base`` if given).

    Behaviour stays in Python classes; layout stays in the .ui file.
    """
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"Cannot open form {path}: {file.errorString()}")
    try:
        loader = _BaseInstanceLoader(base)
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise FormError(f"Cannot load form {path}: {loader.errorString()}")
    return widget


def child(form: QObject, kind: type[W], name: str) -> W:
    """A named child of a form; a typo in a name fails loudly, not with None later."""
    found = form.findChild(kind, name)
    if found is None:
        raise FormError(f"Form {form.objectName()} has no {kind.__name__} named {name!r}")
    return found
