"""Which interchange format a file is, and ``read_bilingual`` that reads any of them.

Sniffing looks at the root start tag in the first 64 KB (no parse), so it is cheap enough
to call on every file a user drops; when the head is inconclusive the root is parsed safely.
"""

from __future__ import annotations

import re
from pathlib import Path

from workbench.errors import ImportFailed, WorkbenchError
from workbench.interchange.tmx import read_tmx
from workbench.interchange.units import TMX, XLIFF_2, XLIFF_12, BilingualFile
from workbench.interchange.xliff import read_xliff2, read_xliff12
from workbench.interchange.xmlsafe import read_head, root_element, split_tag

_XLIFF_NS = "urn:oasis:names:tc:xliff:document:"
_PROLOG = re.compile(r"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", re.S | re.I)
_START = re.compile(r"<(?:([\w.-]+):)?([\w.-]+)((?:\s+[^>]*)?)/?>")
_ATTRIBUTE = re.compile(r"""([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")

_READERS = {XLIFF_12: read_xliff12, XLIFF_2: read_xliff2, TMX: read_tmx}


def format_of(local: str, namespace: str, version: str) -> str | None:
    """The format for a root element, or None when it is not XLIFF or TMX."""
    if local == "tmx":
        return TMX
    if local != "xliff":
        return None
    if namespace.startswith(_XLIFF_NS):
        return XLIFF_2 if namespace[len(_XLIFF_NS) :].startswith("2") else XLIFF_12
    if namespace:
        return None
    return XLIFF_2 if version.strip().startswith("2") else XLIFF_12


def sniff_head(head: str) -> str | None:
    """The format a file's first 64 KB (``read_head``) shows, or None when they do not tell."""
    match = _START.search(_PROLOG.sub("", head))
    if match is None:
        return None
    prefix, local, rest = match.groups()
    attributes = {m.group(1): m.group(2) or m.group(3) or "" for m in _ATTRIBUTE.finditer(rest)}
    namespace = attributes.get(f"xmlns:{prefix}" if prefix else "xmlns", "")
    return format_of(local, namespace, attributes.get("version", ""))


def sniff_format(path: str | Path) -> str | None:
    """``"xliff-1.2"``, ``"xliff-2"``, ``"tmx"`` or None; never raises for a bad file."""
    file = Path(path)
    try:
        head = read_head(file)
        found = sniff_head(head)
        if found is None and not _START.search(_PROLOG.sub("", head)):
            root = root_element(file, head)
            namespace, local = split_tag(root.tag)
            found = format_of(local, namespace, root.get("version", ""))
    except WorkbenchError:
        return None
    return found


def read_bilingual(
    path: str | Path, *, source_lang: str | None = None, target_lang: str | None = None
) -> BilingualFile:
    """All units of an XLIFF 1.2, XLIFF 2.x or TMX file.

    XLIFF files state their languages; the arguments only fill in one the file leaves out.
    For TMX they choose the pair: which tuv is the source and which the target.
    Raises ``ImportFailed`` (file and line named) for anything that is not a readable file
    of these formats, and refuses files that declare entities.
    """
    file = Path(path)
    head = read_head(file)
    found = sniff_head(head)
    if found is None:
        root = root_element(file, head)  # raises a precise error for broken XML
        namespace, local = split_tag(root.tag)
        found = format_of(local, namespace, root.get("version", ""))
        if found is None:
            raise ImportFailed(
                file,
                f"not an XLIFF or TMX file: the root element is <{local}>",
                f"line {root.sourceline}",
            )
    return _READERS[found](file, head, source_lang=source_lang, target_lang=target_lang)
