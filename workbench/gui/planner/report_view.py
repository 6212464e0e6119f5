"""The campaign report: each KPI's target against the results summed over the campaign's
items, one bar per metric on its own scale (views and shares differ by orders of
magnitude), drawn with QPainter; "Export PNG…" saves what is shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.planner.labels import METRICS, colour, label, name

translate = QCoreApplication.translate
ROW_HEIGHT = 54
TOP = 78
LEFT = 150


def _number(value: float, lang: str) -> str:
    return QLocale(lang).toString(float(value), "f", 0)


def _blend_white(c: QColor, amount: float) -> QColor:
    return QColor(
        round(c.red() + (255 - c.red()) * amount),
        round(c.green() + (255 - c.green()) * amount),
        round(c.blue() + (255 - c.blue()) * amount),
    )


class ReportChart(QWidget):
    """Target vs result bars of one campaign (``CampaignView``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.campaign: Any = None
        self.lang = "en"
        self.published = 0
        self.setMinimumSize(480, 260)

    def set_campaign(self, campaign: Any, lang: str, published: int = 0) -> None:
        self.campaign, self.lang, self.published = campaign, lang, published
        self.updateGeometry()
        self.update()

    def metrics(self) -> list[tuple[str, float, float]]:
        """(metric, target, result) for every metric with a target or a result."""
        if self.campaign is None:
            return []
        targets = self.campaign.kpi_targets
        results = self.campaign.results
        rows = []
        for metric in METRICS:
            target = float(targets.get(metric, 0) or 0)
            result = float(results.get(metric, 0) or 0)
            if target or result:
                rows.append((metric, target, result))
        for metric, target in targets.items():  # metrics the core knows and we do not
            if metric not in METRICS and target:
                rows.append((metric, float(target), float(results.get(metric, 0) or 0)))
        return rows

    def sizeHint(self) -> QSize:
        return QSize(720, TOP + max(3, len(self.metrics())) * ROW_HEIGHT + 40)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.draw(painter, self.width(), self.height())
        painter.end()

    def draw(self, painter: QPainter, width: int, height: int) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.fillRect(QRectF(0, 0, width, height), palette.color(QPalette.ColorRole.Base))
        campaign = self.campaign
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.35)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        if campaign is None:
            painter.drawText(
                QRectF(16, 16, width - 32, 40),
                Qt.AlignmentFlag.AlignLeft,
                translate("PlannerReport", "Choose a campaign to see its results."),
            )
            return
        title = name(campaign.name_zh, campaign.name_en, self.lang)
        painter.drawText(QRectF(16, 12, width - 32, 28), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(self.font())
        painter.setPen(muted)
        dates = " – ".join(str(d) for d in (campaign.start_date, campaign.end_date) if d)
        summary = (
            translate("PlannerReport", "%1 · %2 item(s), %3 published")
            .replace("%1", dates or translate("PlannerReport", "no dates"))
            .replace("%2", str(campaign.item_count))
            .replace("%3", str(self.published))
        )
        painter.drawText(QRectF(16, 42, width - 32, 20), Qt.AlignmentFlag.AlignLeft, summary)
        rows = self.metrics()
        if not rows:
            painter.drawText(
                QRectF(16, TOP, width - 32, 40),
                Qt.AlignmentFlag.AlignLeft,
                translate(
                    "PlannerReport",
                    "No KPI targets and no results yet: set targets in the campaign, "
                    "record results in its items.",
                ),
            )
            return
        fill = colour(campaign.colour)
        metrics = QFontMetrics(self.font())
        bar_right = width - 24
        span = max(40.0, bar_right - LEFT)
        for n, (metric, target, result) in enumerate(rows):
            top = TOP + n * ROW_HEIGHT
            painter.setPen(text)
            painter.drawText(
                QRectF(16, top, LEFT - 24, 24),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label(METRICS, metric),
            )
            # The scale: the target is at 2/3 of the width, so results beyond it show.
            scale = max(target * 1.5, result, 1.0)
            bar = QRectF(LEFT, top + 2, span * result / scale, 20)
            track = QRectF(LEFT, top + 2, span, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(track, 3, 3)
            reached = target > 0 and result >= target
            painter.setBrush(fill if reached or not target else _blend_white(fill, 0.4))
            if bar.width() > 0:
                painter.drawRoundedRect(bar, 3, 3)
            if target:
                x = LEFT + span * target / scale
                painter.setPen(QPen(text, 2, Qt.PenStyle.DashLine))
                painter.drawLine(x, top - 2, x, top + 26)
            painter.setPen(text if reached else muted)
            if target:
                caption = (
                    translate("PlannerReport", "%1 of %2 target (%3%)")
                    .replace("%1", _number(result, self.lang))
                    .replace("%2", _number(target, self.lang))
                    .replace("%3", f"{100 * result / target:.0f}")
                )
            else:
                caption = translate("PlannerReport", "%1 (no target)").replace(
                    "%1", _number(result, self.lang)
                )
            painter.drawText(
                QRectF(LEFT, top + 24, span, metrics.height() + 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                caption,
            )
        legend_top = TOP + len(rows) * ROW_HEIGHT + 4
        painter.setPen(QPen(text, 2, Qt.PenStyle.DashLine))
        painter.drawLine(LEFT, legend_top + 8, LEFT + 24, legend_top + 8)
        painter.setPen(muted)
        painter.drawText(
            QRectF(LEFT + 30, legend_top, span - 30, 16),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            translate("PlannerReport", "target; bars: results summed over the campaign's items"),
        )

    def to_image(self, scale: float = 2.0) -> QImage:
        """The chart as an image at ``scale`` × its size (sharper than a screen grab)."""
        size = self.size() if self.width() > 10 else self.sizeHint()
        image = QImage(
            round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_ARGB32
        )
        image.setDevicePixelRatio(scale)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self.draw(painter, size.width(), size.height())
        painter.end()
        return image

    def save_png(self, path: Path) -> bool:
        return self.to_image().save(str(path), "PNG")


class ReportPanel(QWidget):
    export_requested = Signal()
    campaign_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.campaign_label = QLabel()
        self.campaign_combo = QComboBox()
        self.campaign_combo.setObjectName("reportCampaignCombo")
        self.campaign_combo.setMinimumContentsLength(24)
        self.campaign_label.setBuddy(self.campaign_combo)
        self.export_button = QPushButton()
        self.export_button.setObjectName("reportExportButton")
        self.chart = ReportChart()
        row = QHBoxLayout()
        row.addWidget(self.campaign_label)
        row.addWidget(self.campaign_combo)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.chart, 1)
        self.export_button.clicked.connect(self.export_requested)
        self.campaign_combo.currentIndexChanged.connect(lambda _n: self.campaign_changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.campaign_label.setText(translate("PlannerReport", "&Campaign:"))
        self.export_button.setText(translate("PlannerReport", "Export &PNG…"))

    def campaign_id(self) -> int | None:
        data = self.campaign_combo.currentData()
        return int(data) if data is not None else None

    def set_campaigns(self, campaigns: list[tuple[int, str]], select: int | None) -> None:
        combo = self.campaign_combo
        combo.blockSignals(True)
        current = select if select is not None else self.campaign_id()
        combo.clear()
        for campaign_id, title in campaigns:
            combo.addItem(title, campaign_id)
        combo.setCurrentIndex(max(0, combo.findData(current)) if combo.count() else -1)
        combo.blockSignals(False)
        self.export_button.setEnabled(combo.count() > 0)
