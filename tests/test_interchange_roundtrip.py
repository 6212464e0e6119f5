"""XLIFF 1.2 / XLIFF 2.x / TMX import into a workspace and export back out.

Every file in ../shared/interop/{xliff,tmx} either imports and comes back out unchanged
(same ids, source and target text with their inline codes, notes, states, languages) or,
for the malformed ones, gives one clear error and stores nothing. Our own export, imported
and exported again, is byte-identical.
"""

from __future__ import annotations

import json
import re
import tracemalloc
from pathlib import Path

import pytest
import sqlalchemy as sa
from lxml import etree

from workbench.cli import main
from workbench.db.workspace import Workspace
from workbench.documents import import_into_workspace
from workbench.documents.export_interchange import export_interchange
from workbench.documents.store import store_draft
from workbench.editor.structure import split_segment
from workbench.errors import ImportFailed
from workbench.importers import DraftBlock, DraftDocument, DraftSegment, import_file
from workbench.importers.interchange import workspace_pair
from workbench.interchange import (
    TMX,
    XLIFF_2,
    XLIFF_12,
    iter_tmx_units,
    read_bilingual,
    tmx_languages,
)
from workbench.interchange.inline import converted_fragment, exact_fragment
from workbench.models import Block, Document, Segment, SegmentRevision
from workbench.models.enums import BlockKind, Language

INTEROP = Path(__file__).resolve().parents[2] / "shared" / "interop"
XLIFF_DIR = INTEROP / "xliff"
TMX_DIR = INTEROP / "tmx"
MALFORMED = {
    # A raw U+0008 in a <target>: not well-formed XML.
    "file-XLIFFFilter-invalid-content.xlf": ("line 7", "control character U+0008"),
    # Two different <bpt i="1"> in one <seg>: one placeholder for two codes.
    "tmx_invalid.tmx": ("line 11", "both read as <bpt1/>"),
    # A TMX with an empty body: nothing to import.
    "tmx_empty.tmx": (None, "no translation units"),
}
ALL_FILES = sorted([*XLIFF_DIR.iterdir(), *TMX_DIR.iterdir()])
GOOD_FILES = [f for f in ALL_FILES if f.name not in MALFORMED]
CLI_NAMES = {XLIFF_12: "xliff", XLIFF_2: "xliff2", TMX: "tmx"}


def _units(path: Path) -> list[tuple[object, ...]]:
    return [
        (u.id, u.source, u.target, u.note, u.state, dict(u.source_codes), dict(u.target_codes))
        for u in read_bilingual(path).units
    ]


def _import(workspace: Workspace, path: Path, **options: object) -> int:
    document_id, _draft = import_into_workspace(workspace, path, author="tester", **options)
    return document_id


def _export(workspace: Workspace, document_id: int, fmt: str, target: Path) -> Path:
    export_interchange(workspace, document_id, target, fmt)
    return target


def _counts(workspace: Workspace) -> tuple[int, ...]:
    with workspace.session() as session:
        return tuple(
            session.scalar(sa.select(sa.func.count()).select_from(table)) or 0
            for table in (Document, Block, Segment, SegmentRevision)
        )


def _segments(workspace: Workspace, document_id: int) -> list[Segment]:
    with workspace.session() as session:
        return list(
            session.scalars(
                sa.select(Segment)
                .join(Block, Block.id == Segment.block_id)
                .where(Segment.document_id == document_id)
                .order_by(Block.position, Segment.position)
            )
        )


def _update(workspace: Workspace, segment_id: int | None, **values: str) -> None:
    with workspace.session() as session:
        session.execute(sa.update(Segment).where(Segment.id == segment_id).values(**values))


def test_the_interop_folders_are_there() -> None:
    assert len(GOOD_FILES) >= 30
    assert set(MALFORMED) <= {f.name for f in ALL_FILES}


@pytest.mark.parametrize("path", GOOD_FILES, ids=lambda p: p.name)
def test_a_file_from_another_tool_comes_back_out_unchanged(
    workspace: Workspace, tmp_path: Path, path: Path
) -> None:
    original = read_bilingual(path)
    document_id = _import(workspace, path)
    suffix = ".tmx" if original.format == TMX else ".xlf"
    out = _export(workspace, document_id, CLI_NAMES[original.format], tmp_path / f"out{suffix}")
    exported = read_bilingual(out)
    assert exported.format == original.format
    assert (exported.source_lang, exported.target_lang) == (
        original.source_lang,
        original.target_lang,
    )
    assert _units(out) == _units(path)
    # Ours, imported and exported again: byte for byte the same.
    again_id = _import(workspace, out)
    again = _export(workspace, again_id, CLI_NAMES[original.format], tmp_path / f"2{suffix}")
    assert again.read_bytes() == out.read_bytes()


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_file_gives_one_clear_error_and_stores_nothing(
    workspace: Workspace, name: str
) -> None:
    path = (XLIFF_DIR if name.endswith(".xlf") else TMX_DIR) / name
    where, problem = MALFORMED[name]
    with pytest.raises(ImportFailed) as caught:
        _import(workspace, path)
    message = str(caught.value)
    assert message.startswith(f"Cannot import {path}")
    assert problem in message
    assert where is None or f"({where})" in message
    assert "\n" not in message
    assert _counts(workspace) == (0, 0, 0, 0)


@pytest.mark.parametrize("where", ["header", "tu"])
def test_an_entity_outside_the_text_is_refused_too(
    workspace: Workspace, tmp_path: Path, where: str
) -> None:
    prop = '<prop type="x-a">a&nbsp;b</prop>'
    path = tmp_path / "entity.tmx"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">'
        f'<header srclang="en">{prop if where == "header" else ""}</header><body>'
        f'<tu>{prop if where == "tu" else ""}<tuv xml:lang="en"><seg>a</seg></tuv>'
        '<tuv xml:lang="zh"><seg>甲</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed, match=r"\(line 3\): the file uses the entity &nbsp;"):
        _import(workspace, path)
    assert _counts(workspace) == (0, 0, 0, 0)


def test_statuses_notes_ids_and_locked_units(workspace: Workspace) -> None:
    document_id = _import(workspace, XLIFF_DIR / "en-xx.xlf")
    rows = _segments(workspace, document_id)
    meta = [json.loads(s.meta) for s in rows]
    assert [m["id"] for m in meta][:3] == ["example_01", "example_02", "example_03"]
    # approved="yes" without a target is still new; with one it is approved.
    assert [s.status for s in rows] == [
        "new",
        "approved",
        "new",
        "new",
        "approved",
        "approved",
        "new",
        "locked",  # translate="no"
    ]
    assert rows[3].note == "Adressed to ALL respondents."
    document_id = _import(workspace, XLIFF_DIR / "file-xliff-RFE1506.xliff")
    assert [s.status for s in _segments(workspace, document_id)] == [
        "draft",  # needs-translation
        "approved",  # final
        "approved",  # approved="yes" wins over needs-review-translation
        "draft",
        "approved",
    ]
    with workspace.session() as session:
        document = session.get(Document, document_id)
        assert document is not None
        origin = json.loads(document.origin_meta)
    assert (document.source_lang, document.target_lang) == ("en", "zh")
    assert (origin["format"], origin["source_lang"], origin["target_lang"]) == (
        XLIFF_12,
        "en",
        "ja",
    )
    assert origin["files"][0]["tool-id"] == "foo"


def test_an_edited_xliff_12_unit_is_patched_and_the_rest_stays_verbatim(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = XLIFF_DIR / "file-xliff-BUGS1221.xlf"
    document_id = _import(workspace, path)
    rows = _segments(workspace, document_id)
    footer = next(s for s in rows if "<bx2/>" in s.target)
    assert footer.target == "<x1/><bx2/> / <x3/><ex2/>"
    _update(
        workspace,
        footer.id,
        target="<x1/><bx2/> | <x3/><ex2/> <g9>",
        status="reviewed",
        note="checked",
    )
    _update(workspace, rows[0].id, target="PROVISIONAL", status="draft")  # in <mrk mtype="seg">
    out = _export(workspace, document_id, "xliff", tmp_path / "out.xlf")
    before, after = _units(path), _units(out)
    changed = {u[0] for u in after} - {u[0] for u in before if u in after}
    assert changed == {"P3953B09A-tu1", "P33F30884-sub1"}
    unit = next(u for u in read_bilingual(out).units if u.id == "P3953B09A-tu1")
    # The codes come back as the XML they were; an unknown "<g9>" stays text.
    assert (unit.target, unit.state, unit.note) == (
        "<x1/><bx2/> | <x3/><ex2/> <g9>",
        "signed-off",
        "checked",
    )
    assert unit.target_codes["<bx2/>"] == '<bx ctype="x-empty" equiv-text="&lt;run2&gt;" id="2"/>'
    text = out.read_text(encoding="utf-8")
    assert '<ex id="2"/> &lt;g9&gt;</target>' in text
    assert (
        '<target state="needs-review-translation" xml:lang="en-GB">'
        '<mrk mtype="seg" mid="0">PROVISIONAL</mrk></target>'
    ) in text
    # Reimported, the edits read back as they were made.
    again = _segments(workspace, _import(workspace, out))
    assert [(s.target, s.status, s.note) for s in again if s.note] == [
        ("<x1/><bx2/> | <x3/><ex2/> <g9>", "reviewed", "checked")
    ]


def test_approval_is_withdrawn_and_a_new_target_added(workspace: Workspace, tmp_path: Path) -> None:
    document_id = _import(workspace, XLIFF_DIR / "en-xx.xlf")
    rows = _segments(workspace, document_id)
    _update(workspace, rows[0].id, target="C'est le texte source.", status="translated")
    _update(workspace, rows[1].id, status="translated")
    out = _export(workspace, document_id, "xliff", tmp_path / "out.xlf")
    first, second = read_bilingual(out).units[:2]
    assert (first.target, first.state) == ("C'est le texte source.", "translated")
    assert (second.target, second.state) == ("bar", "translated")
    root = etree.parse(str(out)).getroot()
    units = root.findall(".//{*}trans-unit")
    # A status changed here withdraws the approval; an untouched unit keeps it.
    assert [u.get("approved") for u in units[:3]] == [None, None, "yes"]
    assert [etree.QName(c).localname for c in units[0]] == ["source", "target"]


def test_xliff_2_segments_states_and_a_target_language_added(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = XLIFF_DIR / "ex.9.5.xlf"
    document_id = _import(workspace, path)
    rows = _segments(workspace, document_id)
    titled = next(s for s in rows if s.target)
    assert (titled.source, titled.target, titled.status) == (
        "<sc1/>High Altitude Birds",
        "<sc1/>Oiseaux de haute altitude",
        "translated",
    )
    _update(workspace, rows[0].id, target="Oiseaux de l'Oregon", status="reviewed")
    out = _export(workspace, document_id, "xliff2", tmp_path / "out.xlf")
    read = read_bilingual(out)
    assert read.target_lang == "zh-CN"  # none in the file: the document's
    unit = read.units[0]
    assert (unit.id, unit.target, unit.state) == ("title-2", "Oiseaux de l'Oregon", "reviewed")
    assert _units(out)[1:] == _units(path)[1:]


def test_a_split_xliff_2_segment_is_written_as_two_segments(
    workspace: Workspace, tmp_path: Path
) -> None:
    source = tmp_path / "in.xlf"
    source.write_text(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN"'
        ' trgLang="en-US"><file id="f1"><unit id="u1"><notes><note>keep</note></notes>'
        '<segment id="s1" state="translated"><source>立春到了。春天来了。</source>'
        "<target>Spring begins. Spring is here.</target></segment></unit></file></xliff>",
        encoding="utf-8",
    )
    document_id = _import(workspace, source)
    (segment,) = _segments(workspace, document_id)
    with workspace.session() as session:
        split_segment(session, segment.id or 0, 5, 14, author="tester")
    out = _export(workspace, document_id, "xliff2", tmp_path / "out.xlf")
    root = etree.parse(str(out)).getroot()
    assert [etree.QName(c).localname for c in root.find(".//{*}unit")] == [
        "notes",
        "segment",
        "ignorable",
        "segment",
    ]
    again = _segments(workspace, _import(workspace, out))
    assert [(s.source, s.target, s.source_sep, s.target_sep) for s in again] == [
        ("立春到了。", "Spring begins.", "", " "),
        ("春天来了。", "Spring is here.", "", ""),
    ]
    assert again[0].note == "keep"


def test_an_edited_tmx_unit_keeps_its_other_languages_and_props(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = TMX_DIR / "ImportTest1L.tmx"
    document_id = _import(workspace, path)
    (segment,) = _segments(workspace, document_id)
    assert segment.note.startswith("Text of tu note 1\nText of tu note 2\nText of tuv en note 1")
    _update(workspace, segment.id, target="Texte révisé.", note="one note now")
    out = _export(workspace, document_id, "tmx", tmp_path / "out.tmx")
    tu = etree.parse(str(out)).getroot().find(".//tu")
    assert tu is not None
    assert [t.get("{http://www.w3.org/XML/1998/namespace}lang") for t in tu.iter("tuv")] == [
        "en-us",
        "fr",
        "en-gb",
    ]
    # The pair's notes became the one note; the en-gb tuv (not imported) keeps its own.
    assert [n.text for n in tu.iter("note")] == ["one note now"] + ["Text of tuv fr note 1"] * 2
    assert len(list(tu.iter("prop"))) == 6  # the tu's and every tuv's, all kept
    (unit,) = read_bilingual(out).units
    assert (unit.id, unit.target, unit.note) == ("tu001", "Texte révisé.", "one note now")


def _native_document(workspace: Workspace) -> int:
    draft = DraftDocument(source_lang=Language.ZH, target_lang=Language.EN, title_zh="节气")
    draft.blocks = [
        DraftBlock(
            kind=BlockKind.PARAGRAPH,
            source="立春到了。春天来了。",
            segments=[
                DraftSegment("立春到了。", "Spring begins.", "", " "),
                DraftSegment("春天来了。", "Spring is here & <b>bold</b>."),
            ],
        ),
        DraftBlock(kind=BlockKind.PARAGRAPH, source="雨水。", segments=[DraftSegment("雨水。")]),
    ]
    with workspace.session() as session:
        document = store_draft(session, draft, author="tester")
        assert document.id is not None
        session.execute(
            sa.update(Segment)
            .where(Segment.document_id == document.id, Segment.source == "立春到了。")
            .values(note="first", status="approved")
        )
        return document.id


@pytest.mark.parametrize("fmt", ["xliff", "xliff2", "tmx"])
def test_a_document_made_here_exports_and_comes_back_byte_identical(
    workspace: Workspace, tmp_path: Path, fmt: str
) -> None:
    document_id = _native_document(workspace)
    first = _export(workspace, document_id, fmt, tmp_path / "first")  # no suffix: sniffed
    read = read_bilingual(first)
    assert (read.source_lang, read.target_lang) == ("zh-CN", "en-US")
    targets = [u.target for u in read.units]
    assert "Spring is here & <b>bold</b>." in "".join(targets)
    reimported = _import(workspace, first)
    second = _export(workspace, reimported, fmt, tmp_path / "second")
    assert second.read_bytes() == first.read_bytes()
    rows = _segments(workspace, reimported)
    assert rows[0].note == "first"
    if fmt != "tmx":
        assert rows[0].status == "approved"
    if fmt == "xliff2":  # a paragraph comes back as the same segments
        assert [(s.source, s.source_sep, s.target_sep) for s in rows] == [
            ("立春到了。", "", " "),
            ("春天来了。", "", ""),
            ("雨水。", "", ""),
        ]
        assert [s.status for s in rows] == ["approved", "translated", "new"]


def test_codes_convert_between_formats(workspace: Workspace, tmp_path: Path) -> None:
    path = TMX_DIR / "ImportTest2A.tmx"
    document_id = _import(workspace, path)
    plain = re.compile(r"</?[a-z]+[\w.:-]*/?>")

    def texts(file: Path) -> list[tuple[str, str, str]]:
        return [
            (u.id, plain.sub("", u.source), plain.sub("", u.target))
            for u in read_bilingual(file).units
        ]

    expected = texts(path)
    for fmt, suffix in (("xliff", ".xlf"), ("xliff2", ".xlf2"), ("tmx", ".tmx")):
        got = texts(_export(workspace, document_id, fmt, tmp_path / f"{fmt}{suffix}"))
        if fmt == "xliff2":  # tus without a tuid get ids; XLIFF 2 units need them
            expected_ids = ["1", "2", "3", "4", "5", "u6", "u7"]
            got = [(e[0], *g[1:]) for e, g in zip(expected, got, strict=True)]
            assert [u.id for u in read_bilingual(tmp_path / "xliff2.xlf2").units] == expected_ids
        assert got == expected
    text = (tmp_path / "xliff.xlf").read_text(encoding="utf-8")
    assert '<bpt id="1">&lt;b&gt;</bpt>black<ept id="1">&lt;/b&gt;</ept>' in text
    text2 = (tmp_path / "xliff2.xlf2").read_text(encoding="utf-8")
    assert '<sc id="1"/>black<ec startRef="1"/>' in text2
    assert "<ph id=" in text2  # the picture


def test_inline_fragments() -> None:
    codes = ({"<g1>": '<g id="1">', "</g1>": "</g>", "<x2/>": '<x id="2"/>'},)
    assert exact_fragment("a <g1>b</g1> <x2/> & <g1>", codes, XLIFF_12) == (
        'a <g id="1">b</g> <x id="2"/> &amp; &lt;g1&gt;'
    )
    assert exact_fragment("bell\x07", (), XLIFF_2) == 'bell<cp hex="0007"/>'
    assert exact_fragment("bell\x07", (), TMX) == "bell"
    assert converted_fragment("<g1>b</g1><x2/>", codes, TMX) == (
        '<bpt i="1"></bpt>b<ept i="1"></ept><ph x="2"></ph>'
    )


def test_workspace_language_pair() -> None:
    assert workspace_pair("zh-CN", "en-US") == (Language.ZH, Language.EN)
    assert workspace_pair("en", "ja") == (Language.EN, Language.ZH)
    assert workspace_pair("de-DE", "en-GB") == (Language.ZH, Language.EN)
    assert workspace_pair("fr", "de") == (Language.EN, Language.ZH)
    assert workspace_pair("fr", "de", Language.ZH) == (Language.ZH, Language.EN)


def test_import_file_gives_a_plain_draft() -> None:
    draft = import_file(XLIFF_DIR / "ex.9.5.xlf")
    assert draft.origin_format == XLIFF_2
    assert len(draft.blocks) == 8
    assert draft.blocks[0].origin == "unit title-2"
    with pytest.raises(ImportFailed, match="not a TMX file: it is an XLIFF file"):
        import_file(XLIFF_DIR / "ex.9.5.xlf", fmt="tmx")


@pytest.mark.parametrize("path", sorted(TMX_DIR.iterdir()), ids=lambda p: p.name)
def test_streamed_tmx_units_match_read_tmx(path: Path) -> None:
    read = read_bilingual(path)
    assert list(iter_tmx_units(path)) == read.units
    assert tmx_languages(path) == (read.source_lang, read.target_lang)


def _big_tmx(path: Path, units: int) -> None:
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    with etree.xmlfile(str(path), encoding="utf-8") as xf:
        xf.write_declaration()
        header = {
            "creationtool": "test",
            "creationtoolversion": "1",
            "segtype": "sentence",
            "o-tmf": "test",
            "adminlang": "en",
            "srclang": "zh-CN",
            "datatype": "plaintext",
        }
        with xf.element("tmx", version="1.4"):
            xf.write(etree.Element("header", header))
            with xf.element("body"):
                for number in range(units):
                    tu = etree.Element("tu", tuid=str(number))
                    for code, text in (
                        ("zh-CN", f"第{number}句，立春是二十四节气中的第一个节气。"),
                        ("en-US", f"Sentence {number}: Beginning of Spring <b>begins</b>."),
                    ):
                        tuv = etree.SubElement(tu, "tuv", {lang: code})
                        etree.SubElement(tuv, "seg").text = text
                    xf.write(tu)


@pytest.mark.slow  # ~10 s: writing the file and tracing every allocation
def test_a_200000_unit_tmx_streams_in_flat_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.tmx"
    _big_tmx(path, 200_000)
    tracemalloc.start()
    try:
        count = 0
        last = None
        for unit in iter_tmx_units(path):
            count += 1
            last = unit
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 200_000
    assert last is not None and last.id == "199999"
    assert peak < 50 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"
    assert tmx_languages(path) == ("zh-CN", "en-US")


def test_an_import_streams_in_batches_with_flat_memory(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "mid.tmx"
    _big_tmx(path, 10_000)  # five batches
    tracemalloc.start()
    try:
        document_id = _import(workspace, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # The units' text alone is ~2 MB, a draft of them ~10 MB; 40,000 units peak the same.
    assert peak < 25 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"
    rows = _segments(workspace, document_id)
    assert len(rows) == 10_000
    assert (rows[-1].source, json.loads(rows[-1].meta)["id"]) == (
        "第9999句，立春是二十四节气中的第一个节气。",
        "9999",
    )


@pytest.mark.slow
def test_a_200000_unit_tmx_imports_and_exports(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "big.tmx"
    _big_tmx(path, 200_000)
    document_id = _import(workspace, path)
    assert _counts(workspace) == (1, 200_000, 200_000, 200_000)
    out = _export(workspace, document_id, "tmx", tmp_path / "out.tmx")
    assert sum(1 for _ in iter_tmx_units(out)) == 200_000


def test_cli_import_and_export(
    capsys: pytest.CaptureFixture[str], workspace_path: Path, tmp_path: Path
) -> None:
    ws = str(workspace_path)
    path = XLIFF_DIR / "file-xliff-RFE1506.xliff"
    assert main(["--workspace", ws, "import", str(path), "--format", "xliff"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "1"
    assert "read 5 unit(s) from an XLIFF 1.2 file" in captured.err
    assert "en → ja" in captured.err
    out = tmp_path / "out.xlf"
    assert main(["--workspace", ws, "export", "1", "--format", "xliff", "--output", str(out)]) == 0
    assert _units(out) == _units(path)
    assert "Wrote" in capsys.readouterr().err
    tmx = tmp_path / "out.tmx"
    assert main(["--workspace", ws, "export", "1", "--format", "tmx", "-o", str(tmx)]) == 0
    assert [u.target for u in read_bilingual(tmx).units][:2] == ["1.0.1", "bar"]
    assert main(["--workspace", ws, "import", str(TMX_DIR / "tmx_test-SMP.tmx")]) == 0
    assert capsys.readouterr().out.strip() == "2"
    assert main(["--workspace", ws, "export", "1", "--format", "xliff2"]) == 1
    assert "needs --output" in capsys.readouterr().err
    assert main(["--workspace", ws, "import", str(path), "--format", "tmx"]) == 1
    assert "not a TMX file: it is an XLIFF file" in capsys.readouterr().err
