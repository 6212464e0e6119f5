"""Print DOCX export: structure (python-docx and raw XML), schema order, layouts, script
editions, templates, safety, the CLI, and a golden comparison of the document XML."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from lxml import etree

from tests.helpers.publishing import MAGAZINE_EN, SECTION_EN, SECTION_ZH, build_issue
from workbench.cli import main as cli_main
from workbench.db.workspace import Workspace
from workbench.errors import Cancelled, WorkbenchError
from workbench.publishing import ooxml
from workbench.publishing.jobs import export_document_docx, publish_issue
from workbench.publishing.options import Layout, PageSetup, PublishOptions, Script
from workbench.publishing.output import TargetLocked
from workbench.publishing.templates import STYLE_NAMES, build_template, builtin_templates

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
GOLDEN = Path(__file__).parent / "data" / "publishing" / "issue.document.xml"


@pytest.fixture
def issue(workspace: Workspace, tmp_path: Path) -> int:
    media = tmp_path / "media"
    media.mkdir()
    return build_issue(workspace, media)


def _publish(workspace: Workspace, issue: int, path: Path, **options: object) -> Path:
    publish_issue(workspace, issue, path, PublishOptions(**options) if options else None)  # type: ignore[arg-type]
    return path


def _xml(path: Path, part: str = "word/document.xml") -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(part))


def _body_texts(path: Path) -> list[tuple[str, str]]:
    document = open_docx(str(path))
    return [(p.style.name, p.text) for p in document.paragraphs]


# --- ooxml helper -----------------------------------------------------------------------------


def test_insert_ordered_puts_elements_in_schema_order() -> None:
    from docx.oxml import OxmlElement

    sect_pr = OxmlElement("w:sectPr")
    for name in ("w:pgSz", "w:cols", "w:titlePg"):
        sect_pr.append(OxmlElement(name))
    ooxml.set_page_numbering(sect_pr, 7, "decimal")
    tags = [child.tag.rsplit("}", 1)[-1] for child in sect_pr]
    assert tags == ["pgSz", "pgNumType", "cols", "titlePg"]
    assert sect_pr.find(qn("w:pgNumType")).get(qn("w:start")) == "7"
    ooxml.set_page_numbering(sect_pr, None)
    assert sect_pr.find(qn("w:pgNumType")).get(qn("w:start")) is None


def test_fonts_drop_theme_attributes_and_set_east_asian_language() -> None:
    from docx.oxml import OxmlElement

    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:sz"))
    fonts = OxmlElement("w:rFonts")
    fonts.set(qn("w:eastAsiaTheme"), "minorEastAsia")
    rpr.insert(0, fonts)
    ooxml.set_fonts(rpr, latin="Georgia", east_asia="Noto Serif CJK SC", east_asian_hint=True)
    ooxml.set_language(rpr, latin="en-GB", east_asia="zh-CN")
    assert fonts.get(qn("w:eastAsiaTheme")) is None
    assert fonts.get(qn("w:eastAsia")) == "Noto Serif CJK SC"
    assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "Georgia"
    assert fonts.get(qn("w:hint")) == "eastAsia"
    assert [c.tag.rsplit("}", 1)[-1] for c in rpr] == ["rFonts", "sz", "lang"]
    assert rpr.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"


def test_row_flags_and_field_structure() -> None:
    from docx import Document

    document = Document()
    table = document.add_table(rows=1, cols=2)
    ooxml.set_row_flags(table.rows[0]._tr, header=True)
    tr_pr = table.rows[0]._tr.trPr
    assert [c.tag.rsplit("}", 1)[-1] for c in tr_pr] == ["cantSplit", "tblHeader"]
    paragraph = document.add_paragraph()
    ooxml.add_field(paragraph, "PAGE", "1")
    kinds = [r.find(qn("w:fldChar")) for r in paragraph._p.findall(qn("w:r"))]
    assert [k.get(qn("w:fldCharType")) if k is not None else None for k in kinds] == [
        "begin",
        None,
        "separate",
        None,
        "end",
    ]
    assert paragraph._p.find(f".//{W}instrText").text.strip() == "PAGE"


def _assert_schema_order(root: etree._Element) -> None:
    orders = {
        "sectPr": ooxml.SECTPR_ORDER,
        "rPr": ooxml.RPR_ORDER,
        "pPr": ooxml.PPR_ORDER,
        "trPr": ooxml.TRPR_ORDER,
        "settings": ooxml.SETTINGS_ORDER,
    }
    for element in root.iter():
        local = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
        if local not in orders or (local == "rPr" and element.getparent().tag == f"{W}pPr"):
            continue
        names = [n.split(":")[-1] for n in orders[local]]
        seen = [c.tag.rsplit("}", 1)[-1] for c in element if isinstance(c.tag, str)]
        ranks = [names.index(n) for n in seen if n in names]
        assert ranks == sorted(ranks), f"{local} children out of schema order: {seen}"


# --- the issue document -----------------------------------------------------------------------


def test_issue_structure(workspace: Workspace, issue: int, tmp_path: Path) -> None:
    path = _publish(workspace, issue, tmp_path / "issue.docx")
    document = open_docx(str(path))
    # Front matter, then one Word section per article; the long one opens on a right page.
    assert len(document.sections) == 3
    assert document.sections[1].start_type == WD_SECTION.NEW_PAGE
    assert document.sections[2].start_type == WD_SECTION.ODD_PAGE  # "start on a right page"
    assert document.settings.odd_and_even_pages_header_footer
    settings = document.settings.element
    assert settings.find(qn("w:mirrorMargins")) is not None
    assert settings.find(qn("w:themeFontLang")).get(qn("w:eastAsia")) == "zh-CN"
    body = document.sections[1]
    assert round(body.page_width.mm) == 210 and round(body.page_height.mm) == 285
    assert body.different_first_page_header_footer
    numbering = body._sectPr.find(qn("w:pgNumType"))
    assert numbering.get(qn("w:start")) == "1" and numbering.get(qn("w:fmt")) == "decimal"
    # The second article continues the numbering and shares the section's running heads.
    assert document.sections[2]._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) is None
    assert document.sections[2].header.is_linked_to_previous
    # Running heads: left page folio + magazine, right page section title + folio.
    even = body.even_page_header.paragraphs[0]
    odd = body.header.paragraphs[0]
    assert even.text.startswith("2") and MAGAZINE_EN in even.text
    assert SECTION_ZH in odd.text and SECTION_EN in odd.text and odd.text.endswith("1")
    for paragraph in (even, odd):
        assert paragraph.style.name == "Running Header"
        assert "PAGE" in "".join(t.text for t in paragraph._p.iter(f"{W}instrText"))
    assert not body.first_page_header.paragraphs[0].text  # no header on the opening page
    assert "PAGE" in "".join(
        t.text for t in body.first_page_footer.paragraphs[0]._p.iter(f"{W}instrText")
    )
    # Contents field, titles, byline (name and pinyin), interleaved body.
    root = _xml(path)
    instructions = " ".join(t.text for t in root.iter(f"{W}instrText"))
    assert 'TOC \\h \\z \\t "Article Title ZH,1,Article Title EN,2"' in instructions
    texts = _body_texts(path)
    assert ("Article Title ZH", "江边的城市") in texts
    assert ("Article Title EN", "A City by the River") in texts
    assert ("Byline ZH", "林小雨") in texts and ("Byline EN", "Lin Xiaoyu") in texts
    styles = [style for style, _ in texts]
    first_body = styles.index("Body ZH")
    assert styles[first_body : first_body + 4] == ["Body ZH", "Body EN", "Body ZH", "Body EN"]
    assert ("Heading ZH", "江边的早晨") in texts and (
        "Pull Quote EN",
        '"Everyone has a city story."',
    ) in texts
    assert styles.count("Figure") == 1  # the caption's picture
    assert styles[styles.index("Figure") + 1 : styles.index("Figure") + 3] == [
        "Caption ZH",
        "Caption EN",
    ]
    assert document.inline_shapes and len(document.inline_shapes) == 1


def test_typography_of_the_styles(workspace: Workspace, issue: int, tmp_path: Path) -> None:
    document = open_docx(str(_publish(workspace, issue, tmp_path / "issue.docx")))
    body_zh = document.styles["Body ZH"].element
    ind = body_zh.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"
    assert body_zh.pPr.find(qn("w:jc")).get(qn("w:val")) == "both"
    fonts = body_zh.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "Noto Serif CJK SC"
    assert fonts.get(qn("w:hint")) == "eastAsia"
    body_en = document.styles["Body EN"].element.rPr.find(qn("w:rFonts"))
    assert body_en.get(qn("w:hint")) is None  # English quotes stay in the Latin font
    normal = document.styles["Normal"].element.rPr
    assert normal.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    assert normal.find(qn("w:rFonts")).get(qn("w:ascii")) == "Times New Roman"


def test_every_part_is_in_schema_order(workspace: Workspace, issue: int, tmp_path: Path) -> None:
    path = _publish(workspace, issue, tmp_path / "issue.docx", layout=Layout.SIDE_BY_SIDE)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                _assert_schema_order(etree.fromstring(archive.read(name)))


def test_side_by_side_table(workspace: Workspace, issue: int, tmp_path: Path) -> None:
    path = _publish(workspace, issue, tmp_path / "sbs.docx", layout=Layout.SIDE_BY_SIDE)
    document = open_docx(str(path))
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["中文", "English"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
    assert table.rows[1].cells[0].paragraphs[0].style.name == "Body ZH"
    assert table.rows[1].cells[1].paragraphs[0].style.name == "Body EN"
    # The picture breaks the long article's table in two; each part has the header row.
    long_article = document.tables[:2]
    assert sum(len(t.rows) - 1 for t in long_article) == 27  # every paragraph, once
    assert [c.text for c in long_article[1].rows[0].cells] == ["中文", "English"]
    between = long_article[0]._tbl.getnext()
    assert between.tag == f"{W}p" and between.find(f".//{W}drawing") is not None
    width = table._tbl.find(f"{W}tblPr/{W}tblLayout").get(qn("w:type"))
    assert width == "fixed"


def test_single_language_and_english_first(
    workspace: Workspace, issue: int, tmp_path: Path
) -> None:
    en = _body_texts(_publish(workspace, issue, tmp_path / "en.docx", layout=Layout.EN))
    assert not any(style.endswith(" ZH") and style != "Byline ZH" for style, _ in en)
    zh = _body_texts(_publish(workspace, issue, tmp_path / "zh.docx", layout=Layout.ZH))
    assert not any(style in ("Body EN", "Article Title EN") for style, _ in zh)
    first = _body_texts(_publish(workspace, issue, tmp_path / "f.docx", english_first=True))
    styles = [s for s, _ in first]
    assert styles.index("Article Title EN") < styles.index("Article Title ZH")
    assert styles.index("Body EN") < styles.index("Body ZH")


def test_layout_override_per_article(workspace: Workspace, issue: int, tmp_path: Path) -> None:
    from workbench.models import Document

    with workspace.session() as session:
        session.get(Document, 2).print_layout = "side-by-side"  # the short article
    document = open_docx(str(_publish(workspace, issue, tmp_path / "mixed.docx")))
    assert len(document.tables) == 1
    assert document.tables[0].rows[1].cells[1].text.startswith("The software")


def test_taiwan_edition(workspace: Workspace, issue: int, tmp_path: Path) -> None:
    path = _publish(workspace, issue, tmp_path / "tw.docx", script=Script.TW)
    texts = dict((t, s) for s, t in _body_texts(path))
    assert "江邊的城市" in texts  # converted
    assert "新的產業" in texts
    assert "軟體和資訊服務業發展很快。" in texts  # Taiwan phrases (s2twp)
    assert any("「我們希望" in t for t in texts)  # corner quotes by default
    assert "林小雨" in texts  # the byline name is a name: surname forms kept
    assert "A City by the River" in texts  # English untouched
    document = open_docx(str(path))
    assert document.settings.element.find(qn("w:themeFontLang")).get(qn("w:eastAsia")) == "zh-TW"
    fonts = document.styles["Body ZH"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "Noto Serif CJK TC"


def test_hong_kong_edition_without_corner_quotes(
    workspace: Workspace, issue: int, tmp_path: Path
) -> None:
    path = _publish(workspace, issue, tmp_path / "hk.docx", script=Script.HK, corner_quotes=False)
    texts = [t for _, t in _body_texts(path)]
    assert "軟件和信息服務業發展很快。" in texts  # s2hk keeps 軟件/信息
    assert any("“我們希望" in t for t in texts)
    lang = open_docx(str(path)).styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:eastAsia")) == "zh-HK"


def test_punctuation_normalised_on_request(workspace: Workspace, tmp_path: Path) -> None:
    from workbench.documents.store import store_draft
    from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
    from workbench.models import BlockKind, Language

    with workspace.session() as session:
        doc = store_draft(
            session,
            DraftDocument(
                Language.ZH,
                Language.EN,
                [
                    DraftBlock(
                        BlockKind.PARAGRAPH,
                        "这一年,你好?",
                        segments=[DraftSegment("这一年,你好?", "This year,hello?")],
                    )
                ],
                title_zh="标题",
                title_en="Title",
            ),
            author="t",
        )
        doc_id = doc.id or 0
    export_document_docx(workspace, doc_id, tmp_path / "a.docx")
    assert "这一年,你好?" in [t for _, t in _body_texts(tmp_path / "a.docx")]
    export_document_docx(
        workspace, doc_id, tmp_path / "b.docx", PublishOptions(normalize_punctuation=True)
    )
    texts = [t for _, t in _body_texts(tmp_path / "b.docx")]
    assert "这一年，你好？" in texts and "This year, hello?" in texts


def test_single_document_export_has_no_front_matter(
    workspace: Workspace, issue: int, tmp_path: Path
) -> None:
    path = tmp_path / "one.docx"
    result = export_document_docx(workspace, 2, path)
    assert result.articles == 1
    document = open_docx(str(path))
    assert len(document.sections) == 1
    assert "TOC" not in " ".join(t.text for t in _xml(path).iter(f"{W}instrText"))
    # It sits in the issue: the publication's page setup and the section's running head.
    assert round(document.sections[0].page_height.mm) == 285
    assert SECTION_EN in document.sections[0].header.paragraphs[0].text


def test_custom_trim_and_plain_template(workspace: Workspace, issue: int, tmp_path: Path) -> None:
    page = PageSetup.for_trim("16k", mirror=False)
    path = _publish(workspace, issue, tmp_path / "16k.docx", template="plain-a4", page=page)
    document = open_docx(str(path))
    assert (
        round(document.sections[-1].page_width.mm),
        round(document.sections[-1].page_height.mm),
    ) == (185, 260)
    assert document.settings.element.find(qn("w:mirrorMargins")) is None
    with pytest.raises(WorkbenchError, match="custom trim size needs"):
        PageSetup.for_trim("custom")
    with pytest.raises(WorkbenchError, match="Unknown trim size"):
        PageSetup.for_trim("b9")


# --- templates --------------------------------------------------------------------------------


def test_builtin_templates_hold_every_style() -> None:
    infos = builtin_templates()
    assert {i.name for i in infos} == {"world-and-city", "plain-a4"}
    for info in infos:
        names = {s.name for s in open_docx(str(info.path)).styles}
        assert set(STYLE_NAMES) <= names, info.name
        assert {"TOC 1", "TOC 2"} <= names


def test_shipped_templates_match_their_generator() -> None:
    """resources/templates/*.docx are generated: regenerate with
    ``python -m workbench.publishing.templates`` after changing the style table."""
    for info in builtin_templates():
        shipped = open_docx(str(info.path))
        fresh = build_template(info.name)
        assert [s.name for s in shipped.styles] == [s.name for s in fresh.styles]
        assert shipped.sections[0].page_height == fresh.sections[0].page_height


def test_staff_template_missing_styles_and_dotx(
    workspace: Workspace, issue: int, tmp_path: Path
) -> None:
    from docx import Document

    template = tmp_path / "house.docx"
    house = Document()
    house.styles["Normal"].font.size = None
    house.save(str(template))
    result = publish_issue(
        workspace, issue, tmp_path / "out.docx", PublishOptions(template=str(template))
    )
    assert any("lacks these styles" in w for w in result.warnings)
    # A Word template (.dotx) is accepted as it is.
    dotx = tmp_path / "house.dotx"
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(dotx, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(item, data)
    publish_issue(workspace, issue, tmp_path / "out2.docx", PublishOptions(template=str(dotx)))
    assert open_docx(str(tmp_path / "out2.docx")).paragraphs


def test_bad_template_is_one_clear_error(workspace: Workspace, issue: int, tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(WorkbenchError, match="template"):
        publish_issue(workspace, issue, tmp_path / "out.docx", PublishOptions(template=str(broken)))
    with pytest.raises(WorkbenchError, match="not found"):
        publish_issue(workspace, issue, tmp_path / "out.docx", PublishOptions(template="nope"))
    assert not (tmp_path / "out.docx").exists()


# --- safety -----------------------------------------------------------------------------------


def test_file_open_in_word_is_refused_and_kept(
    workspace: Workspace, issue: int, tmp_path: Path
) -> None:
    target = tmp_path / "issue.docx"
    target.write_bytes(b"the previous export")
    (tmp_path / "~$issue.docx").write_bytes(b"owner")
    with pytest.raises(TargetLocked, match="open in Word"):
        publish_issue(workspace, issue, target)
    assert target.read_bytes() == b"the previous export"


def test_read_only_check_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.publishing import output

    target = tmp_path / "x.docx"
    target.write_bytes(b"kept")
    monkeypatch.setattr(output.os, "access", lambda path, mode: False)
    with pytest.raises(TargetLocked, match=r"x\.docx: the file is read-only"):
        output.check_writable(target)


def test_cancel_leaves_nothing(workspace: Workspace, issue: int, tmp_path: Path) -> None:
    target = tmp_path / "issue.docx"
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        publish_issue(
            workspace,
            issue,
            target,
            progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: bool(seen),
        )
    assert seen == [(1, 2)]
    assert not target.exists()
    assert not list(tmp_path.glob(".issue.docx.*"))


def test_missing_picture_is_a_warning(workspace: Workspace, tmp_path: Path) -> None:
    issue_id = build_issue(workspace, tmp_path)
    (tmp_path / "river.png").unlink()
    result = publish_issue(workspace, issue_id, tmp_path / "out.docx")
    assert any("river.png not found" in w for w in result.warnings)
    assert result.articles == 2


# --- command line -----------------------------------------------------------------------------


def test_cli_publish_and_export(
    workspace: Workspace,
    workspace_path: Path,
    issue: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    workspace.close()
    out = tmp_path / "cli.docx"
    code = cli_main(
        [
            "--workspace",
            str(workspace_path),
            "publish",
            str(issue),
            "--docx",
            str(out),
            "--layout",
            "side-by-side",
            "--script",
            "tw",
            "--json",
        ]
    )
    assert code == 0
    assert '"articles": 2' in capsys.readouterr().out
    assert open_docx(str(out)).tables
    single = tmp_path / "single.docx"
    assert (
        cli_main(
            [
                "--workspace",
                str(workspace_path),
                "export",
                "2",
                "--format",
                "docx",
                "--output",
                str(single),
                "--layout",
                "en",
            ]
        )
        == 0
    )
    assert "The software" in " ".join(p.text for p in open_docx(str(single)).paragraphs)
    assert cli_main(["--workspace", str(workspace_path), "publish", "99", "--docx", str(out)]) != 0
    assert "Issue 99 does not exist" in capsys.readouterr().err


# --- golden XML -------------------------------------------------------------------------------

_VOLATILE = re.compile(
    r' w:rsid\w*="[^"]*"|<w:rsid\w* [^>]*/>| r:embed="[^"]*"| r:id="[^"]*"| id="\d+"'
)


def _normalised_document(path: Path) -> str:
    root = _xml(path)
    text = etree.tostring(root, encoding="unicode", pretty_print=True)
    return _VOLATILE.sub("", text)


def test_document_xml_matches_golden_file(workspace: Workspace, issue: int, tmp_path: Path) -> None:
    """The whole document.xml, volatile ids removed. After an intended change, regenerate
    with ``UPDATE_GOLDEN=1 pytest tests/test_publish_docx.py -k golden`` and review the diff."""
    actual = _normalised_document(_publish(workspace, issue, tmp_path / "issue.docx"))
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(actual, "utf-8")
    assert actual == GOLDEN.read_text("utf-8")
