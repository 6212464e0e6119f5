"""Write TMX 1.4b, streaming (``lxml.etree.xmlfile``): one ``<tu>`` at a time.

* A document imported from TMX keeps its ``<tmx>`` attributes and ``<header>``; each
  unchanged ``<tu>`` is written verbatim (every tuv, prop and note it had, not only the
  pair that was imported); an edited one gets its source/target ``<seg>`` and notes
  replaced, a target tuv added if it had none.
* Anything else: one ``<tu>`` per segment (``tuid`` the unit id it was imported with, else
  a running number), its note as ``<note>``, a target tuv only when there is a target.
  TMX has no status, so statuses are not written.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from lxml import etree

import workbench
from workbench.interchange.inline import exact_fragment, set_content
from workbench.interchange.tmx import TMX_RULES
from workbench.interchange.units import TMX
from workbench.interchange.writing import (
    ExportDocument,
    ExportSegment,
    UnitIds,
    child,
    fragment,
    insert_after,
    insert_at,
    layout,
    local,
    notes_text,
    parse_stored,
    remove,
    rendered,
)
from workbench.interchange.xmlsafe import XML_LANG

_STRUCTURAL = frozenset({"tu", "tuv"})


def write_tmx(out: BinaryIO, document: ExportDocument) -> int:
    """Write the document to a binary stream; returns the number of ``<tu>`` written."""
    origin = document.own_origin()
    attributes = dict(origin.get("root") or {"version": "1.4"})
    header = parse_stored(origin["header"]) if origin.get("header") else _fresh_header(document)
    lang_attribute = "lang" if attributes.get("version", "") in ("1.1", "1.0") else XML_LANG
    count = 0
    ids = UnitIds()
    with etree.xmlfile(out, encoding="UTF-8") as xf:
        xf.write_declaration()
        with xf.element("tmx", attributes):
            xf.write("\n  ")
            xf.write(header)
            xf.write("\n  ")
            with xf.element("body"):
                for block in document.blocks:
                    for tu in _tus(block, document, ids, lang_attribute):
                        xf.write("\n    ")
                        xf.write(tu)
                        count += 1
                xf.write("\n  ")
            xf.write("\n")
    out.write(b"\n")
    return count


def _fresh_header(document: ExportDocument) -> etree._Element:
    return etree.Element(
        "header",
        {
            "creationtool": "ICC Workbench",
            "creationtoolversion": workbench.__version__,
            "segtype": "sentence",
            "o-tmf": "ICC Workbench",
            "adminlang": "en-US",
            "srclang": document.source_lang,
            "datatype": "plaintext",
        },
    )


def _tus(
    block: list[ExportSegment], document: ExportDocument, ids: UnitIds, lang_attribute: str
) -> Iterator[etree._Element]:
    for segment in block:
        meta = segment.meta_for(TMX)
        if meta is not None and meta.get("xml"):
            if segment.unchanged():
                yield parse_stored(meta["xml"])
            else:
                yield _patched(segment, meta, document, lang_attribute)
            continue
        stored = (segment.meta or {}).get("id")
        yield _fresh(segment, document, ids.next(str(stored) if stored is not None else None))


def _fresh(segment: ExportSegment, document: ExportDocument, tuid: str) -> etree._Element:
    tu = etree.Element("tu", tuid=tuid)
    if segment.note:
        etree.SubElement(tu, "note").text = segment.note
    sides = [("source", segment.source, document.source_lang)]
    if segment.target:
        sides.append(("target", segment.target, document.target_lang))
    for side, text, lang in sides:
        tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
        set_content(etree.SubElement(tuv, "seg"), fragment(segment, text, side, TMX))
    layout(tu, 2, _STRUCTURAL)
    return tu


def _patched(
    segment: ExportSegment, meta: dict, document: ExportDocument, lang_attribute: str
) -> etree._Element:
    tu = parse_stored(meta["xml"])
    tuvs = [c for c in tu if local(c) == "tuv"]
    source_index, target_index = meta.get("tuv") or (0, -1)
    source_tuv = tuvs[source_index]
    target_tuv = tuvs[target_index] if 0 <= target_index < len(tuvs) else None
    source_seg = _seg_of(source_tuv)
    target_seg = _seg_of(target_tuv) if target_tuv is not None else None
    old_source, source_codes = rendered(source_seg, TMX_RULES)
    old_target, target_codes = rendered(target_seg, TMX_RULES)
    if segment.source != old_source:
        set_content(source_seg, exact_fragment(segment.source, (source_codes, target_codes), TMX))
    if segment.target != old_target:
        if target_seg is None:
            attribute = "lang" if source_tuv.get("lang") is not None else lang_attribute
            target_tuv = etree.Element("tuv", {attribute: document.target_lang})
            target_seg = etree.SubElement(target_tuv, "seg")
            insert_after(tu, tuvs[-1], target_tuv)
        set_content(target_seg, exact_fragment(segment.target, (target_codes, source_codes), TMX))
    # The notes read as one: the tu's, then the source tuv's, then the target tuv's.
    owners = [tu, source_tuv] + ([target_tuv] if target_tuv is not None else [])
    notes = [(owner, n) for owner in owners for n in owner if local(n) == "note"]
    if segment.note != notes_text(n for _owner, n in notes):
        for owner, note in notes:
            remove(owner, note)
        if segment.note:
            element = etree.Element("note")
            element.text = segment.note
            insert_at(tu, 0, element)
    return tu


def _seg_of(tuv: etree._Element) -> etree._Element:
    seg = child(tuv, "seg")
    if seg is None:
        seg = etree.SubElement(tuv, "seg")
    return seg
