"""PDF proofs through LibreOffice, checked with poppler (tests/helpers/pdf_probe.py).

LibreOffice runs cost 1–3 s each, so one module-scoped conversion serves the rendering
checks; only the fallback, cancel and timeout tests start LibreOffice again. Without
LibreOffice or poppler these tests skip on a developer machine and fail in CI.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from tests.helpers import pdf_probe
from workbench.errors import Cancelled, WorkbenchError
from workbench.publishing import pdf
from workbench.publishing.output import TargetLocked
from workbench.publishing.pdf import (
    LibreOfficeNotFound,
    PdfExportFailed,
    PdfResult,
    docx_to_pdf,
    find_soffice,
    find_uno_python,
    pdf_available,
)

IN_CI = os.environ.get("CI", "").lower() == "true"
TOC_PLACEHOLDER = "Right-click to update the table of contents"
HEADINGS = ("Mountain City Notes", "River Crossings")
ZH_TEXT = "重庆是一座山城。"
# 骨 and 直 are drawn differently in Simplified Chinese and Japanese fonts.
PROBE = "骨直"
PROBES = (  # (east Asian font, language) per probe paragraph, in page order
    ("Noto Serif CJK SC", "zh-CN"),
    ("Noto Serif CJK JP", "ja-JP"),
    ("Noto Serif CJK JP", "zh-CN"),
)


def require(ok: bool, reason: str) -> None:
    """Skip on a developer machine; in CI a missing dependency is a failure."""
    if not ok:
        if IN_CI:
            pytest.fail(f"{reason} (CI=true: missing dependencies fail)")
        pytest.skip(reason)


def require_renderer() -> None:
    require(find_soffice() is not None, "LibreOffice (soffice) is not installed")
    missing = pdf_probe.missing_tools()
    require(not missing, f"poppler-utils missing: {', '.join(missing)}")


# --- the sample document -------------------------------------------------------------


def add_field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A complex field as Word writes it: begin, instruction, separate, result, end."""

    def char(kind: str) -> None:
        mark = OxmlElement("w:fldChar")
        mark.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(mark)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    char("separate")
    paragraph.add_run(placeholder)
    char("end")


def add_cjk(paragraph: Paragraph, text: str, font: str, lang: str) -> None:
    run = paragraph.add_run(text)
    rpr = run._r.get_or_add_rPr()
    fonts = OxmlElement("w:rFonts")
    fonts.set(qn("w:eastAsia"), font)
    rpr.insert(0, fonts)
    language = OxmlElement("w:lang")
    language.set(qn("w:eastAsia"), lang)
    rpr.append(language)


def build_sample(path: Path) -> Path:
    """Contents page, a blank verso (odd-page section), then two headed pages."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(285)
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    add_field(footer, "PAGE", "0")
    footer.add_run(" of ")
    add_field(footer, "NUMPAGES", "0")
    doc.add_paragraph("Contents")
    add_field(doc.add_paragraph(), r'TOC \o "1-2" \h \z \u', TOC_PLACEHOLDER)
    doc.add_section(WD_SECTION.ODD_PAGE)  # copies the page size; LO inserts a blank page 2
    doc.add_heading(HEADINGS[0], level=1)
    add_cjk(doc.add_paragraph(), ZH_TEXT, "Noto Serif CJK SC", "zh-CN")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(HEADINGS[1], level=1)
    for font, lang in PROBES:
        add_cjk(doc.add_paragraph(), PROBE, font, lang)
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def sample_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample(tmp_path_factory.mktemp("pdf_src") / "sample.docx")


@pytest.fixture(scope="module")
def proof(sample_docx: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[PdfResult]:
    require_renderer()
    target = tmp_path_factory.mktemp("pdf_out") / "sample.pdf"
    target.write_bytes(b"an older proof")  # replaced atomically
    yield docx_to_pdf(sample_docx, target)


# --- rendering -------------------------------------------------------------------------


def test_proof_replaces_the_target(proof: PdfResult, sample_docx: Path) -> None:
    assert proof.path.read_bytes().startswith(b"%PDF-")
    assert proof.seconds > 0
    assert [p.name for p in proof.path.parent.iterdir()] == ["sample.pdf"]  # no temp left
    assert [p.name for p in sample_docx.parent.iterdir()] == ["sample.docx"]  # no .~lock


def test_page_size_and_blank_verso_kept(proof: PdfResult) -> None:
    sizes = pdf_probe.page_sizes_mm(proof.path)
    assert len(sizes) == 4  # the odd-page break's blank page 2 stays (IsSkipEmptyPages)
    for width, height in sizes:
        assert width == pytest.approx(210, abs=1) and height == pytest.approx(285, abs=1)
    assert pdf_probe.page_texts(proof.path)[1].strip() == ""


def test_footer_page_numbers(proof: PdfResult) -> None:
    texts = pdf_probe.page_texts(proof.path)
    for number in (1, 3, 4):
        assert f"Page {number} of 4" in texts[number - 1]


def test_toc_is_filled_through_uno(proof: PdfResult) -> None:
    require(find_uno_python() is not None, "LibreOffice's Python bridge (python3-uno) missing")
    assert proof.fields_updated and proof.warnings == ()
    contents = pdf_probe.page_texts(proof.path)[0]
    assert TOC_PLACEHOLDER not in contents
    for heading, page in zip(HEADINGS, (3, 4), strict=True):
        assert re.search(rf"{heading}[ .]*{page}\s*$", contents, re.M), contents


def test_cjk_text_and_embedded_noto_font(proof: PdfResult) -> None:
    assert ZH_TEXT in pdf_probe.page_texts(proof.path)[2]
    fonts = pdf_probe.fonts(proof.path)
    assert fonts and all(font["emb"] == "yes" for font in fonts)
    # Every Noto Serif CJK face embeds as "XXXXXX+NotoSerifCJKjp-Regular-VKana" (the CFF
    # shared by the collection), so the name cannot tell SC from JP; the glyphs can.
    assert any(re.fullmatch(r"[A-Z]{6}\+NotoSerifCJK\w*-Regular\S*", f["name"]) for f in fonts)


def test_language_decides_glyph_forms(proof: PdfResult) -> None:
    boxes = [box for word, box in pdf_probe.word_boxes(proof.path, 4) if word == PROBE]
    assert len(boxes) == len(PROBES)
    glyphs = [
        [pdf_probe.ink_bitmap(proof.path, 4, pdf_probe.char_box(box, 2, i)) for i in range(2)]
        for box in boxes
    ]
    sc, jp, jp_face_zh_cn = glyphs
    for i in range(2):
        assert pdf_probe.ink_difference(sc[i], jp[i]) > 0.15  # measured 0.26 (骨), 0.77 (直)
        # The JP face tagged zh-CN draws the Simplified forms (OpenType locl).
        assert pdf_probe.ink_difference(sc[i], jp_face_zh_cn[i]) < 0.03


# --- without UNO, cancel, timeout ------------------------------------------------------


def test_fallback_without_uno_keeps_pages_but_not_toc(
    sample_docx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_renderer()
    monkeypatch.setenv(pdf.UNO_PYTHON_ENV, "none")
    result = docx_to_pdf(sample_docx, tmp_path / "plain.pdf")
    assert not result.fields_updated
    assert result.warnings == (pdf.TOC_NOT_UPDATED,)
    texts = pdf_probe.page_texts(result.path)
    assert len(texts) == 4  # JSON filter options keep the blank verso here too
    assert "Page 4 of 4" in texts[3]
    assert TOC_PLACEHOLDER in texts[0]  # --convert-to leaves the TOC as saved


def test_a_file_that_is_not_docx_is_refused(tmp_path: Path) -> None:
    require_renderer()
    require(find_uno_python() is not None, "LibreOffice's Python bridge (python3-uno) missing")
    # Left to guess, LibreOffice would render these bytes as a plain-text document.
    fake = tmp_path / "notes.docx"
    fake.write_bytes(b"just some text, not a zip archive\n" * 20)
    with pytest.raises(PdfExportFailed, match=r"notes\.docx: .*could not open it as a DOCX"):
        docx_to_pdf(fake, tmp_path / "notes.pdf")
    assert not (tmp_path / "notes.pdf").exists()


def _processes_mentioning(text: str) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if text in cmdline.read_bytes().decode("utf-8", "replace"):
                found.append(cmdline.parent.name)
        except OSError:
            continue  # the process ended while we looked
    return found


def test_cancel_kills_libreoffice_and_writes_nothing(
    sample_docx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_renderer()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where the profile goes
    target = tmp_path / "proof.pdf"
    target.write_bytes(b"old proof")
    started = time.monotonic()
    with pytest.raises(Cancelled, match="no PDF was written"):
        docx_to_pdf(sample_docx, target, cancelled=lambda: time.monotonic() - started > 0.8)
    assert time.monotonic() - started < 15
    assert target.read_bytes() == b"old proof"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["proof.pdf", "scratch"]
    assert list(scratch.iterdir()) == []  # profile and copies removed
    assert _processes_mentioning(str(scratch)) == []  # no soffice left running


def test_timeout_is_one_clear_error(
    sample_docx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_renderer()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with pytest.raises(PdfExportFailed, match=r"did not finish the PDF proof .* 0\.3 seconds"):
        docx_to_pdf(sample_docx, tmp_path / "slow.pdf", timeout=0.3)
    assert not (tmp_path / "slow.pdf").exists()
    assert _processes_mentioning(str(scratch)) == []


# --- errors that need no LibreOffice ---------------------------------------------------


def fake_program(path: Path, script: str) -> Path:
    path.write_text("#!/bin/sh\n" + script + "\n")
    path.chmod(0o755)
    return path


posix_only = pytest.mark.skipif(os.name == "nt", reason="fake programs are shell scripts")


def test_missing_soffice_is_a_clear_error(
    sample_docx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(pdf.SOFFICE_ENV, raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(pdf, "SOFFICE_LOCATIONS", ())
    monkeypatch.setattr(pdf, "SOFFICE_GLOBS", ())
    assert find_soffice() is None and not pdf_available()
    with pytest.raises(LibreOfficeNotFound) as caught:
        docx_to_pdf(sample_docx, tmp_path / "x.pdf")
    assert str(caught.value) == (
        "PDF proof needs LibreOffice, which was not found. Install it or export DOCX only."
    )
    assert not (tmp_path / "x.pdf").exists()


def test_soffice_override_is_the_only_candidate(
    sample_docx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no" / "soffice"
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(missing))
    assert find_soffice() is None  # even though /usr/bin/soffice may exist
    with pytest.raises(LibreOfficeNotFound, match="WORKBENCH_SOFFICE"):
        docx_to_pdf(sample_docx, tmp_path / "x.pdf")


@posix_only
def test_uno_python_override_and_opt_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    soffice = fake_program(tmp_path / "soffice", "exit 0")
    python = fake_program(tmp_path / "python", 'test "$1" = -c && exit 0; exit 1')
    monkeypatch.setenv(pdf.UNO_PYTHON_ENV, str(python))
    assert find_uno_python(soffice) == python
    monkeypatch.setenv(pdf.UNO_PYTHON_ENV, "none")
    assert find_uno_python(soffice) is None


@posix_only
def test_libreoffice_failure_is_one_clear_error(
    sample_docx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(fake_program(tmp_path / "soffice", "exit 0")))
    crash = 'test "$1" = -c && exit 0; echo "RuntimeError: bridge lost" >&2; exit 3'
    monkeypatch.setenv(pdf.UNO_PYTHON_ENV, str(fake_program(tmp_path / "python", crash)))
    with pytest.raises(
        PdfExportFailed, match=r"sample\.docx: RuntimeError: bridge lost \(exit code 3\)"
    ):
        docx_to_pdf(sample_docx, tmp_path / "x.pdf")
    # Without UNO, soffice --convert-to exits 0 even when it wrote nothing.
    monkeypatch.setenv(pdf.UNO_PYTHON_ENV, "none")
    with pytest.raises(PdfExportFailed, match=r"sample\.docx: no message \(exit code 0\)"):
        docx_to_pdf(sample_docx, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_read_only_target_is_refused(
    sample_docx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "proof.pdf"
    target.write_bytes(b"old proof")
    target.chmod(0o444)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # root may write anyway (CI containers); answer W_OK from the mode bits instead.
        real_access = os.access

        def access(path: object, mode: int, **kwargs: object) -> bool:
            if mode & os.W_OK and Path(str(path)).is_file():
                return bool(os.stat(str(path)).st_mode & stat.S_IWUSR)
            return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "access", access)
    with pytest.raises(TargetLocked, match="read-only"):
        docx_to_pdf(sample_docx, target)
    assert target.read_bytes() == b"old proof"


def test_target_open_in_another_program_is_refused(sample_docx: Path, tmp_path: Path) -> None:
    target = tmp_path / "proof.pdf"
    target.write_bytes(b"old proof")
    (tmp_path / ".~lock.proof.pdf#").write_text("someone,here")
    with pytest.raises(TargetLocked, match="open in Word or LibreOffice"):
        docx_to_pdf(sample_docx, target)


def test_missing_docx_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WorkbenchError, match="does not exist"):
        docx_to_pdf(tmp_path / "nope.docx", tmp_path / "x.pdf")


# --- the probe helpers themselves ------------------------------------------------------

PDFFONTS = """\
name                                 type              encoding         emb sub uni object ID
------------------------------------ ----------------- ---------------- --- --- --- ---------
BAAAAA+DejaVuSerif                   TrueType          WinAnsi          yes yes yes     35  0
CAAAAA+NotoSerifCJKjp-Regular-VKana  Type 1            Builtin          yes yes yes     25  0
SimSun                               CID TrueType      Identity-H       no  no  yes    112  0
"""


def test_parse_pdffonts() -> None:
    rows = pdf_probe.parse_pdffonts(PDFFONTS)
    assert [r["name"] for r in rows] == [
        "BAAAAA+DejaVuSerif",
        "CAAAAA+NotoSerifCJKjp-Regular-VKana",
        "SimSun",
    ]
    assert rows[1]["type"] == "Type 1" and rows[2]["type"] == "CID TrueType"
    assert [r["emb"] for r in rows] == ["yes", "yes", "no"]
    assert rows[2]["encoding"] == "Identity-H" and rows[2]["object_id"] == "112  0"
    assert pdf_probe.parse_pdffonts("") == []


def test_split_pages_and_boxes() -> None:
    assert pdf_probe.split_pages("one\ftwo\f") == ["one", "two"]
    assert pdf_probe.split_pages("one\f\ftwo\f") == ["one", "", "two"]
    assert pdf_probe.char_box((10.0, 0.0, 32.0, 11.0), 2, 1) == (21.0, 0.0, 32.0, 11.0)


def test_ink_difference() -> None:
    cross = ((False, True, False), (True, True, True), (False, True, False))
    bar = ((True, True, True),)
    assert pdf_probe.ink_difference(cross, cross) == 0.0
    assert pdf_probe.ink_difference(cross, bar) == pytest.approx(6 / 7)
    assert pdf_probe.ink_difference((), ()) == 0.0
