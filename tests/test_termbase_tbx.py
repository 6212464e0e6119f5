"""TBX term bases: TBX-Basic 2 (martif) and TBX v3 read and written, safely and losslessly."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from workbench.errors import ImportFailed, WorkbenchError
from workbench.termbase.data import ConceptData, TermData, TermStatus
from workbench.termbase.formats import (
    detect_format,
    load_termbase_file,
    read_termbase_file,
    write_termbase_file,
)
from workbench.termbase.tbx import (
    PART_OF_SPEECH_V2,
    PART_OF_SPEECH_V3,
    TBX_NS,
    iter_tbx,
    normalise_part_of_speech,
    parse_status,
    read_tbx,
    tbx_version,
    term_language,
    write_tbx,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
INTEROP = SHARED / "interop"
SAMPLES = SHARED / "docs" / "samples"
V2_SAMPLE = SAMPLES / "minimal_tbx2_basic.tbx"
V3_SAMPLE = SAMPLES / "minimal_tbx3_basic.tbx"
OMEGAT = INTEROP / "tbx" / "omegat-sampleTBXfile.tbx"

P, A, D = TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def rich_concepts() -> list[ConceptData]:
    """Concepts using every field TBX carries, in the order the reader produces."""
    return [
        ConceptData(
            terms=[
                TermData("重庆", "zh-Hans", P, "properNoun" if False else "noun", "正式文本用"),
                TermData("山城", "zh-Hans", A),
                TermData("重慶", "zh-Hant", P),
                TermData("Chongqing", "en", P, "noun", case_sensitive=True),
                TermData("Chungking", "en", D, usage_note="historical spelling\nnever in news"),
            ],
            subject="Cities",
            definition="A municipality in southwest China.\nSecond paragraph.",
            note='Use the pinyin form. <&> "quoted"',
            source="CGTN style guide",
            scope="Chongqing ICC",
            external_id="city-cq",
        ),
        ConceptData(
            terms=[
                TermData("一带一路", "zh-Hans", P),
                TermData("Belt and Road Initiative", "en", P, "noun"),
                TermData("BRI", "en", A, "noun"),
                TermData("One Belt One Road", "en", D, "noun"),
            ],
            subject="Policy",
            external_id="c2",
        ),
        ConceptData(terms=[TermData("立春", "zh-Hans", P, "verb")], external_id="c3"),
    ]


# --------------------------------------------------------------------------- sample files


def test_reads_the_tbx2_sample() -> None:
    notes: list[str] = []
    [concept] = read_tbx(V2_SAMPLE, notes=notes)
    assert concept.external_id == "c1"
    assert concept.subject == "Solar terms"
    assert concept.terms == [
        TermData("立春", "zh-Hans", P, "noun"),  # no status in the file: the first is preferred
        TermData("Beginning of Spring", "en", P, "noun"),
    ]
    assert notes == []


def test_reads_the_tbx3_sample() -> None:
    [concept] = read_tbx(V3_SAMPLE)
    assert concept.definition == "First of the 24 solar terms; sun at 315° ecliptic longitude."
    assert concept.subject == "Solar terms"
    assert [(t.text, t.lang, t.status, t.part_of_speech) for t in concept.terms] == [
        ("立春", "zh-Hans", P, "noun"),
        ("Beginning of Spring", "en", P, "noun"),
        ("Lichun", "en", A, "noun"),
    ]


def test_reads_the_omegat_file_without_its_missing_dtd() -> None:
    # BOM, DOCTYPE naming TBXcoreStructV02.dtd (absent), comments before the root.
    notes: list[str] = []
    [concept] = read_tbx(OMEGAT, notes=notes)
    assert concept.external_id == "eid-Oracle-67"
    assert concept.subject == "manufacturing"
    assert concept.definition == "A value between 0 and 1 used in ..."
    assert concept.terms == [TermData("alpha smoothing factor", "en", P, "noun")]
    assert any("hu (1)" in n for n in notes), notes  # Hungarian is left out, and said so
    assert any("termType (1)" in n for n in notes), notes


def test_versions_are_detected() -> None:
    assert tbx_version(V2_SAMPLE) == 2
    assert tbx_version(V3_SAMPLE) == 3
    assert tbx_version(OMEGAT) == 2
    assert detect_format(V2_SAMPLE) == "tbx"
    assert detect_format(V3_SAMPLE) == "tbx-v3"
    assert read_termbase_file(V3_SAMPLE) == read_tbx(V3_SAMPLE)


# --------------------------------------------------------------------------- mapping


@pytest.mark.parametrize(
    ("code", "lang"),
    [
        ("zh", "zh-Hans"),
        ("zh-CN", "zh-Hans"),
        ("zh_CN", "zh-Hans"),
        ("ZH-SG", "zh-Hans"),
        ("zh-Hans", "zh-Hans"),
        ("zh-Hans-CN", "zh-Hans"),
        ("zh-TW", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh-MO", "zh-Hant"),
        ("zh-Hant", "zh-Hant"),
        ("zh-Hant-TW", "zh-Hant"),
        ("en", "en"),
        ("en-US", "en"),
        ("EN-GB", "en"),
        ("hu", None),
        ("fr-FR", None),
        ("", None),
    ],
)
def test_language_mapping(code: str, lang: str | None) -> None:
    assert term_language(code) == lang


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("preferredTerm-admn-sts", P),
        ("admittedTerm-admn-sts", A),
        ("deprecatedTerm-admn-sts", D),
        ("supersededTerm-admn-sts", D),
        ("standardizedTerm", P),
        ("preferredTerm", P),
        ("admittedTerm", A),
        ("deprecatedTerm", D),
        ("supersededTerm", D),
        ("forbidden", D),
        ("Deprecated", D),
        ("禁用", D),
        ("✗", D),
        ("nonsense", None),
    ],
)
def test_status_values(value: str, status: TermStatus | None) -> None:
    assert parse_status(value) is status


def test_every_data_category_is_mapped(tmp_path: Path) -> None:
    """DCA and DCT styles, ntig, groups, statuses, scopes, usage notes, language codes."""
    path = write(
        tmp_path / "full.tbx",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="{TBX_NS}"
     xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="e1">
      <basic:subjectField>Festivals</basic:subjectField>
      <transacGrp><basic:transactionType>origination</basic:transactionType></transacGrp>
      <note>Entry note</note>
      <langSec xml:lang="zh-CN">
        <descripGrp>
          <basic:definition>农历正月初一。</basic:definition>
          <basic:source>国务院</basic:source>
        </descripGrp>
        <termSec><term>春节</term>
          <min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus>
          <min:partOfSpeech>noun</min:partOfSpeech>
          <descripGrp><basic:context>春节快乐</basic:context><basic:source>ctx</basic:source>
          </descripGrp>
        </termSec>
      </langSec>
      <langSec xml:lang="zh-TW"><termSec><term>春節</term></termSec></langSec>
      <langSec xml:lang="en-GB">
        <termSec><term>Spring Festival</term>
          <min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus>
          <basic:customerSubset>Chongqing ICC</basic:customerSubset>
        </termSec>
        <termSec><term>Chinese New Year</term>
          <min:administrativeStatus>supersededTerm-admn-sts</min:administrativeStatus>
          <note>Only in quotes.</note>
        </termSec>
      </langSec>
      <langSec xml:lang="de"><termSec><term>Frühlingsfest</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>""",
    )
    notes: list[str] = []
    [concept] = read_tbx(path, notes=notes)
    assert concept.subject == "Festivals"
    assert concept.definition == "农历正月初一。"
    assert concept.source == "国务院"  # the context's source is not the concept's
    assert concept.note == "Entry note"
    assert concept.scope == "Chongqing ICC"
    assert concept.terms == [
        TermData("春节", "zh-Hans", P, "noun"),
        TermData("春節", "zh-Hant", P),
        TermData("Spring Festival", "en", P),
        TermData("Chinese New Year", "en", D, usage_note="Only in quotes."),
    ]
    assert any("de (1)" in n for n in notes)
    assert any("context" in n and "transactions" in n for n in notes)

    martif = write(
        tmp_path / "v2.tbx",
        """<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
  <termEntry id="t1">
    <descrip type="definition">entry level</descrip>
    <admin type="projectSubset">Project X</admin>
    <langSet xml:lang="en">
      <descrip type="definition">language level</descrip>
      <ntig>
        <termGrp><term>first</term>
          <termNote type="normativeAuthorization">admittedTerm</termNote>
          <termNote type="partOfSpeech">Noun</termNote></termGrp>
        <termNote type="usageNote">formal only</termNote>
      </ntig>
      <tig><term>second</term></tig>
      <tig><term>third</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
        <note>case-sensitive</note></tig>
    </langSet>
    <langSet xml:lang="zh"><tig><term> 第一 </term></tig><tig><term>第二</term></tig></langSet>
  </termEntry>
</body></text></martif>""",
    )
    [entry] = read_tbx(martif)
    assert entry.definition == "entry level\nlanguage level"
    assert entry.scope == "Project X"
    assert entry.terms == [
        TermData("first", "en", A, "noun", "formal only"),
        TermData("second", "en", A),  # unmarked beside an explicit preferred: admitted
        TermData("third", "en", P, case_sensitive=True),
        TermData("第一", "zh-Hans", P),  # unmarked: the first preferred, the rest admitted
        TermData("第二", "zh-Hans", A),
    ]


def test_tbx_basic_sample_in_the_newer_namespace(tmp_path: Path) -> None:
    """The shape of LTAC's TBX-Basic sample (namespace ``…:ed:3.0``, descripGrp, back matter)."""
    path = write(
        tmp_path / "ltac.tbx",
        """<?xml version='1.0' encoding="utf-8"?>
<?xml-model href="TBX-Basic_DCA.sch" type="application/xml"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en-US" xmlns="urn:iso:std:iso:30042:ed:3.0">
 <tbxHeader><fileDesc><titleStmt><title>T</title><note>header note</note></titleStmt>
  <sourceDesc><p>s</p></sourceDesc></fileDesc></tbxHeader>
 <text><body>
  <conceptEntry id="c7">
   <descripGrp>
    <descrip type="definition">corrective lenses used in eyeglasses to correct
        presbyopia.</descrip>
    <admin type="source">Wikipedia</admin>
   </descripGrp>
   <langSec xml:lang="en">
    <termSec><term>progressive lens</term>
     <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
    <termSec><term>PAL</term><termNote type="termType">acronym</termNote>
     <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
    <termSec><term>graduated <hi type="italics">lens</hi></term>
     <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
     <admin type="customerSubset">IBM</admin><admin type="projectSubset">Tivoli</admin>
     <transacGrp><transac type="transactionType">origination</transac>
      <date>2007-07-22</date></transacGrp>
     <ref target="c1" type="crossReference">x</ref></termSec>
   </langSec>
   <langSec xml:lang="fr"><termSec><term>lentille progressive</term></termSec></langSec>
  </conceptEntry>
 </body>
 <back><refObjectSec type="respPerson"><refObject id="US5001">
  <item type="fn">Jane Doe</item></refObject></refObjectSec></back>
 </text>
</tbx>""",
    )
    notes: list[str] = []
    [concept] = read_tbx(path, notes=notes)
    assert concept.definition == "corrective lenses used in eyeglasses to correct presbyopia."
    assert concept.source == "Wikipedia"
    assert concept.scope == "IBM; Tivoli"
    assert [(t.text, t.status) for t in concept.terms] == [
        ("progressive lens", P),
        ("PAL", D),
        ("graduated lens", D),
    ]
    joined = "\n".join(notes)
    assert "fr (1)" in joined and "termType (1)" in joined and "crossReference (1)" in joined


def test_v3_without_namespace_is_read(tmp_path: Path) -> None:
    text = V3_SAMPLE.read_text(encoding="utf-8").replace(f' xmlns="{TBX_NS}"', "")
    path = write(tmp_path / "plain.tbx", text)
    assert 'xmlns="' not in text
    assert tbx_version(path) == 3
    assert read_tbx(path) == read_tbx(V3_SAMPLE)


def test_same_language_sections_are_merged_in_order(tmp_path: Path) -> None:
    path = write(
        tmp_path / "m.tbx",
        """<martif type="TBX"><text><body><termEntry id="a">
        <langSet xml:lang="en-US"><tig><term>color</term></tig></langSet>
        <langSet xml:lang="zh"><tig><term>颜色</term></tig></langSet>
        <langSet xml:lang="en-GB"><tig><term>colour</term></tig></langSet>
        </termEntry></body></text></martif>""",
    )
    [concept] = read_tbx(path)
    assert [(t.text, t.lang, t.status) for t in concept.terms] == [
        ("color", "en", P),
        ("colour", "en", A),
        ("颜色", "zh-Hans", P),
    ]
    out = tmp_path / "out.tbx"
    write_tbx(out, [concept])
    assert read_tbx(out) == [concept]


def test_entries_without_usable_terms_are_skipped_with_a_note(tmp_path: Path) -> None:
    path = write(
        tmp_path / "s.tbx",
        """<martif type="TBX"><text><body>
        <termEntry id="only-fr"><langSet xml:lang="fr"><tig><term>bonjour</term></tig></langSet>
        </termEntry>
        <termEntry id="ok"><langSet><tig><term>no language</term></tig></langSet>
          <langSet xml:lang="en"><tig><term/></tig><tig><term>hello</term></tig></langSet>
        </termEntry></body></text></martif>""",
    )
    notes: list[str] = []
    concepts = read_tbx(path, notes=notes)
    assert [c.external_id for c in concepts] == ["ok"]
    assert concepts[0].terms == [TermData("hello", "en", P)]
    joined = "\n".join(notes)
    assert "fr (1)" in joined
    assert "line 2: entry 'only-fr' has no Chinese or English terms" in joined
    assert "line 4: a language section without xml:lang" in joined
    assert "line 5: a term section without a term" in joined


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("version", [2, 3])
def test_sample_round_trips_lose_nothing(tmp_path: Path, version: int) -> None:
    for sample in (V2_SAMPLE, V3_SAMPLE, OMEGAT):
        first = read_tbx(sample)
        out = tmp_path / f"{sample.stem}.v{version}.tbx"
        assert write_tbx(out, first, version=version) == []  # type: ignore[arg-type]
        assert read_tbx(out) == first
        assert tbx_version(out) == version


@pytest.mark.parametrize("version", [2, 3])
def test_every_field_round_trips(tmp_path: Path, version: int) -> None:
    concepts = rich_concepts()
    out = tmp_path / "rich.tbx"
    assert write_tbx(out, concepts, version=version) == []  # type: ignore[arg-type]
    assert read_tbx(out) == concepts
    again = tmp_path / "again.tbx"
    write_tbx(again, read_tbx(out), version=version)  # type: ignore[arg-type]
    assert again.read_bytes() == out.read_bytes()


def test_cross_format_v2_to_v3_to_v2(tmp_path: Path) -> None:
    concepts = rich_concepts() + read_tbx(V2_SAMPLE) + read_tbx(OMEGAT)
    v2 = tmp_path / "a.tbx"
    v3 = tmp_path / "b.tbx"
    v2_again = tmp_path / "c.tbx"
    write_termbase_file(v2, concepts, "tbx")
    write_termbase_file(v3, read_termbase_file(v2), "tbx-v3")
    write_termbase_file(v2_again, read_termbase_file(v3), "tbx")
    assert detect_format(v3) == "tbx-v3" and detect_format(v2_again) == "tbx"
    assert read_tbx(v2_again) == read_tbx(v3) == concepts
    assert v2_again.read_bytes() == v2.read_bytes()


def test_unknown_write_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkbenchError, match="tbx-v3"):
        write_termbase_file(tmp_path / "x.tbx", [], "tbx4")


# --------------------------------------------------------------------------- writer validity

# The TBX-Basic v3 DCA core structure (TBXcoreStructV03_TBX-Basic_integrated.rng, reduced
# to what an entry may hold) — element order, required attributes and the dialect's types.
TBX_BASIC_V3_RNG = f"""
<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="{TBX_NS}"
         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start>
    <element name="tbx">
      <attribute name="type"><value>TBX-Basic</value></attribute>
      <attribute name="style"><value>dca</value></attribute>
      <attribute name="xml:lang"><text/></attribute>
      <element name="tbxHeader"><element name="fileDesc">
        <oneOrMore><element name="sourceDesc">
          <oneOrMore><element name="p"><text/></element></oneOrMore>
        </element></oneOrMore>
      </element></element>
      <element name="text"><element name="body">
        <oneOrMore><ref name="conceptEntry"/></oneOrMore>
      </element></element>
    </element>
  </start>
  <define name="aux">
    <zeroOrMore><choice>
      <element name="descrip">
        <attribute name="type"><choice>
          <value>context</value><value>definition</value><value>subjectField</value>
        </choice></attribute><text/>
      </element>
      <element name="admin">
        <attribute name="type"><choice>
          <value>customerSubset</value><value>projectSubset</value><value>source</value>
        </choice></attribute><text/>
      </element>
      <element name="note"><text/></element>
    </choice></zeroOrMore>
  </define>
  <define name="conceptEntry">
    <element name="conceptEntry">
      <attribute name="id"><data type="ID"/></attribute>
      <ref name="aux"/>
      <oneOrMore><ref name="langSec"/></oneOrMore>
    </element>
  </define>
  <define name="langSec">
    <element name="langSec">
      <attribute name="xml:lang"><text/></attribute>
      <ref name="aux"/>
      <oneOrMore>
        <element name="termSec">
          <element name="term"><text/></element>
          <zeroOrMore><element name="termNote">
            <attribute name="type"><choice>
              <value>administrativeStatus</value><value>grammaticalGender</value>
              <value>geographicalUsage</value><value>partOfSpeech</value>
              <value>termLocation</value><value>termType</value>
            </choice></attribute><text/>
          </element></zeroOrMore>
          <ref name="aux"/>
        </element>
      </oneOrMore>
    </element>
  </define>
</grammar>
"""
ADMIN_STATUS = {
    "preferredTerm-admn-sts",
    "admittedTerm-admn-sts",
    "deprecatedTerm-admn-sts",
    "supersededTerm-admn-sts",
}


def schematron_problems(root: etree._Element, parts_of_speech: tuple[str, ...]) -> list[str]:
    """What TBX-Basic_DCA.sch checks (it needs XSLT 2, which lxml cannot run)."""
    problems = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        local = etree.QName(element).localname
        kind = element.get("type")
        parent = (
            etree.QName(element.getparent()).localname if element.getparent() is not None else ""
        )
        checks = (
            (local == "termNote" and kind == "administrativeStatus", ADMIN_STATUS, element.text),
            (local == "termNote" and kind == "partOfSpeech", parts_of_speech, element.text),
            (
                local == "admin" and kind in ("customerSubset", "projectSubset"),
                ("termSec", "tig"),
                parent,
            ),
            (
                local == "descrip" and kind == "subjectField",
                ("conceptEntry", "termEntry"),
                parent,
            ),
            (
                local == "descrip" and kind == "definition",
                ("conceptEntry", "termEntry", "langSec", "langSet"),
                parent,
            ),
        )
        problems += [
            f"{kind}: {value}"
            for applies, allowed, value in checks
            if applies and value not in allowed
        ]
    ids = [e.get("id") for e in root.iter("{*}conceptEntry", "{*}termEntry")]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    return problems


def test_written_v3_is_valid_tbx_basic(tmp_path: Path) -> None:
    concepts = rich_concepts()
    concepts.append(
        ConceptData(
            terms=[TermData("x", "en", P, "phrase"), TermData("y", "en", A, "properNoun")],
            external_id="2 bad id",
        )
    )
    concepts.append(ConceptData(terms=[TermData("z", "en")], external_id="2 bad id"))
    out = tmp_path / "valid.tbx"
    notes = write_tbx(out, concepts, version=3)
    tree = etree.parse(str(out), etree.XMLParser(resolve_entities=False, no_network=True))
    schema = etree.RelaxNG(etree.fromstring(TBX_BASIC_V3_RNG.encode()))
    assert schema.validate(tree), schema.error_log
    assert schematron_problems(tree.getroot(), PART_OF_SPEECH_V3) == []
    root = tree.getroot()
    assert root.tag == f"{{{TBX_NS}}}tbx"
    assert [e.get("id") for e in root.iter(f"{{{TBX_NS}}}conceptEntry")][-2:] == [
        "c2_bad_id",
        "c2_bad_id-2",
    ]
    assert any("'phrase' → other" in n and "'properNoun' → noun" in n for n in notes), notes
    assert any("2 entry ids" in n for n in notes), notes
    text = out.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-model ')


def test_written_v2_is_tbx_basic_martif(tmp_path: Path) -> None:
    concepts = rich_concepts()
    concepts[2].terms[0].part_of_speech = "properNoun"  # in the v2 picklist, not in v3's
    out = tmp_path / "v2.tbx"
    assert write_tbx(out, concepts, version=2) == []
    text = out.read_text(encoding="utf-8")
    assert '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">' in text
    root = etree.parse(str(out), etree.XMLParser(load_dtd=False, no_network=True)).getroot()
    assert root.tag == "martif" and root.get("type") == "TBX-Basic"
    assert root.find("martifHeader/encodingDesc/p").text == "TBXBasicXCSV02.xcs"
    assert schematron_problems(root, PART_OF_SPEECH_V2) == []
    for tig in root.iter("tig"):
        assert tig[0].tag == "term"  # tig: term, termNote*, auxInfo
        kinds = [c.tag for c in tig[1:]]
        assert kinds == sorted(kinds, key=lambda t: t != "termNote")
    assert read_tbx(out)[2].terms[0].part_of_speech == "properNoun"


@pytest.mark.parametrize(
    ("given", "expected"),
    [("noun", "noun"), ("名词", "noun"), ("n.", "noun"), ("Verb", "verb"), ("形容词", "adjective")],
)
def test_part_of_speech_spellings_map_to_the_picklist(given: str, expected: str) -> None:
    assert normalise_part_of_speech(given) == expected


def test_writer_drops_what_xml_cannot_hold(tmp_path: Path) -> None:
    concepts = [
        ConceptData(
            terms=[TermData("bad\x0bterm", "en"), TermData("", "en"), TermData("bonjour", "fr")],
            note="bell\x07",
        ),
        ConceptData(terms=[TermData("  ", "en")]),
    ]
    out = tmp_path / "clean.tbx"
    notes = write_tbx(out, concepts, version=3)
    [concept] = read_tbx(out)
    assert concept.terms == [TermData("badterm", "en")]
    assert concept.note == "bell"
    joined = "\n".join(notes)
    assert "2 control characters" in joined
    assert "fr (1)" in joined
    assert "1 concepts without terms" in joined


# --------------------------------------------------------------------------- safety

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE martif [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<martif type="TBX"><text><body><termEntry id="a"><langSet xml:lang="en">
<tig><term>&lol9;</term></tig></langSet></termEntry></body></text></martif>
"""
ENTRY = (
    '<martif type="TBX"><text><body><termEntry id="a"><langSet xml:lang="en">'
    "<tig><term>{}</term></tig></langSet></termEntry></body></text></martif>"
)


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "laughs.tbx", BILLION_LAUGHS)
    started = time.perf_counter()
    with pytest.raises(ImportFailed) as caught:
        read_tbx(path)
    assert time.perf_counter() - started < 5
    assert "declares entities" in caught.value.problem
    assert caught.value.where == "line 3"
    assert str(path) in str(caught.value)


def test_external_entity_is_refused(tmp_path: Path) -> None:
    secret = write(tmp_path / "secret.txt", "TOP-SECRET")
    for doctype in (
        '<!DOCTYPE martif [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        f'<!DOCTYPE martif [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>',
        '<!DOCTYPE martif [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/xxe">]>',
    ):
        path = write(
            tmp_path / "xxe.tbx", f"<?xml version='1.0'?>\n{doctype}\n{ENTRY.format('&xxe;')}"
        )
        with pytest.raises(ImportFailed) as caught:
            read_tbx(path)
        assert "declares entities" in str(caught.value)
        assert "TOP-SECRET" not in str(caught.value) and "root:" not in str(caught.value)


def test_parameter_entity_and_external_dtd_entities_are_never_loaded(tmp_path: Path) -> None:
    write(tmp_path / "evil.dtd", '<!ENTITY x "INJECTED">')
    parameter = write(
        tmp_path / "pe.tbx",
        f'<!DOCTYPE martif [<!ENTITY % pe SYSTEM "evil.dtd"> %pe;]>\n{ENTRY.format("&x;")}',
    )
    with pytest.raises(ImportFailed, match="declares entities"):
        read_tbx(parameter)
    # An external DTD is not read, so its entity stays unexpanded: one clear error.
    external = write(
        tmp_path / "ext.tbx",
        f'<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "evil.dtd">\n{ENTRY.format("a&x;b")}',
    )
    with pytest.raises(ImportFailed) as caught:
        read_tbx(external)
    assert "&x;" in caught.value.problem and "never loaded" in caught.value.problem
    assert caught.value.where == "line 3"
    assert "INJECTED" not in str(caught.value)


def test_doctype_naming_an_external_dtd_is_fine(tmp_path: Path) -> None:
    path = write(
        tmp_path / "remote.tbx",
        '<!DOCTYPE martif SYSTEM "http://127.0.0.1:9/TBXcoreStructV02.dtd">\n'
        + ENTRY.format("fine"),
    )
    assert read_tbx(path)[0].terms == [TermData("fine", "en")]


@pytest.mark.parametrize(
    ("text", "where", "problem"),
    [
        (
            '<?xml version="1.0"?>\n<martif><text><body>\n<termEntry id="a"><langSet xml:lang="en">'
            "<tig><term>x</tig></langSet></termEntry></body></text></martif>",
            "line 3",
            "malformed",
        ),
        ("<martif><text><body>\n\n<termEntry id='a'>", "line 3", "malformed"),
        ('<?xml version="1.0"?>\n<html><body/></html>', "line 2", "not a TBX file"),
        ('<xliff version="1.2"><tbx/></xliff>', "line 1", "not a TBX file"),
    ],
)
def test_bad_files_give_one_error_with_the_line(
    tmp_path: Path, text: str, where: str, problem: str
) -> None:
    path = write(tmp_path / "bad.tbx", text)
    with pytest.raises(ImportFailed) as caught:
        read_tbx(path)
    assert caught.value.where == where
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"Cannot import {path} ({where})")


def test_missing_or_empty_file_is_an_import_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="No such file"):
        read_tbx(tmp_path / "missing.tbx")
    with pytest.raises(ImportFailed, match="the file is empty"):
        read_tbx(write(tmp_path / "empty.tbx", "\n"))


def test_load_reports_notes(tmp_path: Path) -> None:
    result = load_termbase_file(OMEGAT)
    assert result.format == "tbx"
    assert len(result.concepts) == 1
    assert result.notes and result.mapping is None


# --------------------------------------------------------------------------- large files


def many_concepts(count: int) -> Iterator[ConceptData]:
    for i in range(count):
        yield ConceptData(
            terms=[TermData(f"术语{i}", "zh-Hans"), TermData(f"term {i}", "en", D, "noun")],
            subject="bulk",
            external_id=f"c{i}",
        )


def resident_mb() -> int | None:
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    match = re.search(r"VmRSS:\s+(\d+) kB", status.read_text())
    return int(match.group(1)) // 1024 if match else None


@pytest.mark.slow
def test_100k_concepts_stream_through(tmp_path: Path) -> None:
    out = tmp_path / "big.tbx"
    assert write_tbx(out, many_concepts(100_000), version=3) == []
    assert out.stat().st_size > 20_000_000
    before = resident_mb()
    count = 0
    expected = many_concepts(100_000)
    for concept in iter_tbx(out):
        reference = next(expected)
        if count % 9973 == 0:
            assert concept == reference
        count += 1
        if count == 99_999 and before is not None:
            # The whole tree would take ~900 MB; entries are freed as they are read.
            growth = (resident_mb() or 0) - before
            assert growth < 150, f"reading grew the process by {growth} MB"
    assert count == 100_000
