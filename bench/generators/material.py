"""Sentence material for the generators: our templates plus the shared corpus, read at run time.

From ``../shared/corpus`` we take:

* **bilingual units** from files whose lines alternate English/Chinese (the WhereZhengzhou
  review): a paragraph pair whose two sides split into the same number of sentences gives
  that many one-sentence units, otherwise the whole paragraph pair is one multi-sentence unit
  (the aligner then meets the real 2-1/3-1 shapes of that text);
* **Chinese sentences** from the Chinese lines of every file (for the monolingual DOCX).

Numbers that occur on both sides of a unit are varied consistently, so repeated corpus
sentences are not byte-identical and both sides keep agreeing. Without the corpus folder the
generators fall back to the templates alone (and the cache key says so).
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass
from pathlib import Path

from bench.generators import seeds

_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGITS = re.compile(r"\d+")
_LEAD = re.compile(r"^[^\u3400-\u9fff“《（(]+")
# English sentence ends: . ! ? (optionally a closing quote) before space + capital/quote/digit.
_EN_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[“\"‘A-Z0-9])")
# Chinese sentences: up to and including 。！？ and any closing quotes after them.
_ZH_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[”」』’\"]*|[^。！？!?]+$")


@dataclass(frozen=True)
class Unit:
    """Aligned material: English and Chinese text covering the same ``sentences``."""

    en: str
    zh: str
    sentences: int
    from_template: bool


def _is_zh(line: str) -> bool:
    return len(_HAN.findall(line)) >= len(_LATIN.findall(line)) / 4 and bool(_HAN.search(line))


def split_en(text: str) -> list[str]:
    return [part.strip() for part in _EN_BREAK.split(text) if part.strip()]


def split_zh(text: str) -> list[str]:
    return [part.strip() for part in _ZH_SENTENCE.findall(text) if part.strip()]


def _mostly_chinese(sentence: str) -> bool:
    text = re.sub(r"\s", "", sentence)
    return len(text) >= 10 and len(_HAN.findall(text)) >= 0.6 * len(text)


def read_corpus(folder: Path) -> tuple[list[Unit], list[str]]:
    """(bilingual units, Chinese sentences) from every ``*.txt`` in ``folder``."""
    units: list[Unit] = []
    chinese: list[str] = []
    if not folder.is_dir():
        return units, chinese
    for file in sorted(folder.glob("*.txt")):
        lines = [line.strip() for line in file.read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if line]
        kinds = [_is_zh(line) for line in lines]
        # Every line may hold Chinese (the PDF extract runs both languages together): keep
        # each sentence from its first Han character or opening quote on.
        chinese += [_LEAD.sub("", s) for line in lines if _HAN.search(line) for s in split_zh(line)]
        switches = sum(a != b for a, b in itertools.pairwise(kinds))
        if len(lines) < 4 or switches < 0.8 * (len(lines) - 1):
            continue  # not an alternating bilingual file
        for index in range(len(lines) - 1):
            if kinds[index] or not kinds[index + 1]:
                continue  # pairs are English line -> its Chinese line
            en, zh = split_en(lines[index]), split_zh(lines[index + 1])
            if len(en) == len(zh):
                units += [Unit(e, z, 1, False) for e, z in zip(en, zh, strict=True)]
            else:
                units.append(Unit(" ".join(en), "".join(zh), max(len(en), len(zh)), False))
    return units, [s for s in chinese if _mostly_chinese(s)]


class Material:
    """Random sentences and units, all drawn from one seeded ``random.Random``."""

    def __init__(self, rng: random.Random, corpus: Path | None) -> None:
        self.rng = rng
        self.corpus_units, self.corpus_chinese = read_corpus(corpus) if corpus else ([], [])

    # ---- slots

    def _values(self) -> tuple[dict[str, str], dict[str, str]]:
        rng = self.rng
        (city_en, city_zh), (city2_en, city2_zh) = rng.sample(seeds.CITIES, 2)
        person_en, person_zh = rng.choice(seeds.PEOPLE)
        month = rng.randrange(12)
        shared = {
            "year": str(rng.randint(2015, 2026)),
            "n": f"{rng.randint(1_000, 990_000):,}",
            "m": str(rng.randint(12, 980)),
            "k": str(rng.randint(2, 30)),
            "pct": f"{rng.randint(3, 95)}.{rng.randint(0, 9)}",
            "day": str(rng.randint(1, 28)),
            "km": str(rng.randint(3, 60)),
        }
        en = {**shared, "city": city_en, "city2": city2_en, "person": person_en}
        en["month_en"] = seeds.MONTHS[month]
        # Chinese writes 12,345 without the comma as often as with; drop it here.
        zh = {**shared, "n": shared["n"].replace(",", ""), "city": city_zh, "city2": city2_zh}
        zh.update(person=person_zh, month=str(month + 1))
        return en, zh

    def _vary_numbers(self, en: str, zh: str) -> tuple[str, str]:
        for number in sorted(set(_DIGITS.findall(en)) & set(_DIGITS.findall(zh)), key=len):
            if self.rng.random() < 0.5:
                continue
            first = "123456789"[self.rng.randrange(9)]
            rest = "".join(self.rng.choice("0123456789") for _ in range(len(number) - 1))
            pattern = re.compile(rf"(?<!\d){number}(?!\d)")
            en, zh = pattern.sub(first + rest, en), pattern.sub(first + rest, zh)
        return en, zh

    # ---- drawing

    def template_unit(self) -> Unit:
        en_t, zh_t = self.rng.choice(seeds.PAIRS)
        en, zh = self._values()
        return Unit(en_t.format(**en), zh_t.format(**zh), 1, True)

    def unit(self, corpus_share: float = 0.3) -> Unit:
        if self.corpus_units and self.rng.random() < corpus_share:
            unit = self.rng.choice(self.corpus_units)
            en, zh = self._vary_numbers(unit.en, unit.zh)
            return Unit(en, zh, unit.sentences, False)
        return self.template_unit()

    def zh_sentence(self, corpus_share: float = 0.3) -> str:
        if self.corpus_chinese and self.rng.random() < corpus_share:
            sentence = self.rng.choice(self.corpus_chinese)
            return self._vary_numbers(sentence, sentence)[1]
        return self.template_unit().zh

    def title(self) -> tuple[str, str]:
        en_t, zh_t = self.rng.choice(seeds.TITLES)
        en, zh = self._values()
        return en_t.format(**en), zh_t.format(**zh)

    def caption(self) -> str:
        _, zh = self._values()
        return self.rng.choice(seeds.CAPTIONS).format(**zh)
