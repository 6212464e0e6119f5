"""XLIFF 1.2 (and 1.0/1.1) and XLIFF 2.x readers.

* 1.2: every ``<trans-unit>`` of every ``<file>`` (nested ``<group>`` too), ``<source>`` (not
  ``<seg-source>``), the first ``<target>`` (missing -> ""), its ``state`` (else
  ``approved`` when the unit is approved), ``<note>`` elements. Languages from ``<file>``.
* 2.x: one unit per ``<unit>``: its ``<segment>``s and ``<ignorable>``s joined in order, so
  the text reads as the file's paragraph; an ignorable without a target lends its source to
  the target (what a merger does). State from the first segment; ``<notes><note>``.
* Ids repeat legally across ``<file>``s; only then every id gets its file's number
  (``f2:id``). A unit without an id is numbered by its position in its ``<file>``.
* Streaming: ``iterparse``; each unit is freed once read, so 50,000 units stay cheap.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from lxml import etree

from workbench.errors import ImportFailed
from workbench.interchange.units import (
    NO_CODES,
    XLIFF_2,
    XLIFF_12,
    BilingualFile,
    BilingualUnit,
)
from workbench.interchange.xmlsafe import (
    Rules,
    iterparse,
    plain_text,
    render_inline,
    split_tag,
)

_CODE_ID = ("code", ("id",))
XLIFF1_RULES: Rules = {
    "g": ("pair", ("id",)),
    "x": _CODE_ID,
    "bx": _CODE_ID,
    "ex": _CODE_ID,
    "ph": _CODE_ID,
    "it": _CODE_ID,
    "bpt": ("code", ("id", "rid")),
    "ept": ("code", ("id", "rid")),
}
XLIFF2_RULES: Rules = {
    "pc": ("pair", ("id",)),
    "ph": _CODE_ID,
    "sc": _CODE_ID,
    "ec": ("code", ("startRef", "id")),
    "cp": ("char", ()),
    "sm": ("skip", ()),
    "em": ("skip", ()),
}


class _Units:
    """Units in file order, with the file each came from, to make ids unique at the end."""

    def __init__(self) -> None:
        self.units: list[BilingualUnit] = []
        self.files: list[int] = []
        self.owner: dict[str, int] = {}
        self.clash = False

    def add(self, file_index: int, unit: BilingualUnit) -> None:
        if self.owner.setdefault(unit.id, file_index) != file_index:
            self.clash = True
        self.units.append(unit)
        self.files.append(file_index)

    def result(self) -> list[BilingualUnit]:
        if not self.clash:
            return self.units
        return [replace(u, id=f"f{i}:{u.id}") for u, i in zip(self.units, self.files, strict=True)]


def _free(element: etree._Element) -> None:
    """Drop a unit that was read, and the emptied siblings before it."""
    element.clear()
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def _check_root(path: Path, element: etree._Element) -> str:
    root = element.getroottree().getroot()
    namespace, local = split_tag(root.tag)
    if local != "xliff":
        raise ImportFailed(
            path, f"not an XLIFF file: the root element is <{local}>", f"line {root.sourceline}"
        )
    return namespace


def _merge(first: Mapping[str, str], second: Mapping[str, str]) -> Mapping[str, str]:
    if not second:
        return first
    if not first:
        return second
    return {**second, **first}


def read_xliff12(
    path: Path, head: str, *, source_lang: str | None = None, target_lang: str | None = None
) -> BilingualFile:
    """Every trans-unit of an XLIFF 1.0–1.2 file."""
    units = _Units()
    langs = [source_lang or "", target_lang or ""]
    found = [False, False]
    names: tuple[str, str, str] | None = None
    file_index = position = 0
    tags = ("{*}xliff", "{*}file", "{*}trans-unit")
    for event, element in iterparse(path, head, tags, ("start", "end")):
        if names is None:
            ns = _check_root(path, element)
            prefix = f"{{{ns}}}" if ns else ""
            names = (f"{prefix}source", f"{prefix}target", f"{prefix}note")
        local = split_tag(element.tag)[1]
        if event == "start":
            if local == "file":
                file_index += 1
                position = 0
                for i, attribute in enumerate(("source-language", "target-language")):
                    if not found[i] and element.get(attribute):
                        langs[i], found[i] = element.get(attribute, ""), True
            continue
        if local != "trans-unit":
            continue
        position += 1
        units.add(file_index, _trans_unit(path, element, names, position))
        _free(element)
    return BilingualFile(path, XLIFF_12, langs[0], langs[1], units.result())


def _trans_unit(
    path: Path, element: etree._Element, names: tuple[str, str, str], position: int
) -> BilingualUnit:
    q_source, q_target, q_note = names
    source = target = None
    notes: list[str] = []
    for child in element:
        tag = child.tag
        if tag == q_source:
            source = child if source is None else source
        elif tag == q_target:
            target = child if target is None else target
        elif tag == q_note:
            notes.append(plain_text(child, path))
    if source is None:
        raise ImportFailed(path, "a <trans-unit> has no <source>", f"line {element.sourceline}")
    text, codes = render_inline(source, XLIFF1_RULES, path)
    translation, target_codes = ("", NO_CODES)
    state = ""
    if target is not None:
        translation, target_codes = render_inline(target, XLIFF1_RULES, path)
        state = target.get("state", "")
    if not state and element.get("approved") == "yes":
        state = "approved"
    return BilingualUnit(
        element.get("id") or str(position),
        text,
        translation,
        "\n".join(notes),
        state,
        codes,
        target_codes,
    )


def read_xliff2(
    path: Path, head: str, *, source_lang: str | None = None, target_lang: str | None = None
) -> BilingualFile:
    """Every unit of an XLIFF 2.0/2.1/2.2 file, segments joined."""
    units = _Units()
    langs = [source_lang or "", target_lang or ""]
    names: dict[str, str] | None = None
    file_index = position = 0
    for event, element in iterparse(
        path, head, ("{*}xliff", "{*}file", "{*}unit"), ("start", "end")
    ):
        if names is None:
            ns = _check_root(path, element)
            root = element.getroottree().getroot()
            langs = [root.get("srcLang") or langs[0], root.get("trgLang") or langs[1]]
            prefix = f"{{{ns}}}" if ns else ""
            local_names = ("segment", "ignorable", "source", "target", "notes", "note")
            names = {f"{prefix}{name}": name for name in local_names}
        local = split_tag(element.tag)[1]
        if event == "start":
            if local == "file":
                file_index += 1
                position = 0
            continue
        if local != "unit":
            continue
        position += 1
        units.add(file_index, _unit(path, element, names, position))
        _free(element)
    return BilingualFile(path, XLIFF_2, langs[0], langs[1], units.result())


def _unit(
    path: Path, element: etree._Element, names: dict[str, str], position: int
) -> BilingualUnit:
    sources: list[str] = []
    targets: list[str] = []
    source_codes: Mapping[str, str] = NO_CODES
    target_codes: Mapping[str, str] = NO_CODES
    notes: list[str] = []
    state: str | None = None
    translated = False
    for child in element:
        kind = names.get(child.tag) if isinstance(child.tag, str) else None
        if kind == "notes":
            notes.extend(plain_text(n, path) for n in child if names.get(n.tag) == "note")
            continue
        if kind not in ("segment", "ignorable"):
            continue
        source = target = None
        for part in child:
            part_kind = names.get(part.tag) if isinstance(part.tag, str) else None
            if part_kind == "source" and source is None:
                source = part
            elif part_kind == "target" and target is None:
                target = part
        if source is None:
            raise ImportFailed(path, f"a <{kind}> has no <source>", f"line {child.sourceline}")
        text, codes = render_inline(source, XLIFF2_RULES, path)
        sources.append(text)
        source_codes = _merge(source_codes, codes)
        if target is not None:
            translated = True
            text, codes = render_inline(target, XLIFF2_RULES, path)
            target_codes = _merge(target_codes, codes)
        elif kind == "segment":
            text = ""
        targets.append(text)  # an ignorable without a target keeps its source
        if kind == "segment" and state is None:
            state = child.get("state", "")
    return BilingualUnit(
        element.get("id") or str(position),
        "".join(sources),
        "".join(targets) if translated else "",
        "\n".join(notes),
        state or "",
        source_codes,
        target_codes if translated else NO_CODES,
    )
