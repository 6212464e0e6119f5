"""What a QA run works on and what it produces: units, findings and fixes.

Plain data with no database and no Qt: the same checks run over a workspace document, an
XLIFF file handed to the command line, or the segment the editor just confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple, TypeVar

_Frozen = TypeVar("_Frozen")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class Side(StrEnum):
    SOURCE = "source"
    TARGET = "target"


@dataclass(frozen=True)
class Unit:
    """One source/target pair.

    ``key`` names the unit to people: the id it has in the file (XLIFF trans-unit/unit id,
    TMX tuid), else its 1-based position. ``segment_id`` ties it to a workspace segment.
    Languages are base codes: ``zh`` or ``en``.
    """

    key: str
    source: str
    target: str
    source_lang: str = "zh"
    target_lang: str = "en"
    position: int = 0  # 1-based place in the run (report order)
    segment_id: int | None = None
    document_id: int | None = None

    def text(self, side: Side) -> str:
        return self.source if side is Side.SOURCE else self.target

    def lang(self, side: Side) -> str:
        return self.source_lang if side is Side.SOURCE else self.target_lang

    def side_in(self, lang: str) -> Side | None:
        """The side written in ``lang`` (zh/en), if any."""
        if self.source_lang == lang:
            return Side.SOURCE
        if self.target_lang == lang:
            return Side.TARGET
        return None


class Fix(NamedTuple):  # a tuple: a large file can have tens of thousands of fixes
    """Replace ``text[start:end]`` of one side with ``replacement``.

    A fix is only offered where it is safe: applying it changes exactly that span.
    """

    side: Side
    start: int
    end: int
    replacement: str
    label_en: str = ""
    label_zh: str = ""

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]


@dataclass(frozen=True)
class Finding:
    """One problem in one unit. ``span`` indexes ``unit.text(side)`` (Python str offsets)."""

    check: str
    unit: Unit
    side: Side
    severity: Severity
    message_en: str
    message_zh: str
    span: tuple[int, int] = (0, 0)
    fix: Fix | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False)
    ignored_reason: str | None = field(default=None, compare=False)

    @property
    def span_text(self) -> str:
        start, end = self.span
        return self.unit.text(self.side)[start:end]

    @property
    def ignored(self) -> bool:
        return self.ignored_reason is not None

    def message(self, lang: str = "en") -> str:
        return self.message_zh if lang.startswith("zh") else self.message_en

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape of the command line (see docs/qa.md)."""
        data: dict[str, Any] = {
            "check": self.check,
            "unit": self.unit.key,
            "side": self.side.value,
            "severity": self.severity.value,
            "message": self.message_en,
            "span": [self.span[0], self.span[1]],
        }
        if self.fix is not None:
            data["fix"] = {
                "start": self.fix.start,
                "end": self.fix.end,
                "replacement": self.fix.replacement,
            }
        if self.ignored_reason is not None:
            data["ignored"] = self.ignored_reason
        return data


def made_fast(cls: type[_Frozen], **fields: Any) -> _Frozen:
    """An instance of the frozen dataclass ``cls`` made as ``copy.copy`` makes one, without
    the generated ``__init__``'s ``object.__setattr__`` per field: a third of the time, for
    the paths that make tens of thousands (units of a file, findings from workers).
    ``fields`` must give every field, defaults included (tests/test_qa_checks.py checks)."""
    instance = object.__new__(cls)
    instance.__dict__.update(fields)
    return instance
