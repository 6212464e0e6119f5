"""Write XLIFF 1.2 or XLIFF 2.x (``version="2.1"``, the 2.0 namespace) to a text stream.

* A document imported from the same format is written into its skeleton: every unit at its
  ``<?wb-unit N?>`` mark, verbatim when none of its segments changed, otherwise patched
  (only the changed source/target/state/notes; everything else of the unit stays). A target
  added where the file had no target language gets the document's (``trgLang`` /
  ``target-language``). Blocks that have no mark follow the unit before them.
* Anything else is written fresh: XLIFF 1.2 one ``<trans-unit>`` per segment (its status as
  ``state``/``approved``, its note as ``<note>``); XLIFF 2 one ``<unit>`` per block with one
  ``<segment>`` per segment and the separators between them as ``<ignorable>``, so a
  paragraph comes back as the same segments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, TextIO

from lxml import etree

from workbench.interchange import states
from workbench.interchange.capture import SKELETON_PI
from workbench.interchange.inline import exact_fragment, set_content, text_xml
from workbench.interchange.units import XLIFF_2, XLIFF_12
from workbench.interchange.writing import (
    XML_DECLARATION,
    ExportDocument,
    ExportSegment,
    UnitIds,
    child,
    fragment,
    insert_after,
    insert_at,
    joined,
    layout,
    local,
    new_element,
    notes_text,
    parse_stored,
    remove,
    rendered,
    serialize,
)
from workbench.interchange.xliff import XLIFF1_RULES, XLIFF2_RULES
from workbench.models.enums import SegmentStatus

NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
NS_2 = "urn:oasis:names:tc:xliff:document:2.0"
_MARK = re.compile(rf"<\?{SKELETON_PI} (\d+)\?>")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_STRUCTURAL = frozenset({"trans-unit", "unit", "notes", "segment", "ignorable"})


def write_xliff(out: TextIO, document: ExportDocument) -> int:
    """Write the document; returns the number of units written."""
    origin = document.own_origin()
    if origin.get("skeleton"):
        return _into_skeleton(out, document, origin)
    head, tail = _fresh_frame(document)
    out.write(XML_DECLARATION + head)
    count = 0
    ids = UnitIds("" if document.fmt == XLIFF_12 else "u", nmtoken=document.fmt == XLIFF_2)
    indent = "\n" + "  " * _unit_level(document.fmt)
    for block in document.blocks:
        for unit in _fresh_units(block, document, ids):
            out.write(indent if count else "")
            out.write(unit)
            count += 1
    out.write(tail)
    return count


# ----------------------------------------------------------------------------- skeleton


def _into_skeleton(out: TextIO, document: ExportDocument, origin: dict[str, Any]) -> int:
    fmt = document.fmt
    units: dict[int, list[str]] = {}
    ids = UnitIds("wb", nmtoken=fmt == XLIFF_2)
    last = -1
    gained = False
    for block in document.blocks:
        number = _mark_of(block, fmt, units)
        if number is None:  # a block made here: after the unit before it
            units.setdefault(last, []).extend(_fresh_units(block, document, ids))
            continue
        patch = _patch_12 if fmt == XLIFF_12 else _patch_2
        xml, added = patch(block, document)
        units[number] = [xml]
        gained = gained or added
        last = number
    skeleton = origin["skeleton"]
    if gained:
        skeleton = _with_target_language(skeleton, document)
    pieces = _MARK.split(skeleton)
    out.write(XML_DECLARATION)
    out.write(pieces[0])
    count = 0
    for index in range(1, len(pieces), 2):
        written = units.get(int(pieces[index]), [])
        if index == 1:  # blocks before the first unit of the file go with it
            written = units.get(-1, []) + written
        out.write(_joined_units(written, pieces[index - 1]))
        out.write(pieces[index + 1])
        count += len(written)
    out.write("\n")
    return count


def _joined_units(units: list[str], before: str) -> str:
    """Units at one mark, each after the indentation the mark had."""
    indent = "\n" + before.rpartition("\n")[2] if "\n" in before else ""
    return indent.join(units)


def _mark_of(block: list[ExportSegment], fmt: str, seen: dict[int, list[str]]) -> int | None:
    meta = block[0].meta_for(fmt) if block else None
    if meta is None or "xml" not in meta or not isinstance(meta.get("n"), int):
        return None
    return None if meta["n"] in seen else meta["n"]


def _with_target_language(skeleton: str, document: ExportDocument) -> str:
    root = parse_stored(skeleton)
    if document.fmt == XLIFF_2:
        if not root.get("trgLang"):
            root.set("trgLang", document.target_lang)
    else:
        for file in root:
            if local(file) == "file" and not file.get("target-language"):
                file.set("target-language", document.target_lang)
    return serialize(root)


def _patch_12(block: list[ExportSegment], document: ExportDocument) -> tuple[str, bool]:
    meta = block[0].meta or {}
    if len(block) == 1 and block[0].unchanged():
        return meta["xml"], False
    source_text, target_text, status, note = joined(block)
    unit = parse_stored(meta["xml"])
    source, target = child(unit, "source"), child(unit, "target")
    assert source is not None
    old_source, source_codes = rendered(source, XLIFF1_RULES)
    old_target, target_codes = rendered(target, XLIFF1_RULES)
    if source_text != old_source:
        set_content(source, exact_fragment(source_text, (source_codes, target_codes), XLIFF_12))
        for stale in [c for c in unit if local(c) == "seg-source"]:
            unit.remove(stale)
    added = False
    if target_text != old_target:
        if target is None:
            target = new_element(unit, "target")
            insert_after(unit, source, target)
            added = bool(target_text)
        fragment_xml = exact_fragment(target_text, (target_codes, source_codes), XLIFF_12)
        set_content(_segment_mark(target), fragment_xml)
    if status != meta.get("status"):
        state, approved = states.to_xliff12(status)
        if target is not None:
            target.set("state", state)
        if approved:
            unit.set("approved", "yes")
        elif "approved" in unit.attrib:
            del unit.attrib["approved"]
    notes = [c for c in unit if local(c) == "note"]
    if note != notes_text(notes):
        _replace_notes_12(unit, notes, note)
    return serialize(unit), added


def _segment_mark(target: etree._Element) -> etree._Element:
    """Where a new target text goes: inside the one ``<mrk mtype="seg">`` that holds the
    whole target (Okapi, SDL), so it still matches its ``<seg-source>``; else the target."""
    if len(target) != 1 or (target.text or "").strip():
        return target
    mark = target[0]
    if local(mark) == "mrk" and mark.get("mtype") == "seg" and not (mark.tail or "").strip():
        return mark
    return target


def _replace_notes_12(unit: etree._Element, notes: list[etree._Element], note: str) -> None:
    at = unit.index(notes[0]) if notes else len(unit)
    for old in notes:
        remove(unit, old)
    if note:
        element = new_element(unit, "note")
        element.text = note
        insert_at(unit, at, element)


def _patch_2(block: list[ExportSegment], document: ExportDocument) -> tuple[str, bool]:
    first = block[0].meta or {}
    unit = parse_stored(first["xml"])
    segments = [c for c in unit if local(c) == "segment"]
    same_shape = len(block) == len(segments) == first.get("segs") and all(
        (s.meta_for(XLIFF_2) or {}).get("seg") == i
        and (s.meta_for(XLIFF_2) or {}).get("n") == first.get("n")
        for i, s in enumerate(block)
    )
    if same_shape and all(s.unchanged() for s in block):
        return first["xml"], False
    added = False
    if same_shape:
        for segment, element in zip(block, segments, strict=True):
            if not segment.unchanged():
                added = _patch_segment(segment, element) or added
    else:
        added = _reshape(unit, block, document)
    note = "\n".join(s.note for s in block if s.note)
    notes = child(unit, "notes")
    old = notes_text(n for n in notes if local(n) == "note") if notes is not None else ""
    if note != old:
        _replace_notes_2(unit, notes, note)
    return serialize(unit), added


def _patch_segment(segment: ExportSegment, element: etree._Element) -> bool:
    source, target = child(element, "source"), child(element, "target")
    assert source is not None
    meta = segment.meta or {}
    old_source, source_codes = rendered(source, XLIFF2_RULES)
    old_target, target_codes = rendered(target, XLIFF2_RULES)
    if segment.source != old_source:
        set_content(source, exact_fragment(segment.source, (source_codes, target_codes), XLIFF_2))
    added = False
    if segment.target != old_target:
        if target is None:
            target = new_element(element, "target")
            insert_after(element, source, target)
            added = bool(segment.target)
        set_content(target, exact_fragment(segment.target, (target_codes, source_codes), XLIFF_2))
    if segment.status != meta.get("status"):
        element.set("state", states.to_xliff2(segment.status))
        element.attrib.pop("subState", None)
    return added


def _reshape(unit: etree._Element, block: list[ExportSegment], document: ExportDocument) -> bool:
    """Segments were split or merged here: write the unit's segments afresh in place."""
    parts = [c for c in unit if local(c) in ("segment", "ignorable")]
    at = unit.index(parts[0]) if parts else len(unit)
    for part in parts:
        remove(unit, part)
    for offset, element in enumerate(_segments_2(block, document)):
        insert_at(unit, at + offset, element)
    return any(s.target for s in block)


def _replace_notes_2(unit: etree._Element, notes: etree._Element | None, note: str) -> None:
    at = unit.index(notes) if notes is not None else _first_content(unit)
    if notes is not None:
        remove(unit, notes)
    if note:
        element = new_element(unit, "notes")
        item = new_element(unit, "note")
        item.text = note
        element.append(item)
        insert_at(unit, at, element)


def _first_content(unit: etree._Element) -> int:
    for index, item in enumerate(unit):
        if local(item) in ("originalData", "segment", "ignorable"):
            return index
    return len(unit)


# -------------------------------------------------------------------------------- fresh


def _unit_level(fmt: str) -> int:
    return 3 if fmt == XLIFF_12 else 2


def _fresh_frame(document: ExportDocument) -> tuple[str, str]:
    """The file around the units, split where they go."""
    mark = etree.ProcessingInstruction(SKELETON_PI, "0")
    if document.fmt == XLIFF_12:
        root = etree.Element(f"{{{NS_12}}}xliff", nsmap={None: NS_12}, version="1.2")
        file = etree.SubElement(
            root,
            f"{{{NS_12}}}file",
            {
                "original": document.original,
                "source-language": document.source_lang,
                "target-language": document.target_lang,
                "datatype": "plaintext",
            },
        )
        etree.SubElement(file, f"{{{NS_12}}}body").append(mark)
    else:
        root = etree.Element(
            f"{{{NS_2}}}xliff",
            {"version": "2.1", "srcLang": document.source_lang, "trgLang": document.target_lang},
            nsmap={None: NS_2},
        )
        file = etree.SubElement(
            root, f"{{{NS_2}}}file", {"id": "f1", "original": document.original}
        )
        file.append(mark)
    etree.indent(root)
    head, _number, tail = _MARK.split(serialize(root))
    return head, tail + "\n"


def _fresh_units(
    block: list[ExportSegment], document: ExportDocument, ids: UnitIds
) -> Iterator[str]:
    if document.fmt == XLIFF_2:
        if not block:
            return
        unit = etree.Element("unit", id=ids.next(_stored_id(block[0])))
        note = "\n".join(s.note for s in block if s.note)
        if note:
            etree.SubElement(etree.SubElement(unit, "notes"), "note").text = note
        for element in _segments_2(block, document):
            unit.append(element)
        layout(unit, 2, _STRUCTURAL)
        yield serialize(unit)
        return
    for segment in block:
        yield _trans_unit(segment, ids.next(_stored_id(segment)))


def _stored_id(segment: ExportSegment) -> str | None:
    meta = segment.meta or {}
    value = meta.get("id")
    return str(value) if value is not None else None


def _trans_unit(segment: ExportSegment, unit_id: str) -> str:
    state, approved = states.to_xliff12(segment.status)
    unit = etree.Element("trans-unit", id=unit_id)
    unit.set(_XML_SPACE, "preserve")
    if approved and segment.target:
        unit.set("approved", "yes")
    source = etree.SubElement(unit, "source")
    set_content(source, fragment(segment, segment.source, "source", XLIFF_12))
    if segment.target:
        target = etree.SubElement(unit, "target", state=state)
        set_content(target, fragment(segment, segment.target, "target", XLIFF_12))
    if segment.note:
        etree.SubElement(unit, "note").text = segment.note
    layout(unit, 3, _STRUCTURAL)
    return serialize(unit)


def _segments_2(block: list[ExportSegment], document: ExportDocument) -> list[etree._Element]:
    out: list[etree._Element] = []
    for index, segment in enumerate(block):
        element = etree.Element("segment")
        meta = segment.meta_for(XLIFF_2) or {}
        element.set("id", str(meta.get("sid") or f"s{index + 1}"))
        if segment.target or segment.status != SegmentStatus.NEW:
            element.set("state", states.to_xliff2(segment.status))
        source = etree.SubElement(element, "source")
        set_content(source, fragment(segment, segment.source, "source", XLIFF_2))
        if segment.target:
            target = etree.SubElement(element, "target")
            set_content(target, fragment(segment, segment.target, "target", XLIFF_2))
        out.append(element)
        if segment.source_sep or segment.target_sep:
            ignorable = etree.Element("ignorable")
            sides = [("source", segment.source_sep)]
            if segment.target_sep != segment.source_sep:
                sides.append(("target", segment.target_sep))
            for name, text in sides:
                side = etree.SubElement(ignorable, name)
                if text and not text.strip():  # only spaces: say they count
                    side.set(_XML_SPACE, "preserve")
                set_content(side, text_xml(text, XLIFF_2))
            out.append(ignorable)
    return out
