"""Sentence segmentation: SRX rules, the rule engine, Chinese quotation protection, corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from workbench.language import detect_language
from workbench.models.enums import Language
from workbench.resources import resource_path
from workbench.segmentation import (
    SRXError,
    default_rules,
    load_rules,
    segment,
    spans_with_separators,
    split_spans,
)
from workbench.segmentation.dialect import DialectError, translate
from workbench.segmentation.protect import protected_spans

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CORPUS_FILES = sorted(path.name for path in CORPUS.glob("*.txt"))


def check_contract(text: str, spans: list[tuple[int, int]]) -> None:
    """The split_spans contract, checked span by span, plus exact reconstruction."""
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(text)
        assert text[position:start].strip() == ""  # only whitespace between spans
        assert not text[start].isspace() and not text[end - 1].isspace()
        position = end
    assert text[position:].strip() == ""
    rebuilt = "".join(s + sep for s, sep in spans_with_separators(text, spans))
    assert rebuilt == text.strip()


# --- English -------------------------------------------------------------------------------

ENGLISH = [
    # abbreviations before names, numbers and company forms
    ("Mr. Li met Dr. Wang and Prof. Chen. They talked.", 2),
    ("Mrs. Zhao moved to St. Louis last year. She likes it.", 2),
    ("Read No. 1 and No.2 first. Then the rest.", 2),
    ("See Fig. 3 and pp. 10-12. They agree.", 2),
    ("The fair opens on Jan. 5 and closes on Feb. 2. Tickets sell fast.", 2),
    ("The band Lakers vs. Celtics played. It was loud.", 2),
    ("Shanghai Pudong Co. Ltd. signed it. The deal is done.", 2),
    ("Buy fruit, e.g. Apples or pears. Eat them.", 2),
    ("Smith et al. (2021) found it. Others agree.", 2),
    ("Apple Inc. The company said so.", 2),  # sentence-final Inc. before a capital: split
    # U.S./U.K. and initials
    ("The U.S. Army and the U.K. Government met. Talks went on.", 2),
    ("He studied in the U.S. The next year he came home.", 2),
    ("J. K. Rowling wrote it. Xi J. P. read it.", 2),
    ("The book by J.K. Rowling sold well. Really.", 2),
    # decimals
    ("Growth was 3.5 percent in 2024. Output hit 1.2 billion yuan.", 2),
    ("The ratio is 0.75. It rose.", 2),
    # URLs, e-mail addresses, domains
    ("Visit en.hangzhou.com.cn for news. It is updated daily.", 2),
    ("See www.example.com/a.b for details. Thanks.", 2),
    ("See https://example.org/News.Html?id=3 today. Thanks.", 2),
    ("Write to zhang.Wei@example.cn today. We reply fast.", 2),
    ("The site Example.Org.cn went live. Good.", 2),
    # ellipses and times
    ("We waited... and waited. Nobody came.", 2),
    ("We waited... Nobody came.", 2),
    ("It opens at 9 a.m. daily. Come early.", 2),
    ("It opened at 9 p.m. The crowd cheered.", 2),
    # ! and ?
    ("What a day! Was it good? Yes.", 3),
    ('"Really?" he asked. She nodded.', 2),
    # closing quotes and brackets stay with their sentence
    ('They read "A Letter from Zhengzhou." These letters moved many.', 2),
    ("He said “We will win.” Then he left.", 2),
    ("The series was called “Foreigners in Zhengzhou”. It ran for years.", 2),
    ("(This was new.) Everyone agreed.", 2),
    # missing spaces after a full stop (PDF extraction)
    ("It had 5 million views.It was recommended.", 2),
    ("Media in Chongqing(China).Through this we grew.", 2),
    ("Posts by Chongqing Release.6 issues were published.", 2),
    ("A comma,then a word stays together.", 1),
    # Chinese sentences inside English text
    ("The work went well.以大外事视角推动。The end.", 3),
    # blank lines always break
    ("A heading without a stop\n\nThe body starts here.", 2),
    ("Author:   Editor: Ye Lijiao", 1),
]


@pytest.mark.parametrize(("text", "count"), ENGLISH)
def test_english(text: str, count: int) -> None:
    spans = split_spans(text, Language.EN)
    check_contract(text, spans)
    assert len(spans) == count, segment(text, "en")


def test_missing_space_split_keeps_text_exactly() -> None:
    text = "Reported by Xinhua.It was shared widely."
    pairs = spans_with_separators(text, split_spans(text, "en"))
    assert pairs == [("Reported by Xinhua.", ""), ("It was shared widely.", "")]


def test_abbreviations_are_not_sentence_ends() -> None:
    text = "Mr. Smith said the U.S. Navy saw No. 1 grow 3.5 times. Fine."
    assert segment(text, "en") == [
        "Mr. Smith said the U.S. Navy saw No. 1 grow 3.5 times.",
        "Fine.",
    ]


def test_separators_are_the_original_whitespace() -> None:
    text = "  One.\u00a0 Two!\tThree?  "
    spans = split_spans(text, "en")
    check_contract(text, spans)
    assert spans_with_separators(text, spans) == [
        ("One.", "\u00a0 "),
        ("Two!", "\t"),
        ("Three?", ""),
    ]


# --- Chinese -------------------------------------------------------------------------------

CHINESE = [
    ("今天天气很好。我们去公园吧！你来吗？", 3),
    ("第一项完成；第二项继续。", 2),
    ("他走进历史街区……在传统节日里，人很多。", 2),
    ("他想了想…然后笑了。", 2),
    ("苹果、香蕉……等水果都有。", 1),  # ……等 ends a list, not a sentence
    # ASCII ! ? ; after (or before) Han text
    ("你在何时与WhereZhengzhou相识?是在二十四节气中?还是在夏天?", 3),
    ("我们即将相遇在 2025?这一年很特别。", 2),
    ("太好了!我们走吧;明天见。", 3),
    ("在中国优秀政务平台(数字政府)评估中获评(矩阵);TikTok影响力第四。", 2),
    ("共十二期.下一期再见。", 2),
    # closing marks stay with their sentence
    ("他说：“我们走吧。”大家都同意了。", 2),
    ("“你去哪？”他问。", 2),
    ("（这是注释。）正文继续。", 2),
    # never inside quotations or book titles
    ("他说：“我们走吧。你来吗？好的！”他们就离开了。", 2),
    ("他说：“我们走吧，你来吗？”", 1),
    ("他引用了‘天下大同。’这句话。", 2),
    ("她读了《我与故乡的距离。续篇》和《来信》。", 1),
    ("书名是《〈工人〉发刊词。》，很有名。", 1),  # no sentence starts with ，
    ("「我来了。你呢？」他说。", 2),
    ("『一句。两句。』完。", 2),
    ('他说:"这里的夜景太美了!真的。"然后走了。', 2),
    ('我们走吧。"好的。"他说。', 3),  # the break moves in front of the opening "
    # an unclosed quote protects nothing
    ("他说：“我们走吧。大家都同意了。", 2),
    # Latin names, digits and URLs are ordinary text
    ("郑州发布WhereZhengzhou账号,粉丝增长30%。TikTok指数排名第四。", 2),
    ("访问https://example.cn/news?id=3获取更多信息。谢谢。", 2),
    ("增长了3.5个百分点。使用.NET框架。", 2),
    ("这是重庆。Chongqing is great. 我们爱它。", 3),
    ("目录:1. 介绍 2. 方法。", 1),
    ("标题没有句号\n\n正文开始了。", 2),
]


@pytest.mark.parametrize(("text", "count"), CHINESE)
def test_chinese(text: str, count: int) -> None:
    spans = split_spans(text, Language.ZH)
    check_contract(text, spans)
    assert len(spans) == count, segment(text, "zh")


def test_chinese_quotations_are_not_split_inside() -> None:
    assert segment("他说：“走吧。你来吗？好的！”他们离开了。", "zh") == [
        "他说：“走吧。你来吗？好的！”",
        "他们离开了。",
    ]
    assert segment('我们走吧。"好的。"他说。', "zh") == ["我们走吧。", '"好的。"', "他说。"]
    assert segment("读《故乡。续篇》《来信》。再见。", "zh") == [
        "读《故乡。续篇》《来信》。",
        "再见。",
    ]


def test_chinese_closing_marks_stay_with_the_sentence() -> None:
    assert segment("他说：“好的。”（完。）他走了。", "zh") == [
        "他说：“好的。”",
        "（完。）",
        "他走了。",
    ]
    assert segment("她问:“真的吗?”我点头。", "zh") == ["她问:“真的吗?”", "我点头。"]


def test_chinese_text_joins_back_without_spaces() -> None:
    text = "第一句。第二句！第三句？"
    assert "".join(segment(text, "zh")) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“甲”“乙”", [(0, 3), (3, 6)]),  # adjacent quotations stay separate
        ("“外‘内’外”", [(0, 7)]),  # nested: the outer extent
        ("“未闭合。", []),  # an unmatched opener protects nothing
        ("‘缺’闭合”", [(0, 3)]),  # a closer without an opener is ignored
        ('"一"二"', [(0, 3)]),  # ASCII quotes pair up left to right
        ("“第一行\n第二行”", []),  # nothing is carried across a line break
    ],
)
def test_protected_spans(text: str, expected: list[tuple[int, int]]) -> None:
    assert protected_spans(text) == expected


# --- API -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "zh-CN", "zh_Hant", "ZH", Language.ZH])
def test_language_codes_chinese(lang: str) -> None:
    assert len(split_spans("第一句。“第二句。”", lang)) == 2


@pytest.mark.parametrize("lang", ["en", "en-US", "EN", Language.EN])
def test_language_codes_english(lang: str) -> None:
    assert len(split_spans("One. Two.", lang)) == 2


def test_unknown_language_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="no segmentation rules for language 'fr'"):
        split_spans("Un. Deux.", "fr")


@pytest.mark.parametrize("text", ["", "   ", "\n\t\u3000"])
def test_empty_and_blank_text(text: str) -> None:
    assert split_spans(text, "en") == []
    assert split_spans(text, "zh") == []


def test_default_rules_are_parsed_once() -> None:
    assert default_rules() is default_rules()
    assert default_rules().rules_for("zh") is default_rules().rules_for("zh")


def test_default_srx_is_srx_2() -> None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.parse(str(resource_path("segmentation/default.srx")), parser).getroot()
    srx = "{http://www.lisa.org/srx20}"
    assert root.tag == f"{srx}srx" and root.get("version") == "2.0"
    names = {rule.get("languagerulename") for rule in root.iter(f"{srx}languagerule")}
    assert names == {"Chinese", "English"}
    assert {m.get("languagerulename") for m in root.iter(f"{srx}languagemap")} == names
    breaks = [rule.get("break") for rule in root.iter(f"{srx}rule")]
    assert "no" in breaks and "yes" in breaks


# --- user SRX files ------------------------------------------------------------------------

SRX_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="{cascade}"/>
  <body>
    <languagerules>{rules}</languagerules>
    <maprules>{maps}</maprules>
  </body>
</srx>
"""

PIPE_RULES = """
      <languagerule languagerulename="Keep">
        <rule break="no"><beforebreak>\\bNO\\|</beforebreak><afterbreak></afterbreak></rule>
      </languagerule>
      <languagerule languagerulename="Pipes">
        <rule break="yes"><beforebreak>\\|</beforebreak></rule>
        <rule break="yes"><beforebreak>(?i)stop\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
        <rule break="yes"><beforebreak>\\p{Lu}\\p{Lu}#</beforebreak></rule>
      </languagerule>"""

PIPE_MAPS = """
      <languagemap languagepattern="x-pipe.*" languagerulename="Keep"/>
      <languagemap languagepattern="x-.*" languagerulename="Pipes"/>"""


def write_srx(tmp_path: Path, rules: str, maps: str, cascade: str = "no") -> Path:
    path = tmp_path / "rules.srx"
    path.write_text(SRX_TEMPLATE.format(rules=rules, maps=maps, cascade=cascade), "utf-8")
    return path


def test_user_srx_file(tmp_path: Path) -> None:
    rules = load_rules(write_srx(tmp_path, PIPE_RULES, PIPE_MAPS, cascade="yes"))
    # cascade: x-pipe gets Keep's exception, then Pipes' breaks
    assert segment("a|b NO|c STOP. d AB#e", "x-pipe", rules) == ["a|", "b NO|c STOP.", "d AB#", "e"]
    # x-other matches only the second map: no exception
    assert segment("a|b NO|c", "x-other", rules) == ["a|", "b NO|", "c"]


def test_user_srx_without_cascade_uses_first_map(tmp_path: Path) -> None:
    rules = load_rules(write_srx(tmp_path, PIPE_RULES, PIPE_MAPS, cascade="no"))
    assert segment("a|b", "x-pipe", rules) == ["a|b"]  # only "Keep", which never breaks


def test_srx_1_style_maprule_wrapper(tmp_path: Path) -> None:
    maps = """
      <maprule maprulename="Default">
        <languagemap languagepattern="x-.*" languagerulename="Pipes"/>
      </maprule>"""
    rules = load_rules(write_srx(tmp_path, PIPE_RULES, maps))
    assert segment("a|b", "x-any", rules) == ["a|", "b"]


def test_rule_parts_that_only_fail_together(tmp_path: Path) -> None:
    """Each regex compiles alone, but the engine joins before and after into one."""
    body = """
      <languagerule languagerulename="R">
        <rule><beforebreak>(?P&lt;x&gt;a)</beforebreak><afterbreak>(?P&lt;x&gt;b)</afterbreak></rule>
      </languagerule>"""
    maps = '<languagemap languagepattern=".*" languagerulename="R"/>'
    path = write_srx(tmp_path, body, maps)
    with pytest.raises(SRXError, match="rule does not compile") as info:
        load_rules(path)
    assert f"{path}, languagerule 'R', rule 1 (line 7)" in str(info.value)


def test_exception_before_break_rule_only(tmp_path: Path) -> None:
    """The first matching rule decides: an exception after a break rule has no effect."""
    body = """
      <languagerule languagerulename="R">
        <rule break="yes"><beforebreak>\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
        <rule break="no"><beforebreak>Mr\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
      </languagerule>"""
    maps = '<languagemap languagepattern=".*" languagerulename="R"/>'
    rules = load_rules(write_srx(tmp_path, body, maps))
    assert segment("Mr. Li.", "any", rules) == ["Mr.", "Li."]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<srx><body>", "not well-formed XML"),
        ("<notsrx/>", "root element is <notsrx>, expected <srx>"),
        ('<srx xmlns="urn:other"><body/></srx>', "unknown namespace"),
        ("<srx><header/></srx>", "missing <body>"),
        ("<srx><body><maprules/></body></srx>", "missing <languagerules>"),
        (
            '<!DOCTYPE srx [<!ENTITY x "boom">]><srx><body>&x;</body></srx>',
            "document type declarations are not allowed",
        ),
    ],
)
def test_malformed_srx_documents(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.srx"
    path.write_text(content, "utf-8")
    with pytest.raises(SRXError, match=re.escape(message)) as info:
        load_rules(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("rules", "maps", "message", "line"),
    [
        (
            '<languagerule languagerulename="R">\n<rule><beforebreak>[a-</beforebreak></rule>'
            "</languagerule>",
            '<languagemap languagepattern=".*" languagerulename="R"/>',
            "languagerule 'R', rule 1: bad <beforebreak> regex '[a-'",
            6,
        ),
        (
            '<languagerule languagerulename="R">\n\n<rule break="maybe"><beforebreak>a'
            "</beforebreak></rule></languagerule>",
            '<languagemap languagepattern=".*" languagerulename="R"/>',
            "break must be yes or no, not 'maybe'",
            7,
        ),
        (
            '<languagerule languagerulename="R"><rule><afterbreak>\\p{Klingon}'
            "</afterbreak></rule></languagerule>",
            '<languagemap languagepattern=".*" languagerulename="R"/>',
            "unsupported property class",
            5,
        ),
        (
            '<languagerule languagerulename="R"><rule/></languagerule>',
            '<languagemap languagepattern=".*" languagerulename="R"/>',
            "a rule needs <beforebreak> or <afterbreak>",
            5,
        ),
        (
            '<languagerule languagerulename="R"><rule><beforebreak>a</beforebreak></rule>'
            "</languagerule>",
            '\n<languagemap languagepattern=".*" languagerulename="Missing"/>',
            "unknown languagerule 'Missing'",
            7,
        ),
        (
            '<languagerule languagerulename="R"><rule><beforebreak>a</beforebreak></rule>'
            "</languagerule>",
            '<languagemap languagepattern="(" languagerulename="R"/>',
            "bad languagepattern '('",
            6,
        ),
    ],
)
def test_malformed_srx_rules(
    tmp_path: Path, rules: str, maps: str, message: str, line: int
) -> None:
    path = write_srx(tmp_path, rules, maps)
    with pytest.raises(SRXError, match=re.escape(message)) as info:
        load_rules(path)
    assert info.value.line == line
    assert f"{path}, line {line}" in str(info.value)


def test_missing_srx_file(tmp_path: Path) -> None:
    with pytest.raises(SRXError, match=r"Invalid segmentation rules .*missing\.srx"):
        load_rules(tmp_path / "missing.srx")


# --- regex dialect -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "matches", "misses"),
    [
        (r"\p{Han}+", "重庆", "Chongqing"),
        (r"\P{Han}+", "Chongqing", "重庆"),
        (r"[\p{Lu}\d]x", "Éx", "éx"),
        (r"\p{Ll}\p{Ll}", "ab", "aB"),
        (r"\p{IsLu}", "Z", "z"),
        (r"(?i)abc", "ABC", "abd"),
        (r"\\p{Lu}", "\\p{Lu}", "A"),  # an escaped backslash is a literal
    ],
)
def test_dialect(pattern: str, matches: str, misses: str) -> None:
    compiled = re.compile(f"x(?:{translate(pattern)})")  # embeddable, as the engine does
    assert compiled.fullmatch("x" + matches)
    assert not compiled.fullmatch("x" + misses)


def test_dialect_rejects_negated_property_in_class() -> None:
    with pytest.raises(DialectError):
        translate(r"[\P{Han}a]")


# --- the real corpus -----------------------------------------------------------------------


def corpus_lines(name: str) -> list[tuple[int, str, Language]]:
    lines = (CORPUS / name).read_text("utf-8").split("\n")
    found = []
    for number, line in enumerate(lines, start=1):
        lang = detect_language(line)
        if lang is not None:
            found.append((number, line, lang))
    return found


def test_corpus_is_present() -> None:
    assert len(CORPUS_FILES) >= 5, f"the shared corpus is missing at {CORPUS}"


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_lines_reconstruct(name: str) -> None:
    lines = corpus_lines(name)
    assert lines
    for number, line, lang in lines:
        spans = split_spans(line, lang)
        check_contract(line, spans)
        assert spans, f"{name}:{number}"
        for start, end in spans[:-1]:
            piece = line[start:end]
            # every sentence but the last ends with a stop (and maybe closing marks)
            assert re.search(r"[.!?;。！？；…][”’\"')）」』》\]]*$", piece), (name, number, piece)
            if lang is Language.EN:
                assert not re.search(r"\b(?:Mr|Mrs|Dr|Prof|St|No|U\.S|e\.g|i\.e)\.$", piece)


def segments_of(name: str, number: int) -> list[str]:
    line = (CORPUS / name).read_text("utf-8").split("\n")[number - 1]
    lang = detect_language(line)
    assert lang is not None
    return segment(line, lang)


@pytest.mark.parametrize(
    ("name", "number", "count"),
    [
        ("zhengzhou-2024-review.txt", 1, 4),
        ("zhengzhou-2024-review.txt", 2, 4),  # Chinese split at ASCII ?
        ("zhengzhou-2024-review.txt", 6, 1),  # adjacent “…”“…” titles, one sentence
        ("zhengzhou-2024-review.txt", 10, 3),  # …… ends a sentence; “…,…” kept whole
        ("zhengzhou-2024-review.txt", 12, 3),  # ASCII ; after Han; 《…》《…》 kept whole
        ("zhengzhou-2024-review.txt", 17, 1),  # Huanqiu.com, ifeng.com
        ("zhengzhou-2024-review.txt", 21, 6),
        ("zhengzhou-2024-review.txt", 22, 6),  # (矩阵);TikTok
        ("zhengzhou-2024-review.txt", 23, 4),
        ("the-world-and-chongqing-extract.txt", 9, 24),  # missing spaces, mixed languages
        ("jinan-global-communication.en.txt", 40, 6),
        ("zhejiang-center-established.en.txt", 2, 1),  # en.hangzhou.com.cn + dateline
        ("jinhua-center-unveiled.en.txt", 3, 3),
    ],
)
def test_corpus_counts(name: str, number: int, count: int) -> None:
    assert len(segments_of(name, number)) == count, segments_of(name, number)


def test_corpus_zhengzhou_question_marks() -> None:
    segments = segments_of("zhengzhou-2024-review.txt", 2)
    assert [s[-1] for s in segments] == ["。", "?", "?", "?"]
    assert "“" in segments[3] and "”" in segments[3]  # the quoted title is not split


def test_corpus_chongqing_missing_spaces() -> None:
    name = "the-world-and-chongqing-extract.txt"
    line = (CORPUS / name).read_text("utf-8").split("\n")[8]
    spans = split_spans(line, "en")
    starts = {start for start, _ in spans}
    glued = [m.end() for m in re.finditer(r"[a-z]{2}\)?\.(?=[A-Z][a-z])", line)]
    assert len(glued) >= 10  # views.It, peak.The, Chongqing(China).Through …
    assert all(position in starts for position in glued)
    pairs = spans_with_separators(line, spans)
    for position in glued:  # a glued sentence keeps its (absent) space
        index = next(i for i, (start, _) in enumerate(spans) if start == position)
        assert pairs[index - 1][1] == ""
    texts = [text for text, _ in pairs]
    # "Mr." before a name (even with no space) is not a sentence end
    assert not any(text.endswith("Mr.") for text in texts)
    assert any(re.search(r"Mr\.[A-Z]", text) for text in texts)
    # the Chinese sentences inside the English line end at 。
    chinese = [text for text in texts if detect_language(text) is Language.ZH]
    assert len(chinese) >= 4 and all(text.endswith("。") for text in chinese)
