"""Length-based zh–en sentence alignment (workbench.alignment)."""

from __future__ import annotations

import math
import random
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from workbench.alignment import (
    EN_CHARS_PER_HAN,
    BeadScorer,
    GaleChurchCost,
    Link,
    align_sentences,
    aligned_length,
)
from workbench.alignment.cost import log_two_tailed
from workbench.language import detect_language
from workbench.models.enums import Language
from workbench.segmentation import split_spans

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
ZHENGZHOU = CORPUS / "zhengzhou-2024-review.txt"

_WORDS = ("the", "city", "river", "bridge", "museum", "festival", "culture", "people", "tea")
_HAN = "郑州黄河文化博物馆春节市场茶叶城市桥梁"


def en(length: int) -> str:
    """An English sentence of exactly ``length`` characters."""
    words: list[str] = []
    while len(" ".join(words)) < length - 1:
        words.append(_WORDS[len(words) % len(_WORDS)])
    text = " ".join(words)[: length - 1]
    return text[0].upper() + text[1:] + "."


def zh(length: int) -> str:
    """A Chinese sentence whose calibrated length is ``length`` English characters (±3)."""
    count = round((length - 1) / EN_CHARS_PER_HAN)
    return "".join(_HAN[i % len(_HAN)] for i in range(count)) + "。"


def pairs(links: Sequence[Link]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(link.source, link.target) for link in links]


def assert_covers(links: Sequence[Link], n: int, m: int) -> None:
    """Links are monotonic and use every sentence exactly once (so each link's are consecutive)."""
    assert [i for link in links for i in link.source] == list(range(n))
    assert [j for link in links for j in link.target] == list(range(m))
    for link in links:
        assert link.source or link.target
        assert 0.0 <= link.confidence <= 1.0
        assert math.isfinite(link.cost)


# --- calibration -------------------------------------------------------------------------


def test_chinese_length_is_measured_in_english_characters() -> None:
    assert aligned_length("Zhengzhou.", Language.EN) == 10
    assert aligned_length("郑州。", Language.ZH) == 2 * EN_CHARS_PER_HAN + 1
    # Latin names and digits inside Chinese count one each; spaces on the Chinese side do not.
    assert aligned_length("相遇在 2025", "zh") == 3 * EN_CHARS_PER_HAN + 4
    assert aligned_length("", Language.ZH) == 0


def test_calibration_matches_the_zhengzhou_corpus() -> None:
    lines = ZHENGZHOU.read_text("utf-8").split("\n")
    english = sum(aligned_length(line, Language.EN) for line in lines[0::2])
    chinese = sum(aligned_length(line, Language.ZH) for line in lines[1::2])
    assert chinese == pytest.approx(english, rel=0.02)


def test_calibration_is_what_finds_the_merge() -> None:
    source = [en(60), en(150), en(140), en(70)]
    target = [zh(60), zh(290), zh(70)]
    calibrated = align_sentences(source, target, Language.EN, Language.ZH)
    assert [link.kind for link in calibrated] == ["1-1", "2-1", "1-1"]
    # Counting Chinese characters as English ones (the mistake in library-notes §7) misses it.
    raw = GaleChurchCost(length=lambda text, lang: float(len(text)))
    naive = align_sentences(source, target, Language.EN, Language.ZH, model=raw)
    assert [link.kind for link in naive] != ["1-1", "2-1", "1-1"]


def test_two_tailed_log_probability() -> None:
    assert log_two_tailed(0.0) == 0.0
    assert log_two_tailed(1.959964) == pytest.approx(math.log(0.05), abs=1e-4)
    assert log_two_tailed(-1.959964) == log_two_tailed(1.959964)
    # No underflow to -inf far in the tail, and it keeps falling.
    assert math.isfinite(log_two_tailed(60.0))
    assert log_two_tailed(60.0) < log_two_tailed(40.0) < log_two_tailed(30.0)


# --- synthetic links ---------------------------------------------------------------------


def test_empty_inputs() -> None:
    assert align_sentences([], [], Language.EN, Language.ZH) == []
    only_source = align_sentences([en(50), en(80)], [], Language.EN, Language.ZH)
    assert pairs(only_source) == [((0,), ()), ((1,), ())]
    assert [link.kind for link in only_source] == ["1-0", "1-0"]
    only_target = align_sentences([], [zh(50)], Language.EN, Language.ZH)
    assert pairs(only_target) == [((), (0,))]
    assert only_target[0].kind == "0-1"
    assert only_target[0].confidence == pytest.approx(1.0)


def test_one_to_one_diagonal_is_confident() -> None:
    lengths = [40, 120, 75, 200, 60]
    links = align_sentences([en(n) for n in lengths], [zh(n) for n in lengths], "en", "zh")
    assert pairs(links) == [((i,), (i,)) for i in range(5)]
    assert all(link.confidence > 0.9 for link in links)


def test_one_to_two() -> None:
    links = align_sentences(
        [en(60), en(240), en(90)], [zh(60), zh(120), zh(120), zh(90)], "en", "zh"
    )
    assert pairs(links) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]
    assert links[1].kind == "1-2"
    assert links[1].confidence > 0.9


def test_two_to_one() -> None:
    links = align_sentences(
        [en(70), en(130), en(110), en(80)], [zh(70), zh(240), zh(80)], "en", "zh"
    )
    assert pairs(links) == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]
    assert links[1].kind == "2-1"


def test_one_to_zero_untranslated_sentence() -> None:
    links = align_sentences([en(90), en(260), en(140)], [zh(90), zh(140)], "en", "zh")
    assert pairs(links) == [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    assert links[1].kind == "1-0"
    assert links[1].confidence > 0.8


def test_zero_to_one_added_sentence() -> None:
    links = align_sentences([en(90), en(140)], [zh(90), zh(260), zh(140)], "en", "zh")
    assert pairs(links) == [((0,), (0,)), ((), (1,)), ((1,), (2,))]
    assert links[1].kind == "0-1"


def test_chinese_source_mirrors_the_links() -> None:
    links = align_sentences(
        [zh(70), zh(240), zh(80)], [en(70), en(130), en(110), en(80)], "zh", "en"
    )
    assert pairs(links) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]


def test_ambiguous_links_read_less_confident() -> None:
    # Three equal English sentences for two Chinese ones: any of the three could be the
    # untranslated one, and the posterior says so.
    links = align_sentences([en(100)] * 3, [zh(100)] * 2, "en", "zh")
    assert_covers(links, 3, 2)
    assert min(link.confidence for link in links) < 0.7


def test_random_inputs_are_always_covered() -> None:
    rng = random.Random(20241231)
    for _ in range(200):
        n, m = rng.randint(0, 12), rng.randint(0, 12)
        source = [en(rng.randint(8, 300)) for _ in range(n)]
        target = [zh(rng.randint(8, 300)) for _ in range(m)]
        assert_covers(align_sentences(source, target, "en", "zh"), n, m)


# --- the cost model is replaceable -------------------------------------------------------


class _AnchoredCost:
    """A stand-in for the later anchor model: length cost plus a bonus for shared numbers."""

    def __init__(self) -> None:
        self.base = GaleChurchCost()
        self.calls = 0

    @property
    def shapes(self) -> Sequence[tuple[int, int]]:
        return self.base.shapes

    def scorer(
        self,
        source: Sequence[str],
        target: Sequence[str],
        source_lang: Language,
        target_lang: Language,
    ) -> BeadScorer:
        length_cost = self.base.scorer(source, target, source_lang, target_lang)
        numbers_s = [set(re.findall(r"\d+", text)) for text in source]
        numbers_t = [set(re.findall(r"\d+", text)) for text in target]

        def cost(i: int, j: int, di: int, dj: int) -> float:
            self.calls += 1
            shared = set().union(*numbers_s[i : i + di]) & set().union(*numbers_t[j : j + dj])
            return length_cost(i, j, di, dj) - 5.0 * len(shared)

        return cost


def test_cost_model_can_be_replaced() -> None:
    # Three equal-length English sentences, two Chinese: lengths alone cannot tell which
    # English one is untranslated and the first is taken; the shared year says it is not.
    source = [en(94) + " 2024.", en(100), en(100)]
    target = [zh(94) + "2024。", zh(100)]
    plain = align_sentences(source, target, "en", "zh")
    assert pairs(plain) == [((0,), ()), ((1,), (0,)), ((2,), (1,))]
    model = _AnchoredCost()
    anchored = align_sentences(source, target, "en", "zh", model=model)
    assert model.calls > 0
    assert pairs(anchored) == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


# --- band ----------------------------------------------------------------------------------


def _long_input(count: int, seed: int) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    source: list[str] = []
    target: list[str] = []
    for _ in range(count):
        length = rng.randint(30, 250)
        source.append(en(length))
        if target and rng.random() < 0.1:
            target[-1] = target[-1] + zh(length)  # a Chinese sentence that merges two
        else:
            target.append(zh(round(length * rng.uniform(0.85, 1.15))))
    return source, target


def test_band_gives_the_same_links_as_a_full_search() -> None:
    source, target = _long_input(150, seed=7)
    full = align_sentences(source, target, "en", "zh")
    banded = align_sentences(source, target, "en", "zh", band=20)
    assert pairs(banded) == pairs(full)
    assert sum(link.kind == "1-1" for link in full) > 0.8 * len(full)


def test_band_limits_the_work() -> None:
    source, target = _long_input(400, seed=11)
    model = _AnchoredCost()
    links = align_sentences(source, target, "en", "zh", model=model, band=10)
    assert_covers(links, len(source), len(target))
    shapes = len(model.shapes)
    # Forward + backward + one per link, each at most once per (cell, shape) in the band.
    assert model.calls <= 2 * (len(source) + 1) * (2 * 10 + 2) * shapes + len(links)
    # A full search scores every (cell, shape) at least once.
    assert model.calls * 5 < (len(source) + 1) * (len(target) + 1) * shapes


def test_too_narrow_band_falls_back_to_a_full_search() -> None:
    # Everything extra sits at the start, so the path leaves any narrow diagonal band.
    source = [en(40)] * 30 + [en(100), en(120)]
    target = [zh(100), zh(120)]
    links = align_sentences(source, target, "en", "zh", band=1)
    assert_covers(links, len(source), len(target))


# --- the zhengzhou corpus ------------------------------------------------------------------


# A fixed splitter, so these expectations do not move when the project's segmenter changes.
def _split_en(text: str) -> list[str]:
    return [s for s in re.split(r'(?<=[.?!]["”])\s+|(?<=[.?!])\s+', text) if s]


def _split_zh(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。？！?!]+(?:[。？！?!]+[”」]?|$)", text) if s.strip()]


# Hand-aligned beads (English sentences, Chinese sentences) per paragraph for that splitter.
_GOLD = [
    [(1, 1)] * 4,
    [(1, 1)],
    [(3, 1)],
    [(1, 1)],
    [(1, 1), (3, 1)],
    [(1, 1), (3, 1)],
    [(2, 1)],
    [(1, 1), (1, 1)],
    [(1, 1)],
    [(1, 1)],
    [(1, 1), (5, 1)],
    [(1, 1)] * 4,
]


def _paragraphs() -> list[tuple[str, str]]:
    lines = ZHENGZHOU.read_text("utf-8").split("\n")
    assert len(lines) == 24
    return list(zip(lines[0::2], lines[1::2], strict=True))


def _gold_pairs(shapes: list[tuple[int, int]]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    out = []
    i = j = 0
    for di, dj in shapes:
        out.append((tuple(range(i, i + di)), tuple(range(j, j + dj))))
        i, j = i + di, j + dj
    return out


def test_zhengzhou_paragraphs_match_the_hand_alignment() -> None:
    for (english, chinese), gold in zip(_paragraphs(), _GOLD, strict=True):
        source, target = _split_en(english), _split_zh(chinese)
        links = align_sentences(source, target, Language.EN, Language.ZH)
        assert pairs(links) == _gold_pairs(gold), english[:40]


def test_zhengzhou_whole_document() -> None:
    source: list[str] = []
    target: list[str] = []
    for english, chinese in _paragraphs():
        source += _split_en(english)
        target += _split_zh(chinese)
    links = align_sentences(source, target, Language.EN, Language.ZH)
    assert_covers(links, len(source), len(target))
    one_to_one = [link for link in links if link.kind == "1-1"]
    assert len(one_to_one) >= 0.6 * len(links)
    assert sum(link.confidence for link in one_to_one) / len(one_to_one) > 0.8
    # Nothing unmatched: every Chinese sentence here has its English.
    assert not [link for link in links if not link.source or not link.target]


def test_zhengzhou_with_the_project_segmenter() -> None:
    """Whatever rules the segmenter uses, the links stay a monotonic cover of both sides."""
    for english, chinese in _paragraphs():
        assert detect_language(chinese) is Language.ZH
        source = [english[a:b] for a, b in split_spans(english, Language.EN)]
        target = [chinese[a:b] for a, b in split_spans(chinese, Language.ZH)]
        links = align_sentences(source, target, Language.EN, Language.ZH)
        assert_covers(links, len(source), len(target))
        assert any(link.source and link.target for link in links)
        reverse = align_sentences(target, source, Language.ZH, Language.EN)
        assert_covers(reverse, len(target), len(source))
