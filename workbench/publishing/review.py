"""The review table format, shared by the way out and the way back, and the reading of a
returned review DOCX into rows.

The table: a header row (Segment ID | Source (zh) | Target (en) | Status | Comment, each
with a Chinese second line), then one row per segment. The export also writes a token and
the document id into the core properties and into a visible reference line above the table.

Reading a returned file (``read_review_docx``):

* the table is the first one whose header row (one of its first three rows) names a
  Segment ID and a Target column; columns are mapped by header text, so a deleted Status
  column or reordered columns still work;
* cell text is read from the XML: with ``"accept"`` text in ``w:ins``/``w:moveTo`` counts and
  ``w:del``/``w:moveFrom`` is dropped; ``"reject"`` reads the text as it was before the
  tracked edits. Tracked insertions and deletions are counted. A row inserted with tracking
  is left out when rejecting; a row deleted with tracking is marked deleted when accepting;
* Word comments are attached to the row where they start (else where their reference is);
* the file is checked before python-docx opens it (zip limits, no DOCTYPE in any part: the
  DOCX importer's checks), so no XML is parsed with entities.

The public API lives in ``review_export`` (``export_review_docx``) and ``review_import``
(``import_review_docx``); both names can also be imported from here.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.errors import ImportFailed, WorkbenchError

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from lxml import etree

ACCEPT, REJECT = "accept", "reject"

# Column keys in export order, with the header each one gets (English line, Chinese line).
COLUMNS = ("id", "source", "target", "status", "comment")
HEADER_ZH = {
    "id": "句段编号",
    "source": "原文",
    "target": "译文",
    "status": "状态",
    "comment": "批注",
}
# Column widths in millimetres; they add up to the 267 mm between A4 landscape margins.
WIDTHS_MM = {"id": 22.0, "source": 88.0, "target": 88.0, "status": 24.0, "comment": 45.0}
PAGE_MM = (297.0, 210.0)
MARGIN_MM = 15.0

# What the reference line and keywords say; the import reads them back with these patterns.
REFERENCE_PREFIX = "ICC Workbench review"
KEYWORD_TAG = "icc-review"
TOKEN_PATTERN = re.compile(r"\btoken\s*[=:]\s*([0-9a-f]{16,64})\b", re.I)
DOCUMENT_PATTERN = re.compile(r"\bdocument\s*[=:#]?\s*#?(\d+)\b", re.I)
REFERENCE_PATTERN = re.compile(
    r"ICC Workbench review\W+document\s*#?(\d+)\W+ref(?:erence)?\s*[:=]?\s*([0-9a-f]{16,64})",
    re.I,
)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TOKEN = re.compile(r"[0-9a-f]{16,64}")
# First match wins, so "Segment ID" is never read as a target and "Target" never as an id.
_HEADERS = (
    ("id", re.compile(r"segment\s*id|^\s*id\b|编号")),
    ("target", re.compile(r"\btarget\b|译文")),
    ("source", re.compile(r"\bsource\b|原文")),
    ("status", re.compile(r"\bstatus\b|状态")),
    ("comment", re.compile(r"\bcomments?\b|\bnotes?\b|批注|备注|意见")),
)
# Content that is not text a reviewer typed: properties, field codes, anchors, drawings.
_NOT_TEXT = {
    "pPr", "rPr", "tcPr", "trPr", "tblPr", "tblGrid", "sectPr", "instrText", "delInstrText",
    "fldChar", "commentReference", "footnoteReference", "endnoteReference", "drawing",
    "pict", "object", "fldData",
}  # fmt: skip
_WRAPPERS = {"sdt", "sdtContent", "customXml", "smartTag"}
_NOT_A = re.compile(r"^(?:not a DOCX file: |this is not a Word document )")


def column_header(key: str, source_lang: str, target_lang: str) -> str:
    """The English header line of a column ("Source (zh)")."""
    english = {
        "id": "Segment ID",
        "source": f"Source ({source_lang})",
        "target": f"Target ({target_lang})",
        "status": "Status",
        "comment": "Comment",
    }
    return english[key]


# --------------------------------------------------------------------------- cell text


@dataclass
class TrackedTally:
    insertions: int = 0
    deletions: int = 0


def _local(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith(_W):
        return ""  # comments, processing instructions, other vocabularies (math, VML)
    return tag[len(_W) :]


def _walk(element: etree._Element, policy: str, tally: TrackedTally, out: list[str]) -> None:
    for child in element:
        name = _local(child)
        if name in ("ins", "moveTo"):
            tally.insertions += 1
            if policy == ACCEPT:
                _walk(child, policy, tally, out)
        elif name in ("del", "moveFrom"):
            tally.deletions += 1
            if policy == REJECT:
                _walk(child, policy, tally, out)
        elif name in ("t", "delText"):
            out.append(child.text or "")
        elif name == "tab":
            out.append("\t")
        elif name in ("br", "cr"):
            out.append("\n")
        elif name == "noBreakHyphen":
            out.append("-")
        elif name == "p":
            _walk(child, policy, tally, out)
            if not _mark_removed(child, policy):
                out.append("\n")
        elif name and name not in _NOT_TEXT:
            _walk(child, policy, tally, out)


def _mark_removed(paragraph: etree._Element, policy: str) -> bool:
    """Whether the paragraph's end was deleted (accepting) or inserted (rejecting), which
    joins it with the next paragraph."""
    mark = paragraph.find(f"{_W}pPr/{_W}rPr/{_W}{'del' if policy == ACCEPT else 'ins'}")
    return mark is not None


def cell_text(
    element: etree._Element, policy: str = ACCEPT, tally: TrackedTally | None = None
) -> str:
    """The text of a table cell (or any container) with tracked changes accepted or rejected."""
    out: list[str] = []
    _walk(element, policy, tally if tally is not None else TrackedTally(), out)
    return "".join(out).replace("\r\n", "\n").strip()


# --------------------------------------------------------------------------- the table


def _children(parent: etree._Element, name: str) -> Iterator[etree._Element]:
    """Children named ``name``, looking through content controls and custom XML."""
    for child in parent:
        local = _local(child)
        if local == name:
            yield child
        elif local in _WRAPPERS:
            yield from _children(child, name)


def _number(element: etree._Element | None, default: int) -> int:
    """An element's ``w:val`` (or ``w:id``) as a number; a damaged value counts as ``default``."""
    if element is None:
        return default
    value = element.get(f"{_W}val", element.get(f"{_W}id", ""))
    return int(value) if value.strip().isdigit() else default


def _grid_cells(tr: etree._Element) -> dict[int, etree._Element]:
    """Cells by the grid column they start in (spans and ``gridBefore`` counted)."""
    column = _number(tr.find(f"{_W}trPr/{_W}gridBefore"), 0)
    cells: dict[int, etree._Element] = {}
    for tc in _children(tr, "tc"):
        cells[column] = tc
        column += max(_number(tc.find(f"{_W}tcPr/{_W}gridSpan"), 1), 1)
    return cells


def _header_map(tr: etree._Element) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for column, tc in _grid_cells(tr).items():
        text = cell_text(tc).lower()
        for key, pattern in _HEADERS:
            if pattern.search(text):
                mapping.setdefault(key, column)
                break
    return mapping


@dataclass
class _Table:
    rows: list[etree._Element]  # after the header row
    mapping: dict[str, int]  # column key -> grid column
    first_number: int  # the 1-based number of rows[0] in the whole table


def _find_table(document: DocxDocument, path: Path) -> _Table:
    """The review table: the first whose header row names Segment ID and Target."""
    partial: dict[str, int] | None = None
    tables = list(_children(document.element.body, "tbl"))
    for tbl in tables:
        rows = list(_children(tbl, "tr"))
        for index, tr in enumerate(rows[:3]):
            mapping = _header_map(tr)
            if "id" in mapping and "target" in mapping:
                return _Table(rows[index + 1 :], mapping, index + 2)
            if len(mapping) >= 2 and partial is None:
                partial = mapping
    if partial is not None:
        missing = " and ".join(
            label
            for key, label in (("id", "Segment ID"), ("target", "Target"))
            if key not in partial
        )
        raise WorkbenchError(
            f"Cannot import review document {path}: the review table has no {missing} column "
            "(was it deleted or renamed?); both are needed to import the reviewer's edits"
        )
    where = "contains no table" if not tables else "has no table with the review header row"
    raise WorkbenchError(
        f"Cannot import review document {path}: it {where} (Segment ID | Source | Target | "
        "Status | Comment); was it exported by ICC Workbench as a review document?"
    )


@dataclass
class ReviewRow:
    number: int
    id_text: str
    target: str
    comment: str | None  # None when the file has no Comment column
    cells: list[str]
    element: etree._Element
    deleted: bool = False  # deleted with Track Changes (and the changes are accepted)
    comment_ids: list[int] = field(default_factory=list)


def _row_change(tr: etree._Element, kind: str) -> bool:
    return tr.find(f"{_W}trPr/{_W}{kind}") is not None


def _read_rows(table: _Table, policy: str, tally: TrackedTally) -> list[ReviewRow]:
    read: list[ReviewRow] = []
    for offset, tr in enumerate(table.rows):
        inserted, deleted = _row_change(tr, "ins"), _row_change(tr, "del")
        tally.insertions += inserted
        tally.deletions += deleted
        if inserted and policy == REJECT:
            continue  # the row does not exist without the reviewer's changes
        cells = _grid_cells(tr)
        texts = {
            key: cell_text(cells[column], policy, tally) if column in cells else ""
            for key, column in table.mapping.items()
        }
        read.append(
            ReviewRow(
                number=table.first_number + offset,
                id_text=texts["id"],
                target=texts["target"],
                comment=texts["comment"] if "comment" in table.mapping else None,
                cells=[text for text in texts.values() if text],
                element=tr,
                deleted=deleted and policy == ACCEPT,
            )
        )
    return read


# --------------------------------------------------------------------------- the file


@dataclass
class Reference:
    token: str | None = None
    document_id: int | None = None
    created: datetime | None = None  # UTC
    reviewer: str = ""


def _open(path: Path) -> DocxDocument:
    from workbench.importers.word import open_checked, open_with_python_docx

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise WorkbenchError(f"Cannot import review document {path}: no such file") from None
    except OSError as exc:
        raise WorkbenchError(
            f"Cannot import review document {path}: {exc.strerror or exc}"
        ) from None
    try:
        return open_with_python_docx(open_checked(data, path), path)
    except ImportFailed as exc:
        # The importer's sentence may already say "not a …": keep only the reason.
        detail = _NOT_A.sub("", exc.problem).strip("()")
        where = f"; {exc.where}" if exc.where else ""
        raise WorkbenchError(
            f"Cannot import review document {path}: not a Word document ({detail}{where})"
        ) from None


def _has_core_properties(document: DocxDocument) -> bool:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:  # python-docx would invent default properties for a package without them
        document.part.package.part_related_by(RT.CORE_PROPERTIES)
    except KeyError:
        return False
    return True


def as_utc(value: datetime | None) -> datetime | None:
    """A timezone-aware UTC time; a naive one (python-docx, DOCX properties) is UTC already."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _document_id(text: str, tag: str) -> int | None:
    """The document id in a property that carries our ``tag`` (other files' are not ours)."""
    if tag.lower() not in text.lower():
        return None
    match = DOCUMENT_PATTERN.search(text)
    return int(match.group(1)) if match else None


def _reference(document: DocxDocument) -> Reference:
    """Token, document id and creation time from the core properties, else the body."""
    ref = Reference()
    if _has_core_properties(document):
        props = document.core_properties
        identifier = (props.identifier or "").strip().lower()
        keywords = props.keywords or ""
        if _TOKEN.fullmatch(identifier):
            ref.token = identifier
        elif match := TOKEN_PATTERN.search(keywords):
            ref.token = match.group(1).lower()
        ref.document_id = _document_id(keywords, KEYWORD_TAG) or _document_id(
            props.subject or "", REFERENCE_PREFIX
        )
        ref.created = as_utc(props.created)
        ref.reviewer = (props.last_modified_by or "").strip()
    for paragraph in document.paragraphs[:20]:  # the reference line sits above the table
        if match := REFERENCE_PATTERN.search(paragraph.text):
            ref.document_id = ref.document_id or int(match.group(1))
            ref.token = ref.token or match.group(2).lower()
            break
    return ref


def _word_comments(document: DocxDocument) -> dict[int, str]:
    """Comment id → "author: text" for every non-empty Word comment."""
    comments: dict[int, str] = {}
    for comment in document.comments:
        text = " ".join(line.strip() for line in comment.text.splitlines() if line.strip())
        if text:
            author = (comment.author or "").strip()
            comments[comment.comment_id] = f"{author}: {text}" if author else text
    return comments


def _anchor_comments(rows: list[ReviewRow], comments: dict[int, str]) -> list[str]:
    """Attach each comment to the row where it starts; return the ones anchored elsewhere."""
    starts: dict[int, ReviewRow] = {}
    refs: dict[int, ReviewRow] = {}
    for row in rows:
        for element in row.element.iter(f"{_W}commentRangeStart", f"{_W}commentReference"):
            anchors = starts if _local(element) == "commentRangeStart" else refs
            anchors.setdefault(_number(element, -1), row)
    outside: list[str] = []
    for comment_id, text in comments.items():
        row = starts.get(comment_id) or refs.get(comment_id)
        if row is None:
            outside.append(text)
        else:
            row.comment_ids.append(comment_id)
    return outside


@dataclass
class ReturnedReview:
    """What a returned review DOCX says, before the workspace is looked at."""

    rows: list[ReviewRow]
    reference: Reference
    comments: dict[int, str]  # id -> "author: text"
    outside: list[str]  # comments not anchored in a data row
    tally: TrackedTally


def read_review_docx(path: Path, policy: str = ACCEPT) -> ReturnedReview:
    """Read a returned review document; a file that cannot be used is one ``WorkbenchError``."""
    if policy not in (ACCEPT, REJECT):
        raise WorkbenchError(f"Tracked changes must be accepted or rejected, not {policy!r}")
    document = _open(path)
    tally = TrackedTally()
    rows = _read_rows(_find_table(document, path), policy, tally)
    try:
        comments = _word_comments(document)
    except (ValueError, KeyError) as exc:  # python-docx on a damaged comments part
        raise WorkbenchError(
            f"Cannot import review document {path}: its Word comments cannot be read ({exc})"
        ) from None
    outside = _anchor_comments(rows, comments)
    return ReturnedReview(rows, _reference(document), comments, outside, tally)


# The entry points, importable from here too. Lazily (PEP 562): both modules import this one.
_ENTRY_POINTS = {
    "export_review_docx": "workbench.publishing.review_export",
    "ReviewExportResult": "workbench.publishing.review_export",
    "import_review_docx": "workbench.publishing.review_import",
    "ReviewImportResult": "workbench.publishing.review_import",
    "ReviewConflict": "workbench.publishing.review_import",
    "SkippedRow": "workbench.publishing.review_import",
}


def __getattr__(name: str) -> Any:
    if name in _ENTRY_POINTS:
        return getattr(importlib.import_module(_ENTRY_POINTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
