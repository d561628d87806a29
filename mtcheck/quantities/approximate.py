"""Round counts: French "une vingtaine de", "un millier de", "une centaine de milliers", English
"a dozen", "two dozen".

French counts people, days or euros roughly with a noun made from a round number ("une trentaine
de blessés": about thirty), and translators write it for "about 30", "some 30" or "30 or so";
English has "a dozen". Such a count says a value, but not exactly: it is the same as any value
within a quarter of it ("une dizaine" for "a dozen", "une centaine" for "nearly 90"), and another
value beyond that ("une trentaine" for "about 20") is a changed figure.

Only a count that counts something is read: the noun with an article before it and "de" after
it ("une quarantaine de pays"), or with a number before it ("deux douzaines"); never "la
quarantaine" or "en quarantaine" (a quarantine, or an age), "des centaines de" or "dozens of"
(no figure). "Une quinzaine de jours" and "une huitaine" are also a fortnight and a week ("two
weeks"), so they stand for values but are never reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.quantities.values import Quantity

TOLERANCE = 0.25
"""How far from its round number a round count reaches, as a share of it."""

_NOUNS_FR = {"huitaine": 8, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
             "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}  # fmt: skip
_WEEKS = frozenset({"huitaine", "quinzaine"})
"""Counts of days that are also a week and a fortnight ("two weeks" for "une quinzaine de jours")."""
_SCALES = {"milliers": 1000, "millions": 10**6, "milliards": 10**9}
"""What a round count counts when it counts a scale noun: "une centaine de milliers" is about 100,000."""
_COUNTS = {"un": 1, "une": 1, "a": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4,
           "cinq": 5, "five": 5, "six": 6}  # fmt: skip

_FR = re.compile(
    rf"\b(?:(?P<one>une?)|(?P<count>deux|trois|quatre|cinq|six|\d{{1,3}}))\s+(?P<word>(?P<noun>{'|'.join(_NOUNS_FR)})s?)"
    rf"(?:\s+de\s+(?P<scale>milliers|millions|milliards)\b|\s+de\s|\s+d['’]|(?(count)(?!\w)|(?!)))",
    re.IGNORECASE,
)
_EN = re.compile(r"\b(?P<half>half\s+)?(?P<count>an?|one|two|three|four|five|six|\d{1,3})\s+dozen\b(?!s)", re.IGNORECASE)


def read_round_counts(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """Round counts in ``text[start:end]``: one quantity each, its value the round number times
    its count ("deux centaines de" 200, "two dozen" 24, "half a dozen" 6), marked approximate.
    A sentence without the letters every such noun holds is passed over without a pattern: most are."""
    if lang == "fr" and (text.find("aine", start, end) >= 0 or text.find("illier", start, end) >= 0):
        for m in _FR.finditer(text, start, end):
            noun = m["noun"].lower()
            scale = _SCALES[m["scale"].lower()] if m["scale"] else 1
            yield _count(m, _NOUNS_FR[noun] * scale, weak=noun in _WEEKS)
    elif lang == "en" and text.find("ozen", start, end) >= 0:
        for m in _EN.finditer(text, start, end):
            yield _count(m, 6 if m["half"] else 12, weak=False)


def _count(m: re.Match[str], unit: int, *, weak: bool) -> Quantity:
    word = (m["count"] or m["one"]).lower()
    count = int(word) if word.isdigit() else _COUNTS.get(word, 1)
    value = float(count * unit)
    stop = m.end("scale") if m.re is _FR and m["scale"] else m.end("word") if m.re is _FR else m.end()
    return Quantity(m.start(), stop, m.string[m.start() : stop], "number", frozenset({("n", value)}), weak=weak,
                    approximate=True)


def near(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities, one a round count, may say the same value: a number within the
    round count's reach (``TOLERANCE``)."""
    rough, other = (a, b) if a.approximate else (b, a)
    return any(
        abs(x - y) <= TOLERANCE * x for ns, x in rough.readings if ns == "n" for ms, y in other.readings if ms == "n"
    )
