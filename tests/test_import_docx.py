"""DOCX import: structure, text rules, and every kind of bad input."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from workbench.errors import ImportFailed
from workbench.importers.archive import ZipLimits, declared_entry_count, open_zip
from workbench.importers.word import import_docx
from workbench.models.enums import BlockKind, Language

W_NS = nsdecls("w")
REAL_DOCX = (
    Path(__file__).resolve().parent.parent.parent / "shared/interop/docx/omegat-OpenXMLFilter.docx"
)

FOOTNOTES_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W_NS}>
  <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
  <w:footnote w:type="continuationSeparator" w:id="0">
    <w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
  <w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>
    <w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 数据来自市统计局。</w:t></w:r></w:p>
  </w:footnote>
  <w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>
    <w:r><w:t xml:space="preserve"> 见《重庆年鉴》。</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


# --------------------------------------------------------------------------- builders


def _add_xml(paragraph, xml: str) -> None:
    paragraph._p.append(parse_xml(xml))


def _footnote_ref(paragraph, note_id: int) -> None:
    run = paragraph.add_run()._r
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(note_id))
    run.append(ref)


def _soft_break_paragraph(doc, first: str, second: str) -> None:
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(first)
    run.add_break()  # w:br, a soft line break
    run.add_text(second)


def build_article(path: Path, *, core_title: str = "") -> Path:
    """A Chinese article with every structure the importer knows about."""
    doc = Document()
    doc.core_properties.title = core_title
    styles = doc.styles
    byline = styles.add_style("Byline", WD_STYLE_TYPE.PARAGRAPH)
    byline.base_style = styles["Normal"]
    zh_heading = styles.add_style("标题 2", WD_STYLE_TYPE.PARAGRAPH)
    zh_heading.base_style = styles["Normal"]
    photo = styles.add_style("Photo Caption", WD_STYLE_TYPE.PARAGRAPH)
    photo.base_style = styles["Caption"]
    outlined = styles.add_style("Section Label", WD_STYLE_TYPE.PARAGRAPH)
    outlined.base_style = styles["Normal"]
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "2")
    outlined.element.get_or_add_pPr().append(outline)

    doc.add_heading("讲好重庆故事", level=0)  # Title style             -> block 0
    doc.add_paragraph("王雯", style="Byline")  #                          -> 1
    doc.add_paragraph("")  # empty: skipped
    doc.add_heading("对外传播的新格局", level=1)  #                        -> 2
    body = doc.add_paragraph("重庆以大外事视角推动城市形象国际传播")  #   -> 3
    _footnote_ref(body, 1)
    body.add_run("。")
    tracked = doc.add_paragraph("这一年")  #                             -> 4
    _add_xml(
        tracked,
        f'<w:del {W_NS} w:id="1" w:author="ed" w:date="2024-01-01T00:00:00Z">'
        "<w:r><w:delText>旧的说法</w:delText></w:r></w:del>",
    )
    _add_xml(
        tracked,
        f'<w:ins {W_NS} w:id="2" w:author="ed" w:date="2024-01-01T00:00:00Z">'
        "<w:r><w:t>成果丰硕</w:t></w:r></w:ins>",
    )
    tracked.add_run("。")
    _footnote_ref(tracked, 2)
    field = doc.add_paragraph("图")  #                                   -> 5
    field.style = styles["Caption"]
    for xml in (
        '<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r {ns}><w:instrText xml:space="preserve"> SEQ 图 \\* ARABIC </w:instrText></w:r>',
        '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r {ns}><w:t>3</w:t></w:r>",
        '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        _add_xml(field, xml.format(ns=W_NS))
    field.add_run("\t解放碑夜景")
    _add_xml(
        doc.add_paragraph("拍摄于"),  #                                      -> 6
        f'<w:fldSimple {W_NS} w:instr=" DATE "><w:r><w:t>2024年</w:t></w:r></w:fldSimple>',
    )
    doc.paragraphs[-1].style = photo
    doc.add_paragraph("开放的重庆正自信地走向世界。", style="Quote")  #      -> 7
    doc.add_paragraph("讲好中国故事。", style="Intense Quote")  #           -> 8
    doc.add_paragraph("二、活动亮点", style="标题 2")  #                     -> 9
    doc.add_paragraph("活动一览", style="Section Label")  #                  -> 10
    _soft_break_paragraph(doc, "山城的夜", "灯火璀璨")  #                    -> 11
    _soft_break_paragraph(doc, "Chongqing by night", "is a sea of lights")  # -> 12

    table = doc.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "活动名称"  # merged across
    table.cell(0, 2).text = "日期"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "国际友城"  # merged down
    table.cell(1, 1).text = "友城论坛"
    table.cell(1, 2).text = "5月"
    table.cell(2, 1).text = ""  # empty cell: nothing
    table.cell(2, 2).text = "6月"

    sdt = parse_xml(
        f"<w:sdt {W_NS}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>内容控件里的段落</w:t></w:r>"
        "</w:p></w:sdtContent></w:sdt>"
    )
    doc.element.body.insert(len(doc.element.body) - 1, sdt)  # before the final sectPr

    notes = Part(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, FOOTNOTES_XML.encode(), doc.part.package
    )
    doc.part.relate_to(notes, RT.FOOTNOTES)
    doc.save(path)
    return path


def rewrite_zip(source: Path, target: Path, *, drop: set[str] = frozenset(), replace=None) -> Path:
    """Copy a docx, leaving out or replacing members."""
    replace = replace or {}
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename in drop:
                continue
            out.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
    return target


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return build_article(tmp_path / "article.docx")


@pytest.fixture
def no_python_docx(monkeypatch: pytest.MonkeyPatch) -> None:
    """Checks must run before python-docx opens the file: make opening it a failure."""
    import docx

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("python-docx opened a file that should have been refused")

    monkeypatch.setattr(docx, "Document", refuse)


def failure(path: Path) -> ImportFailed:
    with pytest.raises(ImportFailed) as caught:
        import_docx(path)
    assert str(path) in str(caught.value)
    return caught.value


# --------------------------------------------------------------------------- good input


def test_blocks_kinds_levels_and_order(article: Path) -> None:
    draft = import_docx(article)
    got = [(b.kind, b.level, b.source) for b in draft.blocks]
    assert got[:13] == [
        (BlockKind.HEADING, 1, "讲好重庆故事"),
        (BlockKind.BYLINE, 0, "王雯"),
        (BlockKind.HEADING, 1, "对外传播的新格局"),
        (BlockKind.PARAGRAPH, 0, "重庆以大外事视角推动城市形象国际传播。"),
        (BlockKind.PARAGRAPH, 0, "这一年成果丰硕。"),
        (BlockKind.CAPTION, 0, "图3\t解放碑夜景"),
        (BlockKind.CAPTION, 0, "拍摄于2024年"),
        (BlockKind.QUOTE, 0, "开放的重庆正自信地走向世界。"),
        (BlockKind.QUOTE, 0, "讲好中国故事。"),
        (BlockKind.HEADING, 2, "二、活动亮点"),
        (BlockKind.HEADING, 3, "活动一览"),
        (BlockKind.PARAGRAPH, 0, "山城的夜灯火璀璨"),
        (BlockKind.PARAGRAPH, 0, "Chongqing by night is a sea of lights"),
    ]
    assert draft.blocks[0].style == "Title"
    assert draft.blocks[1].style == "Byline"
    assert draft.blocks[0].origin == "paragraph 1"
    assert draft.blocks[2].origin == "paragraph 4"  # the empty paragraph 3 still counts


def test_table_cells_once_each_with_origin(article: Path) -> None:
    draft = import_docx(article)
    cells = [(b.source, b.origin) for b in draft.blocks if b.origin.startswith("table")]
    assert cells == [
        ("活动名称", "table 1 row 1 cell 1"),
        ("日期", "table 1 row 1 cell 3"),
        ("国际友城", "table 1 row 2 cell 1"),
        ("友城论坛", "table 1 row 2 cell 2"),
        ("5月", "table 1 row 2 cell 3"),
        ("6月", "table 1 row 3 cell 3"),
    ]


def test_content_control_and_footnotes_at_the_end(article: Path) -> None:
    draft = import_docx(article)
    tail = [(b.source, b.origin) for b in draft.blocks[-3:]]
    assert tail == [
        ("内容控件里的段落", "paragraph 15"),
        ("数据来自市统计局。", "footnote 1"),
        ("见《重庆年鉴》。", "footnote 2"),
    ]
    assert draft.blocks[-2].style == "FootnoteText"  # no such style defined: the id is kept


def test_document_facts(article: Path) -> None:
    draft = import_docx(article)
    assert draft.source_lang is Language.ZH
    assert draft.target_lang is Language.EN
    assert draft.title_zh == "讲好重庆故事"  # no core title: the first heading
    assert draft.title_en == ""
    assert draft.byline == "王雯"
    assert draft.origin_format == "docx"
    assert draft.origin_path == str(article)
    assert "tracked changes: deletions left out, insertions kept" in draft.notes
    assert all("旧的说法" not in b.source and "SEQ" not in b.source for b in draft.blocks)


def test_core_title_wins_and_source_override(tmp_path: Path) -> None:
    path = build_article(tmp_path / "titled.docx", core_title="Telling Chongqing's Story")
    draft = import_docx(path, source_lang=Language.EN)
    assert draft.title_en == "Telling Chongqing's Story"
    assert draft.title_zh == ""
    assert draft.source_lang is Language.EN
    assert draft.target_lang is Language.ZH


def test_footnotes_numbered_in_reference_order(tmp_path: Path) -> None:
    doc = Document()
    paragraph = doc.add_paragraph("First the second note")
    _footnote_ref(paragraph, 2)
    paragraph.add_run(", then the first.")
    _footnote_ref(paragraph, 1)
    notes = Part(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, FOOTNOTES_XML.encode(), doc.part.package
    )
    doc.part.relate_to(notes, RT.FOOTNOTES)
    doc.save(tmp_path / "order.docx")
    draft = import_docx(tmp_path / "order.docx")
    assert [(b.source, b.origin) for b in draft.blocks[1:]] == [
        ("见《重庆年鉴》。", "footnote 1"),
        ("数据来自市统计局。", "footnote 2"),
    ]


def test_nested_table_and_text_box_note(tmp_path: Path) -> None:
    doc = Document()
    outer = doc.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "外层"
    inner = outer.cell(0, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "内层"
    paragraph = doc.add_paragraph("图片")
    _add_xml(paragraph, f"<w:r {W_NS}><w:drawing/></w:r>")
    doc.save(tmp_path / "nested.docx")
    draft = import_docx(tmp_path / "nested.docx")
    assert [(b.source, b.origin) for b in draft.blocks] == [
        ("外层", "table 1 row 1 cell 1"),
        ("内层", "table 1 row 1 cell 2, table 1 row 1 cell 1"),
        ("图片", "paragraph 1"),
    ]
    assert "not imported: 1 drawing(s)" in draft.notes


def test_real_word_file() -> None:
    draft = import_docx(REAL_DOCX)
    assert [b.source for b in draft.blocks] == ["This is first line.", "This is second line."]
    assert {b.kind for b in draft.blocks} == {BlockKind.PARAGRAPH}
    assert draft.title_en == "This is first line"  # from docProps/core.xml
    assert draft.source_lang is Language.EN


def test_docm_content_type_is_accepted(article: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(article) as src:
        types = src.read("[Content_Types].xml").replace(
            CT.WML_DOCUMENT_MAIN.encode(), b"application/vnd.ms-word.document.macroEnabled.main+xml"
        )
    docm = rewrite_zip(article, tmp_path / "article.docm", replace={"[Content_Types].xml": types})
    assert import_docx(docm).blocks[0].source == "讲好重庆故事"


# --------------------------------------------------------------------------- bad input


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("just some text", encoding="utf-8")
    error = failure(path)
    assert "not a zip archive" in error.problem
    assert error.where == "file header"


def test_truncated_zip(article: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.docx"
    path.write_bytes(article.read_bytes()[:300])
    assert "damaged" in failure(path).problem


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    assert failure(path).problem == "the file is empty"


@pytest.mark.parametrize(
    ("stream", "expected"),
    [("EncryptedPackage", "encrypted"), ("WordDocument", "legacy Word 97–2003 .doc")],
)
def test_ole_compound_files(tmp_path: Path, stream: str, expected: str) -> None:
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504) + stream.encode("utf-16-le") + bytes(512)
    path = tmp_path / "locked.docx"
    path.write_bytes(ole)
    error = failure(path)
    assert expected in error.problem
    assert error.where == "file header"


def test_zip_bomb_ratio_refused_before_python_docx(
    article: Path, tmp_path: Path, no_python_docx: None
) -> None:
    bomb = rewrite_zip(article, tmp_path / "bomb.docx", replace={"word/media/zeros.bin": b""})
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/zeros.bin", bytes(8 * 1024 * 1024))  # ~1000:1
    error = failure(bomb)
    assert "compressed" in error.problem and "zip bomb" in error.problem
    assert error.where == "zip member 'word/media/zeros.bin'"


def test_too_many_members(article: Path, tmp_path: Path, no_python_docx: None) -> None:
    path = rewrite_zip(article, tmp_path / "many.docx")
    with zipfile.ZipFile(path, "a") as archive:
        for number in range(2001):
            archive.writestr(f"customXml/item{number}.bin", b"x")
    assert "members (the limit is 2000)" in failure(path).problem


def test_forged_entry_count_is_read_before_zipfile(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", b"a")
    data = bytearray(buffer.getvalue())
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 60000, 60000)
    assert declared_entry_count(bytes(data)) == 60000
    with pytest.raises(ImportFailed, match="declares 60000 members"):
        open_zip(bytes(data), "forged.zip")


def test_total_size_limit(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for number in range(3):
            archive.writestr(f"part{number}.bin", bytes(400_000))
    with pytest.raises(ImportFailed) as caught:
        open_zip(buffer.getvalue(), "big.zip", ZipLimits(max_total_size=1_000_000))
    assert "inflates to more than" in caught.value.problem
    assert caught.value.where == "zip member 'part2.bin'"


@pytest.mark.parametrize(
    "name", ["../evil.xml", "/etc/evil.xml", "word/../../evil.xml", "C:/evil.xml"]
)
def test_unsafe_member_names(
    article: Path, tmp_path: Path, name: str, no_python_docx: None
) -> None:
    path = rewrite_zip(article, tmp_path / "slip.docx")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(zipfile.ZipInfo(name), b"<x/>")
    error = failure(path)
    assert "member name has" in error.problem
    assert error.where == f"zip member {name!r}"


@pytest.mark.parametrize("member", ["word/document.xml", "[Content_Types].xml", "_rels/.rels"])
def test_missing_parts(article: Path, tmp_path: Path, member: str, no_python_docx: None) -> None:
    path = rewrite_zip(article, tmp_path / "partial.docx", drop={member})
    error = failure(path)
    assert error.problem == "a required part is missing"
    assert error.where == f"zip member {member!r}"


def test_malformed_document_xml_names_member_and_line(
    article: Path, tmp_path: Path, no_python_docx: None
) -> None:
    broken = "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f"<w:document {W_NS}>",
            "<w:body>",
            "<w:p><w:r><w:t>text</w:r></w:p>",  # line 4: </w:t> missing
            "</w:body>",
            "</w:document>",
        ]
    ).encode()
    path = rewrite_zip(article, tmp_path / "broken.docx", replace={"word/document.xml": broken})
    error = failure(path)
    assert error.where == "zip member 'word/document.xml', line 4"
    assert error.problem.startswith("the XML is malformed (")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"""


def _xxe(secret: Path) -> bytes:
    return f"""<?xml version="1.0"?>
<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>""".encode()


@pytest.mark.parametrize("kind", ["laughs", "xxe"])
def test_doctype_with_entities_refused(
    article: Path, tmp_path: Path, kind: str, no_python_docx: None
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    payload = BILLION_LAUGHS if kind == "laughs" else _xxe(secret)
    path = rewrite_zip(article, tmp_path / f"{kind}.docx", replace={"word/document.xml": payload})
    error = failure(path)
    assert "DOCTYPE that can declare entities" in error.problem
    assert error.where == "zip member 'word/document.xml'"
    assert "TOP-SECRET" not in str(error)


def test_doctype_in_a_minor_part_refused(article: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(article) as src:
        settings = src.read("word/settings.xml")
    # A long comment pushes the DOCTYPE past the quick look; the parse check catches it.
    forged = settings.replace(
        b"?>", b"?>\n<!--" + b"x" * 70_000 + b'-->\n<!DOCTYPE w:settings [<!ENTITY e "e">]>', 1
    )
    path = rewrite_zip(article, tmp_path / "settings.docx", replace={"word/settings.xml": forged})
    error = failure(path)
    assert "DOCTYPE" in error.problem
    assert error.where == "zip member 'word/settings.xml'"


def test_python_docx_parser_does_not_resolve_external_entities(tmp_path: Path) -> None:
    """What python-docx would do without our DOCTYPE check (library-notes §8)."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    element = parse_xml(_xxe(secret))
    assert "TOP-SECRET" not in "".join(element.itertext())


def test_not_a_word_document(article: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(article) as src:
        types = src.read("[Content_Types].xml").replace(
            CT.WML_DOCUMENT_MAIN.encode(), CT.SML_SHEET_MAIN.encode()
        )
    path = rewrite_zip(article, tmp_path / "sheet.docx", replace={"[Content_Types].xml": types})
    error = failure(path)
    assert "not a Word document" in error.problem
    assert error.where == "zip member 'word/document.xml'"


def test_document_without_text(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("   ")
    doc.save(tmp_path / "blank.docx")
    assert failure(tmp_path / "blank.docx").problem == "the document has no text"


def test_inline_text_rules(tmp_path: Path) -> None:
    doc = Document()
    _add_xml(
        doc.add_paragraph(),
        f"<w:r {W_NS}><w:ruby><w:rubyPr/><w:rt><w:r><w:t>chóng</w:t></w:r></w:rt>"
        "<w:rubyBase><w:r><w:t>重</w:t></w:r></w:rubyBase></w:ruby></w:r>",
    )
    doc.paragraphs[-1].add_run("庆")
    _soft_break_paragraph(doc, "ends with a space ", "then a break")
    _soft_break_paragraph(doc, "Chongqing", "重庆")
    link = doc.add_paragraph("See ")
    _add_xml(link, f"<w:hyperlink {W_NS}><w:r><w:t>the website</w:t></w:r></w:hyperlink>")
    broken = doc.add_paragraph("Before")
    _add_xml(broken, f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"/></w:r>')
    _add_xml(broken, f"<w:r {W_NS}><w:instrText> PAGE </w:instrText></w:r>")
    doc.add_paragraph("After a field that never ends")
    boxed = doc.add_paragraph("带文本框的段落")
    _add_xml(
        boxed,
        f"<w:r {W_NS}><w:pict><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></w:r>",
    )
    doc.save(tmp_path / "inline.docx")
    draft = import_docx(tmp_path / "inline.docx")
    assert [b.source for b in draft.blocks] == [
        "重庆",  # ruby: base text, not the pinyin
        "ends with a space then a break",
        "Chongqing重庆",
        "See the website",
        "Before",
        "After a field that never ends",
        "带文本框的段落",
    ]
    assert "not imported: 1 text box(s)" in draft.notes
