"""Values written with digits: numbers in either language's writing, with their scale words,
percent signs, ordinal suffixes, units and currencies; numeric dates, year ranges; roman numerals.
Clock and race times are ``clock``'s."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from mtcheck.quantities import currencies
from mtcheck.quantities.units import FOOT, METRE, unit_after_scale, unit_of, unit_pattern, unit_words
from mtcheck.quantities.values import (
    HALF,
    HALF_AFTER_A_NOUN,
    PERCENT,
    SCALES,
    THOUSANDS_MISSPELLED,
    Quantity,
    Reading,
    and_a_half,
    round_value,
    scale_of,
)
from mtcheck.quantities.words import after_a_month

_CURRENCY_SYMBOLS = currencies.CURRENCY_SIGNS
MAX_DIGITS = 15
"""More digits than this make an identifier (a card's, a parcel's number), not a quantity: a float
holds no more, and a value read from them would be rounded or infinite."""
_ORDINAL = {"en": r"(?:st|nd|rd|th)", "fr": r"(?:er|re|ère|e|ème|eme|es|èmes|nd|nde|è)"}
_GROUP_VARIANTS = " \u00a0\u202f"
"""Spaces a group separator is typed as besides the CLDR's own (French's narrow no-break space)."""


@functools.cache
def _groups(lang: str) -> str:
    """The group separators of ``lang``: the CLDR's (through Babel) and the spaces typed for it;
    French also groups with a point ("5.839 points"), which is English's decimal mark."""
    from babel.numbers import get_group_symbol

    return get_group_symbol(locale=lang) + _GROUP_VARIANTS + ("." if lang == "fr" else "")


@functools.cache
def _decimal(lang: str) -> str:
    """The decimal mark of ``lang``, from the CLDR through Babel."""
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(locale=lang)
_NUMBER = r"\d{{1,3}}(?:(?P<g>[{groups}])\d{{3}}(?!\d))(?:(?P=g)\d{{3}}(?!\d))*(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def read_dates(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """"20/11/2023", "2023-11-20": day, month and year, each a quantity; a part of 12 or less may
    be the day or the month."""
    for m in _NUMERIC_DATE.finditer(text, start, end):
        if m["iso"]:
            parts = [(m.start("y1"), m["y1"], "year"), (m.start("m1"), m["m1"], "month"), (m.start("d1"), m["d1"], "day")]
        else:
            parts = [(m.start("a"), m["a"], "day"), (m.start("b"), m["b"], "day"), (m.start("y"), m["y"], "year")]
        for at, digits, role in parts:
            value = int(digits)
            readings: set[Reading] = {("n", value)}
            if role != "year" and 1 <= value <= 12:
                readings.add(("month", value))
            if role == "year" and len(digits) == 2:
                readings.add(("n", 2000 + value))
            yield Quantity(at, at + len(digits), digits, "date", frozenset(readings))


_NUMERIC_DATE = re.compile(
    r"(?<![\w/.-])(?:(?P<a>\d{1,2})([/.])(?P<b>\d{1,2})\2(?P<y>\d{4}|\d{2})"
    r"|(?P<iso>(?P<y1>\d{4})-(?P<m1>\d{2})-(?P<d1>\d{2})))(?![\w/.-]|\.\d)"
)


def read_year_ranges(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """"2011/12", "2020-21": the second year is written with its last two digits. "39-45", "61-64":
    both may be, as a war's years are ("la guerre de 39-45"); each is a number too (ages "18-25")."""
    for m in _YEAR_RANGE.finditer(text, start, end):
        first, last = int(m["y"]), int(m["yy"])
        full = first // 100 * 100 + last
        yield Quantity(m.start("y"), m.end("y"), m["y"], "year", frozenset({("n", first)}))
        yield Quantity(m.start("yy"), m.end("yy"), m["yy"], "year", frozenset({("n", last), ("n", full)}))
    for m in _SHORT_YEAR_RANGE.finditer(text, start, end):
        if int(m["y"]) < int(m["yy"]):
            for part in ("y", "yy"):
                value = int(m[part])
                readings = frozenset({("n", value), ("n", 1900 + value), ("n", 2000 + value)})
                yield Quantity(m.start(part), m.end(part), m[part], "number", readings)


_YEAR_RANGE = re.compile(r"(?<![\w/.-])(?P<y>1[89]\d\d|20\d\d)[/-](?P<yy>\d\d)(?![\w/-]|\.\w)")
"""Two years, the second by its last two digits ("2010-15", "2010/11"), a full stop after them or
not ("in 2010-15."); not a date or a decimal ("2010-15.3")."""
_SHORT_YEAR_RANGE = re.compile(r"(?<![\w/.,:'’-])(?P<y>\d\d)[-–](?P<yy>\d\d)(?![\w/:-]|[.,]\d)")
"""Two numbers of two digits each, joined by a dash: a range of years or of anything else."""


def read_heights(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """French "1m20", "1 m 75", "1 mètre 88": metres and their centimetres after the unit, a height
    or a length of 1.20, 1.75 or 1.88 metres; English "5 feet 10 inches", "5ft 10in", "5-foot-10",
    "5'10\"": feet and their inches, a height of 5 10/12 feet."""
    if lang == "fr":
        for m in _HEIGHT.finditer(text, start, end):
            value = int(m["m"]) + int(m["cm"]) / 100
            yield Quantity(m.start(), m.end(), m.group(), "unit", frozenset({("n", value)}), METRE)
    elif lang == "en":
        for m in _FEET_INCHES.finditer(text, start, end):
            inches = int(m["in"] or m["marked"])
            if inches < 12:
                value = int(m["ft"]) + inches / 12
                yield Quantity(m.start(), m.end(), m.group(), "unit", frozenset({("n", value)}), FOOT)


_HEIGHT = re.compile(r"(?<![\w.,])(?P<m>\d)\s?(?:m|mètres?)\s?(?P<cm>\d{2})(?![\w.,]\d|\d|\s?(?:cm|mm|%))")
_FEET_INCHES = re.compile(
    r"(?<![\w.,])(?P<ft>\d)(?:\s?-?(?:feet|foot|ft)\.?[\s-]?(?P<in>\d{1,2})(?:\s?(?:inches|inch|in(?![^\W\d_])\.?))?"
    r"|['′’](?P<marked>\d{1,2})[\"″”])(?![\w.,]\d|\d)"
)
"""Feet and inches: after the unit's word ("5 feet 10", "5ft 10in", "5-foot-10") or between the
marks of feet and inches ("5'10\""); not "5' 10", a match's fifth minute before another figure."""


def read_fractions(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """A whole number and a fraction: "2 1/2", "2½", "3 ¾" (English news writes them; French writes
    "2,5" or "deux et demi"), read as 2.5 and 3.75."""
    if not _FRACTION_HINT.search(text, start, end):
        return  # no slash and no fraction sign: most sentences, found without trying every digit
    for m in _FRACTION.finditer(text, start, end):
        sign, num, den = m["sign"] or m["sign2"], m["num"] or m["num2"], m["den"] or m["den2"]
        part = _FRACTIONS[sign] if sign else int(num) / int(den)
        readings = frozenset({("n", round(int(m["whole"]) + part, 4))})
        unit = unit_pattern().match(text, m.end(), end)  # "12 ½ miles": a measure
        if unit is not None:
            yield Quantity(m.start(), unit.end(), text[m.start() : unit.end()], "unit", readings, unit_of(unit["unit"]))
        else:
            yield Quantity(m.start(), m.end(), m.group(), "decimal", readings)


_FRACTIONS = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3}
_FRACTION_HINT = re.compile(r"[/½¼¾⅓⅔]")
_FRACTION = re.compile(
    r"(?<![\w.,/])(?P<whole>\d{1,3})(?:[\s-]?(?P<sign>[½¼¾⅓⅔])|\s(?P<num>[123])/(?P<den>[234])(?![\d/])"
    r"|(?=\s+[^\W\d_]+\s+(?:(?P<sign2>[½¼¾])|(?P<num2>[13])/(?P<den2>[24]))(?![\d/])))(?![\d.,]\d)"
)
"""A whole number and its fraction, or the fraction after the noun the number counts, as French
writes it ("6 semaines 1/2", as "6 semaines et demie")."""


def read_numbers(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """Numbers in digits with what follows them: a scale word, a percent sign, an ordinal suffix,
    a decade's "s", a unit; a currency before or after makes an amount."""
    for m in number_pattern(lang).finditer(text, start, end):
        if sum(ch.isdigit() for ch in m["num"]) > MAX_DIGITS:
            continue  # an identifier, not a quantity
        values = _values(m["num"], lang, scaled=bool(m["scale"]))
        kind = "decimal" if any(v != int(v) for v in values) else "number"
        scale, unit_word, scales = 1.0, m["unit"], [1.0]
        if m["scale"]:
            word = m["scale"].lower()
            scale = scale_of(word, lang) * (scale_of(m["scale2"].lower(), lang) if m["scale2"] else 1.0)
            scales = [scale]
            if word == "m" and not m["cur"] and text[m.end() : m.end() + 1] not in _CURRENCY_SYMBOLS:
                # "100 m" is a distance, "$5m" and "5 M€" five million, "800m people" either
                unit_word, scales = word, [1.0, scale]
        money = None if m["pct"] or m["ord"] else _money(m, text, end, lang)
        if m["pct"]:
            kind = "percent"
        elif m["ord"]:
            kind = "ordinal"
        elif money is not None:
            kind = "amount"
        elif len(m["num"]) == 4 and 1000 <= values[0] <= 2100 and scale == 1.0:
            kind = "year"
        if m["degrees"]:
            unit_word = "°" + m["degrees"]  # "30C", "86F": a temperature as the British and American press write it
        unit = unit_of(unit_word) if unit_word else None
        stop = m.end()
        if m["scale"] and unit is None and money is None and (after := unit_after_scale().match(text, stop, end)):
            unit, stop = unit_of(after["unit"]), after.end()  # "1.2 million acres", "280 millions de mètres cubes"
        if unit:
            kind = "unit"
        if kind != "amount":
            money = None
        if m["sign"] or (unit and unit[0] == "temperature" and _MINUS.search(text, max(start, m.start() - 10), m.start())):
            values = [-v for v in values]
        rest = 0
        if m["rest"] and scale == 1e3:
            rest = int(m["rest"])  # "8 mille 415"
        elif m["thousands"] and scale >= 1e6:
            rest = int(m["rest"]) * 1000  # "3 million 600 thousand", "3 millions et 600 mille"
        if lang == "fr" and (HALF.match(text, m.end(), end) or HALF_AFTER_A_NOUN.match(text, m.end(), end)):
            # "4 millions et demi" is 4.5 million, "3 ans et demi" three and a half years
            values = [v + 0.5 for v in values]
        if lang == "en" and scale == 1.0 and not m["pct"] and (half := and_a_half(text, m.end(), end)):
            # "11 and a half hours" is 11.5 hours, "4 and a half million" 4.5 million
            values = [v + 0.5 for v in values]
            scales, stop = [half[0]], half[1]
        if lang == "fr" and scale == 1.0 and THOUSANDS_MISSPELLED.match(text, m.end(), end):
            scales = [1.0, 1e3]  # "400 milles": 400 miles, or 400,000 misspelled
        readings = {("n", round_value(v * k + rest)) for v in values for k in scales}
        if m["decade"] and len(m["num"]) == 4:  # "the 1990s" is "les années 90" too
            kind = "year"
            readings.add(("n", values[0] % 100))
        elif m["decade"] and len(m["num"]) == 2 and values[0] % 10 == 0:  # "the 90s", "the '20s": 1990 or 2020 too
            kind = "year"
            readings |= {("n", 1900 + values[0]), ("n", 2000 + values[0])}
        elif len(m["num"]) == 2 and kind == "number" and after_a_month(text, m.start(), lang):
            kind = "year"  # "octobre 74", "October '74": a year by its last two digits
            readings |= {("n", 1900 + values[0]), ("n", 2000 + values[0])}
        bare = frozenset(values) if scale != 1.0 and not rest else frozenset()
        yield Quantity(m.start(), stop, text[m.start() : stop], kind, frozenset(readings), unit, bare, money=money)


_MINUS = re.compile(r"(?<!au\s)(?<!du\s)(?<!ou\s)(?<!le\s)\b(?:minus|moins)\s+$", re.IGNORECASE)
"""A temperature below zero in words ("minus 5 degrees", "moins 5 degrés"), not "at least" ("au moins
5 degrés", "du moins", "plus ou moins", "le moins")."""


_LABELLED = re.compile(r"(?<=[^\W\d_])-?(?P<num>\d{1,4})(?!\w|[.,]\d)")
"""Digits right after a letter, or after a letter and a hyphen (searched from the digits: a pattern
that begins with the word tries every word of the sentence)."""
_WORD_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]{4,}$")
_COUNTED = re.compile(r"(?<![\w.,/:-])(?P<num>\d{1,4})(?P<word>[^\W\d_]{3,})(?![\w-])")
"""Digits and the word right after them, with no space between ("31ans")."""


def read_labelled(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """A number glued to the common noun it labels or counts, the space lost: "Figure7", an
    isotope's "uranium-235", a year's "Euro-2016", an age's "31ans". The noun must be a word of
    the language's dictionary, so a model's or a brand's name with digits ("Kowaltec9", "3Com")
    stays a name; the other side's "figure 7", "l'uranium 235" or "31 years" is then the same number."""
    from mtcheck.entities.forms import dictionary_word_of

    for m in _LABELLED.finditer(text, start, end):
        before = _WORD_BEFORE.search(text, max(start, m.start() - 40), m.start())
        if before is not None and dictionary_word_of(before.group().lower(), lang):
            yield _labelled(m)
    for m in _COUNTED.finditer(text, start, end):
        if dictionary_word_of(m["word"].lower(), lang):
            yield _labelled(m)


def _labelled(m: re.Match[str]) -> Quantity:
    """The number of a glued match (its ``num`` group): a year where it has four digits in a
    year's range, as "Euro-2016" is, a number otherwise."""
    value = float(m["num"])
    kind = "year" if len(m["num"]) == 4 and 1000 <= value <= 2100 else "number"
    return Quantity(m.start("num"), m.end("num"), m["num"], kind, frozenset({("n", value)}))


_BETWEEN_SCALE = {"fr": r"(?:(?:derniers|premiers|prochains|autres|nouveaux)\s)?"}
"""An adjective French puts between a number and its scale word ("les 200 derniers millions
d'années", "40 autres milliards"): the number is still so many millions. English's "$400+ billion"
puts a plus sign there, "400 billion or more"."""


@functools.cache
def number_pattern(lang: str) -> re.Pattern[str]:
    # "milles" is miles: French "mille" (a thousand) takes no plural
    scales = "|".join(sorted({*SCALES[lang], *(f"{w}s" for w in SCALES[lang] if w != "mille")}, key=len, reverse=True))
    between = _BETWEEN_SCALE.get(lang, "")
    units = unit_words()
    return re.compile(
        rf"(?<![^\W\d_])(?:(?<![^\W\d_]-)|(?=(?:19|20)\d\d(?!\d)))(?<![\d.,%])"
        rf"(?P<cur>(?:US|C|A)?[{_CURRENCY_SYMBOLS}]\s?)?(?P<sign>[-−])?"
        rf"(?P<num>{_NUMBER.format(groups=re.escape(_groups(lang)))})(?![\d])"
        rf"(?:(?P<pct>{PERCENT})|(?P<ord>{_ORDINAL[lang]})(?!\w)|(?P<decade>['’]?s)\b|(?:\+\s?|[\s-])?{between}(?P<scale>{scales})(?:\s(?:de\s)?(?P<scale2>{scales}))?(?![^\W\d_])(?:\s(?:(?:et|and)\s(?=\d{{1,3}}\s(?:thousand|mille)))?(?P<rest>\d{{1,3}})(?![\d.,])(?:\s(?P<thousands>thousand|milles?)\b)?)?"
        rf"|[\s-]?(?P<unit>{units})(?![^\W\d_/°])|(?P<degrees>(?-i:[CF]))|\s?(?P<cur2>[{_CURRENCY_SYMBOLS}]))?"
        rf"(?![^\W\d_])(?![.,]\d)",
        re.IGNORECASE,
    )


def _values(digits: str, lang: str, scaled: bool = False) -> list[float]:
    """Every value a written number may have: "1,500" in French is 1.5, and 1500 where English
    digits slipped in; "1 000,5" is 1000.5. Before a scale word the language's own decimal mark
    is a decimal ("2.318 billion", "2,318 milliards"). Three zeros after the mark make a group,
    never a decimal: prose gives no decimal three trailing zeros ("les 8.000 millions" is eight
    thousand million, not eight)."""
    groups = _groups(lang)
    seps = [ch for ch in digits if not ch.isdigit()]
    if not seps:
        return [float(digits)]
    last = max(digits.rfind(ch) for ch in seps)
    head, tail = digits[:last], digits[last + 1 :]
    plain_head = "".join(ch for ch in head if ch.isdigit())
    if len(set(seps)) == 1 and (len(seps) > 1 or seps[0].isspace()) and seps[0] in groups:  # "1 000 000", "3 000"
        return [float("".join(ch for ch in digits if ch.isdigit()))]
    if len(set(seps)) > 1:  # "1 000,5", "1,000.5": the last mark is the decimal one
        return [float(f"{plain_head}.{tail}")]
    if len(tail) == 3 and not (scaled and seps[0] == _decimal(lang)):  # a group or a decimal, say both
        return [float(plain_head + tail)] if tail == "000" else [float(plain_head + tail), float(f"{plain_head}.{tail}")]
    return [float(f"{plain_head}.{tail}")]


def _money(m: re.Match[str], text: str, end: int, lang: str) -> tuple[str, frozenset[str]] | None:
    """The currency a number is counted in, as written and as the codes that writing may mean: a
    sign before or after it ("$5", "5 €", "5 M€"), an ISO code before it ("HUF 500,000"), or a
    currency word or code after it, "de" or a capitalised word between them at most ("13 milliards
    de dollars", "5 US dollars", "5 Hong Kong dollars", "25 millions CZK"); None where there is none."""
    sign = m["cur"] or m["cur2"]
    if sign is None:
        after = text[m.end() : min(end, m.end() + 2)].lstrip()
        sign = after[:1] if after[:1] and after[:1] in _CURRENCY_SYMBOLS else None
    if sign is not None:
        written = sign.strip()
        return written, currencies.of_sign(written[-1])
    if (code := _CODE_BEFORE.search(text, max(0, m.start() - 4), m.start())) and (codes := currencies.of_word(code[1], lang)):
        return code[1], codes  # "HUF 500,000"
    for word in text[m.end() : min(end, m.end() + 30)].split()[:3]:
        word = word.strip(".,;:()").replace("’", "'")
        noun = word.rpartition("'")[2]  # "d'euros"
        if codes := currencies.of_word(noun, lang):
            return noun, codes
        if word.lower() not in ("de", "of") and not word[:1].isupper():
            return None  # "77 et l'euro": the currency word must follow the number, its scale, "de" or a country's word
    return None


_CODE_BEFORE = re.compile(r"\b([A-Z]{3})\s$")
"""An ISO 4217 code and one space before a number."""


def read_romans(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """Roman numerals: with a French ordinal suffix ("XXIe siècle") a value; bare after a
    capitalised word ("Jean-Paul II", "World War II") a weak one."""
    for m in _ROMAN_WORD.finditer(text, start, end):
        numeral, suffix = m["r"], m["suf"]
        if not _ROMAN.match(numeral) or (len(numeral) < 2 and (not suffix or numeral not in "IVX")):
            continue  # "Le", "Ce", "De" are words, not 50th, 100th, 500th
        if suffix and lang != "fr":
            continue
        value = _roman_value(numeral)
        before = text[max(start, m.start() - 30) : m.start()].split()
        if not suffix and not (before and before[-1][:1].isupper()):
            continue
        yield Quantity(m.start(), m.end(), m.group(), "ordinal" if suffix else "word",
                       frozenset({("n", value)}), weak=not suffix)


_ROMAN_WORD = re.compile(r"(?<![\w-])(?P<r>[IVXLCDM]{1,7})(?P<suf>er|e|ème|eme)?(?![\w-])")


def _roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(numeral, numeral[1:] + " ", strict=True):
        total += -values[a] if b != " " and values[a] < values[b] else values[a]
    return total
