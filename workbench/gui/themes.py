"""Light and dark themes (Fusion + palette) and the CJK-aware default fonts."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")

# Tried in order; the first installed one wins. Noto/Source Han cover every Simplified glyph;
# the platform fonts are what Windows and macOS offices have.
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "SimSun",
    "Noto Sans CJK TC",
    "Droid Sans Fallback",
)
LATIN_FONTS = ("Noto Sans", "Segoe UI", "Helvetica Neue", "DejaVu Sans", "Arial")


def first_installed(candidates: tuple[str, ...]) -> str:
    families = set(QFontDatabase.families())
    for name in candidates:
        if name in families:
            return name
    return QApplication.font().family()


def segment_fonts(zh_family: str, en_family: str, size: int) -> tuple[QFont, QFont]:
    """Fonts for Chinese and English text. Each falls back through the CJK list, so Chinese
    never shows as boxes even when the chosen English font has no Han glyphs."""
    zh = QFont(zh_family or first_installed(CJK_FONTS), size)
    en = QFont(en_family or first_installed(LATIN_FONTS), size)
    fallbacks = [f for f in CJK_FONTS if f in set(QFontDatabase.families())]
    for font in (zh, en):
        font.setFamilies([font.family(), *fallbacks])
    return zh, en


def dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor(37, 37, 38), QColor(45, 45, 48), QColor(230, 230, 230)
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor("#ff6e6e")),
        (QPalette.ColorRole.Highlight, QColor(38, 79, 120)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.Link, QColor(100, 170, 255)),
        (QPalette.ColorRole.PlaceholderText, QColor(140, 140, 140)),
    ):
        palette.setColor(role, colour)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(120, 120, 120))
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(120, 120, 120)
    )
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    app.setStyle("Fusion")
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(QPalette())
