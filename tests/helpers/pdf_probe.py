"""Look inside rendered PDFs with poppler-utils (pdfinfo, pdftotext, pdffonts, pdftoppm).

Small on purpose: each helper runs one poppler tool and parses its plain output, so a
rendering test reads as assertions about pages, text, fonts and glyph shapes. A missing
tool raises ``FileNotFoundError``; ``missing_tools()`` lets a test decide up front.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

TOOLS = ("pdfinfo", "pdftotext", "pdffonts", "pdftoppm")
MM_PER_PT = 25.4 / 72

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF points, origin top left
Bitmap = tuple[tuple[bool, ...], ...]  # rows of ink (True) / paper, cropped to the ink


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _run(*args: str | Path) -> bytes:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, check=True, timeout=120
    ).stdout


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    """(width, height) of every page in millimetres."""
    # pdfinfo clamps -l to the last page, so one call lists them all.
    text = _run("pdfinfo", "-f", "1", "-l", "100000", pdf).decode("utf-8", "replace")
    sizes = re.findall(r"^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts", text, re.M)
    return [(float(w) * MM_PER_PT, float(h) * MM_PER_PT) for w, h in sizes]


def split_pages(text: str) -> list[str]:
    """pdftotext ends every page with a form feed; the piece after the last is empty."""
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, laid out as on the page (``pdftotext -layout``)."""
    return split_pages(_run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-").decode("utf-8"))


def parse_pdffonts(output: str) -> list[dict[str, str]]:
    """Rows of a ``pdffonts`` table; column spans come from the dashed rule, because
    values such as ``CID Type 0C`` contain spaces."""
    lines = output.splitlines()
    rule = next((i for i, line in enumerate(lines) if line.startswith("---")), None)
    if rule is None:
        return []
    spans = [m.span() for m in re.finditer(r"-+", lines[rule])]
    keys = ["name", "type", "encoding", "emb", "sub", "uni", "object_id"]
    rows = []
    for line in lines[rule + 1 :]:
        if not line.strip():
            continue
        cells = [line[start:end].strip() for start, end in spans[:-1]]
        cells.append(line[spans[-1][0] :].strip())  # "object ID" may run past its rule
        rows.append(dict(zip(keys, cells, strict=False)))
    return rows


def fonts(pdf: Path) -> list[dict[str, str]]:
    """The fonts used, as pdffonts reports them: name (with subset prefix), type,
    encoding, emb/sub/uni ("yes"/"no"), object_id."""
    return parse_pdffonts(_run("pdffonts", pdf).decode("utf-8", "replace"))


def word_boxes(pdf: Path, page: int) -> list[tuple[str, Box]]:
    """Words on one page (1-based) with their boxes. A run of CJK characters is one word."""
    out = _run("pdftotext", "-bbox", "-enc", "UTF-8", "-f", page, "-l", page, pdf, "-")
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
    return [
        (html.unescape(word), (float(x0), float(y0), float(x1), float(y1)))
        for x0, y0, x1, y1, word in re.findall(pattern, out.decode("utf-8"))
    ]


def char_box(word_box: Box, count: int, index: int) -> Box:
    """The box of character ``index`` in a word of ``count`` full-width characters."""
    x0, y0, x1, y1 = word_box
    step = (x1 - x0) / count
    return (x0 + index * step, y0, x0 + (index + 1) * step, y1)


def ink_bitmap(pdf: Path, page: int, box: Box, dpi: int = 600) -> Bitmap:
    """Render ``box`` of a page in grey, threshold it and crop to the ink, so the same
    glyph drawn at another place on the page gives the same bitmap."""
    scale = dpi / 72
    x0, y0, x1, y1 = (round(v * scale) for v in box)
    data = _run(
        "pdftoppm", "-gray", "-r", dpi, "-f", page, "-l", page,
        "-x", x0, "-y", y0, "-W", x1 - x0, "-H", y1 - y0, pdf,
    )  # fmt: skip
    magic, width, height, _maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P5", "pdftoppm -gray writes binary PGM"
    w, h = int(width), int(height)
    rows = [[pixels[r * w + c] < 128 for c in range(w)] for r in range(h)]
    ink_rows = [r for r in range(h) if any(rows[r])]
    ink_cols = [c for c in range(w) if any(row[c] for row in rows)]
    if not ink_rows:
        return ()
    return tuple(
        tuple(rows[r][min(ink_cols) : max(ink_cols) + 1])
        for r in range(min(ink_rows), max(ink_rows) + 1)
    )


def ink_difference(a: Bitmap, b: Bitmap) -> float:
    """Share of inked pixels that differ between two bitmaps aligned at the top left:
    0.0 for the same glyph, about 0.25 or more for a differently drawn one."""
    height = max(len(a), len(b))
    width = max((len(row) for row in (*a, *b)), default=0)

    def at(bitmap: Bitmap, r: int, c: int) -> bool:
        return r < len(bitmap) and c < len(bitmap[r]) and bitmap[r][c]

    differ = ink = 0
    for r in range(height):
        for c in range(width):
            pa, pb = at(a, r, c), at(b, r, c)
            ink += pa or pb
            differ += pa != pb
    return differ / ink if ink else 0.0
