"""Small dialogs of issue assembly: section titles, issue properties, adding articles.

A dialog given a ``save`` callback calls it on OK; a ``WorkbenchError`` from the core (a
duplicate issue label, an empty title …) is reported and the dialog stays open, so
nothing typed is lost.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.gui.errors import show_error
from workbench.gui.forms import load_form
from workbench.gui.models.document_table import status_label
from workbench.publishing.outline import ArticleEntry, IssueInfo, SectionEntry

ID_ROLE = Qt.ItemDataRole.UserRole


class SavingDialog(QDialog):
    """OK runs ``save(self)``; an expected error keeps the dialog open."""

    buttonBox: QDialogButtonBox

    def __init__(self, parent: QWidget | None, form: str) -> None:
        super().__init__(parent)
        load_form(form, base=self)
        self.save: Callable[[Any], None] | None = None
        self.report_error: Callable[[str, str], None] = lambda message, details="": show_error(
            self, message, details
        )
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        if self.save is not None:
            try:
                self.save(self)
            except WorkbenchError as exc:
                self.report_error(str(exc), "")
                return
            except Exception as exc:  # a bug: details for the report
                self.report_error(str(exc) or type(exc).__name__, traceback.format_exc())
                return
        super().accept()


class SectionDialog(SavingDialog):
    titleZhEdit: QLineEdit
    titleEnEdit: QLineEdit

    def __init__(self, parent: QWidget | None, section: SectionEntry | None = None) -> None:
        super().__init__(parent, "section_dialog.ui")
        if section is None:
            self.setWindowTitle(self.tr("New section"))
        else:
            self.setWindowTitle(self.tr("Rename section"))
            self.titleZhEdit.setText(section.title_zh)
            self.titleEnEdit.setText(section.title_en)

    def titles(self) -> tuple[str, str]:
        return self.titleZhEdit.text().strip(), self.titleEnEdit.text().strip()


class IssueDialog(SavingDialog):
    labelEdit: QLineEdit
    titleZhEdit: QLineEdit
    titleEnEdit: QLineEdit
    startPageSpin: QSpinBox
    dateCheck: QCheckBox
    dateEdit: QDateEdit

    def __init__(self, parent: QWidget | None, issue: IssueInfo | None = None) -> None:
        super().__init__(parent, "issue_dialog.ui")
        self.dateCheck.toggled.connect(self.dateEdit.setEnabled)
        self.dateEdit.setDate(QDate.currentDate())
        if issue is None:
            self.setWindowTitle(self.tr("New issue"))
            self.dateEdit.setEnabled(False)
            return
        self.labelEdit.setText(issue.label)
        self.titleZhEdit.setText(issue.title_zh)
        self.titleEnEdit.setText(issue.title_en)
        self.startPageSpin.setValue(issue.start_page)
        if issue.publish_date is not None:
            self.dateEdit.setDate(
                QDate(issue.publish_date.year, issue.publish_date.month, issue.publish_date.day)
            )
        self.dateCheck.setChecked(issue.publish_date is not None)
        self.dateEdit.setEnabled(issue.publish_date is not None)

    def values(self) -> dict[str, Any]:
        published: date | None = None
        if self.dateCheck.isChecked():
            chosen = self.dateEdit.date()
            published = date(chosen.year(), chosen.month(), chosen.day())
        return {
            "label": self.labelEdit.text().strip(),
            "title_zh": self.titleZhEdit.text().strip(),
            "title_en": self.titleEnEdit.text().strip(),
            "start_page": self.startPageSpin.value(),
            "publish_date": published,
        }


class AddArticlesDialog(SavingDialog):
    """Choose unplaced documents and the section they go to (at its end)."""

    filterEdit: QLineEdit
    articleList: QTreeWidget
    sectionCombo: QComboBox
    hintLabel: QLabel

    def __init__(
        self,
        parent: QWidget | None,
        articles: Sequence[ArticleEntry],
        sections: Sequence[SectionEntry],
        section_id: int | None = None,
    ) -> None:
        super().__init__(parent, "add_articles.ui")
        ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add"))
        for section in sections:
            self.sectionCombo.addItem(section.title, section.id)
        if section_id is not None:
            self.sectionCombo.setCurrentIndex(max(0, self.sectionCombo.findData(section_id)))
        for article in articles:
            other = article.title_en if article.title == article.title_zh else article.title_zh
            item = QTreeWidgetItem([str(article.id), article.title, other])
            item.setText(3, status_label(article.status))
            item.setData(0, ID_ROLE, article.id)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.articleList.addTopLevelItem(item)
        header = self.articleList.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.articleList.setColumnWidth(2, 200)
        self.filterEdit.textChanged.connect(self._filter)
        self.articleList.itemSelectionChanged.connect(self._update_ok)
        self.articleList.itemActivated.connect(lambda _item, _col: self.accept())
        if not articles:
            self.hintLabel.setText(
                self.tr("Every document is already in an issue. Import or create one first.")
            )
        if self.articleList.topLevelItemCount():
            self.articleList.setCurrentItem(self.articleList.topLevelItem(0))
        self._update_ok()

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.articleList.topLevelItemCount()):
            item = self.articleList.topLevelItem(row)
            haystack = f"{item.text(0)} {item.text(1)} {item.text(2)}".casefold()
            item.setHidden(bool(needle) and needle not in haystack)

    def _update_ok(self) -> None:
        ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen_ids()) and self.sectionCombo.count() > 0)

    def select_ids(self, ids: Sequence[int]) -> None:
        wanted = set(ids)
        for row in range(self.articleList.topLevelItemCount()):
            item = self.articleList.topLevelItem(row)
            item.setSelected(item.data(0, ID_ROLE) in wanted)

    def chosen_ids(self) -> list[int]:
        rows = [
            self.articleList.topLevelItem(r) for r in range(self.articleList.topLevelItemCount())
        ]
        return [int(i.data(0, ID_ROLE)) for i in rows if i.isSelected() and not i.isHidden()]

    def section_id(self) -> int | None:
        data = self.sectionCombo.currentData()
        return int(data) if data is not None else None
