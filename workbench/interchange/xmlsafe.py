"""Safe, streaming XML for interchange files, and the inline-code walker they share.

Entities are never expanded: the parser runs with ``resolve_entities=False, no_network=True,
load_dtd=False``, a DOCTYPE that declares entities (billion laughs, XXE) is refused before
parsing, and a reference to an undeclared entity is refused where it is met. A DOCTYPE that
only names an external DTD (OmegaT, the TMX compliance kit) is fine: the DTD is never read.
Every failure becomes one ``ImportFailed`` naming the file and the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from lxml import etree

from workbench.errors import ImportFailed
from workbench.interchange.units import NO_CODES, InlineText

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_HEAD = 64 * 1024
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_LINE_COLUMN = re.compile(r",? line \d+, column \d+.*$", re.S)
_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*(\[)?", re.I)
_ENCODING = re.compile(r"""<\?xml[^>]*?encoding\s*=\s*["']([^"']+)""")
_XMLNS = re.compile(r'\sxmlns(?::([\w.-]+))?="[^"]*"')
_INVALID_CHAR = re.compile(r"invalid Char value (\d+)", re.I)
_BAD_ID = re.compile(r"[^\w.:-]")

# Inline rules: local name -> (kind, attributes that hold the code's number, first wins).
# Kinds: "code" -> <name{n}/>, "pair" -> <name{n}>…</name{n}>, "markup" -> its text only,
# "skip" -> nothing, "char" -> the character of a ``hex`` attribute (XLIFF 2 <cp>).
Rules = Mapping[str, tuple[str, tuple[str, ...]]]
_MARKUP: tuple[str, tuple[str, ...]] = ("markup", ())


def read_head(path: Path) -> str:
    """The file's first 64 KB as text, for the prolog checks; refuses a missing/empty file."""
    try:
        with path.open("rb") as handle:
            data = handle.read(_HEAD)
    except OSError as exc:
        raise ImportFailed(path, exc.strerror or str(exc)) from None
    text = data.decode("utf-8", errors="replace")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(codec, errors="replace")
            break
    if not text.strip("\ufeff \t\r\n\x00"):
        raise ImportFailed(path, "the file is empty")
    return text


def line_at(text: str, index: int) -> int:
    return text.count("\n", 0, max(index, 0)) + 1


def refuse_entities(path: Path, where: str) -> ImportFailed:
    return ImportFailed(
        path,
        "the DOCTYPE declares entities (a possible entity-expansion or external-entity "
        "attack); interchange files never need them, so the file is refused",
        where,
    )


def check_doctype(path: Path, head: str) -> None:
    """Refuse a DOCTYPE whose internal subset declares entities (or is too long to check)."""
    match = _SUBSET.search(head)
    if match is None or match.group(1) is None:
        return
    end = head.find("]", match.end())
    subset = head[match.end() : end if end >= 0 else len(head)]
    at = subset.find("<!ENTITY")
    if at >= 0:
        raise refuse_entities(path, f"line {line_at(head, match.end() + at)}")
    if end < 0:
        raise refuse_entities(path, f"line {line_at(head, match.start())}")


def split_tag(tag: str) -> tuple[str, str]:
    """(namespace, local name); the namespace is "" when there is none."""
    if tag[:1] == "{":
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def iterparse(
    path: Path, head: str, tags: tuple[str, ...] | None, events: tuple[str, ...] = ("end",)
) -> Iterator[tuple[str, etree._Element]]:
    """``lxml`` iterparse with the safe options; syntax errors become ``ImportFailed``."""
    check_doctype(path, head)
    parser = etree.iterparse(
        str(path),
        events=events,
        tag=tags,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
    )
    first = True
    try:
        for event, element in parser:
            if first:
                first = False
                dtd = element.getroottree().docinfo.internalDTD
                if dtd is not None and any(True for _ in dtd.iterentities()):
                    raise refuse_entities(path, "DOCTYPE")
            yield event, element
        if parser.root is None:
            raise ImportFailed(path, "the file holds no XML element")
    except etree.XMLSyntaxError as exc:
        raise syntax_error(path, exc, head) from None
    except OSError as exc:
        raise ImportFailed(path, exc.strerror or str(exc)) from None


def root_element(path: Path, head: str) -> etree._Element:
    """The root element with its attributes (children not read), checked like a full parse."""
    for _event, element in iterparse(path, head, None, ("start",)):
        return element
    raise ImportFailed(path, "the file holds no XML element")


def syntax_error(path: Path, exc: etree.XMLSyntaxError, head: str) -> ImportFailed:
    """One clear sentence for what libxml2 reports."""
    message = _LINE_COLUMN.sub("", str(exc.msg or exc)).strip()
    line = max(exc.lineno or 1, 1)
    where = f"line {line}"
    lowered = message.lower()
    if "encoding" in lowered or "not proper utf-8" in lowered:
        match = _ENCODING.search(head)
        declared = match.group(1) if match else "UTF-8"
        return ImportFailed(
            path,
            f"the text is not valid {declared}, the encoding the file declares (was it saved "
            f"in another encoding, such as GB18030 or Big5?); save it as {declared}",
            where,
        )
    if char := _INVALID_CHAR.search(message):
        return ImportFailed(
            path,
            f"the text holds the control character U+{int(char.group(1)):04X}, "
            "which XML does not allow",
            where,
        )
    if line == 1 and "start tag expected" in lowered:
        return ImportFailed(path, "not an XML file (it does not start with an XML tag)", where)
    if "no element found" in lowered or "document is empty" in lowered:
        return ImportFailed(path, "the file holds no XML element", where)
    if "premature end" in lowered or line >= _last_line(path):
        return ImportFailed(
            path, f"the XML ends too early; the file may be truncated ({message})", where
        )
    return ImportFailed(path, f"the XML is malformed ({message})", where)


def _last_line(path: Path) -> int:
    try:
        data = path.read_bytes()
    except OSError:
        return 0
    return data.count(b"\n") + (0 if data.endswith((b"\n", b"\n\x00")) else 1)


def entity_reference(path: Path, node: etree._Element) -> ImportFailed:
    return ImportFailed(
        path,
        f"the file uses the entity {node.text} from a DTD that is never loaded "
        "(entities are not expanded, for safety)",
        f"line {node.sourceline}",
    )


# --------------------------------------------------------------------------- inline content


def plain_text(element: etree._Element, path: Path) -> str:
    """All text of an element (notes), refusing entity references."""
    if len(element) == 0:
        return element.text or ""
    return render_inline(element, {}, path)[0]


def render_inline(
    element: etree._Element, rules: Rules, path: Path
) -> tuple[str, Mapping[str, str]]:
    """Text with placeholder tags for the codes, and placeholder -> original XML."""
    if len(element) == 0:  # the common case: plain text, no walk
        return element.text or "", NO_CODES
    out = InlineText()
    _walk(element, rules, out, path)
    return out.result()


def render_inline_exact(
    element: etree._Element, rules: Rules, path: Path
) -> tuple[str, Mapping[str, str]]:
    """``render_inline`` for an import that must write the text back: refuses a segment
    where one placeholder would stand for two different codes (a code number used twice)."""
    if len(element) == 0:
        return element.text or "", NO_CODES
    out = InlineText()
    _walk(element, rules, out, path)
    if out.clash:
        raise ImportFailed(
            path,
            f"two different inline codes in one <{split_tag(element.tag)[1]}> both read as "
            f"{out.clash} (a code number is used twice), so the text could not be written "
            "back exactly",
            f"line {element.sourceline}",
        )
    return out.result()


def _walk(element: etree._Element, rules: Rules, out: InlineText, path: Path) -> None:
    out.text(element.text)
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):
            if tag is etree.Entity:
                raise entity_reference(path, child)
            out.text(child.tail)
            continue
        name = tag.rpartition("}")[2]
        kind, attributes = rules.get(name, _MARKUP)
        if kind == "code":
            out.code(f"<{name}{_number(child, name, attributes, out)}/>", code_xml(child))
        elif kind == "pair":
            number = _number(child, name, attributes, out)
            out.code(f"<{name}{number}>", start_tag(child))
            _walk(child, rules, out, path)
            out.code(f"</{name}{number}>", f"</{name}>")
        elif kind == "char":
            out.text(_character(child))
        elif kind == "markup":
            _walk(child, rules, out, path)
        out.text(child.tail)


def _number(
    element: etree._Element, name: str, attributes: tuple[str, ...], out: InlineText
) -> str:
    for attribute in attributes:
        value = element.get(attribute)
        if value:
            return _BAD_ID.sub("_", value)
    return str(out.nth(name))


def _character(element: etree._Element) -> str:
    try:
        return chr(int(element.get("hex", ""), 16))
    except (ValueError, OverflowError):
        return ""


def code_xml(element: etree._Element) -> str:
    """The element as XML, without its tail and without namespace declarations it needs not."""
    xml = etree.tostring(element, encoding="unicode", with_tail=False)
    return _tidy(xml, split_tag(element.tag)[0])


def start_tag(element: etree._Element) -> str:
    """Just the start tag of a paired code (``<g id="1">``), in the same tidy form."""
    shallow = etree.Element(element.tag, dict(element.attrib), nsmap=element.nsmap)
    xml = _tidy(etree.tostring(shallow, encoding="unicode"), split_tag(element.tag)[0])
    return xml[:-2] + ">" if xml.endswith("/>") else xml


def _tidy(xml: str, namespace: str) -> str:
    def keep(match: re.Match[str]) -> str:
        prefix = match.group(1)
        if prefix is None:
            return "" if match.group(0).endswith(f'"{namespace}"') else match.group(0)
        rest = xml[: match.start()] + xml[match.end() :]
        return match.group(0) if f"{prefix}:" in rest else ""

    return _XMLNS.sub(keep, xml)
