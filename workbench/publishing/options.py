"""What a print export makes: layout, script edition, page setup, fonts.

Plain data, shared by the CLI, the GUI and the builder. Page setup is stored per
publication (``Publication.trim_size`` and ``print_settings`` JSON); options given for one
export (``--layout``, ``--script`` …) override it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from workbench.errors import WorkbenchError


class Layout(StrEnum):
    INTERLEAVED = "interleaved"  # each Chinese paragraph followed by its English one
    SIDE_BY_SIDE = "side-by-side"  # a two-column table, rows aligned by paragraph
    EN = "en"
    ZH = "zh"


class Script(StrEnum):
    SIMPLIFIED = "simplified"
    HK = "hk"  # OpenCC s2hk
    TW = "tw"  # OpenCC s2twp (Taiwan phrases)


# East Asian language tag per edition: renderers pick glyph forms from it.
EAST_ASIAN_LANG = {Script.SIMPLIFIED: "zh-CN", Script.HK: "zh-HK", Script.TW: "zh-TW"}

# Trim sizes in millimetres (width, height). 16K and large 16K are the common magazine
# formats in mainland China (GB/T 788).
TRIM_SIZES: dict[str, tuple[float, float]] = {
    "a4": (210.0, 297.0),
    "16k": (185.0, 260.0),
    "large-16k": (210.0, 285.0),
    "a5": (148.0, 210.0),
}
TRIM_LABELS = {
    "a4": ("A4 (210 × 297 mm)", "A4（210 × 297 毫米）"),
    "16k": ("16K (185 × 260 mm)", "16开（185 × 260 毫米）"),
    "large-16k": ("Large 16K (210 × 285 mm)", "大16开（210 × 285 毫米）"),
    "a5": ("A5 (148 × 210 mm)", "A5（148 × 210 毫米）"),
    "custom": ("Custom", "自定义"),
}


@dataclass(frozen=True)
class Fonts:
    """Font families by role. Empty strings keep what the template's styles say."""

    zh_serif: str = ""
    zh_sans: str = ""
    en_serif: str = ""
    en_sans: str = ""


@dataclass(frozen=True)
class PageSetup:
    """Trim size and margins in millimetres. With mirror margins, ``inside`` is the margin
    at the spine and ``outside`` the one at the fore-edge; ``gutter`` is added inside."""

    trim: str = "large-16k"
    width_mm: float = 210.0
    height_mm: float = 285.0
    top: float = 20.0
    bottom: float = 20.0
    inside: float = 20.0
    outside: float = 15.0
    gutter: float = 5.0
    header: float = 10.0
    footer: float = 10.0
    mirror: bool = True

    @classmethod
    def for_trim(
        cls,
        trim: str,
        width_mm: float | None = None,
        height_mm: float | None = None,
        **margins: Any,
    ) -> PageSetup:
        if trim == "custom":
            if not width_mm or not height_mm:
                raise WorkbenchError("A custom trim size needs a width and a height in mm")
            width, height = float(width_mm), float(height_mm)
        elif trim in TRIM_SIZES:
            width, height = TRIM_SIZES[trim]
        else:
            known = ", ".join([*TRIM_SIZES, "custom"])
            raise WorkbenchError(f"Unknown trim size {trim!r} (known: {known})")
        if not 50 <= width <= 600 or not 50 <= height <= 900:
            raise WorkbenchError(f"Trim size {width} × {height} mm is not a printable page")
        allowed = {f.name for f in fields(cls)} - {"trim", "width_mm", "height_mm"}
        unknown = set(margins) - allowed
        if unknown:
            raise WorkbenchError(f"Unknown page setting(s): {', '.join(sorted(unknown))}")
        return cls(trim=trim, width_mm=width, height_mm=height, **margins)


@dataclass(frozen=True)
class PublishOptions:
    """One export. ``None`` means "what the publication (or template) says"."""

    layout: Layout = Layout.INTERLEAVED
    english_first: bool = False  # interleaved: English paragraph before its Chinese one
    script: Script = Script.SIMPLIFIED
    corner_quotes: bool | None = None  # “” → 「」; default: on for hk/tw editions
    template: str | None = None
    page: PageSetup | None = None
    fonts: Fonts = field(default_factory=Fonts)
    normalize_punctuation: bool = False  # apply the QA punctuation fixes on the way out
    toc: bool = True
    start_page: int | None = None

    @property
    def uses_corner_quotes(self) -> bool:
        if self.corner_quotes is not None:
            return self.corner_quotes
        return self.script is not Script.SIMPLIFIED

    @property
    def east_asian_lang(self) -> str:
        return EAST_ASIAN_LANG[self.script]

    def with_(self, **changes: Any) -> PublishOptions:
        return replace(self, **changes)


def parse_layout(value: str) -> Layout:
    try:
        return Layout(value)
    except ValueError:
        known = ", ".join(layout.value for layout in Layout)
        raise WorkbenchError(f"Unknown layout {value!r} (known: {known})") from None


def parse_script(value: str) -> Script:
    try:
        return Script(value)
    except ValueError:
        known = ", ".join(script.value for script in Script)
        raise WorkbenchError(f"Unknown script {value!r} (known: {known})") from None


def print_settings_from_json(text: str) -> dict[str, Any]:
    """A publication's stored settings; bad JSON is a clear error, not a crash."""
    try:
        data = json.loads(text or "{}")
    except json.JSONDecodeError as exc:
        raise WorkbenchError(f"The publication's print settings are damaged: {exc}") from exc
    if not isinstance(data, dict):
        raise WorkbenchError("The publication's print settings are damaged: not an object")
    return data


def page_setup_for(
    trim: str, width_mm: float | None, height_mm: float | None, settings: dict[str, Any]
) -> PageSetup:
    margins = {k: v for k, v in settings.get("page", {}).items() if v is not None}
    return PageSetup.for_trim(trim, width_mm, height_mm, **margins)


def fonts_from(settings: dict[str, Any]) -> Fonts:
    stored = settings.get("fonts", {})
    return Fonts(**{f.name: str(stored.get(f.name, "")) for f in fields(Fonts)})


def settings_json(page: PageSetup, fonts: Fonts) -> str:
    margins = asdict(page)
    for key in ("trim", "width_mm", "height_mm"):
        margins.pop(key)
    return json.dumps({"page": margins, "fonts": asdict(fonts)}, ensure_ascii=False)
