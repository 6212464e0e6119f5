"""Importers turn files into ``DraftDocument``s; ``import_file`` picks one by format."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from workbench.errors import ImportFailed
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.models.enums import Language

__all__ = ["DraftBlock", "DraftDocument", "DraftSegment", "ImportFormat", "import_file"]


class ImportFormat(StrEnum):
    AUTO = "auto"
    TXT = "txt"
    DOCX = "docx"
    BILINGUAL = "bilingual"
    XLIFF = "xliff"  # 1.2 or 2.x, told apart by the file
    TMX = "tmx"
    EXTRACTED = "extracted"  # text extracted from a bilingual print PDF


TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


def detect_format(path: Path, encoding: str | None = None) -> ImportFormat:
    """DOCX by suffix; text files are bilingual when their lines alternate languages."""
    suffix = path.suffix.lower()
    if suffix in {".docx", ".docm", ".dotx"}:
        return ImportFormat.DOCX
    from workbench.importers.interchange import interchange_kind

    if kind := interchange_kind(path, ImportFormat.AUTO.value):
        return ImportFormat(kind)
    if suffix in {".doc", ".pdf", ".xlsx", ".pptx"}:
        raise ImportFailed(path, f"{suffix} files are not supported; save it as .docx or .txt")
    from workbench.importers.bilingual import looks_bilingual
    from workbench.importers.encoding import read_text_file

    decoded = read_text_file(path, encoding)
    # The first few hundred lines tell; no need to scan a 50 MB file twice.
    sample = (
        decoded.text[:200_000].rsplit("\n", 1)[0] if len(decoded.text) > 200_000 else decoded.text
    )
    return ImportFormat.BILINGUAL if looks_bilingual(sample) else ImportFormat.TXT


def import_file(
    path: str | Path,
    *,
    fmt: ImportFormat | str = ImportFormat.AUTO,
    source_lang: Language | str | None = None,
    encoding: str | None = None,
) -> DraftDocument:
    """Read ``path`` into a draft; raises ``ImportFailed`` with one clear message."""
    file = Path(path)
    if not file.exists():
        raise ImportFailed(file, "no such file")
    if file.is_dir():
        raise ImportFailed(file, "it is a folder, not a file")
    lang = Language(source_lang) if source_lang else None
    chosen = ImportFormat(fmt)
    if chosen is ImportFormat.AUTO:
        chosen = detect_format(file, encoding)
    if chosen in (ImportFormat.XLIFF, ImportFormat.TMX):
        from workbench.importers.interchange import interchange_draft

        return interchange_draft(file, chosen.value, lang)
    if chosen is ImportFormat.DOCX:
        from workbench.importers.word import import_docx

        return import_docx(file, source_lang=lang)
    if chosen is ImportFormat.BILINGUAL:
        from workbench.importers.bilingual import import_bilingual

        return import_bilingual(file, source_lang=lang, encoding=encoding)
    if chosen is ImportFormat.EXTRACTED:
        from workbench.importers.extracted import read_extracted

        return read_extracted(file, source_lang=lang, encoding=encoding)
    from workbench.importers.text import import_text

    return import_text(file, source_lang=lang, encoding=encoding)
