"""Spreadsheet glossaries — CSV, TSV and XLSX — the way translators keep terms in Excel.

Import is two steps, so a wizard can show what it will do: ``sniff_table`` reads the first
rows (finding the delimiter, the encoding, the sheet and the header row), ``guess_mapping``
proposes which column holds what from the headers (English or Chinese: 中文/英文/术语/译文/
备注/定义/领域/状态/词性/来源 …) and, where a header is ambiguous, from the cells; the user
may correct the ``ColumnMapping``; ``read_table`` then turns every row into one concept.

Rows:

* a term cell may hold synonyms split by ``|`` ``;`` ``｜`` ``；`` or line breaks: the first is
  preferred, the rest admitted;
* a status column (状态/status) overrides that for the terms it applies to (English terms by
  default — a zh→en glossary marks renderings; if the row has none, all its terms):
  禁用/deprecated/forbidden/✗ → deprecated, 允许/admitted → admitted, 首选/preferred → as above.
  A column headed only 禁用/forbidden whose cells are yes/no marks works the same way;
* "deprecated" columns (the writer's ``en deprecated``, or 禁用译法) hold deprecated terms;
* empty rows are skipped; a row without any term is skipped with a note naming it.

Writing (``write_table``): one row per concept, columns ``WRITER_HEADERS``; the preferred and
admitted terms of a language share one cell joined with `` | ``, preferred first; CSV and TSV
are UTF-8 with a BOM so Excel shows Chinese correctly; cells that Excel would run as a
formula are written as text (XLSX) or prefixed with ``'`` (CSV, removed again on reading).
What the columns cannot hold (a second preferred term, per-term usage notes …) is reported
in the returned notes.

XLSX files are checked before openpyxl sees them: zip structure and sizes
(``importers.archive``), no DOCTYPE in any XML part; openpyxl reads in read-only mode.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import unicodedata
import warnings
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Literal

from workbench.errors import ImportFailed
from workbench.fileio import atomic_writer
from workbench.importers.archive import open_zip
from workbench.importers.encoding import decode_bytes
from workbench.language import HAN_CLASS
from workbench.termbase.data import ConceptData, TermData, TermStatus
from workbench.termbase.tbx import normalise_part_of_speech, parse_status, term_language

TableFormat = Literal["csv", "tsv", "xlsx"]

PREVIEW_ROWS = 20
_HEADER_SCAN_ROWS = 10
_SNIFF_CHARS = 64 * 1024
_MAX_ROW_NOTES = 5
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XLSX_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}

_SEPARATORS = re.compile(r"\s*[|;｜；\r\n]+\s*")
_HAN = re.compile(f"[{HAN_CLASS}]")
_LATIN = re.compile(r"[A-Za-z]")
_EXCEL_ERRORS = {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_DOCTYPE_MARKS = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))

# The writer's columns (the reader recognises them as headers, so tables round-trip).
# fmt: off
WRITER_HEADERS = (
    "id", "subject", "zh-Hans", "zh-Hans deprecated", "zh-Hant", "zh-Hant deprecated",
    "en", "en deprecated", "definition", "note", "source", "scope", "part of speech",
)
# fmt: on
_JOIN = " | "


@dataclass
class TablePreview:
    format: TableFormat
    headers: list[str]  # the header row's cells, or "Column 1" … when there is none
    rows: list[list[str]]  # up to PREVIEW_ROWS data rows after the header
    has_header: bool
    first_row: int  # 1-based row (as Excel numbers it) where the table starts
    delimiter: str | None = None  # CSV/TSV only
    encoding: str | None = None  # CSV/TSV only
    sheet_names: list[str] = field(default_factory=list)  # XLSX only
    sheet: str | None = None  # the sheet shown (XLSX only)


@dataclass
class ColumnMapping:
    """Which column (0-based) holds what; None = not in the table."""

    zh: int | None = None  # zh-Hans terms (synonyms in one cell)
    en: int | None = None
    zh_hant: int | None = None
    zh_deprecated: int | None = None
    zh_hant_deprecated: int | None = None
    en_deprecated: int | None = None
    status: int | None = None
    status_is_flag: bool = False  # the status column holds yes/no "forbidden" marks
    status_applies_to: Literal["en", "zh", "all"] = "en"
    note: int | None = None
    definition: int | None = None
    subject: int | None = None
    source: int | None = None
    scope: int | None = None
    part_of_speech: int | None = None
    id: int | None = None
    sheet: str | None = None  # XLSX: None = the first sheet
    header_row: bool = True  # the row ``first_row`` holds headers, not terms
    first_row: int = 1  # 1-based; rows above it are skipped (titles over the table)
    delimiter: str | None = None  # CSV/TSV: None = detect
    encoding: str | None = None  # CSV/TSV: None = detect

    def columns(self) -> dict[str, int]:
        """Every mapped field and its column."""
        return _used_columns(self)

    def term_columns(self) -> dict[str, int]:
        return {n: i for n, i in _used_columns(self).items() if n in _TERM_FIELDS}


_TERM_FIELDS = ("zh", "en", "zh_hant", "zh_deprecated", "zh_hant_deprecated", "en_deprecated")
# The ColumnMapping fields that name a column (the rest are options).
_COLUMN_FIELDS = tuple(f.name for f in fields(ColumnMapping) if f.type == "int | None")


def _used_columns(mapping: ColumnMapping) -> dict[str, int]:
    return {n: getattr(mapping, n) for n in _COLUMN_FIELDS if getattr(mapping, n) is not None}


# --------------------------------------------------------------------------- reading rows


def table_format(path: str | Path) -> TableFormat:
    """csv/tsv/xlsx from the suffix, else from the first bytes; legacy .xls is refused."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _XLSX_SUFFIXES:
        return "xlsx"
    if suffix in (".tsv", ".tab"):
        return "tsv"
    try:
        with file.open("rb") as handle:
            magic = handle.read(8)
    except OSError as exc:
        raise ImportFailed(file, exc.strerror or str(exc)) from None
    if magic.startswith(_OLE_MAGIC) or suffix == ".xls":
        raise ImportFailed(
            file,
            "this is a legacy Excel 97–2003 .xls file; save it as .xlsx in Excel and import "
            "it again",
            "file header",
        )
    return "xlsx" if magic.startswith(b"PK\x03\x04") else "csv"


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportFailed(path, exc.strerror or str(exc)) from None


def _decode_csv(path: Path, encoding: str | None) -> tuple[str, str, int, str | None]:
    """(text, encoding, rows skipped for an Excel ``sep=`` line, delimiter it names)."""
    decoded = decode_bytes(_read_bytes(path), path, encoding)
    text = decoded.text
    match = re.match(r"sep=(.)\r?\n", text)
    if match:
        return text[match.end() :], decoded.encoding, 1, match.group(1)
    return text, decoded.encoding, 0, None


def detect_delimiter(text: str, preferred: str = ",") -> str:
    """The delimiter (comma, tab or semicolon) that splits the first lines most consistently.

    A pipe is never a delimiter here: it separates synonyms inside a cell.
    """
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS:  # drop a record cut in half
        sample = sample[: sample.rfind("\n") + 1] or sample
    candidates = [preferred] + [d for d in (",", "\t", ";") if d != preferred]
    best: tuple[tuple[bool, float, int], str] | None = None
    for rank, delimiter in enumerate(candidates):
        try:
            rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)]
        except csv.Error:
            continue
        # A row of bare delimiters (",,") counts: it shows the delimiter as well as any.
        widths = [len(r) for r in rows[:200] if len(r) > 1 or (r and r[0].strip())]
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = (width > 1, count / len(widths), -rank)
        if best is None or score > best[0]:
            best = (score, delimiter)
    return best[1] if best else preferred


def _csv_rows(
    path: Path, text: str, delimiter: str, offset: int, kind: str
) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, row in enumerate(reader, 1 + offset):
            yield number, [_unguard(cell) for cell in row]
    except csv.Error as exc:
        raise ImportFailed(
            path, f"the {kind.upper()} file is malformed ({exc})", f"line {reader.line_num}"
        ) from None


def _unguard(cell: str) -> str:
    # The writer's formula guard: "'=…" is the text "=…".
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r":
        return cell[1:]
    return cell


def _check_xlsx(path: Path, data: bytes) -> None:
    if data.startswith(_OLE_MAGIC):
        raise ImportFailed(
            path,
            "this is an encrypted or legacy (97–2003) Excel file; save it as .xlsx without a "
            "password and import it again",
            "file header",
        )
    if not data.startswith(b"PK"):
        raise ImportFailed(path, "not an XLSX file: it is not a zip archive", "file header")
    with open_zip(data, path) as archive:
        # Every member, not only *.xml: a part may have any name its content type allows.
        for info in archive.infolist():
            try:
                with archive.open(info) as member:
                    head = member.read(_SNIFF_CHARS)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
                raise ImportFailed(
                    path, f"the member cannot be read ({exc})", f"zip member {info.filename!r}"
                ) from None
            if any(mark in head for mark in _DOCTYPE_MARKS):
                raise ImportFailed(
                    path,
                    "an XML part has a DOCTYPE; Excel never writes one, so the file is refused",
                    f"zip member {info.filename!r}",
                )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


class _Workbook:
    """An openpyxl read-only workbook over checked bytes; closed by ``close``."""

    def __init__(self, path: Path) -> None:
        data = _read_bytes(path)
        _check_xlsx(path, data)
        self.path = path
        try:
            import openpyxl

            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)  # "no default style" and the like
                self.book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except ImportFailed:
            raise
        except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
            raise ImportFailed(path, f"the workbook cannot be read ({exc})") from None

    @property
    def sheet_names(self) -> list[str]:
        return [sheet.title for sheet in self.book.worksheets]

    def rows(self, sheet: str | None) -> Iterator[tuple[int, list[str]]]:
        if not self.book.worksheets:
            raise ImportFailed(self.path, "the workbook has no worksheet")
        if sheet is None:
            worksheet = self.book.worksheets[0]
        elif sheet in self.sheet_names:
            worksheet = self.book[sheet]
        else:
            raise ImportFailed(
                self.path, f"there is no sheet {sheet!r} (sheets: {', '.join(self.sheet_names)})"
            )
        # Wrong stored dimensions would cut columns off in read-only mode.
        worksheet.reset_dimensions()
        try:
            for number, values in enumerate(worksheet.iter_rows(min_row=1, values_only=True), 1):
                yield number, [_cell_text(v) for v in values]
        except ImportFailed:
            raise
        except Exception as exc:
            raise ImportFailed(
                self.path, f"the sheet cannot be read ({exc})", f"sheet {worksheet.title!r}"
            ) from None

    def close(self) -> None:
        self.book.close()


@dataclass
class _Source:
    """Rows of one table file, whatever its format."""

    path: Path
    format: TableFormat
    delimiter: str | None = None
    encoding: str | None = None
    text: str = ""
    offset: int = 0
    workbook: _Workbook | None = None

    @classmethod
    def open(
        cls, path: str | Path, *, encoding: str | None = None, delimiter: str | None = None
    ) -> _Source:
        file = Path(path)
        fmt = table_format(file)
        if fmt == "xlsx":
            return cls(file, fmt, workbook=_Workbook(file))
        text, used, offset, named = _decode_csv(file, encoding)
        delimiter = delimiter or named or detect_delimiter(text, "\t" if fmt == "tsv" else ",")
        return cls(file, fmt, delimiter, used, text, offset)

    def rows(self, sheet: str | None = None) -> Iterator[tuple[int, list[str]]]:
        if self.workbook is not None:
            yield from self.workbook.rows(sheet)
        else:
            assert self.delimiter is not None
            yield from _csv_rows(self.path, self.text, self.delimiter, self.offset, self.format)

    def close(self) -> None:
        if self.workbook is not None:
            self.workbook.close()


# --------------------------------------------------------------------------- headers

# One-character headers, too short for the word rules below.
_EXACT = {"中": "zh", "英": "en", "繁": "zh_hant", "注": "note"}


def _vocabulary(
    table: dict[str, tuple[str, str]],
) -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """kind → (ASCII words matched whole, CJK words matched anywhere in the header)."""
    return {k: (frozenset(ascii.split()), tuple(cjk.split())) for k, (ascii, cjk) in table.items()}


# Order matters: the first language/field that matches wins (see ``classify_header``).
_LANGUAGES = _vocabulary(
    {
        "zh_hant": (
            "hant tw hk mo traditional cht zhtw zhhk zhhant",
            "繁体 繁體 正体 正體 台湾 台灣 香港 澳门 澳門",
        ),
        "zh": (
            "zh chinese cn chs hans zhcn zhhans simplified mandarin",
            "中文 汉语 漢語 华语 華語 简体 簡體 汉字",
        ),
        "en": ("en english eng enus engb", "英文 英语 英語"),
    }
)
_MARKS = _vocabulary(
    {
        "status": ("status state", "状态 狀態"),
        "deprecated": (
            "deprecated forbidden banned prohibited obsolete superseded",
            "禁用 禁止 不推荐 不推薦 弃用 棄用 废弃 廢棄 避免 勿用",
        ),
        "target": (
            "target translation translations rendering equivalent",
            "译文 譯文 译名 譯名 译法 譯法 翻译 翻譯 目标 目標 英译",
        ),
        "term": (
            "term terms word words headword entry expression",
            "术语 術語 词条 詞條 词汇 詞彙 原文 源语 源語 原词 词语",
        ),
    }
)
_FIELDS = _vocabulary(
    {
        "id": ("id no number num entryid conceptid termid index", "编号 序号 編號 序號 条目号"),
        "part_of_speech": ("pos partofspeech speech wordclass", "词性 詞性"),
        "definition": (
            "definition definitions description meaning explanation gloss",
            "定义 定義 释义 釋義 含义 含義 解释 解釋 描述",
        ),
        "note": (
            "note notes comment comments remark remarks memo annotation",
            "备注 備註 注释 註釋 说明 說明 批注 附注",
        ),
        "subject": (
            "subject domain field category topic discipline",
            "领域 領域 主题 主題 学科 學科 类别 類別 分类 分類 专业 行业",
        ),
        "scope": (
            "scope customer client project city organisation organization",
            "适用范围 范围 範圍 客户 客戶 项目 項目 城市 机构 機構 单位",
        ),
        "source": (
            "reference references ref citation provenance origin",
            "来源 來源 出处 出處 依据 依據 参考 參考 文献 文獻",
        ),
    }
)

_TRUTHY = {"yes", "y", "true", "1", "是", "对", "對", "✓", "✔", "√", "x", "×", "✗", "✘"}
_TRUTHY |= {"禁用", "forbidden", "deprecated", "禁止"}
_FALSY = {"no", "n", "false", "0", "否", "-", "—"}


def _matches(kind: str, table: dict, text: str, words: set[str]) -> bool:
    ascii_words, cjk = table[kind]
    return bool(words & ascii_words) or any(k in text for k in cjk)


def _header_language(text: str, words: set[str]) -> str | None:
    found = {lang for lang in _LANGUAGES if _matches(lang, _LANGUAGES, text, words)}
    if "zh_hant" in found:  # "繁体中文", "zh-TW": the script wins over "Chinese"
        found.discard("zh")
    return found.pop() if len(found) == 1 else None


def classify_header(header: str) -> str | None:
    """What a header names: a ``ColumnMapping`` field, or one of the ambiguous kinds
    ``term``/``target`` (terms of a language to be decided), ``source?`` (source terms or
    provenance), ``forbidden`` (a yes/no mark or deprecated terms), ``term_deprecated``,
    ``target_deprecated``; None when it is not recognised."""
    text = unicodedata.normalize("NFKC", header).strip().lower().replace("_", " ")
    if not text:
        return None
    compact = re.sub(r"[\s\-./()（）:：#]", "", text)
    if compact in _EXACT:
        return _EXACT[compact]
    words = set(re.findall(r"[a-z]+", text))
    words |= {compact} if compact.isascii() else set()
    lang = _header_language(text, words)
    if _matches("status", _MARKS, text, words):
        return "status"
    targetish = _matches("target", _MARKS, text, words)
    termish = _matches("term", _MARKS, text, words)
    if _matches("deprecated", _MARKS, text, words) or "do not use" in text:
        if lang:
            return f"{lang}_deprecated"
        return "target_deprecated" if targetish else "term_deprecated" if termish else "forbidden"
    for kind in _FIELDS:
        if _matches(kind, _FIELDS, text, words):
            return kind
    if lang:
        return lang
    if "source" in words:
        return "term" if words & {"term", "text", "language", "lang", "word"} else "source?"
    if targetish:
        return "target"
    if termish:
        return "term"
    return None


def _column(rows: Sequence[Sequence[str]], index: int) -> list[str]:
    return [r[index].strip() for r in rows if index < len(r) and r[index].strip()]


def content_language(values: Sequence[str]) -> str | None:
    """'zh' when most cells have Han characters, 'en' when most are Latin, else None."""
    if not values:
        return None
    han = sum(1 for v in values if _HAN.search(v))
    latin = sum(1 for v in values if not _HAN.search(v) and _LATIN.search(v))
    if han * 2 >= len(values) and han:
        return "zh"
    if latin * 2 >= len(values) and latin:
        return "en"
    return None


def _flag_like(values: Sequence[str]) -> bool:
    return bool(values) and all(v.lower() in _TRUTHY | _FALSY for v in values)


def guess_mapping(
    headers: Sequence[str], rows: Sequence[Sequence[str]] | None = None
) -> ColumnMapping:
    """A mapping from header names (English or Chinese); ``rows`` (sample data rows) settle
    ambiguous headers and stand in for missing ones."""
    mapping = ColumnMapping()
    kinds = [classify_header(h) for h in headers]
    sample = rows or []

    def free(name: str) -> bool:
        return getattr(mapping, name) is None

    def language_of(index: int, default: str) -> str:
        return content_language(_column(sample, index)) or default

    for index, kind in enumerate(kinds):
        if kind and hasattr(mapping, kind) and free(kind):
            setattr(mapping, kind, index)
    has_target = "target" in kinds
    for index, kind in enumerate(kinds):
        if kind == "source?":
            source_terms = has_target or (
                mapping.zh is None and language_of(index, "") == "zh" and bool(sample)
            )
            kind = "term" if source_terms else "source"
            if kind == "source" and free("source"):
                mapping.source = index
        if kind in ("term", "target"):
            lang = language_of(index, "zh" if kind == "term" else "en")
            other = "en" if lang == "zh" else "zh"
            for name in (lang, other):
                if free(name):
                    setattr(mapping, name, index)
                    break
        elif kind in ("term_deprecated", "target_deprecated"):
            lang = language_of(index, "zh" if kind == "term_deprecated" else "en")
            if free(f"{lang}_deprecated"):
                setattr(mapping, f"{lang}_deprecated", index)
        elif kind == "forbidden":
            values = _column(sample, index)
            lang = content_language(values)
            if (not values or _flag_like(values) or lang is None) and free("status"):
                mapping.status, mapping.status_is_flag = index, True
            elif lang and free(f"{lang}_deprecated"):
                setattr(mapping, f"{lang}_deprecated", index)
    if not mapping.term_columns() and sample:
        _guess_from_content(mapping, sample, kinds)
    return mapping


def _guess_from_content(
    mapping: ColumnMapping, rows: Sequence[Sequence[str]], kinds: list[str | None]
) -> None:
    """No header named a term column: the first Chinese and the first Latin column."""
    width = max((len(r) for r in rows), default=0)
    taken = set(_used_columns(mapping).values())
    for index in range(width):
        if index in taken or (index < len(kinds) and kinds[index] is not None):
            continue
        lang = content_language(_column(rows, index))
        if lang == "zh" and mapping.zh is None:
            mapping.zh = index
        elif lang == "en" and mapping.en is None:
            mapping.en = index


def _header_score(cells: Sequence[str]) -> int:
    return sum(1 for c in cells if classify_header(c) is not None)


# --------------------------------------------------------------------------- sniffing


def sniff_table(
    path: str | Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> TablePreview:
    """The first rows of a table file, its delimiter/encoding or sheets, and its header row."""
    source = _Source.open(path, encoding=encoding, delimiter=delimiter)
    try:
        sheet_names = source.workbook.sheet_names if source.workbook else []
        chosen = sheet if source.workbook else None
        if source.workbook and chosen is None and sheet_names:
            chosen = sheet_names[0]
        rows: list[tuple[int, list[str]]] = []
        for number, cells in source.rows(chosen):
            if any(c.strip() for c in cells):
                rows.append((number, cells))
            if len(rows) > _HEADER_SCAN_ROWS + PREVIEW_ROWS:
                break
    finally:
        source.close()
    if not rows:
        raise ImportFailed(path, "the table is empty" + (f" (sheet {chosen!r})" if chosen else ""))
    header_at = next(
        (i for i, (_, cells) in enumerate(rows[:_HEADER_SCAN_ROWS]) if _header_score(cells) >= 2),
        None,
    )
    start = header_at if header_at is not None else 0
    data = [cells for _, cells in rows[start + (header_at is not None) :]][:PREVIEW_ROWS]
    width = max((len(r) for _, r in rows[start:]), default=0)
    if header_at is not None:
        headers = [c.strip() for c in rows[header_at][1]]
    else:
        headers = [f"Column {i + 1}" for i in range(width)]
    headers += [f"Column {i + 1}" for i in range(len(headers), width)]
    return TablePreview(
        format=source.format,
        headers=headers,
        rows=[r + [""] * (width - len(r)) for r in data],
        has_header=header_at is not None,
        first_row=rows[start][0],
        delimiter=source.delimiter,
        encoding=source.encoding,
        sheet_names=sheet_names,
        sheet=chosen,
    )


def mapping_for(preview: TablePreview) -> ColumnMapping:
    """``guess_mapping`` for a preview, with its sheet, header row, delimiter and encoding."""
    headers = preview.headers if preview.has_header else []
    mapping = guess_mapping(headers, preview.rows)
    return replace(
        mapping,
        sheet=preview.sheet,
        header_row=preview.has_header,
        first_row=preview.first_row,
        delimiter=preview.delimiter,
        encoding=preview.encoding,
    )


# --------------------------------------------------------------------------- rows → concepts


def split_terms(cell: str) -> list[str]:
    """Synonyms in one cell: ``a | b``, ``a; b``, ``a｜b``, ``a；b`` or one per line."""
    return list(dict.fromkeys(t for t in _SEPARATORS.split(cell.strip()) if t))


@dataclass
class _RowLog:
    problems: list[str] = field(default_factory=list)
    count: int = 0
    statuses: Counter[str] = field(default_factory=Counter)

    def problem(self, message: str) -> None:
        self.count += 1
        if len(self.problems) < _MAX_ROW_NOTES:
            self.problems.append(message)

    def flush(self, notes: list[str]) -> None:
        if self.statuses:
            listed = ", ".join(repr(s) for s, _ in self.statuses.most_common(10))
            notes.append(f"Status values not recognised (terms keep the default status): {listed}")
        notes.extend(self.problems)
        if self.count > len(self.problems):
            notes.append(f"… and {self.count - len(self.problems)} more rows like these")


_STATUS_TARGETS = {"en": ("en",), "zh": ("zh-Hans", "zh-Hant"), "all": ("zh-Hans", "zh-Hant", "en")}


def _row_status(value: str, mapping: ColumnMapping, log: _RowLog) -> TermStatus | None:
    if not value:
        return None
    if mapping.status_is_flag:
        lowered = value.lower()
        if lowered in _TRUTHY:
            return TermStatus.DEPRECATED
        if lowered in _FALSY:
            return None
    status = parse_status(value)
    if status is None:
        log.statuses[value] += 1
    return status


def _row_concept(
    number: int, cells: list[str], mapping: ColumnMapping, log: _RowLog
) -> ConceptData | None:
    def cell(index: int | None) -> str:
        return cells[index].strip() if index is not None and index < len(cells) else ""

    status = _row_status(cell(mapping.status), mapping, log)
    pos = normalise_part_of_speech(cell(mapping.part_of_speech))
    columns = (
        ("zh-Hans", mapping.zh, mapping.zh_deprecated),
        ("zh-Hant", mapping.zh_hant, mapping.zh_hant_deprecated),
        ("en", mapping.en, mapping.en_deprecated),
    )
    found = {lang: split_terms(cell(main)) for lang, main, _ in columns}
    targets = _STATUS_TARGETS[mapping.status_applies_to]
    if not any(found[lang] for lang in targets):
        targets = _STATUS_TARGETS["all"]  # a monolingual list of forbidden words
    terms: list[TermData] = []
    for lang, _, deprecated in columns:
        forced = status if lang in targets else None
        for i, text in enumerate(found[lang]):
            if forced in (TermStatus.DEPRECATED, TermStatus.ADMITTED):
                term_status = forced
            else:
                term_status = TermStatus.PREFERRED if i == 0 else TermStatus.ADMITTED
            terms.append(TermData(text=text, lang=lang, status=term_status, part_of_speech=pos))
        for text in split_terms(cell(deprecated)):
            terms.append(TermData(text, lang, TermStatus.DEPRECATED, part_of_speech=pos))
    if not terms:
        log.problem(f"row {number} has no term; skipped")
        return None
    return ConceptData(
        terms=terms,
        subject=cell(mapping.subject),
        definition=cell(mapping.definition),
        note=cell(mapping.note),
        source=cell(mapping.source),
        scope=cell(mapping.scope),
        external_id=cell(mapping.id),
    )


def iter_table(
    path: str | Path, mapping: ColumnMapping, *, notes: list[str] | None = None
) -> Iterator[ConceptData]:
    """One concept per row of a CSV/TSV/XLSX glossary, as ``mapping`` says."""
    if not mapping.term_columns():
        raise ImportFailed(
            path, "no column is mapped to terms (zh, zh-Hant or en); choose the term columns"
        )
    log = _RowLog()
    errors = 0
    source = _Source.open(path, encoding=mapping.encoding, delimiter=mapping.delimiter)
    try:
        for number, raw in source.rows(mapping.sheet):
            if number < mapping.first_row or (mapping.header_row and number == mapping.first_row):
                continue
            cells = []
            for index, value in enumerate(raw):
                if value.strip() in _EXCEL_ERRORS:
                    errors += 1
                    log.problem(f"row {number}, column {index + 1}: Excel error {value.strip()}")
                    value = ""
                cells.append(value)
            if not any(c.strip() for c in cells):
                continue
            concept = _row_concept(number, cells, mapping, log)
            if concept is not None:
                yield concept
    finally:
        source.close()
    if notes is not None:
        if errors:
            notes.append(f"{errors} cells held Excel errors (#N/A …) and were read as empty")
        log.flush(notes)


def read_table(
    path: str | Path, mapping: ColumnMapping, *, notes: list[str] | None = None
) -> list[ConceptData]:
    return list(iter_table(path, mapping, notes=notes))


# --------------------------------------------------------------------------- writing


@dataclass
class _TableWriteLog:
    counts: Counter[str] = field(default_factory=Counter)

    def notes(self) -> list[str]:
        messages = {
            "second_preferred": "terms were preferred beside another preferred term of their "
            "language; the table keeps one preferred term per language (the rest read back as "
            "admitted)",
            "no_preferred": "languages had admitted but no preferred terms; the first one reads "
            "back as preferred",
            "part_of_speech": "concepts had different parts of speech per term; the table keeps "
            "one per concept",
            "usage_note": "terms had usage notes, which the table has no column for",
            "case_sensitive": "terms were case-sensitive, which the table has no column for",
            "separator": "terms contain | or ; and will be split into synonyms when read back",
            "language": "terms in languages the table has no column for were left out",
            "characters": "control characters a spreadsheet cannot hold were removed",
        }
        return [f"{n} {messages[key]}" for key, n in self.counts.items()]


def _guard(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _table_row(concept: ConceptData, log: _TableWriteLog | None = None) -> list[str]:
    """The ``WRITER_HEADERS`` cells for one concept."""
    counts: Counter[str] = Counter()
    cells: dict[str, list[TermData]] = {"zh-Hans": [], "zh-Hant": [], "en": []}
    for term in concept.terms:
        lang = term_language(term.lang)
        if lang is None:
            counts["language"] += 1
        elif term.text.strip():
            cells[lang].append(term)
    out: dict[str, str] = {}
    for lang, terms in cells.items():
        preferred = [t for t in terms if t.status is TermStatus.PREFERRED]
        admitted = [t for t in terms if t.status is TermStatus.ADMITTED]
        deprecated = [t for t in terms if t.status is TermStatus.DEPRECATED]
        counts["second_preferred"] += max(0, len(preferred) - 1)
        counts["no_preferred"] += int(not preferred and bool(admitted))
        out[lang] = _JOIN.join(t.text.strip() for t in preferred + admitted)
        out[f"{lang} deprecated"] = _JOIN.join(t.text.strip() for t in deprecated)
    kept = [t for ts in cells.values() for t in ts]
    parts = list(dict.fromkeys(t.part_of_speech for t in kept if t.part_of_speech))
    mixed = len(parts) > 1 or (bool(parts) and any(not t.part_of_speech for t in kept))
    counts["part_of_speech"] += int(mixed)
    counts["usage_note"] += sum(1 for t in kept if t.usage_note)
    counts["case_sensitive"] += sum(1 for t in kept if t.case_sensitive)
    counts["separator"] += sum(1 for t in kept if len(split_terms(t.text)) > 1)
    row = {
        "id": concept.external_id or ("" if concept.id is None else str(concept.id)),
        "subject": concept.subject,
        **out,
        "definition": concept.definition,
        "note": concept.note,
        "source": concept.source,
        "scope": concept.scope,
        "part of speech": parts[0] if parts else "",
    }
    if log is not None:
        log.counts += counts  # Counter addition keeps only positive counts
    return [row[h] for h in WRITER_HEADERS]


def write_table(
    path: str | Path, concepts: Iterable[ConceptData], fmt: TableFormat = "csv"
) -> list[str]:
    """Write a glossary table atomically; returns notes on what the columns could not hold."""
    if fmt not in ("csv", "tsv", "xlsx"):
        raise ValueError(f"table format must be csv, tsv or xlsx, not {fmt!r}")
    log = _TableWriteLog()
    rows = (_table_row(c, log) for c in concepts)
    if fmt == "xlsx":
        _write_xlsx(path, rows, log)
    else:
        with atomic_writer(path, "w") as handle:
            handle.write("\ufeff")  # Excel needs the BOM to read UTF-8
            writer = csv.writer(
                handle, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\r\n"
            )
            writer.writerow(WRITER_HEADERS)
            for row in rows:
                writer.writerow([_guard(c) for c in row])
    return log.notes()


def _write_xlsx(path: str | Path, rows: Iterable[list[str]], log: _TableWriteLog) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Terms")
    sheet.freeze_panes = "A2"
    widths = {"zh-Hans": 24, "zh-Hant": 24, "en": 32, "definition": 40, "note": 40}
    for index, header in enumerate(WRITER_HEADERS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = widths.get(header, 16)
    bold = Font(bold=True)
    header_cells = []
    for header in WRITER_HEADERS:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        cells = []
        for value in row:
            clean, removed = ILLEGAL_CHARACTERS_RE.subn("", value)
            if removed:
                log.counts["characters"] += removed
            cell = WriteOnlyCell(sheet, value=clean or None)
            if clean:
                cell.data_type = "s"  # text, even when it starts with "=": never a formula
            cells.append(cell)
        sheet.append(cells)
    with atomic_writer(path, "wb") as handle:
        book.save(handle)
