"""Spreadsheet glossaries: CSV/TSV/XLSX sniffing, header guessing, reading and round trips."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from workbench.errors import ImportFailed
from workbench.termbase.data import ConceptData, TermData, TermStatus
from workbench.termbase.formats import (
    detect_format,
    load_termbase_file,
    read_termbase_file,
    write_termbase_file,
)
from workbench.termbase.tabular import (
    WRITER_HEADERS,
    ColumnMapping,
    classify_header,
    detect_delimiter,
    guess_mapping,
    mapping_for,
    read_table,
    sniff_table,
    split_terms,
    write_table,
)

P, A, D = TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED

GLOSSARY = (
    "中文,英文,状态,备注,领域\n"
    "一带一路,Belt and Road Initiative; BRI,首选,official name,Policy\n"
    "一带一路,One Belt One Road,禁用,,Policy\n"
    "重庆｜山城,Chongqing,,,Cities\n"
)


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def table_concepts() -> list[ConceptData]:
    """Concepts holding only what the table columns hold, in the reader's term order."""
    return [
        ConceptData(
            terms=[
                TermData("重庆", "zh-Hans", P, "noun"),
                TermData("山城", "zh-Hans", A, "noun"),
                TermData("重慶", "zh-Hant", P, "noun"),
                TermData("渝州", "zh-Hant", D, "noun"),
                TermData("Chongqing", "en", P, "noun"),
                TermData("Chungking", "en", D, "noun"),
            ],
            subject="Cities",
            definition="A municipality in southwest China.\nSecond line.",
            note='Note with "quotes", commas, and\ttabs',
            source="CGTN",
            scope="Chongqing ICC",
            external_id="city-cq",
        ),
        ConceptData(
            terms=[
                TermData("一带一路", "zh-Hans", P),
                TermData("Belt and Road Initiative", "en", P),
                TermData("BRI", "en", A),
                TermData("One Belt One Road", "en", D),
            ],
            subject="Policy",
            external_id="c2",
        ),
        ConceptData(
            terms=[TermData("=SUM(A1)", "zh-Hans", P), TermData("-ism", "en", P)],
            note="@mention +1",
        ),
        ConceptData(terms=[TermData("禁用词", "zh-Hans", D)]),
    ]


# --------------------------------------------------------------------------- headers


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("中文", "zh"),
        ("中文术语", "zh"),
        ("简体中文", "zh"),
        ("繁体中文", "zh_hant"),
        ("繁體", "zh_hant"),
        ("英文", "en"),
        ("英文译名", "en"),
        ("术语", "term"),
        ("译文", "target"),
        ("备注", "note"),
        ("定义", "definition"),
        ("领域", "subject"),
        ("状态", "status"),
        ("词性", "part_of_speech"),
        ("来源", "source"),
        ("序号", "id"),
        ("禁用", "forbidden"),
        ("禁用译法", "target_deprecated"),
        ("英文禁用", "en_deprecated"),
        ("zh", "zh"),
        ("zh-CN", "zh"),
        ("zh-TW", "zh_hant"),
        ("en", "en"),
        ("en-US", "en"),
        ("Chinese", "zh"),
        ("English", "en"),
        ("English definition", "definition"),
        ("Source", "source?"),
        ("Source term", "term"),
        ("Target", "target"),
        ("Term", "term"),
        ("Translation", "target"),
        ("Notes", "note"),
        ("Subject field", "subject"),
        ("Status", "status"),
        ("Part of speech", "part_of_speech"),
        ("Forbidden", "forbidden"),
        ("deprecated", "forbidden"),
        ("Scope", "scope"),
        ("Customer", "scope"),
        ("No.", "id"),
        ("Colour", None),
        ("", None),
    ],
)
def test_headers_are_recognised(header: str, kind: str | None) -> None:
    assert classify_header(header) == kind


def test_chinese_headers_map_every_column() -> None:
    mapping = guess_mapping(
        ["中文", "英文", "状态", "备注", "定义", "领域", "词性", "来源", "繁体"]
    )
    assert (mapping.zh, mapping.en, mapping.status, mapping.note) == (0, 1, 2, 3)
    assert (mapping.definition, mapping.subject, mapping.part_of_speech) == (4, 5, 6)
    assert (mapping.source, mapping.zh_hant) == (7, 8)
    assert not mapping.status_is_flag


def test_english_headers_and_source_as_provenance() -> None:
    mapping = guess_mapping(["Chinese", "English", "Status", "Note", "Source", "Subject"])
    assert (mapping.zh, mapping.en, mapping.status, mapping.note) == (0, 1, 2, 3)
    assert mapping.source == 4  # beside a Chinese column, "Source" is where a term comes from
    assert mapping.subject == 5


def test_source_and_target_are_term_columns_decided_by_content() -> None:
    assert guess_mapping(["Source", "Target"]).term_columns() == {"zh": 0, "en": 1}
    # An en→zh glossary: the cells say which side is Chinese.
    rows = [["Belt and Road", "一带一路"], ["Chongqing", "重庆"]]
    assert guess_mapping(["Source", "Target"], rows).term_columns() == {"en": 0, "zh": 1}
    assert guess_mapping(["术语", "译文"]).term_columns() == {"zh": 0, "en": 1}
    assert guess_mapping(["Term", "Translation"], rows).term_columns() == {"en": 0, "zh": 1}


def test_forbidden_column_is_a_flag_or_holds_terms_by_content() -> None:
    flags = guess_mapping(["中文", "英文", "禁用"], [["a", "b", "是"], ["c", "d", ""]])
    assert flags.status == 2 and flags.status_is_flag
    terms = guess_mapping(["中文", "英文", "Forbidden"], [["一带一路", "BRI", "One Belt One Road"]])
    assert terms.en_deprecated == 2 and terms.status is None
    assert guess_mapping(["中文", "英文", "禁用译法"]).en_deprecated == 2


def test_writer_headers_are_understood() -> None:
    mapping = guess_mapping(WRITER_HEADERS)
    assert mapping.columns() == {
        "id": 0,
        "subject": 1,
        "zh": 2,
        "zh_deprecated": 3,
        "zh_hant": 4,
        "zh_hant_deprecated": 5,
        "en": 6,
        "en_deprecated": 7,
        "definition": 8,
        "note": 9,
        "source": 10,
        "scope": 11,
        "part_of_speech": 12,
    }


def test_no_header_falls_back_to_content(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("立春,Beginning of Spring\n雨水,Rain Water\n", encoding="utf-8")
    preview = sniff_table(path)
    assert not preview.has_header
    assert preview.headers == ["Column 1", "Column 2"]
    assert preview.rows[0] == ["立春", "Beginning of Spring"]
    mapping = mapping_for(preview)
    assert mapping.term_columns() == {"zh": 0, "en": 1} and not mapping.header_row
    concepts = read_table(path, mapping)
    assert [t.text for c in concepts for t in c.terms] == [
        "立春",
        "Beginning of Spring",
        "雨水",
        "Rain Water",
    ]


# --------------------------------------------------------------------------- cells and rows


def test_synonyms_split_on_every_separator() -> None:
    assert split_terms("a | b|c") == ["a", "b", "c"]
    assert split_terms("Belt and Road Initiative; BRI") == ["Belt and Road Initiative", "BRI"]
    assert split_terms("重庆｜山城；渝") == ["重庆", "山城", "渝"]
    assert split_terms("one\ntwo\r\nthree") == ["one", "two", "three"]
    assert split_terms(" | ; ") == []
    assert split_terms("same | same") == ["same"]


def test_glossary_rows_become_concepts(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("术语表\n\n" + GLOSSARY + ",,,,\n,,,only a note,\n", encoding="utf-8")
    preview = sniff_table(path)
    assert preview.has_header and preview.first_row == 3  # a title row above the table
    assert preview.headers == ["中文", "英文", "状态", "备注", "领域"]
    notes: list[str] = []
    concepts = read_table(path, mapping_for(preview), notes=notes)
    assert [[(t.text, t.lang, t.status) for t in c.terms] for c in concepts] == [
        [
            ("一带一路", "zh-Hans", P),
            ("Belt and Road Initiative", "en", P),
            ("BRI", "en", A),
        ],
        [("一带一路", "zh-Hans", P), ("One Belt One Road", "en", D)],
        [("重庆", "zh-Hans", P), ("山城", "zh-Hans", A), ("Chongqing", "en", P)],
    ]
    assert concepts[0].note == "official name" and concepts[0].subject == "Policy"
    assert notes == ["row 8 has no term; skipped"]  # the empty row 7 is skipped silently


@pytest.mark.parametrize(
    ("value", "statuses"),
    [
        ("禁用", [P, D, D]),
        ("deprecated", [P, D, D]),
        ("Forbidden", [P, D, D]),
        ("✗", [P, D, D]),
        ("superseded", [P, D, D]),
        ("允许", [P, A, A]),
        ("admitted", [P, A, A]),
        ("首选", [P, P, A]),
        ("preferred", [P, P, A]),
        ("", [P, P, A]),
    ],
)
def test_status_column_applies_to_the_english_terms(
    tmp_path: Path, value: str, statuses: list[TermStatus]
) -> None:
    path = tmp_path / "s.csv"
    path.write_text(
        f"中文,英文,状态\n立春,Beginning of Spring | Lichun,{value}\n", encoding="utf-8"
    )
    [concept] = read_termbase_file(path)
    assert [t.status for t in concept.terms] == statuses


def test_status_column_options(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("中文,英文,状态\n旧称,Old name,禁用\n禁用词,,禁用\n", encoding="utf-8")
    mapping = ColumnMapping(zh=0, en=1, status=2, status_applies_to="zh")
    first, second = read_table(path, mapping)
    assert [t.status for t in first.terms] == [D, P]
    # A row without English terms: the mark applies to all its terms (a forbidden-word list).
    assert [(t.text, t.status) for t in second.terms] == [("禁用词", D)]
    notes: list[str] = []
    path.write_text("中文,英文,状态\n立春,Lichun,待审\n", encoding="utf-8")
    [concept] = read_table(path, ColumnMapping(zh=0, en=1, status=2), notes=notes)
    assert [t.status for t in concept.terms] == [P, P]
    assert notes == ["Status values not recognised (terms keep the default status): '待审'"]


def test_flag_column(tmp_path: Path) -> None:
    path = tmp_path / "f.tsv"
    path.write_text(
        "Term\tTranslation\tForbidden\n立春\tBeginning of Spring\tno\n立春\tStart of Spring\tyes\n",
        encoding="utf-8",
    )
    first, second = read_termbase_file(path)
    assert [(t.text, t.status) for t in first.terms] == [
        ("立春", P),
        ("Beginning of Spring", P),
    ]
    assert [(t.text, t.status) for t in second.terms] == [("立春", P), ("Start of Spring", D)]


def test_all_fields_and_part_of_speech_spellings(tmp_path: Path) -> None:
    path = tmp_path / "all.csv"
    path.write_text(
        "编号,中文,繁体,英文,英文禁用,定义,备注,来源,范围,词性,领域\n"
        "e1,立春,立春,Beginning of Spring,Spring Begins,第一个节气,注意,CGTN,重庆,名词,节气\n",
        encoding="utf-8",
    )
    [concept] = read_termbase_file(path)
    assert concept == ConceptData(
        terms=[
            TermData("立春", "zh-Hans", P, "noun"),
            TermData("立春", "zh-Hant", P, "noun"),
            TermData("Beginning of Spring", "en", P, "noun"),
            TermData("Spring Begins", "en", D, "noun"),
        ],
        subject="节气",
        definition="第一个节气",
        note="注意",
        source="CGTN",
        scope="重庆",
        external_id="e1",
    )


def test_empty_table_is_an_error(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "empty.csv", b"\xef\xbb\xbf\r\n,,\r\n")
    with pytest.raises(ImportFailed, match="the table is empty"):
        read_termbase_file(path)


def test_no_term_column_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("备注,领域\na,b\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="no column is mapped to terms"):
        read_table(path, ColumnMapping(note=0))
    with pytest.raises(ImportFailed, match="cannot tell which columns hold the terms"):
        read_termbase_file(path)


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("utf-8", lambda t: t.encode("utf-8")),
        ("utf-8-sig", lambda t: t.encode("utf-8-sig")),
        ("gb18030", lambda t: t.encode("gb18030")),
        ("utf-16", lambda t: t.encode("utf-16")),  # with BOM, as Excel's "Unicode text"
        ("utf-16-le", lambda t: t.encode("utf-16-le")),  # no BOM
    ],
)
def test_csv_encodings(tmp_path: Path, name: str, encode) -> None:
    path = write_bytes(tmp_path / f"{name}.csv", encode(GLOSSARY.replace("\n", "\r\n")))
    preview = sniff_table(path)
    assert preview.delimiter == ","
    assert preview.headers[:2] == ["中文", "英文"]
    concepts = read_termbase_file(path)
    assert [c.terms[0].text for c in concepts] == ["一带一路", "一带一路", "重庆"]
    assert concepts[2].terms[-1].text == "Chongqing"


def test_excel_unicode_text_is_tab_separated_utf16(tmp_path: Path) -> None:
    text = GLOSSARY.replace(",", "\t").replace("\n", "\r\n")
    path = write_bytes(tmp_path / "unicode.txt", text.encode("utf-16"))
    assert detect_format(path) == "csv"
    preview = sniff_table(path)
    assert preview.delimiter == "\t" and preview.encoding == "utf-16-le"
    assert len(read_termbase_file(path)) == 3


def test_semicolon_csv_and_excel_sep_line(tmp_path: Path) -> None:
    semicolons = GLOSSARY.replace("; BRI", " | BRI").replace(",", ";")
    assert detect_delimiter(semicolons) == ";"
    assert detect_delimiter(GLOSSARY) == ","  # "; BRI" inside a cell does not fool it
    path = tmp_path / "sep.csv"
    path.write_text("sep=;\n" + semicolons, encoding="utf-8")
    preview = sniff_table(path)
    assert preview.delimiter == ";" and preview.first_row == 2
    concepts = read_termbase_file(path)
    assert [t.text for t in concepts[0].terms] == ["一带一路", "Belt and Road Initiative", "BRI"]


def test_malformed_csv_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("中文,英文\n立春,x\n雨水," + "y" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as caught:
        read_table(path, ColumnMapping(zh=0, en=1))
    assert caught.value.where == "line 3"
    assert "malformed" in caught.value.problem


def test_bytes_not_in_the_given_encoding_name_the_line(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "bad.csv", "中文,英文\n立春,x\n".encode() + b"\xff\xfe\xfa\n")
    with pytest.raises(ImportFailed) as caught:
        read_table(path, ColumnMapping(zh=0, en=1, encoding="utf-8"))
    assert (caught.value.where or "").startswith("line 3")


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("fmt", ["csv", "tsv", "xlsx"])
def test_table_round_trip_loses_nothing(tmp_path: Path, fmt: str) -> None:
    concepts = table_concepts()
    path = tmp_path / f"terms.{fmt}"
    assert write_table(path, concepts, fmt) == []  # type: ignore[arg-type]
    assert detect_format(path) == fmt
    back = read_termbase_file(path)
    assert back == concepts
    again = tmp_path / f"again.{fmt}"
    write_termbase_file(again, back, fmt)
    assert read_termbase_file(again) == concepts


def test_csv_is_utf8_with_bom_and_formulas_are_guarded(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    write_table(path, table_concepts(), "csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,subject,zh-Hans,")
    text = data.decode("utf-8-sig")
    assert "'=SUM(A1)" in text and "'-ism" in text and "'@mention +1" in text
    assert "\r\n" in text


def test_xlsx_cells_are_text_never_formulas(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_table(path, table_concepts(), "xlsx")
    book = openpyxl.load_workbook(path)  # not data_only: a formula would show as one
    sheet = book["Terms"]
    assert [c.value for c in sheet[1]] == list(WRITER_HEADERS)
    cell = sheet.cell(row=4, column=3)
    assert cell.value == "=SUM(A1)" and cell.data_type == "s"
    assert sheet.freeze_panes == "A2"


def test_writer_reports_what_columns_cannot_hold(tmp_path: Path) -> None:
    concepts = [
        ConceptData(
            terms=[
                TermData("a", "zh-Hans", P, "noun"),
                TermData("b", "zh-Hans", P, "verb", usage_note="formal"),
                TermData("c", "en", A, case_sensitive=True),
                TermData("x | y", "en", D),
                TermData("bonjour", "fr"),
            ]
        )
    ]
    notes = write_table(tmp_path / "lossy.csv", concepts, "csv")
    joined = "\n".join(notes)
    for expected in (
        "1 terms were preferred beside another",
        "1 languages had admitted but no preferred",
        "1 concepts had different parts of speech",
        "1 terms had usage notes",
        "1 terms were case-sensitive",
        "1 terms contain | or ;",
        "1 terms in languages the table has no column for",
    ):
        assert expected in joined, joined


def test_tbx_to_table_to_tbx(tmp_path: Path) -> None:
    """Cross-format: what a table holds survives TBX → CSV/XLSX → TBX v3."""
    write_termbase_file(tmp_path / "a.tbx", table_concepts(), "tbx")
    concepts = read_termbase_file(tmp_path / "a.tbx")
    assert [c.external_id for c in concepts] == ["city-cq", "c2", "c3", "c4"]  # ids given
    for fmt in ("csv", "xlsx"):
        write_termbase_file(tmp_path / f"b.{fmt}", read_termbase_file(tmp_path / "a.tbx"), fmt)
        write_termbase_file(tmp_path / "c.tbx", read_termbase_file(tmp_path / f"b.{fmt}"), "tbx-v3")
        assert read_termbase_file(tmp_path / "c.tbx") == concepts


# --------------------------------------------------------------------------- XLSX


def make_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "说明"
    notes.append(["这张表是术语表的说明"])
    terms = book.create_sheet("术语")
    terms.append(["重庆国际传播中心术语表"])  # a title row above the headers
    terms.append(["中文", "English", "状态", "备注"])
    terms.append(["立春", "Beginning of Spring", None, 24])
    terms.append([None, None, None, None])
    terms.append(["雨水", "Rain Water | Yushui", "✗", "#N/A"])
    terms.append(["二十四节气", "24 solar terms", "首选", 1.5])
    book.save(path)
    return path


def test_xlsx_sheets_title_rows_and_values(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "book.xlsx")
    assert detect_format(path) == "xlsx"
    first = sniff_table(path)
    assert first.sheet_names == ["说明", "术语"] and first.sheet == "说明"
    preview = sniff_table(path, sheet="术语")
    assert preview.has_header and preview.first_row == 2
    assert preview.headers == ["中文", "English", "状态", "备注"]
    assert preview.rows[0] == ["立春", "Beginning of Spring", "", "24"]
    notes: list[str] = []
    concepts = read_table(path, mapping_for(preview), notes=notes)
    assert [[(t.text, t.status) for t in c.terms] for c in concepts] == [
        [("立春", P), ("Beginning of Spring", P)],
        [("雨水", P), ("Rain Water", D), ("Yushui", D)],
        [("二十四节气", P), ("24 solar terms", P)],
    ]
    assert [c.note for c in concepts] == ["24", "", "1.5"]
    assert any("row 5, column 4: Excel error #N/A" in n for n in notes), notes
    with pytest.raises(ImportFailed, match="no sheet 'Missing'"):
        read_table(path, ColumnMapping(zh=0, sheet="Missing"))


def test_xlsx_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("中文,英文\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as caught:
        sniff_table(path)
    assert "not a zip archive" in caught.value.problem and caught.value.where == "file header"


def test_legacy_xls_is_refused(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(ImportFailed, match="legacy Excel"):
        read_termbase_file(path)


def test_xlsx_zip_bomb_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (30 * 1024 * 1024))
    path = write_bytes(tmp_path / "bomb.xlsx", buffer.getvalue())
    assert path.stat().st_size < 200_000
    with pytest.raises(ImportFailed) as caught:
        read_termbase_file(path)
    assert "zip bomb" in caught.value.problem
    assert "sheet1.xml" in (caught.value.where or "")


def test_xlsx_with_doctype_is_refused(tmp_path: Path) -> None:
    source = make_workbook(tmp_path / "ok.xlsx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(buffer, "w") as archive:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "xl/workbook.xml":
                data = (
                    b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                    + data.split(b"?>", 1)[-1]
                )
            archive.writestr(info, data)
    path = write_bytes(tmp_path / "xxe.xlsx", buffer.getvalue())
    with pytest.raises(ImportFailed) as caught:
        sniff_table(path)
    assert "DOCTYPE" in caught.value.problem
    assert caught.value.where == "zip member 'xl/workbook.xml'"


def test_damaged_xlsx_is_one_clear_error(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    path = write_bytes(tmp_path / "damaged.xlsx", buffer.getvalue())
    with pytest.raises(ImportFailed, match="the workbook cannot be read"):
        sniff_table(path)


def test_load_returns_the_mapping_used(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    result = load_termbase_file(path)
    assert result.format == "csv"
    assert result.mapping is not None and result.mapping.term_columns() == {"zh": 0, "en": 1}
    assert len(result.concepts) == 3
