"""Number mentions read as values (workbench.qa.numbers) and the number-mismatch check."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from workbench.qa.model import Side, Unit
from workbench.qa.numbers import extract_numbers, format_value, pair_numbers
from workbench.qa.profiles import builtin_profiles
from workbench.qa.registry import all_checks
from workbench.qa.runner import run_qa


def values(text: str, lang: str) -> list[Decimal]:
    return [m.value for m in extract_numbers(text, lang)]


def required(text: str, lang: str) -> list[Decimal]:
    return [m.value for m in extract_numbers(text, lang) if not m.optional]


def D(*numbers: str | int) -> list[Decimal]:
    return [Decimal(str(n)) for n in numbers]


def run(
    source: str,
    target: str,
    source_lang: str = "zh",
    target_lang: str = "en",
    **options: object,
) -> list:
    profile = builtin_profiles()["translation"].only(["number-mismatch"])
    if options:
        profile.settings["number-mismatch"].options.update(options)
    unit = Unit(key="1", source=source, target=target, source_lang=source_lang,
                target_lang=target_lang)  # fmt: skip
    return run_qa([unit], profile).findings


# --- extraction: Chinese -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("增长63,702人,占1.5%", D(63702, "1.5")),
        ("１２３个项目", D(123)),
        ("2016—2020年", D(2016, 2020)),
        ("25～30个, 10-15天", D(25, 30, 10, 15)),
        ("二十四节气", D(24)),
        ("第十三届", D(13)),
        ("一百零五个", D(105)),
        ("三千五百万元", D(35_000_000)),
        ("1.2亿人", D(120_000_000)),
        ("500万次", D(5_000_000)),
        ("3.5万亿元", D(3_500_000_000_000)),
        ("两万人", D(20_000)),
        ("两个作品", D(2)),
        ("二〇二四年", D(2024)),
        ("三点五倍", D("3.5")),
        ("百分之三十", D(30)),
        ("百分之3.5", D("3.5")),
        ("30％", D(30)),
        ("3个百分点", D(3)),
        ("2024年5月31日", D(2024, 5, 31)),
        ("20世纪90年代", D(1990)),
    ],
)
def test_chinese_values(text: str, expected: list[Decimal]) -> None:
    assert values(text, "zh") == expected


@pytest.mark.parametrize(
    "text",
    [
        "一些人",
        "一起走",
        "一带一路",
        "一直",
        "统一",
        "唯一",
        "一流",
        "万一",
        "千万不要",
        "一方面",
        "一样",
        "一定",
        "一般",
        "一系列",
        "进一步",
        "之一",
        "一个",
        "三国",
        "十分重要",
        "百姓",
        "千里",
        "九寨沟",
        "四川",
        "三亚",
        "万水千山",
        "收获千重锦",
        "更上百尺竿",
        "行走四海",
        "五花八门",
        "十三五规划",
        "1+1大于2",
    ],
)
def test_chinese_words_with_numerals_are_not_numbers(text: str) -> None:
    assert required(text, "zh") == []


def test_chinese_kinds_and_flags() -> None:
    by_text = {m.text: m for m in extract_numbers("约300人,第七届,首届,30%,5月31日,上百位", "zh")}
    assert by_text["300"].approx
    assert by_text["第七"].kind == "ordinal"
    assert by_text["首"].optional  # 首届 may stand without "first"
    assert by_text["30%"].kind == "percent"
    assert by_text["5"].kind == "month"
    assert by_text["31"].kind == "day"
    assert by_text["上百"].optional and by_text["上百"].approx
    assert [m.value for m in extract_numbers("300余万", "zh")] == D(3_000_000)
    lone_one = extract_numbers("一封家书", "zh")
    assert [m.optional for m in lone_one] == [True]


def test_spans_index_the_original_text() -> None:
    text = "浏览量突破１９２万,增长30%"
    for mention in extract_numbers(text, "zh"):
        assert (
            text[mention.start : mention.end]
            == mention.text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
            or text[mention.start : mention.end] == mention.text
        )


# --- extraction: English -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.2 billion yuan", D(1_200_000_000)),
        ("500,000 visitors", D(500_000)),
        ("5 million views", D(5_000_000)),
        ("twenty-four solar terms", D(24)),
        ("two hundred and five", D(205)),
        ("two dozen", D(24)),
        ("the 13th festival", D(13)),
        ("the thirteenth festival", D(13)),
        ("the twenty-first century", D(21)),
        ("30 percent and 30 per cent", D(30, 30)),
        ("3 percentage points", D(3)),
        ("May 31", D(5, 31)),
        ("31 May 2024", D(31, 5, 2024)),
        ("from 2016 to 2020", D(2016, 2020)),
        ("the 1990s", D(1990)),
        ("exceeded 42,53000 million yuan", D(4_253_000_000_000)),
        ("2910,000 inbound visits", D(2_910_000)),
        ("In 2020,2021 was", D(2020, 2021)),
    ],
)
def test_english_values(text: str, expected: list[Decimal]) -> None:
    assert values(text, "en") == expected


def test_english_loose_words_are_optional() -> None:
    assert required("one of the best, the one, first time, a thousand thanks", "en") == []
    assert required("May I ask? COVID-19", "en") == []
    assert values("hundreds of experts", "en") == D(100)
    assert required("hundreds of experts", "en") == []
    assert required("Four seasons", "en") == D(4)


def test_format_value() -> None:
    assert format_value(Decimal("120000000.0")) == "120000000"
    assert format_value(Decimal("3.50")) == "3.5"
    assert format_value(Decimal(1) / Decimal(3)) == "0.3333"


def test_pair_numbers_uses_each_number_once() -> None:
    left = extract_numbers("2024年共2024人", "zh")
    right = extract_numbers("2024 people", "en")
    missing_left, missing_right = pair_numbers(left, right)
    assert [m.text for m in missing_left] == ["2024"] and missing_right == []


def test_required_numbers_pair_before_optional_ones() -> None:
    left = extract_numbers("一封信,第1名", "zh")  # 一 optional, 1 required
    right = extract_numbers("ranked 1", "en")
    assert pair_numbers(left, right) == ([], [])


# --- the check -----------------------------------------------------------------------------


def test_check_is_registered_without_fixes() -> None:
    spec = all_checks()["number-mismatch"].spec
    assert spec.name_zh == "数字不一致"
    assert spec.options["tolerance"] == 0.0


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("游客达500万人次", "5 million tourist visits"),
        ("游客达500万人次", "5,000,000 tourist visits"),
        ("人口1.2亿", "a population of 120 million"),
        ("收入1.25亿元", "revenue of 125 million yuan"),
        ("第七届丝绸之路博览会", "the 7th Silk Road Expo"),
        ("第十三届少林武术节", "the thirteenth Shaolin Wushu Festival"),
        ("增长百分之三十", "up 30 percent"),
        ("增长百分之三十", "up 30%"),
        ("5月31日开幕", "opens on May 31"),
        ("2024年5月开幕", "opened in May 2024"),
        ("二十四节气", "the 24 solar terms"),
        ("三个城市", "three cities"),
        ("约300人", "300 people"),
        ("一个城市", "a city"),
        ("其中之一", "one of them"),
        ("20世纪90年代", "the 1990s"),
        ("90年代", "the 1990s"),
        ("三成受访者", "30% of respondents"),
        ("上百位专家", "hundreds of experts"),
        ("首届论坛", "the inaugural forum"),
    ],
)
def test_check_is_silent_on_correct_translations(zh: str, en: str) -> None:
    assert run(zh, en) == []


def test_changed_number_is_flagged_on_both_sides() -> None:
    findings = run("2023年共举办375场活动", "357 events were held in 2023")
    by_side = {f.side: f for f in findings}
    assert set(by_side) == {Side.SOURCE, Side.TARGET}
    source = by_side[Side.SOURCE]
    assert source.span_text == "375"
    assert (
        source.message_en == "Number 375 has no counterpart in the target (target has: 357, 2023)"
    )
    assert source.message_zh == "数字 375 在译文中没有对应（译文中的数字：357、2023）"
    assert source.fix is None
    assert by_side[Side.TARGET].span_text == "357"
    assert by_side[Side.TARGET].message_zh == "数字 357 在原文中没有对应（原文中的数字：2023、375）"


def test_missing_number_and_multiplier_slip_are_flagged() -> None:
    [finding] = run("浏览量突破192万,获得好评", "viewed 1,920,008 times")[:1]
    assert finding.side is Side.SOURCE and finding.span_text == "192万"
    assert "192万 (1920000)" in finding.message_en
    assert run("第十三届少林武术节", "the 33th Shaolin Festival")
    assert run("总投资464亿元", "a total investment of 46403 million yuan")
    missing = run("共有3个项目", "There are projects")
    assert [f.span_text for f in missing] == ["3"]
    assert "(target has no numbers)" in missing[0].message_en


def test_loose_ones_are_never_required() -> None:
    assert run("这是一个城市", "This is one city") == []
    assert run("这是一座城市", "This is the city") == []  # 一 without counterpart
    assert run("城市", "one of the cities") == []  # "one" without counterpart
    assert run("第一次来", "It was my first visit") == []


def test_tolerance_allows_rounding() -> None:
    assert run("收入1.26亿元", "revenue of 125 million yuan")
    assert run("收入1.26亿元", "revenue of 125 million yuan", tolerance=0.01) == []


def test_same_language_pairs_compare_directly() -> None:
    assert run("共375场", "共357场", "zh", "zh")
    assert run("375 events", "three hundred seventy-five events", "en", "en") == []
    assert run("375 events", "357 events", "en", "en")


def test_english_to_chinese_direction() -> None:
    assert run("5 million views", "500万次浏览", "en", "zh") == []
    findings = run("375 events", "357场活动", "en", "zh")
    assert {f.side for f in findings} == {Side.SOURCE, Side.TARGET}


def test_copied_or_empty_target_is_left_to_other_checks() -> None:
    assert run("共375场", "") == []
    assert run("共375场", "共375场") == []


# --- real texts ----------------------------------------------------------------------------


def zhengzhou_units(corpus: Path) -> list[Unit]:
    lines = (corpus / "zhengzhou-2024-review.txt").read_text(encoding="utf-8").splitlines()
    english, chinese = lines[0::2], lines[1::2]
    return [
        Unit(key=str(n), source=zh, target=en, position=n)
        for n, (zh, en) in enumerate(zip(chinese, english, strict=True), start=1)
    ]


def test_zhengzhou_review_pairs(corpus: Path) -> None:
    units = zhengzhou_units(corpus)
    assert len(units) == 12
    profile = builtin_profiles()["translation"].only(["number-mismatch"])
    findings = run_qa(units, profile).findings
    # Only paragraph 11 differs: the Chinese names the CICG contest “第三只眼看中国”
    # ("Third Eye on China"), the English calls it "My China Story". 二十四节气 ↔ 24 solar
    # terms, 第七届 ↔ 7th, 第十三届 ↔ 13th, 两个 ↔ Two, 第四 ↔ fourth, 上百位 ↔ hundreds,
    # 1+1大于2 ↔ "greater than the sum of its parts" are all silent.
    assert [(f.unit.key, f.side, f.span_text) for f in findings] == [("11", Side.SOURCE, "第三")]


def test_zhengzhou_changed_number_is_caught(corpus: Path) -> None:
    unit = zhengzhou_units(corpus)[7]  # 第十三届少林武术节 ↔ the 13th Shaolin Wushu Festival
    profile = builtin_profiles()["translation"].only(["number-mismatch"])
    changed = Unit(key="7", source=unit.source, target=unit.target.replace("13th", "33th"))
    findings = run_qa([changed], profile).findings
    assert [(f.side, f.span_text) for f in findings] == [
        (Side.SOURCE, "第十三"),
        (Side.TARGET, "33th"),
    ]


def test_chongqing_extract_sentences(corpus: Path) -> None:
    text = (corpus / "the-world-and-chongqing-extract.txt").read_text(encoding="utf-8")

    def between(start: str, end: str) -> str:
        i = text.index(start)
        return text[i : text.index(end, i) + len(end)]

    pairs = [
        (between("策划推出反映全市", "置顶推荐"), between("Brave but Absent", "million views")),
        (between("原创精品外宣栏目", "编发6期"), between("6 issues of", "were published")),
        (
            between("重庆外事微信公众号新增", "140余篇"),
            between("The new followers", "Over 140 English posts"),
        ),
    ]
    for zh, en in pairs:
        assert run(zh, en) == [], (zh, en)
