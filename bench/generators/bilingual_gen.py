"""An alternating bilingual text file: an English paragraph line, then its Chinese line.

Like the WhereZhengzhou review (English first, no blank lines, a title pair on top), grown to
``size`` bytes of UTF-8. Each paragraph pair is 1–5 aligned units (template sentences and
corpus units), so both lines carry about the same number of sentences; to give the aligner the
shapes it meets in real files:

* ~12 % of adjacent template sentences run on in Chinese with a comma (a 2-1 bead);
* ~2 % of English sentences have no Chinese counterpart (a 1-0 bead: an untranslated line).
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.generators.material import Material, Unit

_UNITS_PER_PARAGRAPH = (1, 2, 2, 3, 3, 3, 4, 4, 5)


def _paragraph(material: Material) -> tuple[str, str, int]:
    rng = material.rng
    units: list[Unit] = []
    sentences = 0
    target = rng.choice(_UNITS_PER_PARAGRAPH)
    while sentences < target:
        unit = material.unit()
        units.append(unit)
        sentences += unit.sentences
    en_parts = [unit.en for unit in units]
    zh_parts: list[str] = []
    for index, unit in enumerate(units):
        zh = unit.zh
        if index and rng.random() < 0.02 and unit.from_template:
            continue  # left untranslated in Chinese
        previous = zh_parts[-1] if zh_parts else ""
        if (
            previous.endswith("。")
            and units[index - 1].from_template
            and unit.from_template
            and rng.random() < 0.12
        ):
            zh_parts[-1] = previous[:-1] + "，" + zh
        else:
            zh_parts.append(zh)
    return " ".join(en_parts), "".join(zh_parts), sentences


def generate_bilingual(out: Path, size: int, seed: int, corpus: Path | None) -> dict[str, int]:
    rng = random.Random(f"bilingual:{size}:{seed}")
    material = Material(rng, corpus)
    title_en, title_zh = material.title()
    lines = [f"{title_en}: A Year in Review", f"{title_zh}：年度回顾"]
    written = sum(len(line.encode()) + 1 for line in lines)
    pairs = sentences = 0
    while written < size:
        en, zh, count = _paragraph(material)
        lines += [en, zh]
        written += len(en.encode()) + len(zh.encode()) + 2
        pairs += 1
        sentences += count
    out.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return {"pairs": pairs, "lines": len(lines), "sentences": sentences}
