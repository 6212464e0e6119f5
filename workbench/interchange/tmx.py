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
from collections.abc import Iterator, Mapping
from pathlib import Path

from lxml import etree

from workbench.errors import ImportFailed
from workbench.interchange.units import NO_CODES, TMX, BilingualFile, BilingualUnit
from workbench.interchange.xmlsafe import (
    XML_LANG,
    Rules,
    code_xml,
    entity_reference,
    iterparse,
    plain_text,
    read_head,
    render_inline,
    render_inline_exact,
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
    def __init__(
        self,
        path: Path,
        source_lang: str | None,
        target_lang: str | None,
        *,
        exact: bool = False,
    ) -> None:
        self.path = path
        self.source_arg = source_lang
        self.target_arg = target_lang
        self.header_source = ""
        self.file_source = ""  # as written, from the first unit read
        self.preferred = ""  # the target language chosen first, as written
        # For a writer (``exact``): the <tmx> attributes, the <header> as XML, and which
        # tuvs (positions among the tu's tuvs; -1: none) made the last unit.
        self.render = render_inline_exact if exact else render_inline
        self.root_attrib: dict[str, str] = {}
        self.header_xml = ""
        self.choice = (0, -1)

    def read(self, head: str) -> BilingualFile:
        units = list(self.iter_units(head))
        return BilingualFile(self.path, TMX, *self.languages(), units)

    def languages(self) -> tuple[str, str]:
        """The pair as written in the file, once (some of) the units were read."""
        source = self.file_source if self.source_arg else self.header_source
        if not source or source.casefold() == "*all*":
            source = self.file_source or self.source_arg or ""
        target = self.preferred or self.target_arg or ""
        return source, target

    def iter_units(self, head: str) -> Iterator[BilingualUnit]:
        """Units one by one; each ``<tu>`` is freed once read, so memory stays flat."""
        for unit, _element in self.iter_entries(head):
            yield unit

    def iter_entries(self, head: str) -> Iterator[tuple[BilingualUnit, etree._Element]]:
        """Each unit with its ``<tu>``, which is freed as soon as the consumer asks for the
        next one (use it before that)."""
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
                elif local == "tmx":
                    self.root_attrib = dict(element.attrib)
                continue
            if local == "header" and self.render is render_inline_exact:
                for node in element.iter(etree.Entity):  # kept for a writer: must parse again
                    raise entity_reference(self.path, node)
                self.header_xml = code_xml(element)
            if local != "tu":
                continue
            position += 1
            unit = self._tu(element, position)
            if unit is not None:
                yield unit, element
            element.clear()
            parent = element.getparent()
            if parent is not None:
                while element.getprevious() is not None:
                    del parent[0]

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
        self.choice = (tuvs.index(source), tuvs.index(target) if target is not None else -1)
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
        return self.render(seg, TMX_RULES, self.path)


def read_tmx(
    path: Path, head: str, *, source_lang: str | None = None, target_lang: str | None = None
) -> BilingualFile:
    """Every tu of a TMX file that has a source tuv, as one source/target pair."""
    return _TmxReader(path, source_lang, target_lang).read(head)


def iter_tmx_units(
    path: str | Path, *, source_lang: str | None = None, target_lang: str | None = None
) -> Iterator[BilingualUnit]:
    """The units of ``read_tmx`` one at a time, streaming: a 200,000-unit TMX is never held
    whole (each ``<tu>`` is freed once read). Same language rules as ``read_tmx``; raises
    ``ImportFailed`` (file and line) when the bad place is reached, so units before it may
    already have been yielded: a caller that stores them must do so in one transaction."""
    file = Path(path)
    head = read_head(file)
    yield from _TmxReader(file, source_lang, target_lang).iter_units(head)


def tmx_languages(
    path: str | Path, *, source_lang: str | None = None, target_lang: str | None = None
) -> tuple[str, str]:
    """(source, target) as ``read_tmx`` would report them, read from the header and the
    first unit that has a target (cheap: stops there). Either may be "" (no units)."""
    file = Path(path)
    reader = _TmxReader(file, source_lang, target_lang)
    units = reader.iter_units(read_head(file))
    try:
        for _unit in units:
            if reader.preferred:
                break
    finally:
        units.close()
    return reader.languages()
