"""What a sentence says in numbers: the quantities of English or French text, as values to compare.

French and English write the same value differently ("1 000,5" / "1,000.5", "13 milliards" /
"$13bn", "21h12" / "9:12 pm", "XXIe siècle" / "21st century", "20 novembre" / "November 20"),
so each quantity found is reduced to its *readings*: ``("n", 1.3e10)``, ``("month", 11)``,
``("weekday", 0)``, ``("time", 1272)`` (minutes after midnight). A quantity whose writing is
ambiguous has several ("1,500" is 1500 or 1.5; "05/06" is May 6 or June 5; "9:12" is 9:12 or
21:12), and two quantities say the same when a reading is shared.

Knowledge comes from maintained sources: month and weekday names, and the decimal and group
symbols of each language, from the Unicode CLDR through Babel; number words ("deux", "twenty-one",
"vingt et unième") from num2words, read backwards. Scale words (million, milliard, billion, which
is 10^9 in English and 10^12 in French), time and ordinal suffixes and the units converted in news
(miles and kilometres, feet and metres, °F and °C...) are conventions of the two languages, in
the tables below.

Not recognised: fractions ("half", "trois quarts"), approximate words ("a dozen", "une
centaine"), currencies themselves (an amount is its number: "$" for "euros" is not seen), and
numbers glued to letters, which are names or codes ("G20", "CO2", "4G", "COVID-19").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from mtcheck.tokens import NOT_PROSE

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


SCALES = {
    "en": {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3,
           "decade": 10},
    "fr": {"mille": 1e3, "million": 1e6, "milliard": 1e9, "billion": 1e12, "md": 1e9, "mds": 1e9, "mrd": 1e9,
           "m": 1e6, "k": 1e3, "décennie": 10},
}  # fmt: skip
"""Scale words after a number; "m" is a million only after a currency ("$5m"), else a metre;
"three decades" are thirty years ("trente ans")."""

UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("km", "kilometre", "kilometres", "kilometer", "kilometers", "kilomètre", "kilomètres"), ("length", 1000.0)),
    **dict.fromkeys(("mile", "miles", "mi"), ("length", 1609.344)),
    **dict.fromkeys(("m", "metre", "metres", "meter", "meters", "mètre", "mètres"), ("length", 1.0)),
    **dict.fromkeys(("ft", "foot", "feet", "pied", "pieds"), ("length", 0.3048)),
    **dict.fromkeys(("inch", "inches", "pouce", "pouces"), ("length", 0.0254)),
    **dict.fromkeys(("cm", "centimetre", "centimetres", "centimeter", "centimeters", "centimètre", "centimètres"),
                    ("length", 0.01)),
    **dict.fromkeys(("yard", "yards", "verge", "verges"), ("length", 0.9144)),
    **dict.fromkeys(("kg", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes"), ("mass", 1.0)),
    **dict.fromkeys(("lb", "lbs", "pound", "pounds", "livre", "livres"), ("mass", 0.45359237)),
    **dict.fromkeys(("t", "tonne", "tonnes", "ton", "tons"), ("mass", 1000.0)),
    **dict.fromkeys(("ha", "hectare", "hectares"), ("area", 10000.0)),
    **dict.fromkeys(("acre", "acres"), ("area", 4046.8564224)),
    **dict.fromkeys(("l", "litre", "litres", "liter", "liters"), ("volume", 1.0)),
    **dict.fromkeys(("gallon", "gallons"), ("volume", 3.785411784)),
    **dict.fromkeys(("mph",), ("speed", 1.609344)),
    **dict.fromkeys(("km/h", "kmh"), ("speed", 1.0)),
    **dict.fromkeys(("°f", "° f", "degrees fahrenheit", "degrés fahrenheit", "fahrenheit"), ("temperature", -1.0)),
    **dict.fromkeys(("°c", "° c", "degrees celsius", "degrés celsius", "celsius"), ("temperature", 1.0)),
}  # fmt: skip
"""Units news translations convert; the factor takes a value to the dimension's base unit
(temperature is marked -1 for Fahrenheit and converted by formula)."""

CONVERSION_TOLERANCE = 0.1
"""A converted measure is rounded by the translator ("5 miles" -> "8 km"): within 10% it is the same."""

_CURRENCY_SYMBOLS = "$€£¥₹₽"
_ORDINAL = {"en": r"(?:st|nd|rd|th)", "fr": r"(?:er|re|ère|e|ème|eme|es|èmes|nd|nde|è)"}
_PERCENT = r"\s?(?:%|pour[\s-]?cent|per[\s-]?cent|percent)"
_GROUPS = {"en": ", \u00a0\u202f", "fr": " \u00a0\u202f."}
_DECIMAL = {"en": ".", "fr": ","}
_NUMBER = r"\d{{1,3}}(?:(?P<g>[{groups}])\d{{3}}(?!\d))(?:(?P=g)\d{{3}}(?!\d))*(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def quantities(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """The quantities of ``text[start:end]`` in ``lang`` (en or fr), in text order."""
    end = len(text) if end is None else end
    if lang not in SCALES:
        return []
    maybe_address = _ADDRESS_HINT.search(text, start, end)
    taken: list[tuple[int, int]] = [m.span() for m in NOT_PROSE.finditer(text, start, end)] if maybe_address else []
    found: list[Quantity] = []
    for finder in (_dates, _year_ranges, _times, _numbers, _romans, _lexical):
        for q in finder(text, lang, start, end):
            if not any(q.start < b and a < q.end for a, b in taken):
                found.append(q)
                taken.append((q.start, q.end))
    return sorted(found, key=lambda q: q.start)


_ADDRESS_HINT = re.compile(r"[/@#]|www\.|\.(?:com|org|net|fr|io|ai)\b")
"""What every match of ``NOT_PROSE`` holds: most sentences have none, and are not searched for one."""


def _dates(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
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


def _year_ranges(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """"2011/12", "2020-21": the second year is written with its last two digits."""
    for m in _YEAR_RANGE.finditer(text, start, end):
        first, last = int(m["y"]), int(m["yy"])
        full = first // 100 * 100 + last
        yield Quantity(m.start("y"), m.end("y"), m["y"], "year", frozenset({("n", first)}))
        yield Quantity(m.start("yy"), m.end("yy"), m["yy"], "year", frozenset({("n", last), ("n", full)}))


_YEAR_RANGE = re.compile(r"(?<![\w/.-])(?P<y>1[89]\d\d|20\d\d)[/-](?P<yy>\d\d)(?![\w/.-])")


def _times(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """"21h12", "21 h", "21:12", "9:12 pm", "9 a.m.": minutes after midnight."""
    pattern = _TIME_FR if lang == "fr" else _TIME_EN
    for m in pattern.finditer(text, start, end):
        groups = m.groupdict()
        digits = groups.get("min") or groups.get("min2") or groups.get("min3")
        hour, minute = int(groups.get("h") or groups["h3"]), int(digits or 0)
        if hour > 24 or minute > 59:
            continue
        meridiem = (m.groupdict().get("ampm") or "").lower()
        if meridiem:  # "20.30pm" is written too: an hour past 12 is that hour
            hours = {hour if hour > 12 else hour % 12 + (12 if meridiem == "p" else 0)}
        elif digits is None:
            hours = {hour}
        else:
            hours = {hour, hour + 12} if hour < 12 else {hour}
        readings: set[Reading] = {("time", h * 60 + minute) for h in hours}
        if (digits is None or "heure" in m.group().lower()) and not meridiem:  # "5 h", "3 heures 40": a duration too
            readings.add(("n", hour))
        yield Quantity(m.start(), m.end(), m.group(), "time", frozenset(readings))
    if lang == "en":
        for m in _CLOCK_EN.finditer(text, start, end):
            hour, minute = int(m["h"]), int(m["m"])
            readings = {("time", hour * 60 + minute), ("n", float(m.group()))}
            if hour < 12:
                readings.add(("time", (hour + 12) * 60 + minute))
            yield Quantity(m.start(), m.end(), m.group(), "time", frozenset(readings))


_TIME_FR = re.compile(
    r"(?<![\w.,:])(?P<h>\d{1,2})(?:\s?h(?:eures?)?\s?(?P<min>\d{2})?(?!\w)|[:.](?P<min2>\d{2})(?!\d)(?:\s?h(?:eures?)?\b)?)"
)
_TIME_EN = re.compile(
    r"(?<![\w.,:])(?P<h>\d{1,2})(?:[:.](?P<min>\d{2}))?\s?(?P<ampm>[aApP])\.?\s?[mM](?![^\W\d_])\.?"
    r"|(?<![\w.,:])(?P<h3>\d{1,2}):(?P<min3>\d{2})(?!\d)"
)
_CLOCK_EN = re.compile(r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?![\d.,])")
"""English "20.30": a decimal, or a time written the European way; both readings."""


def _numbers(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """Numbers in digits with what follows them: a scale word, a percent sign, an ordinal suffix,
    a decade's "s", a unit; a currency before or after makes an amount."""
    for m in _number_pattern(lang).finditer(text, start, end):
        values = _values(m["num"], lang, scaled=bool(m["scale"]))
        kind = "decimal" if any(v != int(v) for v in values) else "number"
        scale, unit_word, scales = 1.0, m["unit"], [1.0]
        if m["scale"]:
            word = m["scale"].lower()
            scale = _scale(word, lang) * (_scale(m["scale2"].lower(), lang) if m["scale2"] else 1.0)
            scales = [scale]
            if word == "m" and not m["cur"] and text[m.end() : m.end() + 1] not in _CURRENCY_SYMBOLS:
                # "100 m" is a distance, "$5m" and "5 M€" five million, "800m people" either
                unit_word, scales = word, [1.0, scale]
        if m["pct"]:
            kind = "percent"
        elif m["ord"]:
            kind = "ordinal"
        elif m["cur"] or _currency_after(text, m.end(), end, lang):
            kind = "amount"
        elif len(m["num"]) == 4 and 1000 <= values[0] <= 2100 and scale == 1.0:
            kind = "year"
        unit = UNITS.get(unit_word.lower()) if unit_word else None
        if unit:
            kind = "unit"
        if m["sign"]:
            values = [-v for v in values]
        rest = int(m["rest"]) if m["rest"] and scale == 1e3 else 0  # "8 mille 415"
        if lang == "fr" and _HALF.match(text, m.end(), end):  # "4 millions et demi" is 4.5 million
            values = [v + 0.5 for v in values]
        readings = {("n", _round(v * k + rest)) for v in values for k in scales}
        if m["decade"] and len(m["num"]) == 4:  # "the 1990s" is "les années 90" too
            kind = "year"
            readings.add(("n", values[0] % 100))
        bare = frozenset(values) if scale != 1.0 else frozenset()
        yield Quantity(m.start(), m.end(), m.group(), kind, frozenset(readings), unit, bare)


@functools.cache
def _number_pattern(lang: str) -> re.Pattern[str]:
    # "milles" is miles: French "mille" (a thousand) takes no plural
    scales = "|".join(sorted({*SCALES[lang], *(f"{w}s" for w in SCALES[lang] if w != "mille")}, key=len, reverse=True))
    units = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
    return re.compile(
        rf"(?<![^\W\d_])(?:(?<![^\W\d_]-)|(?=(?:19|20)\d\d(?!\d)))(?<![\d.,])"
        rf"(?P<cur>(?:US|C|A)?[{_CURRENCY_SYMBOLS}]\s?)?(?P<sign>[-−])?"
        rf"(?P<num>{_NUMBER.format(groups=_GROUPS[lang])})(?![\d])"
        rf"(?:(?P<pct>{_PERCENT})|(?P<ord>{_ORDINAL[lang]})(?!\w)|(?P<decade>s)\b|[\s-]?(?P<scale>{scales})(?:\s(?P<scale2>{scales}))?(?![^\W\d_])(?:\s(?P<rest>\d{{1,3}})(?![\d.,]))?"
        rf"|[\s-]?(?P<unit>{units})(?![^\W\d_/°])|\s?[{_CURRENCY_SYMBOLS}])?"
        rf"(?![^\W\d_])(?![.,]\d)",
        re.IGNORECASE,
    )


def _scale(word: str, lang: str) -> float:
    """The factor of a scale word, singular or plural ("milliards"); 1 for another word."""
    return SCALES[lang].get(word) or SCALES[lang].get(word.rstrip("s"), 1.0)


def _round(value: float) -> float:
    """``value`` to ten significant digits: 2.318 x 10^9 and 2318 x 10^6 are one number."""
    return float(f"{value:.10g}")


def _values(digits: str, lang: str, scaled: bool = False) -> list[float]:
    """Every value a written number may have: "1,500" in French is 1.5, and 1500 where English
    digits slipped in; "1 000,5" is 1000.5. Before a scale word the language's own decimal mark
    is a decimal ("2.318 billion", "2,318 milliards")."""
    groups = _GROUPS[lang]
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
    if len(tail) == 3 and not (scaled and seps[0] == _DECIMAL[lang]):  # a group or a decimal, say both
        return [float(plain_head + tail), float(f"{plain_head}.{tail}")]
    return [float(f"{plain_head}.{tail}")]


def _currency_after(text: str, at: int, end: int, lang: str) -> bool:
    """A currency word among the three words after a number ("13 milliards de dollars")."""
    window = text[at : min(end, at + 30)].lower()
    return any(w.strip(".,;:") in _currency_words(lang) for w in window.split()[:3])


@functools.cache
def _currency_words(lang: str) -> frozenset[str]:
    """The nouns that name currencies in ``lang`` (CLDR through Babel), singular and plural."""
    from babel import Locale

    words = {name.split()[0].lower() for name in Locale(lang).currencies.values() if name}
    return frozenset(words | {f"{w}s" for w in words})


def _romans(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
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


def _lexical(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """What words say: months and weekdays by name, and numbers in words, in one pass over the
    words (a dictionary lookup each, not a pattern of every name)."""
    months, days, _ = _calendar(lang)
    atoms, ordinals = _number_words(lang)
    tokens = list(_LETTERS.finditer(text, start, end))
    if not _telling(lang).intersection(m.group().lower() for m in tokens):
        return  # no number word but "un", no month, no weekday: the common case, found in one set operation
    run: list[tuple[int, int, str]] = []
    for m in tokens:
        a, b, key = m.start(), m.end(), m.group().lower()
        if run and a < run[-1][1]:
            continue  # the "vingt" of a "quatre-vingt" already read
        if key == "quatre" and (tail := _VINGT.match(text, b, end)):  # "quatre-vingt(s)" is one word
            b, key = tail.end(), text[a : tail.end()].lower()
        if text[b : b + 1] == "." and f"{key}." in months:
            b, key = b + 1, f"{key}."
        if key in atoms:
            piece = (a, b, key)
            if run and not _continues(text, run, piece, atoms, ordinals, lang):
                yield from _word_run(text, run, atoms, ordinals, lang, end)
                run = []
            run.append(piece)
            continue
        if key in months or key in days:
            yield from _calendar_name(text, lang, start, end, a, b)
    if run:
        yield from _word_run(text, run, atoms, ordinals, lang, end)


_LETTERS = re.compile(r"[^\W\d_]+")


@functools.cache
def _telling(lang: str) -> frozenset[str]:
    """The words that may start a quantity: number words but the article, months and weekdays."""
    months, days, _ = _calendar(lang)
    atoms, _ = _number_words(lang)
    return frozenset({*atoms, *(m.rstrip(".") for m in months), *days, "pour", "per", "percent"} - {"un", "une", "one"})
_HALF = re.compile(r"\s+et\s+demie?\b", re.IGNORECASE)
_HALF_HOUR = re.compile(r"\s+heures?\s+et\s+demie?\b", re.IGNORECASE)
"""French "et demi": "deux heures et demie" is 2:30 or two and a half hours."""
_VINGT = re.compile(r"-vingts?(?![^\W\d_])", re.IGNORECASE)


def _calendar_name(text: str, lang: str, start: int, end: int, a: int, b: int) -> Iterator[Quantity]:
    """A month or a weekday by name (CLDR). English "May" and "March", and abbreviations, count
    only beside a number or after "in", "since"...: alone they are a verb, a name or a word."""
    months, days, ambiguous = _calendar(lang)
    word = text[a:b]
    key = word.lower()
    if lang == "en" and not word[:1].isupper():
        return
    if lang == "fr" and word[:1].isupper() and key in ambiguous and _inside(text, start, a):
        return  # "Mars", the planet or the brand; "mars" is the month
    if key in months:
        near = text[max(start, a - 6) : min(end, b + 6)]
        before = text[max(start, a - 12) : a].lower().split()[-1:]
        dated = bool(re.search(r"\d", near)) or bool(before and before[0].strip("-") in _MONTH_CONTEXT)
        if (key in ambiguous or key.endswith(".")) and lang == "en" and not dated:
            return
        yield Quantity(a, b, word, "month", frozenset({("month", months[key])}))
    else:
        day = days[key]
        near = text[max(start, a - 12) : min(end, b + 12)].lower()
        # "Saturday night" is the night of Saturday to Sunday, which French may call "la nuit de dimanche"
        shifted = {(day + 1) % 7, (day - 1) % 7} if re.search(r"\b(?:night|nuit)\b", near) else set()
        yield Quantity(a, b, word, "weekday", frozenset(("weekday", d) for d in {day, *shifted}))


_MONTH_CONTEXT = frozenset("in of since until till early late mid last next this by from to through between and or "
                           "during before after".split())
"""Words after which English "May" or "March" is the month ("in May", "since March")."""


def _inside(text: str, start: int, at: int) -> bool:
    """Whether a word comes before ``at`` in its sentence (from ``start``)."""
    return bool(re.search(r"\w[^.!?]*$", text[start:at]))


@functools.cache
def _calendar(lang: str) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    from babel.dates import get_day_names, get_month_names

    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for k, name in get_month_names(width, locale=lang).items():
            months.setdefault(name.lower(), k)
            if width == "abbreviated" and not name.endswith("."):
                months.setdefault(name.lower() + ".", k)
    if lang == "en":
        months.setdefault("sept.", 9)
    days = {name.lower(): k for k, name in get_day_names("wide", locale=lang).items()}
    ambiguous = frozenset({"may", "march", "mar", "jun", "jan", "dec", "sep", "oct", "nov", "aug", "apr", "feb", "jul"}
                          if lang == "en" else {"mars", "mai"})
    return months, days, ambiguous


_DECADES = frozenset({"decade", "decades", "décennie", "décennies"})
_AMBIGUOUS_WORDS = frozenset({"second", "seconde", "neuf", "mille"})
"""Number words that are also other words: "second" and "seconde" (units of time, "second-hand"),
"neuf" (new), "mille" (a mile)."""


def _continues(text: str, run: list[tuple[int, int, str]], piece: tuple[int, int, str],
               atoms: dict[str, float], ordinals: frozenset[str], lang: str) -> bool:
    """Whether ``piece`` goes on the number the run of words writes: only a space or a hyphen
    between them, "and" after a hundred or a thousand ("two hundred and five"), "et" before "un"
    or "onze" ("vingt et un"); never after an ordinal ("first two"), and a unit only after a ten
    or a hundred ("vingt-deux", not "cinq sept").
    """
    last, word = run[-1][2], piece[2]
    between = text[run[-1][1] : piece[0]].strip(" -").lower()
    if last in ordinals or piece[0] - run[-1][1] > 5:
        return False
    if between == "and":
        return lang == "en" and atoms[last] >= 100
    if between == "et":
        return lang == "fr" and word in ("un", "une", "unième", "onze")
    if between:
        return False
    value, previous = atoms[word], atoms[last]
    if value >= 100 or previous >= 100 or word in _DECADES:
        return True
    tens = previous % 10 == 0 and previous >= 20
    teen = lang == "fr" and previous == 10 and 7 <= value <= 9  # "dix-sept", "soixante-dix-neuvième"
    return teen or (tens and (value < 10 or (lang == "fr" and previous in (60, 80) and value < 20)))


def _word_run(text: str, run: list[tuple[int, int, str]], atoms: dict[str, float],
              ordinals: frozenset[str], lang: str, end: int) -> Iterator[Quantity]:
    words = [w for _, _, w in run]
    if words[0] in ("one", "un", "une") and len(words) == 1 and not re.match(_PERCENT, text[run[0][1] : end]):
        return  # an article or a pronoun, but for "one per cent", "un pour cent"
    if atoms[words[0]] >= 1e6 or words[0] in ("hundreds", "cents", *_DECADES) or (
        words[0] == "cent" and text[max(0, run[0][0] - 5) : run[0][0]].lower().strip(" -") in ("pour", "per")
    ):
        return  # "des millions", "hundreds of", "pour cent": no count
    total = current = 0.0
    for word in words:
        value = atoms[word]
        if word in _DECADES:
            current = max(current, 1) * 10
        elif value == 100:
            current = max(current, 1) * 100
        elif value >= 1000:
            total = total * value if current == 0 and total else total + max(current, 1) * value
            current = 0
        else:
            current += value
    value = total + current
    weak = (len(words) == 1 and words[0] in _AMBIGUOUS_WORDS) or words[-1] in ordinals
    scaled = len(words) == 2 and (atoms[words[1]] >= 1e6 or words[1] in _DECADES)
    bare = frozenset({float(atoms[words[0]])}) if scaled else frozenset()
    a, b = run[0][0], run[-1][1]
    readings = {("n", _round(value))}
    if lang == "fr" and _HALF_HOUR.match(text, b, end) and value <= 12:  # "onze heures et demie"
        readings = {("n", value + 0.5), ("time", value * 60 + 30), ("time", (value + 12) * 60 + 30)}
    elif lang == "fr" and _HALF.match(text, b, end):
        readings = {("n", _round(value + 0.5 if len(words) == 1 else value + 0.5 * atoms[words[-1]]))}
    elif value <= 12 and re.match(r"\s(?:o'clock|o’clock|heures?\b)", text[b : min(end, b + 9)]):
        readings |= {("time", value * 60), ("time", (value + 12) * 60)}  # "five o'clock", "dix heures"
    yield Quantity(a, b, text[a:b], "word", frozenset(readings), bare=bare, weak=weak)


@functools.cache
def _number_words(lang: str) -> tuple[dict[str, float], frozenset[str]]:
    """The words runs of number words are made of, with their values, and which are ordinals:
    num2words' one-word cardinals and ordinals of 1 to 99 ("dix", "twenty", "troisième"), 100, 1000
    and the scale words; compounds ("vingt-deux", "twenty-first") are runs of these."""
    from num2words import num2words

    atoms: dict[str, float] = {}
    ordinals: set[str] = set()
    for n in (*range(1, 100), 100, 1000):
        for to in ("cardinal", "ordinal"):
            word = num2words(n, lang=lang, to=to).lower()
            if re.fullmatch(r"[^\W\d_]+", word):
                atoms.setdefault(word, n)
                if to == "ordinal":
                    ordinals.add(word)
    atoms.update({"cent": 100, "cents": 100, "hundred": 100, "hundreds": 100, "mille": 1000, "thousand": 1000,
                  "quatre-vingt": 80, "quatre-vingts": 80, "unième": 1})
    ordinals.add("unième")
    for word, scale in SCALES[lang].items():
        if len(word) > 2:
            atoms[word] = scale
            if word != "mille":
                atoms[f"{word}s"] = scale
    if lang == "fr":
        atoms.update({"second": 2, "seconde": 2})
        ordinals |= {"second", "seconde"}
    return atoms, frozenset(ordinals)


def same(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities say the same value: a shared reading, or the same number where one
    side left its scale word elsewhere or out ("40 billion" for "40 autres milliards", "$612
    billion" for "612 $"). Two different scales ("millions" for "milliards") differ."""
    if a.readings & b.readings:
        return True
    if bool(a.bare) != bool(b.bare):
        scaled, plain = (a, b) if a.bare else (b, a)
        return any(("n", v) in plain.readings for v in scaled.bare)
    return False


def converted(a: Quantity, b: Quantity) -> bool:
    """Whether ``b`` is ``a`` in another unit of the same dimension, rounded as translators do."""
    if a.unit is None or b.unit is None or a.unit[0] != b.unit[0] or a.unit == b.unit:
        return False
    for (_, x), (_, y) in ((x, y) for x in a.readings for y in b.readings):
        if a.unit[0] == "temperature":
            expected = (x - 32) * 5 / 9 if a.unit[1] < 0 else x * 9 / 5 + 32
        else:
            expected = x * a.unit[1] / b.unit[1]
        if expected and abs(y - expected) <= CONVERSION_TOLERANCE * abs(expected) + 0.5:
            return True
    return False


@dataclass(frozen=True, slots=True)
class Differences:
    """What the two sides of a sentence pair say differently."""

    changed: list[tuple[Quantity, Quantity]]
    """(source, target) pairs of values of one family that differ."""
    missing: list[Quantity]
    """Source values the target lacks."""
    added: list[Quantity]
    """Target values the source lacks."""


def compare(source: list[Quantity], target: list[Quantity]) -> Differences:
    """The differences of the quantities of a sentence pair. Weak quantities stand for values, but
    are never among the differences.

    Quantities are matched one to one in three rounds, the surest first: a shared reading (a
    maximum matching, so "May 6" finds its "06/05" whatever the order of the readings), then the
    same number with its scale word left out on one side, then measures converted. A value left
    on each side then pairs with the most alike of the other side's: the same kind ("$38,690"
    with "$39 690", not with "4ème"), then the nearest place in the sentence."""
    left_src, left_tgt = list(source), list(target)
    for fits in (_same_reading, same, converted):
        match = _matching(left_src, left_tgt, fits)
        left_src = [q for k, q in enumerate(left_src) if k not in match]
        left_tgt = [t for k, t in enumerate(left_tgt) if k not in set(match.values())]
    strong_src = [q for q in left_src if not q.weak]
    strong_tgt = [t for t in left_tgt if not t.weak]
    pairs: list[tuple[Quantity, Quantity]] = []
    for k, q in enumerate(list(strong_src)):
        candidates = [t for t in strong_tgt if family(t) & family(q)]
        if not candidates:
            continue
        at = k / max(1, len(strong_src) - 1)
        partner = min(candidates, key=lambda t: (t.kind != q.kind, abs(strong_tgt.index(t) / max(1, len(strong_tgt) - 1) - at)))
        pairs.append((q, partner))
        strong_src.remove(q)
        strong_tgt.remove(partner)
    return Differences(pairs, strong_src, strong_tgt)


def _same_reading(a: Quantity, b: Quantity) -> bool:
    return bool(a.readings & b.readings)


def family(q: Quantity) -> frozenset[str]:
    """The kinds of value a quantity may be: "n", "month", "weekday" or "time"."""
    return frozenset(ns for ns, _ in q.readings)


def _matching(left: list[Quantity], right: list[Quantity], fits) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """A maximum one-to-one matching of ``left`` to ``right`` (Kuhn's augmenting paths: a sentence
    holds a handful of quantities)."""
    owner: dict[int, int] = {}

    def near(i: int) -> list[int]:  # the same place in the sentence first: "2.6 ... 2.3" / "2,3 ... 2,3"
        at = i / max(1, len(left) - 1)
        return sorted(range(len(right)), key=lambda j: abs(j / max(1, len(right) - 1) - at))

    def place(i: int, seen: set[int]) -> bool:
        for j in near(i):
            b = right[j]
            if j in seen or not fits(left[i], b):
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(left)):
        place(i, set())
    return {i: j for j, i in owner.items()}


_SCALE_WORDS = {"en": {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"},
                "fr": {1e3: "mille", 1e6: "millions", 1e9: "milliards", 1e12: "billions"}}


def written(q: Quantity, lang: str) -> str | None:
    """The value of ``q`` as ``lang`` writes it (a fix), or None where it cannot be said simply."""
    from babel.dates import get_day_names, get_month_names
    from babel.numbers import format_decimal

    kinds = family(q)
    if kinds == {"month"}:
        (_, month), *_ = q.readings
        return get_month_names("wide", locale=lang)[int(month)]
    if kinds == {"weekday"} and len(q.readings) == 1:
        (_, day), *_ = q.readings
        return get_day_names("wide", locale=lang)[int(day)]
    if kinds == {"time"} and len(q.readings) == 1:
        (_, minutes), *_ = q.readings
        hour, minute = divmod(int(minutes), 60)
        if lang == "fr":
            return f"{hour} h {minute:02d}" if minute else f"{hour} h"
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {'pm' if hour >= 12 else 'am'}"
    values = sorted(v for ns, v in q.readings if ns == "n")
    if len(values) != 1 or q.weak:
        return None
    value = values[0]
    if q.bare and len(q.bare) == 1:
        bare = next(iter(q.bare))
        scale = _round(value / bare) if bare else 0
        word = _SCALE_WORDS[lang].get(scale)
        if word:
            number = format_decimal(bare, locale=lang, group_separator=False)
            return f"{number} {word}"
    if q.kind == "year" or (value == int(value) and abs(value) < 10000):
        number = str(int(value))
    else:
        number = format_decimal(value, locale=lang)
    if q.kind == "percent":
        return f"{number}\u00a0%" if lang == "fr" else f"{number}%"
    if q.kind == "ordinal" and value == int(value):
        if lang == "fr":
            return f"{number}{'er' if value == 1 else 'e'}"
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(int(value) % 10 if int(value) % 100 not in (11, 12, 13) else 0, "th")
        return f"{number}{suffix}"
    return number
