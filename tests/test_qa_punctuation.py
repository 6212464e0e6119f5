"""Punctuation and whitespace QA checks: punct-width, punct-spacing, unpaired-brackets,
cjk-latin-spacing, double-space, whitespace-edge — hand-made cases both ways, exact fixes,
and the real corpus (defects it is known to carry, and silence on its clean lines)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest

from workbench.language import HAN_CLASS
from workbench.qa.model import Finding, Side, Unit
from workbench.qa.profiles import CheckSetting, Profile, builtin_profiles
from workbench.qa.punctuation import (
    collapse_double_spaces,
    fix_cjk_latin_spacing,
    fix_english_spacing,
    mirror_edge_whitespace,
    to_fullwidth_zh,
    to_halfwidth_en,
)
from workbench.qa.runner import run_qa

CHECKS = (
    "punct-width",
    "punct-spacing",
    "unpaired-brackets",
    "cjk-latin-spacing",
    "double-space",
    "whitespace-edge",
)


def run(units: Iterable[Unit], *checks: str) -> list[Finding]:
    units = [
        Unit(u.key, u.source, u.target, u.source_lang, u.target_lang, position=n)
        for n, u in enumerate(units, 1)
    ]
    return run_qa(units, builtin_profiles()["translation"].only(checks or CHECKS)).findings


def zh(text: str, *checks: str) -> list[Finding]:
    """Findings on a Chinese source (the English target is a neutral stand-in)."""
    return [f for f in run([Unit("1", text, "Text.")], *checks) if f.side is Side.SOURCE]


def en(text: str, *checks: str) -> list[Finding]:
    return [f for f in run([Unit("1", "文本。", text)], *checks) if f.side is Side.TARGET]


def apply_all(text: str, findings: list[Finding]) -> str:
    """Apply every fix from the rightmost span to the leftmost, checking that each one
    changes only its own span."""
    for finding in sorted(findings, key=lambda f: f.fix.start if f.fix else -1, reverse=True):
        fix = finding.fix
        if fix is None:
            continue
        fixed = fix.apply(text)
        assert fixed[: fix.start] == text[: fix.start]
        assert fixed[fix.start + len(fix.replacement) :] == text[fix.end :]
        text = fixed
    return text


def spans(findings: list[Finding]) -> list[str]:
    return [f.span_text for f in findings]


# --- punct-width ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('他说:"这里的夜景太美了!"', "他说：“这里的夜景太美了！”"),  # :" and !" next to quotes
        ("价格为100元,增长了15%,时间是10:30。", "价格为100元，增长了15%，时间是10:30。"),
        (
            "重庆国际传播中心(iChongqing)在2025年推出了The World and Chongqing杂志,共12期.",
            "重庆国际传播中心（iChongqing）在2025年推出了The World and Chongqing杂志，共12期。",
        ),
        ("(1)加强合作;(2)扩大交流", "（1）加强合作；（2）扩大交流"),
        ("他们称之为'一带一路'倡议", "他们称之为‘一带一路’倡议"),
        ('他称之为"TALK IN 重庆",对吧?', "他称之为“TALK IN 重庆”，对吧？"),
        ("我们...他们。。。好", "我们……他们……好"),
        ("ＡＢＣ１２３全角字母", "ABC123全角字母"),
        ("我们即将相遇在 2025.", "我们即将相遇在 2025。"),
        ("这一年,你在何时与WhereZhengzhou相识?", "这一年，你在何时与WhereZhengzhou相识？"),
    ],
)
def test_punct_width_chinese_fixes(text: str, expected: str) -> None:
    findings = zh(text, "punct-width")
    assert findings and all(f.span[1] - f.span[0] <= 3 for f in findings)
    assert apply_all(text, findings) == expected
    assert to_fullwidth_zh(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "3.5万人参加",  # a decimal point
        "时间是10:30。",  # a time
        "共1,000人。",  # a thousands separator
        "详见https://www.cq.gov.cn/a,b?x=1了解。",  # a URL
        "写信给info@ichongqing.info。",  # an e-mail address
        "请打开report_v2.docx。",  # a file name
        "重庆发布了The World and Chongqing, Vol. 3杂志。",  # a Latin run inside Chinese
        "发布了The World and Chongqing.",  # a longer English title may end in its own stop
        "Chongqing's 大学和Xi'an交大。",  # apostrophes
        "Mr. 王说，e.g. 也可以。",  # abbreviation points
        "《重庆日报》报道说——从解放碑到洪崖洞……",  # already correct
        "版本V2.0发布。",
    ],
)
def test_punct_width_chinese_leaves_alone(text: str) -> None:
    assert spans(zh(text, "punct-width")) == []


def test_punct_width_one_finding_per_character_with_exact_span() -> None:
    findings = zh('他说:"好!"', "punct-width")
    assert [(f.span, f.span_text, f.fix.replacement) for f in findings if f.fix] == [
        ((2, 3), ":", "："),
        ((3, 4), '"', "“"),
        ((5, 6), "!", "！"),
        ((6, 7), '"', "”"),
    ]
    assert findings[0].message_zh.startswith("中文中使用了半角")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said，hello。Next（China）is here！", "He said, hello. Next (China) is here!"),
        ("Chongqing（China）", "Chongqing (China)"),
        ("It rose by １２％ to ３００ units.", "It rose by 12％ to 300 units."),
        ("At 10：30 on day 1，000。", "At 10:30 on day 1,000."),
        ("Cities：Chongqing；Chengdu？", "Cities: Chongqing; Chengdu?"),
    ],
)
def test_punct_width_english_fixes(text: str, expected: str) -> None:
    findings = en(text, "punct-width")
    assert findings
    assert apply_all(text, findings) == expected
    assert to_halfwidth_en(text) == expected


def test_punct_width_english_title_marks_have_no_fix() -> None:
    findings = en("He read 《The World and Chongqing》 daily.", "punct-width")
    assert spans(findings) == ["《", "》"]
    assert all(f.fix is None for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "the “Belt and Road · Golden Hub” brand",  # curly quotes are English quotes too
        "Jinhua’s stories, e.g. these.",
        "2016年,昆明地区生产总值达到39163亿元。",  # an untranslated (Chinese) target
    ],
)
def test_punct_width_english_leaves_alone(text: str) -> None:
    assert en(text, "punct-width") == []


# --- punct-spacing -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the Foreign Affairs of Chongqing Municipal Government,cooperating with Huanglong",
            "the Foreign Affairs of Chongqing Municipal Government, cooperating with Huanglong",
        ),
        ("reported by Xinhua.It was", "reported by Xinhua. It was"),
        ("Interviews with Mr.Jess Seade Kuri", "Interviews with Mr. Jess Seade Kuri"),
        ("in Chongqing(China).Through it", "in Chongqing(China). Through it"),
        ("a word , and a word ,next", "a word, and a word, next"),
        ("Really ? Yes ! Note : this ; that .", "Really? Yes! Note: this; that."),
        ("Source:CGTN", "Source: CGTN"),
    ],
)
def test_punct_spacing_fixes(text: str, expected: str) -> None:
    findings = en(text, "punct-spacing")
    assert findings
    assert apply_all(text, findings) == expected
    assert fix_english_spacing(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1,000 people; 3.5 percent; at 10:30; version 2.0.1.",
        "e.g. this, i.e. that, the U.S. and U.K., at 9 a.m. today.",
        "Follow WhereZhengzhou.com and iChongqing.info or en.hangzhou.com.cn today.",
        "See https://www.example.com/path?a=1,b=2 or mail info@ichongqing.info now.",
        "Open report.docx, then main.py.",
        "Wait...what? And so on ...",
        "Built on .NET and ASP.NET.",
        "Smile :) and stop.",
        "“Spring City,” they said. 'Yes,' she said.",
        "Ph.D. holders",
    ],
)
def test_punct_spacing_leaves_alone(text: str) -> None:
    assert en(text, "punct-spacing") == []


def test_punct_spacing_ignores_chinese_sides() -> None:
    assert zh("重庆,Chongqing.It", "punct-spacing") == []


# --- unpaired-brackets ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chongqing's hotpot and Xi'an",
        "Chongqing’s “Hello” and the students’ work in the ’90s",
        "‘quoted’ and “double ‘nested’ quotes”",
        "1) first 2) second a) third",
        "Smile :) please",
        "《重庆日报》（Chongqing Daily）报道【快讯】「引」『号』〈篇〉",
        'He said "yes" and "no".',
        "他说：“这里的夜景太美了！”",
    ],
)
def test_unpaired_brackets_leaves_alone(text: str) -> None:
    assert run([Unit("1", text, text)], "unpaired-brackets") == []


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("The (China-Europe Railway Express", (4, 5), "never closed"),
        ("the city) grew", (8, 9), "closes nothing"),
        ('he said "hi there', (8, 9), "never closed"),
        ("“a” b” c", (5, 6), "closes nothing"),
        ("《重庆日报报道", (0, 1), "never closed"),
        ("中国（河南—东盟", (2, 3), "never closed"),
        ("the “four silk roads” roads” connect", (27, 28), "closes nothing"),
        ("(a [b) c]", (3, 4), "never closed"),
    ],
)
def test_unpaired_brackets_found(text: str, span: tuple[int, int], kind: str) -> None:
    findings = run([Unit("1", "文本。", text)], "unpaired-brackets")
    assert [(f.span, f.fix) for f in findings][:1] == [(span, None)]
    assert kind in findings[0].message_en
    assert findings[0].severity.value == "error"


def test_unpaired_straight_quote_picks_the_odd_one() -> None:
    text = 'Today, the "four silk roads" roads" connect Lhasa.'
    findings = run([Unit("1", "文本。", text)], "unpaired-brackets")
    assert [f.span for f in findings] == [(34, 35)]


# --- cjk-latin-spacing ---------------------------------------------------------------------


def cjk_profile(**options: object) -> Profile:
    profile = builtin_profiles()["translation"].only(["cjk-latin-spacing"])
    profile.settings["cjk-latin-spacing"] = CheckSetting(options=dict(options))
    return profile


def test_cjk_latin_spacing_require_space() -> None:
    text = "在2025年推出了The World杂志,增长15%的5G用户,版本V2.0发布。"
    findings = zh(text, "cjk-latin-spacing")
    assert spans(findings) == ["The", "World", "5G", "V2.0"]  # bare numbers: off by default
    assert all(f.severity.value == "info" and (f.fix.start, f.fix.end) == f.span for f in findings)
    expected = "在2025年推出了 The World 杂志,增长15%的 5G 用户,版本 V2.0 发布。"
    assert apply_all(text, findings) == expected == fix_cjk_latin_spacing(text)


def test_cjk_latin_spacing_numbers_option() -> None:
    text = "在2025年推出了The World杂志,增长15%的5G用户。"
    findings = run_qa([Unit("1", text, "x", position=1)], cjk_profile(numbers=True)).findings
    assert spans(findings) == ["2025", "The", "World", "15%", "5G"]
    expected = "在 2025 年推出了 The World 杂志,增长 15% 的 5G 用户。"
    assert apply_all(text, findings) == expected == fix_cjk_latin_spacing(text, numbers=True)


def test_cjk_latin_spacing_not_between_han_and_punctuation() -> None:
    assert zh("重庆（Chongqing）、“TALK”。《iChongqing》", "cjk-latin-spacing") == []
    assert zh("我们即将相遇在 2025 年。全市常住人口达到3200万。", "cjk-latin-spacing") == []
    assert en("Chongqing2025 is English", "cjk-latin-spacing") == []


def test_cjk_latin_spacing_forbid_space_and_print_profile() -> None:
    text = "我们即将相遇在 2025 年, 在 TALK IN 重庆。"
    findings = run_qa([Unit("1", text, "x", position=1)], cjk_profile(mode="forbid-space"))
    assert spans(findings.findings) == [" ", " "]
    assert apply_all(text, findings.findings) == "我们即将相遇在 2025 年, 在TALK IN重庆。"
    assert fix_cjk_latin_spacing(text, "forbid-space", numbers=True) == (
        "我们即将相遇在2025年, 在TALK IN重庆。"
    )
    printed = run_qa([Unit("1", "在V2版", "In V2", position=1)], builtin_profiles()["print"])
    assert [f for f in printed.findings if f.check == "cjk-latin-spacing"] == []


# --- double-space --------------------------------------------------------------------------


def test_double_space_found_and_fixed() -> None:
    text = "with  total views\u3000\u3000and\u00a0\u00a0more"
    findings = en(text, "double-space")
    assert spans(findings) == ["  ", "\u3000\u3000", "\u00a0\u00a0"]
    assert apply_all(text, findings) == "with total views and\u00a0more"
    assert collapse_double_spaces(text, "en") == "with total views and\u00a0more"


def test_double_space_leaves_alone() -> None:
    assert en("  edges are whitespace-edge's  ", "double-space") == []
    assert en("one space each. Fine.", "double-space") == []
    assert zh("第一段\u3000\u3000第二段", "double-space") == []  # ideographic layout spaces
    assert spans(zh("重庆  发布", "double-space")) == ["  "]


# --- whitespace-edge -----------------------------------------------------------------------


def test_whitespace_edge_target_extra_is_fixed() -> None:
    unit = Unit("1", "重庆发布。", " Chongqing Release. \u00a0")
    findings = run([unit], "whitespace-edge")
    assert [(f.side, f.span) for f in findings] == [(Side.TARGET, (0, 1)), (Side.TARGET, (19, 21))]
    assert apply_all(unit.target, findings) == "Chongqing Release."


def test_whitespace_edge_target_mirrors_source() -> None:
    unit = Unit("1", "重庆发布。 ", "Chongqing Release.  ")
    findings = run([unit], "whitespace-edge")
    assert [(f.side, f.span_text) for f in findings] == [(Side.TARGET, "  ")]
    assert apply_all(unit.target, findings) == "Chongqing Release. "
    assert mirror_edge_whitespace(unit.source, unit.target, "en") == "Chongqing Release. "


def test_whitespace_edge_source_only_has_no_fix() -> None:
    findings = run([Unit("1", "\t重庆发布。", "Chongqing Release.")], "whitespace-edge")
    assert [(f.side, f.span_text, f.fix) for f in findings] == [(Side.SOURCE, "\t", None)]


def test_whitespace_edge_leaves_alone() -> None:
    units = [
        Unit("1", " 重庆。", " Chongqing."),  # mirrored
        Unit("2", "\u3000\u3000重庆。", "  Chongqing."),  # a Chinese indent = English spaces
        Unit("3", "重庆。 ", ""),  # nothing to mirror: untranslated reports it
        Unit("4", "重庆。", "Chongqing."),
    ]
    assert run(units, "whitespace-edge") == []


# --- every check together: fixes never collide ---------------------------------------------


def test_all_fixes_of_a_unit_apply_cleanly() -> None:
    unit = Unit(
        "1",
        "重庆国际传播中心(iChongqing)在2025年推出了杂志,共12期.  ",
        " The center ,launched it.Readers  loved（it）. ",
    )
    findings = run([unit])
    source = [f for f in findings if f.side is Side.SOURCE]
    target = [f for f in findings if f.side is Side.TARGET]
    assert apply_all(unit.source, [f for f in source if f.check != "cjk-latin-spacing"]) == (
        "重庆国际传播中心（iChongqing）在2025年推出了杂志，共12期。  "
    )
    # the target's trailing space becomes the source's two (the target mirrors the source)
    assert apply_all(unit.target, target) == "The center, launched it. Readers loved (it).  "


# --- the real corpus -----------------------------------------------------------------------

_EN_RUN = re.compile(rf"[A-Za-z][^{HAN_CLASS}]*")


def split_mixed(line: str) -> list[tuple[str, str]]:
    """A line of the PDF extract runs both languages together: cut it at every English run
    of four or more words (shorter Latin runs such as "TALK IN" stay in the Chinese)."""
    chunks: list[tuple[str, str]] = []
    last = 0
    for match in _EN_RUN.finditer(line):
        if len(match.group().split()) >= 4:
            if line[last : match.start()].strip():
                chunks.append(("zh", line[last : match.start()]))
            chunks.append(("en", match.group()))
            last = match.end()
    if line[last:].strip():
        chunks.append(("zh", line[last:]))
    return chunks


def corpus_units(corpus: Path) -> list[Unit]:
    units: list[Unit] = []
    lines = (corpus / "zhengzhou-2024-review.txt").read_text(encoding="utf-8").split("\n")
    for n in range(0, len(lines) - 1, 2):  # English paragraph, then its Chinese
        units.append(Unit(f"zhengzhou:{n + 1}", lines[n + 1], lines[n]))
    name = "the-world-and-chongqing-extract.txt"
    for n, line in enumerate((corpus / name).read_text(encoding="utf-8").split("\n"), 1):
        for k, (lang, chunk) in enumerate(split_mixed(line)):
            key = f"world:{n}:{k}"
            units.append(Unit(key, chunk, "") if lang == "zh" else Unit(key, "", chunk))
    for name in (
        "jinan-global-communication.en.txt",
        "jinhua-center-unveiled.en.txt",
        "zhejiang-center-established.en.txt",
    ):
        short = name.split("-")[0]
        for n, line in enumerate((corpus / name).read_text(encoding="utf-8").split("\n"), 1):
            if line.strip():
                units.append(Unit(f"{short}:{n}", "", line))
    return units


# Every finding over the whole corpus, checked by hand: (unit, check) → marks found.
# zhengzhou Chinese is typed with ASCII , ? ; ( ) — all genuine GB/T 15834 findings; the
# PDF extract's English lost the spaces after , and . ("Government,cooperating",
# "Xinhua.It" is "views.It" here, "Mr.Jess"); the web pages carry NBSP runs. cjk-latin-spacing
# flags each Latin word touching Han (house style, info only; bare numbers are off).
EXPECTED = {
    ("jinan:41", "double-space"): {"\xa0\xa0 \xa0\xa0 ": 1, "\xa0\xa0 ": 1},
    ("world:9:0", "punct-spacing"): {",": 7, ".": 1},
    ("world:9:1", "punct-width"): {",": 6},
    ("world:9:5", "punct-width"): {",": 2},
    ("world:9:8", "punct-spacing"): {",": 6, ".": 1},
    ("world:9:11", "punct-width"): {",": 9},
    ("world:9:12", "punct-spacing"): {",": 15, ".": 7},
    ("world:9:15", "punct-width"): {",": 3, "(": 1, ")": 1},
    ("world:9:16", "punct-spacing"): {",": 7, ".": 1},
    ("world:9:18", "punct-spacing"): {",": 20, ".": 3},
    ("zhejiang:2", "double-space"): {"\xa0\xa0\xa0": 2},
    ("zhejiang:19", "double-space"): {" \xa0 ": 1},
    ("zhengzhou:1", "cjk-latin-spacing"): {"WhereZhengzhou": 1},
    ("zhengzhou:1", "punct-width"): {",": 4, "?": 3},
    ("zhengzhou:3", "punct-width"): {",": 1},
    ("zhengzhou:5", "cjk-latin-spacing"): {"V": 1},
    ("zhengzhou:5", "punct-width"): {",": 3},
    ("zhengzhou:7", "punct-width"): {",": 1},
    ("zhengzhou:9", "punct-width"): {",": 8},
    ("zhengzhou:11", "punct-width"): {",": 7, "(": 1, ")": 1, ";": 1},
    ("zhengzhou:13", "punct-width"): {",": 1, "(": 1, ")": 1, ";": 1},
    ("zhengzhou:15", "cjk-latin-spacing"): {"Call": 1},
    ("zhengzhou:15", "punct-width"): {",": 3},
    ("zhengzhou:17", "punct-width"): {",": 1},
    ("zhengzhou:19", "punct-width"): {",": 1},
    ("zhengzhou:21", "cjk-latin-spacing"): {"WhereZhengzhou": 1, "TikTok": 1},
    ("zhengzhou:21", "punct-width"): {",": 6, ";": 3, "(": 2, ")": 2},
    ("zhengzhou:23", "cjk-latin-spacing"): {"WhereZhengzhou": 1},
    ("zhengzhou:23", "punct-width"): {",": 7},
}


def test_corpus_findings_are_exactly_the_judged_set(corpus: Path) -> None:
    found: dict[tuple[str, str], Counter[str]] = {}
    for finding in run(corpus_units(corpus)):
        found.setdefault((finding.unit.key, finding.check), Counter())[finding.span_text] += 1
    assert {key: dict(marks) for key, marks in found.items()} == EXPECTED


def test_corpus_known_defects_are_caught(corpus: Path) -> None:
    text = (corpus / "the-world-and-chongqing-extract.txt").read_text(encoding="utf-8")
    for defect, fixed in (
        ("Government,cooperating", "Government, cooperating"),
        ("views.It was", "views. It was"),
        ("Mr.Jess", "Mr. Jess"),
        ("Chongqing(China).Through", "Chongqing(China). Through"),
    ):
        start = text.index(defect)
        sentence = text[text.rfind(".", 0, start - 12) + 1 : text.index(".", start + len(defect))]
        assert fixed in fix_english_spacing(sentence), defect
        assert en(sentence, "punct-spacing")


def test_corpus_zhengzhou_chinese_gets_full_width_and_nothing_else(corpus: Path) -> None:
    lines = (corpus / "zhengzhou-2024-review.txt").read_text(encoding="utf-8").split("\n")
    for line in lines[1::2]:
        fixed = to_fullwidth_zh(line)
        assert not re.search(r"[,;?()]", fixed), fixed
        back = fixed.translate(str.maketrans("，；？（）", ",;?()"))
        assert back == line  # only the marks changed
    english = lines[0::2]
    assert all(fix_english_spacing(line) == line for line in english)
    assert all(to_halfwidth_en(line) == line for line in english)


def test_corpus_apostrophes_are_not_unpaired_quotes(corpus: Path) -> None:
    text = (corpus / "jinhua-center-unveiled.en.txt").read_text(encoding="utf-8")
    assert "city’s" in text and text.count("’") > text.count("‘")
    assert run([Unit("1", "", line) for line in text.splitlines()], "unpaired-brackets") == []
    # …but a closing quote knocked out of a real sentence is caught.
    line = next(line for line in text.splitlines() if "“1+1+10+N”" in line)
    broken = line.replace("“1+1+10+N”", "“1+1+10+N")
    findings = run([Unit("1", "", broken)], "unpaired-brackets")
    assert [f.span_text for f in findings] == ["“"]
    assert findings[0].span[0] == broken.index("“1+1+10+N")


def test_corpus_trailing_nbsp_is_an_edge_finding(corpus: Path) -> None:
    lines = (corpus / "zhejiang-center-established.en.txt").read_text(encoding="utf-8")
    line = next(line for line in lines.split("\n") if line.endswith("on Friday.\u00a0"))
    unit = Unit("1", "浙江国际传播中心周五在杭州揭牌。", line)
    findings = run([unit], "whitespace-edge")
    assert [(f.side, f.span_text) for f in findings] == [(Side.TARGET, "\u00a0")]
    assert apply_all(line, findings) == line.rstrip()
