"""Number mentions in Chinese and English text, read as values so they can be compared across
languages: 500万 and "5 million", 第十三届 and "13th", 百分之三十 and "30 percent", 5月 and May.

The reader favours precision over recall: a number check that cries wolf is switched off.
So idioms and place names that contain numeral characters (一些, 四川, 五花八门) are not
numbers, a lone 一/两/三… counts only before a measure word, and mentions that stand for
"one" in loose ways (一, "one", "first", "a hundred") or are vague (上百, "hundreds") are
``optional``: they pair with a counterpart when there is one but are never required.

Offsets are Python str offsets into the text passed in (full-width digits are mapped to ASCII
one for one, so offsets do not move).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

__all__ = ["NumberMention", "extract_numbers", "format_value", "pair_numbers"]


class NumberMention(NamedTuple):  # a tuple: made ~160,000 times on a 50,000-unit file
    start: int
    end: int
    value: Decimal
    kind: str  # cardinal, percent, points, permille, ordinal, fraction, year, month, day, decade
    text: str
    approx: bool = False  # 约/余/多… or about/over/nearly…
    optional: bool = False  # may lack a counterpart (一, "one", "first", vague amounts)
    alts: tuple[Decimal, ...] = ()  # other values it may stand for (90年代 ↔ 1990s, 三成 ↔ 3)

    def readings(self) -> tuple[Decimal, ...]:
        """The value and the other values it may stand for."""
        return (self.value, *self.alts)


# Full-width digits and signs to ASCII, one character for one: offsets stay valid.
_WIDTH = str.maketrans("０１２３４５６７８９％．＋", "0123456789%.+")
_FULL_WIDTH = re.compile("[０-９％．＋]")

_ZERO = Decimal(0)
_ONE = Decimal(1)

# ---------------------------------------------------------------------------------------------
# Chinese
# ---------------------------------------------------------------------------------------------

_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_CN_DIGIT.update({"五": 5, "六": 6, "七": 7, "八": 8, "九": 9})
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10**4, "亿": 10**8}

# A Chinese numeral starts with a digit or 十: a bare 百/千/万 (百姓, 千里, 万水千山) is a word.
_CNNUM = (
    "[〇零一二两三四五六七八九十][〇零一二两三四五六七八九十百千万亿]*"
    "(?:点[〇零一二三四五六七八九]+[万亿]*)?"  # 三点五万
)
# Western grouping in Chinese text is strict: an ASCII comma is also the clause separator here.
_ZH_ARAB = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
# 千米/千克/千瓦 are units (km, kg, kW), not "thousand".
_ZH_MULT = r"(?:[百千](?![米克瓦])(?:万亿|万|亿)?|万亿|万|亿)"

# Words that contain numerals but are not numbers (idioms, places, products). Lone digits
# before a non-measure character (四川, 三亚, 一些) are already dropped by the measure rule.
_ZH_STOP = (
    r"十分(?!钟)|十足|十全十美|十字|十三陵|十一(?=黄金周|假期|长假)|双十一|双11"
    r"|十[二三四五]五|九九重阳|一五一十|三三两两|三五成群|三番五次|五花八门|四面八方"
    r"|三门峡|七台河|五台山|二氧化[碳硫氮]|二手|二维码|三明治|三文鱼|一带一路|之一"
    r"|1\s*\+\s*1\s*(?:大于|>|＞)\s*2"
)

_ZH_RE = re.compile(
    rf"(?P<stop>{_ZH_STOP})"
    rf"|(?P<dec>(?P<cent>\d+|{_CNNUM})世纪(?P<decn>\d+|{_CNNUM})年代)"
    rf"|(?P<pct>[百千]分之)(?P<pnum>{_ZH_ARAB}|{_CNNUM})"
    rf"|(?P<fden>\d+|{_CNNUM})分之(?P<fnum>\d+|{_CNNUM})"
    rf"|第(?P<onum>{_ZH_ARAB}|{_CNNUM})"
    r"|(?P<first>首)(?=[届次个批家位款])"
    r"|(?P<vague>[上数几近逾][十百千万亿]+|[十百千万亿]+[余多来])"
    rf"|(?P<arab>{_ZH_ARAB})(?P<amod>[余多])?(?P<amul>{_ZH_MULT})?(?P<amod2>[余多])?"
    r"(?P<asuf>\s*[%‰]|个?百分点)?"
    rf"|(?P<cn>{_CNNUM})(?P<cmod>[余多几来])?(?P<csuf>个?百分点)?"
)

# What may follow a lone 一/二/三… for it to count: measure words and units.
_MEASURE = frozenset(
    "个位名项次年月日天种条件家座所场届期批部本张台辆架艘只头匹棵朵份篇首句段章节层楼间"
    "套支把道排行列队岁周时分秒元块角米吨斤克亩倍类款轮例人点成大封"
)
_MEASURE2 = frozenset({"小时", "公里", "公顷", "平方", "立方", "千米", "千克", "万", "亿"})
# Approximation words just before a number (str.endswith on a tuple is cheaper than a regex).
_ZH_APPROX_BEFORE = ("约", "近", "超过", "超", "逾", "多达", "不到", "不足", "至少", "上")


def _cn_int(s: str) -> int | None:
    """The value of a Chinese integer numeral; None when it is not well formed (十三五)."""
    if not any(ch in _CN_SMALL or ch in _CN_BIG for ch in s):
        # Digit by digit: 二〇二四. The caller decides whether that reading applies.
        return int("".join(str(_CN_DIGIT[ch]) for ch in s))
    for big in ("亿", "万"):  # split at the largest unit: 三亿五千万 = 三·10^8 + 五千万
        if big in s:
            head, _, tail = s.partition(big)
            head_value = _cn_int(head) if head else 1
            tail_value = _cn_int(tail) if tail else 0
            if head_value is None or tail_value is None:
                return None
            return head_value * _CN_BIG[big] + tail_value
    total, number, pending = 0, 0, False
    for ch in s:
        if ch in "〇零":  # 一百零五: the zero only marks a gap
            number, pending = 0, False
        elif ch in _CN_DIGIT:
            if pending:  # two digits in a row without a unit: 十三五
                return None
            number, pending = _CN_DIGIT[ch], True
        else:
            total += (number if pending else 1) * _CN_SMALL[ch]
            number, pending = 0, False
    return total + (number if pending else 0)


def _cn_value(s: str) -> Decimal | None:
    """A Chinese numeral with an optional 点 fraction and trailing 万/亿: 三点五万."""
    if "点" not in s:
        value = _cn_int(s)
        return None if value is None else Decimal(value)
    head, _, rest = s.partition("点")
    digits = rest.rstrip("万亿")
    whole = _cn_int(head)
    if whole is None:
        return None
    value = Decimal(f"{whole}.{''.join(str(_CN_DIGIT[ch]) for ch in digits)}")
    for ch in rest[len(digits) :]:
        value *= _CN_BIG[ch]
    return value


def _zh_number(s: str) -> Decimal | None:
    """Arabic (with grouping) or Chinese numeral."""
    if s[0].isdigit():
        return Decimal(s.replace(",", ""))
    return _cn_value(s)


def _zh_kind(value: Decimal, next_char: str) -> str:
    if not next_char:
        return "cardinal"
    if next_char == "年":
        return "year" if 1000 <= value <= 2999 else "cardinal"
    if next_char == "月" and 1 <= value <= 12:
        return "month"
    if next_char in "日号" and 1 <= value <= 31:
        return "day"
    return "cardinal"


# Every alternative of ``_ZH_RE`` starts with one of these. Python's regex engine skips
# ahead fast only for a pattern that starts with a plain character class, so the text is
# scanned with this one and ``_ZH_RE`` is tried only where it may match: half the time of
# ``finditer``, with the same matches.
_ZH_START = re.compile(r"[\d〇零一二两三四五六七八九十百千万亿双之第首上数几近逾]")


def _zh_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_ZH_RE.finditer(text)`` gives."""
    find, match = _ZH_START.search, _ZH_RE.match
    pos = 0
    while (start := find(text, pos)) is not None:
        at = start.start()
        found = match(text, at)
        if found is None:
            pos = at + 1
            continue
        yield found
        pos = found.end() if found.end() > at else at + 1


def _extract_zh(text: str) -> list[NumberMention]:
    out: list[NumberMention] = []
    for m in _zh_matches(text):
        if m["stop"] is not None:
            continue
        start, end = m.span()
        raw = m.group()
        approx = text.endswith(_ZH_APPROX_BEFORE, max(0, start - 2), start)
        if m["arab"] is not None:
            value = Decimal(m["arab"].replace(",", ""))
            if m["amul"]:
                for ch in m["amul"]:
                    value *= _CN_SMALL[ch] if ch in _CN_SMALL else _CN_BIG[ch]
            suffix = (m["asuf"] or "").strip()
            kind = (
                "percent"
                if suffix == "%"
                else "permille"
                if suffix == "‰"
                else "points"
                if suffix
                else _zh_kind(value, text[end : end + 1])
            )
            approx = approx or bool(m["amod"] or m["amod2"])
            out.append(NumberMention(start, end, value, kind, raw, approx))
        elif m["cn"] is not None:
            mention = _zh_cn_mention(text, m, approx)
            if mention is not None:
                out.append(mention)
        elif m["onum"] is not None:
            value = _zh_number(m["onum"])
            if value is not None:
                # 第一 stands with "first", which English also uses as an adverb.
                out.append(NumberMention(start, end, value, "ordinal", raw, optional=value == 1))
        elif m["first"] is not None:
            out.append(NumberMention(start, end, _ONE, "ordinal", raw, optional=True))
        elif m["pct"] is not None:
            value = _zh_number(m["pnum"])
            if value is not None:
                kind = "percent" if m["pct"][0] == "百" else "permille"
                out.append(NumberMention(start, end, value, kind, raw, approx))
        elif m["fden"] is not None:
            den, num = _zh_number(m["fden"]), _zh_number(m["fnum"])
            if den and num is not None:
                out.append(NumberMention(start, end, num / den, "fraction", raw, approx))
        elif m["vague"] is not None:
            value = _ONE
            for ch in m["vague"]:
                value *= _CN_SMALL.get(ch) or _CN_BIG.get(ch) or 1
            out.append(NumberMention(start, end, value, "cardinal", raw, True, optional=True))
        elif m["dec"] is not None:
            century, decade = _zh_number(m["cent"]), _zh_number(m["decn"])
            if century is not None and decade is not None:
                year = (century - 1) * 100 + decade
                out.append(NumberMention(start, end, year, "decade", raw, alts=(decade,)))
    return out


def _zh_cn_mention(text: str, m: re.Match[str], approx: bool) -> NumberMention | None:
    """A Chinese-numeral match, or None when it is not a number worth comparing."""
    start, end = m.span()
    num = m["cn"]
    next_char = text[end : end + 1]
    if m["csuf"]:
        value = _cn_value(num)
        if value is None:
            return None
        return NumberMention(start, end, value, "points", m.group(), approx)
    multi = any(ch in _CN_SMALL or ch in _CN_BIG or ch == "点" for ch in num)
    if not multi and len(num) > 1:
        # 二〇二四年 / 一九九七年 are years; 三四 and 七八 ("three or four") are vague.
        if "〇" in num or "零" in num or next_char == "年":
            value = Decimal(_cn_int(num) or 0)
            return NumberMention(start, end, value, _zh_kind(value, next_char), m.group())
        return NumberMention(start, end, _ONE, "cardinal", m.group(), True, optional=True)
    value = _cn_value(num)
    if value is None:  # malformed: 十三五-style names
        return None
    if m["cmod"] == "几":  # 十几, 二十几: vague
        return NumberMention(start, end, value, "cardinal", m.group(), True, optional=True)
    approx = approx or m["cmod"] is not None
    if len(num) == 1 and not m["cmod"]:
        # A lone numeral counts only before a measure word: 三个, 两万, 五年 — not 四川, 一些.
        if num == "一" and next_char == "个":
            return None
        if next_char not in _MEASURE and text[end : end + 2] not in _MEASURE2:
            return None
        if next_char == "成" and num != "一":  # 三成 = 30%
            return NumberMention(start, end + 1, value * 10, "percent", num + "成", alts=(value,))
    return NumberMention(
        start,
        end,
        value,
        _zh_kind(value, next_char),
        m.group(),
        approx,
        optional=value == 1 and len(num) == 1,  # 一 is often "a" or nothing in English
    )


# ---------------------------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_UNITS = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_TENS = _words("twenty thirty forty fifty sixty seventy eighty ninety")
_WORD_VALUE: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
_WORD_VALUE.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
_SCALE = {
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "dozen": 12,
    "bn": 10**9,
    "mn": 10**6,
}
_ORD_UNITS = _words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
_ORD_VALUE: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORD_UNITS)}
_ORD_VALUE.update({w[:-1] + "ieth": 20 + 10 * i for i, w in enumerate(_TENS)})
_ORD_VALUE.update({"hundredth": 100, "thousandth": 1000})
_DENOM = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "tenth": 10}
_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        (
            "January Jan",
            "February Feb",
            "March Mar",
            "April Apr",
            "May",
            "June Jun",
            "July Jul",
            "August Aug",
            "September Sept Sep",
            "October Oct",
            "November Nov",
            "December Dec",
        )
    )
    for name in names.split()
}

_W = "|".join(
    sorted(
        [*_WORD_VALUE, "hundred", "thousand", "million", "billion", "trillion"],
        key=len,
        reverse=True,
    )
)
_W = rf"(?:{_W})"
_ORD_W = "|".join(sorted(_ORD_VALUE, key=len, reverse=True))
_TENS_W = "|".join(_TENS)
_MONTH_W = "|".join(sorted((m for m in _MONTHS if m != "May"), key=len, reverse=True))
_EN_STOP = r"COVID-19|2019-nCoV|1\s*\+\s*1\s*>\s*2|(?i:double\s+(?:11|eleven))"
_PCT = r"(?P<{0}>\s*(?:%|‰|(?i:percentage\s+points?|percent|per\s+cent|pct)\b))?"

_EN_NUM = (
    # Loose grouping: "2910,000" and "79,71600 million" are misgrouped but still one number.
    r"(?P<num>(?<![\d.])\d+(?:,\d{3,})*(?:\.\d+)?)"
    r"(?P<nsuf>(?:st|nd|rd|th)\b|s\b)?"
    r"(?P<nscale>\s*(?:bn|mn)\b|\s+(?i:hundred|thousand|million|billion|trillion)\b"
    r"(?:\s+(?i:thousand|million|billion)\b)?)?"
)
_EN_WORD = (
    rf"(?P<word>(?i:\b(?:a\s+(?=hundred|thousand|million|billion|trillion|dozen))?{_W}"
    rf"(?:(?:\s+|-)(?:{_W}|dozen)|(?<=hundred)\s+and\s+{_W}|(?<=thousand)\s+and\s+{_W})*\b"
    r"|\ba\s+dozen\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+dozen\b))"
)


def _en_pattern(words: bool, stops: bool = True) -> re.Pattern[str]:
    """The English pattern; without ``words`` the word alternatives never match (same groups,
    far fewer branches tried at each word start); without ``words`` and ``stops`` neither
    do the stop phrases."""
    frac = (
        r"(?i:\b(?P<fnum>a|one|two|three|four|five|six|seven|eight|nine)[\s-]"
        r"(?P<fden>halves|half|(?:third|quarter|fourth|fifth|tenth)s"
        r"|(?:third|quarter|fourth|fifth|tenth)(?=\s+of\b))\b)"
    )
    ordw = rf"(?P<ordw>(?i:\b(?:(?:{_TENS_W})[\s-])?(?:{_ORD_W})\b))"
    vague = (
        r"(?P<vague>(?i:\b(?:dozens|scores|hundreds|thousands|millions|billions"
        r"|tens\s+of\s+(?:thousands|millions|billions))\b))"
    )
    month = (
        rf"(?P<month>\b(?:{_MONTH_W})\b\.?"
        # "May" only where it is clearly the month, not the modal verb.
        r"|\bMay(?=\s+\d|,\s+\d{4})|(?<=\d\s)May\b|(?<=\bin\s)May\b|(?<=\bof\s)May\b)"
    )
    if not words and stops:
        # Digits only: groups that never take part keep the names the reader looks up.
        ghosts = "".join(f"(?P<{g}>)" for g in ("fnum", "fden", "ordw", "word", "wpct", "vague"))
        return re.compile(
            rf"(?:(?P<stop>{_EN_STOP})|{_EN_NUM}{_PCT.format('npct')})"
            rf"(?:(?!){ghosts}(?P<month>))?"
        )
    if not words:
        # Digits only, for a text in which no stop phrase can occur: the pattern then starts
        # with a digit class, which the regex engine skips to fast (a third less time).
        ghosts = "".join(
            f"(?P<{g}>)" for g in ("stop", "fnum", "fden", "ordw", "word", "wpct", "vague", "month")
        )
        number = _EN_NUM.replace(r"(?<![\d.])\d+", r"\d(?<![\d.]\d)\d*", 1)
        return re.compile(rf"{number}{_PCT.format('npct')}(?:(?!){ghosts})?")
    word = f"{_EN_WORD}{_PCT.format('wpct')}"
    return re.compile(
        # Try only where a digit run or a word starts: the alternatives below are costly.
        r"(?:(?<![A-Za-z])(?=[A-Za-z])|(?<!\d)(?=\d))"
        rf"(?:(?P<stop>{_EN_STOP})|{frac}|{_EN_NUM}{_PCT.format('npct')}|{ordw}|{word}"
        rf"|{vague}|{month})"
    )


_EN_RE = _en_pattern(True)
_EN_DIGITS_RE = _en_pattern(False)
_EN_DIGITS_NO_STOPS_RE = _en_pattern(False, stops=False)
# Words that call for the full pattern; most sentences have none and take the digits-only one.
_EN_HINTS = frozenset(
    [
        *_WORD_VALUE,
        *_SCALE,
        *_ORD_VALUE,
        *(m.lower() for m in _MONTHS),
        *_words("dozens scores hundreds thousands millions billions tens half halves quarter"),
    ]
)
_SCALE_WORDS = frozenset(_SCALE)
_A_SCALE = re.compile(r"(?i:\ba\s+(?:hundred|thousand|million|billion|trillion|dozen)\b)")
_ALPHA = re.compile(r"[a-z]+")  # run over the lower-cased text
_EN_APPROX_BEFORE = (
    "about ",
    "around ",
    "approximately ",
    "nearly ",
    "almost ",
    "over ",
    "more than ",
    "less than ",
    "fewer than ",
    "some ",
    "roughly ",
    "up to ",
    "at least ",
    "close to ",
    "upwards of ",
    "exceeding ",
    "exceeded ",
    "under ",
)
_YEAR_PAIR = re.compile(r"[12]\d{3}(?:,[12]\d{3})+")


def _words_value(phrase: str) -> tuple[Decimal, bool]:
    """The value of "two hundred and forty-five thousand" and whether it began with "a"."""
    tokens = re.split(r"[\s-]+", phrase.lower())
    # A bare "million" (left after "1600 (million") is not a number of its own.
    loose = tokens[0] in _SCALE
    total, current = 0, 0
    for tok in tokens:
        if tok == "and":
            continue
        if tok == "a":
            current, loose = 1, True
        elif tok in _WORD_VALUE:
            current += _WORD_VALUE[tok]
        elif tok in ("hundred", "dozen"):
            current = (current or 1) * _SCALE[tok]
        else:
            total += (current or 1) * _SCALE[tok]
            current = 0
    return Decimal(total + current), loose


def _en_pct_kind(suffix: str | None, default: str) -> str:
    if not suffix:
        return default
    suffix = suffix.strip().lower()
    if suffix == "‰":
        return "permille"
    return "points" if suffix.startswith("percentage") else "percent"


def _extract_en(text: str) -> list[NumberMention]:
    out: list[NumberMention] = []
    lowered = text.lower()
    # Approximation words are looked up in the lower-cased text where offsets agree (the
    # lower case of a few letters, such as "İ", is two characters).
    before = lowered if len(lowered) == len(text) else None
    hints = _EN_HINTS.intersection(_ALPHA.findall(lowered))
    # "5 million" needs only the digits pattern; "five million" and "a million" need words.
    if hints and (not hints <= _SCALE_WORDS or _A_SCALE.search(text)):
        pattern = _EN_RE
    elif "+" in text or "covid" in lowered or "ncov" in lowered or "double" in lowered:
        pattern = _EN_DIGITS_RE  # a stop phrase may be there
    else:
        pattern = _EN_DIGITS_NO_STOPS_RE
    for m in pattern.finditer(text):
        if m["stop"] is not None:
            continue
        start, end = m.span()
        raw = m.group()
        approx = (
            before.endswith(_EN_APPROX_BEFORE, max(0, start - 20), start)
            if before is not None
            else text[max(0, start - 20) : start].lower().endswith(_EN_APPROX_BEFORE)
        )
        if m["num"] is not None:
            digits = m["num"]
            if "," in digits and _YEAR_PAIR.fullmatch(digits):  # "2020,2021": two years
                pos = start
                for part in digits.split(","):
                    year = Decimal(part)
                    out.append(NumberMention(pos, pos + 4, year, "year", part, approx))
                    pos += 5
                continue
            try:
                value = Decimal(digits.replace(",", ""))
            except InvalidOperation:  # pragma: no cover - the pattern admits digits only
                continue
            suffix = m["nsuf"]
            scale = m["nscale"]
            alts: tuple[Decimal, ...] = ()
            if scale:
                for tok in scale.split():
                    value *= _SCALE[tok.lower()]
            if suffix == "s" and value >= 1000 and value % 10 == 0:
                kind, alts = "decade", (value % 100,)  # 1990s ↔ 90年代
            elif suffix and suffix != "s":
                kind = "ordinal"
            elif not scale and "," not in digits and "." not in digits and 1000 <= value <= 2999:
                kind = "year"
            else:
                kind = "cardinal"
            kind = _en_pct_kind(m["npct"], kind)
            out.append(NumberMention(start, end, value, kind, raw, approx, alts=alts))
        elif m["word"] is not None:
            value, loose = _words_value(m["word"])
            kind = _en_pct_kind(m["wpct"], "cardinal")
            # "one" is also a pronoun and "a thousand" is often loose: never required.
            optional = loose or value == 1
            out.append(NumberMention(start, end, value, kind, raw, approx, optional))
        elif m["ordw"] is not None:
            parts = re.split(r"[\s-]+", m["ordw"].lower())
            value = Decimal(sum(_WORD_VALUE.get(p, 0) + _ORD_VALUE.get(p, 0) for p in parts))
            # "first" and "second" are also an adverb and a unit of time.
            optional = parts == ["first"] or parts == ["second"]
            out.append(NumberMention(start, end, value, "ordinal", raw, optional=optional))
        elif m["month"] is not None:
            value = Decimal(_MONTHS[m["month"].rstrip(".")])
            out.append(NumberMention(start, end, value, "month", raw))
        elif m["fden"] is not None:
            num = 1 if m["fnum"].lower() in ("a", "one") else _WORD_VALUE[m["fnum"].lower()]
            den = _DENOM[m["fden"].lower().rstrip("s") if m["fden"] != "halves" else "half"]
            out.append(NumberMention(start, end, Decimal(num) / den, "fraction", raw, approx))
        elif m["vague"] is not None:
            word = m["vague"].lower().split()[-1]
            value = Decimal(_SCALE.get(word.rstrip("s"), 12 if word == "dozens" else 20))
            if m["vague"].lower().startswith("tens"):
                value *= 10
            out.append(NumberMention(start, end, value, "cardinal", raw, True, optional=True))
    return out


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def extract_numbers(text: str, lang: str) -> list[NumberMention]:
    """Every number mention in ``text`` (``lang`` is "zh" or "en"), in text order."""
    if not text:
        return []
    if _FULL_WIDTH.search(text):
        text = text.translate(_WIDTH)
    return _extract_zh(text) if lang.startswith("zh") else _extract_en(text)


def _close(a: Decimal, b: Decimal, tolerance: float) -> bool:
    if a == b:
        return True
    if tolerance <= 0:
        return False
    return abs(a - b) <= Decimal(str(tolerance)) * max(abs(a), abs(b))


def pair_numbers(
    left: Sequence[NumberMention],
    right: Sequence[NumberMention],
    tolerance: float = 0.0,
) -> tuple[list[NumberMention], list[NumberMention]]:
    """Pair mentions by value, each used at most once; return the required mentions of each
    side that found no counterpart.

    Required mentions pair with each other first, so an optional 一 cannot take the "1" that
    a required "1" on the other side needs; then alternative values; then ``tolerance``.
    """
    if (
        len(left) == len(right)
        and not any(m.optional for m in left)
        and not any(m.optional for m in right)
        and sorted(m.value for m in left) == sorted(m.value for m in right)
    ):
        return [], []  # the usual case: every number paired with one of equal value
    used_left = [False] * len(left)
    used_right = [False] * len(right)

    def run(match: object, require_both: bool) -> None:
        for i, a in enumerate(left):
            if used_left[i]:
                continue
            for j, b in enumerate(right):
                if used_right[j]:
                    continue
                if require_both and (a.optional or b.optional):
                    continue
                if not require_both and a.optional and b.optional:
                    continue
                if match(a, b):  # type: ignore[operator]
                    used_left[i] = used_right[j] = True
                    break

    run(lambda a, b: a.value == b.value, True)
    run(lambda a, b: a.value == b.value, False)
    # Alternative values (90年代 ↔ 1990s): compared with ==, as hashing a Decimal with a
    # huge exponent is slow; without alternatives the first runs already said no.
    run(lambda a, b: bool(a.alts or b.alts) and any(x in b.readings() for x in a.readings()), False)
    if tolerance > 0:
        run(lambda a, b: _close(a.value, b.value, tolerance), False)
    missing_left = [a for i, a in enumerate(left) if not used_left[i] and not a.optional]
    missing_right = [b for j, b in enumerate(right) if not used_right[j] and not b.optional]
    return missing_left, missing_right


def format_value(value: Decimal) -> str:
    """A value as people write it: 5000000, 1.25, 0.3333 (fractions cut to 4 places)."""
    if value == value.to_integral_value():
        return str(int(value))
    text = format(value.normalize(), "f")
    whole, _, frac = text.partition(".")
    return f"{whole}.{frac[:4]}" if len(frac) > 4 else text
