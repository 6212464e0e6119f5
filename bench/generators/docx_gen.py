"""A long Chinese Word document, built with python-docx.

Shape (per ``paragraphs`` requested, counting every non-table paragraph):

* a ``Title`` first; then a heading every 15–25 paragraphs (``Heading 1`` starts a new
  "article" about every tenth heading, else ``Heading 2``);
* body paragraphs of 1–4 Chinese sentences, one run per sentence, some runs bold (real
  documents are run-fragmented, and the importer walks runs);
* a ``Caption`` ("图N …") about every 150 paragraphs;
* one 11 × 4 table (indicator, unit, two years) halfway through — its cells are extra blocks.

Byte-identical for the same (paragraphs, seed, corpus): core properties are fixed and the zip
is rewritten with constant timestamps (python-docx stamps members with the current time).
"""

from __future__ import annotations

import datetime as dt
import random
import zipfile
from pathlib import Path
from typing import Any

from bench.generators.material import Material

_FIXED_TIME = dt.datetime(2025, 1, 1, 8, 0, 0, tzinfo=dt.UTC)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def normalize_zip(path: Path) -> None:
    """Rewrite ``path`` with members in the same order but constant timestamps."""
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for name, blob in members:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, blob)


def generate_docx(out: Path, paragraphs: int, seed: int, corpus: Path | None) -> dict[str, int]:
    import docx  # lazily: the benchmark children never need the generator's imports

    rng = random.Random(f"docx:{paragraphs}:{seed}")
    material = Material(rng, corpus)
    document = docx.Document()
    core = document.core_properties
    core.author = core.last_modified_by = "bench"
    core.title = f"基准测试文档（{paragraphs}段）"
    core.created = core.modified = core.last_printed = _FIXED_TIME
    core.revision = 1

    counts = {"paragraphs": 0, "headings": 0, "captions": 0, "body": 0, "sentences": 0}
    table_at = paragraphs // 2
    tables = 0
    next_heading = 1
    figure = 0

    document.add_paragraph(material.title()[1], style="Title")
    counts["paragraphs"] = counts["headings"] = 1
    while counts["paragraphs"] < paragraphs:
        done = counts["paragraphs"]
        if not tables and done >= table_at:
            _add_table(document, rng)
            tables += 1
        if done >= next_heading:
            article = counts["headings"] % 10 == 1
            document.add_heading(material.title()[1], level=1 if article else 2)
            counts["headings"] += 1
            next_heading = done + rng.randint(15, 25)
        elif rng.random() < 1 / 150:
            figure += 1
            document.add_paragraph(f"图{figure}  {material.caption()}", style="Caption")
            counts["captions"] += 1
        else:
            paragraph = document.add_paragraph()
            sentences = [material.zh_sentence() for _ in range(rng.choice((1, 2, 2, 3, 3, 4)))]
            for sentence in sentences:
                run = paragraph.add_run(sentence)
                if rng.random() < 0.08:
                    run.bold = True
            counts["body"] += 1
            counts["sentences"] += len(sentences)
        counts["paragraphs"] += 1
    if not tables:  # tiny documents still get their table
        _add_table(document, rng)
    document.save(str(out))
    normalize_zip(out)
    counts["table_cells"] = 11 * 4
    return counts


def _add_table(document: Any, rng: random.Random) -> None:
    from bench.generators.seeds import TABLE_ROWS

    table = document.add_table(rows=1 + len(TABLE_ROWS), cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("指标", "单位", "2023年", "2024年"), strict=True):
        cell.text = text
    for row, (name, unit) in zip(table.rows[1:], TABLE_ROWS, strict=True):
        before = rng.randint(10, 5000)
        after = int(before * rng.uniform(0.9, 1.6))
        for cell, text in zip(row.cells, (name, unit, str(before), str(after)), strict=True):
            cell.text = text
