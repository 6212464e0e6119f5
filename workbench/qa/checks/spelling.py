"""English spelling against an offline dictionary (pyspellchecker's word list, US
spelling; British spellings accepted on request).

Known words besides the dictionary: the term base's English terms, the workspace's user
dictionary, and a few domain words we ship (``resources/qa/known_words.txt``). Capitalised
words are names (Jiefangbei, Hongyadong) and are left alone unless the option says
otherwise, as are words with digits or inner capitals (WhereZhengzhou, 5G).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.qa.model import Finding, Severity, Side, Unit
from workbench.qa.registry import CheckContext, CheckSpec, unit_check
from workbench.qa.spelling import Dictionary

# Links and addresses are not words ("https", "ichongqing"): blanked before tokenising.
_LINK = re.compile(r"(?:https?|ftp)://\S+|www\.\S+|\S+@\S+\.\w+|\b\S+\.(?:com|cn|net|org|info)\b")
_LINK_HINT = re.compile(r"://|www\.|@|\.(?:com|cn|net|org|info)\b")
_WORD = re.compile(r"(?<![\w@#./-])[A-Za-z]+(?:['’][A-Za-z]+)*(?![\w@/]|\.[A-Za-z])")


@unit_check(
    CheckSpec(
        "spelling",
        "Spelling",
        "拼写",
        "An English word that is in neither the dictionary, the term base nor the user "
        "dictionary. Names (capitalised words) are skipped unless the option says so.",
        "英文单词不在词典、术语库或用户词典中。默认不检查首字母大写的专名。",
        Severity.WARNING,
        options={"check_capitalised": False, "accept_british": True, "suggestions": 3},
        uses_termbase=True,
    )
)
def spelling(unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
    dictionary: Dictionary = ctx.resources.shared(
        "qa.dictionary",
        lambda: Dictionary.build(ctx.resources, accept_british=ctx.option("accept_british")),
    )
    capitalised = ctx.option("check_capitalised")
    for side in (Side.SOURCE, Side.TARGET):
        if unit.lang(side) != "en":
            continue
        text = unit.text(side)
        if _LINK_HINT.search(text):
            text = _LINK.sub(lambda m: " " * len(m.group()), text)  # offsets stay valid
        # Fast path: one findall and a set difference against the word list (C speed);
        # only the few words left go through ``knows`` and get their spans.
        words = set(_WORD.findall(text))
        if not capitalised:
            words = {w for w in words if w.islower()}
        unknown = {w for w in dictionary.unknown_among(words) if len(w) >= 3}
        if not unknown:
            continue
        for match in _WORD.finditer(text):
            word = match.group()
            if word not in unknown:
                continue
            suggestions = dictionary.suggest(word, ctx.option("suggestions"))
            hint_en = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
            hint_zh = f"；是否应为 {'、'.join(suggestions)}？" if suggestions else ""
            yield ctx.finding(
                unit,
                side,
                match.span(),
                f"Unknown word “{word}”{hint_en}",
                f"词典中没有“{word}”{hint_zh}",
                word=word,
                suggestions=suggestions,
            )
