"""Term matching: normalisation with exact offsets, English forms, boundaries, overlaps,
case, targets, and incremental updates that agree with a fresh build."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from workbench.termbase import matcher as matcher_module
from workbench.termbase import normalize
from workbench.termbase.data import ConceptData, TermData, TermStatus
from workbench.termbase.matcher import TermHit, TermMatcher, highlights
from workbench.termbase.normalize import (
    english_forms,
    english_plurals,
    fold_case,
    has_traditional,
    normalize_terms,
    normalize_text,
    plural_suffixes,
    to_simplified,
)

P, A, D = TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED


def concept(cid: int, *terms: tuple[str, str] | TermData, tb: int = 1, **kw: str) -> ConceptData:
    made = [t if isinstance(t, TermData) else TermData(t[1], t[0]) for t in terms]
    return ConceptData(terms=made, id=cid, termbase_id=tb, **kw)


CONCEPTS = [
    concept(1, ("zh-Hans", "重庆"), ("zh-Hant", "重慶"), ("en", "Chongqing")),
    concept(2, ("zh-Hans", "国际传播中心"), ("en", "International Communication Center")),
    concept(3, ("zh-Hans", "国际传播"), ("en", "international communication")),
    concept(
        4,
        ("zh-Hans", "中国式现代化"),
        ("en", "Chinese modernization"),
        TermData("Chinese-style modernization", "en", D),
    ),
    concept(5, ("zh-Hans", "友好城市"), ("en", "sister city"), TermData("twin city", "en", A)),
    concept(6, ("zh-Hans", "火锅"), ("en", "hotpot")),
    concept(7, ("zh-Hans", "锅"), ("en", "pot")),
    concept(8, ("zh-Hans", "上海合作组织"), TermData("SCO", "en", case_sensitive=True)),
    concept(9, ("zh-Hans", "专栏"), ("en", "column")),
    concept(10, ("zh-Hans", "公交车"), ("en", "bus")),
    concept(11, ("zh-Hans", "盒子"), ("en", "box")),
    concept(12, ("zh-Hant", "發布會"), ("en", "press conference")),
    concept(13, ("zh-Hans", "西安"), ("en", "Xi'an")),
    concept(14, ("zh-Hans", "发言人"), ("en", "spokesperson")),
]


@pytest.fixture(scope="module")
def matcher() -> TermMatcher:
    return TermMatcher.build(CONCEPTS, termbase_priority={1: 0, 2: 10})


def spans(hits: list[TermHit]) -> list[tuple[int, int, str, int | None, bool]]:
    return [(h.start, h.end, h.text, h.concept_id, h.overlapped) for h in hits]


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    "text",
    [
        "重慶國際傳播中心發布了新專欄",
        "ＡＢＣ１２３ｘｙｚ and İstanbul, Straße, ǅ",
        "Mixed 重慶 text with ＣＨＯＮＧＱＩＮＧ’s 𠀋 emoji 😀 and combining é",
        "",
    ],
)
def test_normalisation_keeps_every_offset(text: str) -> None:
    normal = normalize_text(text)
    assert len(normal.cased) == len(normal.folded) == len(text)
    assert normal.span(2, 5) == (2, 5)


def test_traditional_text_is_converted_and_simplified_left_alone() -> None:
    assert normalize_text("重慶國際傳播中心發布了新專欄").folded == "重庆国际传播中心发布了新专栏"
    assert has_traditional("重慶") and not has_traditional("重庆")
    # t2s on simplified text can do harm (坏 is also traditional for 坯): never applied.
    assert normalize_text("打坏了").cased == "打坏了"
    assert normalize_text("ＣＨＯＮＧＱＩＮＧ１２３").folded == "chongqing123"
    assert normalize_text("，（）").cased == "，（）"  # full-width punctuation stays


def test_length_changing_conversion_falls_back_to_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(normalize, "t2s", lambda text: text + "!")
    assert to_simplified("重慶國際") == "重庆国际"


def test_case_folding_stays_one_to_one() -> None:
    assert fold_case("İSTANBUL") == "istanbul"
    assert fold_case("ABC") == "abc"


def test_terms_are_normalised_in_bulk_like_one_by_one() -> None:
    terms = [
        ("  重慶  國際 ", "zh-Hant"),
        ("Sister\tCity\n", "en"),
        ("ＡＢＣ", "en"),
        ("", "en"),
        ("國際", "zh-Hans"),  # mislabelled: folded like traditional text
        ("答覆", "zh-Hant"),  # a phrase-only conversion
        ("a\u3000b", "en"),
    ]
    expected = ["重庆 国际", "Sister City", "ABC", "", "国际", "答复", "a b"]
    texts, langs = [t for t, _ in terms], [lang for _, lang in terms]
    assert normalize_terms(texts, langs) == expected
    assert [normalize.normalize_term(t, lang) for t, lang in terms] == expected
    assert normalize_terms(["a\x00b"], ["en"]) == ["a\x00b"]
    assert normalize_terms([], []) == []


def test_english_forms() -> None:
    # Plurals that change the word are patterns of their own ...
    assert english_forms("sister city") == ["sister cities"]
    assert english_forms("knife") == ["knives"]
    assert english_forms("spokesperson") == ["spokespeople"]
    assert english_forms("Xi'an") == ["Xi’an"]
    # ... plain -s/-es endings are accepted after the term instead.
    assert english_forms("bus") == [] and plural_suffixes("bus") == {"es"}
    assert plural_suffixes("box") == {"es"} and plural_suffixes("day") == {"s"}
    assert plural_suffixes("potato") == {"s", "es"} and plural_suffixes("Xi'an") == {"s"}
    assert plural_suffixes("Games") == frozenset() == plural_suffixes("COVID-19")
    assert english_plurals("sister city") == ["sister cities"]
    assert english_plurals("spokesperson") == ["spokespersons", "spokespeople"]
    assert english_plurals("chairman") == ["chairmans", "chairmen"]
    assert english_plurals("child") == ["children"]


# --------------------------------------------------------------------------- matching


def test_traditional_script_hits_with_exact_offsets(matcher: TermMatcher) -> None:
    text = "重慶國際傳播中心發布了新專欄"
    hits = matcher.match(text, "zh")
    assert spans(hits) == [
        (0, 2, "重慶", 1, False),
        (2, 8, "國際傳播中心", 2, False),
        (2, 6, "國際傳播", 3, True),
        (12, 14, "專欄", 9, False),
    ]
    assert hits[0].targets("en") == ["Chongqing"]
    assert hits[1].targets("en") == ["International Communication Center"]
    assert [h.text for h in highlights(hits)] == ["重慶", "國際傳播中心", "專欄"]


def test_hits_point_into_the_original_text(matcher: TermMatcher) -> None:
    text = "在重慶、ＣＨＯＮＧＱＩＮＧ和Chongqing’s sister cities之间"
    for hit in matcher.match(text):
        assert text[hit.start : hit.end] == hit.text
        folded = normalize_text(hit.text).folded
        assert folded.startswith(fold_case(normalize.normalize_term(hit.term.text, hit.lang))[:2])


def test_full_width_letters(matcher: TermMatcher) -> None:
    hits = matcher.match("ＣＨＯＮＧＱＩＮＧ１ is not a match, ＣＨＯＮＧＱＩＮＧ is", "en")
    assert spans(hits) == [(27, 36, "ＣＨＯＮＧＱＩＮＧ", 1, False)]


def test_possessives_and_plurals(matcher: TermMatcher) -> None:
    text = "Chongqing's and Chongqing’s sister cities' buses, boxes and columns; two sister city"
    hits = matcher.match(text, "en")
    assert [(h.text, h.concept_id, h.variant) for h in hits] == [
        ("Chongqing", 1, False),
        ("Chongqing", 1, False),
        ("sister cities", 5, True),
        ("buses", 10, True),
        ("boxes", 11, True),
        ("columns", 9, True),
        ("sister city", 5, False),
    ]
    xian = matcher.match("Xi’an's museums and Xi'an", "en")
    assert [(h.start, h.end, h.concept_id) for h in xian] == [(0, 5, 13), (20, 25, 13)]
    assert [h.text for h in matcher.match("three spokespeople", "en")] == ["spokespeople"]


def test_plain_plural_endings_follow_the_term() -> None:
    m = TermMatcher.build(
        [
            concept(1, ("en", "pot")),
            concept(2, ("en", "pots")),  # a plural that is a term of its own
            concept(3, ("en", "potato"), ("en", "spud")),
            concept(4, ("en", "glass")),
        ]
    )
    text = "pots, potatoes and potatos, pots' lids, potsy, glasses, glasss"
    hits = m.match(text, "en")
    assert [(h.text, h.concept_id, h.variant) for h in hits] == [
        ("pots", 1, True),
        ("pots", 2, False),
        ("potatoes", 3, True),
        ("potatos", 3, True),
        ("pots", 1, True),
        ("pots", 2, False),
        ("glasses", 4, True),
    ]
    assert all(text[h.start : h.end] == h.text for h in hits)


def test_english_word_boundaries(matcher: TermMatcher) -> None:
    hits = matcher.match("hotpot, teapots, pots and a pot; hotpots", "en")
    assert [(h.text, h.concept_id) for h in hits] == [
        ("hotpot", 6),
        ("pots", 7),
        ("pot", 7),
        ("hotpots", 6),
    ]
    # CJK characters are not word characters: English right against Chinese still matches.
    assert [h.text for h in matcher.match("来自Chongqing重庆", None)] == ["Chongqing", "重庆"]


def test_overlapping_terms_longest_wins(matcher: TermMatcher) -> None:
    hits = matcher.match("重庆国际传播中心", "zh")
    assert spans(hits) == [
        (0, 2, "重庆", 1, False),
        (2, 8, "国际传播中心", 2, False),
        (2, 6, "国际传播", 3, True),
    ]
    en = matcher.match("the International Communication Center", "en")
    assert [(h.text, h.overlapped) for h in en] == [
        ("International Communication Center", False),
        ("International Communication", True),
    ]


def test_a_rejected_longer_match_does_not_hide_a_shorter_one() -> None:
    m = TermMatcher.build(
        [concept(1, ("en", "smart city")), concept(2, ("en", "city")), concept(3, ("en", "art"))]
    )
    # Every candidate here fails a word boundary ("cityscape", "art" inside "smart").
    assert m.match("smart cityscape", "en") == []
    # "smart city" is refused (it starts inside "asmart"); the "city" inside it stays.
    assert [h.text for h in m.match("asmart city", "en")] == ["city"]


def test_case_sensitive_terms(matcher: TermMatcher) -> None:
    hits = matcher.match("The SCO met; sco is not it; SCOs met again", "en")
    assert [(h.text, h.variant) for h in hits] == [("SCO", False), ("SCOs", True)]


def test_mixed_text_and_language_filter(matcher: TermMatcher) -> None:
    text = "重庆 (Chongqing) 推进中国式现代化 Chinese modernization"
    assert [h.text for h in matcher.match(text, "zh")] == ["重庆", "中国式现代化"]
    assert [h.text for h in matcher.match(text, "en-US")] == ["Chongqing", "Chinese modernization"]
    assert [h.text for h in matcher.match(text)] == [
        "重庆",
        "Chongqing",
        "中国式现代化",
        "Chinese modernization",
    ]
    assert matcher.match(text, "fr") == []
    assert matcher.match("", "zh") == []


def test_forbidden_terms_offer_the_preferred_one(matcher: TermMatcher) -> None:
    (hit,) = matcher.match("We promote Chinese-style modernization.", "en")
    assert hit.forbidden and hit.status is TermStatus.DEPRECATED
    assert hit.replacements() == ["Chinese modernization"]
    assert hit.targets("zh") == ["中国式现代化"]
    data = hit.to_dict("zh")
    assert data["forbidden"] is True and data["replacements"] == ["Chinese modernization"]
    assert data["start"] == 11 and data["end"] == 38 and data["concept_id"] == 4


def test_targets_follow_status_and_script(matcher: TermMatcher) -> None:
    (twin,) = matcher.match("友好城市", "zh")
    assert twin.targets("en") == ["sister city", "twin city"]  # preferred, then admitted
    (press,) = matcher.match("press conference", "en")
    assert press.targets("zh") == ["发布会"]  # only zh-Hant stored: converted for zh
    assert press.targets("zh-Hant") == ["發布會"]
    (cq,) = matcher.match("Chongqing", "en")
    assert cq.targets("zh-Hans") == ["重庆"] and cq.targets("zh-TW") == ["重慶"]


def test_hits_at_one_span_follow_term_base_priority() -> None:
    city = concept(1, ("zh-Hans", "重庆"), ("en", "Chungking"), tb=2)
    national = concept(2, ("zh-Hans", "重庆"), ("en", "Chongqing"), tb=1)
    m = TermMatcher.build([city, national], termbase_priority={1: 0, 2: 10})
    hits = m.match("重庆", "zh")
    assert [(h.concept_id, h.targets("en"), h.overlapped) for h in hits] == [
        (2, ["Chongqing"], False),
        (1, ["Chungking"], False),
    ]
    assert [h.priority for h in hits] == [0, 10]


def test_concepts_without_ids_and_mislabelled_script() -> None:
    # A "zh-Hans" term written in traditional characters is folded like traditional text.
    m = TermMatcher.build([ConceptData(terms=[TermData("國", "zh-Hans"), TermData("state", "en")])])
    (hit,) = m.match("國", "zh")
    assert hit.concept_id is None and hit.text == "國"
    assert [(h.start, h.text) for h in m.match("一國兩制与一国两制", "zh")] == [
        (1, "國"),
        (6, "国"),
    ]


def test_long_texts_are_matched_in_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    m = TermMatcher.build(CONCEPTS)
    lines = ["重慶國際傳播中心", "Chongqing's sister cities", "火锅 and hotpot", "無關的一行"]
    text = "\n".join(lines * 40)
    whole = [h.to_dict() for h in m.match(text)]
    monkeypatch.setattr(matcher_module, "_CHUNK", 50)
    assert [h.to_dict() for h in m.match(text)] == whole
    assert len(whole) == 40 * 8  # 重慶 國際傳播中心 國際傳播 Chongqing sister… 火锅 锅 hotpot


def test_hit_value_semantics(matcher: TermMatcher) -> None:
    first = matcher.match("重庆", "zh")
    assert first == matcher.match("重庆", "zh")
    assert len({*first, *matcher.match("重庆", "zh")}) == 1
    assert "重庆" in repr(first[0])


# --------------------------------------------------------------------------- updates

VOCAB = [
    ("重庆", "Chongqing"),
    ("国际", "international"),
    ("国际传播", "international communication"),
    ("国际传播中心", "international communication center"),
    ("传播", "communication"),
    ("中心", "center"),
    ("火锅", "hotpot"),
    ("锅", "pot"),
    ("友好城市", "sister city"),
    ("城市", "city"),
    ("重慶", "Chungking"),
    ("锅具", "pots"),  # a plural that is a term of its own
    ("城市群", "cities"),
]


def random_concept(rng: random.Random, cid: int) -> ConceptData:
    terms = []
    for _ in range(rng.randint(1, 3)):
        zh, en = rng.choice(VOCAB)
        lang = rng.choice(["zh-Hans", "zh-Hant", "en"])
        text = en if lang == "en" else zh
        if lang == "en" and rng.random() < 0.3:
            text = text.upper()
        terms.append(
            TermData(
                text,
                lang,
                rng.choice([P, P, A, D]),
                case_sensitive=lang == "en" and rng.random() < 0.2,
            )
        )
    return ConceptData(terms=terms, id=cid, termbase_id=rng.choice([1, 2, 3]))


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(3, 12)):
        zh, en = rng.choice(VOCAB)
        word = rng.choice([zh, en, en + "s", en.upper(), en.title() + "'s", "的", "hot", "x"])
        parts.append(word)
    return rng.choice(["", " "]).join(parts)


def snapshot(m: TermMatcher, texts: list[str]) -> list[list[dict[str, object]]]:
    return [[h.to_dict("en") for h in m.match(text, lang)] for text in texts for lang in (None,)]


@pytest.mark.parametrize("seed", range(6))
def test_incremental_updates_match_a_fresh_build(seed: int) -> None:
    rng = random.Random(seed)
    priorities = {1: 0, 2: 10, 3: 20}
    concepts = {cid: random_concept(rng, cid) for cid in range(1, 40)}
    m = TermMatcher.build(concepts.values(), termbase_priority=priorities)
    m.REBUILD_MIN = 12  # fold the delta into a rebuild now and then
    texts = [random_text(rng) for _ in range(30)]
    next_id = 100
    for _ in range(25):
        changed: list[ConceptData] = []
        removed: set[int] = set()
        for _ in range(rng.randint(1, 4)):
            roll = rng.random()
            if roll < 0.4 and concepts:
                cid = rng.choice(sorted(concepts))
                old = concepts[cid]
                terms = list(old.terms)
                if rng.random() < 0.5 and len(terms) > 1:
                    terms.pop(rng.randrange(len(terms)))
                else:
                    terms.append(random_concept(rng, cid).terms[0])
                concepts[cid] = replace(old, terms=terms)
                changed.append(concepts[cid])
            elif roll < 0.7:
                next_id += 1
                concepts[next_id] = random_concept(rng, next_id)
                changed.append(concepts[next_id])
            elif concepts:
                cid = rng.choice(sorted(concepts))
                del concepts[cid]
                removed.add(cid)
                changed = [c for c in changed if c.id != cid]
        m.update(changed, removed)
        fresh = TermMatcher.build(concepts.values(), termbase_priority=priorities)
        assert snapshot(m, texts) == snapshot(fresh, texts)
    assert m.size == len(concepts)
    assert m.rebuilds >= 1 and m.generation == 25


def test_update_needs_ids_and_shows_edits_at_once() -> None:
    m = TermMatcher.build(CONCEPTS)
    with pytest.raises(ValueError):
        m.update([ConceptData(terms=[TermData("x", "en")])])
    edited = replace(
        CONCEPTS[0], terms=[TermData("重庆市", "zh-Hans"), TermData("Chongqing", "en")]
    )
    m.update([edited], {6})
    assert [h.text for h in m.match("重庆市的火锅", "zh")] == ["重庆市", "锅"]
    assert m.delta_size == 1 and m.concept(6) is None
    assert m.match("hotpot", "en") == []


def test_updated_leaves_the_old_matcher_alone() -> None:
    old = TermMatcher.build(CONCEPTS)
    new = old.updated([replace(CONCEPTS[5], terms=[TermData("麻辣火锅", "zh-Hans")])])
    assert new is not old and new.generation == old.generation + 1
    assert [h.text for h in old.match("麻辣火锅", "zh")] == ["火锅", "锅"]
    assert [h.text for h in new.match("麻辣火锅", "zh")] == ["麻辣火锅", "锅"]


def test_a_matcher_with_no_terms_matches_nothing() -> None:
    """An empty workspace (no term base yet) still gets a matcher; traditional text too."""
    matcher = TermMatcher.build([])
    assert matcher.match("重庆是山城", "zh") == [] and matcher.match("重慶", "zh") == []
