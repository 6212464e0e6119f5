"""Preferences pages for QA: the profile editor and the user dictionary.

Both edit copies and write to the workspace only when Preferences is accepted
(``apply(session)``), so Cancel leaves the workspace untouched.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlmodel import Session

from workbench.gui.forms import load_form
from workbench.qa import store
from workbench.qa.model import Severity
from workbench.qa.profiles import CheckSetting, Profile, builtin_profiles
from workbench.qa.registry import CheckSpec, all_checks

COL_CHECK, COL_SEVERITY, COL_OPTIONS = range(3)
NAME_ROLE = Qt.ItemDataRole.UserRole


class OptionError(ValueError):
    """Why an options cell is refused: ``kind`` is json, object, unknown or type."""

    def __init__(self, kind: str, *args: str) -> None:
        super().__init__(kind, *args)
        self.kind, self.details = kind, args


def parse_options(spec: CheckSpec, text: str) -> dict[str, Any]:
    """The options a cell's JSON sets, differing from the defaults; OptionError if invalid."""
    text = text.strip()
    if not text:
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise OptionError("json", exc.msg) from exc
    if not isinstance(data, dict):
        raise OptionError("object")
    changed: dict[str, Any] = {}
    for name, value in data.items():
        if name not in spec.options:
            raise OptionError("unknown", name, ", ".join(spec.options))
        default = spec.options[name]
        if isinstance(default, bool) or isinstance(value, bool):
            ok = isinstance(value, bool) and isinstance(default, bool)
        elif isinstance(default, int | float):
            ok = isinstance(value, int | float)
        else:
            ok = isinstance(value, type(default))
        if not ok:
            raise OptionError("type", name, json.dumps(default))
        if value != default:
            changed[name] = value
    return changed


def _key(label: str, taken: Sequence[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") or "profile"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


class QAProfilesPage(QWidget):
    profileList: QListWidget
    newButton: QPushButton
    deleteButton: QPushButton
    checksTable: QTableWidget
    errorLabel: QLabel

    def __init__(
        self, profiles: Mapping[str, Profile], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        load_form("qa_profiles.ui", base=self)
        self.lang = lang
        self.profiles = {name: copy.deepcopy(p) for name, p in profiles.items()}
        self.dirty: set[str] = set()
        self.removed: set[str] = set()  # workspace records to delete (or built-ins reset)
        self.errors: dict[tuple[str, str], str] = {}
        self.specs = [check.spec for check in all_checks().values()]
        self._loading = False
        table = self.checksTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_CHECK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        table.setRowCount(len(self.specs))
        for row, spec in enumerate(self.specs):
            combo = QComboBox(table)
            combo.addItem(
                self.tr("Default (%1)").replace("%1", self.severity_name(spec.severity)), ""
            )
            for severity in Severity:
                combo.addItem(self.severity_name(severity), severity.value)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._severity_changed(r))
            table.setCellWidget(row, COL_SEVERITY, combo)
        table.itemChanged.connect(self._item_changed)
        self.profileList.currentRowChanged.connect(lambda _r: self._show_profile())
        self.newButton.clicked.connect(self.new_profile)
        self.deleteButton.clicked.connect(self.delete_profile)
        self._fill_list()

    def severity_name(self, severity: Severity) -> str:
        return {
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Info"),
        }[severity]

    # --- the profile list ----------------------------------------------------------------
    def _fill_list(self, select: str | None = None) -> None:
        current = select or self.current_name()
        self.profileList.blockSignals(True)
        self.profileList.clear()
        for name, profile in self.profiles.items():
            label = profile.label(self.lang)
            if profile.builtin:
                label = self.tr("%1 (built-in)").replace("%1", label)
            item = QListWidgetItem(label)
            item.setData(NAME_ROLE, name)
            item.setToolTip(name)
            self.profileList.addItem(item)
        names = list(self.profiles)
        row = names.index(current) if current in names else 0
        self.profileList.blockSignals(False)
        self.profileList.setCurrentRow(row)
        self._show_profile()

    def current_name(self) -> str | None:
        item = self.profileList.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else None

    def current_profile(self) -> Profile | None:
        name = self.current_name()
        return self.profiles.get(name) if name else None

    def new_profile(self) -> None:
        source = self.current_profile()
        label, ok = QInputDialog.getText(
            self, self.tr("New QA profile"), self.tr("Name of the new profile:")
        )
        label = label.strip()
        if not ok or not label or source is None:
            return
        self.add_profile(label, source)

    def add_profile(self, label: str, source: Profile) -> str:
        """A copy of ``source`` called ``label``; returns its key."""
        name = _key(label, list(self.profiles))
        profile = copy.deepcopy(source)
        profile.name, profile.label_en, profile.label_zh, profile.builtin = (
            name,
            label,
            label,
            False,
        )
        self.profiles[name] = profile
        self.dirty.add(name)
        self.removed.discard(name)
        self._fill_list(select=name)
        return name

    def delete_profile(self) -> None:
        """Delete a workspace profile; a built-in goes back to its shipped settings."""
        name = self.current_name()
        if name is None:
            return
        shipped = builtin_profiles()
        if name in shipped:
            self.profiles[name] = shipped[name]
        else:
            del self.profiles[name]
        self.dirty.discard(name)
        self.removed.add(name)
        self.errors = {k: v for k, v in self.errors.items() if k[0] != name}
        self._fill_list(select=name if name in self.profiles else None)

    # --- the checks table ------------------------------------------------------------------
    def _show_profile(self) -> None:
        profile = self.current_profile()
        builtin = profile is not None and profile.builtin
        self.deleteButton.setText(self.tr("Reset built-in") if builtin else self.tr("Delete"))
        self.deleteButton.setEnabled(profile is not None)
        if profile is None:
            return
        self._loading = True
        table = self.checksTable
        for row, spec in enumerate(self.specs):
            setting = profile.setting(spec.id)
            name = QTableWidgetItem(spec.name(self.lang))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(
                Qt.CheckState.Checked if setting.enabled else Qt.CheckState.Unchecked
            )
            name.setToolTip(f"{spec.description(self.lang)}\n[{spec.id}]")
            table.setItem(row, COL_CHECK, name)
            combo = table.cellWidget(row, COL_SEVERITY)
            assert isinstance(combo, QComboBox)
            combo.blockSignals(True)
            value = setting.severity.value if setting.severity else ""
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
            options = QTableWidgetItem(
                json.dumps(profile.options(spec), ensure_ascii=False) if spec.options else ""
            )
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if spec.options:
                flags |= Qt.ItemFlag.ItemIsEditable
                options.setToolTip(self.tr("Defaults: %1").replace("%1", json.dumps(spec.options)))
            options.setFlags(flags)
            table.setItem(row, COL_OPTIONS, options)
        table.resizeRowsToContents()
        self._loading = False
        self._show_errors()

    def _setting(self, profile: Profile, check_id: str) -> CheckSetting:
        return profile.settings.setdefault(check_id, CheckSetting())

    def _item_changed(self, item: QTableWidgetItem) -> None:
        profile = self.current_profile()
        if self._loading or profile is None:
            return
        spec = self.specs[item.row()]
        if item.column() == COL_CHECK:
            enabled = item.checkState() == Qt.CheckState.Checked
            self._setting(profile, spec.id).enabled = enabled
        elif item.column() == COL_OPTIONS:
            try:
                options = parse_options(spec, item.text())
            except OptionError as exc:
                message = self.option_error(exc)
                self.errors[(profile.name, spec.id)] = f"{spec.name(self.lang)}: {message}"
                self._show_errors()
                return
            self.errors.pop((profile.name, spec.id), None)
            self._setting(profile, spec.id).options = options
            self._show_errors()
        else:
            return
        self.dirty.add(profile.name)

    def option_error(self, error: OptionError) -> str:
        details = [*error.details, "", ""]
        texts = {
            "json": self.tr("not valid JSON (%1)"),
            "object": self.tr('write a JSON object, e.g. {"name": value}'),
            "unknown": self.tr("unknown option %1 (known: %2)"),
            "type": self.tr("%1 expects a value like %2"),
        }
        return texts[error.kind].replace("%1", details[0]).replace("%2", details[1])

    def _severity_changed(self, row: int) -> None:
        profile = self.current_profile()
        combo = self.checksTable.cellWidget(row, COL_SEVERITY)
        if self._loading or profile is None or not isinstance(combo, QComboBox):
            return
        value = combo.currentData()
        self._setting(profile, self.specs[row].id).severity = Severity(value) if value else None
        self.dirty.add(profile.name)

    def _show_errors(self) -> None:
        self.errorLabel.setText("\n".join(self.errors.values()))

    def is_valid(self) -> bool:
        return not self.errors

    def apply(self, session: Session) -> None:
        for name in sorted(self.removed):
            store.delete_profile(session, name)
        session.flush()
        for name in sorted(self.dirty):
            if name in self.profiles:
                store.save_profile(session, self.profiles[name])


class UserDictionaryPage(QWidget):
    wordList: QListWidget
    wordEdit: QLineEdit
    addButton: QPushButton
    removeButton: QPushButton

    def __init__(self, words: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("qa_dictionary.ui", base=self)
        self.original = set(words)
        self.wordList.addItems(sorted(self.original))
        self.addButton.clicked.connect(self.add_word)
        self.wordEdit.returnPressed.connect(self.add_word)
        self.removeButton.clicked.connect(self.remove_selected)

    def words(self) -> set[str]:
        return {self.wordList.item(i).text() for i in range(self.wordList.count())}

    def add_word(self) -> None:
        word = self.wordEdit.text().strip()
        if word and word not in self.words():
            self.wordList.addItem(word)
        self.wordEdit.clear()

    def remove_selected(self) -> None:
        for item in self.wordList.selectedItems():
            self.wordList.takeItem(self.wordList.row(item))

    def apply(self, session: Session, author: str) -> None:
        now = self.words()
        store.add_user_words(session, sorted(now - self.original), author=author)
        for word in sorted(self.original - now):
            store.remove_user_word(session, word)
