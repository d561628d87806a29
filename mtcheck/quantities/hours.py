"""Times of day said in words: noon and midnight by name, and the minutes said around an hour
("half past eight", "a quarter to nine", "huit heures et quart", "midi et demi"). The numbers
themselves are read by ``words``, which asks here what the words around them make of them."""

from __future__ import annotations

import re
from collections.abc import Mapping

from mtcheck.quantities.values import Quantity

CLOCK_WORDS = {"en": {"noon": (720,), "midday": (720,), "midnight": (0, 1440)},
               "fr": {"midi": (720,), "minuit": (0, 1440)}}
"""Hours named by a word, in minutes after midnight (midnight ends a day too: "24 h"). In lowercase
only, and not after a hyphen: "Midi" is the south of France, "après-midi" the afternoon."""
_CLOCK_WORD_MINUTES_FR = re.compile(
    r"\s+(?:et\s+(?P<half>demie?)|et\s+(?P<quarter>quart)|moins\s+(?:le\s+(?P<to_quarter>quart)|(?P<to>[^\W\d_]+(?:-[^\W\d_]+)?))"
    r"|(?P<digits>\d{2})(?![\d:]|[.,]\d)|(?P<after>[^\W\d_]+(?:-[^\W\d_]+)?))\b",
    re.IGNORECASE,
)
"""What French says after "midi" or "minuit": "et demi", "et quart", "moins le quart", "moins dix",
minutes in words or digits ("midi quarante-cinq", "minuit 30"); any other word is not read."""


def clock_word(text: str, a: int, b: int, end: int, lang: str, minutes: tuple[int, ...],
               atoms: Mapping[str, float]) -> Quantity:
    """Noon or midnight by its word ("at noon", "à midi") with the minutes said before or after it
    ("a quarter past midnight", "midi et demi", "minuit moins dix", "midi quarante-cinq"): a
    time, as "12:00" or "12 h 30" is."""
    shift = 0
    if lang == "en":
        before = _PAST_EN.search(text, max(0, a - 20), a)
        if before is not None and not before["british"]:
            shift, a = _minutes_said_before(before), before.start()
    elif (after := _CLOCK_WORD_MINUTES_FR.match(text, b, end)) is not None:
        if after["half"] or after["quarter"] or after["to_quarter"]:
            shift = 30 if after["half"] else 15 if after["quarter"] else -15
        elif after["digits"] and int(after["digits"]) < 60:
            shift = int(after["digits"])
        elif (said := _minutes_in_words(after["to"] or after["after"], atoms)) is not None:
            shift = -said if after["to"] else said
        if shift:
            b = after.end()
    return Quantity(a, b, text[a:b], "time", frozenset(("time", (at + shift) % 1440) for at in minutes))


_PAST_EN = re.compile(
    r"\b(?:(?P<half>half)\s+past|(?:at|by|to)\s+(?P<british>half)|(?:a\s+)?quarter\s+(?P<way>past|to))\s+$", re.IGNORECASE
)
"""Before an hour in words: "half past eight", "a quarter to nine", and British "half eight" (8:30)
after "at", "by" or "to": elsewhere "half" before a number halves it ("half nine-year-olds")."""
_SAID_MINUTES_EN = re.compile(
    r"\s+(?P<min>(?:twenty|thirty|forty|fifty)(?:-five)?|ten|fifteen)(?![\w-])(?!\s+(?:years?|people|per)\b)", re.IGNORECASE
)
"""Minutes said after an hour in words ("seven thirty"), not a count that follows ("seven thirty-year-olds")."""
_QUARTER_FR = re.compile(
    r"\s+heures?\s+(?:(?P<past>et\s+quart)|moins\s+(?:(?:le\s+)?(?P<quarter>quart)|(?P<to>[^\W\d_]+(?:-[^\W\d_]+)?))"
    r"|(?P<after>[^\W\d_]+(?:-[^\W\d_]+)?))\b",
    re.IGNORECASE,
)


def past_the_hour(text: str, a: int, b: int, end: int, lang: str, atoms: Mapping[str, float]) -> int | None:
    """The minutes a clock time in words adds to its hour ("half past eight" and "at half eight" 30, "a quarter to
    nine" -15, "seven thirty" 30, "huit heures et quart" 15, "neuf heures moins le quart" -15,
    "dix heures moins vingt" -20, "sept heures trente" 30); None where the number is no such hour.
    French "et demie" is read apart (``HALF_HOUR``)."""
    if lang == "en":
        m = _PAST_EN.search(text, max(0, a - 20), a)
        if m is not None:
            return _minutes_said_before(m)
        said = _SAID_MINUTES_EN.match(text, b, end)  # "seven thirty", "at nine fifteen"
        return None if said is None else _minutes_in_words(said["min"], atoms)
    m = _QUARTER_FR.match(text, b, end)
    if m is None:
        return None
    if m["past"] or m["quarter"]:
        return 15 if m["past"] else -15
    minutes = _minutes_in_words(m["to"] or m["after"], atoms)
    return None if minutes is None else (-minutes if m["to"] else minutes)


def _minutes_said_before(m: re.Match[str]) -> int:
    """The minutes an English hour gains or loses by what ``_PAST_EN`` found before it: 30 for "half
    past" or British "half", 15 for "a quarter past", -15 for "a quarter to"."""
    return 30 if m["half"] or m["british"] else 15 * (1 if m["way"].lower() == "past" else -1)


def _minutes_in_words(words: str, atoms: Mapping[str, float]) -> int | None:
    """Minutes written in words after an hour ("trente", "vingt-cinq"), by the language's number
    words ``atoms``: their value, below 60; None for any other word ("six heures du matin")."""
    parts = words.lower().split("-")
    if not all(p in atoms for p in parts):
        return None
    value = sum(atoms[p] for p in parts)
    return int(value) if 0 < value < 60 else None


def said_hour(text: str, a: int, b: int, end: int, lang: str, value: float) -> bool:
    """Whether the number in words at ``text[a:b]`` is an hour: "five o'clock", "dix heures", and
    "dix-neuf heures" (French says the hours of a 24-hour clock), or English "at seven" where the
    clause ends after it or a time of day follows ("at seven tonight"; not "at seven ministries")."""
    if re.match(r"\s(?:o'clock|o’clock)", text[b : min(end, b + 9)]):
        return value <= 12
    if lang == "fr":
        return value <= 24 and re.match(r"\sheures?\b", text[b : min(end, b + 9)]) is not None
    return value <= 12 and _AT.search(text, max(0, a - 3), a) is not None and _HOUR_ENDS.match(text, b, end) is not None


_AT = re.compile(r"\bat\s$", re.IGNORECASE)
_HOUR_ENDS = re.compile(r"\s*(?:[.,;!?)]|$|\s(?:tonight|tomorrow|today|this|in the|on|sharp)\b)")
