"""Word documents (.docx, also .docm/.dotx) into a draft of blocks, in document order.

Before python-docx sees the file, it is checked (``open_checked``):

* the file signature: an OLE compound file is an encrypted Office file or a legacy .doc;
  anything that is no zip is refused;
* the zip itself (``archive.open_zip``: member count, sizes, compression ratio, names);
* the package: ``[Content_Types].xml``, ``_rels/.rels`` and the main part must exist and the
  main part must be WordprocessingML;
* every XML part (``.xml``/``.rels``, or an XML content type under any name) is parsed with
  a hardened lxml parser (no DTD, no entities, no network):
  a DOCTYPE is refused outright (OOXML parts never carry one, so one is an attack or a
  forgery), and malformed XML is reported with the member name and line.

python-docx itself parses with ``resolve_entities=False`` (lxml's ``no_network`` and
``load_dtd=False`` defaults apply), so it would not resolve external entities either; the
DOCTYPE check makes that moot and gives the user a clear message instead of empty text.

Text rules (``_Story``):

* paragraphs and tables in body order (content controls and custom XML are looked into);
  table cells left to right, each non-empty cell paragraph one block; a vertically merged
  cell's continuation is skipped and a horizontally merged cell appears once;
* tracked changes: deleted text (``w:del``, ``w:moveFrom``) is left out, inserted text
  (``w:ins``, ``w:moveTo``) kept — the draft is the document as it would read if accepted;
* fields: the result is kept, the instruction (``PAGE``, ``SEQ 图``…) is not;
* a soft line break (``w:br``, ``w:cr``) becomes one space between two non-CJK characters
  and nothing when either side is Chinese (Chinese never puts spaces at line ends; English
  words must not run together); a break next to existing whitespace adds nothing;
* tabs stay as ``\\t`` inside a paragraph (a tab can carry meaning, e.g. name ⇥ title); the
  paragraph is stripped at both ends;
* ruby (pinyin over characters) keeps the base text; text boxes, drawings and math are not
  imported (named in the notes);
* footnotes and endnotes follow the body as blocks ``footnote N`` / ``endnote N``, numbered
  in the order the body first refers to them.

Paragraph style → block kind: ``Title`` / ``Heading N`` / ``标题`` / ``标题 N`` or an outline
level → HEADING with its level (``Title`` is level 1, ``Subtitle``/``副标题`` level 2);
``Caption``/``题注`` → CAPTION; ``Quote``/``Intense Quote``/``引用``/``明显引用`` → QUOTE; a
name containing ``Byline``/``Author``/``作者``/``署名`` → BYLINE; else PARAGRAPH. A style that
matches nothing is looked up through its ``basedOn`` chain.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from workbench.errors import ImportFailed
from workbench.importers.archive import open_zip, read_member
from workbench.importers.draft import DraftBlock, DraftDocument
from workbench.importers.text import majority_language, other_language
from workbench.language import HAN_CLASS, detect_language
from workbench.models.enums import BlockKind, Language

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

FORMAT = "docx"

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{_W_NS}}}"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_STRICT_DOC_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_NOTES_RELS = {
    "footnote": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes",
    "endnote": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes",
}

_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_CONTENT_TYPES = "[Content_Types].xml"
_PACKAGE_RELS = "_rels/.rels"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_DOCUMENT_TYPE = f"{_WML}.document.main+xml"
# .docm/.dotx/.dotm: same body markup; python-docx only accepts the .docx content type,
# so theirs is rewritten in memory (see library-notes §1.2).
_OTHER_WORD_TYPES = {
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    f"{_WML}.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}

# Prolog: BOM, whitespace, XML declaration, processing instructions, comments.
_PROLOG = re.compile(r"\A\ufeff?(?:\s|<\?.*?\?>|<!--.*?-->)*", re.S)
_HEAD = 64 * 1024
_SEPARATOR_NOTES = {"separator", "continuationSeparator", "continuationNotice"}

# Soft breaks are marked with a character XML 1.0 cannot contain, then resolved by context.
_BREAK = "\v"
_BREAKS = re.compile(f"{_BREAK}+")
_CJK = re.compile(f"[{HAN_CLASS}\u3000-\u303f\u3040-\u30ff\uff00-\uffef]")


def _safe_parser() -> etree.XMLParser:
    # A new parser per part: lxml parsers are not thread-safe.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False
    )


# --------------------------------------------------------------------------- checks


def _sniff(data: bytes, path: Path | str) -> None:
    if not data:
        raise ImportFailed(path, "the file is empty")
    if data.startswith(_OLE_MAGIC):
        # Word's encrypted .docx and the legacy .doc are both OLE compound files; the
        # directory names the streams (UTF-16LE), which tells the two apart.
        if "EncryptedPackage".encode("utf-16-le") in data:
            problem = "the document is encrypted (password-protected); remove the password"
        elif "WordDocument".encode("utf-16-le") in data:
            problem = "this is a legacy Word 97–2003 .doc file; save it as .docx"
        else:
            problem = "this is an OLE compound file (an encrypted or legacy .doc Office file)"
        raise ImportFailed(path, f"{problem} in Word and import it again", "file header")
    if not data.startswith(b"PK"):
        raise ImportFailed(path, "not a DOCX file: it is not a zip archive", "file header")


def _parse_part(blob: bytes, name: str, path: Path | str) -> etree._Element:
    where = f"zip member {name!r}"
    # Look before parsing, so an entity bomb gets this message rather than a parse error.
    head = _decode_head(blob)
    rest = head[_PROLOG.match(head).end() :]  # type: ignore[union-attr]  # always matches
    if rest[:9].upper() == "<!DOCTYPE":
        _refuse_doctype(path, where, "<!ENTITY" in rest.upper())
    try:
        root = etree.fromstring(blob, _safe_parser())
    except etree.XMLSyntaxError as exc:
        message = re.sub(r", line \d+, column \d+$", "", str(exc.msg or exc))
        raise ImportFailed(
            path, f"the XML is malformed ({message})", f"{where}, line {exc.lineno}"
        ) from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:  # a prolog longer than the head
        _refuse_doctype(path, where, docinfo.internalDTD is not None)
    return root


def _refuse_doctype(path: Path | str, where: str, entities: bool) -> None:
    problem = "the part has a DOCTYPE" + (" that can declare entities" if entities else "")
    raise ImportFailed(path, f"{problem}; DOCX parts never have one, so the file is refused", where)


def _decode_head(blob: bytes) -> str:
    """The part's first 64 KB as text: enough to look past the prolog for a DOCTYPE."""
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if blob.startswith(bom):
            return blob[2 : 2 + _HEAD].decode(codec, errors="replace")
    return blob[:_HEAD].decode("utf-8", errors="replace")


@dataclass
class _Package:
    data: bytes  # what python-docx opens (content type rewritten for .docm/.dotx)
    parts: dict[str, etree._Element]  # every XML part, safely parsed, by member name


def open_checked(data: bytes, path: Path | str) -> _Package:
    _sniff(data, path)
    with open_zip(data, path) as archive:
        names = set(archive.namelist())
        for required in (_CONTENT_TYPES, _PACKAGE_RELS):
            if required not in names:
                raise ImportFailed(path, "a required part is missing", f"zip member {required!r}")
        types_root = _parse_part(read_member(archive, _CONTENT_TYPES, path), _CONTENT_TYPES, path)
        types = _ContentTypes(types_root)
        # Every part python-docx might parse: by name, or by an XML content type under any name.
        parts = {
            name: _parse_part(read_member(archive, name, path), name, path)
            for name in sorted(names - {_CONTENT_TYPES})
            if name.lower().endswith((".xml", ".rels")) or types.of(name).endswith(("/xml", "+xml"))
        }
        parts[_CONTENT_TYPES] = types_root
        main = _main_part(parts[_PACKAGE_RELS], path)
        if main not in names:
            raise ImportFailed(path, "a required part is missing", f"zip member {main!r}")
        content_type = types.of(main)
        if content_type in _OTHER_WORD_TYPES:
            data = _retype(archive, path, content_type)
        elif content_type != _DOCUMENT_TYPE:
            raise ImportFailed(
                path,
                f"this is not a Word document (its main part has type {content_type or 'none'})",
                f"zip member {main!r}",
            )
    return _Package(data=data, parts=parts)


def _main_part(rels: etree._Element, path: Path | str) -> str:
    for rel in rels.iter(f"{_REL_NS}Relationship"):
        kind = rel.get("Type", "")
        if kind == _STRICT_DOC_REL:
            raise ImportFailed(
                path,
                "Strict Open XML documents are not supported; save it as 'Word Document (*.docx)'",
                f"zip member {_PACKAGE_RELS!r}",
            )
        if kind == _DOC_REL and rel.get("TargetMode") != "External":
            return _member_name(rel.get("Target", ""))
    raise ImportFailed(
        path, "the package names no main document part", f"zip member {_PACKAGE_RELS!r}"
    )


def _member_name(target: str) -> str:
    """A package-relationship target ("/word/document.xml", "word/document.xml", "./…") as
    a zip member name."""
    parts = [part for part in target.replace("\\", "/").split("/") if part not in {"", "."}]
    return "/".join(parts)


class _ContentTypes:
    """``[Content_Types].xml``: a part's type by its override, else by its extension."""

    def __init__(self, root: etree._Element) -> None:
        self._overrides = {
            item.get("PartName", "").lstrip("/").lower(): item.get("ContentType", "")
            for item in root.iter(f"{_CT_NS}Override")
        }
        self._defaults = {
            item.get("Extension", "").lower(): item.get("ContentType", "")
            for item in root.iter(f"{_CT_NS}Default")
        }

    def of(self, member: str) -> str:
        key = member.lower()
        if key in self._overrides:
            return self._overrides[key]
        return self._defaults.get(key.rsplit(".", 1)[-1], "")


def _retype(archive: zipfile.ZipFile, path: Path | str, content_type: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
        for info in archive.infolist():
            blob = read_member(archive, info.filename, path)
            if info.filename == _CONTENT_TYPES:
                blob = blob.replace(content_type.encode(), _DOCUMENT_TYPE.encode())
            copy.writestr(info.filename, blob)
    return out.getvalue()


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    outline: int | None  # w:outlineLvl, 0-based; 9 means body text


_HEADING_N = re.compile(r"^(?:heading|标题)\s*([1-9])$")
_QUOTES = {"quote", "intense quote", "引用", "明显引用"}
_BYLINE = re.compile(r"byline|author|作者|署名")


def _kind_from_name(name: str) -> tuple[BlockKind, int] | None:
    key = " ".join(name.lower().split())
    if match := _HEADING_N.match(key):
        return BlockKind.HEADING, int(match.group(1))
    if key in {"title", "标题"}:
        return BlockKind.HEADING, 1
    if key in {"subtitle", "副标题"}:
        return BlockKind.HEADING, 2
    if key in {"caption", "题注"}:
        return BlockKind.CAPTION, 0
    if key in _QUOTES:
        return BlockKind.QUOTE, 0
    if _BYLINE.search(key):
        return BlockKind.BYLINE, 0
    return None


def _outline(ppr: etree._Element | None) -> int | None:
    if ppr is None:
        return None
    level = ppr.find(f"{W}outlineLvl")
    try:
        return int(level.get(f"{W}val", "")) if level is not None else None
    except ValueError:
        return None


class _Styles:
    def __init__(self, styles: etree._Element | None) -> None:
        self._by_id: dict[str, _Style] = {}
        self.default: str | None = None
        for style in [] if styles is None else styles.iter(f"{W}style"):
            if style.get(f"{W}type") != "paragraph":
                continue
            style_id = style.get(f"{W}styleId", "")
            name_el, base_el = style.find(f"{W}name"), style.find(f"{W}basedOn")
            self._by_id[style_id] = _Style(
                name=name_el.get(f"{W}val", style_id) if name_el is not None else style_id,
                based_on=base_el.get(f"{W}val") if base_el is not None else None,
                outline=_outline(style.find(f"{W}pPr")),
            )
            if style.get(f"{W}default") in {"1", "true", "on"}:
                self.default = style_id

    def name(self, style_id: str | None) -> str:
        style = self._by_id.get(style_id or "")
        return style.name if style else (style_id or "")

    def classify(self, style_id: str | None, direct_outline: int | None) -> tuple[BlockKind, int]:
        if direct_outline is not None and 0 <= direct_outline <= 8:
            return BlockKind.HEADING, direct_outline + 1
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self._by_id.get(style_id)
            found = _kind_from_name(style.name if style else style_id)
            if found:
                return found
            if style is None:
                break
            if style.outline is not None and 0 <= style.outline <= 8:
                return BlockKind.HEADING, style.outline + 1
            style_id = style.based_on
        return BlockKind.PARAGRAPH, 0


# --------------------------------------------------------------------------- text


def _resolve_breaks(text: str) -> str:
    def join(match: re.Match[str]) -> str:
        before = text[match.start() - 1] if match.start() > 0 else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if not before or not after or before.isspace() or after.isspace():
            return ""
        return "" if _CJK.match(before) or _CJK.match(after) else " "

    return _BREAKS.sub(join, text)


_SKIPPED_CONTENT = {
    f"{W}drawing": "drawing",
    f"{W}pict": "drawing",
    f"{W}object": "embedded object",
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent": "drawing",
    "{http://schemas.openxmlformats.org/officeDocument/2006/math}oMath": "equation",
    "{http://schemas.openxmlformats.org/officeDocument/2006/math}oMathPara": "equation",
}
# Inline wrappers whose runs belong to the paragraph text.
_INLINE_CONTAINERS = {
    f"{W}hyperlink",
    f"{W}ins",
    f"{W}moveTo",
    f"{W}fldSimple",
    f"{W}smartTag",
    f"{W}customXml",
    f"{W}sdt",
    f"{W}sdtContent",
    f"{W}dir",
    f"{W}bdo",
}
_DELETED = {f"{W}del", f"{W}moveFrom"}


@dataclass
class _Story:
    """One flow of text (the body, or one note) and what was found while reading it."""

    styles: _Styles
    blocks: list[DraftBlock] = field(default_factory=list)
    note_refs: dict[str, list[str]] = field(default_factory=lambda: {"footnote": [], "endnote": []})
    skipped: dict[str, int] = field(default_factory=dict)
    tracked: set[str] = field(default_factory=set)
    # Complex field states, innermost last: text shows only when all are past "separate".
    _fields: list[str] = field(default_factory=list)
    _paragraphs: int = 0
    _tables: int = 0

    # ---- blocks

    def read_blocks(self, parent: etree._Element, fixed_origin: str | None = None) -> None:
        for child in _unwrapped(parent):
            if child.tag == f"{W}p":
                self._paragraphs += 1
                self._paragraph(child, fixed_origin or f"paragraph {self._paragraphs}")
            elif child.tag == f"{W}tbl":
                self._tables += 1
                label = f"table {self._tables}"
                self._table(child, f"{fixed_origin}, {label}" if fixed_origin else label)

    def _table(self, table: etree._Element, label: str) -> None:
        rows = [row for row in _unwrapped(table) if row.tag == f"{W}tr"]
        for row_number, row in enumerate(rows, start=1):
            column = 1
            for cell in (c for c in _unwrapped(row) if c.tag == f"{W}tc"):
                props = cell.find(f"{W}tcPr")
                span = _grid_span(props)
                if not _continues_merge(props):
                    self._cell(cell, f"{label} row {row_number} cell {column}")
                column += span

    def _cell(self, cell: etree._Element, origin: str) -> None:
        # Same story (fields, notes, findings) but its own table count: a nested table is
        # "…cell 2, table 1" whatever the body's count is.
        inner = _Story(
            styles=self.styles,
            note_refs=self.note_refs,
            skipped=self.skipped,
            tracked=self.tracked,
            _fields=self._fields,
        )
        inner.read_blocks(cell, origin)
        self.blocks.extend(inner.blocks)

    def _paragraph(self, paragraph: etree._Element, origin: str) -> None:
        parts: list[str] = []
        self._inline(paragraph, parts)
        # A field still in its instruction at the paragraph's end is broken (a legitimate
        # field spanning paragraphs, like a TOC, is past "separate"): forget it rather than
        # hide the rest of the document.
        self._fields[:] = [state for state in self._fields if state == "result"]
        text = _resolve_breaks("".join(parts)).strip()
        if not text:
            return
        props = paragraph.find(f"{W}pPr")
        style_el = props.find(f"{W}pStyle") if props is not None else None
        style_id = style_el.get(f"{W}val") if style_el is not None else self.styles.default
        kind, level = self.styles.classify(style_id, _outline(props))
        self.blocks.append(
            DraftBlock(
                kind=kind,
                source=text,
                level=level,
                style=self.styles.name(style_id),
                origin=origin,
            )
        )

    # ---- inline text

    def _visible(self) -> bool:
        return all(state == "result" for state in self._fields)

    def _inline(self, element: etree._Element, parts: list[str]) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{W}r":
                self._run(child, parts)
            elif tag in _INLINE_CONTAINERS:
                if tag in {f"{W}ins", f"{W}moveTo"}:
                    self.tracked.add("insertions kept")
                self._inline(child, parts)
            elif tag in _DELETED:
                self.tracked.add("deletions left out")
            elif tag in _SKIPPED_CONTENT:
                self._skip(_skipped_name(child, tag))

    def _run(self, run: etree._Element, parts: list[str]) -> None:
        for child in run:
            tag = child.tag
            if tag == f"{W}fldChar":
                self._field_char(child.get(f"{W}fldCharType"))
            elif not self._visible():
                continue
            elif tag == f"{W}t":
                parts.append(child.text or "")
            elif tag in {f"{W}tab", f"{W}ptab"}:
                parts.append("\t")
            elif tag in {f"{W}br", f"{W}cr"}:
                parts.append(_BREAK)
            elif tag == f"{W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{W}sym":
                parts.append(_symbol(child))
            elif tag in {f"{W}footnoteReference", f"{W}endnoteReference"}:
                kind = "footnote" if tag == f"{W}footnoteReference" else "endnote"
                self.note_refs[kind].append(child.get(f"{W}id", ""))
            elif tag == f"{W}ruby":
                base = child.find(f"{W}rubyBase")
                if base is not None:
                    self._inline(base, parts)
            elif tag in _SKIPPED_CONTENT:
                self._skip(_skipped_name(child, tag))

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self._fields.append("instruction")
        elif kind == "separate" and self._fields:
            self._fields[-1] = "result"
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _skip(self, what: str) -> None:
        self.skipped[what] = self.skipped.get(what, 0) + 1


def _skipped_name(element: etree._Element, tag: str) -> str:
    # Text boxes hold paragraphs of their own; name them so the user knows text is missing.
    if next(element.iter(f"{W}txbxContent"), None) is not None:
        return "text box"
    return _SKIPPED_CONTENT[tag]


def _unwrapped(parent: etree._Element) -> Iterator[etree._Element]:
    """Children, looking through content controls and custom XML wrappers."""
    for child in parent:
        if child.tag in {f"{W}sdt", f"{W}customXml"}:
            content = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
            if content is not None:
                yield from _unwrapped(content)
        else:
            yield child


def _grid_span(props: etree._Element | None) -> int:
    span = props.find(f"{W}gridSpan") if props is not None else None
    try:
        return max(1, int(span.get(f"{W}val", "1"))) if span is not None else 1
    except ValueError:
        return 1


def _continues_merge(props: etree._Element | None) -> bool:
    """A cell that continues a merge above (vMerge) or to the left (legacy hMerge)."""
    if props is None:
        return False
    for tag in (f"{W}vMerge", f"{W}hMerge"):
        merge = props.find(tag)
        if merge is not None and merge.get(f"{W}val", "continue") == "continue":
            return True
    return False


def _symbol(sym: etree._Element) -> str:
    try:
        code = int(sym.get(f"{W}char", ""), 16)
    except ValueError:
        return ""
    # Symbol fonts map glyphs into the private-use area (F0xx): no text meaning to keep.
    return "" if 0xE000 <= code <= 0xF8FF else chr(code)


# --------------------------------------------------------------------------- notes


def _read_notes(
    kind: str, root: etree._Element | None, refs: list[str], styles: _Styles
) -> tuple[list[DraftBlock], dict[str, int]]:
    if root is None:
        return [], {}
    notes = {
        note.get(f"{W}id", ""): note
        for note in root.iter(f"{W}{kind}")
        if note.get(f"{W}type", "normal") not in _SEPARATOR_NOTES
    }
    order = list(dict.fromkeys(ref for ref in refs if ref in notes))
    order += [note_id for note_id in notes if note_id not in order]
    blocks: list[DraftBlock] = []
    skipped: dict[str, int] = {}
    for number, note_id in enumerate(order, start=1):
        story = _Story(styles=styles, skipped=skipped)
        story.read_blocks(notes[note_id], f"{kind} {number}")
        blocks.extend(story.blocks)
    return blocks, skipped


# --------------------------------------------------------------------------- import


def import_docx(path: Path | str, *, source_lang: Language | None = None) -> DraftDocument:
    """Read a Word document into a draft; bad input is one ``ImportFailed`` naming the place."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportFailed(path, exc.strerror or str(exc)) from None
    package = open_checked(data, path)
    document = open_with_python_docx(package, path)

    styles = _Styles(document.styles.element)
    body = _Story(styles=styles)
    body.read_blocks(document.element.body)
    blocks = list(body.blocks)
    skipped = dict(body.skipped)
    for kind, reltype in _NOTES_RELS.items():
        root = _related_part(document, reltype, package)
        note_blocks, note_skipped = _read_notes(kind, root, body.note_refs[kind], styles)
        blocks += note_blocks
        for what, count in note_skipped.items():
            skipped[what] = skipped.get(what, 0) + count
    if not blocks:
        raise ImportFailed(path, "the document has no text")

    notes: list[str] = []
    if source_lang is not None:
        src = Language(source_lang)
    else:
        detected = majority_language([block.source for block in blocks])
        if detected is None:
            notes.append("no Chinese or English letters found; assumed zh")
        src = detected or Language.ZH
    draft = DraftDocument(
        source_lang=src,
        target_lang=other_language(src),
        blocks=blocks,
        origin_path=str(path),
        origin_format=FORMAT,
        notes=notes,
    )
    title = _core_title(document) or next(
        (b.source for b in blocks if b.kind is BlockKind.HEADING), ""
    )
    if title:
        draft.set_title(detect_language(title) or src, title)
    draft.byline = next((b.source for b in blocks if b.kind is BlockKind.BYLINE), "")
    if body.tracked:
        notes.append("tracked changes: " + ", ".join(sorted(body.tracked)))
    notes += [f"not imported: {count} {what}(s)" for what, count in sorted(skipped.items())]
    return draft


def open_with_python_docx(package: _Package, path: Path | str) -> DocxDocument:
    import docx

    try:
        return docx.Document(io.BytesIO(package.data))
    except Exception as exc:  # python-docx raises KeyError/ValueError/… on broken packages
        raise ImportFailed(
            path, f"python-docx cannot read the package ({type(exc).__name__}: {exc})"
        ) from None


def _core_title(document: DocxDocument) -> str:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        # Asking python-docx for core_properties of a package without them would invent
        # the title "Word Document".
        document.part.package.part_related_by(RT.CORE_PROPERTIES)
    except KeyError:
        return ""
    return (document.core_properties.title or "").strip()


def _related_part(document: DocxDocument, reltype: str, package: _Package) -> etree._Element | None:
    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return package.parts.get(str(rel.target_part.partname).lstrip("/"))
    return None
