"""Find term-base terms in text: one Aho–Corasick scan over folded text, exact offsets.

How a ``match`` works:

1. The text is lower-cased (one character per character, see ``normalize``). The automaton
   also holds every traditional and full-width character as a *trigger* pattern, so the
   same scan says which lines need the full normalisation (t2s, width); only those lines
   are normalised and scanned again (a term never spans a line break). Simplified text,
   the common case, is scanned once, and t2s never touches a simplified line.
2. The scan is ``Standard`` with ``overlapping=True``: every occurrence of every pattern.
   Occurrences that fail a check are dropped *before* longest-match selection, so a
   rejected long match never hides a valid shorter one: English word boundaries (no "pot"
   in "hotpot"; CJK characters are never word characters; a plain plural ending right
   after an English term is taken into the hit: "pots"), case-sensitive terms against the
   unfolded text, concepts removed since the build. Plurals that change the word
   ("cities") are patterns of their own.
3. Leftmost-longest selection over what is left: winners (``overlapped=False``) are what
   the editor highlights; the others (国际传播 inside 国际传播中心) are reported with
   ``overlapped=True`` for the Term hits panel. A shorter hit of a concept the winner
   already shows is dropped.

Hits at one span are ordered by term-base priority, then concept id. Offsets are Python
``str`` indices into the original text (what QTextCursor positions are, for BMP text).

The index is flat lists of ints rather than an object per term: it builds faster, and the
cyclic garbage collector has a few big lists to walk instead of a million small objects.

Incremental updates keep the big automaton and add a small *delta* automaton for the
changed concepts plus tombstones for the old ones; past a size the two fold into a rebuild.
The matcher is immutable between updates: ``update`` swaps in a new state in one
assignment, so a match running on a worker thread never sees half an update.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

import ahocorasick_rs as ac

from workbench.collector import collector_paused
from workbench.termbase.data import ConceptData, TermData, TermStatus, base_language
from workbench.termbase.normalize import (
    english_forms,
    fold_case,
    normalize_terms,
    normalize_text,
    plural_suffixes,
    s2t,
    t2s,
    trigger_chars,
)

if TYPE_CHECKING:
    from sqlmodel import Session

_STATUSES = (TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED)
# StrEnum members hash like their values: one lookup takes "preferred" or the member.
_STATUS_RANK: dict[str, int] = {status.value: rank for rank, status in enumerate(_STATUSES)}
_BASE_LANG = {"zh-Hans": "zh", "zh-Hant": "zh", "en": "en"}
_HANT_CODES = frozenset({"zh-hant", "zh-tw", "zh-hk", "zh-mo"})
_WORD_LIMIT = "\u2e80"  # alphanumerics below this are word characters; CJK never are
_UNKNOWN_PRIORITY = 1 << 30  # concepts of a term base the priorities do not name
_CHUNK = 1 << 20  # longer texts are matched a block of lines at a time (bounded lists)

# Entry bits: status rank (0–2), then flags and the term's base language.
_CASE, _VARIANT, _ZH, _EN = 4, 8, 16, 32
_LANG_BIT = {"zh": _ZH, "en": _EN}
# Pattern flags.
_START, _END, _CHECK, _TRIGGER = 1, 2, 4, 8
# English terms that may take a plain plural ending right after them.
_PLURAL_S, _PLURAL_ES = 16, 32
_PLURAL = _PLURAL_S | _PLURAL_ES
_PLURAL_FLAGS = {"s": _PLURAL_S, "es": _PLURAL_ES}
# Last letters whose words need ``normalize`` to spell plurals (the rest: plain -s), and
# those that may end a word with another plural spelling (city, knife, chairman, child).
_PLURAL_ENDINGS = frozenset("yshxzofenYSHXZOFEN") | {"d", "D"}
_OTHER_FORM_ENDINGS = frozenset("yfenYFEN") | {"d", "D"}
# A candidate is one int, so sorting is cheap: start | inverted length | source | pattern.
_PID_BITS = 23
_PID_MASK = (1 << _PID_BITS) - 1
_DELTA = 1 << _PID_BITS  # the occurrence came from the delta automaton
_SUFFIX_SHIFT = _PID_BITS + 1  # 2 bits: how many letters of a plural ending it took
_LEN_SHIFT = _PID_BITS + 3
_MAX_LEN = (1 << 12) - 1  # longer patterns are not indexed
_START_SHIFT = _LEN_SHIFT + 12

_NONE: tuple[int, ...] = ()
_TRIGGERED: tuple[int, ...] = (-1,)  # table value of a trigger pattern (truthy on purpose)


def _lang_key(lang: str | None) -> str | None:
    return None if lang is None else _BASE_LANG.get(lang) or base_language(lang)


# --------------------------------------------------------------------------- catalog


class _Catalog:
    """The concepts and entries of one automaton. An *entry* is one term in one searchable
    form (a term has several: plural, other apostrophe); entry ``e`` is term
    ``term[e]`` of concept slot ``slot[e]``."""

    __slots__ = (
        "_targets",
        "bits",
        "cased",
        "concepts",
        "ekey",
        "keys",
        "priorities",
        "slot",
        "term",
    )

    def __init__(self) -> None:
        self.concepts: list[ConceptData] = []
        self.keys: list[int] = []  # concept key per slot (its id, or a synthetic one)
        self.priorities: list[int] = []
        self.slot: list[int] = []
        self.term: list[int] = []
        self.bits: list[int] = []
        self.ekey: list[int] = []  # the concept key of each entry (a lookup saved per hit)
        self.cased: dict[int, str] = {}  # entry → form that must appear (case-sensitive)
        self._targets: dict[tuple[int, str], tuple[str, ...]] = {}

    def key_of(self, entry: int) -> int:
        return self.ekey[entry]

    def rank(self, entry: int) -> tuple[int, int, bool, bool, int, int]:
        """Order of entries at one span, and which entry of a concept wins it: priority,
        concept, then a case-sensitive form before a folded one, the term itself before a
        plural, preferred before admitted before deprecated, term order."""
        slot, bits = self.slot[entry], self.bits[entry]
        return (
            self.priorities[slot],
            self.keys[slot],
            not bits & _CASE,
            bool(bits & _VARIANT),
            bits & 3,
            self.term[entry],
        )

    def targets(self, slot: int, lang: str) -> tuple[str, ...]:
        cached = self._targets.get((slot, lang))
        if cached is None:
            cached = self._targets[(slot, lang)] = _targets(self.concepts[slot], lang)
        return cached


def _usable(concept: ConceptData, lang: str) -> list[TermData]:
    """Preferred, then admitted terms of ``lang``'s base language; never deprecated."""
    base = base_language(lang)
    terms = [
        t
        for t in concept.terms
        if base_language(t.lang) == base and _STATUS_RANK[t.status] < 2 and t.text.strip()
    ]
    terms.sort(key=lambda t: _STATUS_RANK[t.status])  # stable: keeps term order
    return terms


def _targets(concept: ConceptData, lang: str) -> tuple[str, ...]:
    """What to write in ``lang``. For Chinese, terms in the document's script (zh and
    zh-Hans: simplified; zh-Hant, zh-TW, zh-HK: traditional), converted from the other
    script with OpenCC only when the concept has none in it."""
    terms = _usable(concept, lang)
    texts = [t.text for t in terms]
    if base_language(lang) == "zh":
        script = "zh-Hant" if lang.lower() in _HANT_CODES else "zh-Hans"
        convert = s2t if script == "zh-Hant" else t2s
        texts = [t.text for t in terms if t.lang == script] or [
            t.text if t.lang == script else convert(t.text) for t in terms
        ]
    return tuple(dict.fromkeys(texts))


# --------------------------------------------------------------------------- hits


class TermHit:
    """A term found in a text. ``start``/``end`` index the original text."""

    __slots__ = ("_catalog", "_entry", "_source", "end", "overlapped", "start")

    def __init__(
        self,
        start: int,
        end: int,
        overlapped: bool,
        catalog: _Catalog,
        entry: int,
        source: str,
    ) -> None:
        self.start = start
        self.end = end
        self.overlapped = overlapped  # inside or across a longer hit (not highlighted)
        self._catalog = catalog
        self._entry = entry
        self._source = source

    @property
    def text(self) -> str:
        """The matched slice of the original text (重慶 for the term 重庆)."""
        return self._source[self.start : self.end]

    @property
    def concept(self) -> ConceptData:
        return self._catalog.concepts[self._catalog.slot[self._entry]]

    @property
    def concept_id(self) -> int | None:
        return self.concept.id

    @property
    def termbase_id(self) -> int | None:
        return self.concept.termbase_id

    @property
    def priority(self) -> int:
        return self._catalog.priorities[self._catalog.slot[self._entry]]

    @property
    def term(self) -> TermData:
        """The term that matched, as stored."""
        return self.concept.terms[self._catalog.term[self._entry]]

    @property
    def term_id(self) -> int | None:
        return self.term.id

    @property
    def lang(self) -> str:
        return self.term.lang

    @property
    def status(self) -> TermStatus:
        return _STATUSES[self._catalog.bits[self._entry] & 3]

    @property
    def forbidden(self) -> bool:
        return self._catalog.bits[self._entry] & 3 == 2

    @property
    def variant(self) -> bool:
        """Matched an inflected form (a plural) rather than the term itself."""
        if self._catalog.bits[self._entry] & _VARIANT:
            return True
        return self.end - self.start != len(normalize_terms([self.term.text], [self.lang])[0])

    def targets(self, target_lang: str) -> list[str]:
        """Terms to write in ``target_lang``: preferred, then admitted, never deprecated.
        For Chinese, in the document's script (see ``_targets``)."""
        return list(self._catalog.targets(self._catalog.slot[self._entry], target_lang))

    def replacements(self) -> list[str]:
        """What to write instead, in the hit's own language and script (for a forbidden
        hit: the preferred term)."""
        own = self._catalog.targets(self._catalog.slot[self._entry], self.lang)
        return [text for text in own if text != self.term.text]

    def to_dict(self, target_lang: str | None = None) -> dict[str, Any]:
        """Plain data for JSON output (stable keys)."""
        data: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "term": self.term.text,
            "lang": self.lang,
            "status": self.status.value,
            "forbidden": self.forbidden,
            "overlapped": self.overlapped,
            "concept_id": self.concept_id,
            "term_id": self.term_id,
            "termbase_id": self.termbase_id,
        }
        if target_lang is not None:
            data["targets"] = self.targets(target_lang)
        if self.forbidden:
            data["replacements"] = self.replacements()
        return data

    def _key(self) -> tuple[Any, ...]:
        catalog, entry = self._catalog, self._entry
        return (
            self.start,
            self.end,
            self.overlapped,
            catalog.key_of(entry),
            catalog.term[entry],
            catalog.bits[entry],
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TermHit) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        flags = " forbidden" * self.forbidden + " overlapped" * self.overlapped
        return (
            f"TermHit({self.start}:{self.end} {self.text!r} concept={self.concept_id}"
            f" term={self.term.text!r}{flags})"
        )


def highlights(hits: Iterable[TermHit]) -> list[TermHit]:
    """The hits the editor paints: longest leftmost, never overlapping each other."""
    return [hit for hit in hits if not hit.overlapped]


# --------------------------------------------------------------------------- index


class _Index:
    """One automaton, its catalog and, per language key (zh, en, None = all), the entries
    of each pattern (``()`` when none) with the pattern flags."""

    __slots__ = ("automaton", "catalog", "checks", "flags", "keys", "tables")

    def __init__(
        self,
        automaton: ac.AhoCorasick | None,
        catalog: _Catalog,
        tables: dict[str | None, list[tuple[int, ...]]],
        flags: list[int],
    ) -> None:
        self.automaton = automaton
        self.catalog = catalog
        self.tables = tables
        self.flags = flags
        # What selection still checks (boundaries are checked while scanning).
        self.checks = [flag & (_TRIGGER | _CHECK) for flag in flags]
        self.keys = frozenset(catalog.keys)


def _build_index(concepts: Sequence[tuple[int, ConceptData, int]], *, triggers: bool) -> _Index:
    """Index (key, concept, priority) triples; ``triggers`` adds the trigger patterns.

    Written as a few flat passes (list comprehensions where possible): at 100,000
    concepts every microsecond per term is a tenth of a second.
    """
    catalog = _Catalog()
    catalog.concepts = [concept for _, concept, _ in concepts]
    catalog.keys = [key for key, _, _ in concepts]
    catalog.priorities = [priority for _, _, priority in concepts]
    terms = [
        (slot, index, term)
        for slot, concept in enumerate(catalog.concepts)
        for index, term in enumerate(concept.terms)
    ]
    cased_forms = normalize_terms([t.text for _, _, t in terms], [t.lang for _, _, t in terms])
    # Entries: every term as itself, then the other forms of English terms.
    lang_bits = {
        lang: _LANG_BIT.get(_lang_key(lang) or "", 0) for lang in {t.lang for _, _, t in terms}
    }
    base = [
        (
            slot,
            index,
            _STATUS_RANK[term.status] | lang_bits[term.lang] | (term.case_sensitive and _CASE),
            cased,
        )
        for (slot, index, term), cased in zip(terms, cased_forms, strict=True)
        if cased and len(cased) <= _MAX_LEN
    ]
    variants = [
        (slot, index, bits | _VARIANT, form)
        for slot, index, bits, cased in base
        if bits & _EN
        # Only these can have other spellings (cheap test first: most terms have none).
        and (cased[-1] in _OTHER_FORM_ENDINGS or "'" in cased or "’" in cased)
        for form in english_forms(cased)
        if len(form) <= _MAX_LEN
    ]
    entries = base + variants
    catalog.slot = slot_of = [entry[0] for entry in entries]
    catalog.term = [entry[1] for entry in entries]
    catalog.bits = bits_of = [entry[2] for entry in entries]
    keys = catalog.keys
    catalog.ekey = [keys[slot] for slot in slot_of]
    forms = [entry[3] for entry in entries]
    catalog.cased = {e: forms[e] for e, bits in enumerate(bits_of) if bits & _CASE}
    joined = "\x00".join(forms)
    folded_joined = joined.lower()
    if len(folded_joined) == len(joined):  # lower() kept every length: split it back
        folded_of = folded_joined.split("\x00") if forms else []  # "".split → [""]
    else:
        folded_of = [fold_case(form) for form in forms]

    # Patterns in first-seen order, then the triggers.
    pattern_ids = dict.fromkeys(folded_of, 0)
    patterns = list(pattern_ids)
    terms_end = len(patterns)
    if triggers:  # normalisation removes these characters from every term: no clash
        patterns += trigger_chars()
    # (Building it on a thread while the tables below are made was measured slower: the
    # GIL hand-overs cost more than the overlap gains, even on an idle two-core box.)
    automaton = ac.AhoCorasick(patterns, matchkind=ac.MatchKind.Standard) if patterns else None

    # Entries per pattern; most patterns have a single one.
    pattern_ids.update(zip(patterns, range(terms_end), strict=False))
    pid_of = [pattern_ids[folded] for folded in folded_of]
    first: dict[int, int] = dict(zip(reversed(pid_of), range(len(pid_of) - 1, -1, -1), strict=True))
    more: dict[int, list[int]] = {}
    for entry in [e for e, pid in enumerate(pid_of) if first[pid] != e]:
        pid = pid_of[entry]
        more.setdefault(pid, [first[pid]]).append(entry)

    every: list[tuple[int, ...]] = [(first[pid],) for pid in range(terms_end)]
    zh = [one if bits_of[one[0]] & _ZH else _NONE for one in every]
    en = [one if bits_of[one[0]] & _EN else _NONE for one in every]
    for pid, entries in more.items():
        every[pid] = _prune(catalog, entries)
        zh[pid] = _prune(catalog, [e for e in entries if bits_of[e] & _ZH])
        en[pid] = _prune(catalog, [e for e in entries if bits_of[e] & _EN])
    flags = [
        (_START if (head := p[0]) < _WORD_LIMIT and head.isalnum() else 0)
        | (_END if (tail := p[-1]) < _WORD_LIMIT and tail.isalnum() else 0)
        for p in patterns[:terms_end]
    ]
    for entry in catalog.cased:
        flags[pid_of[entry]] |= _CHECK
    # Plain plural endings, for patterns of English terms themselves (not of their forms).
    english = [
        pid
        for pid in range(terms_end)
        if flags[pid] & _END and (bits := bits_of[first[pid]]) & _EN and not bits & _VARIANT
    ]
    for pid in english:
        entries = more.get(pid)
        if entries is None or all(bits_of[e] & _EN for e in entries):
            pattern = patterns[pid]
            if pattern[-1] not in _PLURAL_ENDINGS:  # most words: just -s
                flags[pid] |= _PLURAL_S
                continue
            for ending in plural_suffixes(pattern):
                flags[pid] |= _PLURAL_FLAGS[ending]
    extra = len(patterns) - len(flags)  # the trigger patterns: no entries, no checks
    for table in (zh, en, every):
        table.extend([_TRIGGERED] * extra)
    flags.extend([_TRIGGER] * extra)
    return _Index(automaton, catalog, {"zh": zh, "en": en, None: every}, flags)


def _prune(catalog: _Catalog, entries: list[int]) -> tuple[int, ...]:
    """A pattern's entries in rank order, keeping per concept only those that can still
    win: after a case-insensitive entry, the concept always matches at that span."""
    settled: set[int] = set()
    kept: list[int] = []
    for entry in sorted(entries, key=catalog.rank):
        slot = catalog.slot[entry]
        if slot in settled:
            continue
        kept.append(entry)
        if not catalog.bits[entry] & _CASE:
            settled.add(slot)
    return tuple(kept)


def _passing(catalog: _Catalog, entries: Sequence[int], piece: str) -> list[int]:
    """Entries whose case-sensitive form is really there; the first per concept."""
    seen: set[int] = set()
    kept: list[int] = []
    for entry in entries:
        slot = catalog.slot[entry]
        if slot in seen or (catalog.bits[entry] & _CASE and catalog.cased[entry] != piece):
            continue
        seen.add(slot)
        kept.append(entry)
    return kept


# --------------------------------------------------------------------------- matching


def _candidates(index: _Index, lang: str | None, folded: str, source_bit: int) -> list[int]:
    """Every occurrence of a pattern with entries for ``lang`` (or a trigger), as ints,
    without those that break an English word boundary. Checked here, inside the
    comprehension, so a rejected occurrence costs no int, sort or selection step; an
    English term followed by a plain plural ending is re-made with the ending."""
    if index.automaton is None:
        return []
    table, flags = index.tables[lang], index.flags
    last = len(folded) - 1
    limit = _WORD_LIMIT
    plurals: list[int] = []
    candidates = [
        (start << _START_SHIFT) | ((_MAX_LEN - end + start) << _LEN_SHIFT) | source_bit | pid
        for pid, start, end in index.automaton.find_matches_as_indexes(folded, overlapping=True)
        if table[pid]
        and not (
            (flag := flags[pid]) & _START
            and start
            and (char := folded[start - 1]) != " "  # the usual case, and the cheapest test
            and char < limit
            and char.isalnum()
        )
        and not (
            flag & _END
            and end <= last
            and (char := folded[end]) != " "
            and char < limit
            and char.isalnum()
            and (not flag & _PLURAL or _plural(plurals, folded, pid, start, end, flag) or True)
        )
    ]
    if plurals:
        candidates += [candidate | source_bit for candidate in plurals]
    return candidates


def _plural(out: list[int], folded: str, pid: int, start: int, end: int, flag: int) -> None:
    """Add the occurrence with the plural ending that follows it, if one does."""
    for ending, bit in (("s", _PLURAL_S), ("es", _PLURAL_ES)):
        stop = end + len(ending)
        if flag & bit and folded.startswith(ending, end):
            after = folded[stop : stop + 1]
            if not (after and after < _WORD_LIMIT and after.isalnum()):
                length = stop - start
                out.append(
                    (start << _START_SHIFT)
                    | ((_MAX_LEN - length) << _LEN_SHIFT)
                    | (len(ending) << _SUFFIX_SHIFT)
                    | pid
                )


def _select(
    candidates: list[int],
    state: _State,
    lang: str | None,
    cased: str,
    source: str,
    offset: int,
    triggers: list[int] | None = None,
) -> list[TermHit]:
    """Check the candidates in start order and pick leftmost-longest winners; the rest
    are overlapped hits. Where a trigger shows that the text needs the full normalisation,
    its position goes to ``triggers`` (when given)."""
    candidates.sort()
    main, delta, tombstones = state.main, state.delta, state.tombstones
    parts = [(main.tables[lang], main.checks, main.catalog)]
    if delta is not None:
        parts.append((delta.tables[lang], delta.checks, delta.catalog))
    table, flags, catalog = parts[0]
    hits: list[TermHit] = []
    append = hits.append
    win_start = win_end = prev_start = prev_end = -1
    win_catalog, win_entries = catalog, _NONE  # the latest winner (most spans have one)
    winners: list[tuple[_Catalog, Sequence[int]]] | None = None  # all hits at its span
    span: list[tuple[_Catalog, Sequence[int]]] | None = None  # hits at (prev_start, prev_end)
    shown: set[int] | None = None  # concepts the winner shows
    resort = False
    # The hot loop of the matcher: keep the common path (one entry, no checks) short.
    for candidate in candidates:
        pid = candidate & _PID_MASK
        if delta is not None:
            table, flags, catalog = parts[1 if candidate & _DELTA else 0]
        entries: Sequence[int] = table[pid]
        start = candidate >> _START_SHIFT
        end = start + _MAX_LEN - ((candidate >> _LEN_SHIFT) & _MAX_LEN)
        flag = flags[pid]
        if flag:
            if flag & _TRIGGER:
                if triggers is not None:
                    triggers.append(start)
                continue
            term_end = end - ((candidate >> _SUFFIX_SHIFT) & 3)  # without a plural ending
            entries = _passing(catalog, entries, cased[start:term_end])
            if not entries:
                continue
        if tombstones and not candidate & _DELTA:
            entries = [e for e in entries if catalog.ekey[e] not in tombstones]
            if not entries:
                continue
        if start == prev_start and end == prev_end:
            # Another pattern at the same span (the delta automaton, a plural ending next
            # to a plural term): one hit per concept, and the span re-sorted by rank.
            if span is None:
                span = winners = [(win_catalog, win_entries)]
            made = {c.ekey[e] for c, es in span for e in es}
            entries = [e for e in entries if catalog.ekey[e] not in made]
            if not entries:
                continue
            resort = True
        elif start >= win_end:  # a new winner
            prev_start = win_start = start
            prev_end = win_end = end
            win_catalog, win_entries = catalog, entries
            span = winners = shown = None
            start += offset
            end += offset
            for entry in entries:
                append(TermHit(start, end, False, catalog, entry, source))
            continue
        else:
            prev_start, prev_end = start, end
            span = []
        overlapped = start != win_start or end != win_end
        if overlapped and end <= win_end:  # inside the winner: drop concepts it shows
            if shown is None:
                shown = {win_catalog.ekey[e] for e in win_entries}
                shown.update(c.ekey[e] for c, es in winners or () for e in es)
            ekey = catalog.ekey
            if len(entries) == 1:
                if ekey[entries[0]] in shown:
                    continue
            else:
                entries = [e for e in entries if ekey[e] not in shown]
                if not entries:
                    continue
        span.append((catalog, entries))
        if not overlapped:
            shown = None  # the winner's span grew
        start += offset
        end += offset
        for entry in entries:
            append(TermHit(start, end, overlapped, catalog, entry, source))
    if resort:
        hits.sort(key=_hit_order)
    return hits


def _hit_order(hit: TermHit) -> tuple[Any, ...]:
    return (hit.start, -hit.end, hit._catalog.rank(hit._entry))


def _pieces(text: str) -> Iterator[int]:
    """Offsets where blocks of whole lines of about ``_CHUNK`` characters start."""
    start = 0
    while start < len(text):
        yield start
        cut = text.find("\n", start + _CHUNK)
        if cut < 0:
            return
        start = cut + 1


@dataclass(frozen=True)
class _State:
    main: _Index
    delta: _Index | None
    tombstones: frozenset[int]  # concept keys whose main-automaton entries are stale
    concepts: dict[int, ConceptData]  # every live concept by key (for a rebuild)
    delta_keys: frozenset[int]
    priorities: dict[int, int]


class TermMatcher:
    """Matches the terms of a set of concepts in text. Build with ``TermMatcher.build``."""

    #: The delta folds into a full rebuild past max(REBUILD_MIN, REBUILD_SHARE × size).
    REBUILD_MIN = 500
    REBUILD_SHARE = 0.02

    def __init__(self, state: _State) -> None:
        self._state = state
        self._lock = threading.Lock()  # serialises writers; readers take one snapshot
        self.rebuilds = 0  # full rebuilds done by ``update`` (for tests and diagnostics)
        self.generation = 0  # bumped by every update (``update`` keeps the object)

    # ------------------------------------------------------------------ building

    @classmethod
    def build(
        cls,
        concepts: Iterable[ConceptData],
        *,
        termbase_priority: dict[int, int] | None = None,
    ) -> TermMatcher:
        """Index ``concepts``. ``termbase_priority`` maps a term base id to its priority
        (lower first); concepts of unknown term bases rank after all known ones."""
        keyed: dict[int, ConceptData] = {}
        synthetic = 0
        for concept in concepts:
            if concept.id is None:  # not from the store: a key of its own, below every id
                synthetic -= 1
                keyed[synthetic] = concept
            else:
                keyed[concept.id] = concept
        return cls(_full_state(keyed, dict(termbase_priority or {})))

    def update(
        self,
        concepts_changed: Iterable[ConceptData],
        removed_concept_ids: Iterable[int] = (),
    ) -> None:
        """Apply added or edited concepts and removed ones without a full rebuild."""
        with self._lock:
            self._state, rebuilt = _updated_state(
                self._state, concepts_changed, removed_concept_ids, self._rebuild_above
            )
            self.generation += 1
            self.rebuilds += rebuilt

    def updated(
        self,
        concepts_changed: Iterable[ConceptData],
        removed_concept_ids: Iterable[int] = (),
    ) -> TermMatcher:
        """A new matcher with the changes applied; this one stays as it was (a view that
        cached hits sees by identity that something changed)."""
        with self._lock:
            state, rebuilt = _updated_state(
                self._state, concepts_changed, removed_concept_ids, self._rebuild_above
            )
        matcher = TermMatcher(state)
        matcher.REBUILD_MIN, matcher.REBUILD_SHARE = self.REBUILD_MIN, self.REBUILD_SHARE
        matcher.generation = self.generation + 1
        matcher.rebuilds = self.rebuilds + rebuilt
        return matcher

    def _rebuild_above(self, concepts: int) -> float:
        return max(self.REBUILD_MIN, self.REBUILD_SHARE * concepts)

    # ------------------------------------------------------------------ matching

    def match(self, text: str, lang: str | None = None) -> list[TermHit]:
        """Every hit of a term of ``lang`` (zh, zh-Hans, zh-Hant, en, en-US…; None: any
        language) in ``text``, ordered by start, longer first, then term-base priority."""
        key = _lang_key(lang)
        if not text or key not in ("zh", "en", None):
            return []
        state = self._state
        if len(text) <= _CHUNK:
            return _match_piece(state, key, text, text, 0)
        hits: list[TermHit] = []
        starts = list(_pieces(text))
        for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
            hits += _match_piece(state, key, text[start:end], text, start)
        return hits

    # ------------------------------------------------------------------ facts

    @property
    def size(self) -> int:
        """Concepts indexed."""
        return len(self._state.concepts)

    @property
    def delta_size(self) -> int:
        """Concepts in the delta automaton (0 right after a build)."""
        return len(self._state.delta_keys)

    @property
    def pattern_count(self) -> int:
        """Patterns in the main automaton (terms, their forms and the triggers)."""
        return len(self._state.main.flags)

    def terms_in(self, lang: str) -> Iterator[str]:
        """Every usable (not deprecated) term of ``lang`` the matcher holds."""
        for concept in self._state.concepts.values():
            for term in concept.terms_in(lang):
                if term.status is not TermStatus.DEPRECATED:
                    yield term.text

    def concept(self, concept_id: int) -> ConceptData | None:
        return self._state.concepts.get(concept_id)

    def concept_ids(self) -> set[int]:
        return {key for key in self._state.concepts if key > 0}


def _match_piece(
    state: _State, lang: str | None, piece: str, source: str, offset: int
) -> list[TermHit]:
    """Match one block of lines, lower-cased only; lines in which a trigger showed up
    (traditional or full-width characters) are normalised and matched again."""
    folded = fold_case(piece)
    triggers: list[int] = []
    hits = _select(_scan(state, lang, folded), state, lang, piece, source, offset, triggers)
    if triggers:
        hits = _redo_lines(state, lang, piece, source, offset, hits, triggers)
    return hits


def _scan(state: _State, lang: str | None, folded: str) -> list[int]:
    candidates = _candidates(state.main, lang, folded, 0)
    if state.delta is not None:
        candidates += _candidates(state.delta, lang, folded, _DELTA)
    return candidates


def _redo_lines(
    state: _State,
    lang: str | None,
    piece: str,
    source: str,
    offset: int,
    hits: list[TermHit],
    triggers: list[int],
) -> list[TermHit]:
    """Replace the hits of the lines holding triggers by those of the normalised lines.
    A term never spans a line break, so the other lines' hits stand as they are."""
    lines = sorted({(piece.rfind("\n", 0, at) + 1, _line_end(piece, at)) for at in triggers})
    merged: list[TermHit] = []
    index = 0
    for line_start, line_end in lines:
        while index < len(hits) and hits[index].start - offset < line_start:
            merged.append(hits[index])
            index += 1
        while index < len(hits) and hits[index].start - offset < line_end:
            index += 1  # found in the unnormalised line: stale
        normal = normalize_text(piece[line_start:line_end])
        merged += _select(
            _scan(state, lang, normal.folded),
            state,
            lang,
            normal.cased,
            source,
            offset + line_start,
        )
    merged += hits[index:]
    return merged


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _updated_state(
    state: _State,
    concepts_changed: Iterable[ConceptData],
    removed_concept_ids: Iterable[int],
    rebuild_above: Any,
) -> tuple[_State, int]:
    """The state after a change, and 1 if it took a full rebuild (the delta grew past
    ``rebuild_above(size)`` concepts), else 0."""
    concepts = dict(state.concepts)
    delta_keys = set(state.delta_keys)
    tombstones = set(state.tombstones)
    for concept in concepts_changed:
        if concept.id is None:
            raise ValueError("Incremental updates need concepts with ids (from the store)")
        concepts[concept.id] = concept
        delta_keys.add(concept.id)
        if concept.id in state.main.keys:
            tombstones.add(concept.id)
    for concept_id in removed_concept_ids:
        concepts.pop(concept_id, None)
        delta_keys.discard(concept_id)
        if concept_id in state.main.keys:
            tombstones.add(concept_id)
    if len(delta_keys) > rebuild_above(len(concepts)):
        return _full_state(concepts, state.priorities), 1
    delta = [
        (key, concepts[key], _priority(concepts[key], state.priorities))
        for key in sorted(delta_keys)
    ]
    new = _State(
        main=state.main,
        delta=_build_index(delta, triggers=False) if delta else None,
        tombstones=frozenset(tombstones),
        concepts=concepts,
        delta_keys=frozenset(delta_keys),
        priorities=state.priorities,
    )
    return new, 0


def _priority(concept: ConceptData, priorities: dict[int, int]) -> int:
    """Its term base's priority; after every known term base when unknown."""
    priority = priorities.get(concept.termbase_id) if concept.termbase_id is not None else None
    return priority if priority is not None else _UNKNOWN_PRIORITY


def _full_state(concepts: dict[int, ConceptData], priorities: dict[int, int]) -> _State:
    with collector_paused():
        unknown = _UNKNOWN_PRIORITY
        triples = [
            (key, data, priorities.get(data.termbase_id, unknown))  # type: ignore[arg-type]
            for key, data in concepts.items()
        ]
        main = _build_index(triples, triggers=True)
    return _State(
        main=main,
        delta=None,
        tombstones=frozenset(),
        concepts=concepts,
        delta_keys=frozenset(),
        priorities=priorities,
    )


# --------------------------------------------------------------------------- workspace


@dataclass
class _Cached:
    version: int
    matcher: TermMatcher


_CACHE: WeakKeyDictionary[Any, _Cached] = WeakKeyDictionary()
_CACHE_LOCK = threading.Lock()


def matcher_for_workspace(session: Session) -> TermMatcher:
    """The matcher for every term base of the session's workspace, kept per database and
    refreshed when the term bases' change counter moved: incrementally from the revisions
    written since, or rebuilt after a priority change or a deleted term base. After a
    change it is a new object; while nothing changes, the same one."""
    from workbench.termbase import store  # the store imports the models; keep this core light

    engine = session.get_bind()
    version = store.termbase_version(session)
    with _CACHE_LOCK:
        cached = _CACHE.get(engine)
        if cached is not None and cached.version == version:
            return cached.matcher
        if cached is not None and cached.version < version:
            changes = store.changes_since(session, cached.version, limit=TermMatcher.REBUILD_MIN)
            if not changes.rebuild:
                changed = store.load_concepts(session, concept_ids=changes.concept_ids)
                removed = set(changes.concept_ids) - {c.id for c in changed if c.id is not None}
                # A new object (sharing the big automaton): views compare by identity.
                cached.matcher = cached.matcher.updated(changed, removed)
                cached.version = version
                return cached.matcher
        matcher = TermMatcher.build(
            store.load_concepts(session), termbase_priority=store.termbase_priorities(session)
        )
        _CACHE[engine] = _Cached(version, matcher)
        return matcher


def forget_workspace_matchers() -> None:
    """Drop every cached matcher (tests; after restoring a workspace from a backup)."""
    with _CACHE_LOCK:
        _CACHE.clear()
