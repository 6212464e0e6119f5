"""A publication's properties: names, and the print setup every issue of it starts from —
trim size (or a custom size), reference template, margins (mirrored for facing pages, with
a gutter at the spine) and fonts by role."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from workbench.gui.publishing.dialogs import SavingDialog
from workbench.gui.publishing.labels import (
    builtin_templates,
    default_template_label,
    trim_choices,
)
from workbench.publishing.options import TRIM_SIZES, Fonts, PageSetup
from workbench.publishing.outline import PublicationInfo

MARGINS = ("top", "bottom", "inside", "outside", "gutter", "header", "footer")
FONT_SUGGESTIONS = {
    "zh_serif": ("Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "FZShuSong-Z01"),
    "zh_sans": ("Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "Microsoft YaHei"),
    "en_serif": ("Times New Roman", "Georgia", "Minion Pro", "Noto Serif"),
    "en_sans": ("Arial", "Helvetica", "Myriad Pro", "Noto Sans"),
}
FONT_COMBOS = {
    "zh_serif": "zhSerifCombo",
    "zh_sans": "zhSansCombo",
    "en_serif": "enSerifCombo",
    "en_sans": "enSansCombo",
}


class PublicationDialog(SavingDialog):
    tabs: QTabWidget
    nameZhEdit: QLineEdit
    nameEnEdit: QLineEdit
    descriptionEdit: QPlainTextEdit
    trimCombo: QComboBox
    sizeLabel: QLabel
    widthSpin: QDoubleSpinBox
    heightSpin: QDoubleSpinBox
    templateCombo: QComboBox
    browseTemplateButton: QPushButton
    insideLabel: QLabel
    outsideLabel: QLabel
    mirrorCheck: QCheckBox

    def __init__(
        self, parent: QWidget | None, lang: str, publication: PublicationInfo | None = None
    ) -> None:
        super().__init__(parent, "publication_dialog.ui")
        self.lang = lang
        self.setWindowTitle(
            self.tr("New publication") if publication is None else self.tr("Publication properties")
        )
        page = publication.page if publication is not None else PageSetup()
        fonts = publication.fonts if publication is not None else Fonts()
        for label, key in trim_choices(lang):
            self.trimCombo.addItem(label, key)
        self._custom_size = (page.width_mm, page.height_mm)
        self.trimCombo.setCurrentIndex(max(0, self.trimCombo.findData(page.trim)))
        self.widthSpin.setValue(page.width_mm)
        self.heightSpin.setValue(page.height_mm)
        self.trimCombo.currentIndexChanged.connect(self._trim_changed)
        self._trim_changed()
        self.widthSpin.valueChanged.connect(self._remember_custom)
        self.heightSpin.valueChanged.connect(self._remember_custom)
        self._fill_templates(publication.template if publication is not None else "")
        self.templateCombo.setMinimumContentsLength(24)
        self.browseTemplateButton.clicked.connect(self.browse_template)
        for name in MARGINS:
            self.spin(name).setValue(float(getattr(page, name)))
        self.mirrorCheck.setChecked(page.mirror)
        self.mirrorCheck.toggled.connect(self._mirror_changed)
        self._mirror_changed(page.mirror)
        for role, combo_name in FONT_COMBOS.items():
            combo = self.findChild(QComboBox, combo_name)
            assert combo is not None
            combo.addItem("")
            combo.addItems(list(FONT_SUGGESTIONS[role]))
            combo.setCurrentText(getattr(fonts, role))
            line = combo.lineEdit()
            if line is not None:
                line.setPlaceholderText(self.tr("As in the template"))
        if publication is not None:
            self.nameZhEdit.setText(publication.name_zh)
            self.nameEnEdit.setText(publication.name_en)
            self.descriptionEdit.setPlainText(publication.description)
        self.tabs.setCurrentIndex(0)

    def spin(self, name: str) -> QDoubleSpinBox:
        found = self.findChild(QDoubleSpinBox, f"{name}Spin")
        assert found is not None, name
        return found

    def font_combo(self, role: str) -> QComboBox:
        found = self.findChild(QComboBox, FONT_COMBOS[role])
        assert found is not None, role
        return found

    # --- trim and template ---------------------------------------------------------------
    def _trim_changed(self) -> None:
        key = self.trimCombo.currentData()
        custom = key == "custom"
        for widget in (self.widthSpin, self.heightSpin, self.sizeLabel):
            widget.setEnabled(custom)
        if custom:
            self.widthSpin.setValue(self._custom_size[0])
            self.heightSpin.setValue(self._custom_size[1])
        elif key in TRIM_SIZES:
            width, height = TRIM_SIZES[key]
            self.widthSpin.setValue(width)
            self.heightSpin.setValue(height)

    def _remember_custom(self) -> None:
        if self.trimCombo.currentData() == "custom":
            self._custom_size = (self.widthSpin.value(), self.heightSpin.value())

    def _fill_templates(self, current: str) -> None:
        combo = self.templateCombo
        combo.clear()
        combo.addItem(default_template_label(self.lang), "")
        for choice in builtin_templates(self.lang):
            combo.addItem(choice.label, choice.name)
            combo.setItemData(combo.count() - 1, str(choice.path), 3)  # tooltip role
        if current and combo.findData(current) < 0:
            combo.addItem(Path(current).name, current)
            combo.setItemData(combo.count() - 1, current, 3)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def set_template_path(self, path: str) -> None:
        self._fill_templates(path)

    def browse_template(self) -> None:
        current = self.templateCombo.currentData() or ""
        start = str(Path(current).parent) if current and Path(current).exists() else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a reference template"),
            start,
            self.tr("Word documents and templates (*.docx *.dotx)"),
        )
        if path:
            self.set_template_path(path)

    def _mirror_changed(self, mirror: bool) -> None:
        if mirror:
            self.insideLabel.setText(self.tr("&Inside:"))
            self.outsideLabel.setText(self.tr("O&utside:"))
        else:
            self.insideLabel.setText(self.tr("&Left:"))
            self.outsideLabel.setText(self.tr("&Right:"))

    # --- result ----------------------------------------------------------------------------
    def page(self) -> PageSetup:
        margins: dict[str, Any] = {name: self.spin(name).value() for name in MARGINS}
        trim = str(self.trimCombo.currentData())
        return PageSetup.for_trim(
            trim,
            self.widthSpin.value() if trim == "custom" else None,
            self.heightSpin.value() if trim == "custom" else None,
            mirror=self.mirrorCheck.isChecked(),
            **margins,
        )

    def fonts(self) -> Fonts:
        return Fonts(**{role: self.font_combo(role).currentText().strip() for role in FONT_COMBOS})

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``assembly.create_publication`` / ``update_publication``."""
        return {
            "name_zh": self.nameZhEdit.text().strip(),
            "name_en": self.nameEnEdit.text().strip(),
            "description": self.descriptionEdit.toPlainText().strip(),
            "page": self.page(),
            "template": str(self.templateCombo.currentData() or ""),
            "fonts": self.fonts(),
        }
