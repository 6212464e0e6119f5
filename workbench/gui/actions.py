"""Every command of the main window in one table: text, shortcut, icon, menu.

The menus, the toolbar and the keyboard cheat sheet are all built from this table, so a
shortcut cannot exist without being listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    menu: str  # objectName of the menu in ui/main_window.ui
    shortcuts: tuple[str, ...] = ()
    icon: str = ""
    toolbar: bool = False
    checkable: bool = False
    separator_before: bool = False


# fmt: off
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_workspace", QT_TRANSLATE_NOOP("Actions", "&New workspace…"), "menuFile", ("Ctrl+Shift+N",), "mdi6.database-plus-outline"),
    ActionSpec("open_workspace", QT_TRANSLATE_NOOP("Actions", "&Open workspace…"), "menuFile", ("Ctrl+Shift+O",), "mdi6.database-outline"),
    ActionSpec("import", QT_TRANSLATE_NOOP("Actions", "&Import…"), "menuFile", ("Ctrl+O",), "mdi6.file-import-outline", toolbar=True),
    ActionSpec("backup", QT_TRANSLATE_NOOP("Actions", "&Back up workspace"), "menuFile", (), "mdi6.backup-restore"),
    ActionSpec("close_document", QT_TRANSLATE_NOOP("Actions", "&Close document"), "menuFile", ("Ctrl+W",), "mdi6.close", separator_before=True),
    ActionSpec("preferences", QT_TRANSLATE_NOOP("Actions", "&Preferences…"), "menuFile", ("Ctrl+,",), "mdi6.cog-outline", separator_before=True),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "menuFile", ("Ctrl+Q",), "mdi6.exit-to-app", separator_before=True),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "menuEdit", ("Ctrl+Z",), "mdi6.undo", toolbar=True),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "menuEdit", ("Ctrl+Y", "Ctrl+Shift+Z"), "mdi6.redo", toolbar=True),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), "menuEdit", ("Ctrl+F",), "mdi6.magnify", toolbar=True, separator_before=True),
    ActionSpec("replace", QT_TRANSLATE_NOOP("Actions", "Find and &replace…"), "menuEdit", ("Ctrl+H",), "mdi6.find-replace"),
    ActionSpec("goto", QT_TRANSLATE_NOOP("Actions", "&Go to segment…"), "menuEdit", ("Ctrl+G",), "mdi6.arrow-right-bold-box-outline"),
    ActionSpec("confirm", QT_TRANSLATE_NOOP("Actions", "&Confirm and go to next unconfirmed"), "menuSegment", ("Ctrl+Return", "Ctrl+Enter"), "mdi6.check-bold", toolbar=True),
    ActionSpec("edit", QT_TRANSLATE_NOOP("Actions", "&Edit target"), "menuSegment", ("F2",), "mdi6.pencil"),
    ActionSpec("previous", QT_TRANSLATE_NOOP("Actions", "&Previous segment"), "menuSegment", ("Ctrl+Up",), "mdi6.chevron-up", separator_before=True),
    ActionSpec("next", QT_TRANSLATE_NOOP("Actions", "&Next segment"), "menuSegment", ("Ctrl+Down",), "mdi6.chevron-down"),
    ActionSpec("copy_source", QT_TRANSLATE_NOOP("Actions", "Copy &source to target"), "menuSegment", ("Ctrl+Shift+S",), "mdi6.content-copy", separator_before=True),
    ActionSpec("clear_target", QT_TRANSLATE_NOOP("Actions", "C&lear target"), "menuSegment", ("Ctrl+Shift+X",), "mdi6.eraser"),
    ActionSpec("split", QT_TRANSLATE_NOOP("Actions", "S&plit segment"), "menuSegment", ("Ctrl+Shift+T",), "mdi6.call-split", separator_before=True),
    ActionSpec("merge", QT_TRANSLATE_NOOP("Actions", "&Merge with next segment"), "menuSegment", ("Ctrl+Shift+M",), "mdi6.call-merge"),
    ActionSpec("history", QT_TRANSLATE_NOOP("Actions", "Segment &history…"), "menuSegment", ("Ctrl+Shift+H",), "mdi6.history", separator_before=True),
    ActionSpec("mark_reviewed", QT_TRANSLATE_NOOP("Actions", "Mark &reviewed"), "menuReview", ("Ctrl+Alt+R",), "mdi6.check-decagram"),
    ActionSpec("mark_approved", QT_TRANSLATE_NOOP("Actions", "Mark &approved"), "menuReview", ("Ctrl+Alt+A",), "mdi6.shield-check"),
    ActionSpec("lock", QT_TRANSLATE_NOOP("Actions", "&Lock"), "menuReview", ("Ctrl+Alt+L",), "mdi6.lock", separator_before=True),
    ActionSpec("unlock", QT_TRANSLATE_NOOP("Actions", "&Unlock"), "menuReview", ("Ctrl+Alt+U",), "mdi6.lock-open-variant"),
    ActionSpec("add_term", QT_TRANSLATE_NOOP("Actions", "&Add term from selection…"), "menuTerms", ("Ctrl+T",), "mdi6.book-plus-outline"),
    ActionSpec("termbase_manager", QT_TRANSLATE_NOOP("Actions", "Term base &manager…"), "menuTerms", ("Ctrl+Shift+B",), "mdi6.book-open-page-variant-outline", toolbar=True),
    ActionSpec("qa_run", QT_TRANSLATE_NOOP("Actions", "&Run QA on document"), "menuQA", ("F7",), "mdi6.clipboard-check-outline", toolbar=True),
    ActionSpec("qa_issue", QT_TRANSLATE_NOOP("Actions", "QA on this &issue"), "menuQA", (), "mdi6.book-open-variant"),
    ActionSpec("qa_workspace", QT_TRANSLATE_NOOP("Actions", "QA on the whole &workspace"), "menuQA", (), "mdi6.database-check-outline"),
    ActionSpec("qa_next", QT_TRANSLATE_NOOP("Actions", "&Next QA finding"), "menuQA", ("F8",), "mdi6.arrow-down-bold-circle-outline", separator_before=True),
    ActionSpec("qa_previous", QT_TRANSLATE_NOOP("Actions", "&Previous QA finding"), "menuQA", ("Shift+F8",), "mdi6.arrow-up-bold-circle-outline"),
    ActionSpec("swap_view", QT_TRANSLATE_NOOP("Actions", "&Swap source and target columns"), "menuView", ("Ctrl+Alt+S",), "mdi6.swap-horizontal", checkable=True),
    ActionSpec("refresh", QT_TRANSLATE_NOOP("Actions", "&Refresh"), "menuView", ("F5",), "mdi6.refresh"),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "menuHelp", ("F1",), "mdi6.keyboard-outline"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About ICC Workbench"), "menuHelp", (), "mdi6.information-outline"),
)
# fmt: on

# Shortcuts that work inside the segment editor but have no menu entry of their own.
EDITOR_KEYS: tuple[tuple[str, str], ...] = (
    ("Esc", QT_TRANSLATE_NOOP("Actions", "Discard what was typed in this segment")),
    ("Tab", QT_TRANSLATE_NOOP("Actions", "Leave the editor (the text is kept as a draft)")),
    ("Enter", QT_TRANSLATE_NOOP("Actions", "New line inside the segment")),
)


def translated(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


_CJK_MNEMONIC = re.compile(r"\(&\w\)")  # Chinese menus write mnemonics as "导入(&I)"


def plain(text: str) -> str:
    """Menu text without the mnemonic and ellipsis, for toolbars and lists."""
    return _CJK_MNEMONIC.sub("", text).replace("&", "").rstrip("…").strip()


def build_actions(parent: QWidget) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(qta.icon(spec.icon) if spec.icon else QAction().icon(), "", parent)
        action.setObjectName(f"action_{spec.name}")
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(spec.checkable)
        actions[spec.name] = action
    retranslate_actions(actions)
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    for spec in ACTIONS:
        action = actions[spec.name]
        action.setText(translated(spec.text))
        action.setIconText(plain(translated(spec.text)))
        if spec.shortcuts:
            keys = QKeySequence(spec.shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain(translated(spec.text))} ({keys})")
