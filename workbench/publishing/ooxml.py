"""The WordprocessingML python-docx has no API for, in one place.

Word rejects a file whose elements are out of schema order (LibreOffice forgives), and
python-docx drops its own ordering tables after class creation, so every element here is
inserted through ``insert_ordered`` with the child order of its parent's schema type
(ECMA-376 Part 1, §17). Covered: East Asian fonts and language, first-line indents in
characters, mirror margins and other settings flags, page-number start and format, columns,
complex fields (PAGE, TOC, …), table rows that repeat or do not split, outline levels,
tab stops.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Child order of CT_Settings (only the part we touch needs to be right, but keep it whole).
SETTINGS_ORDER = _names(
    "writeProtection view zoom removePersonalInformation removeDateAndTime "
    "doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText "
    "printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts "
    "saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges "
    "bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors "
    "hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate "
    "linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge "
    "revisionView trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection "
    "autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop autoHyphenation "
    "consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope summaryLength "
    "clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting "
    "bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing "
    "drawingGridVerticalSpacing displayHorizontalDrawingGridEvery "
    "displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin "
    "drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData "
    "noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars "
    "noLineBreaksAfter noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema "
    "saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml "
    "saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags "
    "alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat "
    "docVars rsids m:mathPr attachedSchema themeFontLang clrSchemeMapping "
    "doNotIncludeSubdocsInStats doNotAutoCompressPictures forceUpgrade captions "
    "readModeInkLockDown smartTagType sl:schemaLibrary shapeDefaults doNotEmbedSmartTags "
    "decimalSymbol listSeparator"
)
SECTPR_ORDER = _names(
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders "
    "lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter "
    "docGrid printerSettings sectPrChange"
)
RPR_ORDER = _names(
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
    "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
)
PPR_ORDER = _names(
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
    "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
    "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
)
TRPR_ORDER = _names(
    "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader "
    "tblCellSpacing jc hidden ins del trPrChange"
)


def _w(name: str) -> str:
    return name if ":" in name else f"w:{name}"


def insert_ordered(parent: BaseOxmlElement, child: BaseOxmlElement, order: Sequence[str]) -> None:
    """Insert ``child`` before the first existing sibling that comes after it in ``order``."""
    local = child.tag.rsplit("}", 1)[-1]
    names = [n.split(":")[-1] for n in order]
    later = set(names[names.index(local) + 1 :]) if local in names else set()
    for index, sibling in enumerate(parent):
        if sibling.tag.rsplit("}", 1)[-1] in later:
            parent.insert(index, child)
            return
    parent.append(child)


def get_or_add(parent: BaseOxmlElement, name: str, order: Sequence[str]) -> BaseOxmlElement:
    found = parent.find(qn(_w(name)))
    if found is None:
        found = OxmlElement(_w(name))
        insert_ordered(parent, found, order)
    return found


def remove(parent: BaseOxmlElement, name: str) -> None:
    for found in parent.findall(qn(_w(name))):
        parent.remove(found)


# --- settings -------------------------------------------------------------------------------


def set_setting(settings: BaseOxmlElement, name: str, value: str | None = None) -> None:
    """Turn a settings flag on (``<w:mirrorMargins/>``) or set its ``w:val``."""
    element = get_or_add(settings, name, SETTINGS_ORDER)
    if value is not None:
        element.set(qn("w:val"), value)


def clear_setting(settings: BaseOxmlElement, name: str) -> None:
    remove(settings, name)


def set_theme_font_lang(settings: BaseOxmlElement, latin: str, east_asia: str) -> None:
    """python-docx's default template says ``eastAsia="ja-JP"``, which makes theme fonts
    resolve to Japanese faces; editions say zh-CN / zh-HK / zh-TW."""
    element = get_or_add(settings, "themeFontLang", SETTINGS_ORDER)
    element.set(qn("w:val"), latin)
    element.set(qn("w:eastAsia"), east_asia)


# --- run properties -------------------------------------------------------------------------


def set_fonts(
    rpr: BaseOxmlElement,
    *,
    latin: str | None = None,
    east_asia: str | None = None,
    east_asian_hint: bool | None = None,
) -> None:
    """Font families on an ``w:rPr``. Theme attributes are dropped: Word lets them win over
    explicit names. ``east_asian_hint`` makes ambiguous characters (“” —— …) use the East
    Asian font: right for Chinese styles, wrong for English ones."""
    fonts = get_or_add(rpr, "rFonts", RPR_ORDER)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    if latin:
        fonts.set(qn("w:ascii"), latin)
        fonts.set(qn("w:hAnsi"), latin)
    if east_asia:
        fonts.set(qn("w:eastAsia"), east_asia)
    if east_asian_hint is True:
        fonts.set(qn("w:hint"), "eastAsia")
    elif east_asian_hint is False:
        fonts.attrib.pop(qn("w:hint"), None)


def set_language(
    rpr: BaseOxmlElement, *, latin: str | None = None, east_asia: str | None = None
) -> None:
    """``w:lang``: ``w:val`` for Latin text, ``w:eastAsia`` picks Chinese glyph forms
    (zh-CN Simplified, zh-HK / zh-TW Traditional) instead of Japanese ones."""
    lang = get_or_add(rpr, "lang", RPR_ORDER)
    if latin:
        lang.set(qn("w:val"), latin)
    if east_asia:
        lang.set(qn("w:eastAsia"), east_asia)


def style_rpr(style: object) -> BaseOxmlElement:
    """The ``w:rPr`` of a python-docx style (created when missing)."""
    return style.element.get_or_add_rPr()  # type: ignore[attr-defined]


def style_ppr(style: object) -> BaseOxmlElement:
    return style.element.get_or_add_pPr()  # type: ignore[attr-defined]


# --- paragraph properties -------------------------------------------------------------------


def set_first_line_chars(ppr: BaseOxmlElement, chars: float, font_size_pt: float) -> None:
    """A first-line indent in characters (``w:firstLineChars``, 1/100 char), with the twips
    value as fallback for applications that ignore ``*Chars``."""
    ind = get_or_add(ppr, "ind", PPR_ORDER)
    ind.set(qn("w:firstLineChars"), str(round(chars * 100)))
    ind.set(qn("w:firstLine"), str(round(chars * font_size_pt * 20)))
    ind.attrib.pop(qn("w:hanging"), None)
    ind.attrib.pop(qn("w:hangingChars"), None)


def set_outline_level(ppr: BaseOxmlElement, level: int | None) -> None:
    """0-based outline level (what a TOC ``\\o`` switch and the navigation pane read)."""
    if level is None:
        remove(ppr, "outlineLvl")
        return
    get_or_add(ppr, "outlineLvl", PPR_ORDER).set(qn("w:val"), str(level))


def set_tabs(ppr: BaseOxmlElement, stops: Sequence[tuple[str, int]]) -> None:
    """Replace the tab stops: ``[("right", twips), ("center", twips)]``."""
    remove(ppr, "tabs")
    if not stops:
        return
    tabs = get_or_add(ppr, "tabs", PPR_ORDER)
    for alignment, position in stops:
        tab = OxmlElement("w:tab")
        tab.set(qn("w:val"), alignment)
        tab.set(qn("w:pos"), str(position))
        tabs.append(tab)


def set_bottom_border(ppr: BaseOxmlElement, size_eighths: int = 4, space_pt: int = 1) -> None:
    """A rule under the paragraph (running headers)."""
    borders = get_or_add(ppr, "pBdr", PPR_ORDER)
    remove(borders, "bottom")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size_eighths))
    bottom.set(qn("w:space"), str(space_pt))
    bottom.set(qn("w:color"), "auto")
    borders.append(bottom)


# --- sections -------------------------------------------------------------------------------


def set_page_numbering(sect_pr: BaseOxmlElement, start: int | None, fmt: str | None = None) -> None:
    """``w:pgNumType``: restart at ``start`` (``None`` = continue from the previous
    section; python-docx's ``add_section`` copies ``start`` along, so always say which)."""
    element = get_or_add(sect_pr, "pgNumType", SECTPR_ORDER)
    if start is None:
        element.attrib.pop(qn("w:start"), None)
    else:
        element.set(qn("w:start"), str(start))
    if fmt:
        element.set(qn("w:fmt"), fmt)
    else:
        element.attrib.pop(qn("w:fmt"), None)


def set_columns(
    sect_pr: BaseOxmlElement, number: int, space_twips: int = 425, rule: bool = False
) -> None:
    cols = get_or_add(sect_pr, "cols", SECTPR_ORDER)
    cols.set(qn("w:num"), str(number))
    cols.set(qn("w:space"), str(space_twips))
    if rule:
        cols.set(qn("w:sep"), "1")
    else:
        cols.attrib.pop(qn("w:sep"), None)


# --- fields ---------------------------------------------------------------------------------


def _fld_char(kind: str, dirty: bool = False) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")  # Word recomputes it when the file opens
    run.append(char)
    return run


def add_field(
    paragraph: object, instruction: str, placeholder: str = "", dirty: bool = False
) -> None:
    """A complex field (begin / instrText / separate / result / end) at the paragraph's end.
    PAGE and NUMPAGES render everywhere; TOC needs an update (Word: on open with
    ``updateFields``; LibreOffice: through UNO, see ``pdf``)."""
    p = paragraph._p  # type: ignore[attr-defined]
    p.append(_fld_char("begin", dirty))
    instr_run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    instr_run.append(instr)
    p.append(instr_run)
    p.append(_fld_char("separate"))
    result = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = placeholder
    result.append(text)
    p.append(result)
    p.append(_fld_char("end"))


# --- tables ---------------------------------------------------------------------------------


def set_row_flags(tr: BaseOxmlElement, *, header: bool = False, cant_split: bool = True) -> None:
    """``w:tblHeader`` repeats the row on every page; ``w:cantSplit`` keeps a row whole."""
    tr_pr = tr.get_or_add_trPr()  # type: ignore[attr-defined]
    if cant_split:
        get_or_add(tr_pr, "cantSplit", TRPR_ORDER)
    if header:
        get_or_add(tr_pr, "tblHeader", TRPR_ORDER)
