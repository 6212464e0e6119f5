"""QA reports: the self-contained HTML page and the XLSX workbook."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import lxml.html
import openpyxl
import pytest

from workbench.qa import reports
from workbench.qa.model import Finding, Severity, Side, Unit
from workbench.qa.profiles import builtin_profiles
from workbench.qa.reports import html_report, write_html_report, write_xlsx_report
from workbench.qa.runner import QAResult, run_qa

EN_HEADERS = ["Unit", "Source", "Target", "Check", "Severity", "Message", "Status"]
ZH_HEADERS = ["单元", "原文", "译文", "检查项", "严重程度", "说明", "状态"]


def finding(
    key: str = "7",
    source: str = "共有3个",
    target: str = "There are 4",
    *,
    check: str = "x-custom",
    side: Side = Side.TARGET,
    severity: Severity = Severity.ERROR,
    span: tuple[int, int] = (10, 11),
    position: int = 1,
    ignored: str | None = None,
    document_id: int | None = None,
) -> Finding:
    unit = Unit(key=key, source=source, target=target, position=position, document_id=document_id)
    return Finding(
        check=check,
        unit=unit,
        side=side,
        severity=severity,
        message_en="Number differs",
        message_zh="数字不一致",
        span=span,
        ignored_reason=ignored,
    )


def result_of(*findings: Finding, checks: list[str] | None = None) -> QAResult:
    return QAResult(list(findings), units=10, checks=checks or ["x-custom"])


def parse(text: str) -> Any:
    return lxml.html.document_fromstring(text.encode("utf-8"))


def untranslated_result() -> QAResult:
    units = [
        Unit(key="1", source="你好", target="Hello", position=1),
        Unit(key="2", source="世界", target="", position=2),
        Unit(key="3", source="再见", target="  ", position=3),
    ]
    return run_qa(units, builtin_profiles()["translation"].only(["untranslated"]))


# --- labels ------------------------------------------------------------------------------


def test_both_languages_have_every_label() -> None:
    assert reports._LABELS["en"].keys() == reports._LABELS["zh"].keys()
    for en, zh in reports._TEXTS.values():
        assert en.strip() and zh.strip()


# --- HTML --------------------------------------------------------------------------------


def test_html_escapes_everything_and_marks_the_span() -> None:
    target = "<script>alert(1)</script> & more"
    bad = finding(target=target, span=(26, 27))  # the "&"
    text = html_report(result_of(bad), title="Issue <5> & co", source_label="a&b.xliff", lang="en")
    assert "<script>alert" not in text
    assert "&lt;script&gt;" in text and "&amp;" in text
    doc = parse(text)
    assert not doc.xpath("//script")
    assert doc.xpath("//title")[0].text == "Issue <5> & co"
    assert doc.xpath("//h1")[0].text == "Issue <5> & co"
    assert "a&b.xliff" in doc.xpath("//dl[@class='meta']")[0].text_content()
    target_cell = doc.xpath("//td[contains(@class, 'target')]")[0]
    assert target_cell.text_content() == target
    assert [m.text for m in target_cell.xpath(".//mark")] == ["&"]
    assert not doc.xpath("//td[contains(@class, 'source')]//mark")


def test_html_marks_the_side_the_finding_is_on() -> None:
    on_source = finding(source="共有3个", target="There are 3", side=Side.SOURCE, span=(2, 3))
    doc = parse(html_report(result_of(on_source), title="t"))
    source_cell = doc.xpath("//td[contains(@class, 'source')]")[0]
    assert [m.text for m in source_cell.xpath(".//mark")] == ["3"]
    assert source_cell.get("lang") == "zh"
    assert not doc.xpath("//td[contains(@class, 'target')]//mark")


def test_html_is_self_contained_and_printable() -> None:
    text = html_report(result_of(finding()), title="t")
    doc = parse(text)
    assert doc.get("lang") == "en"
    assert doc.xpath("//meta[@charset='utf-8']")
    assert not doc.xpath("//script | //link | //img | //iframe | //*[@src]")
    css = doc.xpath("//style")[0].text
    for font in ("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"):
        assert font in css
    assert "@media print" in css
    assert doc.xpath("//time/@datetime")
    assert doc.xpath("//td[@class='severity']/span[contains(@class, 'badge sev-error')]")


def test_html_groups_by_check_in_run_order_with_counts() -> None:
    findings = [
        finding("1", check="b-check", position=1),
        finding("2", check="a-check", position=2, ignored="house style"),
        finding("3", check="a-check", position=3),
        finding("4", check="a-check", position=4, severity=Severity.WARNING),
    ]
    result = result_of(*findings, checks=["a-check", "b-check", "c-check"])
    doc = parse(html_report(result, title="t"))
    sections = doc.xpath("//section[@class='check']")
    assert [s.get("data-check") for s in sections] == ["a-check", "b-check"]  # no empty group
    count = sections[0].xpath(".//span[@class='count']")[0]
    assert (count.get("data-open"), count.get("data-ignored")) == ("2", "1")
    assert count.text_content() == "2 open · 1 ignored"
    rows = sections[0].xpath(".//tbody/tr")
    assert [r.xpath("td[@class='unit']")[0].text for r in rows] == ["3", "4", "2"]
    assert [r.get("class") for r in rows] == ["open", "open", "ignored"]
    assert rows[2].xpath("td[@class='status']")[0].text == "ignored: house style"
    # the summary lists every check of the run, zero counts too
    by_check = doc.xpath("//table[@class='by-check']/tbody/tr")
    assert [r.xpath("td/code")[0].text for r in by_check] == ["a-check", "b-check", "c-check"]
    assert [r.xpath("td[@class='num']")[0].text for r in by_check] == ["2", "1", "0"]


def test_html_headers_and_labels_in_both_languages() -> None:
    result = result_of(finding("1"), finding("2", position=2, ignored="原文如此"))
    en = parse(html_report(result, title="t", lang="en"))
    zh = parse(html_report(result, title="t", lang="zh"))
    assert [th.text for th in en.xpath("//table[@class='findings']/thead//th")] == EN_HEADERS
    assert [th.text for th in zh.xpath("//table[@class='findings']/thead//th")] == ZH_HEADERS
    assert zh.get("lang") == "zh"
    assert [td.text for td in zh.xpath("//td[@class='status']")] == ["待处理", "已忽略：原文如此"]
    assert [td.text for td in zh.xpath("//td[@class='message']")] == ["数字不一致"] * 2
    assert zh.xpath("//td[@class='severity']/span")[0].text == "错误"
    assert "概况" in zh.xpath("//section[@class='summary']/h2")[0].text


def test_html_with_run_qa_uses_check_names() -> None:
    result = untranslated_result()
    zh = parse(html_report(result, title="t", lang="zh"))
    assert zh.xpath("//section[@class='check']/h2")[0].text.strip() == "未翻译"
    assert zh.xpath("//td[@class='check']")[0].text == "未翻译 (untranslated)"
    en = parse(html_report(result, title="t", lang="en"))
    assert [td.text for td in en.xpath("//td[@class='unit']")] == ["2", "3"]
    empty = en.xpath("//td[contains(@class, 'target')]")[0]
    assert empty.xpath(".//span[@class='empty']")[0].text == "(empty)"


def test_html_unknown_check_falls_back_to_its_id() -> None:
    doc = parse(html_report(result_of(finding(check="not-a-check")), title="t"))
    assert doc.xpath("//td[@class='check']")[0].text == "not-a-check"


def test_html_document_column_only_when_documents_are_known() -> None:
    plain = parse(html_report(result_of(finding()), title="t"))
    assert "Document" not in [th.text for th in plain.xpath("//thead//th")]
    with_doc = result_of(finding("1", document_id=5), finding("2", position=2))
    doc = parse(html_report(with_doc, title="t", document_titles={5: "Issue 12 <draft>"}))
    assert [th.text for th in doc.xpath("//table[@class='findings']/thead//th")][1] == "Document"
    assert [td.text for td in doc.xpath("//td[@class='document']")] == ["Issue 12 <draft>", None]


def test_html_survives_control_characters_and_empty_results() -> None:
    doc = parse(html_report(result_of(finding(target="a\x0bb\x1ac", span=(1, 2))), title="t"))
    target = doc.xpath("//td[contains(@class, 'target')]")[0]
    assert target.text_content() == "a\u240bb\u241ac"
    assert target.xpath(".//mark")[0].text == "\u240b"
    empty = parse(html_report(QAResult([], 3, ["untranslated"]), title="t", lang="zh"))
    assert empty.xpath("//p[@class='no-findings']")[0].text == "没有发现问题。"


# --- XLSX --------------------------------------------------------------------------------


def test_xlsx_findings_sheet(tmp_path: Path) -> None:
    path = tmp_path / "qa.xlsx"
    findings = [
        finding("0012", target="=SUM(A1)", position=3),
        finding("12", target="+1 -2", position=1, ignored="ok"),
        finding("@x", target="-minus", position=2, severity=Severity.INFO),
        finding("4", target="#N/A", position=4),
    ]
    write_xlsx_report(path, result_of(*findings), title="Issue 5", source_label="a.xliff")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Findings", "Summary"]
    sheet = book["Findings"]
    assert [c.value for c in sheet[1]] == EN_HEADERS
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:G5"
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [r[0] for r in rows] == ["12", "@x", "0012", "4"]  # unit order, keys stay text
    assert [r[2] for r in rows] == ["+1 -2", "-minus", "=SUM(A1)", "#N/A"]
    assert rows[0][3] == "x-custom"
    assert [r[4] for r in rows] == ["Error", "Info", "Error", "Error"]
    assert [r[6] for r in rows] == ["ignored: ok", "open", "open", "open"]
    for row in sheet.iter_rows(min_row=2):
        assert all(c.data_type == "s" for c in row)  # text, never a formula or error
    assert sheet["C2"].alignment.wrap_text and sheet["F2"].alignment.wrap_text
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml


def test_xlsx_summary_sheet_and_chinese_labels(tmp_path: Path) -> None:
    path = tmp_path / "qa.xlsx"
    findings = [
        finding("1", check="a-check"),
        finding("2", check="a-check", position=2, severity=Severity.WARNING),
        finding("3", check="b-check", position=3, ignored="原文如此"),
    ]
    result = result_of(*findings, checks=["a-check", "b-check"])
    write_xlsx_report(path, result, title="第5期", lang="zh", source_label="稿件.docx")
    book = openpyxl.load_workbook(path)
    assert [c.value for c in book["Findings"][1]] == ZH_HEADERS
    assert book["Findings"]["G4"].value == "已忽略：原文如此"
    summary = {row[0]: row[1:] for row in book["Summary"].iter_rows(values_only=True) if row[0]}
    assert summary["标题"][0] == "第5期"
    assert summary["检查对象"][0] == "稿件.docx"
    assert summary["单元数"][0] == 10
    assert summary["待处理问题"][0] == 2
    assert summary["已忽略问题"][0] == 1
    assert summary["检查项"] == ("编号", "错误", "警告", "提示", "已忽略")
    assert summary["a-check"] == ("a-check", 1, 1, 0, 0)
    assert summary["b-check"] == ("b-check", 0, 0, 0, 1)


def test_xlsx_with_run_qa_and_documents(tmp_path: Path) -> None:
    path = tmp_path / "qa.xlsx"
    write_xlsx_report(path, untranslated_result(), title="t")
    rows = list(openpyxl.load_workbook(path)["Findings"].iter_rows(values_only=True))
    assert rows[1][:4] == ("2", "世界", None, "Untranslated (untranslated)")
    with_doc = result_of(finding("1", document_id=3), finding("2", position=2, document_id=4))
    write_xlsx_report(path, with_doc, title="t", document_titles={3: "Issue 3"})
    sheet = openpyxl.load_workbook(path)["Findings"]
    assert [c.value for c in sheet["B"]] == ["Document", "Issue 3", "#4"]
    assert sheet.auto_filter.ref == "A1:H3"


def test_xlsx_replaces_illegal_characters(tmp_path: Path) -> None:
    path = tmp_path / "qa.xlsx"
    bad = finding(key="k\x00", source="a\x0bb", target="c\x1ad\ud800", span=(0, 1))
    write_xlsx_report(path, result_of(bad), title="t\x07", source_label="f\x1b")
    row = next(openpyxl.load_workbook(path)["Findings"].iter_rows(min_row=2, values_only=True))
    assert row[:3] == ("k\u2400", "a\u240bb", "c\u241ad\ufffd")


def test_xlsx_empty_result(tmp_path: Path) -> None:
    path = tmp_path / "qa.xlsx"
    write_xlsx_report(path, QAResult([], 0, []), title="t")
    sheet = openpyxl.load_workbook(path)["Findings"]
    assert sheet.max_row == 1 and sheet.auto_filter.ref == "A1:G1"


def test_many_findings_write(tmp_path: Path) -> None:
    findings = [finding(str(i), position=i, check="untranslated") for i in range(1, 2001)]
    result = result_of(*findings, checks=["untranslated"])
    write_xlsx_report(tmp_path / "qa.xlsx", result, title="t")
    write_html_report(tmp_path / "qa.html", result, title="t")
    sheet = openpyxl.load_workbook(tmp_path / "qa.xlsx", read_only=True)["Findings"]
    assert sum(1 for _ in sheet.iter_rows()) == 2001
    doc = parse((tmp_path / "qa.html").read_text(encoding="utf-8"))
    assert len(doc.xpath("//table[@class='findings']/tbody/tr")) == 2000


# --- atomic writes -----------------------------------------------------------------------


def test_failed_xlsx_write_keeps_the_old_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "qa.xlsx"
    path.write_bytes(b"old report")

    real_save = openpyxl.Workbook.save

    def broken_save(self: Any, handle: Any) -> None:
        data = io.BytesIO()
        real_save(self, data)
        handle.write(data.getvalue()[:100])  # half a zip, then the disk fills up
        raise OSError("disk full")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        write_xlsx_report(path, result_of(finding()), title="t")
    assert path.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["qa.xlsx"]  # no temp file left


def test_failed_html_write_keeps_the_old_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "qa.html"
    path.write_text("old report", encoding="utf-8")

    def broken_message(self: Finding, lang: str = "en") -> str:
        raise RuntimeError("boom")  # after the header and summary were written

    monkeypatch.setattr(Finding, "message", broken_message)
    with pytest.raises(RuntimeError, match="boom"):
        write_html_report(path, result_of(finding()), title="t")
    assert path.read_text(encoding="utf-8") == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["qa.html"]


def test_html_write_replaces_the_file(tmp_path: Path) -> None:
    path = tmp_path / "qa.html"
    path.write_text("old report", encoding="utf-8")
    write_html_report(path, result_of(finding(target="中文 & <b>")), title="报告", lang="zh")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert parse(text).xpath("//h1")[0].text == "报告"
