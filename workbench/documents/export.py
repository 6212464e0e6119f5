"""Export a document as plain text or JSON (later issues add DOCX, XLIFF, TMX)."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from workbench.documents.joining import default_separator


class Side(StrEnum):
    SOURCE = "source"
    TARGET = "target"
    BILINGUAL = "bilingual"


def to_json_text(tree: dict[str, Any]) -> str:
    return json.dumps(tree, ensure_ascii=False, indent=2) + "\n"


def untranslated_blocks(tree: dict[str, Any]) -> int:
    return sum(1 for b in tree["blocks"] for s in b["segments"] if s["source"] and not s["target"])


def to_plain_text(tree: dict[str, Any], side: Side = Side.TARGET) -> str:
    """One paragraph per line. On the target side an untranslated segment keeps its
    source text (as CAT tools do), so nothing silently disappears from the page."""
    lines: list[str] = []
    for block in tree["blocks"]:
        if side is Side.SOURCE:
            lines.append(block["source"])
            continue
        target = _target_with_fallback(block, tree["target_lang"])
        if side is Side.TARGET:
            lines.append(target)
        else:
            lines.extend([block["source"], target])
    return "\n".join(lines) + "\n"


def _target_with_fallback(block: dict[str, Any], target_lang: str) -> str:
    if all(s["target"] for s in block["segments"]) or not block["segments"]:
        return block["target"]
    pieces = [s["target"] or s["source"] for s in block["segments"]]
    joiner = default_separator(target_lang)
    return joiner.join(p for p in pieces if p)
