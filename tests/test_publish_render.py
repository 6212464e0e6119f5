"""The published issue rendered by LibreOffice (what the printer will see): trim size,
left and right running heads with folios, no head on an article's opening page, the table
of contents filled, Chinese fonts embedded and drawn in their Simplified Chinese forms.

Needs LibreOffice and poppler-utils: skipped on a developer machine without them, a
failure in CI (``.ci/run`` installs them)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document

from tests.helpers import pdf_probe
from tests.helpers.publishing import GLYPH_PROBE, MAGAZINE_EN, SECTION_EN, SECTION_ZH, build_issue
from tests.test_publish_pdf import require, require_renderer
from workbench.db.workspace import open_workspace
from workbench.publishing import ooxml
from workbench.publishing.jobs import publish_issue
from workbench.publishing.pdf import PdfResult, docx_to_pdf, find_uno_python
from workbench.publishing.templates import ZH_SERIF


@pytest.fixture(scope="module")
def proof(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PdfResult]:
    require_renderer()
    require(find_uno_python() is not None, "LibreOffice's Python bridge (python3-uno) missing")
    folder = tmp_path_factory.mktemp("render")
    workspace = open_workspace(folder / "workspace.db")
    try:
        issue = build_issue(workspace, folder)
        result = publish_issue(workspace, issue, folder / "issue.docx", pdf=folder / "issue.pdf")
    finally:
        workspace.close()
    assert result.pdf is not None
    yield PdfResult(result.pdf, True, result.seconds)


@pytest.fixture(scope="module")
def pages(proof: PdfResult) -> list[str]:
    return pdf_probe.page_texts(proof.path)


def test_every_page_has_the_trim_size(proof: PdfResult) -> None:
    sizes = pdf_probe.page_sizes_mm(proof.path)
    assert len(sizes) >= 6
    for width, height in sizes:
        assert abs(width - 210) < 1 and abs(height - 285) < 1


def _folio_line(text: str) -> str:
    return next((line for line in text.splitlines() if line.strip()), "")


def test_running_heads_and_folios_on_left_and_right_pages(pages: list[str]) -> None:
    # Page 1 is the cover/contents (i), page 2 the blank verso that puts the first article
    # on a right-hand page numbered 1; then body pages 1, 2, 3 … follow.
    opener = next(
        i
        for i, text in enumerate(pages)
        if "江边的城市" in text and "A City by the River" in text and "....." not in text
    )
    assert opener % 2 == 0  # 0-based index 2 = the third sheet side, a right-hand page
    body = pages[opener:]
    seen_left = seen_right = 0
    for offset, text in enumerate(body[1:], start=2):
        head = _folio_line(text)
        if "新的产业" in text and "A New Industry" in text and SECTION_ZH not in head:
            continue  # the second article's opening page
        if offset % 2 == 0:  # left page: folio and magazine at the outer edge
            assert re.match(rf"\s*{offset}\s+{re.escape(MAGAZINE_EN)}", head), head
            assert SECTION_ZH in head and SECTION_EN in head
            seen_left += 1
        else:  # right page: section title, then magazine and folio at the outer edge
            assert SECTION_ZH in head and SECTION_EN in head
            assert re.search(rf"{re.escape(MAGAZINE_EN)}\s+{offset}\s*$", head), head
            seen_right += 1
    assert seen_left and seen_right


def test_article_set_to_open_on_the_right_does(pages: list[str]) -> None:
    opener = next(text for text in pages if "新的产业" in text and "....." not in text)
    folio = int(opener.rstrip().splitlines()[-1].strip())
    assert folio % 2 == 1


def test_no_running_head_on_the_opening_page(pages: list[str]) -> None:
    opener = next(i for i, text in enumerate(pages) if "江边的城市" in text and "....." not in text)
    head = _folio_line(pages[opener])
    assert SECTION_EN not in head and MAGAZINE_EN not in head
    assert pages[opener].rstrip().splitlines()[-1].strip() == "1"  # the folio at the foot


def test_contents_lists_both_titles_with_page_numbers(pages: list[str]) -> None:
    contents = pages[0]
    assert re.search(r"江边的城市\s*\.+\s*1", contents)
    assert re.search(r"A City by the River\s*\.+\s*1", contents)
    assert re.search(r"A New Industry\s*\.+\s*\d+", contents)
    assert "F9" not in contents  # the placeholder was replaced


def test_chinese_text_is_indented_by_two_characters(proof: PdfResult, pages: list[str]) -> None:
    body_line = next(
        line
        for text in pages
        for line in text.splitlines()
        if line.lstrip().startswith("清晨的江边")
    )
    english_line = next(
        line
        for text in pages
        for line in text.splitlines()
        if line.lstrip().startswith("On the riverbank")
    )
    # pdftotext -layout renders the first-line indent as leading spaces.
    assert len(body_line) - len(body_line.lstrip()) > len(english_line) - len(english_line.lstrip())


def test_chinese_fonts_are_embedded(proof: PdfResult) -> None:
    fonts = pdf_probe.fonts(proof.path)
    cjk = [f for f in fonts if "CJK" in f["name"]]
    assert cjk, fonts
    assert all(f["emb"] == "yes" for f in fonts)
    # Every font is embedded; nothing fell back to a face without Chinese glyphs.
    assert not any("DejaVu" in f["name"] for f in cjk)


def _reference(folder: Path) -> Path:
    """The probe in the same face and size, once as Simplified Chinese, once as Japanese."""
    document = Document()
    for lang in ("zh-CN", "ja-JP"):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(GLYPH_PROBE)
        rpr = run._r.get_or_add_rPr()
        ooxml.set_fonts(rpr, east_asia=ZH_SERIF, east_asian_hint=True)
        ooxml.set_language(rpr, east_asia=lang)
        run.font.size = 133350  # 10.5 pt in EMU, the Body ZH size
    docx = folder / "reference.docx"
    document.save(str(docx))
    return docx_to_pdf(docx, folder / "reference.pdf").path


def test_chinese_is_drawn_in_simplified_forms(proof: PdfResult, tmp_path: Path) -> None:
    page = next(
        i for i, text in enumerate(pdf_probe.page_texts(proof.path), start=1) if GLYPH_PROBE in text
    )
    ours = [box for word, box in pdf_probe.word_boxes(proof.path, page) if word == GLYPH_PROBE]
    assert len(ours) == 1
    reference = _reference(tmp_path)
    boxes = [box for word, box in pdf_probe.word_boxes(reference, 1) if word == GLYPH_PROBE]
    assert len(boxes) == 2
    for i in range(2):  # 骨, 直
        glyph = pdf_probe.ink_bitmap(proof.path, page, pdf_probe.char_box(ours[0], 2, i))
        simplified = pdf_probe.ink_bitmap(reference, 1, pdf_probe.char_box(boxes[0], 2, i))
        japanese = pdf_probe.ink_bitmap(reference, 1, pdf_probe.char_box(boxes[1], 2, i))
        assert pdf_probe.ink_difference(glyph, simplified) < 0.03
        assert pdf_probe.ink_difference(glyph, japanese) > 0.15
