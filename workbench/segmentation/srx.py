"""Read SRX 2.0 segmentation rules (the LISA/GALA exchange format) into plain data.

Only the parts that matter for plain-text segmentation are read:

* ``header/@cascade`` — with ``yes`` every language map that matches a language code adds its
  rules (in map order); with ``no`` only the first matching map is used;
* ``body/languagerules/languagerule`` — ordered ``<rule break="yes|no">`` elements with
  optional ``<beforebreak>`` / ``<afterbreak>`` regexes (a missing one matches anything);
* ``body/maprules/languagemap`` — ``languagepattern`` (a regex matched against the whole
  language code, case-insensitively) → ``languagerulename``.

``segmentsubflows`` and ``formathandle`` concern inline markup, which plain text has none of,
so they are accepted and ignored. Files with or without the SRX 2.0 namespace are accepted.
The XML is parsed with entity resolution, DTD loading and network access disabled; a
document type declaration is refused outright.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from workbench.errors import WorkbenchError
from workbench.segmentation.dialect import DialectError, translate

SRX_NAMESPACE = "http://www.lisa.org/srx20"
_ACCEPTED_NAMESPACES = (None, SRX_NAMESPACE, "http://www.lisa.org/srx10")
_MAX_BYTES = 10 * 1024 * 1024  # no real rule file comes near this; refuse anything larger


class SRXError(WorkbenchError):
    """An SRX file that cannot be used; the message names the file and the place."""

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        where = f", line {line}" if line else ""
        super().__init__(f"Invalid segmentation rules {source}{where}: {problem}")
        self.source = source
        self.problem = problem
        self.line = line


@dataclass(frozen=True)
class Rule:
    """One ``<rule>``: break (or not) where ``before`` ends and ``after`` starts."""

    breaks: bool
    before: str  # already translated to Python ``re`` syntax
    after: str
    where: str = ""  # "rules.srx, languagerule 'English', rule 3 (line 40)" for errors


@dataclass(frozen=True)
class LanguageMap:
    pattern: re.Pattern[str]
    rule_name: str


@dataclass(frozen=True)
class SRXDocument:
    source: str
    cascade: bool
    language_rules: dict[str, tuple[Rule, ...]]
    maps: tuple[LanguageMap, ...] = field(default_factory=tuple)

    def rules_for(self, language: str) -> tuple[Rule, ...] | None:
        """The ordered rules for a language code, or None when no map matches it."""
        matched: list[Rule] = []
        found = False
        for mapping in self.maps:
            if mapping.pattern.fullmatch(language):
                found = True
                matched.extend(self.language_rules[mapping.rule_name])
                if not self.cascade:
                    break
        return tuple(matched) if found else None


def read_srx(path: str | Path) -> SRXDocument:
    """Parse an SRX file; raises ``SRXError`` with the file name and line on any problem."""
    file = Path(path).expanduser()
    try:
        if file.stat().st_size > _MAX_BYTES:
            raise SRXError(str(file), f"file is larger than {_MAX_BYTES // (1024 * 1024)} MB")
        data = file.read_bytes()
    except OSError as exc:
        raise SRXError(str(file), exc.strerror or str(exc)) from exc
    return parse_srx(data, str(file))


def parse_srx(data: bytes, source: str = "<srx>") -> SRXDocument:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise SRXError(source, f"not well-formed XML ({exc.msg})", exc.lineno) from exc
    if root.getroottree().docinfo.doctype:
        raise SRXError(source, "document type declarations are not allowed")
    if _local(root) != "srx":
        raise SRXError(source, f"root element is <{_local(root)}>, expected <srx>", root.sourceline)
    namespace = etree.QName(root).namespace
    if namespace not in _ACCEPTED_NAMESPACES:
        raise SRXError(source, f"unknown namespace {namespace!r} (expected SRX 2.0)")

    header = _child(root, "header")
    cascade = header is not None and header.get("cascade", "no").strip().lower() == "yes"
    body = _child(root, "body")
    if body is None:
        raise SRXError(source, "missing <body>", root.sourceline)
    language_rules = _read_language_rules(body, source)
    maps = _read_maps(body, source, language_rules)
    return SRXDocument(source, cascade, language_rules, maps)


def _read_language_rules(body: etree._Element, source: str) -> dict[str, tuple[Rule, ...]]:
    container = _child(body, "languagerules")
    if container is None:
        raise SRXError(source, "missing <languagerules>", body.sourceline)
    result: dict[str, tuple[Rule, ...]] = {}
    for element in _children(container, "languagerule"):
        name = element.get("languagerulename")
        if not name:
            raise SRXError(source, "<languagerule> without languagerulename", element.sourceline)
        if name in result:
            raise SRXError(source, f"languagerule {name!r} is defined twice", element.sourceline)
        rules = [
            _read_rule(rule, source, f"languagerule {name!r}, rule {index}")
            for index, rule in enumerate(_children(element, "rule"), start=1)
        ]
        result[name] = tuple(rules)
    return result


def _read_rule(element: etree._Element, source: str, label: str) -> Rule:
    where = f"{source}, {label} (line {element.sourceline})"
    value = element.get("break", "yes").strip().lower()
    if value not in ("yes", "no"):
        problem = f"{label}: break must be yes or no, not {value!r}"
        raise SRXError(source, problem, element.sourceline)
    patterns: list[str] = []
    for tag in ("beforebreak", "afterbreak"):
        child = _child(element, tag)
        text = (child.text or "") if child is not None else ""
        try:
            translated = translate(text)
            re.compile(translated)
        except (DialectError, re.error) as exc:
            line = child.sourceline if child is not None else element.sourceline
            raise SRXError(source, f"{label}: bad <{tag}> regex {text!r}: {exc}", line) from exc
        patterns.append(translated)
    if not patterns[0] and not patterns[1]:
        raise SRXError(
            source, f"{label}: a rule needs <beforebreak> or <afterbreak>", element.sourceline
        )
    return Rule(value == "yes", patterns[0], patterns[1], where)


def _read_maps(
    body: etree._Element, source: str, language_rules: dict[str, tuple[Rule, ...]]
) -> tuple[LanguageMap, ...]:
    container = _child(body, "maprules")
    if container is None:
        raise SRXError(source, "missing <maprules>", body.sourceline)
    maps: list[LanguageMap] = []
    # SRX 1.0 wraps the maps in <maprule> elements; 2.0 lists them directly.
    for element in (child for child in container.iter() if _local(child) == "languagemap"):
        pattern, name = element.get("languagepattern"), element.get("languagerulename")
        if not pattern or not name:
            raise SRXError(
                source,
                "<languagemap> needs languagepattern and languagerulename",
                element.sourceline,
            )
        if name not in language_rules:
            raise SRXError(
                source, f"languagemap refers to unknown languagerule {name!r}", element.sourceline
            )
        try:
            compiled = re.compile(translate(pattern), re.IGNORECASE)
        except (DialectError, re.error) as exc:
            raise SRXError(
                source, f"bad languagepattern {pattern!r}: {exc}", element.sourceline
            ) from exc
        maps.append(LanguageMap(compiled, name))
    return tuple(maps)


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(parent: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in parent if _local(child) == name]


def _child(parent: etree._Element, name: str) -> etree._Element | None:
    found = _children(parent, name)
    return found[0] if found else None
