"""The bilingual review DOCX, going out: one table a Word-only reviewer edits and sends back.

The table has a header row (Segment ID | Source (zh) | Target (en) | Status | Comment), one
row per segment, repeated on every page (``w:tblHeader``) and never split across pages
(``w:cantSplit``), with fixed column widths on an A4 landscape page. Existing notes go in
the Comment column. Above it: the title and short instructions in both languages, and a
small "reference" line.

The import must know which export a returned file answers, so the random token and the
document id are written in three places: the core properties (``identifier`` = token,
``keywords``/``subject`` naming both), and the visible reference line, which survives apps
that drop core properties. The ``ReviewExport`` row keeps each segment's target at export
time (the base) so the import can tell a reviewer's edit from a change made meanwhile.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.errors import WorkbenchError
from workbench.models.enums import Language, SegmentStatus
from workbench.publishing.output import save_docx
from workbench.publishing.review import (
    COLUMNS,
    HEADER_ZH,
    KEYWORD_TAG,
    MARGIN_MM,
    PAGE_MM,
    REFERENCE_PREFIX,
    WIDTHS_MM,
    column_header,
)

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import _Cell
    from docx.text.run import Run

    from workbench.db.workspace import Workspace

FONT_LATIN = "Arial"
FONT_EAST_ASIA = "宋体"
INSTRUCTIONS_EN = (
    "Edit only the Target and Comment columns; Track Changes is fine. Please leave the "
    "Segment ID column as it is: it tells the workbench where each row belongs."
)
INSTRUCTIONS_ZH = (
    "请只修改“译文”和“批注”两栏，可以使用“修订”功能。"
    "请勿改动“句段编号”一栏：导入时靠它找到每一行对应的句段。"
)

_MM_TWIPS = 1440 / 25.4
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_GREY = ("id", "source", "status")  # shaded: for reading, not editing
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class ReviewExportResult:
    path: Path
    token: str
    document_id: int
    segments: int
    statuses: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "token": self.token,
            "document_id": self.document_id,
            "segments": self.segments,
            "statuses": self.statuses,
        }


# --------------------------------------------------------------------------- selection


def _checked_statuses(statuses: Iterable[str] | None) -> set[str] | None:
    if statuses is None:
        return None
    known = {s.value for s in SegmentStatus}
    wanted = {s.strip().lower() for s in statuses if s.strip()}
    unknown = sorted(wanted - known)
    if unknown:
        raise WorkbenchError(
            f"Unknown segment status {unknown[0]!r}; known statuses: {', '.join(sorted(known))}"
        )
    return wanted or None


def select_segments(
    tree: dict[str, Any], statuses: set[str] | None, segment_ids: Iterable[int] | None
) -> list[dict[str, Any]]:
    """The tree's segments in document order, kept by status and/or explicit selection."""
    segments = [seg for block in tree["blocks"] for seg in block["segments"]]
    if segment_ids is not None:
        wanted = set(segment_ids)
        missing = sorted(wanted - {seg["id"] for seg in segments})
        if missing:
            raise WorkbenchError(f"Segment {missing[0]} is not part of document {tree['id']}")
        segments = [seg for seg in segments if seg["id"] in wanted]
    if statuses is not None:
        segments = [seg for seg in segments if seg["status"] in statuses]
    if not segments:
        raise WorkbenchError(
            f"Nothing to export: no segment of document {tree['id']} matches the selection"
        )
    return segments


# --------------------------------------------------------------------------- raw OOXML


def _set_fonts(rpr: Any, *, east_asia_hint: bool) -> None:
    """Latin and East Asian font plus language tags on an ``w:rPr`` (python-docx lacks them)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fonts = rpr.get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)  # a theme font would win over the names in Word
    fonts.set(qn("w:ascii"), FONT_LATIN)
    fonts.set(qn("w:hAnsi"), FONT_LATIN)
    fonts.set(qn("w:eastAsia"), FONT_EAST_ASIA)
    if east_asia_hint:  # “” and —— then render with the Chinese font
        fonts.set(qn("w:hint"), "eastAsia")
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")


def _header_row_flags(row: Any) -> None:
    """The header row repeats on each page and, like every row, is never split."""
    from docx.oxml import OxmlElement

    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    tr_pr.append(OxmlElement("w:tblHeader"))


def _shade(cell: _Cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().insert_element_before(
        shd, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"
    )


def _table_width(table: Any) -> None:
    from docx.oxml.ns import qn

    width = table._tbl.tblPr.find(qn("w:tblW"))
    if width is not None:
        width.set(qn("w:type"), "dxa")
        width.set(qn("w:w"), str(round(sum(WIDTHS_MM.values()) * _MM_TWIPS)))


# --------------------------------------------------------------------------- building


def _run(paragraph: Any, text: str, *, chinese: bool, bold: bool = False, size: float = 0) -> Run:
    from docx.shared import Pt

    run = paragraph.add_run(_XML_UNSAFE.sub("", text))
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    _set_fonts(run._r.get_or_add_rPr(), east_asia_hint=chinese)
    return run


def _fill(cell: _Cell, text: str, *, chinese: bool, bold: bool = False) -> None:
    """Cell text, one paragraph per line (a line break typed in Word reads back the same)."""
    lines = text.split("\n") if text else [""]
    _run(cell.paragraphs[0], lines[0], chinese=chinese, bold=bold)
    for line in lines[1:]:
        _run(cell.add_paragraph(), line, chinese=chinese, bold=bold)


def _page_setup(document: DocxDocument) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    _set_fonts(normal.element.get_or_add_rPr(), east_asia_hint=False)


def _preamble(document: DocxDocument, tree: dict[str, Any], token: str) -> None:
    from docx.shared import RGBColor

    title = " / ".join(t for t in (tree["title_zh"], tree["title_en"]) if t) or f"#{tree['id']}"
    _run(document.add_paragraph(), title, chinese=True, bold=True, size=14)
    _run(document.add_paragraph(), INSTRUCTIONS_EN, chinese=False)
    _run(document.add_paragraph(), INSTRUCTIONS_ZH, chinese=True)
    reference = f"{REFERENCE_PREFIX} · document {tree['id']} · ref {token}"
    _run(document.add_paragraph(), reference, chinese=False, size=8).font.color.rgb = RGBColor(
        0x80, 0x80, 0x80
    )


def _table(document: DocxDocument, tree: dict[str, Any], segments: list[dict[str, Any]]) -> None:
    from docx.shared import Mm

    source_lang, target_lang = tree["source_lang"], tree["target_lang"]
    chinese = {
        "source": source_lang == Language.ZH,
        "target": target_lang == Language.ZH,
        "comment": False,
    }
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    table.autofit = False  # fixed layout: Word keeps our widths
    _table_width(table)
    for column, key in zip(table.columns, COLUMNS, strict=True):
        column.width = Mm(WIDTHS_MM[key])
    header = table.rows[0]
    _header_row_flags(header)
    for cell, key in zip(header.cells, COLUMNS, strict=True):
        cell.width = Mm(WIDTHS_MM[key])  # add_table split the width evenly
        text = f"{column_header(key, source_lang, target_lang)}\n{HEADER_ZH[key]}"
        _fill(cell, text, chinese=True, bold=True)
        _shade(cell, "D9D9D9")
    _data_rows(table._tbl, segments, chinese)


def _data_rows(tbl: Any, segments: list[dict[str, Any]], chinese: dict[str, bool]) -> None:
    """One row per segment, copied from a template row: python-docx's ``add_row`` and
    per-run property calls cost ~1 ms a row, far too slow for long documents."""
    from copy import deepcopy

    template = _row_template()
    fonts = {flag: _rpr_template(chinese=flag) for flag in (False, True)}
    for seg in segments:
        values = {
            "id": str(seg["id"]),
            "source": seg["source"],
            "target": seg["target"],
            "status": seg["status"],
            "comment": seg["note"],
        }
        tr = deepcopy(template)
        for tc, key in zip(tr.iterchildren(f"{_W}tc"), COLUMNS, strict=True):
            _put_text(tc, values[key], fonts[chinese.get(key, False)])
        tbl.append(tr)


def _row_template() -> Any:
    """An empty data row: never split, fixed widths, grey on the columns not to edit."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cells = []
    for key in COLUMNS:
        shade = '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>' if key in _GREY else ""
        width = round(WIDTHS_MM[key] * _MM_TWIPS)
        cells.append(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr><w:p/></w:tc>'
        )
    return parse_xml(f"<w:tr {nsdecls('w')}><w:trPr><w:cantSplit/></w:trPr>{''.join(cells)}</w:tr>")


def _rpr_template(*, chinese: bool) -> Any:
    from docx.oxml import OxmlElement

    rpr = OxmlElement("w:rPr")
    _set_fonts(rpr, east_asia_hint=chinese)
    return rpr


def _put_text(tc: Any, text: str, rpr: Any) -> None:
    """Cell text, one paragraph per line; an empty cell's paragraph mark carries the fonts,
    so what the reviewer types there gets them too."""
    from copy import deepcopy

    from lxml import etree

    paragraph = tc.find(f"{_W}p")
    for index, line in enumerate(text.split("\n")):
        if index:
            paragraph = etree.SubElement(tc, f"{_W}p")
        if not line:
            etree.SubElement(paragraph, f"{_W}pPr").append(deepcopy(rpr))
            continue
        run = etree.SubElement(paragraph, f"{_W}r")
        run.append(deepcopy(rpr))
        t = etree.SubElement(run, f"{_W}t")
        t.text = _XML_UNSAFE.sub("", line)
        t.set(_XML_SPACE, "preserve")


def _core_properties(
    document: DocxDocument, tree: dict[str, Any], token: str, author: str, now: datetime
) -> None:
    props = document.core_properties
    props.identifier = token
    props.subject = f"{REFERENCE_PREFIX} of document {tree['id']}"
    props.keywords = f"{KEYWORD_TAG}; document={tree['id']}; token={token}"
    props.title = " / ".join(t for t in (tree["title_zh"], tree["title_en"]) if t)
    props.category = REFERENCE_PREFIX
    props.author = author
    props.last_modified_by = author
    props.comments = INSTRUCTIONS_EN
    # python-docx writes naive times as UTC, to the second; the import matches it to the record.
    props.created = props.modified = now.replace(tzinfo=None, microsecond=0)
    props.revision = 1


def build_review_document(
    tree: dict[str, Any], segments: list[dict[str, Any]], token: str, author: str, now: datetime
) -> DocxDocument:
    """The review document in memory (no workspace access)."""
    import docx

    document = docx.Document()
    _page_setup(document)
    _preamble(document, tree, token)
    _table(document, tree, segments)
    _core_properties(document, tree, token, author, now)
    return document


def export_review_docx(
    workspace: Workspace,
    document_id: int,
    path: Path | str,
    *,
    statuses: set[str] | None = None,
    segment_ids: Iterable[int] | None = None,
    author: str,
) -> ReviewExportResult:
    """Write the review DOCX of a document and record the export (token and base targets).

    ``statuses`` and ``segment_ids`` both narrow the rows (a segment must pass both). The
    record and the file are made in one transaction: if the file cannot be written, no
    export is recorded.
    """
    from workbench.documents.query import document_tree
    from workbench.models import ReviewExport

    path = Path(path)
    wanted = _checked_statuses(statuses)
    token = secrets.token_hex(16)
    now = datetime.now(UTC)
    with workspace.session() as session:
        tree = document_tree(session, document_id)
        segments = select_segments(tree, wanted, segment_ids)
        base = {str(seg["id"]): seg["target"] for seg in segments}
        session.add(
            ReviewExport(
                token=token,
                document_id=document_id,
                base=json.dumps(base, ensure_ascii=False),
                filename=str(path),
                author=author,
                created_at=now,
            )
        )
        session.flush()
        save_docx(build_review_document(tree, segments, token, author, now), path)
    return ReviewExportResult(
        path=path,
        token=token,
        document_id=document_id,
        segments=len(segments),
        statuses=sorted(wanted or []),
    )
