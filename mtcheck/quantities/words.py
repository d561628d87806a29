"""Values written with words: numbers in words, read as whole runs, and months and weekdays by name."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from mtcheck.quantities.hours import CLOCK_WORDS, clock_word, past_the_hour, said_hour
from mtcheck.quantities.units import unit_of, unit_pattern
from mtcheck.quantities.values import (
    HALF,
    HALF_AFTER_A_NOUN,
    HALF_HOUR,
    JOINING,
    PERCENT,
    SCALES,
    THOUSANDS_MISSPELLED,
    Quantity,
    and_a_half,
    round_value,
    scale_of,
)


def read_words(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """What words say: months and weekdays by name, and numbers in words, in one pass over the
    words (a dictionary lookup each, not a pattern of every name)."""
    months, days, _ = _calendar(lang)
    atoms, ordinals = _number_words(lang)
    if _telling(lang).isdisjoint(map(str.lower, _LETTERS.findall(text, start, end))):
        return  # no number word but "un", no month, no weekday: the common case, found in one set operation
    run: list[tuple[int, int, str]] = []
    for m in _LETTERS.finditer(text, start, end):
        a, b, key = m.start(), m.end(), m.group().lower()
        if run and a < run[-1][1]:
            continue  # the "vingt" of a "quatre-vingt" already read
        if key == "quatre" and (tail := _VINGT.match(text, b, end)):  # "quatre-vingt(s)" is one word
            b, key = tail.end(), "".join(text[a : tail.end()].lower().split())
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
        elif lang == "en" and key in _DECADE_WORDS:
            yield _decade(text, a, b, _DECADE_WORDS[key])
        elif key in CLOCK_WORDS[lang] and m.group().islower() and text[a - 1 : a] != "-":
            yield clock_word(text, a, b, end, lang, CLOCK_WORDS[lang][key], atoms)
    if run:
        yield from _word_run(text, run, atoms, ordinals, lang, end)


_LETTERS = re.compile(r"[^\W\d_]+")


def unsure_months(text: str, lang: str, start: int, end: int) -> list[Quantity]:
    """The months ``read_words`` leaves alone as other words, read as months: English "May" and
    "March" (and short forms) capitalised with no figure or preposition beside them ("the March
    summit"), French "Mars" and "Mai" capitalised inside a sentence. NU001 reads them where the
    other side of the sentence pair names more months: the source says which reading is meant."""
    months, _, ambiguous = _calendar(lang)
    out = []
    for m in _LETTERS.finditer(text, start, end):
        word, key = m.group(), m.group().lower()
        if key in ambiguous and key in months and word[:1].isupper() \
                and not any(True for _ in _calendar_name(text, lang, start, end, m.start(), m.end())):
            out.append(Quantity(m.start(), m.end(), word, "month", frozenset({("month", months[key])})))
    return out


_ONE_AND_A_HALF = {
    "en": re.compile(r"\b(?:(?:an?|one)\s+(?P<noun>[^\W\d_]+)|one)\s+(?P<half>and\s+a\s+half)\b(?!-)"
                     r"(?:\s+(?P<scale>[^\W\d_]+))?", re.IGNORECASE),
    "fr": re.compile(r"\bune?\s+(?:(?P<noun>[^\W\d_]+)\s+)?(?P<half>et\s+demie?)\b(?!-)", re.IGNORECASE),
}
_HALF_WORD = {"en": re.compile(r"half", re.IGNORECASE), "fr": re.compile(r"demi", re.IGNORECASE)}
_HALF_A_SCALE = {
    "en": re.compile(r"\bhalf\s+an?\s+(?P<scale>thousand|million|billion|trillion)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:une?\s+)?demi-(?P<scale>million|milliard)\b", re.IGNORECASE),
}


def read_halves(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """Halves said with the article or "one", which alone are no count: one and a half ("an hour
    and a half", "a year and a half", "one and a half million", "un an et demi", "un million et
    demi", "une heure et demie", a clock's 1:30 too), 1.5 times the scale word it counts; and half
    a scale word ("half a million", "un demi-milliard"), 0.5 times it."""
    if lang not in _ONE_AND_A_HALF or not _HALF_WORD[lang].search(text, start, end):
        return
    for m in _HALF_A_SCALE[lang].finditer(text, start, end):
        half = round_value(0.5 * scale_of(m["scale"].lower(), lang))
        yield Quantity(m.start(), m.end(), m.group(), "word", frozenset({("n", half)}))
    for m in _ONE_AND_A_HALF[lang].finditer(text, start, end):
        noun = (m["noun"] or "").lower()
        scale, stop = scale_of(noun, lang), m.end("half")
        if lang == "en" and not noun and m["scale"] and scale_of(m["scale"].lower(), lang) != 1.0:
            scale, stop = scale_of(m["scale"].lower(), lang), m.end("scale")  # "one and a half million"
        readings = {("n", round_value(1.5 * scale))}
        if lang == "fr" and noun == "heure":
            readings |= {("time", 90), ("time", 810)}  # "à une heure et demie": 1:30 or 13:30
        counted = noun or (m.groupdict().get("scale") or "").lower()
        if counted in _YEARS:
            readings.add(("n", 18))  # "a year and a half" for "dix-huit mois": counted in months
        yield Quantity(m.start(), stop, text[m.start() : stop], "word", frozenset(readings))


def read_parts_of_an_hour(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """A half or quarters of an hour said in words, a duration in minutes, as the other language may
    count it: "half an hour", "une demi-heure" (30), "a quarter of an hour", "un quart d'heure"
    (15), "three quarters of an hour", "trois quarts d'heure" (45), "an hour and a quarter", "une
    heure et quart" (75; in French a clock's 1:15 too, as "une heure et demie" is 1:30)."""
    if lang not in _PARTS_OF_AN_HOUR or not _HOUR_WORD[lang].search(text, start, end):
        return
    for m in _PARTS_OF_AN_HOUR[lang].finditer(text, start, end):
        minutes = 30 if m["half"] else 45 if m["three"] else 75 if m["hour"] else 15
        readings = {("n", minutes)} | ({("time", 75), ("time", 795)} if m["hour"] and lang == "fr" else set())
        yield Quantity(m.start(), m.end(), m.group(), "word", frozenset(readings))


_HOUR_WORD = {"en": re.compile(r"hour", re.IGNORECASE), "fr": re.compile(r"heure", re.IGNORECASE)}
_PARTS_OF_AN_HOUR = {
    "en": re.compile(r"\b(?:(?P<half>half\s+an\s+hour|(?:a\s+)?half[-\s]hour)|(?P<hour>an\s+hour\s+and\s+a\s+quarter)"
                     r"|(?:a\s+|one\s+|(?P<three>three)\s+)?quarters?\s+of\s+an\s+hour)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:(?P<half>(?:une\s+)?demi-heure)|(?P<hour>une\s+heure\s+et\s+quart)"
                     r"|(?:un\s+|(?P<three>trois)\s+)?quarts?\s+d['’]heure)\b", re.IGNORECASE),
}
_YEARS = frozenset({"year", "years", "an", "ans", "année", "années"})
"""A year and a half is also eighteen months, as translators count it."""


@functools.cache
def _telling(lang: str) -> frozenset[str]:
    """The words that may start a quantity: number words but the article, months, weekdays and
    English decades."""
    months, days, _ = _calendar(lang)
    atoms, _ = _number_words(lang)
    decades = _DECADE_WORDS if lang == "en" else {}
    return frozenset({*atoms, *(m.rstrip(".") for m in months), *days, *decades, *CLOCK_WORDS[lang], "pour", "per", "percent"}
                     - {"un", "une", "one"})


_DECADE_WORDS = {word: 10 * k for k, word in
                 enumerate("twenties thirties forties fifties sixties seventies eighties nineties".split(), 2)}
_THE_BEFORE = re.compile(r"\bthe\s+['’]?$", re.IGNORECASE)


def _decade(text: str, a: int, b: int, tens: int) -> Quantity:
    """English "the sixties": the 1960s (or the 2020s for "the twenties"), as French writes "les
    années 60" or "les années 1960". Without "the" it is an age ("in her forties"): forty to
    forty-nine years, which stands for an age the other side gives but is never reported."""
    if _THE_BEFORE.search(text, max(0, a - 6), a):
        return Quantity(a, b, text[a:b], "year", frozenset({("n", tens), ("n", 1900 + tens), ("n", 2000 + tens)}))
    return Quantity(a, b, text[a:b], "word", frozenset(("n", tens + k) for k in range(10)), weak=True)


_VINGT = re.compile(r"\s?-\s?vingts?(?![^\W\d_])", re.IGNORECASE)
"""The "-vingt" of "quatre-vingt(s)", spaces around its hyphen as MT output writes it ("quatre - vingt")."""


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
        dated = bool(re.search(r"\d", near)) or bool(before and before[0].strip("-") in _MONTH_CONTEXT) \
            or _beside_a_month(text, start, end, a, b, months, ambiguous)
        if (key in ambiguous or key.endswith(".")) and lang == "en" and not dated:
            return
        yield Quantity(a, b, word, "month", frozenset({("month", months[key])}))
    else:
        day = days[key]
        near = text[max(start, a - 12) : min(end, b + 12)].lower()
        # "Saturday night" is the night of Saturday to Sunday, which French may call "la nuit de dimanche"
        shifted = {(day + 1) % 7, (day - 1) % 7} if re.search(r"\b(?:night|nuit)\b", near) else set()
        yield Quantity(a, b, word, "weekday", frozenset(("weekday", d) for d in {day, *shifted}))


_NEXT_MONTH = re.compile(r"(?:\s*([-–/])\s*|\s+(?:and|or|to|through)\s+)([^\W\d_]+\.?)")
_MONTH_BEFORE = re.compile(r"([^\W\d_]+\.?)(?:\s*([-–/])\s*|\s+(?:and|or|to|through)\s+)$")


def _beside_a_month(text: str, start: int, end: int, a: int, b: int, months: dict[str, int],
                    ambiguous: frozenset[str]) -> bool:
    """Whether another month's name is joined to the word by a hyphen or a slash ("the March-April
    period"), or one that is no other word by "and", "or" or "to" ("the May to June period"): a
    range or a choice of months. Two words that may each be a name ("Jan and May") prove nothing."""
    after = _NEXT_MONTH.match(text, b, end)
    before = _MONTH_BEFORE.search(text, max(start, a - 16), a)
    found = [(m.group(2), m.group(1)) for m in (after,) if m] + [(m.group(1), m.group(2)) for m in (before,) if m]
    return any(word.lower() in months and (mark or word.lower() not in ambiguous) for word, mark in found)


def after_a_month(text: str, at: int, lang: str) -> bool:
    """Whether two digits at ``at`` are a year's last two after a month's name: French puts the day
    before the month, so "octobre 74" is October 1974; English puts it after ("October 20"), so
    only an apostrophe for the century makes a year there ("October '74")."""
    apostrophe = "['’]" if lang == "en" else "['’]?"
    before = re.search(rf"([^\W\d_]+\.?)\s+{apostrophe}$", text[max(0, at - 14) : at])
    return before is not None and before.group(1).lower() in _calendar(lang)[0]


@functools.cache
def calendar_names(lang: str, width: str = "wide") -> tuple[dict[int, str], dict[int, str]]:
    """The months' names by number (1 to 12) and the weekdays' (0 for Monday), in lowercase, as the
    CLDR writes them (through Babel) in ``width`` ("wide" or "abbreviated")."""
    from babel.dates import get_day_names, get_month_names

    return ({k: name.lower() for k, name in get_month_names(width, locale=lang).items()},
            {k: name.lower() for k, name in get_day_names(width, locale=lang).items()})


@functools.cache
def month_abbreviations(lang: str) -> frozenset[str]:
    """The short forms of the months' names that are not the name itself, lowercased ("oct",
    "sept"; not "may"), from the CLDR's abbreviated names."""
    wide = set(calendar_names(lang)[0].values())
    short = {name.rstrip(".") for name in calendar_names(lang, "abbreviated")[0].values()}
    return frozenset(short - wide) | (frozenset({"sept"}) if lang == "en" else frozenset())


_MONTH_CONTEXT = frozenset("in of since until till early late mid last next this by from to through between and or "
                           "during before after".split())
"""Words after which English "May" or "March" is the month ("in May", "since March")."""


def _inside(text: str, start: int, at: int) -> bool:
    """Whether a word comes before ``at`` in its sentence (from ``start``)."""
    return bool(re.search(r"\w[^.!?]*$", text[start:at]))


@functools.cache
def _calendar(lang: str) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for k, name in calendar_names(lang, width)[0].items():
            months.setdefault(name, k)
            if width == "abbreviated" and name in month_abbreviations(lang):
                months.setdefault(name + ".", k)  # "Oct." but not "juin.": a full name's stop ends its sentence
    if lang == "en":
        months.setdefault("sept.", 9)
    days = {name: k for k, name in calendar_names(lang)[1].items()}
    days |= {name + "s": k for name, k in days.items()}  # a habit: "on Fridays", "tous les vendredis"
    ambiguous = frozenset({"may", "march", "mar", "jun", "jan", "dec", "sep", "oct", "nov", "aug", "apr", "feb", "jul"}
                          if lang == "en" else {"mars", "mai"})
    return months, days, ambiguous


_DECADES = frozenset({"decade", "decades", "décennie", "décennies", "décade", "décades"})
_AMBIGUOUS_WORDS = frozenset({"second", "seconde", "neuf", "mille"})
"""Number words that are also other words: "second" and "seconde" (units of time, "second-hand"),
"neuf" (new), "mille" (a mile)."""


def _continues(text: str, run: list[tuple[int, int, str]], piece: tuple[int, int, str],
               atoms: dict[str, float], ordinals: frozenset[str], lang: str) -> bool:
    """Whether ``piece`` goes on the number the run of words writes: only a space or a hyphen
    between them, "and" after a hundred or a thousand ("two hundred and five"), "et" between a ten
    and "un" or "onze" ("vingt et un", "soixante et onze"; "trois et un" is two numbers); never
    after an ordinal ("first two"), and a unit only after a ten or a hundred ("vingt-deux", not
    "cinq sept").
    """
    last, word = run[-1][2], piece[2]
    between = text[run[-1][1] : piece[0]].strip(" -").lower()
    if last in ordinals or piece[0] - run[-1][1] > 5:
        return False
    if between == "and":
        return lang == "en" and atoms[last] >= 100
    if between == "et":  # only after a ten: "trois et un" is two numbers
        return lang == "fr" and word in ("un", "une", "unième", "onze") and 20 <= atoms[last] < 100 and atoms[last] % 10 == 0
    if between:
        return False
    value, previous = atoms[word], atoms[last]
    if value >= 100 or previous >= 100 or word in _DECADES:
        return True
    tens = previous % 10 == 0 and previous >= 20
    teen = lang == "fr" and previous == 10 and 7 <= value <= 9  # "dix-sept", "soixante-dix-neuvième"
    return teen or (tens and (value < 10 or (lang == "fr" and previous in (60, 80) and value < 20)))


_JOINED_TO = re.compile(rf"\s*{JOINING}\s+(?P<next>[^\W_]+)", re.IGNORECASE)


def _counted_beside(text: str, at: int, end: int, atoms: dict[str, float]) -> bool:
    """Whether "one" or "un" at ``at`` is joined to another number, which makes it a count too, as
    the article and the pronoun never are: "one or two years", "by one and two years", "un ou deux
    ministres", "de un à trois ans"."""
    m = _JOINED_TO.match(text, at, end)
    return m is not None and (m["next"].isdigit() or m["next"].lower() in atoms)


def _word_run(text: str, run: list[tuple[int, int, str]], atoms: dict[str, float],
              ordinals: frozenset[str], lang: str, end: int) -> Iterator[Quantity]:
    words = [w for _, _, w in run]
    if words[0] in ("one", "un", "une") and len(words) == 1 and not re.match(PERCENT, text[run[0][1] : end]) \
            and past_the_hour(text, run[0][0], run[0][1], end, lang, atoms) is None \
            and not _counted_beside(text, run[0][1], end, atoms):
        return  # an article or a pronoun, but for "one per cent", "un pour cent", "une heure trente", "un ou deux"
    if atoms[words[0]] >= 1e6 or words[0] in ("hundreds", "thousands", "cents", *_DECADES) or (
        words[0] == "cent" and text[max(0, run[0][0] - 5) : run[0][0]].lower().strip(" -") in ("pour", "per")
    ):
        return  # "des millions", "hundreds of", "thousands of", "pour cent": no count
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
    if value > 1e15:
        return  # "mille milliards de milliards...": past any count news writes, and past what a float holds
    weak = (len(words) == 1 and words[0] in _AMBIGUOUS_WORDS) or words[-1] in ordinals
    scaled = len(words) == 2 and (atoms[words[1]] >= 1e6 or words[1] in _DECADES)
    bare = frozenset({float(atoms[words[0]])}) if scaled else frozenset()
    a, b = run[0][0], run[-1][1]
    readings = {("n", round_value(value))}
    if (minutes := past_the_hour(text, a, b, end, lang, atoms)) is not None and 0 < value <= 12:
        # "half past eight", "huit heures et quart", "neuf heures moins le quart": 8:30, 8:15, 8:45
        at = value * 60 + minutes
        readings = {("n", round_value(at / 60)), ("time", at), ("time", at + 720)}
    elif lang == "fr" and HALF_HOUR.match(text, b, end) and value <= 12:  # "onze heures et demie"
        readings = {("n", value + 0.5), ("time", value * 60 + 30), ("time", (value + 12) * 60 + 30)}
    elif lang == "fr" and HALF.match(text, b, end):
        readings = {("n", round_value(value + 0.5 if len(words) == 1 else value + 0.5 * atoms[words[-1]]))}
    elif lang == "fr" and HALF_AFTER_A_NOUN.match(text, b, end):
        readings = {("n", round_value(value + 0.5))}  # "trois ans et demi"
    elif lang == "en" and (half := and_a_half(text, b, end)):
        scale, b = half  # the whole value ends after "and a half", or after its scale word
        readings = {("n", round_value((value + 0.5) * scale))}
    elif lang == "fr" and THOUSANDS_MISSPELLED.match(text, b, end):
        readings.add(("n", round_value(value * 1000)))  # "huit milles": eight miles, or 8,000 misspelled
    elif said_hour(text, a, b, end, lang, value):
        hours = {value} if value > 12 else {value, (value + 12) % 24}  # "dix-neuf heures" is 19:00, "dix heures" 10:00 or 22:00
        readings |= {("time", hour * 60) for hour in hours}
    weak = weak and not any(kind == "time" for kind, _ in readings)  # "neuf heures" is nine o'clock, not new
    measured = unit_pattern().match(text, b, end) if not bare and all(kind == "n" for kind, _ in readings) else None
    if measured is not None:  # "five miles", "trois kilomètres": a measure, which a translation may convert
        yield Quantity(a, measured.end(), text[a : measured.end()], "word", frozenset(readings), unit_of(measured["unit"]),
                       weak=weak)
        return
    yield Quantity(a, b, text[a:b], "word", frozenset(readings), bare=bare, weak=weak)


_REGIONS = {"fr": ("fr", "fr_BE", "fr_CH")}
"""The regional writings of a language's numbers that num2words knows, read beside its own."""


@functools.cache
def _number_words(lang: str) -> tuple[dict[str, float], frozenset[str]]:
    """The words runs of number words are made of, with their values, and which are ordinals:
    num2words' one-word cardinals and ordinals of 1 to 99 ("dix", "twenty", "troisième"), 100, 1000
    and the scale words; compounds ("vingt-deux", "twenty-first") are runs of these. French reads
    Belgium's and Switzerland's tens too ("septante", "huitante", "nonante"), which news from there
    and some MT systems write."""
    from num2words import num2words

    atoms: dict[str, float] = {}
    ordinals: set[str] = set()
    for variant in _REGIONS.get(lang, (lang,)):
        for n in (*range(1, 100), 100, 1000):
            for to in ("cardinal", "ordinal"):
                word = num2words(n, lang=variant, to=to).lower()
                if re.fullmatch(r"[^\W\d_]+", word):
                    atoms.setdefault(word, n)
                    if to == "ordinal":
                        ordinals.add(word)
    atoms.update({"une": 1, "cent": 100, "cents": 100, "hundred": 100, "hundreds": 100, "mille": 1000, "thousand": 1000,
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
