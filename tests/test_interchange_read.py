"""Interchange readers: XLIFF 1.2, XLIFF 2.x and TMX files from real tools, and hostile ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.errors import ImportFailed
from workbench.interchange import (
    TMX,
    XLIFF_2,
    XLIFF_12,
    BilingualUnit,
    read_bilingual,
    sniff_format,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLES = SHARED / "docs" / "samples"
XLIFF = SHARED / "interop" / "xliff"
TMXS = SHARED / "interop" / "tmx"

XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"
LICHUN_ZH = "立春是二十四节气中的第一个节气。"
LICHUN_EN = "Beginning of Spring is the first of the 24 solar terms."


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _xliff12(body: str, extra: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="{XLIFF12_NS}"{extra}>'
        '<file original="a.txt" source-language="zh-CN" target-language="en" datatype="plaintext">'
        f"<body>{body}</body></file></xliff>\n"
    )


def _tmx(body: str, srclang: str = "en") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" '
        f'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="{srclang}" '
        f'datatype="plaintext"/><body>{body}</body></tmx>\n'
    )


def _pairs(path: Path, **langs: str) -> list[tuple[str, str, str]]:
    return [(u.id, u.source, u.target) for u in read_bilingual(path, **langs).units]


# --------------------------------------------------------------------------- the samples


def test_that_the_shared_folder_is_there() -> None:
    assert SAMPLES.is_dir() and XLIFF.is_dir() and TMXS.is_dir(), SHARED


def test_minimal_xliff_12() -> None:
    read = read_bilingual(SAMPLES / "minimal_12.xlf")
    assert (read.format, read.source_lang, read.target_lang) == (XLIFF_12, "zh-CN", "en-US")
    assert read.path == SAMPLES / "minimal_12.xlf"
    assert read.units == [
        BilingualUnit(
            "1", LICHUN_ZH, LICHUN_EN, "Use the CGTN name on first mention.", "translated"
        )
    ]


def test_minimal_xliff_21() -> None:
    read = read_bilingual(str(SAMPLES / "minimal_21.xlf"))
    assert (read.format, read.source_lang, read.target_lang) == (XLIFF_2, "zh-CN", "en-US")
    assert read.units == [
        BilingualUnit(
            "u1", LICHUN_ZH, LICHUN_EN, "Use the CGTN name on first mention.", "translated"
        )
    ]


def test_minimal_tmx() -> None:
    read = read_bilingual(SAMPLES / "minimal.tmx")
    assert (read.format, read.source_lang, read.target_lang) == (TMX, "zh-CN", "en-US")
    assert read.units == [BilingualUnit("1", LICHUN_ZH, LICHUN_EN)]
    unit = read.units[0]
    assert unit.source_codes == {} and unit.target_codes == {}
    assert hash(unit) == hash(BilingualUnit("1", LICHUN_ZH, LICHUN_EN))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("docs/samples/minimal_12.xlf", XLIFF_12),
        ("docs/samples/minimal_21.xlf", XLIFF_2),
        ("docs/samples/minimal.tmx", TMX),
        ("interop/xliff/ex.9.5.xlf", XLIFF_2),  # no XML declaration
        ("interop/xliff/file-XLIFFFilter-SMP.xlf", XLIFF_12),  # the 1.1 namespace
        ("interop/tmx/ImportTest1A.tmx", TMX),  # UTF-16 LE
        ("interop/tmx/ImportTest1G.tmx", TMX),  # UTF-16 BE
        ("interop/tmx/ImportTest1L.tmx", TMX),  # BOM, DOCTYPE, comments before the root
        ("docs/samples/minimal_tbx2_basic.tbx", None),
    ],
)
def test_sniff_format(name: str, expected: str | None) -> None:
    assert sniff_format(SHARED / name) == expected


def test_sniff_format_never_raises(tmp_path: Path) -> None:
    assert sniff_format(tmp_path / "missing.xlf") is None
    assert sniff_format(_write(tmp_path, "empty.xlf", "")) is None
    assert sniff_format(_write(tmp_path, "text.xlf", "just words\n")) is None
    assert sniff_format(_write(tmp_path, "x.xml", f'<xliff xmlns="{XLIFF2_NS}"/>')) == XLIFF_2
    assert sniff_format(_write(tmp_path, "p.xml", f'<x:xliff xmlns:x="{XLIFF12_NS}"/>')) == XLIFF_12
    assert sniff_format(_write(tmp_path, "v.xml", '<xliff version="2.1"/>')) == XLIFF_2


# --------------------------------------------------------------------------- XLIFF 1.2 files


def test_okapi_xliff_keeps_a_repeated_id_inside_one_file() -> None:
    read = read_bilingual(XLIFF / "en-ca.xlf")
    assert (read.source_lang, read.target_lang) == ("en", "ca")
    assert _pairs(XLIFF / "en-ca.xlf") == [
        ("1", "This is a test", "Això és una prova"),
        ("2", "This is another test", "Això és una altra prova"),
        ("3", "This is a house", "Això és una casa"),
        ("3", "This is not a target", "Això és una casa"),
    ]
    # state="final" sits on the trans-unit, where XLIFF 1.2 has no such attribute.
    assert [u.state for u in read.units] == ["", "", "", ""]


def test_missing_targets_notes_groups_and_approved() -> None:
    read = read_bilingual(XLIFF / "en-xx.xlf")
    assert (read.source_lang, read.target_lang) == ("en", "xx")
    units = {u.id: u for u in read.units}
    assert list(units) == [
        "example_01",
        "example_02",
        "example_03",
        "satisfaction_00_masc",
        "satisfaction_01_masc",
        "satisfaction_01_fem",
        "Added_1",
        "Added_2",
    ]
    assert units["example_01"] == BilingualUnit(
        "example_01", "This is the source text.", "", "", "approved"
    )
    assert units["satisfaction_00_masc"].target == ""
    assert units["satisfaction_00_masc"].note == "Adressed to ALL respondents."
    assert units["satisfaction_01_fem"].target == "Satisfaite?"
    assert units["Added_2"] == BilingualUnit("Added_2", "Added and NOT translated", "")


def test_target_states() -> None:
    read = read_bilingual(XLIFF / "file-xliff-RFE1506.xliff")
    assert (read.source_lang, read.target_lang) == ("en", "ja")
    assert [(u.id, u.target, u.state) for u in read.units] == [
        ("5078", "1.0.1", "needs-translation"),
        ("5086", "bar", "final"),
        ("5088", "組織", "needs-review-translation"),
        ("5090", "Create", "needs-translation"),
        ("5128", "Emoji", "needs-review-translation"),
    ]


def test_units_without_ids_are_numbered_and_prefixed_only_when_files_clash() -> None:
    assert _pairs(XLIFF / "file-XLIFFFilter.xlf") == [
        ("f1:1", "This is test2", ""),
        ("f1:2", "test21", ""),
        ("f2:1", "This is test2", ""),
        ("f2:2", "test21", ""),
        ("f3:1", "This is test", "tr1=This is test"),
        ("f3:2", "test2", "tr2=test2"),
    ]
    assert [
        u.id for u in read_bilingual(XLIFF / "file-XLIFFFilter1-multiple-file-tag.xlf").units
    ] == [
        "id1",
        "id2",
    ]


def test_cdata_and_multiple_files() -> None:
    assert _pairs(XLIFF / "file-XLIFFFilter-cdata-bugs418.xlf") == [
        ("id1", "This is test2", ""),
        ("id2", "test21", ""),
        ("id3", "This is <test", "tr1=This is <test"),
        ("id4", "test2", "tr2=test2"),
    ]


def test_groups_and_notes_in_omegat_xliff_11() -> None:
    read = read_bilingual(XLIFF / "file-XLIFFFilter-properties.xlf")
    assert read.format == XLIFF_12
    assert [(u.id, u.source, u.target, u.note) for u in read.units] == [
        ("1", "This is test", "tr1=This is test", "foo"),
        ("2", "test2", "tr2=test2", "bar"),
    ]


def test_mrk_is_markup_and_keeps_its_text_with_smp_characters() -> None:
    (unit,) = read_bilingual(XLIFF / "file-XLIFFFilter-statcount.xlf").units
    assert (unit.source, unit.target, unit.target_codes) == ("source", "firstmark mark2CUSTOM", {})
    (unit,) = read_bilingual(XLIFF / "file-XLIFFFilter-SMP.xlf").units
    assert unit.target == "𝐅𝐈𝐑𝐒𝐓𝐌𝐀𝐑𝐊 𝐌𝐀𝐑𝐊2𝐂𝐔𝐒𝐓𝐎𝐌"
    assert len(unit.target) == 21  # code points, not UTF-16 halves


def test_codes_without_ids_are_numbered_in_order() -> None:
    units = read_bilingual(XLIFF / "file-XLIFFFilter-tags-optimization.xlf").units
    assert [u.target for u in units] == [
        "<it1/>The text of a segment<it2/>.<it3/>",
        "<it1/>The text of a segment<it2/>.<it3/><it4/><it5/>",
        "<bpt1/>Link to a <bpt2/>reference<ept2/><ept1/>",  # rid when there is no id
    ]
    assert units[0].target_codes["<it2/>"] == "<it>b</it>"
    assert units[2].target_codes == {
        "<bpt1/>": '<bpt rid="1">b</bpt>',
        "<bpt2/>": '<bpt rid="2">a</bpt>',
        "<ept2/>": '<ept rid="2">a</ept>',
        "<ept1/>": '<ept rid="1">b</ept>',
    }


def test_seg_source_is_ignored_and_codes_read_the_same_on_both_sides() -> None:
    read = read_bilingual(XLIFF / "file-xliff-BUGS1221.xlf")
    assert (read.source_lang, read.target_lang) == ("de-DE", "en-GB")
    assert [u.id for u in read.units] == [
        "P33F30884-sub1",
        "P3E6DCAE8-tu1",
        "N9C6DE2C0-sub1",
        "P3E7BE269-tu1",
        "P3953B09A-tu1",
        "P4E85A5D5-sub1",
        "P3E89F9EA-tu1",
    ]
    first = read.units[0]
    assert (first.source, first.target, first.state) == ("ENTWURF", "DRAFT", "translated")
    footer = read.units[4]
    assert footer.source == "<x1/><bx2/> / <x3/><ex2/>"
    assert footer.target == footer.source
    assert footer.source_codes == {
        "<x1/>": '<x ctype="x-x" equiv-text="&lt;run1/&gt;" id="1"/>',
        "<bx2/>": '<bx ctype="x-empty" equiv-text="&lt;run2&gt;" id="2"/>',
        "<x3/>": '<x ctype="x-x" equiv-text="&lt;run3/&gt;" id="3"/>',
        "<ex2/>": '<ex id="2"/>',
    }
    assert footer.target_codes == footer.source_codes


def test_a_control_character_is_refused_with_its_line() -> None:
    # OmegaT's "invalid content" file holds a raw U+0008 in a <target>: not well-formed XML.
    with pytest.raises(ImportFailed) as caught:
        read_bilingual(XLIFF / "file-XLIFFFilter-invalid-content.xlf")
    assert caught.value.where == "line 7"
    assert "U+0008" in caught.value.problem


def test_xliff_12_inline_codes_and_whitespace(tmp_path: Path) -> None:
    body = (
        '<trans-unit id="t1"><source>A  <g id="1">bold <x id="2"/>text</g> and '
        '<ph id="4">&lt;br/&gt;</ph><bpt id="5">&lt;i&gt;</bpt>it<ept id="5">&lt;/i&gt;</ept>'
        '<mrk mtype="term">term</mrk>\t end </source>'
        '<target state="new">B  <g id="1">gras <x id="2"/>texte</g> et <ph id="4">&lt;br/&gt;'
        '</ph><bpt id="5">&lt;i&gt;</bpt>it<ept id="5">&lt;/i&gt;</ept>terme\t fin </target>'
        "<note>one</note><note>two</note></trans-unit>"
    )
    path = _write(tmp_path, "codes.xlf", _xliff12(body, ' xmlns:okp="okapi-framework:x"'))
    (unit,) = read_bilingual(path).units
    assert unit.source == "A  <g1>bold <x2/>text</g1> and <ph4/><bpt5/>it<ept5/>term\t end "
    assert unit.target == "B  <g1>gras <x2/>texte</g1> et <ph4/><bpt5/>it<ept5/>terme\t fin "
    assert (unit.note, unit.state) == ("one\ntwo", "new")
    assert unit.source_codes == {
        "<g1>": '<g id="1">',
        "<x2/>": '<x id="2"/>',
        "</g1>": "</g>",
        "<ph4/>": '<ph id="4">&lt;br/&gt;</ph>',
        "<bpt5/>": '<bpt id="5">&lt;i&gt;</bpt>',
        "<ept5/>": '<ept id="5">&lt;/i&gt;</ept>',
    }
    assert set(unit.target_codes) == set(unit.source_codes)


def test_xliff_12_trans_unit_without_source(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "nosource.xlf", _xliff12('<trans-unit id="1">\n<target>x</target></trans-unit>')
    )
    with pytest.raises(ImportFailed, match=r"no <source>") as caught:
        read_bilingual(path)
    assert caught.value.where == "line 2"


# --------------------------------------------------------------------------- XLIFF 2


def test_xliff_2_groups_and_isolated_codes() -> None:
    read = read_bilingual(XLIFF / "ex.9.5.xlf")
    assert (read.format, read.source_lang, read.target_lang) == (XLIFF_2, "en", "")
    assert [u.id for u in read.units] == [
        "title-2",
        "paragraph-3",
        "title-5",
        "paragraph-6",
        "title-8",
        "paragraph-9",
        "title-11",
        "paragraph-12",
    ]
    title = read.units[2]
    assert (title.source, title.target) == (
        "<sc1/>High Altitude Birds",
        "<sc1/>Oiseaux de haute altitude",
    )
    assert title.source_codes == {"<sc1/>": '<sc id="1" isolated="yes"/>'}
    # Whitespace is content: the line breaks inside <source> stay.
    assert read.units[1].source == (
        "Oregon is a mostly temperate state. There are\n            many different kinds of "
        "birds that thrive"
    )
    assert read.units[0].target == ""
    # The file has no trgLang; an argument fills it in, and never overrides srcLang.
    again = read_bilingual(XLIFF / "ex.9.5.xlf", source_lang="zh", target_lang="fr")
    assert (again.source_lang, again.target_lang) == ("en", "fr")


def test_xliff_2_segments_and_ignorables_join_into_one_unit(tmp_path: Path) -> None:
    text = (
        f'<xliff xmlns="{XLIFF2_NS}" version="2.0" srcLang="zh-CN" trgLang="en">'
        '<file id="f1"><unit id="u1"><notes><note>n1</note><note category="x">n2</note></notes>'
        '<segment id="s1" state="reviewed"><source>第一句。</source><target>One.</target></segment>'
        "<ignorable><source>  </source></ignorable>"
        '<segment id="s2" state="initial"><source><pc id="1">第二</pc><ph id="2"/>'
        '<sc id="3"/>句<ec startRef="3"/>。<mrk id="m1" type="term">词</mrk>'
        '<sm id="m2"/>x<em startRef="m2"/>'
        '<cp hex="0001"/></source>'
        '<target><pc id="1">Two</pc><ph id="2"/><sc id="3"/>.<ec startRef="3"/>word x</target>'
        "</segment>"
        '</unit><unit id="u2"><segment><source>无译文</source></segment></unit></file></xliff>'
    )
    units = read_bilingual(_write(tmp_path, "two.xlf", text)).units
    assert (units[0].id, units[0].source, units[0].target, units[0].note, units[0].state) == (
        "u1",
        "第一句。  <pc1>第二</pc1><ph2/><sc3/>句<ec3/>。词x\x01",
        "One.  <pc1>Two</pc1><ph2/><sc3/>.<ec3/>word x",
        "n1\nn2",
        "reviewed",
    )
    assert units[0].source_codes == {
        "<pc1>": '<pc id="1">',
        "</pc1>": "</pc>",
        "<ph2/>": '<ph id="2"/>',
        "<sc3/>": '<sc id="3"/>',
        "<ec3/>": '<ec startRef="3"/>',
    }
    assert units[0].target_codes == units[0].source_codes
    assert units[1] == BilingualUnit("u2", "无译文", "")


def test_xliff_2_ids_clash_across_files(tmp_path: Path) -> None:
    unit = '<unit id="1"><segment><source>{}</source></segment></unit>'
    text = (
        f'<xliff xmlns="{XLIFF2_NS}" version="2.1" srcLang="en" trgLang="zh">'
        f'<file id="a">{unit.format("a")}</file><file id="b">{unit.format("b")}</file></xliff>'
    )
    assert _pairs(_write(tmp_path, "clash.xlf", text)) == [("f1:1", "a", ""), ("f2:1", "b", "")]


# --------------------------------------------------------------------------- TMX


def test_tmx_whitespace_is_kept_in_utf16() -> None:
    read = read_bilingual(TMXS / "ImportTest1A.tmx")
    assert (read.source_lang, read.target_lang) == ("en-us", "fr-ca")
    assert _pairs(TMXS / "ImportTest1A.tmx") == [
        ("1", "First segment with [\t\t   ]", "Premier segment avec [\t\t   ]"),
        ("2", "Second segment with [  \t\t]", "Second segment avec [  \t\t]"),
    ]


def test_tmx_languages_match_case_insensitively() -> None:
    read = read_bilingual(TMXS / "ImportTest1B.tmx")
    assert (read.source_lang, read.target_lang) == ("en-us", "fR-Ca")
    assert _pairs(TMXS / "ImportTest1B.tmx") == [("1", "Text of the segment", "Texte du segment")]


def test_tmx_keeps_one_target_language_across_the_file() -> None:
    assert _pairs(TMXS / "ImportTest1C.tmx") == [
        ("1", "First entry in US English", "First entry in UK English"),
        ("2", "Second entry in US English", "Second entry in UK English"),
        ("3", "Third entry in US English", "Third entry in UK English"),
    ]
    assert [
        u.target for u in read_bilingual(TMXS / "ImportTest1C.tmx", target_lang="FR-CA").units
    ] == [
        "First entry in French Canadian",
        "Second entry in French Canadian",
        "Third entry in French Canadian",
    ]
    reverse = read_bilingual(TMXS / "ImportTest1C.tmx", source_lang="ja-JP", target_lang="es")
    assert (reverse.source_lang, reverse.target_lang) == ("ja-jp", "es-es")
    assert reverse.units[1].source == "Second entry in Japanese"
    assert reverse.units[1].target == "Second entry in Spanish"


ACCENTS = [
    ("1", "à=agrave, é=eacute, æ=aelig", "à=agrave, é=eacute, æ=aelig"),
    ("2", "ÿ=U+00FF, ™=U+2122, ’=U+2019", "ÿ=U+00FF, ™=U+2122, ’=U+2019"),
    ("3", "“=U+201C, –=U+2013, ¤=U+00A4", "“=U+201C, –=U+2013, ¤=U+00A4"),
]


@pytest.mark.parametrize("name", ["1D", "1E", "1F", "1G", "1H"])
def test_tmx_encodings_and_character_references(name: str) -> None:
    # UTF-8 with and without BOM, UTF-16 LE and BE, US-ASCII with references: one text.
    read = read_bilingual(TMXS / f"ImportTest{name}.tmx")
    assert (read.source_lang, read.target_lang) == ("en-us", "en-gb")
    assert [(u.id, u.source, u.target) for u in read.units] == ACCENTS


def test_tmx_ideographic_spaces_and_tuv_order() -> None:
    assert _pairs(TMXS / "ImportTest1I.tmx") == [
        ("1", "English segment with [    ]", "Japanese segment with [\u3000\u3000]")
    ]
    assert _pairs(TMXS / "ImportTest1J.tmx") == [
        ("1", "First entry in US English", "First entry in UK English"),
        ("2", "Second entry in US English", "Second entry in UK English"),
    ]


def test_tmx_tu_srclang_overrides_the_header() -> None:
    read = read_bilingual(TMXS / "ImportTest1K.tmx")
    assert (read.source_lang, read.target_lang) == ("en-us", "en-gb")
    assert _pairs(TMXS / "ImportTest1K.tmx") == [
        ("1", "First Entry - German", "First Entry - UK English"),
        ("2", "Second Entry - French Canadian", "Second Entry - UK English"),
    ]


def test_tmx_notes_props_and_comments() -> None:
    (unit,) = read_bilingual(TMXS / "ImportTest1L.tmx").units
    assert (unit.id, unit.source, unit.target) == (
        "tu001",
        "Text of the segment.",
        "Texte du segment.",
    )
    assert unit.note.split("\n") == [
        "Text of tu note 1",
        "Text of tu note 2",
        "Text of tuv en note 1",
        "Text of tuv en note 1",
        "Text of tuv fr note 1",
        "Text of tuv fr note 1",
    ]


def test_tmx_inline_codes() -> None:
    units = read_bilingual(TMXS / "ImportTest2A.tmx").units
    assert [u.id for u in units] == ["1", "2", "3", "4", "5", "6", "7"]
    first = units[0]
    assert first.source == "The big <bpt1/>black<ept1/> <bpt2/>cat<ept2/> sleeps."
    assert first.target == "Le gros <bpt2/>chat<ept2/> <bpt1/>noir<ept1/> dors."
    assert first.source_codes["<bpt1/>"] == '<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>'
    assert first.target_codes["<ept2/>"] == '<ept i="2">&lt;/u&gt;</ept>'
    assert units[1].source == (
        "Test for special characters = <bpt1/><<ept1/>=lt, <bpt2/>><ept2/>=gt, "
        '<bpt3/>&<ept3/>=amp, <bpt4/>"<ept4/>=quot.'
    )
    assert units[3].source == "First <it1/>sentence."
    assert (units[5].source, units[5].target) == ("Picture: <ph1/>", "Image: <ph1/>")
    # <hi> is markup; the tu lists the target first, the header's srclang still wins.
    assert (units[6].source, units[6].target) == (
        "Some text with a part highlighted.",
        "Du texte avec une portion délimitée.",
    )
    assert units[6].source_codes == {}


def test_tmx_rtf_codes_and_a_kit_file_whose_it_numbers_disagree() -> None:
    units = read_bilingual(TMXS / "ImportTest2B.tmx").units
    assert units[0].source_codes["<bpt1/>"] == '<bpt i="1" x="1" type="bold">{\\b </bpt>'
    assert units[5].source_codes == {"<ph1/>": '<ph x="1" type="image" assoc="p"/>'}
    zero = read_bilingual(TMXS / "ImportTest2A-0index.tmx").units
    # The kit's 0-index file gives <it> x="0" in English but x="1" in French in tu 5:
    # the mismatch is the file's, and the placeholders show it to the tag check.
    assert (zero[4].source, zero[4].target) == ("Second<it0/> sentence.", "Seconde<it1/> phrase.")


def test_tmx_11_from_omegat() -> None:
    read = read_bilingual(TMXS / "project_CN_JP_omegat_project_save.tmx")
    assert (read.format, read.source_lang, read.target_lang) == (TMX, "zh-CN", "ja-JP")
    assert _pairs(TMXS / "project_CN_JP_omegat_project_save.tmx") == [
        ("1", "太平寺中的文笔塔", "太平寺の中心的なペン塔")
    ]


def test_tmx_supplementary_plane_characters() -> None:
    read = read_bilingual(TMXS / "tmx_test-SMP.tmx")
    assert (read.source_lang, read.target_lang) == ("en", "be")
    assert _pairs(TMXS / "tmx_test-SMP.tmx") == [("1", "𝐀𝐁𝐂", "𝐃𝐄𝐅")]
    assert [len(u.source) for u in read.units] == [3]


def test_tmx_empty_body_gives_no_units() -> None:
    read = read_bilingual(TMXS / "tmx_empty.tmx")
    assert (read.format, read.source_lang, read.target_lang, read.units) == (TMX, "en", "", [])


def test_tmx_invalid_codes_are_read_as_written() -> None:
    # Well-formed XML whose codes are out of order and reuse i="1": the reader keeps them
    # as written (whitespace too) and leaves the judgement to the QA tag check.
    (unit,) = read_bilingual(TMXS / "tmx_invalid.tmx").units
    expected = (
        "\n\t\t\t\t\t<ept1/>\n\t\t\t\t\t<it1/>\n\t\t\t\t\t<bpt1/>\n\t\t\t\t\t<bpt1/>\n\t\t\t\t"
    )
    assert (unit.id, unit.source, unit.target) == ("1", expected, expected)
    assert unit.source_codes == {
        "<ept1/>": '<ept i="1">&lt;/b&gt;</ept>',
        "<it1/>": '<it pos="end">&lt;/LI&gt;</it>',
        "<bpt1/>": '<bpt i="1" type="struct">&lt;LI&gt;</bpt>',
    }


def test_tmx_several_targets_per_tu() -> None:
    path = TMXS / "tmx_test-multiple-tuv14.tmx"
    read = read_bilingual(path)
    assert (read.source_lang, read.target_lang) == ("EN-US", "ES")
    # The first tu fixes ES; the second has no ES, so its first other language is used.
    assert _pairs(path) == [
        ("1", "Hello World!", "¡Hola Mundo!"),
        ("2", "Hello Worlds.", "fr_FR 2 Bonjour les mondes."),
        ("3", "This is an english sentence.", "Es una oración en inglés."),
    ]
    # Asked for one language: a tu without it has an empty target; the first FR-CA wins.
    assert _pairs(path, target_lang="fr-CA") == [
        ("1", "Hello World!", "fr_CA Bonjour le monde\xa0!"),  # the file has a no-break space
        ("2", "Hello Worlds.", ""),
        ("3", "This is an english sentence.", ""),
    ]
    assert _pairs(path, target_lang="fr")[1] == ("2", "Hello Worlds.", "fr 2 Bonjour les mondes.")


def test_tmx_skips_a_tu_without_source_but_keeps_positions(tmp_path: Path) -> None:
    body = (
        '<tu><tuv xml:lang="en"><seg>one</seg></tuv><tuv xml:lang="zh"><seg>一</seg></tuv></tu>'
        '<tu><tuv xml:lang="zh"><seg>only Chinese</seg></tuv></tu>'
        '<tu><tuv xml:lang="en"><seg>three</seg></tuv></tu>'
        '<tu tuid="x9"><tuv lang="EN"><seg>a <ph>&lt;br&gt;</ph>b<ph/> <ut>{\\i}</ut>'
        '<hi type="x">hi <ph x="7"/></hi></seg></tuv>'
        '<tuv xml:lang="zh"><seg>甲<ph>&lt;br&gt;</ph>乙<ph/></seg></tuv></tu>'
    )
    read = read_bilingual(_write(tmp_path, "skip.tmx", _tmx(body)))
    assert (read.source_lang, read.target_lang) == ("en", "zh")
    assert [(u.id, u.source, u.target) for u in read.units] == [
        ("1", "one", "一"),
        ("3", "three", ""),
        ("x9", "a <ph1/>b<ph2/> <ut1/>hi <ph7/>", "甲<ph1/>乙<ph2/>"),
    ]
    assert read.units[2].source_codes["<ut1/>"] == "<ut>{\\i}</ut>"


def test_tmx_srclang_all_takes_each_tus_first_tuv(tmp_path: Path) -> None:
    body = (
        '<tu><tuv xml:lang="zh-CN"><seg>中</seg></tuv><tuv xml:lang="en"><seg>en</seg></tuv></tu>'
        '<tu><tuv xml:lang="en"><seg>en2</seg></tuv><tuv xml:lang="zh-CN"><seg>中2</seg></tuv></tu>'
    )
    read = read_bilingual(_write(tmp_path, "all.tmx", _tmx(body, srclang="*all*")))
    assert (read.source_lang, read.target_lang) == ("zh-CN", "en")
    assert [(u.source, u.target) for u in read.units] == [("中", "en"), ("en2", "中2")]


# --------------------------------------------------------------------------- hostile files

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE xliff [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    text = (
        BILLION_LAUGHS
        + _xliff12('<trans-unit id="1"><source>&lol9;</source></trans-unit>').split("\n", 1)[1]
    )
    path = _write(tmp_path, "lol.xlf", text)
    with pytest.raises(ImportFailed, match="declares entities") as caught:
        read_bilingual(path)
    assert caught.value.where == "line 3"
    assert "lol" not in str(caught.value).replace("lol.xlf", "")


@pytest.mark.parametrize("kind", ["xliff", "tmx"])
@pytest.mark.parametrize("padding", [0, 70_000])
def test_external_entity_never_leaks_the_file(tmp_path: Path, kind: str, padding: int) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7f3a\n", encoding="utf-8")
    # A long comment first puts the DOCTYPE beyond the 64 KB the prolog check reads:
    # the parsed DTD is checked as well.
    comment = f"<!--{'x' * padding}-->\n" if padding else ""
    doctype = f'<!DOCTYPE {kind} [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
    if kind == "xliff":
        body = _xliff12(
            '<trans-unit id="1"><source>&xxe;</source><target>&xxe;</target></trans-unit>'
        )
    else:
        body = _tmx(
            '<tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv>'
            '<tuv xml:lang="zh"><seg>x</seg></tuv></tu>'
        )
    declaration, rest = body.split("\n", 1)
    path = _write(tmp_path, f"xxe.{kind}", f"{declaration}\n{comment}{doctype}{rest}")
    with pytest.raises(ImportFailed, match="declares entities") as caught:
        read_bilingual(path)
    assert "TOP-SECRET" not in str(caught.value)
    # Sniffing never raises: from the head when the root is in sight, else it refuses too.
    assert sniff_format(path) == (None if padding else {"xliff": XLIFF_12, "tmx": TMX}[kind])


def test_undeclared_entity_with_an_external_dtd_is_refused(tmp_path: Path) -> None:
    text = (
        '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
        + _tmx('<tu><tuv xml:lang="en">\n<seg>a &nbsp; b</seg></tuv></tu>').split("\n", 1)[1]
    )
    with pytest.raises(ImportFailed, match="entity &nbsp;") as caught:
        read_bilingual(_write(tmp_path, "nbsp.tmx", text))
    assert caught.value.where == "line 4"


def test_plain_doctype_is_fine(tmp_path: Path) -> None:
    text = '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd">\n'
    text += _tmx('<tu><tuv xml:lang="en"><seg>ok</seg></tuv></tu>').split("\n", 1)[1]
    assert _pairs(_write(tmp_path, "dtd.tmx", text)) == [("1", "ok", "")]


def test_wrong_encoding_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "gbk.xlf"
    head, tail = _xliff12('<trans-unit id="1">\n<source>SOURCE</source></trans-unit>').split(
        "SOURCE"
    )
    path.write_bytes(head.encode() + "这是中文".encode("gb18030") + tail.encode())
    with pytest.raises(ImportFailed) as caught:
        read_bilingual(path)
    assert caught.value.where == "line 3"
    assert "not valid UTF-8" in caught.value.problem
    assert "GB18030" in caught.value.problem


def test_a_declared_gb18030_file_is_read(tmp_path: Path) -> None:
    text = _xliff12('<trans-unit id="1"><source>这是中文</source></trans-unit>').replace(
        "UTF-8", "GB18030"
    )
    path = _write(tmp_path, "gb.xlf", text, "gb18030")
    assert _pairs(path) == [("1", "这是中文", "")]


def test_truncated_file(tmp_path: Path) -> None:
    text = _xliff12('<trans-unit id="1"><source>one</source></trans-unit>\n' * 3)
    path = _write(tmp_path, "cut.xlf", text[: text.rindex("<source>") + 5])
    with pytest.raises(ImportFailed, match="truncated") as caught:
        read_bilingual(path)
    assert caught.value.where == "line 4"


@pytest.mark.parametrize(
    ("content", "message", "where"),
    [
        ("", "the file is empty", None),
        ("\ufeff  \n", "the file is empty", None),
        ("PK\x03\x04 not xml at all", "not an XML file", "line 1"),
        (
            "<html><body>hi</body></html>",
            r"not an XLIFF or TMX file: the root element is <html>",
            "line 1",
        ),
        ('<?xml version="1.0"?>\n<martif type="TBX"/>', "root element is <martif>", "line 2"),
        ("<tmx><body><tu>", "truncated", "line 1"),
    ],
)
def test_files_that_are_not_interchange_files(
    tmp_path: Path, content: str, message: str, where: str | None
) -> None:
    with pytest.raises(ImportFailed, match=message) as caught:
        read_bilingual(_write(tmp_path, "bad.xlf", content))
    assert caught.value.where == where


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="No such file"):
        read_bilingual(tmp_path / "nope.tmx")


def test_many_units_stream(tmp_path: Path) -> None:
    body = "".join(
        f'<trans-unit id="{i}"><source>源{i}</source><target>t{i}</target></trans-unit>'
        for i in range(1, 5001)
    )
    units = read_bilingual(
        _write(tmp_path, "many.xlf", _xliff12(f"<group>{body}</group>{body}"))
    ).units
    assert len(units) == 10_000
    assert (units[4999].id, units[4999].source, units[-1].target) == ("5000", "源5000", "t5000")
