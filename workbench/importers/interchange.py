"""XLIFF 1.2, XLIFF 2.x and TMX files as workspace documents.

* One file is one document, whatever it holds: every ``<file>`` of an XLIFF (their
  attributes, headers and groups live on in the skeleton kept in ``Document.origin_meta``),
  or every ``<tu>`` of a TMX (one language pair; see ``read_tmx``).
* Each unit is a block of pre-aligned segments: one for a trans-unit or tu, one per
  ``<segment>`` for an XLIFF 2 unit. Statuses come from the states (``interchange.states``),
  notes join into ``Segment.note``, and ``Segment.meta`` keeps what a writer needs to give
  the unit back exactly (``interchange.capture``).
* The workspace works in Chinese and English: the document's pair is the file's when it is
  zh/en; otherwise the side that is Chinese or English decides and the other is its
  opposite (an en→fr file is stored en→zh, a de→en file zh→en; neither side: en→zh). The
  file's own language codes are kept and written back on export; a note says so.

``import_interchange`` (``documents.store_interchange``) stores the units as they stream;
``interchange_draft`` gives the plain ``DraftDocument`` that ``import_file`` returns.
"""

from __future__ import annotations

from pathlib import Path

from workbench.errors import ImportFailed
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.interchange.capture import CapturedFile, capture
from workbench.interchange.reader import sniff_format
from workbench.interchange.units import TMX, XLIFF_2, XLIFF_12
from workbench.models.enums import BlockKind, Language

XLIFF = "xliff"
SUFFIXES = {".xlf": XLIFF, ".xliff": XLIFF, ".tmx": TMX}
_NOT_XML = {".docx", ".docm", ".dotx", ".doc", ".pdf", ".xlsx", ".pptx"}
_NAMES = {XLIFF_12: "XLIFF 1.2", XLIFF_2: "XLIFF 2", TMX: "TMX"}


def interchange_kind(path: str | Path, fmt: str) -> str | None:
    """The kind, "xliff" or "tmx", when ``path`` should be imported as one (``fmt`` as the user gave
    it: "auto" goes by the suffix, else by the root element of any file that is not a
    Word document), else None."""
    if fmt in (XLIFF, TMX):
        return fmt
    if fmt != "auto":
        return None
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if suffix in _NOT_XML:
        return None
    found = sniff_format(file)
    return None if found is None else (TMX if found == TMX else XLIFF)


def _primary(lang: str) -> str:
    return lang.replace("_", "-").partition("-")[0].casefold()


def _other(lang: Language) -> Language:
    return Language.EN if lang is Language.ZH else Language.ZH


def workspace_pair(
    source: str, target: str, override: Language | None = None
) -> tuple[Language, Language]:
    """The document's (source, target) for a file written in ``source`` → ``target``."""
    if override is not None:
        return override, _other(override)
    known = {code.value for code in Language}
    if _primary(source) in known:
        first = Language(_primary(source))
    elif _primary(target) in known:
        first = _other(Language(_primary(target)))
    else:
        first = Language.EN
    return first, _other(first)


def read_interchange(
    path: str | Path, kind: str | None = None, source_lang: Language | None = None
) -> tuple[CapturedFile, DraftDocument]:
    """The captured file, and a draft (no blocks) with the document's languages, origin and
    notes for the user. Units are read when ``captured.units`` is iterated."""
    file = Path(path)
    if not file.exists():
        raise ImportFailed(file, "no such file")
    if file.is_dir():
        raise ImportFailed(file, "it is a folder, not a file")
    captured = capture(file, expect=kind, source_lang=source_lang.value if source_lang else None)
    source, target = workspace_pair(captured.source_lang, captured.target_lang, source_lang)
    draft = DraftDocument(
        source_lang=source,
        target_lang=target,
        origin_path=str(file),
        origin_format=captured.format,
    )
    written = (captured.source_lang or "?", captured.target_lang or "?")
    if (_primary(written[0]), _primary(written[1])) != (source.value, target.value):
        draft.notes.append(
            f"the file's languages are {written[0]} → {written[1]}; the workspace works in "
            f"Chinese and English, so the document is {source.value} → {target.value}, and "
            "the file's own language codes are written back on export"
        )
    return captured, draft


def describe(captured: CapturedFile, units: int) -> str:
    files = len(captured.origin_meta.get("files") or ())
    where = f" in {files} <file>s" if files > 1 else ""
    name = _NAMES[captured.format]
    article = "an" if name.startswith("X") else "a"
    return f"read {units} unit(s){where} from {article} {name} file"


def interchange_draft(
    path: str | Path, kind: str | None = None, source_lang: Language | None = None
) -> DraftDocument:
    """The file as a plain draft (blocks of pre-aligned segments), without the statuses,
    notes and metadata that ``import_interchange`` stores for a round trip."""
    captured, draft = read_interchange(path, kind, source_lang)
    for unit in captured.units:
        segments = [
            DraftSegment(s.source, s.target, s.source_sep, s.target_sep) for s in unit.segments
        ]
        draft.blocks.append(
            DraftBlock(
                kind=BlockKind.PARAGRAPH,
                source="".join(s.source + s.source_sep for s in segments),
                target="".join(s.target + s.target_sep for s in segments),
                origin=unit.origin,
                segments=segments,
            )
        )
    if not draft.blocks:
        raise ImportFailed(path, "the file holds no translation units; there is nothing to import")
    return draft
