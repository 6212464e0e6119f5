"""Read an XLIFF or TMX file with everything a writer needs to give it back unchanged.

What becomes what:

* XLIFF 1.2: each ``<trans-unit>`` (every ``<file>``, nested groups too) is one unit with one
  segment. XLIFF 2.x: each ``<unit>`` is one unit whose ``<segment>``s are its segments; the
  ``<ignorable>`` after a segment is that segment's separator (what follows it in the
  paragraph), so the unit's segments join back into its text. TMX: each ``<tu>`` is one unit
  with one segment (the source/target pair ``read_tmx`` chooses).
* A whole XLIFF file is one document: its ``skeleton`` is the file with every unit replaced
  by a ``<?wb-unit N?>`` processing instruction (the input's own PIs and comments are dropped
  by the parser, so the marks cannot be forged). TMX keeps its ``<tmx>`` attributes and its
  ``<header>``; its units stream (``iter_entries``), so a 200,000-unit file is never whole.
* Each segment's ``meta`` (stored as ``Segment.meta`` JSON) holds: ``fmt``; the unit's own
  ``id`` (None when it has none); ``n`` (its mark in the skeleton) and ``file`` (1-based
  ``<file>``); the unit as XML (``xml``: on the unit's first segment only); XLIFF 2's
  ``seg`` (segment index), ``sid`` (segment id) and ``segs`` (count, first segment); TMX's
  ``tuv`` (which tuvs are source and target); the codes behind the placeholders (``sc``,
  ``tc``); the status it was imported with and ``h``, a digest of (source, target, note,
  status) as imported, so an exporter sees what changed and writes the rest verbatim.

Inline codes that would make one placeholder stand for two different codes are refused
(``render_inline_exact``): such a segment could not be written back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from workbench.errors import ImportFailed
from workbench.interchange import states
from workbench.interchange.reader import format_of, sniff_head
from workbench.interchange.tmx import _TmxReader, tmx_languages
from workbench.interchange.units import NO_CODES, TMX, XLIFF_2, XLIFF_12
from workbench.interchange.xliff import XLIFF1_RULES, XLIFF2_RULES
from workbench.interchange.xmlsafe import (
    code_xml,
    entity_reference,
    iterparse,
    plain_text,
    read_head,
    render_inline_exact,
    root_element,
    split_tag,
)

SKELETON_PI = "wb-unit"
META_VERSION = 1


def digest(source: str, target: str, note: str, status: str) -> str:
    """What an exporter compares to tell an edited segment from one it can copy verbatim."""
    payload = json.dumps([source, target, note, str(status)], ensure_ascii=False)
    return hashlib.blake2b(payload.encode("utf-8"), digest_size=8).hexdigest()


def dump_meta(meta: dict[str, Any]) -> str:
    return json.dumps(meta, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@dataclass(slots=True)
class CapturedSegment:
    source: str
    target: str
    status: str
    note: str = ""
    source_sep: str = ""
    target_sep: str = ""
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class CapturedUnit:
    origin: str  # where it came from, for people: "unit 5", "file 2, unit 5", "tu 17"
    segments: list[CapturedSegment]


@dataclass
class CapturedFile:
    """``units`` is a list for XLIFF and a one-shot stream for TMX. ``origin_meta`` is
    complete once ``units`` has been read to the end (TMX fills in its header then)."""

    path: Path
    format: str
    source_lang: str  # as written in the file ("" when it says nothing)
    target_lang: str
    origin_meta: dict[str, Any]
    units: Iterable[CapturedUnit]


def capture(
    path: str | Path,
    *,
    expect: str | None = None,
    source_lang: str | None = None,
    target_lang: str | None = None,
) -> CapturedFile:
    """Read ``path`` for a round trip. ``expect``: "xliff" or "tmx" to refuse the other;
    the languages choose the pair of a TMX (see ``read_tmx``) or fill in what an XLIFF
    leaves out."""
    file = Path(path)
    head = read_head(file)
    found = sniff_head(head)
    if found is None:
        root = root_element(file, head)  # raises a precise error for broken XML
        namespace, local = split_tag(root.tag)
        found = format_of(local, namespace, root.get("version", ""))
        if found is None:
            raise ImportFailed(
                file,
                f"not an XLIFF or TMX file: the root element is <{local}>",
                f"line {root.sourceline}",
            )
    if expect and (expect == "tmx") != (found == TMX):
        wanted = "a TMX" if expect == "tmx" else "an XLIFF"
        actual = "a TMX" if found == TMX else "an XLIFF"
        raise ImportFailed(file, f"not {wanted} file: it is {actual} file")
    if found == TMX:
        return _capture_tmx(file, head, source_lang, target_lang)
    return _capture_xliff(file, head, found, source_lang or "", target_lang or "")


# --------------------------------------------------------------------------------- XLIFF


def _whole_tree(path: Path, head: str) -> etree._Element:
    for _event, element in iterparse(path, head, ("{*}xliff",), ("end",)):
        return element
    root = root_element(path, head)
    raise ImportFailed(
        path,
        f"not an XLIFF file: the root element is <{split_tag(root.tag)[1]}>",
        f"line {root.sourceline}",
    )


def _local(element: etree._Element) -> str:
    return split_tag(element.tag)[1] if isinstance(element.tag, str) else ""


def _locked(element: etree._Element) -> bool:
    """``translate="no"`` on the unit or the nearest group/file that says."""
    node: etree._Element | None = element
    while node is not None:
        value = node.get("translate")
        if value:
            return value == "no"
        node = node.getparent()
    return False


def _capture_xliff(
    path: Path, head: str, fmt: str, source_lang: str, target_lang: str
) -> CapturedFile:
    root = _whole_tree(path, head)
    for node in root.iter(etree.Entity):  # the skeleton and units are parsed again on export
        raise entity_reference(path, node)
    files = [child for child in root if _local(child) == "file"]
    langs = [source_lang, target_lang]
    if fmt == XLIFF_2:
        langs = [root.get("srcLang") or langs[0], root.get("trgLang") or langs[1]]
    else:
        for i, attribute in enumerate(("source-language", "target-language")):
            written = next((f.get(attribute) for f in files if f.get(attribute)), None)
            langs[i] = written or langs[i]
    units: list[CapturedUnit] = []
    tag = "{*}trans-unit" if fmt == XLIFF_12 else "{*}unit"
    read = _trans_unit if fmt == XLIFF_12 else _unit
    for file_index, file_element in enumerate(files, start=1):
        for position, element in enumerate(list(file_element.iter(tag)), start=1):
            number = len(units)
            unit_id = element.get("id")
            label = f"unit {unit_id or position}"
            if len(files) > 1:
                label = f"file {file_index}, {label}"
            segments = read(path, element)
            for segment in segments:
                segment.meta.update(fmt=fmt, n=number, file=file_index, id=unit_id)
            segments[0].meta["xml"] = _unit_xml(path, element)
            units.append(CapturedUnit(label, _sealed(segments)))
            mark = etree.ProcessingInstruction(SKELETON_PI, str(number))
            mark.tail = element.tail
            parent = element.getparent()
            assert parent is not None
            parent.replace(element, mark)
    origin_meta = {
        "format": fmt,
        "meta_version": META_VERSION,
        "source_lang": langs[0],
        "target_lang": langs[1],
        "files": [{key: value for key, value in f.attrib.items()} for f in files],
        "skeleton": etree.tostring(root, encoding="unicode"),
    }
    return CapturedFile(path, fmt, langs[0], langs[1], origin_meta, units)


def _unit_xml(path: Path, element: etree._Element) -> str:
    """The unit as XML to store; an entity reference anywhere in it (a note, a prop, an
    extension) is refused: the stored unit could not be read back without its DTD."""
    for node in element.iter(etree.Entity):
        raise entity_reference(path, node)
    return code_xml(element)


def _sealed(segments: list[CapturedSegment]) -> list[CapturedSegment]:
    for segment in segments:
        segment.meta["status"] = segment.status
        segment.meta["h"] = digest(segment.source, segment.target, segment.note, segment.status)
    return segments


def _codes(meta: dict[str, Any], key: str, codes: Any) -> None:
    if codes:
        meta[key] = dict(codes)


def _trans_unit(path: Path, element: etree._Element) -> list[CapturedSegment]:
    source = target = None
    notes: list[str] = []
    for child in element:
        local = _local(child)
        if local == "source" and source is None:
            source = child
        elif local == "target" and target is None:
            target = child
        elif local == "note":
            notes.append(plain_text(child, path))
    if source is None:
        raise ImportFailed(path, "a <trans-unit> has no <source>", f"line {element.sourceline}")
    text, source_codes = render_inline_exact(source, XLIFF1_RULES, path)
    translation, target_codes = ("", NO_CODES)
    if target is not None:
        translation, target_codes = render_inline_exact(target, XLIFF1_RULES, path)
    status = states.from_xliff12(
        target.get("state", "") if target is not None else "",
        approved=element.get("approved") == "yes",
        locked=_locked(element),
        translated=bool(translation),
    )
    segment = CapturedSegment(text, translation, status.value, "\n".join(notes))
    _codes(segment.meta, "sc", source_codes)
    _codes(segment.meta, "tc", target_codes)
    return [segment]


def _unit(path: Path, element: etree._Element) -> list[CapturedSegment]:
    notes: list[str] = []
    segments: list[CapturedSegment] = []
    locked = _locked(element)
    for child in element:
        kind = _local(child)
        if kind == "notes":
            notes.extend(plain_text(n, path) for n in child if _local(n) == "note")
            continue
        if kind not in ("segment", "ignorable"):
            continue
        source = next((p for p in child if _local(p) == "source"), None)
        target = next((p for p in child if _local(p) == "target"), None)
        if source is None:
            raise ImportFailed(path, f"a <{kind}> has no <source>", f"line {child.sourceline}")
        text, source_codes = render_inline_exact(source, XLIFF2_RULES, path)
        translation, target_codes = ("", NO_CODES)
        if target is not None:
            translation, target_codes = render_inline_exact(target, XLIFF2_RULES, path)
        if kind == "ignorable":
            if segments:  # one before the first segment stays in the unit's XML only
                segments[-1].source_sep += text
                segments[-1].target_sep += translation if target is not None else text
            continue
        status = states.from_xliff2(
            child.get("state", ""), locked=locked, translated=bool(translation)
        )
        segment = CapturedSegment(text, translation, status.value)
        segment.meta.update(seg=len(segments), sid=child.get("id"))
        _codes(segment.meta, "sc", source_codes)
        _codes(segment.meta, "tc", target_codes)
        segments.append(segment)
    if not segments:
        raise ImportFailed(path, "a <unit> has no <segment>", f"line {element.sourceline}")
    segments[0].note = "\n".join(notes)
    segments[0].meta["segs"] = len(segments)
    return segments


# ----------------------------------------------------------------------------------- TMX


def _capture_tmx(
    path: Path, head: str, source_lang: str | None, target_lang: str | None
) -> CapturedFile:
    source, target = tmx_languages(path, source_lang=source_lang, target_lang=target_lang)
    origin_meta: dict[str, Any] = {
        "format": TMX,
        "meta_version": META_VERSION,
        "source_lang": source,
        "target_lang": target,
    }
    reader = _TmxReader(path, source_lang, target_lang, exact=True)
    return CapturedFile(
        path, TMX, source, target, origin_meta, _tmx_units(reader, head, origin_meta)
    )


def _tmx_units(
    reader: _TmxReader, head: str, origin_meta: dict[str, Any]
) -> Iterator[CapturedUnit]:
    for unit, element in reader.iter_entries(head):
        status = states.from_tmx(translated=bool(unit.target)).value
        segment = CapturedSegment(unit.source, unit.target, status, unit.note)
        segment.meta.update(
            fmt=TMX,
            id=element.get("tuid"),
            xml=_unit_xml(reader.path, element),
            tuv=list(reader.choice),
        )
        _codes(segment.meta, "sc", unit.source_codes)
        _codes(segment.meta, "tc", unit.target_codes)
        yield CapturedUnit(f"tu {unit.id}", _sealed([segment]))
    origin_meta["root"] = reader.root_attrib
    origin_meta["header"] = reader.header_xml
