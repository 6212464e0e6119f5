"""TMX 1.1–1.4 reader: one bilingual unit per ``<tu>``.

* Source: the ``srclang`` of the tu, else of the header; ``*all*`` means the tu's first tuv.
  A ``source_lang`` argument overrides both (it picks the direction of a multilingual TM).
* Target: ``target_lang`` if given (a tu without it gets target ""); else the language
  chosen for the first tu that had one, so the file reads as one language pair, falling
  back to the tu's first other language. Languages match case-insensitively (``eN-uS``);
  a language without a region matches a region variant (``fr`` finds ``fr-CA``; for the
  source also the other way round, as files mix ``en`` and ``en-US`` for one language).
* ``xml:lang`` or TMX 1.1 ``lang``. A tu without a source tuv is skipped; ids are the
  ``tuid`` or the tu's position in the file, so skipping never renumbers the rest.
* Notes: the tu's, then the source and target tuv's, in order.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path

from lxml import etree

from workbench.errors import ImportFailed
from workbench.interchange.units import NO_CODES, TMX, BilingualFile, BilingualUnit
from workbench.interchange.xmlsafe import (
    XML_LANG,
    Rules,
    iterparse,
    plain_text,
    render_inline,
    split_tag,
)

TMX_RULES: Rules = {
    "bpt": ("code", ("i", "x")),
    "ept": ("code", ("i", "x")),
    "ph": ("code", ("x",)),
    "it": ("code", ("x",)),
    "ut": ("code", ("x",)),
}

_Tuv = tuple[str, etree._Element]


@functools.lru_cache(maxsize=256)
def _key(lang: str) -> str:
    return lang.replace("_", "-").casefold()


def _find(tuvs: list[_Tuv], wanted: str, *, loose: bool, either_way: bool = False) -> _Tuv | None:
    """The first tuv in ``wanted``. ``loose``: a bare ``wanted`` (``fr``) also matches a
    region variant (``fr-CA``); ``either_way``: a bare tuv language matches ``wanted`` too."""
    key = _key(wanted)
    for tuv in tuvs:
        if _key(tuv[0]) == key:
            return tuv
    if loose:
        primary = key.partition("-")[0]
        for tuv in tuvs:
            lang = _key(tuv[0])
            bare = "-" not in key or (either_way and "-" not in lang)
            if bare and lang.partition("-")[0] == primary:
                return tuv
    return None


class _TmxReader:
    def __init__(self, path: Path, source_lang: str | None, target_lang: str | None) -> None:
        self.path = path
        self.source_arg = source_lang
        self.target_arg = target_lang
        self.header_source = ""
        self.file_source = ""  # as written, from the first unit read
        self.preferred = ""  # the target language chosen first, as written

    def read(self, head: str) -> BilingualFile:
        units: list[BilingualUnit] = []
        position = 0
        checked = False
        for event, element in iterparse(
            self.path, head, ("{*}tmx", "{*}header", "{*}tu"), ("start", "end")
        ):
            if not checked:
                self._check_root(element)
                checked = True
            local = split_tag(element.tag)[1]
            if event == "start":
                if local == "header":
                    self.header_source = element.get("srclang", "")
                continue
            if local != "tu":
                continue
            position += 1
            unit = self._tu(element, position)
            if unit is not None:
                units.append(unit)
            element.clear()
            parent = element.getparent()
            if parent is not None:
                while element.getprevious() is not None:
                    del parent[0]
        source = self.file_source if self.source_arg else self.header_source
        if not source or source.casefold() == "*all*":
            source = self.file_source or self.source_arg or ""
        target = self.preferred or self.target_arg or ""
        return BilingualFile(self.path, TMX, source, target, units)

    def _check_root(self, element: etree._Element) -> None:
        root = element.getroottree().getroot()
        local = split_tag(root.tag)[1]
        if local != "tmx":
            raise ImportFailed(
                self.path,
                f"not a TMX file: the root element is <{local}>",
                f"line {root.sourceline}",
            )

    def _tu(self, element: etree._Element, position: int) -> BilingualUnit | None:
        tuvs: list[_Tuv] = []
        notes: list[str] = []
        for child in element:
            if not isinstance(child.tag, str):
                continue
            local = split_tag(child.tag)[1]
            if local == "tuv":
                tuvs.append((child.get(XML_LANG) or child.get("lang") or "", child))
            elif local == "note":
                notes.append(plain_text(child, self.path))
        source = self._source(element, tuvs)
        if source is None:
            return None
        others = [tuv for tuv in tuvs if tuv is not source and _key(tuv[0]) != _key(source[0])]
        target = self._target(others)
        text, codes = self._seg(source[1], notes)
        translation, target_codes = ("", NO_CODES)
        if target is not None:
            translation, target_codes = self._seg(target[1], notes)
        return BilingualUnit(
            element.get("tuid") or str(position),
            text,
            translation,
            "\n".join(notes),
            "",
            codes,
            target_codes,
        )

    def _source(self, element: etree._Element, tuvs: list[_Tuv]) -> _Tuv | None:
        wanted = self.source_arg or element.get("srclang") or self.header_source
        if not tuvs:
            return None
        if not wanted or wanted.casefold() == "*all*":
            found: _Tuv | None = tuvs[0]
        else:
            found = _find(tuvs, wanted, loose=True, either_way=True)
        if found is not None and not self.file_source:
            self.file_source = found[0]
        return found

    def _target(self, others: list[_Tuv]) -> _Tuv | None:
        if self.target_arg:
            found = _find(others, self.target_arg, loose=True)
        else:
            found = _find(others, self.preferred, loose=False) if self.preferred else None
            if found is None and others:
                found = others[0]
        if found is not None and not self.preferred:
            self.preferred = found[0]
        return found

    def _seg(self, tuv: etree._Element, notes: list[str]) -> tuple[str, Mapping[str, str]]:
        seg = None
        for child in tuv:
            if not isinstance(child.tag, str):
                continue
            local = split_tag(child.tag)[1]
            if local == "seg" and seg is None:
                seg = child
            elif local == "note":
                notes.append(plain_text(child, self.path))
        if seg is None:
            return "", NO_CODES
        return render_inline(seg, TMX_RULES, self.path)


def read_tmx(
    path: Path, head: str, *, source_lang: str | None = None, target_lang: str | None = None
) -> BilingualFile:
    """Every tu of a TMX file that has a source tuv, as one source/target pair."""
    return _TmxReader(path, source_lang, target_lang).read(head)
