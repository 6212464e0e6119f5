"""Decode text files: UTF-8 (with or without BOM), UTF-16/32, GB18030, Big5 (and cp1252).

Detection order:

1. a BOM (UTF-32, UTF-8, UTF-16) decides;
2. strict UTF-8 over the whole file (this is also the decode, so the common case costs one
   pass); legacy double-byte text is practically never valid UTF-8;
3. otherwise every candidate (UTF-16 LE/BE without BOM, GB18030, Big5, cp950, Big5-HKSCS,
   cp1252) decodes a sample and is scored by how plausible the result is as zh/en text
   (see ``plausibility``); the best one decodes the whole file strictly.

Why decode-and-score rather than byte heuristics: Big5 bytes are mostly *valid* GB18030
(and vice versa), and pure-CJK UTF-16 has no NUL bytes, so validity alone cannot tell them
apart. What does: the right decoding gives common Han characters and CJK punctuation; a wrong
one gives rare Han, kana, Cyrillic, bopomofo, private-use characters or replacement marks.
"Common" is derived from the code tables themselves (GB2312 level 1 and Big5 level 1 are the
official frequent-character sets), so no frequency list has to ship.

A user-given encoding always wins; if it does not fit the bytes, the error names the line.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import ImportFailed
from workbench.language import HAN_CLASS

# UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Detection reads at most this much; a 50 MB file is decoded once, with the chosen codec.
SAMPLE_SIZE = 64 * 1024

# In order of preference when two score the same (big5 before its supersets, so a plain
# Big5 file is reported as big5; cp1252 last, for Western files saved by Windows editors).
_LEGACY = ("gb18030", "big5", "cp950", "big5hkscs", "cp1252")
_UTF16 = ("utf-16-le", "utf-16-be")
_BIG5_FAMILY = ("big5", "cp950", "big5hkscs")

# Below this share of plausible characters no candidate is believable.
_MIN_PLAUSIBILITY = 0.6
# A user-given encoding this much less plausible than the detected one earns a warning.
_WARN_MARGIN = 0.15
# Equal scores (identical decodes, e.g. big5 and cp950 on plain Big5) go to the first
# candidate; any real difference decides, since one odd byte may be all that tells.
_TIE = 1e-9

_ASCII_TEXT = re.compile(r"[\t\n\r\x20-\x7e]")
_PUNCT = re.compile(r"[\u00b7\u2010-\u2027\u2030-\u205e\u3000-\u303f\uff01-\uff5e\uff61-\uff64]")
_HAN = re.compile(f"[{HAN_CLASS}]")
_LATIN_EXT = re.compile(r"[\u00c0-\u024f]")
_LATIN1_SYMBOLS = re.compile(r"[\u00a0-\u00bf]")
# Controls, replacement marks, private use: never in real text (tab/CR/LF are above).
_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    detected: bool  # False when the caller named the encoding
    bom: bool = False
    # A fact for the user, e.g. that a given encoding looks wrong (empty when all is well).
    warning: str = ""


@functools.cache
def _common_han() -> frozenset[str]:
    """GB2312 level 1 (3,755 frequent simplified) ∪ Big5 level 1 (5,401 frequent traditional)."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            _add_decoded(chars, bytes((lead, trail)), "gb2312")
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if lead == 0xC6 and trail > 0x7E:
                break
            _add_decoded(chars, bytes((lead, trail)), "big5")
    return frozenset(c for c in chars if _HAN.fullmatch(c))


def _add_decoded(chars: set[str], pair: bytes, codec: str) -> None:
    with contextlib.suppress(UnicodeDecodeError):
        chars.add(pair.decode(codec))


def plausibility(text: str) -> float:
    """Share (0–1, can go below 0) of ``text`` that looks like real zh/en writing.

    Weights: ASCII text, punctuation and common Han 1; rare Han and accented Latin 0.5;
    Latin-1 symbols 0.25; anything else (kana, Cyrillic, bopomofo, Hangul …) 0;
    controls, U+FFFD and private-use characters −2.
    """
    if not text:
        return 0.0
    common = _common_han()
    han = _HAN.findall(text)
    frequent = sum(1 for c in han if c in common)
    score = (
        _count(_ASCII_TEXT, text)
        + _count(_PUNCT, text)
        + frequent
        + 0.5 * (len(han) - frequent)
        + 0.5 * _count(_LATIN_EXT, text)
        + 0.25 * _count(_LATIN1_SYMBOLS, text)
        - 2 * _count(_BAD, text)
    )
    return score / len(text)


def _count(pattern: re.Pattern[str], text: str) -> int:
    return pattern.subn("", text)[1]


def _decode_sample(sample: bytes, name: str) -> str:
    # Incremental, not final: a character cut by the sample's end is not an error.
    decoder = codecs.getincrementaldecoder(name)(errors="replace")
    return decoder.decode(sample, final=False)


def _bom(data: bytes) -> tuple[str, int] | None:
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name, len(mark)
    return None


def _rank(data: bytes, first_non_utf8: int = 0) -> tuple[float, str]:
    """The most plausible candidate for ``data`` and its score."""
    scored: list[tuple[float, str]] = []
    if len(data) % 2 == 0:
        head = data[:SAMPLE_SIZE]
        scored += [(plausibility(_decode_sample(head, name)), name) for name in _UTF16]
    # Legacy codecs: sample from the line holding the first non-UTF-8 byte (a line start is
    # always a character boundary; the ASCII lines before it would tell nothing).
    start = data.rfind(b"\n", 0, first_non_utf8) + 1
    sample = data[start : start + SAMPLE_SIZE]
    scored += [(plausibility(_decode_sample(sample, name)), name) for name in _LEGACY]
    # Highest score wins; a near-tie goes to the candidate listed first.
    best = max(score for score, _ in scored)
    return next((score, name) for score, name in scored if score >= best - _TIE)


def _try_utf8(data: bytes) -> tuple[str | None, int]:
    """``(text, 0)`` when ``data`` is clean UTF-8 text, else ``(None, where to look)``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, exc.start
    # NULs in valid UTF-8 are BOM-less UTF-16 of ASCII text, or binary junk.
    return (None, 0) if "\x00" in text else (text, 0)


def detect_encoding(data: bytes) -> str:
    """The name of the codec that fits ``data`` best; ``UnicodeError`` if none is believable."""
    bom = _bom(data)
    if bom:
        return bom[0]
    text, first_bad = _try_utf8(data)
    if text is not None:
        return "utf-8"
    score, name = _rank(data, first_bad)
    if score < _MIN_PLAUSIBILITY:
        raise UnicodeError("not UTF-8, UTF-16, GB18030, Big5 or cp1252 text")
    return name


def _line_of(data: bytes, offset: int, name: str) -> int:
    """1-based line number of byte ``offset`` (LF, CRLF and CR all end a line)."""
    prefix = data[:offset].decode(name, errors="replace")
    return prefix.count("\n") + prefix.count("\r") - prefix.count("\r\n") + 1


def _strict(data: bytes, name: str, path: Path | str, hint: str = "") -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start, name)
        raise ImportFailed(
            path,
            f"the bytes are not valid {name}{hint}; give the right encoding (--encoding)",
            f"line {line}, byte {exc.start + 1}",
        ) from None


def _reject_binary(text: str, data_name: str, path: Path | str) -> None:
    nul = text.find("\x00")
    if nul >= 0:
        prefix = text[:nul]
        line = prefix.count("\n") + prefix.count("\r") - prefix.count("\r\n") + 1
        raise ImportFailed(
            path,
            f"the file contains NUL characters (decoded as {data_name}): it looks like a "
            "binary file, not text",
            f"line {line}",
        )


def decode_bytes(data: bytes, path: Path | str, encoding: str | None = None) -> DecodedText:
    """Decode a whole text file; every failure is an ``ImportFailed`` naming the line."""
    if encoding:
        return _decode_given(data, path, encoding)
    bom = _bom(data)
    if bom:
        name, skip = bom
        text = _strict(data[skip:], name.removesuffix("-sig"), path)
        _reject_binary(text, name, path)
        return DecodedText(text=text, encoding=name, detected=True, bom=True)
    text, first_bad = _try_utf8(data)
    if text is not None:
        return DecodedText(text=text, encoding="utf-8", detected=True)
    score, name = _rank(data, first_bad)
    # NUL bytes belong to UTF-16 code units; in any other encoding they mean binary data.
    nul = -1 if name in _UTF16 else data.find(b"\x00")
    if nul >= 0:
        raise ImportFailed(
            path, "it looks like a binary file, not text (NUL bytes)", f"byte {nul + 1}"
        )
    if score < _MIN_PLAUSIBILITY:
        raise ImportFailed(
            path,
            "cannot tell the text encoding (not UTF-8, UTF-16, GB18030, Big5 or cp1252); "
            "give it with --encoding",
        )
    text, name = _decode_detected(data, name, path)
    _reject_binary(text, name, path)
    return DecodedText(text=text, encoding=name, detected=True)


def _decode_detected(data: bytes, name: str, path: Path | str) -> tuple[str, str]:
    """``(text, codec)``: the sample may miss a Big5 extension character (ETen, HKSCS)
    further on, so a Big5 guess falls back to its supersets before failing."""
    if name in _BIG5_FAMILY:
        for other in _BIG5_FAMILY[_BIG5_FAMILY.index(name) :]:
            try:
                return data.decode(other), other
            except UnicodeDecodeError:
                continue
    return _strict(data, name, path, hint=" (detected)"), name


def _decode_given(data: bytes, path: Path | str, encoding: str) -> DecodedText:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise ImportFailed(path, f"unknown encoding {encoding!r}") from None
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start, name)
        guess = _quiet_guess(data)
        hint = f"; the file looks like {guess}" if guess and guess != name else ""
        raise ImportFailed(
            path,
            f"the bytes are not valid {name} (the encoding given){hint}",
            f"line {line}, byte {exc.start + 1}",
        ) from None
    bom = text.startswith("\ufeff")
    if bom:
        text = text[1:]
    _reject_binary(text, name, path)
    return DecodedText(
        text=text, encoding=name, detected=False, bom=bom, warning=_doubt(data, name)
    )


def _quiet_guess(data: bytes) -> str | None:
    try:
        return detect_encoding(data)
    except UnicodeError:
        return None


def _doubt(data: bytes, given: str) -> str:
    """A warning when the given encoding decodes but reads much worse than the detected one
    (e.g. Big5 bytes forced through GB18030 decode without error, into nonsense)."""
    guess = _quiet_guess(data)
    if guess is None or codecs.lookup(guess).name == given:
        return ""
    sample = data[:SAMPLE_SIZE]
    if plausibility(_decode_sample(sample, given)) + _WARN_MARGIN < plausibility(
        _decode_sample(sample, guess)
    ):
        return f"decoded as {given} as asked, but the text reads like {guess}"
    return ""


def read_text_file(path: Path | str, encoding: str | None = None) -> DecodedText:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportFailed(path, exc.strerror or str(exc)) from None
    return decode_bytes(data, path, encoding)
