"""Text with placeholder tags (``<g1>…</g1>``, ``<x2/>``) back to inline XML.

* Same format (``exact_fragment``): each placeholder becomes the XML it was read from
  (target codes first, then the source's, so a code the translator copied over works).
* Another format (``converted_fragment``): a generic mapping by role: a paired placeholder
  becomes ``<g>`` / ``<pc>`` / ``<bpt>``+``<ept>``; an opening code (bpt, bx, sc) and a
  closing one (ept, ex, ec) become the target format's; anything else a placeholder code.
  The native code text (the content of a TMX or XLIFF 1.2 ``<bpt>``/``<ph>``) is kept.
* Text that only looks like a placeholder (not in the code map), and a paired placeholder
  whose partner was deleted, stay literal text. Characters XML cannot hold become
  XLIFF 2 ``<cp hex="…"/>`` and are dropped elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from workbench.interchange.units import XLIFF_2, XLIFF_12

_TOKEN = re.compile(r"</?[\w.:-]+/?>")
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NAME = re.compile(r"</?(bpt|ept|bx|ex|ph|it|ut|pc|sc|ec|g|x)([\w.:-]*?)/?>")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_OPENING = {"bpt", "bx", "sc"}
_CLOSING = {"ept", "ex", "ec"}

# (kind, token, payload): kind "text" | "open" | "close" | "code"; payload: the code XML.
_Token = tuple[str, str, str]


def text_xml(text: str, fmt: str) -> str:
    """Escaped text; characters XML cannot hold become ``<cp>`` (XLIFF 2) or are dropped."""
    escaped = escape(text)
    if _INVALID.search(escaped) is None:
        return escaped
    if fmt == XLIFF_2:
        return _INVALID.sub(lambda m: f'<cp hex="{ord(m.group(0)):04X}"/>', escaped)
    return _INVALID.sub("", escaped)


def _tokens(text: str, codes: Sequence[Mapping[str, str]]) -> list[_Token]:
    """Split into text and known placeholders; unmatched pair halves become text."""
    out: list[_Token] = []
    last = 0
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        xml = next((c[token] for c in codes if token in c), None)
        if xml is None:
            continue
        if match.start() > last:
            out.append(("text", text[last : match.start()], ""))
        kind = "code" if token.endswith("/>") else "close" if token[1] == "/" else "open"
        out.append((kind, token, xml))
        last = match.end()
    if last < len(text):
        out.append(("text", text[last:], ""))
    stack: list[int] = []
    matched: set[int] = set()
    for index, (kind, token, _xml) in enumerate(out):
        if kind == "open":
            stack.append(index)
        elif kind == "close" and stack and out[stack[-1]][1] == "<" + token[2:]:
            matched.update((stack.pop(), index))
    return [
        ("text", token, "") if kind in ("open", "close") and i not in matched else (kind, token, x)
        for i, (kind, token, x) in enumerate(out)
    ]


def exact_fragment(text: str, codes: Sequence[Mapping[str, str]], fmt: str) -> str:
    """Inline XML (a fragment) for ``text``, each placeholder the XML it was read from."""
    return "".join(
        text_xml(token, fmt) if kind == "text" else xml for kind, token, xml in _tokens(text, codes)
    )


def _native(xml: str) -> str:
    """The text inside a code (TMX/XLIFF 1.2 native data), "" if none or unreadable."""
    if xml.startswith("</") or "<" not in xml[1:]:
        return ""
    try:
        element = etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError:
        return ""
    return "".join(element.itertext())


class _Numbers:
    """Code numbers for the target format: the placeholder's own when it is a plain
    number not yet taken, else the next free one."""

    def __init__(self) -> None:
        self.taken: dict[str, str] = {}
        self.used: set[str] = set()

    def of(self, key: str, wanted: str) -> str:
        if key in self.taken:
            return self.taken[key]
        number = wanted if wanted.isdigit() and wanted not in self.used else ""
        if not number:
            candidate = 1
            while str(candidate) in self.used:
                candidate += 1
            number = str(candidate)
        self.used.add(number)
        self.taken[key] = number
        return number


def converted_fragment(text: str, codes: Sequence[Mapping[str, str]], fmt: str) -> str:
    """Inline XML for ``text`` in ``fmt`` when the codes were read from another format."""
    tokens = _tokens(text, codes)
    present = {token for kind, token, _xml in tokens if kind == "code"}
    numbers = _Numbers()
    parts: list[str] = []
    for kind, token, xml in tokens:
        if kind == "text":
            parts.append(text_xml(token, fmt))
            continue
        name, wanted = _role(token)
        if kind in ("open", "close"):
            number = numbers.of("pair " + token.lstrip("</").rstrip(">"), wanted)
            parts.append(_pair(kind == "open", number, fmt))
            continue
        data = escape(_native(xml))
        if name in _OPENING or name in _CLOSING:
            opener = name if name in _OPENING else _OPENERS[name]
            partner = token.replace(name, _PARTNERS[name] if name in _OPENING else opener, 1)
            number = numbers.of("pair " + token.replace(name, opener, 1), wanted)
            build = _opening if name in _OPENING else _closing
            parts.append(build(number, data, fmt, paired=partner in present))
        else:
            parts.append(_placeholder(numbers.of("code " + token, wanted), data, fmt))
    return "".join(parts)


def _role(token: str) -> tuple[str, str]:
    match = _NAME.fullmatch(token)
    return (match.group(1), match.group(2)) if match else ("", "")


_PARTNERS = {"bpt": "ept", "bx": "ex", "sc": "ec"}
_OPENERS = {closer: opener for opener, closer in _PARTNERS.items()}


def _pair(opening: bool, number: str, fmt: str) -> str:
    if fmt == XLIFF_12:
        return f"<g id={quoteattr(number)}>" if opening else "</g>"
    if fmt == XLIFF_2:
        return f"<pc id={quoteattr(number)}>" if opening else "</pc>"
    tag = "bpt" if opening else "ept"
    return f"<{tag} i={quoteattr(number)}></{tag}>"


def _opening(number: str, data: str, fmt: str, *, paired: bool) -> str:
    if fmt == XLIFF_12:
        return f'<bpt id="{number}">{data}</bpt>' if data else f'<bx id="{number}"/>'
    if fmt == XLIFF_2:
        return f'<sc id="{number}"/>' if paired else f'<sc id="{number}" isolated="yes"/>'
    if paired:
        return f'<bpt i="{number}">{data}</bpt>'
    return f'<it pos="begin">{data}</it>'


def _closing(number: str, data: str, fmt: str, *, paired: bool) -> str:
    if fmt == XLIFF_12:
        return f'<ept id="{number}">{data}</ept>' if data else f'<ex id="{number}"/>'
    if fmt == XLIFF_2:
        return f'<ec startRef="{number}"/>' if paired else f'<ec id="{number}" isolated="yes"/>'
    if paired:
        return f'<ept i="{number}">{data}</ept>'
    return f'<it pos="end">{data}</it>'


def _placeholder(number: str, data: str, fmt: str) -> str:
    if fmt == XLIFF_12:
        return f'<ph id="{number}">{data}</ph>' if data else f'<x id="{number}"/>'
    if fmt == XLIFF_2:
        return f'<ph id="{number}"/>'
    return f'<ph x="{number}">{data}</ph>'


def set_content(element: etree._Element, fragment: str) -> None:
    """Replace the element's text and children with an inline XML fragment."""
    for child in list(element):
        element.remove(child)
    element.text = None
    if "<" not in fragment:
        element.text = _unescape(fragment) or None
        return
    wrapper = etree.fromstring(f"<w>{fragment}</w>", _PARSER)
    element.text = wrapper.text
    for child in list(wrapper):
        element.append(child)


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
