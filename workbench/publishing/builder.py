"""Build the print DOCX of an issue (or of one article) from ``IssueContent``.

Layout of the result, following the magazine the users make (*The World and Chongqing*):
a front section with the issue title and a table of contents; then one Word section per
article, opening on a new page (or on a right-hand page), with no running header on its
opening page. Left pages carry the folio and the magazine's name at the outer edge and the
section title in both languages; right pages the section title and "magazine name + folio".
Paragraph text goes straight into lxml elements (python-docx's proxies cost ~10× more per
paragraph), styled only by style names, so staff restyle the template in Word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm
from lxml import etree

from workbench.errors import Cancelled
from workbench.publishing import ooxml
from workbench.publishing.content import Article, IssueContent, SectionContent
from workbench.publishing.options import Layout, PageSetup, PublishOptions, Script
from workbench.publishing.templates import ensure_styles, open_template

TextFilter = Callable[[str], str]
Progress = Callable[[int, int], None]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_KIND_STYLES = {
    "heading": ("Heading ZH", "Heading EN"),
    "paragraph": ("Body ZH", "Body EN"),
    "caption": ("Caption ZH", "Caption EN"),
    "quote": ("Pull Quote ZH", "Pull Quote EN"),
    "byline": ("Byline ZH", "Byline EN"),
}
TOC_INSTRUCTION = 'TOC \\h \\z \\t "Article Title ZH,1,Article Title EN,2"'
TOC_PLACEHOLDER = "按 F9 更新目录 · Press F9 to update the table of contents"
# Edition fonts: a Noto/Source Han "SC" face has HK and TC siblings with the local forms.
_EDITION_SUFFIX = {Script.HK: " HK", Script.TW: " TC"}


@dataclass
class BuildReport:
    articles: int = 0
    paragraphs: int = 0
    warnings: list[str] = field(default_factory=list)


def _identity(text: str) -> str:
    return text


class IssueBuilder:
    """One export. ``zh_filter``/``en_filter`` transform text on the way out (script
    edition, punctuation normalisation); they default to leaving it alone."""

    def __init__(
        self,
        content: IssueContent,
        options: PublishOptions,
        page: PageSetup | None = None,
        *,
        zh_filter: TextFilter | None = None,
        en_filter: TextFilter | None = None,
        front_matter: bool = True,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.content = content
        self.options = options
        self.page = page
        self.zh = zh_filter or _identity
        self.en = en_filter or _identity
        self.front_matter = front_matter
        self.progress = progress
        self.cancelled = cancelled
        self.report = BuildReport()

    # --- entry point ------------------------------------------------------------------------

    def build(self) -> Document:
        self.doc = open_template(self.options.template)
        added = ensure_styles(self.doc)
        if added:
            self.report.warnings.append(
                "The template lacks these styles, added with defaults: " + ", ".join(added)
            )
        self._style_ids = {s.name: s.style_id for s in self.doc.styles}
        self._body = self.doc.element.body
        self._anchor = self._body.find(qn("w:sectPr"))
        self._setup_document()
        articles = self.content.articles
        total = len(articles)
        first_section = True
        if self.front_matter:
            self._front_matter()
        done = 0
        for section in self.content.sections:
            for index, article in enumerate(section.articles):
                if self.cancelled and self.cancelled():
                    raise Cancelled("Export cancelled; no file was written")
                self._start_article_section(section, article, index == 0, first_section)
                first_section = False
                self._article(article)
                done += 1
                if self.progress:
                    self.progress(done, total)
        if first_section:  # an issue with nothing in it still gets a valid document
            self._paragraph("Body EN", "")
        self.report.articles = done
        return self.doc

    # --- document-wide setup ----------------------------------------------------------------

    def _setup_document(self) -> None:
        settings = self.doc.settings.element
        lang = self.options.east_asian_lang
        ooxml.set_theme_font_lang(settings, "en-GB", lang)
        self.doc.settings.odd_and_even_pages_header_footer = True
        if self.options.toc and self.front_matter:
            ooxml.set_setting(settings, "updateFields", "true")  # Word refreshes the TOC on open
        page = self.page
        if page is not None and page.mirror:
            ooxml.set_setting(settings, "mirrorMargins")
        elif page is not None:
            ooxml.clear_setting(settings, "mirrorMargins")
        if page is not None:
            section = self.doc.sections[-1]
            section.page_width, section.page_height = Mm(page.width_mm), Mm(page.height_mm)
            section.top_margin, section.bottom_margin = Mm(page.top), Mm(page.bottom)
            section.left_margin, section.right_margin = Mm(page.inside), Mm(page.outside)
            section.gutter = Mm(page.gutter)
            section.header_distance, section.footer_distance = Mm(page.header), Mm(page.footer)
        self._fonts_and_language(lang)

    def _fonts_and_language(self, lang: str) -> None:
        fonts = self.options.fonts
        suffix = _EDITION_SUFFIX.get(self.options.script)
        for style in self.doc.styles:
            element = style.element
            rpr = element.find(qn("w:rPr"))
            if rpr is None and style.name != "Normal":
                continue
            rpr = element.get_or_add_rPr()
            rfonts = rpr.find(qn("w:rFonts"))
            east = rfonts.get(qn("w:eastAsia")) if rfonts is not None else None
            latin = rfonts.get(qn("w:ascii")) if rfonts is not None else None
            sans = bool(east and "Sans" in east) or style.name in ("Table Head", "Folio")
            new_east = (fonts.zh_sans if sans else fonts.zh_serif) or east
            new_latin = (fonts.en_sans if sans else fonts.en_serif) or latin
            if suffix and new_east and new_east.endswith(" SC"):
                new_east = new_east[:-3] + suffix
            if new_east != east or new_latin != latin:
                ooxml.set_fonts(rpr, latin=new_latin, east_asia=new_east)
            if style.name == "Normal" or rpr.find(qn("w:lang")) is not None:
                ooxml.set_language(rpr, latin="en-GB", east_asia=lang)

    # --- front matter -----------------------------------------------------------------------

    def _front_matter(self) -> None:
        c = self.content
        self._paragraph("Issue Title", self.zh(c.publication_zh) or c.publication_en)
        subtitle = " · ".join(
            p for p in (c.publication_en, self.zh(c.issue_title_zh), c.issue_title_en) if p
        )
        self._paragraph("Issue Subtitle", subtitle)
        if self.options.toc:
            self._paragraph("Contents Title", self.zh("目录") + " Contents")
            toc = self._paragraph("Normal", "")
            ooxml.add_field(_Para(toc), TOC_INSTRUCTION, TOC_PLACEHOLDER, dirty=True)
        section = self.doc.sections[-1]
        section.different_first_page_header_footer = False
        ooxml.set_page_numbering(section._sectPr, 1, "lowerRoman")

    # --- sections and running heads ---------------------------------------------------------

    def _start_article_section(
        self, section: SectionContent, article: Article, first_in_section: bool, first: bool
    ) -> None:
        start = WD_SECTION.ODD_PAGE if article.start_right else WD_SECTION.NEW_PAGE
        if first and not self.front_matter:
            word_section = self.doc.sections[-1]
            word_section.start_type = start
        else:
            word_section = self.doc.add_section(start)
        word_section.different_first_page_header_footer = True
        sect_pr = word_section._sectPr
        if first:
            ooxml.set_page_numbering(sect_pr, self.content.start_page, "decimal")
        else:
            ooxml.set_page_numbering(sect_pr, None)
        if first or first_in_section:
            self._running_heads(word_section, section)
        else:
            for part in (
                word_section.header,
                word_section.even_page_header,
                word_section.first_page_header,
                word_section.footer,
                word_section.even_page_footer,
                word_section.first_page_footer,
            ):
                part.is_linked_to_previous = True

    def _running_heads(self, word_section: object, section: SectionContent) -> None:
        s = word_section
        title = " ".join(t for t in (self.zh(section.title_zh), section.title_en) if t)
        magazine = self.content.publication_en or self.zh(self.content.publication_zh)
        width = int(Emu(s.page_width - s.left_margin - s.right_margin - s.gutter).twips)  # type: ignore[attr-defined]
        # Left (even) page: folio and magazine at the outer (left) edge, section title right.
        even = self._head_paragraph(s.even_page_header, width)  # type: ignore[attr-defined]
        ooxml.add_field(even, "PAGE", "2")
        even.add_run(f"  {magazine}\t{title}")
        # Right (odd) page: section title left, magazine and folio at the outer (right) edge.
        odd = self._head_paragraph(s.header, width)  # type: ignore[attr-defined]
        odd.add_run(f"{title}\t{magazine}  ")
        ooxml.add_field(odd, "PAGE", "1")
        # Opening page: no running head; the folio alone, centred at the foot.
        first_header = s.first_page_header  # type: ignore[attr-defined]
        first_header.is_linked_to_previous = False
        first_footer = s.first_page_footer  # type: ignore[attr-defined]
        first_footer.is_linked_to_previous = False
        folio = first_footer.paragraphs[0]
        folio._p.style = self._style_ids["Folio"]  # by id: a style lookup by name scans all
        folio.alignment = WD_ALIGN_PARAGRAPH.CENTER
        ooxml.add_field(folio, "PAGE", "1")
        for footer in (s.footer, s.even_page_footer):  # type: ignore[attr-defined]
            footer.is_linked_to_previous = False

    def _head_paragraph(self, header: object, width_twips: int) -> object:
        header.is_linked_to_previous = False  # type: ignore[attr-defined]
        paragraph = header.paragraphs[0]  # type: ignore[attr-defined]
        paragraph._p.style = self._style_ids["Running Header"]
        ooxml.set_tabs(paragraph._p.get_or_add_pPr(), [("right", width_twips)])
        return paragraph

    # --- articles ---------------------------------------------------------------------------

    def _languages(self, layout: Layout) -> tuple[str, ...]:
        if layout is Layout.EN:
            return ("en",)
        if layout is Layout.ZH:
            return ("zh",)
        return ("en", "zh") if self.options.english_first else ("zh", "en")

    def _article(self, article: Article) -> None:
        layout = Layout(article.layout) if article.layout else self.options.layout
        languages = self._languages(layout)
        if article.untranslated and layout is not Layout.ZH and layout is not Layout.EN:
            self.report.warnings.append(
                f"Document {article.document_id}: {article.untranslated} paragraph(s) have "
                "only one language"
            )
        titles = {
            "zh": ("Article Title ZH", article.title_zh),
            "en": ("Article Title EN", article.title_en),
        }
        bylines = {
            "zh": ("Byline ZH", article.byline_zh),
            "en": ("Byline EN", article.byline_latin),
        }
        for lang in languages:
            style, text = titles[lang]
            if text:
                self._text(style, text, lang)
        for lang in ("zh", "en"):  # the name, then its pinyin, whatever the layout
            style, text = bylines[lang]
            if text and (lang in languages or layout is not Layout.ZH):
                self._text(style, text, lang)
        if layout is Layout.SIDE_BY_SIDE:
            self._side_by_side(article)
            return
        for paragraph in article.paragraphs:
            if paragraph.image is not None:
                self._figure(paragraph.image, article)
            for lang in languages:
                text = paragraph.zh if lang == "zh" else paragraph.en
                if text:
                    self._text(_KIND_STYLES[paragraph.kind][lang == "en"], text, lang)
                    self.report.paragraphs += 1

    def _text(self, style: str, text: str, lang: str) -> etree._Element:
        return self._paragraph(style, self.zh(text) if lang == "zh" else self.en(text))

    def _figure(self, image: Path, article: Article) -> None:
        if not image.is_file():
            self.report.warnings.append(
                f"Document {article.document_id}: picture {image} not found; caption kept"
            )
            return
        section = self.doc.sections[-1]
        width = int((section.page_width - section.left_margin - section.right_margin) * 0.8)
        p = self._paragraph("Figure", "")
        try:
            _Para(p, self.doc).add_run().add_picture(str(image), width=Emu(width))
        except Exception as exc:  # python-docx raises several kinds for a bad image
            p.getparent().remove(p)
            self.report.warnings.append(
                f"Document {article.document_id}: picture {image} cannot be used ({exc})"
            )

    def _side_by_side(self, article: Article) -> None:
        """A two-column table, Chinese | English (or the other way round), one row per
        paragraph: the header row repeats on every page and no row splits. Rows are written
        as raw elements: python-docx's row and cell proxies cost ~0.2 ms per cell."""
        order = ("en", "zh") if self.options.english_first else ("zh", "en")
        section = self.doc.sections[-1]
        width = section.page_width - section.left_margin - section.right_margin - section.gutter
        column = int(Emu(width).twips) // 2
        table = _sub(None, "tbl")
        props = _sub(table, "tblPr")
        _sub(props, "tblW", w=str(column * 2), type="dxa")
        _sub(props, "tblLayout", type="fixed")
        grid = _sub(table, "tblGrid")
        for _ in order:
            _sub(grid, "gridCol", w=str(column))
        heads = {"zh": self.zh("中文"), "en": "English"}
        self._row(table, column, [("Table Head", heads[lang]) for lang in order], header=True)
        self._anchor.addprevious(table)
        for paragraph in article.paragraphs:
            if paragraph.image is not None:
                # A picture breaks the table: close it, print the picture, open a new one.
                self._figure(paragraph.image, article)
                if table.getnext() is not self._anchor:
                    table = self._continue_table(table)
            styles = _KIND_STYLES[paragraph.kind]
            cells = []
            for lang in order:
                text = paragraph.zh if lang == "zh" else paragraph.en
                text = self.zh(text) if lang == "zh" else self.en(text)
                cells.append((styles[lang == "en"], text))
            self._row(table, column, cells)
            self.report.paragraphs += 1

    def _continue_table(self, table: etree._Element) -> etree._Element:
        import copy

        fresh = copy.deepcopy(table)
        for row in fresh.findall(f"{_W}tr")[1:]:  # keep the header row only
            fresh.remove(row)
        self._anchor.addprevious(fresh)
        return fresh

    def _row(
        self, table: etree._Element, column: int, cells: list[tuple[str, str]], header: bool = False
    ) -> None:
        row = _sub(table, "tr")
        flags = _sub(row, "trPr")
        _sub(flags, "cantSplit")
        if header:
            _sub(flags, "tblHeader")
        for style, text in cells:
            cell = _sub(row, "tc")
            _sub(_sub(cell, "tcPr"), "tcW", w=str(column), type="dxa")
            self._fill(_sub(cell, "p"), style, text)

    # --- raw paragraphs ---------------------------------------------------------------------

    def _paragraph(self, style: str, text: str) -> etree._Element:
        p = OxmlElement("w:p")
        self._fill(p, style, text)
        self._anchor.addprevious(p)
        return p

    def _fill(self, p: etree._Element, style: str, text: str) -> None:
        ppr = etree.SubElement(p, f"{_W}pPr")
        etree.SubElement(ppr, f"{_W}pStyle").set(f"{_W}val", self._style_ids.get(style, style))
        if not text:
            return
        run = etree.SubElement(p, f"{_W}r")
        for index, line in enumerate(text.split("\n")):
            if index:
                etree.SubElement(run, f"{_W}br")
            t = etree.SubElement(run, f"{_W}t")
            if line != line.strip():
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = line


def _sub(parent: etree._Element | None, tag: str, **attributes: str) -> etree._Element:
    """A ``w:`` element (appended to ``parent`` when given) with ``w:`` attributes."""
    qualified = {f"{_W}{name}": value for name, value in attributes.items()}
    if parent is None:
        return OxmlElement(f"w:{tag}", attrs=qualified)
    return etree.SubElement(parent, f"{_W}{tag}", qualified)


class _Para:
    """The bit of python-docx's Paragraph the helpers need, over a raw ``w:p``."""

    def __init__(self, p: etree._Element, document: Document | None = None) -> None:
        self._p = p
        self._document = document

    def add_run(self) -> object:
        from docx.text.run import Run

        r = OxmlElement("w:r")
        self._p.append(r)
        return Run(r, self._document)  # type: ignore[arg-type]
