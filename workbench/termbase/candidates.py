"""Term candidates from aligned material: zh–en pairs for the term base manager to accept.

Material: every translation-memory unit (``tm_unit``: confirmed segments, TMX, aligned
pairs) plus the translated segments of documents that have no unit yet; identical pairs
count once, either direction is read as (Chinese, English).

1. **Chinese n-grams**: 2–6 Han characters inside one run of Han characters (punctuation,
   digits and Latin words break runs), not starting or ending with a function character
   (的, 了, 在 …) and not lying inside a term the term base already has there.
2. **English n-grams**: 1–4 words inside one clause, not starting or ending with a stop
   word ("the Yellow River" → "Yellow River"), not inside an existing term's hit.
3. Both sides keep n-grams seen in at least ``min_freq`` pairs, and only *closed* ones: an
   n-gram that always comes inside the same longer one (黄河文化 inside 黄河文化月) gives way
   to it.
4. Each Chinese n-gram is paired with the English n-gram that co-occurs with it most
   consistently, by the Dice coefficient 2·f(zh, en) / (f(zh) + f(en)); ties go to more
   shared pairs, then to the longer phrase.
5. Competitive linking: candidates sorted by score = Dice · ln(1 + f(zh, en)) take their
   English phrase first come, first served, so 黄河文化月 and 文化月 cannot both claim
   "Yellow River Culture Month".

Rejecting a candidate is simply not accepting it; ``accept_candidate`` adds a concept.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import Session, col

from workbench.language import HAN_CLASS
from workbench.models import Document, Segment, TMUnit
from workbench.models.enums import SegmentStatus
from workbench.termbase.data import ConceptData, TermData, base_language

if TYPE_CHECKING:
    from workbench.db.workspace import Workspace
    from workbench.termbase.matcher import TermMatcher

MIN_ZH, MAX_ZH = 2, 6  # characters
MAX_EN = 4  # words
MIN_DICE = 0.4  # below this the English phrase is not consistent enough
EXAMPLES = 3

_HAN_RUN = re.compile(f"[{HAN_CLASS}]{{{MIN_ZH},}}")
_CLAUSE = re.compile(r"[^,.;:!?()\[\]\"“”‘’—–/|]+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]")

# Characters that glue a term to its context (particles, conjunctions, prepositions) and
# rarely start (or end) a term. Kept short: 在线, 和平, 首都, 参与, 成就 are terms.
_ZH_NOT_FIRST = frozenset("的了与及或把被也并而")
_ZH_NOT_LAST = frozenset("的了在是和或将把被也并而")
_EN_STOP_WORDS = """a an the and or but nor of to in on at by for from with as into onto over
under about after before between during through per via than then this that these those its
it his her their our your my we you they he she i is are was were be been being has have had
do does did will would can could may might shall should must not no so such also very more
most some any all each every other which who whom whose what when where while how there here
up out off s"""
_EN_STOP = frozenset(_EN_STOP_WORDS.split())
_CONFIRMED = (
    SegmentStatus.TRANSLATED.value,
    SegmentStatus.REVIEWED.value,
    SegmentStatus.APPROVED.value,
    SegmentStatus.LOCKED.value,
)


@dataclass(frozen=True)
class Candidate:
    zh: str
    en: str
    freq: int  # pairs in which both occur
    score: float  # Dice · ln(1 + freq); higher first
    examples: tuple[tuple[str, str], ...]  # (Chinese, English) pairs showing it
    dice: float = 0.0
    zh_freq: int = 0
    en_freq: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "zh": self.zh,
            "en": self.en,
            "freq": self.freq,
            "score": round(self.score, 4),
            "dice": round(self.dice, 4),
            "zh_freq": self.zh_freq,
            "en_freq": self.en_freq,
            "examples": [{"zh": zh, "en": en} for zh, en in self.examples],
        }


# --------------------------------------------------------------------------- material


def bilingual_pairs(
    session: Session, document_ids: Collection[int] | None = None
) -> list[tuple[str, str]]:
    """(Chinese, English) pairs from the TM and from translated segments, each once."""
    pairs: dict[tuple[str, str], None] = {}
    units = sa.select(
        col(TMUnit.source_lang), col(TMUnit.target_lang), col(TMUnit.source), col(TMUnit.target)
    )
    if document_ids is not None:
        units = units.where(col(TMUnit.document_id).in_(sorted(document_ids)))
    for source_lang, target_lang, source, target in session.execute(units):
        _add(pairs, base_language(source_lang), base_language(target_lang), source, target)
    in_tm = sa.select(col(TMUnit.segment_id)).where(col(TMUnit.segment_id).is_not(None))
    segments = (
        sa.select(Document.source_lang, Document.target_lang, Segment.source, Segment.target)
        .join(Document, col(Document.id) == col(Segment.document_id))
        .where(
            col(Segment.status).in_(_CONFIRMED),
            col(Segment.source) != "",
            col(Segment.target) != "",
            col(Segment.id).not_in(in_tm),
        )
    )
    if document_ids is not None:
        segments = segments.where(col(Segment.document_id).in_(sorted(document_ids)))
    for source_lang, target_lang, source, target in session.execute(segments):
        _add(pairs, str(source_lang), str(target_lang), source, target)
    return list(pairs)


def _add(
    pairs: dict[tuple[str, str], None], source_lang: str, target_lang: str, source: str, target: str
) -> None:
    if {source_lang, target_lang} != {"zh", "en"} or not source.strip() or not target.strip():
        return
    zh, en = (source, target) if source_lang == "zh" else (target, source)
    pairs[(zh.strip(), en.strip())] = None


# --------------------------------------------------------------------------- n-grams


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def zh_ngrams(text: str, covered: Sequence[tuple[int, int]] = ()) -> set[str]:
    """The Chinese n-grams of ``text`` (see the module docstring); ``covered``: term spans."""
    out: set[str] = set()
    for run in _HAN_RUN.finditer(text):
        chars, base = run.group(), run.start()
        for i in range(len(chars)):
            if chars[i] in _ZH_NOT_FIRST:
                continue
            for n in range(MIN_ZH, min(MAX_ZH, len(chars) - i) + 1):
                if chars[i + n - 1] in _ZH_NOT_LAST:
                    continue
                if covered and _inside(base + i, base + i + n, covered):
                    continue
                out.add(chars[i : i + n])
    return out


def en_ngrams(text: str, covered: Sequence[tuple[int, int]] = ()) -> dict[str, str]:
    """English n-grams of ``text``: folded key → the spelling found here."""
    out: dict[str, str] = {}
    for clause in _CLAUSE.finditer(text):
        words = [(m.group(), clause.start() + m.start(), clause.start() + m.end())
                 for m in _WORD.finditer(clause.group())]  # fmt: skip
        folded = [word.casefold().replace("’", "'") for word, _, _ in words]
        for i in range(len(words)):
            if folded[i] in _EN_STOP:
                continue
            for n in range(1, min(MAX_EN, len(words) - i) + 1):
                last = i + n - 1
                if folded[last] in _EN_STOP or (n == 1 and len(folded[last]) < 2):
                    continue
                start, end = words[i][1], words[last][2]
                if covered and _inside(start, end, covered):
                    continue
                out.setdefault(" ".join(folded[i : i + n]), text[start:end])
    return out


def _closed(freq: Counter[str], extensions: Iterable[tuple[str, str]]) -> set[str]:
    """The n-grams not always seen inside one same longer n-gram."""
    dropped = {short for short, longer in extensions if freq[longer] == freq[short]}
    return set(freq) - dropped


def _zh_extensions(grams: Iterable[str]) -> Iterator[tuple[str, str]]:
    for gram in grams:
        if len(gram) > MIN_ZH:
            yield gram[1:], gram
            yield gram[:-1], gram


def _en_extensions(grams: Iterable[str]) -> Iterator[tuple[str, str]]:
    for gram in grams:
        words = gram.split(" ")
        if len(words) > 1:
            yield " ".join(words[1:]), gram
            yield " ".join(words[:-1]), gram


# --------------------------------------------------------------------------- candidates


def term_candidates(
    session: Session,
    *,
    min_freq: int = 3,
    limit: int = 200,
    document_ids: Collection[int] | None = None,
    matcher: TermMatcher | None = None,
) -> list[Candidate]:
    """Proposed zh–en term pairs from the workspace's aligned material, best first."""
    if matcher is None:
        from workbench.termbase.matcher import matcher_for_workspace

        matcher = matcher_for_workspace(session)
    return candidates_from_pairs(
        bilingual_pairs(session, document_ids), min_freq=min_freq, limit=limit, matcher=matcher
    )


def candidates_from_pairs(
    pairs: Iterable[tuple[str, str]],
    *,
    min_freq: int = 3,
    limit: int = 200,
    matcher: TermMatcher | None = None,
) -> list[Candidate]:
    """The candidates of (Chinese, English) pairs (see the module docstring)."""
    min_freq = max(1, min_freq)
    grams: list[tuple[set[str], dict[str, str]]] = []
    zh_freq: Counter[str] = Counter()
    en_freq: Counter[str] = Counter()
    material = list(pairs)
    use_matcher = matcher is not None and matcher.size > 0
    for zh, en in material:
        zh_cover = _spans(matcher, zh, "zh") if use_matcher else []
        en_cover = _spans(matcher, en, "en") if use_matcher else []
        zh_set, en_map = zh_ngrams(zh, zh_cover), en_ngrams(en, en_cover)
        zh_freq.update(zh_set)
        en_freq.update(en_map.keys())
        grams.append((zh_set, en_map))
    zh_freq = Counter({g: f for g, f in zh_freq.items() if f >= min_freq})
    en_freq = Counter({g: f for g, f in en_freq.items() if f >= min_freq})
    zh_keep = _closed(zh_freq, _zh_extensions(zh_freq))
    en_keep = _closed(en_freq, _en_extensions(en_freq))

    joint: Counter[tuple[str, str]] = Counter()
    spelling: dict[str, Counter[str]] = {}
    for zh_set, en_map in grams:
        zs = zh_set & zh_keep
        es = [e for e in en_map if e in en_keep]
        for e in es:
            spelling.setdefault(e, Counter())[en_map[e]] += 1
        for z in zs:
            for e in es:
                joint[(z, e)] += 1

    best: dict[str, tuple[float, int, int, str]] = {}
    for (z, e), both in joint.items():
        if both < min_freq:
            continue
        dice = 2.0 * both / (zh_freq[z] + en_freq[e])
        key = (dice, both, len(e), e)
        if dice >= MIN_DICE and (z not in best or key > best[z]):
            best[z] = key
    ranked = sorted(
        ((dice * math.log1p(both), dice, both, z, e) for z, (dice, both, _, e) in best.items()),
        key=lambda row: (-row[0], -len(row[3]), row[3]),
    )
    out: list[Candidate] = []
    taken_en: set[str] = set()
    for score, dice, both, z, e in ranked:
        if e in taken_en:
            continue
        taken_en.add(e)
        display = spelling[e].most_common(1)[0][0]
        examples = tuple(
            (zh, en) for (zh, en), (zs, em) in zip(material, grams, strict=True)
            if z in zs and e in em
        )[:EXAMPLES]  # fmt: skip
        out.append(Candidate(z, display, both, score, examples, dice, zh_freq[z], en_freq[e]))
        if len(out) >= limit:
            break
    return out


def _spans(matcher: TermMatcher | None, text: str, lang: str) -> list[tuple[int, int]]:
    assert matcher is not None
    return [(hit.start, hit.end) for hit in matcher.match(text, lang)]


def accept_candidate(workspace: Workspace, termbase_id: int, zh: str, en: str, author: str) -> int:
    """Add the pair to a term base as a new concept (both terms preferred); its id."""
    from workbench.termbase.store import add_concepts

    concept = ConceptData(
        terms=[TermData(zh.strip(), "zh-Hans"), TermData(en.strip(), "en")],
        source="term candidates from aligned material",
    )
    with workspace.session() as session:
        return add_concepts(session, termbase_id, [concept], author=author)[0]
