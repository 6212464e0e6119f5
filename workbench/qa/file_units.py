"""Units of a bilingual file (XLIFF, TMX): no workspace, so nothing here imports the
database stack (a file run of ``workbench qa`` starts ~0.3 s faster for it)."""

from __future__ import annotations

from workbench.interchange.units import BilingualFile
from workbench.qa.model import Unit, made_fast
from workbench.termbase.data import base_language


def file_units(bilingual: BilingualFile) -> list[Unit]:
    source_lang = base_language(bilingual.source_lang or "zh")
    target_lang = base_language(bilingual.target_lang or "en")
    return [
        made_fast(
            Unit,
            key=unit.id,
            source=unit.source,
            target=unit.target,
            source_lang=source_lang,
            target_lang=target_lang,
            position=position,
            segment_id=None,
            document_id=None,
        )
        for position, unit in enumerate(bilingual.units, start=1)
    ]
