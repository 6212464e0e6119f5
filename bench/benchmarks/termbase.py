"""Term-base benchmarks: building the matcher, matching mixed text, incremental updates,
bulk storing.

Data (``termbase-mixed``, size = concepts): a term base in three layers (national 10 %,
city 60 %, project 30 % of the concepts) of composed ICC terms — 重庆国际传播中心 /
Chongqing International Communication Center, 文化旅游博览会 / Cultural Tourism Expo — plus
every city and modifier on its own (so most hits overlap a shorter one). 15 % of concepts
carry an admitted English variant, 10 % a zh-Hant term, 5 % a deprecated English term, 3 %
a case-sensitive acronym. Text: 10 characters per concept (1,000,000 for 100k) of
alternating Chinese and English paragraphs (template and corpus sentences, see
``bench.generators.material``) with terms woven in — half from a hot set of 500 concepts,
English ones sometimes plural, possessive or upper-cased, 10 % of Chinese paragraphs in
traditional script (a Hong Kong edition) and a few full-width letters.

* ``term-build`` — ``TermMatcher.build`` over every concept (what a workspace open costs).
* ``term-match-segments`` — ``match(segment, lang)`` for every sentence: the editor and QA
  workload. ``after`` measures, in the same process, the raw ``ahocorasick_rs`` scan of the
  matcher's own automaton (same patterns) over the same folded segments, and per-segment
  latency percentiles.
* ``term-match-text`` — one ``match(text)`` over the whole text (all languages), with the
  raw scan of the same automaton over the same folded text.
* ``term-update`` — 200 single-concept edits through ``update`` (delta automaton), each
  followed by a segment match; ``after`` checks the result equals a fresh build.
* ``term-store`` — ``store.add_concepts`` of every concept into a new workspace (one
  transaction), then ``load_concepts`` (in ``after``).

``peer_matcher`` plugs the matcher into ``../shared/bench/term_match_bench.py``
(``--impl bench.benchmarks.termbase:peer_matcher``, run from the repository root).
"""

from __future__ import annotations

import json
import random
import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.generators import seeds
from bench.generators.material import Material
from bench.registry import Benchmark, Dataset, RunContext, register
from bench.runner import corpus_dir

CHARS_PER_CONCEPT = 10
AUTHOR = "bench"

TERMBASES = (("National policy terms", 0), ("City terms", 10), ("Project glossary", 20))

_CITIES = (
    *((zh, en) for en, zh in seeds.CITIES),
    ("成都", "Chengdu"),
    ("武汉", "Wuhan"),
    ("南京", "Nanjing"),
    ("宁波", "Ningbo"),
    ("厦门", "Xiamen"),
    ("广州", "Guangzhou"),
    ("深圳", "Shenzhen"),
    ("天津", "Tianjin"),
    ("合肥", "Hefei"),
    ("贵阳", "Guiyang"),
    ("开封", "Kaifeng"),
    ("温州", "Wenzhou"),
    ("烟台", "Yantai"),
    ("大连", "Dalian"),
    ("沈阳", "Shenyang"),
    ("太原", "Taiyuan"),
    ("南昌", "Nanchang"),
    ("福州", "Fuzhou"),
    ("海口", "Haikou"),
    ("桂林", "Guilin"),
    ("拉萨", "Lhasa"),
    ("银川", "Yinchuan"),
    ("西宁", "Xining"),
    ("无锡", "Wuxi"),
)
_MODIFIERS = (
    ("国际传播", "International Communication"),
    ("国际", "International"),
    ("数字", "Digital"),
    ("文化", "Cultural"),
    ("科技", "Science and Technology"),
    ("创新", "Innovation"),
    ("物流", "Logistics"),
    ("跨境电商", "Cross-border E-commerce"),
    ("生态", "Ecological"),
    ("航空", "Aviation"),
    ("金融", "Financial"),
    ("青年", "Youth"),
    ("非遗", "Intangible Cultural Heritage"),
    ("旅游", "Tourism"),
    ("文化旅游", "Cultural Tourism"),
    ("体育", "Sports"),
    ("教育", "Education"),
    ("智慧", "Smart"),
    ("绿色", "Green"),
    ("新能源", "New Energy"),
    ("汽车", "Automotive"),
    ("人工智能", "Artificial Intelligence"),
    ("丝路", "Silk Road"),
    ("港口", "Port"),
    ("会展", "Convention and Exhibition"),
    ("影视", "Film and Television"),
    ("海洋", "Marine"),
    ("生物医药", "Biomedical"),
    ("低空经济", "Low-altitude Economy"),
    ("数据", "Data"),
    ("自贸", "Free Trade"),
    ("对外开放", "Opening-up"),
    ("乡村振兴", "Rural Revitalization"),
    ("外事", "Foreign Affairs"),
    ("友好城市", "Sister City"),
    ("黄河文化", "Yellow River Culture"),
    ("武术", "Martial Arts"),
    ("美食", "Culinary"),
    ("陶瓷", "Ceramics"),
    ("丝绸", "Silk"),
    ("茶叶", "Tea"),
    ("中医药", "Traditional Chinese Medicine"),
    ("考古", "Archaeology"),
    ("音乐", "Music"),
    ("动漫", "Animation"),
    ("商贸", "Commerce and Trade"),
    ("国际友城", "International Sister City"),
    ("山地", "Mountain"),
    ("长江", "Yangtze River"),
    ("夜间经济", "Night-time Economy"),
)
_KINDS = (
    ("中心", "Center"),
    ("论坛", "Forum"),
    ("博览会", "Expo"),
    ("文化节", "Culture Festival"),
    ("周", "Week"),
    ("基地", "Base"),
    ("产业园", "Industrial Park"),
    ("联盟", "Alliance"),
    ("协会", "Association"),
    ("大会", "Conference"),
    ("峰会", "Summit"),
    ("研究院", "Research Institute"),
    ("示范区", "Demonstration Zone"),
    ("交流活动", "Exchange Program"),
    ("合作项目", "Cooperation Project"),
    ("发展报告", "Development Report"),
    ("推介会", "Promotion Conference"),
    ("实验室", "Laboratory"),
    ("服务平台", "Service Platform"),
    ("奖", "Award"),
    ("大赛", "Competition"),
    ("专栏", "Column"),
    ("公司", "Company"),
    ("城市", "City"),
)
_SUBJECTS = ("外宣", "城市品牌", "文旅", "经贸", "科技", "政策", "机构", "活动")
_ZH_JOINS = (
    "，{t}也参与其中",
    "，{t}发挥了重要作用",
    "，与{t}共同推进",
    "（{t}）",
    "，{t}等积极响应",
)
_EN_JOINS = (
    " with the {t}",
    ", and the {t} took part",
    " at the {t}",
    "; the {t}'s team joined in",
    " alongside several {ts}",
)


def _combinations(rng: random.Random) -> Iterator[tuple[str, str]]:
    """Composed (zh, en) terms in a seeded order: city+modifier+kind, modifier+kind,
    modifier+modifier+kind, city+kind."""
    combos: list[tuple[str, str]] = []
    for zk, ek in _KINDS:
        for zm, em in _MODIFIERS:
            combos.append((zm + zk, f"{em} {ek}"))
            for zc, ec in _CITIES:
                combos.append((zc + zm + zk, f"{ec} {em} {ek}"))
            for zm2, em2 in _MODIFIERS:
                if zm2 != zm:
                    combos.append((zm + zm2 + zk, f"{em} {em2} {ek}"))
        for zc, ec in _CITIES:
            combos.append((zc + zk, f"{ec} {ek}"))
    rng.shuffle(combos)
    seen: set[str] = set()
    for zh, en in combos:
        if zh not in seen:
            seen.add(zh)
            yield zh, en


def _acronym(en: str) -> str:
    return "".join(word[0] for word in en.replace("-", " ").split() if word[0].isupper())


def _concepts(rng: random.Random, count: int) -> list[dict[str, Any]]:
    import opencc

    s2t = opencc.OpenCC("s2t")
    singles = [(zh, en) for zh, en in _CITIES] + [(zh, en.lower()) for zh, en in _MODIFIERS]
    pairs = singles + list(_take(_combinations(rng), max(0, count - len(singles))))
    concepts = []
    for zh, en in pairs[:count]:
        roll = rng.random()
        tb = 0 if roll < 0.1 else 1 if roll < 0.7 else 2
        terms: list[list[Any]] = [
            ["zh-Hans", zh, "preferred", False],
            ["en", en, "preferred", False],
        ]
        if rng.random() < 0.15:
            variant = en.replace("Center", "Centre") if "Center" in en else f"the {en}"
            terms.append(["en", variant, "admitted", False])
        if rng.random() < 0.10:
            terms.append(["zh-Hant", s2t.convert(zh), "preferred", False])
        if rng.random() < 0.05:
            terms.append(["en", en.replace(" ", "-", 1) + " Centre", "deprecated", False])
        if rng.random() < 0.03 and len(_acronym(en)) >= 3:
            terms.append(["en", _acronym(en), "admitted", True])
        concepts.append(
            {
                "tb": tb,
                "subject": rng.choice(_SUBJECTS),
                "definition": "" if rng.random() < 0.7 else f"{zh}：{en}。",
                "terms": terms,
            }
        )
    return concepts


def _take(items: Iterator[tuple[str, str]], count: int) -> Iterator[tuple[str, str]]:
    for _, item in zip(range(count), items, strict=False):
        yield item


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def _paragraphs(
    rng: random.Random, concepts: list[dict[str, Any]], chars: int
) -> list[tuple[str, list[str]]]:
    import opencc

    s2t = opencc.OpenCC("s2t")
    material = Material(rng, corpus_dir())
    hot = rng.sample(range(len(concepts)), min(500, len(concepts)))

    def pick(lang: str) -> str:
        index = rng.choice(hot) if rng.random() < 0.5 else rng.randrange(len(concepts))
        texts = [t[1] for t in concepts[index]["terms"] if t[0].startswith(lang)]
        return rng.choice(texts)

    paragraphs: list[tuple[str, list[str]]] = []
    total = 0
    while total < chars:
        zh_sentences, en_sentences = [], []
        for _ in range(rng.choice((1, 2, 2, 3, 3, 4))):
            unit = material.unit()
            zh, en = unit.zh, unit.en
            for _ in range(rng.choice((1, 1, 2))):
                zh = _weave(zh, rng.choice(_ZH_JOINS).format(t=pick("zh")), "。！？")
                term = pick("en")
                last = term.rsplit(" ", 1)
                plural = " ".join([*last[:-1], _plural(last[-1])])
                if rng.random() < 0.05:
                    term = term.upper()
                en = _weave(en, rng.choice(_EN_JOINS).format(t=term, ts=plural), ".!?")
            if rng.random() < 0.01:
                zh = zh.replace("A", "Ａ").replace("1", "１")  # full-width slips
            zh_sentences.append(zh)
            en_sentences.append(en)
        if rng.random() < 0.1:
            zh_sentences = [s2t.convert(s) for s in zh_sentences]
        paragraphs += [("zh", zh_sentences), ("en", en_sentences)]
        total += sum(map(len, zh_sentences)) + sum(map(len, en_sentences))
    return paragraphs


def _weave(sentence: str, clause: str, ends: str) -> str:
    if sentence and sentence[-1] in ends:
        return sentence[:-1] + clause + sentence[-1]
    return sentence + clause


def generate_termbase(out: Path, size: int, seed: int) -> dict[str, int]:
    rng = random.Random(f"termbase:{size}:{seed}")
    concepts = _concepts(rng, size)
    paragraphs = _paragraphs(rng, concepts, size * CHARS_PER_CONCEPT)
    data = {"termbases": TERMBASES, "concepts": concepts, "paragraphs": paragraphs}
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    segments = [s for _, sentences in paragraphs for s in sentences]
    return {
        "concepts": len(concepts),
        "terms": sum(len(c["terms"]) for c in concepts),
        "segments": len(segments),
        "chars": sum(map(len, segments)),
    }


TERMBASE = Dataset(
    name="termbase-mixed",
    description="3 layered term bases of composed ICC terms (zh-Hans/zh-Hant/en, statuses, "
    "acronyms) + 10 chars/concept of mixed zh/en paragraphs with terms woven in",
    suffix=".json",
    sizes={"small": 2_000, "10k": 10_000, "100k": 100_000},
    default_size="100k",
    size_unit="concepts",
    summary=("terms", "segments", "chars"),
    generate=generate_termbase,
    version=1,
    uses_corpus=True,
)


# --------------------------------------------------------------------------- loading


@dataclass
class _Loaded:
    concepts: list[Any]  # ConceptData
    priorities: dict[int, int]
    segments: list[tuple[str, str]]  # (lang, sentence)
    raw: dict[str, Any]


def _load(path: Path) -> _Loaded:
    from workbench.termbase.data import ConceptData, TermData, TermStatus

    raw = json.loads(path.read_text(encoding="utf-8"))
    concepts = [
        ConceptData(
            terms=[
                TermData(text, lang, TermStatus(st), case_sensitive=cs)
                for lang, text, st, cs in c["terms"]
            ],
            subject=c["subject"],
            definition=c["definition"],
            id=index,
            termbase_id=c["tb"] + 1,
        )
        for index, c in enumerate(raw["concepts"], 1)
    ]
    priorities = {index: priority for index, (_, priority) in enumerate(raw["termbases"], 1)}
    segments = [(lang, s) for lang, sentences in raw["paragraphs"] for s in sentences]
    return _Loaded(concepts, priorities, segments, raw)


def _build(loaded: _Loaded) -> Any:
    from workbench.termbase.matcher import TermMatcher

    return TermMatcher.build(loaded.concepts, termbase_priority=loaded.priorities)


def _patterns(matcher: Any) -> int:
    return int(matcher.pattern_count)


# --------------------------------------------------------------------------- term-build


def _build_setup(ctx: RunContext) -> _Loaded:
    import workbench.termbase.matcher  # noqa: F401
    from workbench.termbase.normalize import t2s_char_table

    t2s_char_table()  # the one-time OpenCC table (15 ms) belongs to start-up
    return _load(ctx.input)


def _build_facts(loaded: _Loaded, matcher: Any) -> dict[str, Any]:
    return {"patterns": _patterns(matcher), "indexed": matcher.size}


register(
    Benchmark(
        name="term-build",
        description="TermMatcher.build over every concept of the layered term bases",
        dataset=TERMBASE,
        throughput="concepts",
        setup=_build_setup,
        run=_build,
        after=_build_facts,
    )
)


# --------------------------------------------------------------------------- matching


@dataclass
class _MatchState:
    loaded: _Loaded
    matcher: Any


def _match_setup(ctx: RunContext) -> _MatchState:
    loaded = _build_setup(ctx)
    matcher = _build(loaded)
    matcher.match("预热 warm-up 重慶", "zh")  # first-call costs (OpenCC converters) in setup
    return _MatchState(loaded, matcher)


def _match_segments(state: _MatchState) -> int:
    match = state.matcher.match
    hits = 0
    for lang, sentence in state.loaded.segments:
        hits += len(match(sentence, lang))
    return hits


def _best(function: Any, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def _raw_best(automaton: Any, texts: list[str], repeat: int = 3) -> float:
    """Best time of the raw overlapping scan of ``texts``. Each repeat scans fresh copies:
    the binding caches a str's UTF-8 form on the str, and ``match`` always scans a new
    (folded) str, so scanning the same objects again would flatter the baseline."""
    best = float("inf")
    for _ in range(repeat):
        copies = [text[:-1] + text[-1:] for text in texts]
        started = time.perf_counter()
        for text in copies:
            automaton.find_matches_as_indexes(text, overlapping=True)
        best = min(best, time.perf_counter() - started)
    return best


def _folded(texts: list[str]) -> list[str]:
    """The texts as the matcher scans them (script, width and case folded)."""
    from workbench.termbase.normalize import normalize_text

    return [normalize_text(text).folded for text in texts]


def _segment_facts(state: _MatchState, hits: int) -> dict[str, Any]:
    segments = state.loaded.segments
    automaton = state.matcher._state.main.automaton
    folded = _folded([s for _, s in segments])
    raw = _raw_best(automaton, folded)
    ours = _best(lambda: _match_segments(state))
    latencies = []
    for lang, sentence in segments:
        started = time.perf_counter()
        state.matcher.match(sentence, lang)
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    return {
        "hits": hits,
        "raw_scan_ms": round(raw * 1000, 1),
        "match_best_ms": round(ours * 1000, 1),
        "ratio": round(ours / raw, 2),
        "segment_p50_ms": round(statistics.median(latencies), 3),
        "segment_p99_ms": round(latencies[int(len(latencies) * 0.99)], 3),
        "segment_max_ms": round(latencies[-1], 3),
    }


register(
    Benchmark(
        name="term-match-segments",
        description="matcher.match(sentence, lang) for every sentence of the mixed text "
        "(vs the raw ahocorasick_rs scan of the same automaton in the same process)",
        dataset=TERMBASE,
        throughput="chars",
        setup=_match_setup,
        run=_match_segments,
        after=_segment_facts,
    )
)


def _whole(state: _MatchState) -> str:
    return "\n".join(s for _, s in state.loaded.segments)


def _match_text(state: _MatchState) -> int:
    return len(state.matcher.match(state.loaded.raw["text"]))


def _text_setup(ctx: RunContext) -> _MatchState:
    state = _match_setup(ctx)
    state.loaded.raw["text"] = _whole(state)
    return state


def _text_facts(state: _MatchState, hits: int) -> dict[str, Any]:
    text = state.loaded.raw["text"]
    automaton = state.matcher._state.main.automaton
    folded = _folded([text])
    raw = _raw_best(automaton, folded)
    ours = _best(lambda: _match_text(state))
    winners = sum(1 for hit in state.matcher.match(text) if not hit.overlapped)
    return {
        "hits": hits,
        "highlighted": winners,
        "raw_scan_ms": round(raw * 1000, 1),
        "match_best_ms": round(ours * 1000, 1),
        "ratio": round(ours / raw, 2),
    }


register(
    Benchmark(
        name="term-match-text",
        description="one matcher.match(text) over the whole 1M-char mixed text, all languages "
        "(vs the raw scan of the same automaton)",
        dataset=TERMBASE,
        throughput="chars",
        setup=_text_setup,
        run=_match_text,
        after=_text_facts,
    )
)


# --------------------------------------------------------------------------- updates

_EDITS = 200


def _update_setup(ctx: RunContext) -> _MatchState:
    return _match_setup(ctx)


def _edits(state: _MatchState) -> Iterator[tuple[Any, tuple[str, str]]]:
    from dataclasses import replace

    rng = random.Random("term-update")
    concepts = state.loaded.concepts
    segments = state.loaded.segments
    for _ in range(_EDITS):
        concept = rng.choice(concepts)
        terms = [replace(t) for t in concept.terms]
        terms[-1] = replace(terms[-1], text=terms[-1].text + " Plus")
        yield replace(concept, terms=terms), rng.choice(segments)


def _update(state: _MatchState) -> list[float]:
    timings = []
    for concept, (lang, sentence) in _edits(state):
        started = time.perf_counter()
        state.matcher.update([concept])
        timings.append(time.perf_counter() - started)
        state.matcher.match(sentence, lang)
    return timings


def _update_facts(state: _MatchState, timings: list[float]) -> dict[str, Any]:
    from workbench.termbase.matcher import TermMatcher

    fresh = TermMatcher.build(
        state.matcher._state.concepts.values(), termbase_priority=state.loaded.priorities
    )
    sample = state.loaded.segments[:2000]
    same = all(
        [h.to_dict() for h in state.matcher.match(s, lang)]
        == [h.to_dict() for h in fresh.match(s, lang)]
        for lang, s in sample
    )
    return {
        "update_median_ms": round(statistics.median(timings) * 1000, 2),
        "update_max_ms": round(max(timings) * 1000, 2),
        "delta_concepts": state.matcher.delta_size,
        "rebuilds": state.matcher.rebuilds,
        "same_as_fresh_build": "yes" if same else "NO",
    }


register(
    Benchmark(
        name="term-update",
        description=f"{_EDITS} single-concept edits via matcher.update (delta automaton), "
        "each followed by one segment match",
        dataset=TERMBASE,
        throughput="concepts",
        setup=_update_setup,
        run=_update,
        after=_update_facts,
    )
)


# --------------------------------------------------------------------------- store


def _store_setup(ctx: RunContext) -> tuple[Any, _Loaded]:
    from workbench.db.workspace import open_workspace
    from workbench.termbase import store

    loaded = _load(ctx.input)
    workspace = open_workspace(ctx.scratch / "workspace.db")
    with workspace.session() as session:
        for name, priority in loaded.raw["termbases"]:
            store.create_termbase(session, name, author=AUTHOR, priority=priority)
    return workspace, loaded


def _store(state: tuple[Any, _Loaded]) -> int:
    from dataclasses import replace

    from workbench.termbase import store

    workspace, loaded = state
    added = 0
    with workspace.session() as session:
        by_tb: dict[int, list[Any]] = {}
        for concept in loaded.concepts:
            by_tb.setdefault(concept.termbase_id, []).append(replace(concept, id=None))
        for termbase_id, concepts in by_tb.items():
            added += len(store.add_concepts(session, termbase_id, concepts, author=AUTHOR))
    return added


def _store_facts(state: tuple[Any, _Loaded], added: int) -> dict[str, Any]:
    from workbench.termbase import search, store

    workspace, _ = state
    with workspace.session() as session:
        started = time.perf_counter()
        concepts = store.load_concepts(session)
        load = time.perf_counter() - started
        started = time.perf_counter()
        count = search.count_concepts(session, "center", lang="en")
        ids = search.concept_ids(session, "center", lang="en", order="en")
        search.fetch_concept_rows(session, ids[:100])
        search = time.perf_counter() - started
    workspace.close()
    size = workspace.path.stat().st_size / 1e6 if workspace.path else 0.0
    return {
        "added": added,
        "load_concepts_s": round(load, 2),
        "loaded": len(concepts),
        "search_center_ms": round(search * 1000),
        "search_hits": count,
        "workspace_MB": round(size, 1),
    }


register(
    Benchmark(
        name="term-store",
        description="store.add_concepts of every concept into a new workspace (one "
        "transaction); load_concepts and a search in after",
        dataset=TERMBASE,
        throughput="concepts",
        setup=_store_setup,
        run=_store,
        after=_store_facts,
    )
)


# --------------------------------------------------------------------------- peer harness


class _PeerAdapter:
    def __init__(self, matcher: Any) -> None:
        self.matcher = matcher

    def find_all(self, text: str) -> Iterator[tuple[int, int]]:
        for hit in self.matcher.match(text):
            yield hit.start, hit.concept_id - 1


def peer_matcher(terms: list[str]) -> _PeerAdapter:
    """``term_match_bench.py --impl bench.benchmarks.termbase:peer_matcher``: every term
    its own concept (language by script); ``find_all`` yields (start, term index) for every
    hit, highlighted or overlapped."""
    import re

    from workbench.termbase.data import ConceptData, TermData
    from workbench.termbase.matcher import TermMatcher

    han = re.compile(r"[\u3400-\u9fff]")
    concepts = [
        ConceptData(terms=[TermData(term, "zh-Hans" if han.search(term) else "en")], id=i + 1)
        for i, term in enumerate(terms)
    ]
    return _PeerAdapter(TermMatcher.build(concepts))


# --------------------------------------------------------------------------- same-run ratio


def ratio_on_files(terms_path: Path, text_path: Path, repeat: int = 5) -> dict[str, Any]:
    """Build from a one-term-per-line file (the peer corpus) and compare ``match`` over
    the whole text with the raw scan of the matcher's own automaton over the same folded
    text, in one process. ``python -m bench.benchmarks.termbase TERMS TEXT``."""
    terms = [line.rstrip("\n") for line in terms_path.open(encoding="utf-8") if line.strip()]
    text = text_path.read_text(encoding="utf-8")
    started = time.perf_counter()
    matcher = peer_matcher(terms).matcher
    build = time.perf_counter() - started
    folded = _folded([text])
    raw = _raw_best(matcher._state.main.automaton, folded, repeat)
    ours = _best(lambda: matcher.match(text), repeat)
    hits = matcher.match(text)
    return {
        "terms": len(terms),
        "chars": len(text),
        "patterns": matcher.pattern_count,
        "build_s": round(build, 2),
        "raw_scan_ms": round(raw * 1000, 1),
        "match_ms": round(ours * 1000, 1),
        "ratio": round(ours / raw, 2),
        "hits": len(hits),
        "highlighted": sum(1 for hit in hits if not hit.overlapped),
    }


if __name__ == "__main__":
    import sys

    print(json.dumps(ratio_on_files(Path(sys.argv[1]), Path(sys.argv[2]))))
