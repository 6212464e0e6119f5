"""HTML for the TM panel and the concordance: score badges, diffs, term chips, hit marks.

Only presentation lives here; the matches, their scores, diffs and spans come from the core
(``workbench.tm``)."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT_SCORE = 101
GREEN, YELLOW, GREY = "#2e7d32", "#f9a825", "#757575"
INSERTED = "background-color:#c8e6c9;color:#1b5e20"  # in the current source, not in the TM
DELETED = "background-color:#ffcdd2;color:#b71c1c;text-decoration:line-through"  # TM only
HIT = "background-color:#ffe082;color:#000000;font-weight:bold"
CHIP = "background-color:#e3f2fd;color:#0d47a1"
WORD_JOINER = "\u2060"  # no line break here (Qt breaks between Han characters otherwise)
CHIP_FORBIDDEN = "background-color:#ffebee;color:#b71c1c"


CONTEXT = QT_TRANSLATE_NOOP("TMRender", "Context")
ORIGINS = {
    "confirmed": QT_TRANSLATE_NOOP("TMRender", "confirmed"),
    "tmx": QT_TRANSLATE_NOOP("TMRender", "TMX"),
    "aligned": QT_TRANSLATE_NOOP("TMRender", "aligned"),
    "xliff": QT_TRANSLATE_NOOP("TMRender", "XLIFF"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TMRender", text)


def band_colour(score: float) -> str:
    """Badge colour by band: 100 % and context matches green, ≥ 85 yellow, lower grey."""
    if score >= 100:
        return GREEN
    if score >= 85:
        return YELLOW
    return GREY


def score_text(score: float) -> str:
    if score >= CONTEXT_SCORE:
        return _tr(CONTEXT)
    return f"{int(score)}%" if score == int(score) else f"{score:.0f}%"


def badge_html(score: float) -> str:
    colour = band_colour(score)
    text_colour = "#000000" if colour == YELLOW else "#ffffff"
    return (
        f'<span style="background-color:{colour};color:{text_colour};font-weight:bold">'
        f"&nbsp;{html.escape(score_text(score))}&nbsp;</span>"
    )


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def diff_html(pieces: Iterable[tuple[str, str]]) -> str:
    """The core's diff pieces (``workbench.tm.lookup.diff_pieces``): deleted text (only in
    the TM source) struck through in red, inserted text (only in the current source) in
    green, the rest as it is."""
    out = []
    for kind, text in pieces:
        if kind == "equal":
            out.append(_esc(text))
        elif kind == "insert":
            out.append(f'<span style="{INSERTED}">{_esc(text)}</span>')
        else:
            out.append(f'<span style="{DELETED}">{_esc(text)}</span>')
    return "".join(out)


def marked_html(text: str, spans: Sequence[tuple[int, int]], style: str = HIT) -> str:
    """``text`` with the ``(start, end)`` spans highlighted (overlaps are merged)."""
    out, at = [], 0
    for start, end in sorted(spans):
        start = max(start, at)
        if end <= start:
            continue
        out.append(_esc(text[at:start]))
        out.append(f'<span style="{style}">{_esc(text[start:end])}</span>')
        at = end
    out.append(_esc(text[at:]))
    return "".join(out)


def chips_html(terms: Sequence[Any]) -> str:
    """Term-base terms in a match (``TMTerm``: text, target, forbidden) as chips."""
    parts = []
    for term in terms:
        text = f"{term.text} → {term.target}" if term.target else term.text
        style = CHIP_FORBIDDEN if term.forbidden else CHIP
        text = _esc(WORD_JOINER.join(text)).replace(" ", "&nbsp;")  # never wraps inside
        parts.append(f'<span style="{style}">&nbsp;{text}&nbsp;</span>')
    return " ".join(parts)


def when_text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d")
    return str(value or "")[:10]


@dataclass(frozen=True)
class MatchView:
    """What one row of the TM panel shows (built by the panel from a core match)."""

    number: int
    score: float
    source_html: str
    target: str
    origin: str
    origin_ref: str
    when: str
    terms: Sequence[Any]


def origin_text(origin: str) -> str:
    return _tr(ORIGINS[origin]) if origin in ORIGINS else origin


def matches_html(rows: Sequence[MatchView], *, keys: int = 9) -> str:
    """The list of matches, numbered; a click on a number (``insert:N``) inserts it."""
    line = "border-bottom-style:solid;border-bottom-width:1px;border-bottom-color:#bdbdbd"
    parts = [
        '<table width="100%" cellspacing="0" cellpadding="2" style="border-collapse:collapse">'
    ]
    for row in rows:
        key = (
            f'<a href="insert:{row.number}" style="text-decoration:none"><b>{row.number}</b></a>'
            if row.number <= keys
            else ""
        )
        meta = " · ".join(p for p in (origin_text(row.origin), row.origin_ref, row.when) if p)
        chips = chips_html(row.terms)
        span = 4 if chips else 3
        chips_row = f"<tr><td>{chips}</td></tr>" if chips else ""
        parts.append(
            f'<tr><td valign="top" width="14" rowspan="{span}" style="{line}">{key}</td>'
            f'<td valign="top" width="56" rowspan="{span}" style="{line};white-space:nowrap">'
            f"{badge_html(row.score)}</td>"
            f"<td>{row.source_html}</td></tr>"
            f"<tr><td>{_esc(row.target)}</td></tr>"
            f"{chips_row}"
            f'<tr><td style="{line}"><small style="color:{GREY}">{_esc(meta)}</small></td></tr>'
        )
    parts.append("</table>")
    return "".join(parts)
