"""TBX term bases: read TBX-Basic 2 (``martif``) and TBX v3 (ISO 30042:2019), write both.

Reading
-------
* Roots: ``martif`` (TBX 2008 / TBX-Basic 2) and ``tbx`` in the ISO 30042 namespace
  (``…:ed-2``, the 2019 edition, and ``…:ed:3.0``) or in no namespace. Entries are
  ``termEntry``/``langSet``/``tig``|``ntig`` or ``conceptEntry``/``langSec``/``termSec``;
  data categories come DCA style (``<descrip type="definition">``) or DCT style (an element
  in another namespace whose local name is the category, ``<basic:definition>``).
* Safety: lxml with ``resolve_entities=False, no_network=True, load_dtd=False``. A DOCTYPE
  that only names an external DTD (what CAT tools write) is fine — the DTD is never read. A
  file that *declares* entities (billion laughs, XXE) is refused, and so is a reference to an
  entity the parser could not expand: entities are never expanded.
* Streaming: ``iterparse`` hands over one entry at a time, which is cleared afterwards, so a
  100,000-concept file never becomes one tree.
* Mapping (``ConceptData``): subjectField → subject; definition (entry or language level) →
  definition; entry/language-level ``note`` → note; ``source`` → source;
  ``customerSubset``/``projectSubset`` (any level) → scope; ``administrativeStatus`` or
  ``normativeAuthorization`` → status (preferred/standardized → preferred, admitted →
  admitted, deprecated/superseded/forbidden → deprecated); ``partOfSpeech``; term-level
  ``note`` and ``termNote type="usageNote"`` → usage note; a term-level note that reads
  exactly ``case-sensitive`` → the case-sensitive flag. Several values of one field are
  joined (``; `` for short fields, a line break for definitions and notes).
* Languages: zh, zh-CN, zh-SG, zh-Hans → zh-Hans; zh-TW, zh-HK, zh-MO, zh-Hant → zh-Hant;
  en and every en-* → en. Other languages are left out (with everything in their language
  section) and counted in the notes; an entry left without terms is skipped.
* Terms without a status: preferred if no term of that language in the entry is marked
  preferred (the first one), otherwise admitted.
* Data categories the model does not hold (context, termType, transactions …) are counted
  in the notes, never silently dropped.

Writing
-------
``write_tbx(path, concepts, version=2)`` writes TBX-Basic 2 (``martif``, the form most CAT
tools read); ``version=3`` writes TBX v3 TBX-Basic DCA. Only TBX-Basic data categories and
picklist values are written (the RNG does not check picklists, so the writer must):
status is always written; part of speech is mapped to the picklist (unknown values become
``other``, v3 has no ``properNoun``); scope is ``customerSubset`` on each term (TBX-Basic allows
it only there); the usage note and the case-sensitive flag are term-level ``note`` elements.
Ids that are not XML names are made into one. Writers return notes about anything they had
to change; the write itself is atomic.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

from lxml import etree

from workbench.errors import ImportFailed
from workbench.fileio import atomic_writer
from workbench.termbase.data import ConceptData, TermData, TermStatus

TBX_NS = "urn:iso:std:iso:30042:ed-2"  # ISO 30042:2019, what we write
TBX_NAMESPACES = (TBX_NS, "urn:iso:std:iso:30042:ed:3.0")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ISO = "urn:iso:std:iso:30042"

STATUS_VALUES = {
    TermStatus.PREFERRED: "preferredTerm-admn-sts",
    TermStatus.ADMITTED: "admittedTerm-admn-sts",
    TermStatus.DEPRECATED: "deprecatedTerm-admn-sts",
}
# TBX-Basic picklists: v3 from TBX-Basic_DCA.sch, v2 from the TBX-Basic 2 XCS.
PART_OF_SPEECH_V3 = ("noun", "verb", "adjective", "adverb", "other")
PART_OF_SPEECH_V2 = (*PART_OF_SPEECH_V3, "properNoun")

CASE_SENSITIVE_NOTE = "case-sensitive"

_HEAD = 64 * 1024
_MAX_LINE_NOTES = 5

# --------------------------------------------------------------------------- vocabulary


@functools.lru_cache(maxsize=4096)
def term_language(code: str) -> str | None:
    """A BCP 47 code → one of ``TERM_LANGUAGES``, or None for a language we do not hold."""
    parts = [p for p in re.split(r"[-_]", code.strip().lower()) if p]
    if not parts:
        return None
    if parts[0] in ("en", "eng"):
        return "en"
    if parts[0] not in ("zh", "zho", "chi", "cmn"):
        return None
    rest = set(parts[1:])
    if "hant" in rest or (rest & {"tw", "hk", "mo"} and "hans" not in rest):
        return "zh-Hant"
    return "zh-Hans"


@functools.lru_cache(maxsize=4096)
def _squash(value: str) -> str:
    return re.sub(r"[\s_\-.]+", "", unicodedata.normalize("NFKC", value).lower())


_STATUS_WORDS: dict[str, TermStatus] = {}
for _status, _words in (
    (
        TermStatus.PREFERRED,
        "preferred standardized standardised legal regulated approved recommended "
        "首选 推荐 优选 标准 规范 正式 ✓ ✔ √",
    ),
    (
        TermStatus.ADMITTED,
        "admitted admissible acceptable accepted permitted allowed alternative variant "
        "可用 允许 许可 可接受 容许 备选 同义",
    ),
    (
        TermStatus.DEPRECATED,
        "deprecated superseded forbidden obsolete rejected notrecommended donotuse banned "
        "prohibited 禁用 禁止 不推荐 弃用 废弃 已废弃 避免 错误 停用 淘汰 过时 ✗ ✘ × x ❌",
    ),
):
    for _word in _words.split():
        _STATUS_WORDS[_squash(_word)] = _status


@functools.lru_cache(maxsize=4096)
def parse_status(value: str) -> TermStatus | None:
    """A status from a TBX value (``deprecatedTerm-admn-sts``, ``supersededTerm``) or a word
    a spreadsheet uses (``forbidden``, ``禁用``, ``✗``); None when unknown."""
    key = _squash(value)
    for suffix in ("admnsts", "auth"):
        key = key.removesuffix(suffix)
    if key.endswith("term") and key != "term":
        key = key[: -len("term")]
    return _STATUS_WORDS.get(key)


_POS_WORDS: dict[str, str] = {}
for _pos, _words in (
    ("noun", "noun n n. nn 名词 名 名詞"),
    ("verb", "verb v v. vb 动词 動詞 动"),
    ("adjective", "adjective adj adj. a. 形容词 形容詞"),
    ("adverb", "adverb adv adv. 副词 副詞"),
    ("properNoun", "propernoun 专有名词 專有名詞 专名"),
    ("other", "other 其他 其它"),
):
    for _word in _words.split():
        _POS_WORDS[_squash(_word)] = _pos
_POS_WORDS[_squash("proper noun")] = "properNoun"


@functools.lru_cache(maxsize=4096)
def normalise_part_of_speech(value: str) -> str:
    """The TBX picklist name when ``value`` is a known spelling (``名词``, ``n.``, ``Noun``
    → ``noun``); otherwise ``value`` stripped."""
    value = " ".join(value.split())
    return _POS_WORDS.get(_squash(value), value) if value else ""


# --------------------------------------------------------------------------- reading


@functools.lru_cache(maxsize=4096)
def _split(tag: str) -> tuple[str | None, str]:
    if tag[0] == "{":
        namespace, local = tag[1:].split("}", 1)
        return namespace, local
    return None, tag


def _is_core(namespace: str | None) -> bool:
    # Any edition of the ISO 30042 namespace; other namespaces are DCT data categories.
    return namespace is None or namespace in TBX_NAMESPACES or namespace.startswith(_ISO)


class _EntityReference(Exception):
    def __init__(self, node: etree._Entity) -> None:
        super().__init__(node.text)
        self.node = node


def _raw_text(element: etree._Element) -> str:
    if len(element) == 0:
        return element.text or ""
    for node in element.iter():
        if node.tag is etree.Entity:
            raise _EntityReference(node)
    return "".join(element.itertext())


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _block(text: str) -> str:
    """Keep real line breaks; a break followed by indentation is layout (pretty-printed XML)."""
    if "\n" not in text:
        return text.strip()
    return re.sub(r"[ \t]*\n[ \t]+", " ", text.replace("\r\n", "\n")).strip()


def _join_unique(values: list[str], separator: str) -> str:
    if len(values) < 2:
        return values[0] if values else ""
    return separator.join(dict.fromkeys(v for v in values if v))


@dataclass
class _Log:
    """What the reader left out, summarised for the user at the end."""

    languages: Counter[str] = field(default_factory=Counter)
    ignored: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    problem_count: int = 0

    def problem(self, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < _MAX_LINE_NOTES:
            self.problems.append(message)

    def flush(self, notes: list[str]) -> None:
        if self.languages:
            listed = ", ".join(f"{lang} ({n})" for lang, n in self.languages.most_common())
            notes.append(f"Terms in languages the term base does not hold were left out: {listed}")
        if self.ignored:
            listed = ", ".join(f"{name} ({n})" for name, n in self.ignored.most_common())
            notes.append(f"Data categories the term base does not hold were left out: {listed}")
        notes.extend(self.problems)
        if self.problem_count > len(self.problems):
            notes.append(f"… and {self.problem_count - len(self.problems)} more such problems")


@dataclass
class _Term:
    text: str
    lang: str
    status: TermStatus | None = None
    part_of_speech: str = ""
    usage: list[str] = field(default_factory=list)
    case_sensitive: bool = False


@dataclass
class _Entry:
    subjects: list[str] = field(default_factory=list)
    definitions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    scopes: list[str] = field(default_factory=list)
    terms: list[_Term] = field(default_factory=list)


_LANG_SECTIONS = {"langSet", "langSec"}
_TERM_SECTIONS = {"tig", "ntig", "termSec"}
_DATA_ELEMENTS = {"descrip", "termNote", "admin", "descripNote", "adminNote"}
_GROUPS = {"descripGrp", "adminGrp", "termNoteGrp"}
_IGNORED_ELEMENTS = {
    "transacGrp": "transactions",
    "transac": "transactions",
    "ref": "crossReference",
    "xref": "externalCrossReference",
    "termCompList": "termCompList",
    "date": "transactions",
}


class _EntryReader:
    def __init__(self, log: _Log) -> None:
        self.log = log

    def read(self, element: etree._Element) -> ConceptData | None:
        entry = _Entry()
        for child in element:
            if not isinstance(child.tag, str):
                self._check_entity(child)
                continue
            namespace, local = _split(child.tag)
            if local in _LANG_SECTIONS and _is_core(namespace):
                self._language(child, entry)
            else:
                self._data(child, entry, None, "entry")
        terms = _with_statuses(entry.terms)
        ident = element.get("id", "")
        if not terms:
            self.log.problem(
                f"line {element.sourceline}: entry {ident!r} has no Chinese or English "
                "terms; skipped"
            )
            return None
        return ConceptData(
            terms=terms,
            subject=_join_unique(entry.subjects, "; "),
            definition=_join_unique(entry.definitions, "\n"),
            note=_join_unique(entry.notes, "\n"),
            source=_join_unique(entry.sources, "; "),
            scope=_join_unique(entry.scopes, "; "),
            external_id=ident,
        )

    @staticmethod
    def _check_entity(node: etree._Element) -> None:
        if node.tag is etree.Entity:
            raise _EntityReference(node)

    def _language(self, section: etree._Element, entry: _Entry) -> None:
        code = section.get(XML_LANG) or section.get("lang") or ""
        lang = term_language(code)
        if lang is None:
            count = sum(
                1 for c in section if isinstance(c.tag, str) and _split(c.tag)[1] in _TERM_SECTIONS
            )
            if code:
                self.log.languages[code] += count
            else:
                self.log.problem(
                    f"line {section.sourceline}: a language section without xml:lang; skipped"
                )
            return
        for child in section:
            if not isinstance(child.tag, str):
                self._check_entity(child)
                continue
            namespace, local = _split(child.tag)
            if local in _TERM_SECTIONS and _is_core(namespace):
                term = self._term(child, lang, entry)
                if term is not None:
                    entry.terms.append(term)
            else:
                self._data(child, entry, None, "language")

    def _term(self, section: etree._Element, lang: str, entry: _Entry) -> _Term | None:
        term = _Term(text="", lang=lang)
        found = False
        children = list(section)
        children.reverse()  # a stack: ntig's termGrp is opened in place
        while children:
            child = children.pop()
            if not isinstance(child.tag, str):
                self._check_entity(child)
                continue
            namespace, local = _split(child.tag)
            if local == "term" and _is_core(namespace):
                if not found:
                    term.text = _one_line(_raw_text(child))
                    found = True
            elif local == "termGrp" and _is_core(namespace):
                children.extend(reversed(child))  # ntig: term and termNotes sit in a termGrp
            else:
                self._data(child, entry, term, "term")
        if not term.text:
            self.log.problem(f"line {section.sourceline}: a term section without a term; skipped")
            return None
        return term

    def _data(self, element: etree._Element, entry: _Entry, term: _Term | None, level: str) -> None:
        namespace, local = _split(element.tag)
        core = _is_core(namespace)
        if core and local in _GROUPS:
            self._group(element, entry, term, level)
        elif core and local == "note":
            self._note(_block(_raw_text(element)), entry, term)
        elif core and local in _IGNORED_ELEMENTS:
            self.log.ignored[_IGNORED_ELEMENTS[local]] += 1
        elif core and local in _DATA_ELEMENTS:
            self._category(element.get("type", ""), element, entry, term)
        elif not core:  # DCT style: the element name is the data category
            self._category(local, element, entry, term)
        else:
            self.log.ignored[local] += 1

    def _group(self, group: etree._Element, entry: _Entry, term: _Term | None, level: str) -> None:
        members = [c for c in group if isinstance(c.tag, str)]
        # A context sentence's source belongs to the context, which the model does not hold.
        if members and _category_of(members[0]) == "context":
            self.log.ignored["context"] += 1
            return
        for member in members:
            self._data(member, entry, term, level)

    def _note(self, text: str, entry: _Entry, term: _Term | None) -> None:
        if not text:
            return
        if term is None:
            entry.notes.append(text)
        elif text.lower() in (CASE_SENSITIVE_NOTE, "case sensitive", "区分大小写"):
            term.case_sensitive = True
        else:
            term.usage.append(text)

    def _category(
        self, name: str, element: etree._Element, entry: _Entry, term: _Term | None
    ) -> None:
        key = _squash(name)
        raw = _raw_text(element)
        if key in ("subjectfield", "subject", "domain"):
            entry.subjects.append(_one_line(raw))
        elif key == "definition":
            entry.definitions.append(_block(raw))
        elif key in ("source", "sourceidentifier"):
            entry.sources.append(_one_line(raw))
        elif key in ("customersubset", "projectsubset"):
            entry.scopes.append(_one_line(raw))
        elif key == "note":
            self._note(_block(raw), entry, term)
        elif key in ("administrativestatus", "normativeauthorization", "status") and (
            term is not None
        ):
            self._status(_one_line(raw), element, term)
        elif key == "partofspeech" and term is not None:
            term.part_of_speech = normalise_part_of_speech(raw)
        elif key in ("usagenote", "usage") and term is not None:
            term.usage.append(_block(raw))
        else:
            self.log.ignored[name or "(no type)"] += 1

    def _status(self, value: str, element: etree._Element, term: _Term) -> None:
        status = parse_status(value)
        if status is None:
            self.log.problem(
                f"line {element.sourceline}: unknown status {value!r} for {term.text!r}; "
                "treated as unmarked"
            )
        elif term.status is None or status is TermStatus.DEPRECATED:
            term.status = status  # administrativeStatus and normativeAuthorization may both occur


def _category_of(element: etree._Element) -> str:
    namespace, local = _split(element.tag)
    name = element.get("type", "") if _is_core(namespace) else local
    return _squash(name)


def _with_statuses(terms: list[_Term]) -> list[TermData]:
    """Terms grouped by language (first appearance), unmarked ones given a status."""
    by_lang: dict[str, list[_Term]] = {}
    for term in terms:
        by_lang.setdefault(term.lang, []).append(term)
    result: list[TermData] = []
    for group in by_lang.values():
        has_preferred = any(t.status is TermStatus.PREFERRED for t in group)
        for term in group:
            status = term.status
            if status is None:
                status = TermStatus.ADMITTED if has_preferred else TermStatus.PREFERRED
                has_preferred = True
            result.append(
                TermData(
                    text=term.text,
                    lang=term.lang,
                    status=status,
                    part_of_speech=term.part_of_speech,
                    usage_note=_join_unique(term.usage, "\n"),
                    case_sensitive=term.case_sensitive,
                )
            )
    return result


def _head(path: Path) -> str:
    """The file's first bytes as text, for the prolog checks (DOCTYPE, root name)."""
    with path.open("rb") as handle:
        data = handle.read(_HEAD)
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(codec, errors="replace")
    return data.decode("utf-8", errors="replace")


def _line_at(text: str, index: int) -> int:
    return text.count("\n", 0, max(index, 0)) + 1


def _refuse_entities(path: Path, head: str) -> ImportFailed:
    at = head.find("<!ENTITY")
    where = f"line {_line_at(head, at)}" if at >= 0 else "DOCTYPE"
    return ImportFailed(
        path,
        "the DOCTYPE declares entities (a possible entity-expansion or external-entity "
        "attack); TBX files never need them, so the file is refused",
        where,
    )


def _check_root(path: Path, root: etree._Element, head: str) -> None:
    namespace, local = _split(root.tag)
    iso = namespace is None or namespace.startswith(_ISO)
    if local not in ("martif", "tbx") or not iso:
        raise ImportFailed(
            path,
            f"not a TBX file: the root element is <{local}> (expected <martif> or <tbx>)",
            f"line {root.sourceline}",
        )
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise _refuse_entities(path, head)


def tbx_version(path: str | Path) -> int | None:
    """2 for a ``martif`` file, 3 for a ``tbx`` file, None when neither root is in sight."""
    head = _head(Path(path))
    match = re.search(r"<(?![?!])(?:[\w.-]+:)?([\w.-]+)", _strip_prolog(head))
    if match is None:
        return None
    return {"martif": 2, "tbx": 3}.get(match.group(1))


def _strip_prolog(head: str) -> str:
    # Comments and PIs may mention element names; only the first real tag counts.
    return re.sub(r"<!--.*?-->|<\?.*?\?>", "", head, flags=re.S)


def iter_tbx(path: str | Path, *, notes: list[str] | None = None) -> Iterator[ConceptData]:
    """Concepts of a TBX file, one entry at a time; ``ImportFailed`` names file and line."""
    file = Path(path)
    try:
        head = _head(file)
    except OSError as exc:
        raise ImportFailed(file, exc.strerror or str(exc)) from None
    if not head.strip("\ufeff \t\r\n"):
        raise ImportFailed(file, "the file is empty")
    log = _Log()
    reader = _EntryReader(log)
    parser = etree.iterparse(
        str(file),
        events=("start", "end"),
        tag=("{*}martif", "{*}tbx", "{*}termEntry", "{*}conceptEntry"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
    )
    root_checked = False
    try:
        for event, element in parser:
            if not root_checked:
                _check_root(file, element.getroottree().getroot(), head)
                root_checked = True
            if event != "end" or _split(element.tag)[1] not in ("termEntry", "conceptEntry"):
                continue
            concept = reader.read(element)
            # Free what was read: the entry, and the emptied entries before it.
            element.clear(keep_tail=False)
            parent = element.getparent()
            while element.getprevious() is not None and parent is not None:
                del parent[0]
            if concept is not None:
                yield concept
        if not root_checked:
            if parser.root is None:
                raise ImportFailed(file, "the file holds no XML element")
            _check_root(file, parser.root, head)
    except etree.XMLSyntaxError as exc:
        if not root_checked and "<!ENTITY" in head:
            raise _refuse_entities(file, head) from None
        message = re.sub(r", line \d+, column \d+.*$", "", str(exc.msg or exc))
        raise ImportFailed(
            file, f"the XML is malformed ({message})", f"line {max(exc.lineno or 1, 1)}"
        ) from None
    except _EntityReference as exc:
        raise ImportFailed(
            file,
            f"the file uses the entity {exc.node.text} from a DTD that is never loaded "
            "(entities are not expanded, for safety)",
            f"line {exc.node.sourceline}",
        ) from None
    except OSError as exc:
        raise ImportFailed(file, exc.strerror or str(exc)) from None
    if notes is not None:
        log.flush(notes)


def read_tbx(path: str | Path, *, notes: list[str] | None = None) -> list[ConceptData]:
    """All concepts of a TBX-Basic 2 or TBX v3 file; ``notes`` receives what was left out."""
    return list(iter_tbx(path, notes=notes))


# --------------------------------------------------------------------------- writing

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NAME_START = re.compile(r"[A-Za-z_\u00c0-\ufffd]")
_NAME_BAD = re.compile(r"[^\w.\-\u00b7\u00c0-\ufffd]")

_V2_DOCTYPE = '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">'
_V3_SCHEMAS = (
    (
        "https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/"
        "TBXcoreStructV03_TBX-Basic_integrated.rng",
        "http://relaxng.org/ns/structure/1.0",
    ),
    (
        "https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/"
        "TBX-Basic_DCA.sch",
        "http://purl.oclc.org/dsdl/schematron",
    ),
)


@dataclass
class _WriteLog:
    illegal_characters: int = 0
    part_of_speech: Counter[tuple[str, str]] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    empty_terms: int = 0
    skipped_concepts: int = 0
    renamed_ids: int = 0

    def notes(self) -> list[str]:
        notes: list[str] = []
        if self.part_of_speech:
            listed = ", ".join(f"{given!r} → {written}" for given, written in self.part_of_speech)
            notes.append(f"Parts of speech outside the TBX-Basic picklist were written as {listed}")
        if self.languages:
            listed = ", ".join(f"{lang} ({n})" for lang, n in self.languages.most_common())
            notes.append(f"Terms in languages TBX export does not know were left out: {listed}")
        if self.empty_terms:
            notes.append(f"{self.empty_terms} empty terms were left out")
        if self.skipped_concepts:
            notes.append(
                f"{self.skipped_concepts} concepts without terms were left out "
                "(TBX needs at least one term per entry)"
            )
        if self.renamed_ids:
            notes.append(
                f"{self.renamed_ids} entry ids were not unique XML names and were adjusted"
            )
        if self.illegal_characters:
            notes.append(
                f"{self.illegal_characters} control characters XML cannot hold were removed"
            )
        return notes


class _Writer:
    def __init__(self, version: Literal[2, 3]) -> None:
        self.version = version
        self.log = _WriteLog()
        self.used_ids: set[str] = set()
        v3 = version == 3
        self.entry_tag = "conceptEntry" if v3 else "termEntry"
        self.lang_tag = "langSec" if v3 else "langSet"
        self.term_tag = "termSec" if v3 else "tig"
        self.picklist = PART_OF_SPEECH_V3 if v3 else PART_OF_SPEECH_V2

    def clean(self, text: str) -> str:
        if not text:  # most optional fields are empty
            return ""
        cleaned, count = _XML_ILLEGAL.subn("", text)
        self.log.illegal_characters += count
        return cleaned.strip()

    def sub(self, parent: etree._Element, tag: str, text: str, kind: str | None = None) -> None:
        element = (
            etree.SubElement(parent, tag, type=kind) if kind else etree.SubElement(parent, tag)
        )
        element.text = text

    def entry_id(self, concept: ConceptData, index: int) -> str:
        wanted = concept.external_id.strip() or (
            f"c{concept.id}" if concept.id is not None else f"c{index}"
        )
        ident = _NAME_BAD.sub("_", wanted)
        if not _NAME_START.match(ident):
            ident = f"c{ident}"
        base, n = ident, 1
        while ident in self.used_ids:  # ids must be unique in the file (xsd:ID)
            n += 1
            ident = f"{base}-{n}"
        if ident != wanted:
            self.log.renamed_ids += 1
        self.used_ids.add(ident)
        return ident

    def part_of_speech(self, value: str) -> str:
        if not value:
            return ""
        canonical = normalise_part_of_speech(value)
        if canonical in self.picklist:
            return canonical
        written = "noun" if canonical == "properNoun" else "other"
        self.log.part_of_speech[(value, written)] += 1
        return written

    def entry(self, concept: ConceptData, index: int) -> etree._Element | None:
        by_lang: dict[str, list[tuple[str, TermData]]] = {}
        for term in concept.terms:
            text = self.clean(term.text)
            lang = term_language(term.lang)
            if not text:
                self.log.empty_terms += 1
            elif lang is None:
                self.log.languages[term.lang] += 1
            else:
                by_lang.setdefault(lang, []).append((text, term))
        if not by_lang:
            self.log.skipped_concepts += 1
            return None
        entry = etree.Element(self.entry_tag, id=self.entry_id(concept, index))
        for tag, kind, value in (
            ("descrip", "subjectField", concept.subject),
            ("descrip", "definition", concept.definition),
            ("admin", "source", concept.source),
            ("note", None, concept.note),
        ):
            text = self.clean(value)
            if text:
                self.sub(entry, tag, text, kind)
        scope = self.clean(concept.scope)
        for lang, terms in by_lang.items():
            section = etree.SubElement(entry, self.lang_tag)
            section.set(XML_LANG, lang)
            for text, term in terms:
                self.term(section, text, term, scope)
        return entry

    def term(self, section: etree._Element, text: str, term: TermData, scope: str) -> None:
        element = etree.SubElement(section, self.term_tag)
        self.sub(element, "term", text)
        pos = self.part_of_speech(self.clean(term.part_of_speech))
        if pos:
            self.sub(element, "termNote", pos, "partOfSpeech")
        status = STATUS_VALUES[TermStatus(term.status)]
        self.sub(element, "termNote", status, "administrativeStatus")
        if scope:  # TBX-Basic allows customerSubset only at the term level
            self.sub(element, "admin", scope, "customerSubset")
        usage = self.clean(term.usage_note)
        if usage:
            self.sub(element, "note", usage)
        if term.case_sensitive:
            self.sub(element, "note", CASE_SENSITIVE_NOTE)

    def header(self, title: str) -> etree._Element:
        v3 = self.version == 3
        header = etree.Element("tbxHeader" if v3 else "martifHeader")
        source = etree.SubElement(etree.SubElement(header, "fileDesc"), "sourceDesc")
        etree.SubElement(source, "p").text = self.clean(title)
        if not v3:
            encoding = etree.SubElement(header, "encodingDesc")
            etree.SubElement(encoding, "p", type="XCSURI").text = "TBXBasicXCSV02.xcs"
        etree.indent(header, space="  ", level=1)
        return header

    def write(self, handle: IO[bytes], concepts: Iterable[ConceptData], title: str) -> None:
        """Stream the document: the frame is fixed text, each entry is built, serialised and
        dropped, so memory stays flat however many concepts there are."""
        v3 = self.version == 3
        if v3:
            models = "".join(
                f'<?xml-model href="{href}" type="application/xml" schematypens="{schema}"?>\n'
                for href, schema in _V3_SCHEMAS
            )
            frame = f'{models}<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="{TBX_NS}">'
        else:
            frame = f'{_V2_DOCTYPE}\n<martif type="TBX-Basic" xml:lang="en">'
        handle.write(f'<?xml version="1.0" encoding="UTF-8"?>\n{frame}\n  '.encode())
        handle.write(etree.tostring(self.header(title), encoding="utf-8"))
        handle.write(b"\n  <text>\n    <body>")
        # Entries are built without a namespace: inside the v3 root's default namespace they
        # are written as plain <conceptEntry> and read back in the namespace.
        for index, concept in enumerate(concepts, 1):
            element = self.entry(concept, index)
            if element is not None:
                etree.indent(element, space="  ", level=3)
                handle.write(b"\n      " + etree.tostring(element, encoding="utf-8"))
        closing = "tbx" if v3 else "martif"
        handle.write(f"\n    </body>\n  </text>\n</{closing}>\n".encode())


def write_tbx(
    path: str | Path,
    concepts: Iterable[ConceptData],
    *,
    version: Literal[2, 3] = 2,
    title: str = "ICC Workbench term base export",
) -> list[str]:
    """Write TBX-Basic 2 (``martif``) or, with ``version=3``, TBX v3 DCA; atomically.

    Returns notes on what had to change to stay within TBX-Basic (empty when nothing did).
    """
    if version not in (2, 3):
        raise ValueError(f"TBX version must be 2 or 3, not {version!r}")
    writer = _Writer(version)
    with atomic_writer(path, "wb") as handle:
        writer.write(handle, concepts, title)
    return writer.log.notes()
