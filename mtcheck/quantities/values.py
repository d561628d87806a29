"""The value type of the numbers checks, and the conventions every reader of values shares:
scale words, units, percentages, "et demi"."""

from __future__ import annotations

import re
from dataclasses import dataclass

Reading = tuple[str, float]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A value written in a sentence, with every reading its writing allows."""

    start: int
    end: int
    text: str
    kind: str
    """number, decimal, percent, ordinal, year, amount, unit, date, time, month, weekday or word."""
    readings: frozenset[Reading]
    unit: tuple[str, float] | None = None
    """(dimension, factor to the dimension's base unit) of a measure, for conversions."""
    bare: frozenset[float] = frozenset()
    """The values before a scale word ("13" of "13 milliards"), when there is one."""
    weak: bool = False
    """A word that may not be a number ("neuf" is also "new", "second" a unit of time) or a bare
    roman numeral: it can stand for a value of the other side, but is never reported."""
    approximate: bool = False
    """A round count ("une trentaine de", "a dozen"): the same as any value near it."""
    money: tuple[str, frozenset[str]] | None = None
    """An amount's currency: its sign or word as written ("$", "euros"), and the ISO 4217 codes
    that may mean (``currencies``); empty codes where the sign is unknown to the CLDR."""


SCALES = {
    "en": {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3,
           "tn": 1e12, "decade": 10},
    "fr": {"mille": 1e3, "million": 1e6, "milliard": 1e9, "billion": 1e12, "md": 1e9, "mds": 1e9, "mrd": 1e9,
           "m": 1e6, "k": 1e3, "décennie": 10, "décade": 10},
}  # fmt: skip
"""Scale words after a number ("$1.2tn" is the financial press's trillion); "m" is a million only
after a currency ("$5m"), else a metre; "three decades" are thirty years ("trente ans"), and so
are "trois décades" (ten days in French dictionaries, ten years in much news writing)."""

CONVERSION_SLACK = 0.02
"""A converted measure may be off by a rounded factor ("1.6" km to the mile, "2.2" pounds to the
kilogram): within 2% of the exact conversion it is the same, beside the rounding of ``rounded_to``."""

ROUNDED_AT_MOST = 0.1
"""A converted measure is rounded at its last digit's place (``rounded_to``), but by no more than a
tenth of its value: "2 mètres" may be six feet (1.83 m), "200 km/h" is not 100 mph (160.9)."""

DEGREES_ROUNDED_AT_MOST = 1.5
"""A converted temperature is rounded or cut to a whole degree, and never moved by more than a degree
Celsius and a half: "23 degrés" may be 75 °F (23.9 °C), "30 degrés" is not 90 °F (32.2 °C). A temperature
has no relative rounding: 0 °C is no zero."""


def rounded_to(value: float) -> float:
    """The place of the last digit ``value`` is written to, which a translator rounded a converted
    measure to: "240" km is 150 miles rounded to tens, "241" to units, "1,8" m six feet to tenths.
    Within half a step of the exact conversion (rounded to the nearest) a measure is the same,
    while "256 km" for 150 miles is another distance, and so is "80" pounds for 40 kilos (88.2)."""
    step = 1.0
    while step < 1e12 and value and float(f"{value / (step * 10):.9g}").is_integer():
        step *= 10
    while step > 1e-3 and not float(f"{value / step:.9g}").is_integer():
        step /= 10
    return step

PERCENT = r"\s?(?:%|pour[\s-]?cent|per[\s-]?cent|percent)"
JOINING = r"(?:[-–]|à|et|ou|to|and|or)"
"""What joins two numbers of a range or a choice in either language: "2 to 3 million", "un ou deux"."""
HALF = re.compile(r"\s+et\s+demie?\b", re.IGNORECASE)
HALF_HOUR = re.compile(r"\s+heures?\s+et\s+demie?\b", re.IGNORECASE)
"""French "et demi": "deux heures et demie" is 2:30 or two and a half hours."""
HALF_AFTER_A_NOUN = re.compile(r"\s+(?!et\b)[^\W\d_]+\s+et\s+demie?\b", re.IGNORECASE)
"""French "et demi" after the noun a number counts: "trois ans et demi" is three and a half years."""
THOUSANDS_MISSPELLED = re.compile(r"\s+milles\b", re.IGNORECASE)
"""French "milles" after a number: miles, or "mille" (thousand) given the plural it never takes,
as French writers often do ("huit milles électeurs"); a number before it is read both ways."""
_AND_A_HALF = re.compile(r"(?P<half>\s+and\s+a\s+half\b)(?:\s+(?P<next>[^\W\d_]{3,}))?", re.IGNORECASE)

def and_a_half(text: str, at: int, end: int) -> tuple[float, int] | None:
    """English "and a half" right after a number that ends at ``at``, with the scale word after it if
    any (``SCALES``: "four and a half million" is 4.5 million, "two and a half hours" 2.5 hours): the
    scale (1 for none) and where the whole value ends, which a fix replaces; None without it."""
    half = _AND_A_HALF.match(text, at, end)
    if half is None:
        return None
    scale = scale_of(half["next"].lower(), "en") if half["next"] else 1.0
    return scale, half.end() if scale != 1.0 else half.end("half")


def scale_of(word: str, lang: str) -> float:
    """The factor of a scale word, singular or plural ("milliards"); 1 for another word."""
    return SCALES[lang].get(word) or SCALES[lang].get(word.rstrip("s"), 1.0)


def round_value(value: float) -> float:
    """``value`` to ten significant digits: 2.318 x 10^9 and 2318 x 10^6 are one number."""
    return float(f"{value:.10g}")
