"""Term, text, consistency, tag and spelling checks: positive and negative cases, hand-made
and from the corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workbench.qa.fixes import apply_fixes
from workbench.qa.model import Finding, Side, Unit
from workbench.qa.profiles import builtin_profiles
from workbench.qa.registry import CHECK_IDS, all_checks
from workbench.qa.resources import QAResources
from workbench.qa.runner import run_qa
from workbench.termbase.data import ConceptData, TermData, TermStatus
from workbench.termbase.matcher import TermMatcher


def _term(text: str, lang: str, status: TermStatus = TermStatus.PREFERRED) -> TermData:
    return TermData(text, lang, status)


def _matcher() -> TermMatcher:
    return TermMatcher.build(
        [
            ConceptData(
                [
                    _term("中国式现代化", "zh-Hans"),
                    _term("Chinese modernization", "en"),
                    _term("Chinese path to modernization", "en", TermStatus.ADMITTED),
                    _term("Chinese-style modernization", "en", TermStatus.DEPRECATED),
                ]
            ),
            ConceptData([_term("姐妹城市", "zh-Hans"), _term("sister city", "en")]),
            ConceptData([_term("重庆", "zh-Hans"), _term("Chongqing", "en")]),
            ConceptData(
                [
                    _term("对外宣传", "zh-Hans"),
                    _term("international communication", "en"),
                    _term("external propaganda", "en", TermStatus.DEPRECATED),
                ]
            ),
        ]
    )


def _units(*pairs: tuple[str, str], source_lang: str = "zh", target_lang: str = "en") -> list[Unit]:
    return [
        Unit(str(n), source, target, source_lang, target_lang, position=n)
        for n, (source, target) in enumerate(pairs, start=1)
    ]


def _run(units: list[Unit], *checks: str, matcher: TermMatcher | None = None) -> list[Finding]:
    profile = builtin_profiles()["translation"].only(checks)
    return run_qa(units, profile, QAResources(matcher)).findings


def test_every_check_id_is_registered_with_both_languages() -> None:
    checks = all_checks()
    assert list(checks) == list(CHECK_IDS)
    for check in checks.values():
        spec = check.spec
        assert spec.name_en and spec.name_zh and spec.description_en and spec.description_zh
        assert any("\u4e00" <= ch <= "\u9fff" for ch in spec.name_zh), spec.id


# --- terms ---------------------------------------------------------------------------------


def test_term_missing_flags_a_source_term_without_its_rendering() -> None:
    findings = _run(
        _units(("推进中国式现代化。", "Advance modernization in a Chinese way.")),
        "term-missing",
        matcher=_matcher(),
    )
    assert [(f.check, f.side, f.span_text) for f in findings] == [
        ("term-missing", Side.SOURCE, "中国式现代化")
    ]
    assert "Chinese modernization" in findings[0].message_en
    assert "Chinese modernization" in findings[0].message_zh


@pytest.mark.parametrize(
    "target",
    [
        "We advance Chinese modernization.",
        "We advance the Chinese path to modernization.",  # admitted variant
        "We advance CHINESE MODERNIZATION.",  # case folded
    ],
)
def test_term_missing_accepts_preferred_and_admitted_terms(target: str) -> None:
    assert _run(_units(("推进中国式现代化。", target)), "term-missing", matcher=_matcher()) == []


def test_term_missing_respects_inflection_and_traditional_script() -> None:
    matcher = _matcher()
    assert (
        _run(_units(("两座姐妹城市", "two sister cities")), "term-missing", matcher=matcher) == []
    )
    assert (
        _run(_units(("重慶的姐妹城市", "Chongqing's sister city")), "term-missing", matcher=matcher)
        == []
    )


def test_term_missing_is_silent_without_target_or_term_base() -> None:
    assert _run(_units(("推进中国式现代化。", "")), "term-missing", matcher=_matcher()) == []
    assert _run(_units(("推进中国式现代化。", "x")), "term-missing") == []


def test_term_missing_works_from_english_to_chinese() -> None:
    units = _units(
        ("Chongqing has sister cities.", "重庆有许多友好城市。"), source_lang="en", target_lang="zh"
    )
    findings = _run(units, "term-missing", matcher=_matcher())
    assert [f.span_text for f in findings] == ["sister cities"]
    assert "姐妹城市" in findings[0].message_en


def test_term_forbidden_flags_and_fixes_with_the_preferred_term() -> None:
    units = _units(
        ("推进中国式现代化。", "Chinese-style modernization moves on; so does external propaganda.")
    )
    findings = _run(units, "term-forbidden", matcher=_matcher())
    assert [f.span_text for f in findings] == ["Chinese-style modernization", "external propaganda"]
    fixed, _ = apply_fixes(units[0].target, [f.fix for f in findings if f.fix])
    assert fixed == "Chinese modernization moves on; so does international communication."


def test_term_forbidden_keeps_the_plural_and_the_capital() -> None:
    units = _units(("对外宣传", "External propagandas"))
    (finding,) = _run(units, "term-forbidden", matcher=_matcher())
    assert finding.fix is not None and finding.fix.replacement == "International communications"


def test_corpus_chinese_style_modernization_is_caught(corpus: Path) -> None:
    lines = [
        line.strip()
        for line in (corpus / "zhengzhou-2024-review.txt").read_text("utf-8").splitlines()
        if line.strip()
    ]
    pairs = list(zip(lines[1::2], lines[::2], strict=True))  # (zh, en)
    findings = _run(_units(*pairs), "term-forbidden", matcher=_matcher())
    assert [(f.unit.key, f.span_text) for f in findings] == [("3", "Chinese-style modernization")]


# --- text checks ---------------------------------------------------------------------------


def test_untranslated_and_same_as_source() -> None:
    units = _units(
        ("重庆是山城。", ""),
        ("重庆是山城。", "重庆是山城。"),  # copied source
        ("WhereZhengzhou", "WhereZhengzhou"),  # a brand name stays as it is
        ("2025", "2025"),
        ("重庆是山城。", "Chongqing is a mountain city."),
    )
    findings = _run(units, "untranslated", "same-as-source")
    assert [(f.unit.key, f.check) for f in findings] == [
        ("1", "untranslated"),
        ("2", "same-as-source"),
    ]


def test_repeated_word_in_corpus_and_fix(corpus: Path) -> None:
    text = (corpus / "jinhua-center-unveiled.en.txt").read_text("utf-8")
    line = next(line for line in text.splitlines() if "promoted and promoted" in line)
    assert _run(_units(("x", line)), "repeated-word") == []  # "and" between: not a doubled word
    units = _units(("在这里", "It is the the best place, and that that is all."))
    findings = _run(units, "repeated-word")
    assert [f.span_text for f in findings] == ["the the"]  # "that that" is good English
    fixed, _ = apply_fixes(units[0].target, [findings[0].fix])  # type: ignore[list-item]
    assert fixed == "It is the best place, and that that is all."


def test_repeated_number_or_dotted_name() -> None:
    doubled = {
        "139 139 episodes were released.": "139 episodes were released.",
        "It covers 63,616 63,616 square meters.": "It covers 63,616 square meters.",
        "We welcomed Huanqiu.com, Huanqiu.com, and ifeng.com.": "We welcomed Huanqiu.com, "
        "and ifeng.com.",
        "It hosted 256 events, events, up 23.2%.": "It hosted 256 events, up 23.2%.",
        "Exports rose 17.1% year on year. year.": "Exports rose 17.1% year on year.",
    }
    for text, fixed in doubled.items():
        (finding,) = _run(_units(("x", text)), "repeated-word")
        assert apply_fixes(text, [finding.fix])[0] == fixed  # type: ignore[list-item]
    for text in (
        "1 1.5 mm",
        "scored 1, 1 and 2",
        "the 3 3D films",
        "pages 12 12-13",
        "10 100",
        "Well, well, what a day.",
        "He said no, no, not today.",
    ):
        assert _run(_units(("x", text)), "repeated-word") == [], text
    assert _run(_units(("139 139", "x")), "repeated-word") == []  # Chinese side: not ours


def test_missing_apostrophe(corpus: Path) -> None:
    text = (corpus / "the-world-and-chongqing-extract.txt").read_text("utf-8")
    findings = _run(_units(("重庆", text)), "missing-apostrophe")
    assert {f.span_text for f in findings} == {"Chinas", "Chongqings"}
    units = _units(
        ("重庆", "Chongqing's hotpot and Zhengzhou’s noodles"),
        ("重庆", "Chongqings hotpot"),
        ("重庆", "Jesus and Texas"),
    )
    findings = _run(units, "missing-apostrophe")
    assert [(f.unit.key, f.span_text) for f in findings] == [("2", "Chongqings")]
    fixed, _ = apply_fixes(units[1].target, [findings[0].fix])  # type: ignore[list-item]
    assert fixed == "Chongqing's hotpot"


def test_length_ratio_flags_truncation_not_normal_pairs(corpus: Path) -> None:
    lines = [
        line.strip()
        for line in (corpus / "zhengzhou-2024-review.txt").read_text("utf-8").splitlines()
        if line.strip()
    ]
    pairs = list(zip(lines[1::2], lines[::2], strict=True))
    assert _run(_units(*pairs), "length-ratio") == []
    zh, en = pairs[1]
    findings = _run(_units((zh, en[:12])), "length-ratio")
    assert [f.check for f in findings] == ["length-ratio"] and "short" in findings[0].message_en
    assert _run(_units(("重庆", "Chongqing")), "length-ratio") == []  # too short to judge


# --- consistency ---------------------------------------------------------------------------


def test_inconsistent_target_names_the_majority_rendering() -> None:
    units = _units(
        ("重庆是山城。", "Chongqing is a mountain city."),
        ("重庆是山城。", "Chongqing is a mountain city"),  # same after folding the full stop
        ("重庆是山城。", "Chongqing is a hilly city."),
        ("第一", "First"),
        ("第一", "First"),
    )
    findings = _run(units, "inconsistent-target")
    assert [(f.unit.key, f.side) for f in findings] == [("3", Side.TARGET)]
    assert findings[0].data["reference_unit"] == "1"


def test_inconsistent_source() -> None:
    units = _units(
        ("重庆是山城。", "Chongqing is a mountain city."),
        ("重庆是一座山城。", "Chongqing is a mountain city."),
        ("2024", "2024"),
        ("二〇二四", "2024"),  # no letters in the target: not compared
    )
    findings = _run(units, "inconsistent-source")
    assert [(f.unit.key, f.side) for f in findings] == [("2", Side.SOURCE)]


# --- tags ----------------------------------------------------------------------------------


def test_tag_mismatch_links_handles_placeholders_and_inline_tags() -> None:
    units = _units(
        ("访问 https://www.ichongqing.info/a?b=1。", "Visit https://www.ichongqing.info/a?b=1."),
        ("联系 news@example.cn 或 @iChongqing", "Write to news@example.cn"),
        ("共 {0} 篇，作者 %s", "{0} articles by %s"),
        ("<g1>重庆</g1>欢迎你<x2/>", "<g1>Chongqing</g1> welcomes you"),
        (
            "#老外带你看郑州# 第三期",
            "Foreigners in Zhengzhou, episode 3",
        ),  # Chinese hashtag: translated
        ("见#WhereZhengzhou", "See #wherezhengzhou"),
        ("访问官网", "Visit www.example.com"),
    )
    findings = _run(units, "tag-mismatch")
    assert [(f.unit.key, f.side, f.span_text) for f in findings] == [
        ("2", Side.SOURCE, "@iChongqing"),
        ("4", Side.SOURCE, "<x2/>"),
        ("7", Side.TARGET, "www.example.com"),
    ]


# --- spelling ------------------------------------------------------------------------------


def test_spelling_flags_misspellings_not_names_terms_or_links() -> None:
    units = _units(
        ("政府", "The goverment recieved Wang Jianguo in Jiefangbei."),
        ("政府", "See https://ichongqing.info and the colour of the centre."),
        ("政府", "Sister cities share hotpot, wushu and kung fu; it's Xi'an's turn."),
    )
    findings = _run(units, "spelling", matcher=_matcher())
    assert [(f.unit.key, f.span_text) for f in findings] == [("1", "goverment"), ("1", "recieved")]
    assert findings[0].data["suggestions"][0] == "government"


def test_spelling_accepts_user_words_and_term_base_words() -> None:
    units = _units(("政府", "The jialingjiang hotpotfest was fun."))
    profile = builtin_profiles()["translation"].only(["spelling"])
    assert [f.span_text for f in run_qa(units, profile, QAResources()).findings] == [
        "jialingjiang",
        "hotpotfest",
    ]
    resources = QAResources(user_words=["Hotpotfest", "jialingjiang"])
    assert run_qa(units, profile, resources).findings == []


def test_a_repeated_pair_is_checked_once_and_each_repeat_gets_its_own_findings() -> None:
    pairs = [("重庆是山城,也是桥都。", "Chongqings  the the city ."), ("推进现代化。", "x")] * 3
    units = _units(*pairs)
    profile = builtin_profiles()["translation"]
    alone = run_qa(units[:1], profile, QAResources()).findings
    together = run_qa(units, profile, QAResources()).findings
    assert {f.check for f in alone} >= {"punct-width", "repeated-word", "double-space"}
    for position in (1, 3, 5):
        mine = [f for f in together if f.unit.position == position]
        assert all(f.unit is units[position - 1] for f in mine)
        per_unit = [f for f in mine if not f.check.startswith("inconsistent")]
        assert [(f.check, f.side, f.span, f.fix) for f in per_unit] == [
            (f.check, f.side, f.span, f.fix) for f in alone
        ]


def test_worker_processes_give_the_same_findings_as_one_process(corpus: Path) -> None:
    """The CLI checks large files in forked workers; the result must not depend on it."""
    lines = [
        line.strip()
        for line in (corpus / "zhengzhou-2024-review.txt").read_text("utf-8").splitlines()
        if line.strip()
    ]
    pairs = list(zip(lines[1::2], lines[::2], strict=True)) * 20  # repeats: consistency checks
    pairs += [("重庆是山城。", "Chongqings  the the city ."), ("推进中国式现代化。", "")]
    pairs += [("重庆是山城。", "Chongqing is a mountain city.")]  # inconsistent with the above
    units = _units(*pairs)
    profile = builtin_profiles()["translation"]
    one = run_qa(units, profile, QAResources(_matcher())).findings
    two = run_qa(units, profile, QAResources(_matcher()), workers=2).findings
    # A file run hands the term base over unread: the workers start without it.
    loaded: list[int] = []
    later = QAResources(load_matcher=lambda: loaded.append(os.getpid()) or _matcher())
    lazy = run_qa(units, profile, later, workers=2).findings
    assert loaded == [os.getpid()]  # read once, by this process
    # A file run with a term base: a process of its own reads it and runs its checks.
    from workbench.qa.termbase_worker import TermbaseWorker

    apart = [
        run_qa(
            units,
            profile,
            QAResources(),
            workers=workers,
            termbase_worker=TermbaseWorker(profile, _matcher),
        ).findings
        for workers in (1, 2)
    ]
    assert len(one) > 100
    assert {"term-missing", "term-forbidden", "inconsistent-target"} <= {f.check for f in one}
    for found in (two, lazy, *apart):
        assert [(f.unit.key, f.check, f.side, f.span, f.message_en, f.fix) for f in found] == [
            (f.unit.key, f.check, f.side, f.span, f.message_en, f.fix) for f in one
        ]
        assert all(f.unit is units[int(f.unit.key) - 1] for f in found)  # the parent's units


def test_fast_made_units_and_findings_are_whole() -> None:
    """Units of a file and findings from workers skip the dataclass ``__init__``; they must
    still carry every field, equal to ones made the usual way."""
    import dataclasses
    import gc

    from workbench.interchange.reader import read_bilingual
    from workbench.qa.file_units import file_units
    from workbench.qa.jobs import run_file
    from workbench.qa.parallel import pack_finding, unpack_finding

    planted = Path(__file__).parent / "data" / "qa" / "planted.xlf"
    bilingual = read_bilingual(planted)
    units = file_units(bilingual)
    assert units == [
        Unit(u.id, u.source, u.target, "zh", "en", position=n)
        for n, u in enumerate(bilingual.units, start=1)
    ]
    for unit in units:
        assert vars(unit).keys() == {f.name for f in dataclasses.fields(Unit)}
    findings = run_qa(units, builtin_profiles()["translation"], QAResources()).findings
    assert any(f.fix is not None for f in findings)
    for finding in findings:
        index = units.index(finding.unit)
        (copy,) = unpack_finding(pack_finding(finding, index), units)
        assert copy == finding and copy.data == finding.data and copy.ignored_reason is None
        assert vars(copy).keys() == {f.name for f in dataclasses.fields(Finding)}
    assert gc.isenabled()
    run_file(planted, builtin_profiles()["translation"])
    assert gc.isenabled()  # the collector is paused only while the file is checked


def test_a_failing_termbase_worker_says_why() -> None:
    from workbench.errors import WorkbenchError
    from workbench.qa.termbase_worker import TermbaseWorker

    profile = builtin_profiles()["translation"]
    units = _units(("推进中国式现代化。", "Promote Chinese-style modernization."))

    def unreadable() -> TermMatcher:
        raise WorkbenchError("Cannot import terms.tbx: the XML is malformed")

    with pytest.raises(WorkbenchError, match=r"terms\.tbx: the XML is malformed"):
        run_qa(units, profile, QAResources(), termbase_worker=TermbaseWorker(profile, unreadable))

    def broken() -> TermMatcher:
        return 1 / 0  # type: ignore[return-value]

    with pytest.raises(RuntimeError, match="ZeroDivisionError"):
        run_qa(units, profile, QAResources(), termbase_worker=TermbaseWorker(profile, broken))
