"""QA reports for people: one self-contained HTML page and an XLSX workbook.

Editors mail these around, so the HTML carries its own CSS (no scripts, no external
resources) and prints legibly; the XLSX is for sorting and filtering in Excel or WPS.
Both are written atomically: a failed export never clobbers the previous report.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from copy import copy
from datetime import datetime
from html import escape
from typing import Any

from workbench.fileio import atomic_writer
from workbench.qa.model import Finding, Severity
from workbench.qa.registry import check_spec
from workbench.qa.runner import QAResult, finding_order

PathLike = str | os.PathLike[str]
DocumentTitles = Mapping[int, str] | None

# Every label in both UI languages: (English, Chinese).
_TEXTS: dict[str, tuple[str, str]] = {
    "unit": ("Unit", "单元"),
    "document": ("Document", "文档"),
    "source": ("Source", "原文"),
    "target": ("Target", "译文"),
    "check": ("Check", "检查项"),
    "severity": ("Severity", "严重程度"),
    "message": ("Message", "说明"),
    "status": ("Status", "状态"),
    "open": ("open", "待处理"),
    "ignored": ("ignored", "已忽略"),
    "ignored_reason": ("ignored: {reason}", "已忽略：{reason}"),
    "open_count": ("Open", "待处理"),
    "ignored_count": ("Ignored", "已忽略"),
    "error": ("Error", "错误"),
    "warning": ("Warning", "警告"),
    "info": ("Info", "提示"),
    "title": ("Title", "标题"),
    "source_label": ("Checked", "检查对象"),
    "generated": ("Generated", "生成时间"),
    "summary": ("Summary", "概况"),
    "units": ("Units", "单元数"),
    "units_with_findings": ("Units with findings", "有问题的单元"),
    "findings": ("Open findings", "待处理问题"),
    "ignored_total": ("Ignored findings", "已忽略问题"),
    "by_severity": ("By severity", "按严重程度"),
    "by_check": ("By check", "按检查项"),
    "check_id": ("ID", "编号"),
    "no_findings": ("No findings.", "没有发现问题。"),
    "count_open": ("{n} open", "{n} 条待处理"),
    "count_ignored": ("{n} ignored", "{n} 条已忽略"),
    "empty": ("(empty)", "（空）"),
}
_LABELS = {lang: {k: v[i] for k, v in _TEXTS.items()} for i, lang in enumerate(("en", "zh"))}

# XML 1.0 refuses C0 controls other than tab/CR/LF (openpyxl raises, lxml too) and lone
# surrogates cannot be encoded. Swap each for one visible character so span offsets hold.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EXCEL_CELL_MAX = 32767  # longer cells make Excel "repair" (truncate) the whole file


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return chr(0x2400 + code) if code < 0x20 else "\ufffd"  # U+2400: Control Pictures


def clean_text(text: str) -> str:
    """``text`` with characters XML cannot hold replaced by visible stand-ins."""
    return _ILLEGAL.sub(_visible, text)


def _ui_lang(lang: str) -> str:
    return "zh" if lang.startswith("zh") else "en"


class _Rows:
    """What both formats show for a finding, in the report's language."""

    def __init__(self, result: QAResult, lang: str, document_titles: DocumentTitles) -> None:
        self.lang = _ui_lang(lang)
        self.labels = _LABELS[self.lang]
        self.titles = document_titles or {}
        self.with_document = any(f.unit.document_id is not None for f in result.findings)
        self.keys = ["unit", "source", "target", "check", "severity", "message", "status"]
        if self.with_document:  # a column only when it says something
            self.keys.insert(1, "document")
        self._names: dict[str, str] = {}

    def check_name(self, check_id: str) -> str:
        if check_id not in self._names:
            try:
                self._names[check_id] = check_spec(check_id).name(self.lang)
            except KeyError:  # a check this build does not know (or a hand-made finding)
                self._names[check_id] = check_id
        return self._names[check_id]

    def check_label(self, check_id: str) -> str:
        name = self.check_name(check_id)
        return check_id if name == check_id else f"{name} ({check_id})"

    def severity(self, severity: Severity) -> str:
        return self.labels[severity.value]

    def status(self, finding: Finding) -> str:
        if not finding.ignored:
            return self.labels["open"]
        reason = clean_text(finding.ignored_reason or "").strip()
        return (
            self.labels["ignored_reason"].format(reason=reason)
            if reason
            else self.labels["ignored"]
        )

    def document(self, finding: Finding) -> str:
        doc = finding.unit.document_id
        return "" if doc is None else clean_text(self.titles.get(doc) or f"#{doc}")

    def headers(self) -> list[str]:
        return [self.labels[key] for key in self.keys]


def _groups(result: QAResult) -> list[tuple[str, list[Finding]]]:
    """Findings by check in ``result.checks`` order; open ones before ignored ones."""
    by_check: dict[str, list[Finding]] = {}
    for finding in sorted(result.findings, key=finding_order):
        by_check.setdefault(finding.check, []).append(finding)
    order = [c for c in result.checks if c in by_check]
    order += [c for c in by_check if c not in order]  # hand-made findings of other checks
    return [(c, sorted(by_check[c], key=lambda f: f.ignored)) for c in order]


def _generated(now: datetime) -> str:
    return now.strftime("%Y-%m-%d %H:%M (UTC%z)")


# --- HTML -----------------------------------------------------------------------------

_CSS = """
:root { --cjk: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
  "Hiragino Sans GB", sans-serif; }
body { font-family: var(--cjk); font-size: 14px; color: #1d2127; margin: 24px; line-height: 1.5; }
[lang|="en"] { font-family: "Segoe UI", "Helvetica Neue", Arial, var(--cjk); }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 17px; margin: 28px 0 8px; break-after: avoid; }
h2 code { font-size: 13px; color: #57606a; font-weight: normal; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.meta dt { color: #57606a; } .meta dd { margin: 0; }
table { border-collapse: collapse; margin: 6px 0 12px; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f0f3f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.findings { width: 100%; table-layout: fixed; }
table.findings td { overflow-wrap: anywhere; }
td.text { white-space: pre-wrap; width: 26%; }
col.narrow { width: 7%; }
.count { font-size: 13px; font-weight: normal; color: #57606a; margin-left: 8px; }
.badge { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 12px;
  color: #fff; border: 1px solid transparent; white-space: nowrap; }
.sev-error { background: #c62828; border-color: #8e0000; }
.sev-warning { background: #e08600; border-color: #a35f00; }
.sev-info { background: #1f6feb; border-color: #0d47a1; }
mark { background: #ffe066; border-bottom: 2px solid #c99700; color: inherit; }
mark.point { display: inline-block; width: 0; border-left: 2px solid #c62828;
  height: 1.1em; vertical-align: text-bottom; background: none; border-bottom: 0; }
.empty { color: #8c959f; font-style: italic; }
tr.ignored td { color: #8c959f; background: #f6f8fa; }
tr.ignored mark { background: #eaeef2; border-bottom-color: #8c959f; }
tr.ignored .badge { background: #8c959f; border-color: #6e7781; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def _esc(text: str) -> str:
    return escape(clean_text(text), quote=True)


def _marked(text: str, span: tuple[int, int] | None, empty: str) -> str:
    """Escaped ``text``; with a span, that part wrapped in ``<mark>``."""
    text = clean_text(text)  # 1:1 replacement, so the span still fits
    if not text:
        point = '<mark class="point"></mark>' if span is not None else ""
        return f'{point}<span class="empty">{escape(empty)}</span>'
    if span is None:
        return escape(text)
    start = max(0, min(span[0], len(text)))
    end = max(start, min(span[1], len(text)))
    inner = (
        f"<mark>{escape(text[start:end])}</mark>" if end > start else '<mark class="point"></mark>'
    )
    return escape(text[:start]) + inner + escape(text[end:])


def _html_chunks(
    result: QAResult, title: str, lang: str, source_label: str, document_titles: DocumentTitles
) -> Iterator[str]:
    rows = _Rows(result, lang, document_titles)
    label = rows.labels
    groups = _groups(result)
    summary = result.summary()
    now = datetime.now().astimezone()
    yield (
        f'<!DOCTYPE html>\n<html lang="{rows.lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="ICC Workbench">\n<title>{_esc(title)}</title>\n'
        f"<style>{_CSS}</style>\n</head>\n<body>\n<header>\n<h1>{_esc(title)}</h1>\n"
        '<dl class="meta">\n'
    )
    if source_label:
        yield f"<dt>{label['source_label']}</dt><dd>{_esc(source_label)}</dd>\n"
    yield (
        f'<dt>{label["generated"]}</dt><dd><time datetime="{now.isoformat(timespec="seconds")}">'
        f"{_generated(now)}</time></dd>\n</dl>\n</header>\n"
        f'<section class="summary">\n<h2>{label["summary"]}</h2>\n<table class="totals">\n'
    )
    for key, summary_key in (
        ("units", "units"),
        ("units_with_findings", "units_with_findings"),
        ("findings", "findings"),
        ("ignored_total", "ignored"),
    ):
        yield f'<tr><th>{label[key]}</th><td class="num">{summary[summary_key]}</td></tr>\n'
    yield f'</table>\n<h3>{label["by_severity"]}</h3>\n<table class="by-severity">\n'
    for severity in Severity:
        yield (
            f'<tr><th><span class="badge sev-{severity.value}">{rows.severity(severity)}</span>'
            f'</th><td class="num">{summary["by_severity"][severity.value]}</td></tr>\n'
        )
    yield (
        f'</table>\n<h3>{label["by_check"]}</h3>\n<table class="by-check">\n<thead><tr>'
        f"<th>{label['check']}</th><th>{label['check_id']}</th><th>{label['open_count']}</th>"
        f"<th>{label['ignored_count']}</th></tr></thead>\n<tbody>\n"
    )
    counted = {c: (sum(not f.ignored for f in fs), sum(f.ignored for f in fs)) for c, fs in groups}
    for check_id in [*result.checks, *(c for c in counted if c not in result.checks)]:
        n_open, n_ignored = counted.get(check_id, (0, 0))
        name = _esc(rows.check_name(check_id))
        if check_id in counted:
            name = f'<a href="#check-{_esc(check_id)}">{name}</a>'
        yield (
            f"<tr><td>{name}</td><td><code>{_esc(check_id)}</code></td>"
            f'<td class="num">{n_open}</td><td class="num">{n_ignored}</td></tr>\n'
        )
    yield "</tbody>\n</table>\n</section>\n"
    if not groups:
        yield f'<p class="no-findings">{label["no_findings"]}</p>\n'
    head = "".join(f"<th>{escape(h)}</th>" for h in rows.headers())
    cols = '<col class="narrow">' * (2 if rows.with_document else 1) + "<col><col>"
    for check_id, findings in groups:
        n_open, n_ignored = counted[check_id]
        count = label["count_open"].format(n=n_open)
        if n_ignored:
            count += " · " + label["count_ignored"].format(n=n_ignored)
        name = rows.check_name(check_id)
        code = "" if name == check_id else f" <code>{_esc(check_id)}</code>"
        yield (
            f'<section class="check" id="check-{_esc(check_id)}" data-check="{_esc(check_id)}">\n'
            f"<h2>{_esc(name)}{code}"
            f'<span class="count" data-open="{n_open}" data-ignored="{n_ignored}">{count}'
            f'</span></h2>\n<table class="findings">\n<colgroup>{cols}</colgroup>\n'
            f"<thead><tr>{head}</tr></thead>\n<tbody>\n"
        )
        for f in findings:
            unit = f.unit
            cells = [f'<td class="unit">{_esc(unit.key)}</td>']
            if rows.with_document:
                cells.append(f'<td class="document">{_esc(rows.document(f))}</td>')
            for side in ("source", "target"):
                span = f.span if f.side.value == side else None
                text = unit.source if side == "source" else unit.target
                side_lang = unit.source_lang if side == "source" else unit.target_lang
                cells.append(
                    f'<td class="text {side}" lang="{_esc(side_lang)}">'
                    f"{_marked(text, span, label['empty'])}</td>"
                )
            cells += [
                f'<td class="check">{_esc(rows.check_label(f.check))}</td>',
                f'<td class="severity"><span class="badge sev-{f.severity.value}">'
                f"{rows.severity(f.severity)}</span></td>",
                f'<td class="message">{_esc(f.message(rows.lang))}</td>',
                f'<td class="status">{_esc(rows.status(f))}</td>',
            ]
            css = "ignored" if f.ignored else "open"
            yield f'<tr class="{css}">{"".join(cells)}</tr>\n'
        yield "</tbody>\n</table>\n</section>\n"
    yield "</body>\n</html>\n"


def html_report(
    result: QAResult,
    *,
    title: str,
    lang: str = "en",
    source_label: str = "",
    document_titles: DocumentTitles = None,
) -> str:
    """The report as one self-contained HTML document."""
    return "".join(_html_chunks(result, title, lang, source_label, document_titles))


def write_html_report(
    path: PathLike,
    result: QAResult,
    *,
    title: str,
    lang: str = "en",
    source_label: str = "",
    document_titles: DocumentTitles = None,
) -> None:
    # Streamed into the temp file: 50,000 findings need not sit in memory twice.
    with atomic_writer(path, "w") as handle:
        for chunk in _html_chunks(result, title, lang, source_label, document_titles):
            handle.write(chunk)


# --- XLSX -----------------------------------------------------------------------------

_WIDTHS = {"unit": 10, "document": 24, "source": 48, "target": 48, "check": 26}
_WIDTHS |= {"severity": 10, "message": 44, "status": 22}
_WRAPPED = {"source", "target", "message"}


def write_xlsx_report(
    path: PathLike,
    result: QAResult,
    *,
    title: str,
    lang: str = "en",
    source_label: str = "",
    document_titles: DocumentTitles = None,
) -> None:
    """A "Findings" sheet (one row per finding, unit order) and a "Summary" sheet."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    rows = _Rows(result, lang, document_titles)
    # Write-only keeps 50,000 rows fast and small in memory; it still supports frozen
    # panes, widths, autofilter and per-cell styles, which is all this report needs.
    book = openpyxl.Workbook(write_only=True)

    def styled(sheet: Any, **style: Any) -> Any:
        # Interned once: assigning style objects cell by cell costs a hash lookup each time,
        # a third of the run for 50,000 rows.
        cell = WriteOnlyCell(sheet)
        for name, value in style.items():
            setattr(cell, name, value)
        return cell._style

    def text_cell(sheet: Any, value: str, style: Any = None) -> Any:
        value = clean_text(value)
        if len(value) > _EXCEL_CELL_MAX:
            value = value[: _EXCEL_CELL_MAX - 1] + "…"
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # always text: "=SUM(A1)" stays a string, "0012" keeps its zeros
        if style is not None:
            cell._style = copy(style)
        return cell

    def header_cells(sheet: Any, values: list[str]) -> list[Any]:
        head = styled(sheet, font=Font(bold=True), fill=PatternFill("solid", fgColor="F0F3F6"))
        return [text_cell(sheet, value, head) for value in values]

    findings_sheet = book.create_sheet("Findings")
    keys = rows.keys
    for index, key in enumerate(keys, 1):
        findings_sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS[key]
    findings_sheet.freeze_panes = "A2"  # before any row: write-only sheets stream in order
    findings_sheet.print_title_rows = "1:1"
    findings_sheet.append(header_cells(findings_sheet, rows.headers()))
    wrap = styled(findings_sheet, alignment=Alignment(wrap_text=True, vertical="top"))
    top = styled(findings_sheet, alignment=Alignment(vertical="top"))
    align = [wrap if key in _WRAPPED else top for key in keys]
    count = 0
    for f in sorted(result.findings, key=finding_order):
        values = [f.unit.key, f.unit.source, f.unit.target, rows.check_label(f.check)]
        values += [rows.severity(f.severity), f.message(rows.lang), rows.status(f)]
        if rows.with_document:
            values.insert(1, rows.document(f))
        findings_sheet.append(
            [text_cell(findings_sheet, v, a) for v, a in zip(values, align, strict=True)]
        )
        count += 1
    last = get_column_letter(len(keys))
    findings_sheet.auto_filter.ref = f"A1:{last}{count + 1}"

    summary_sheet = book.create_sheet("Summary")
    for index, width in enumerate((30, 22, 10, 10, 10, 12), 1):
        summary_sheet.column_dimensions[get_column_letter(index)].width = width
    summary = result.summary()
    label = rows.labels
    info: list[tuple[str, Any]] = [("title", title)]
    if source_label:
        info.append(("source_label", source_label))
    info += [("generated", _generated(datetime.now().astimezone())), ("units", summary["units"])]
    info += [("units_with_findings", summary["units_with_findings"])]
    info += [("findings", summary["findings"]), ("ignored_total", summary["ignored"])]
    for key, value in info:
        shown = value if isinstance(value, int) else text_cell(summary_sheet, value)
        summary_sheet.append([header_cells(summary_sheet, [label[key]])[0], shown])
    summary_sheet.append([])
    table_head = [label["check"], label["check_id"]]
    table_head += [rows.severity(s) for s in Severity] + [label["ignored_count"]]
    summary_sheet.append(header_cells(summary_sheet, table_head))
    per_check: dict[str, Counter[str]] = {}
    for f in result.findings:
        per_check.setdefault(f.check, Counter())["ignored" if f.ignored else f.severity.value] += 1
    for check_id in [*result.checks, *(c for c in per_check if c not in result.checks)]:
        counts = per_check.get(check_id, Counter())
        summary_sheet.append(
            [
                text_cell(summary_sheet, rows.check_name(check_id)),
                text_cell(summary_sheet, check_id),
            ]
            + [counts[s.value] for s in Severity]
            + [counts["ignored"]]
        )
    with atomic_writer(path, "wb") as handle:
        book.save(handle)
