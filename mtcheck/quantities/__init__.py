"""What a sentence says in numbers: the quantities of English or French text, as values to compare.

French and English write the same value differently ("1 000,5" / "1,000.5", "13 milliards" /
"$13bn", "21h12" / "9:12 pm", "midi et demi" / "12:30", "XXIe siècle" / "21st century", "20
novembre" / "November 20"), so each quantity found is reduced to its *readings*: ``("n", 1.3e10)``, ``("month", 11)``,
``("weekday", 0)``, ``("time", 1272)`` (minutes after midnight). A quantity whose writing is
ambiguous has several ("1,500" is 1500 or 1.5, "1,000" only 1000; "05/06" is May 6 or June 5;
"9:12" is 9:12 or 21:12; the "50" of "50 to 100 thousand" is 50 or 50,000), and two quantities
say the same when a reading is shared.

Knowledge comes from maintained sources: month and weekday names, the decimal and group symbols
of each language, and the names of the units news converts (miles and kilometres, square feet
and square metres, pounds and kilograms, miles per hour, °F and °C: ``units``), from the Unicode
CLDR through Babel; number words ("deux", "twenty-one", "vingt et unième") from num2words, read
backwards. Scale words (million, milliard, billion, which is 10^9 in English and 10^12 in
French) and time and ordinal suffixes are conventions of the two languages, in the tables
below; a height in feet and inches ("5 feet 10 inches", "5'10\"") is one length, as French
writes "1,78 m" or "1m78". A measure and its conversion are the same where the conversion is
rounded as translators round (``compare.converted``); the same number in another unit is not
("20 pounds" and "20 kilos").

Not recognised: fractions other than "et demi" and "and a half" after a number or the article
("an hour and a half"), half a scale word or an hour, quarters of an hour, and a whole number's
"½" or "1/2" ("a half", "trois quarts" of anything else); approximate
words but round counts ("a dozen", "une centaine de": ``approximate``; not "des dizaines",
"dozens"); currencies themselves but where one amount says the other's value in another currency
("£5m" for "5 millions d'euros": ``currencies``); and numbers glued to letters, which are names or
codes ("G20", "CO2", "4G", "COVID-19"), unless the letters are a word of the dictionary the number
labels or counts ("Figure7", "uranium-235", "31ans"); nor a run of more than 15 digits, which is an
identifier (a card's or a parcel's number), not a quantity, and more than a float holds.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from itertools import pairwise

from mtcheck.quantities.approximate import read_round_counts
from mtcheck.quantities.clock import read_times
from mtcheck.quantities.compare import Differences, compare, converted, family, other_currency, same, written
from mtcheck.quantities.digits import (
    read_dates,
    read_fractions,
    read_heights,
    read_labelled,
    read_numbers,
    read_romans,
    read_year_ranges,
)
from mtcheck.quantities.values import JOINING, SCALES, Quantity, Reading, round_value
from mtcheck.quantities.words import read_halves, read_parts_of_an_hour, read_words, unsure_months
from mtcheck.tokens import not_prose

__all__ = ["SCALES", "Differences", "Quantity", "Reading", "compare", "converted", "family", "other_currency",
           "quantities", "same", "unsure_months", "written"]


_FINDERS = (read_dates, read_year_ranges, read_fractions, read_heights, read_times, read_round_counts, read_numbers,
            read_labelled, read_romans, read_parts_of_an_hour, read_words, read_halves)
"""Each reading in turn, the surest first: a span one finder took is no other's."""
_WORD_FINDERS = (read_round_counts, read_romans, read_parts_of_an_hour, read_words, read_halves)
"""The finders that read no digits, all a sentence without one needs (most news sentences): the
others' patterns begin with a lookbehind, which Python's ``re`` tries at every character."""
_DIGIT = re.compile(r"\d")


def quantities(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """The quantities of ``text[start:end]`` in ``lang`` (en or fr), in text order."""
    end = len(text) if end is None else end
    if lang not in SCALES:
        return []
    taken = sorted(not_prose(text, start, end))
    found: list[Quantity] = []
    finders = _FINDERS if _DIGIT.search(text, start, end) else _WORD_FINDERS
    for finder in finders:
        for q in finder(text, lang, start, end):
            at = bisect.bisect_left(taken, (q.start, q.end))
            if (at and taken[at - 1][1] > q.start) or (at < len(taken) and taken[at][0] < q.end):
                continue  # a span an earlier finder took (spans taken never overlap: only the neighbours can)
            found.append(q)
            taken.insert(at, (q.start, q.end))
    return _scale_shared(text, sorted(found, key=lambda q: q.start))


_JOINED = re.compile(rf"\s*{JOINING}\s*$", re.IGNORECASE)


def _scale_shared(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare number joined to the next by a range's or a choice's word takes that one's scale
    word or hour's sign as well, in both languages: "entre 50 et 100 mille euros", "2 to 3 million"
    ("2" is 2 million), "entre trois et cinq heures", "between 4 and 5 p.m." ("trois" is three
    o'clock, in the morning or the afternoon). Read both ways, as written and scaled: "2 et 3
    millions" may also be two things."""
    out = list(found)
    for k, (q, after) in enumerate(pairwise(found)):
        if q.kind not in ("number", "decimal", "word") or q.bare or q.weak or not _JOINED.match(text[q.end : after.start]):
            continue
        values = [r[1] for r in q.readings if r[0] == "n"]
        if after.bare:
            scales = {r[1] / b for r in after.readings for b in after.bare if r[0] == "n" and b} - {1.0}
            extra = {("n", round_value(v * scale)) for v in values for scale in scales}
        elif any(r[0] == "time" for r in after.readings):
            hours = [int(v) for v in values if v == int(v) and 0 <= v <= 24]
            extra = {("time", (h + shift) * 60) for h in hours for shift in ((0, 12) if h < 12 else (0,))}
        else:
            continue
        out[k] = replace(q, readings=q.readings | extra)
    return out

