"""Print-edition text transforms: OpenCC editions, protected terms and names, corner quotes,
the term base's zh-Hant renderings, and punctuation normalisation for print."""

from __future__ import annotations

import pytest

from workbench.db.workspace import Workspace
from workbench.publishing.options import Script
from workbench.publishing.script import (
    ScriptConverter,
    character_level,
    name_form,
    normalize_punctuation,
    proper_nouns,
    protected_from_termbase,
    to_corner_quotes,
)
from workbench.termbase import store
from workbench.termbase.data import ConceptData, TermData, TermStatus

P, A, D = TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED

# An organisation's official name that Taiwan phrase conversion would reword.
CNNIC = "中国互联网络信息中心"


# --------------------------------------------------------------------------- editions


def test_hong_kong_and_taiwan_editions() -> None:
    hk, tw = ScriptConverter(Script.HK), ScriptConverter(Script.TW)
    assert hk.convert("软件") == "軟件"
    assert tw.convert("软件") == "軟體"
    assert hk.convert("信息") == "信息"
    assert tw.convert("信息") == "資訊"
    assert hk.convert("鼠标和软件都在服务器上") == "鼠標和軟件都在服務器上"
    assert tw.convert("鼠标和软件都在服务器上") == "滑鼠和軟體都在伺服器上"
    # Regional character variants: 台 in Hong Kong, 臺 in Taiwan; 裏 vs 裡.
    assert hk.convert("台湾") == "台灣"
    assert tw.convert("台湾") == "臺灣"
    assert hk.convert("我们在里面吃面条") == "我們在裏面吃麪條"
    assert tw.convert("我们在里面吃面条") == "我們在裡面吃麵條"
    assert tw.convert("") == ""
    assert ScriptConverter("tw").script is Script.TW


def test_simplified_edition_is_unchanged() -> None:
    text = "重庆国际传播中心发布“软件”信息，范小雨说。"
    assert ScriptConverter(Script.SIMPLIFIED).convert(text) == text
    assert ScriptConverter(Script.SIMPLIFIED, protected=[CNNIC], names=["范小雨"]).convert(
        text
    ) == (text)
    # Corner quotes only when asked for, even in the simplified edition.
    quoted = ScriptConverter(Script.SIMPLIFIED, corner_quotes=True).convert(text)
    assert quoted == "重庆国际传播中心发布「软件」信息，范小雨说。"


def test_character_level_conversion_has_no_regional_vocabulary() -> None:
    assert character_level("重庆软件园", Script.TW) == "重慶軟件園"
    assert ScriptConverter(Script.TW).convert("重庆软件园") == "重慶軟體園"
    assert character_level("台湾", Script.HK) == "台灣"
    assert character_level("台湾", Script.TW) == "臺灣"
    assert character_level("头发", Script.TW) == "頭髮"  # one-to-many characters still right
    assert character_level("软件", Script.SIMPLIFIED) == "软件"


# --------------------------------------------------------------------------- protected


def test_protected_term_is_not_localised() -> None:
    text = f"{CNNIC}发布了软件信息。"
    assert ScriptConverter(Script.TW).convert(text) == "中國網際網路資訊中心釋出了軟體資訊。"
    protected = ScriptConverter(Script.TW, protected=[CNNIC])
    # The name keeps its wording (characters only); the text around it is localised.
    assert protected.convert(text) == "中國互聯網絡信息中心釋出了軟體資訊。"
    assert protected.convert(CNNIC) == "中國互聯網絡信息中心"
    assert protected.replacement(CNNIC) == "中國互聯網絡信息中心"
    # A mapping with "" means character level too (what protected_from_termbase returns).
    as_mapping = ScriptConverter(Script.TW, protected={CNNIC: ""})
    assert as_mapping.convert(text) == protected.convert(text)


def test_protected_center_name_converts_character_by_character() -> None:
    center = "重庆国际传播中心"
    converter = ScriptConverter(Script.TW, protected=[center, "重庆软件园"])
    assert (
        converter.convert(f"{center}在重庆软件园发布视频") == "重慶國際傳播中心在重慶軟件園釋出影片"
    )
    hk = ScriptConverter(Script.HK, protected=[center])
    assert hk.convert(f"{center}的软件") == "重慶國際傳播中心的軟件"


def test_longest_protected_term_wins() -> None:
    converter = ScriptConverter(Script.TW, protected={"信息": "信息", "信息中心": "信息中心"})
    # 信息中心 is masked whole; a shorter key inside it does not split it.
    assert converter.convert("信息中心的信息和网络") == "信息中心的信息和網路"


def test_explicit_replacement_wins() -> None:
    converter = ScriptConverter(Script.TW, protected={"悉尼": "雪梨", CNNIC: ""})
    assert ScriptConverter(Script.TW).convert("悉尼歌剧院") == "悉尼歌劇院"
    assert converter.convert("悉尼歌剧院") == "雪梨歌劇院"
    assert converter.protected["悉尼"] == "雪梨"


def test_empty_and_latin_terms_are_not_masked() -> None:
    converter = ScriptConverter(Script.TW, protected=["", "5G", "API"])
    assert converter.protected == {}
    assert converter.convert("5G软件") == "5G軟體"


def test_private_use_characters_in_the_text_survive() -> None:
    converter = ScriptConverter(Script.TW, protected=[CNNIC])
    text = f"\ue000{CNNIC}\ue001软件\ue000"
    assert converter.convert(text) == "\ue000中國互聯網絡信息中心\ue001軟體\ue000"


# --------------------------------------------------------------------------- names


def test_surnames_survive_in_names() -> None:
    # OpenCC reads the surname 范 as 範 ("model") and 于 as 於 ("at"), even at character level.
    assert ScriptConverter(Script.HK).convert("范小雨") == "範小雨"
    assert character_level("于明", Script.TW) == "於明"
    assert name_form("范小雨", Script.HK) == "范小雨"
    assert name_form("于明", Script.TW) == "于明"
    assert name_form("万俟丽", Script.TW) == "万俟麗"
    # Surnames OpenCC gets right stay as it says: 钟 → 鍾, 叶 → 葉.
    assert name_form("钟小雨", Script.TW) == "鍾小雨"
    assert name_form("叶明", Script.HK) == "葉明"
    names = proper_nouns(["文/范小雨", "于明 Yu Ming"])
    text = "范小雨和于明在软件园。范文很好。"
    tw = ScriptConverter(Script.TW, names=names)
    assert tw.convert(text) == "范小雨和于明在軟體園。範文很好。"
    hk = ScriptConverter(Script.HK, names=names)
    assert hk.convert(text) == "范小雨和于明在軟件園。範文很好。"


def test_term_base_mapping_beats_a_name_and_a_name_beats_plain_protection() -> None:
    converter = ScriptConverter(
        Script.TW, protected={"范小雨": "", "于明": "於明"}, names=["范小雨", "于明"]
    )
    assert converter.convert("范小雨、于明") == "范小雨、於明"


def test_proper_nouns_from_bylines() -> None:
    assert proper_nouns(["林小雨 Lin Xiaoyu"]) == {"林小雨"}
    assert proper_nouns(["文/林小雨", "文／周明"]) == {"林小雨", "周明"}
    assert proper_nouns(["图/王大明 文/林小雨"]) == {"王大明", "林小雨"}
    assert proper_nouns(["本刊记者 林小雨 周明", "记者林小雨"]) == {"林小雨", "周明"}
    assert proper_nouns(["林小雨 摄", "撰文：欧阳明月"]) == {"林小雨", "欧阳明月"}
    assert proper_nouns(["阿依古丽•买买提"]) == {"阿依古丽·买买提"}
    # An organisation is too long for a name; English-only bylines give nothing.
    assert proper_nouns(["重庆国际传播中心 林小雨"]) == {"林小雨"}
    assert proper_nouns(["Staff reporter", "", "文"]) == set()


# --------------------------------------------------------------------------- corner quotes


def test_corner_quotes_with_nesting() -> None:
    text = "他说：“这是‘山城’的故事。”"
    assert to_corner_quotes(text) == "他说：「这是『山城』的故事。」"
    tw = ScriptConverter(Script.TW, corner_quotes=True)
    assert tw.convert(text) == "他說：「這是『山城』的故事。」"
    hk = ScriptConverter(Script.HK, corner_quotes=True)
    assert hk.convert("“软件”“信息”") == "「軟件」「信息」"
    # Without the option, OpenCC keeps mainland quotes.
    assert ScriptConverter(Script.TW).convert("“软件”") == "“軟體”"


def test_corner_quotes_keep_apostrophes() -> None:
    text = "“Xi’an和Chongqing’s的‘students’ work’”"
    assert to_corner_quotes(text) == "「Xi’an和Chongqing’s的『students’ work』」"
    assert to_corner_quotes("Xi’an很美") == "Xi’an很美"  # no open ‘: an apostrophe
    assert to_corner_quotes("没有引号") == "没有引号"


# --------------------------------------------------------------------------- term base


def _concepts() -> list[ConceptData]:
    return [
        # Same wording in both scripts.
        ConceptData(
            terms=[
                TermData("重庆国际传播中心", "zh-Hans"),
                TermData("重庆国传中心", "zh-Hans", A),  # abbreviation: no rewording
                TermData("重慶國際傳播中心", "zh-Hant"),
                TermData("Chongqing International Communication Center", "en"),
            ]
        ),
        # The traditional name differs: the term base decides.
        ConceptData(
            terms=[
                TermData("悉尼", "zh-Hans"),
                TermData("悉尼", "zh-Hant", D),  # deprecated: never used
                TermData("雪梨", "zh-Hant"),
                TermData("Sydney", "en"),
            ]
        ),
        # No zh-Hant term: character level.
        ConceptData(terms=[TermData(CNNIC, "zh-Hans"), TermData("CNNIC", "en")]),
        # Single characters and Latin-only terms are not protected.
        ConceptData(terms=[TermData("渝", "zh-Hans"), TermData("渝", "zh-Hant")]),
        ConceptData(terms=[TermData("5G", "zh-Hans"), TermData("5G", "en")]),
        # Admitted zh-Hant with the same wording as an admitted zh-Hans term.
        ConceptData(
            terms=[
                TermData("软件", "zh-Hans"),
                TermData("软体", "zh-Hans", A),
                TermData("軟件", "zh-Hant", A),
                TermData("軟體", "zh-Hant"),
            ]
        ),
    ]


def test_protected_from_termbase(workspace: Workspace) -> None:
    with workspace.session() as s:
        city = store.create_termbase(s, "City", author="ann", priority=0)
        project = store.create_termbase(s, "Project", author="ann", priority=10)
        store.add_concepts(s, city.id, _concepts(), author="ann")
        # A lower-priority term base disagrees on Sydney and knows the CNNIC's zh-Hant.
        store.add_concepts(
            s,
            project.id,
            [
                ConceptData(terms=[TermData("悉尼", "zh-Hans"), TermData("雪梨市", "zh-Hant")]),
                ConceptData(
                    terms=[TermData(CNNIC, "zh-Hans"), TermData("中國互聯網絡信息中心", "zh-Hant")]
                ),
            ],
            author="ann",
        )
    with workspace.session() as s:
        mapping = protected_from_termbase(s)
    assert mapping == {
        "重庆国际传播中心": "重慶國際傳播中心",
        "重庆国传中心": "",
        "悉尼": "雪梨",  # the higher-priority term base
        CNNIC: "中國互聯網絡信息中心",  # explicit beats "" from another term base
        "软件": "軟件",  # same wording, even though 軟體 is preferred
        "软体": "軟體",
    }
    tw = ScriptConverter(Script.TW, protected=mapping, corner_quotes=True)
    text = "重庆国际传播中心（重庆国传中心）在悉尼发布“软件”信息。"
    assert tw.convert(text) == "重慶國際傳播中心（重慶國傳中心）在雪梨釋出「軟件」資訊。"
    hk = ScriptConverter(Script.HK, protected=mapping)
    assert hk.convert("悉尼的软件") == "雪梨的軟件"


def test_protected_from_empty_termbase(workspace: Workspace) -> None:
    with workspace.session() as s:
        assert protected_from_termbase(s) == {}


def test_protected_from_a_large_termbase(workspace: Workspace) -> None:
    concepts = [
        ConceptData(
            terms=[
                TermData(f"重庆项目{i}号", "zh-Hans"),
                TermData(f"重慶項目{i}號", "zh-Hant"),
                TermData(f"project {i}", "en"),
            ]
        )
        for i in range(20_000)
    ]
    with workspace.session() as s:
        tb = store.create_termbase(s, "Bulk", author="ann")
        store.add_concepts(s, tb.id, concepts, author="ann")
    with workspace.session() as s:
        mapping = protected_from_termbase(s)
    assert len(mapping) == 20_000
    assert mapping["重庆项目19999号"] == "重慶項目19999號"
    converter = ScriptConverter(Script.TW, protected=mapping)
    assert converter.convert("重庆项目7号的软件") == "重慶項目7號的軟體"


# --------------------------------------------------------------------------- long text
# (speed is measured in bench/, never asserted here)


def test_a_million_characters_convert_whole() -> None:
    sentence = "重庆国际传播中心发布软件和信息。范小雨说：“鼠标在服务器上。”"
    text = (sentence * (1_000_000 // len(sentence) + 1))[:1_000_000]
    converter = ScriptConverter(
        Script.TW,
        protected={"重庆国际传播中心": "", "服务器": ""},
        names=["范小雨"],
        corner_quotes=True,
    )
    converted = converter.convert(text)
    assert converted.startswith("重慶國際傳播中心釋出軟體和資訊。范小雨說：「滑鼠在服務器上。」")
    assert converted.count("重慶國際傳播中心") == text.count("重庆国际传播中心")


# --------------------------------------------------------------------------- punctuation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('他说,"你好"...', "他说，“你好”……"),
        ("  中文,中文  ", "中文，中文"),  # edges trimmed
        ("\u3000\u3000段落缩进。", "段落缩进。"),
        ("中文  English  中文", "中文 English 中文"),
        ("圆周率是3.14,时间是10:30,共1,000人。", "圆周率是3.14，时间是10:30，共1,000人。"),
        ("访问https://www.ichongqing.info/a.html?x=1,y=2了解。", None),  # URL intact
        ("邮箱 info@ichongqing.info 。", "邮箱 info@ichongqing.info 。"),
        ("", ""),
    ],
)
def test_normalize_chinese_punctuation(text: str, expected: str | None) -> None:
    result = normalize_punctuation(text, "zh")
    if expected is None:
        assert "https://www.ichongqing.info/a.html?x=1,y=2" in result
    else:
        assert result == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello ,world.Welcome to Chongqing !", "Hello, world. Welcome to Chongqing!"),
        ("Pi is 3.14 and the time is 10:30.", "Pi is 3.14 and the time is 10:30."),
        ("Visit https://www.ichongqing.info/a,b.html  now.", None),
        ("Two  spaces  here", "Two spaces here"),
        ("Xi'an and Chongqing，China", "Xi'an and Chongqing, China"),
        (" leading run ", " leading run "),  # a run's edge spaces separate words: kept
    ],
)
def test_normalize_english_punctuation(text: str, expected: str | None) -> None:
    result = normalize_punctuation(text, "en")
    if expected is None:
        assert result == "Visit https://www.ichongqing.info/a,b.html now."
    else:
        assert result == expected


def test_normalize_accepts_language_tags_and_refuses_others() -> None:
    assert normalize_punctuation("中文,中文", "zh-Hans") == "中文，中文"
    assert normalize_punctuation("a ,b", "en-US") == "a, b"
    with pytest.raises(ValueError):
        normalize_punctuation("text", "fr")


def test_normalize_then_convert_gives_corner_quotes() -> None:
    text = normalize_punctuation('他说:"软件"', "zh")
    assert ScriptConverter(Script.TW, corner_quotes=True).convert(text) == "他說：「軟體」"
