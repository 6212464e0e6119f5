"""What the XLIFF and TMX writers share: the shape of what they write, and small helpers.

A writer gets an ``ExportDocument``: languages as they go in the file, and the document's
blocks in order, each a list of ``ExportSegment``s carrying the ``meta`` an import stored
(``capture``). A segment whose (source, target, note, status) still has the digest it was
imported with is written back verbatim; an edited one is patched into its stored unit; a
segment without meta for this format (typed here, or imported from another format) is
written fresh.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from workbench.errors import WorkbenchError
from workbench.interchange.capture import digest
from workbench.interchange.inline import converted_fragment, exact_fragment, text_xml
from workbench.interchange.xmlsafe import Rules, plain_text, render_inline, split_tag
from workbench.models.enums import Language, SegmentStatus

# Stored units are our own XML, read back for patching; a path only for error messages.
STORED = Path("<stored unit>")
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
_RANK = {status.value: rank for rank, status in enumerate(SegmentStatus)}
_BAD_ID = re.compile(r"[^\w.-]")
DEFAULT_LANGS = {Language.ZH.value: "zh-CN", Language.EN.value: "en-US"}


@dataclass(slots=True)
class ExportSegment:
    source: str
    target: str = ""
    source_sep: str = ""
    target_sep: str = ""
    status: str = SegmentStatus.NEW.value
    note: str = ""
    meta: dict[str, Any] | None = None

    def unchanged(self) -> bool:
        meta = self.meta
        return bool(meta) and meta.get("h") == digest(
            self.source, self.target, self.note, self.status
        )

    def meta_for(self, fmt: str) -> dict[str, Any] | None:
        """The meta when it was read from ``fmt`` (so its stored XML fits), else None."""
        return self.meta if self.meta and self.meta.get("fmt") == fmt else None


@dataclass
class ExportDocument:
    """``origin_meta``: the document's ``Document.origin_meta``; used only when it is of the
    format being written (the skeleton or the TMX header)."""

    fmt: str
    source_lang: str  # as written in the file: "zh-CN", "de-DE" …
    target_lang: str
    original: str  # XLIFF <file original="…">
    blocks: Iterable[list[ExportSegment]]
    origin_meta: dict[str, Any] = field(default_factory=dict)

    def own_origin(self) -> dict[str, Any]:
        return self.origin_meta if self.origin_meta.get("format") == self.fmt else {}


def file_language(lang: str, written: str = "") -> str:
    """The language code to write: the file's own when it had one, else zh-CN / en-US."""
    return written or DEFAULT_LANGS.get(lang, lang)


def lowest_status(statuses: Iterable[str]) -> str:
    return min(statuses, key=lambda s: _RANK.get(s, 0), default=SegmentStatus.NEW.value)


def joined(block: list[ExportSegment]) -> tuple[str, str, str, str]:
    """(source, target, status, note) of a block as one unit; the last separator dropped."""
    if len(block) == 1:
        only = block[0]
        return only.source, only.target, only.status, only.note
    source = "".join(
        s.source + (s.source_sep if i < len(block) - 1 else "") for i, s in enumerate(block)
    )
    targets = [s for s in block if s.target]
    target = "".join(
        s.target + (s.target_sep if i < len(targets) - 1 else "") for i, s in enumerate(targets)
    )
    note = "\n".join(s.note for s in block if s.note)
    return source, target, lowest_status(s.status for s in block), note


def fragment(segment: ExportSegment, text: str, side: str, fmt: str) -> str:
    """Inline XML for one side of a segment written fresh in ``fmt``."""
    meta = segment.meta
    if not meta:
        return text_xml(text, fmt)
    own: Mapping[str, str] = meta.get("sc" if side == "source" else "tc") or {}
    other: Mapping[str, str] = meta.get("tc" if side == "source" else "sc") or {}
    if meta.get("fmt") == fmt:
        return exact_fragment(text, (own, other), fmt)
    if own or other:
        return converted_fragment(text, (own, other), fmt)
    return text_xml(text, fmt)


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def parse_stored(xml: str) -> etree._Element:
    """A unit, skeleton or header stored at import, parsed back (safely: no entities)."""
    try:
        return etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise WorkbenchError(
            f"Cannot export: XML stored with the document at import is damaged ({exc.msg})"
        ) from None


def local(element: etree._Element) -> str:
    return split_tag(element.tag)[1] if isinstance(element.tag, str) else ""


def child(element: etree._Element, name: str) -> etree._Element | None:
    return next((c for c in element if local(c) == name), None)


def new_element(parent: etree._Element, name: str) -> etree._Element:
    """An element named in the parent's namespace (a stored unit is usually in none)."""
    namespace = split_tag(parent.tag)[0]
    return etree.Element(f"{{{namespace}}}{name}" if namespace else name)


def insert_at(parent: etree._Element, at: int, element: etree._Element) -> None:
    """Insert a structural child, with the whitespace its neighbours have (a stored unit
    keeps the indentation it came with)."""
    before = parent[at - 1] if 0 < at <= len(parent) else None
    gap = before.tail if before is not None else parent.text
    if at >= len(parent) and before is not None:
        element.tail, before.tail = before.tail, parent.text
        parent.append(element)
        return
    element.tail = gap
    parent.insert(at, element)


def insert_after(parent: etree._Element, anchor: etree._Element, element: etree._Element) -> None:
    insert_at(parent, parent.index(anchor) + 1, element)


def remove(parent: etree._Element, element: etree._Element) -> None:
    """Remove a structural child; the closing whitespace of a last child stays."""
    if element.getnext() is None:
        before = element.getprevious()
        if before is not None:
            before.tail = element.tail
        else:
            parent.text = element.tail
    parent.remove(element)


def rendered(element: etree._Element | None, rules: Rules) -> tuple[str, Mapping[str, str]]:
    if element is None:
        return "", {}
    return render_inline(element, rules, STORED)


def notes_text(elements: Iterable[etree._Element]) -> str:
    return "\n".join(plain_text(n, STORED) for n in elements)


def layout(element: etree._Element, level: int, structural: frozenset[str]) -> None:
    """Indent the children of structural elements (two spaces a level); inline content
    (source, target, seg, note) is never touched, so its whitespace stays exactly."""
    if local(element) not in structural or len(element) == 0:
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for item in element:
        item.tail = inner
        layout(item, level + 1, structural)
    element[-1].tail = "\n" + "  " * level


class UnitIds:
    """Ids for units written fresh: the stored one where there is one, unique in the file."""

    def __init__(self, prefix: str = "", *, nmtoken: bool = False) -> None:
        self.prefix = prefix
        self.nmtoken = nmtoken  # XLIFF 2 ids are NMTOKENs: no spaces, no slashes
        self.used: set[str] = set()
        self.count = 0

    def next(self, wanted: str | None) -> str:
        self.count += 1
        base = wanted or f"{self.prefix}{self.count}"
        if self.nmtoken:
            base = _BAD_ID.sub("_", base)
        candidate, extra = base, 1
        while candidate in self.used:
            extra += 1
            candidate = f"{base}_{extra}"
        self.used.add(candidate)
        return candidate


def serialize(element: etree._Element) -> str:
    return etree.tostring(element, encoding="unicode")
