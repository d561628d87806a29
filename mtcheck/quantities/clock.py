"""Times written with digits: clock times in either language's writing ("21h12", "9:12 pm", "20.30")
and a race's times ("2:03:59", "3:34.51", "9 s 61")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.quantities.digits import number_pattern
from mtcheck.quantities.values import Quantity, Reading

IMPOSSIBLE = 10_000_000
"""Where the readings of a time no clock or stopwatch shows begin: ``IMPOSSIBLE + hour * 100 +
minute`` for a clock ("35 heures 45", "17:95 h"), ``IMPOSSIBLE + hours * 10000 + minutes * 100 +
seconds`` for a race ("2:74:26"), values no time of a day (in minutes after midnight) nor a race
(in seconds) can take, and which the same writing on the other side shares."""


def impossible(q: Quantity) -> bool:
    """Whether ``q`` is a time no clock or stopwatch shows ("17:95 h", "2:74:26"): a slip, the
    source's own where the source writes it, which its translation may mend."""
    return any(kind in ("time", "duration") and value >= IMPOSSIBLE for kind, value in q.readings)


def _clock_written(text: str, lang: str, hour: int) -> bool:
    """Whether a time with its minutes that no clock shows is still unmistakably a clock's: French
    writes the hour's sign ("35 heures 45", "17:95 h"; "17.95" is a decimal), English the colon
    of an hour of the day ("14:70"; "97:84" is a score)."""
    return "h" in text.lower() if lang == "fr" else ":" in text and hour <= 24


def read_times(text: str, lang: str, start: int, end: int) -> Iterator[Quantity]:
    """"21h12", "21 h", "21:12", "9:12 pm", "9 a.m.", "2130 hours": minutes after midnight; and a race's time,
    "2:03:59" or "3:34.51", in seconds, French typography's space before the colon too ("2 :03 :59"),
    and French sport's seconds with their unit before the fraction ("9 s 61"). A clock time
    written with its minutes and an hour's sign that no clock shows ("35 heures 45", "17:95 h") is
    read as one too, which no real time says (``IMPOSSIBLE``): a digit changed in a time; so is a
    race's time with minutes or seconds past 59 ("2:74:26")."""
    for m in _DURATION.finditer(text, start, end):
        hours, minutes, seconds = int(m["h"] or 0), int(m["m"]), int(m["s"])
        if m["h"] is None and m["f"] is None:
            continue  # "97:84": a score
        fraction = int(m["f"]) / 10 ** len(m["f"]) if m["f"] else 0
        if (m["h"] is not None and minutes > 59) or seconds > 59:
            total = IMPOSSIBLE + hours * 10000 + minutes * 100 + seconds + fraction
        else:
            total = (hours * 60 + minutes) * 60 + seconds + fraction
        yield Quantity(m.start(), m.end(), m.group(), "time", frozenset({("duration", round(total, 2))}))
    for m in _SECONDS_FR.finditer(text, start, end) if lang == "fr" else ():
        seconds = int(m["s"]) + int(m["f"]) / 10 ** len(m["f"])
        yield Quantity(m.start(), m.end(), m.group(), "decimal", frozenset({("n", round(seconds, 3))}))
    for m in _HOURS_MINUTES[lang].finditer(text, start, end):
        hour, minute = int(m["h"]), int(m["m"])
        # "2 hours 40 minutes", "2 heures et 4 minutes", "2 h 40"; past a day's hours, or with minutes past 59, as "35
        # heures 45" and "17:95 h" are read below
        no_clock = hour > 24 or minute > 59
        readings = {("time", IMPOSSIBLE + hour * 100 + minute), ("n", hour)} if no_clock else {("time", hour * 60 + minute)}
        yield Quantity(m.start(), m.end(), m.group(), "time", frozenset(readings))
    pattern = _TIME_FR if lang == "fr" else _TIME_EN
    for m in pattern.finditer(text, start, end):
        groups = m.groupdict()
        digits = groups.get("min") or groups.get("min2") or groups.get("min3")
        hour, minute = int(groups.get("h") or groups.get("h3") or groups["h4"]), int(digits or 0)
        meridiem = (groups.get("ampm") or "").lower()
        if hour > 24 or minute > 59 or (groups.get("h4") and hour > 12):
            if digits is None or meridiem or not _clock_written(m.group(), lang, hour):
                continue  # "30h", "97:84": thirty hours, a score
            hours = set()  # "35 heures 45", "17:95 h": a clock time with a digit changed
        elif meridiem:  # "20.30pm" is written too: an hour past 12 is that hour
            hours = {hour if hour > 12 else hour % 12 + (12 if meridiem == "p" else 0)}
        elif groups.get("h4"):
            hours = {hour % 12, hour % 12 + 12}  # "3 o'clock" is 3:00 or 15:00
        elif digits is None:
            hours = {hour + 12 if hour < 12 and lang == "fr" and _AFTERNOON_FR.match(text, m.end(), end) else hour}
        else:
            hours = {hour, hour + 12} if hour < 12 else {hour}
        readings: set[Reading] = {("time", h * 60 + minute) for h in hours} or {("time", IMPOSSIBLE + hour * 100 + minute)}
        if (digits is None or "heure" in m.group().lower()) and not meridiem:  # "5 h", "3 heures 40": a duration too
            readings.add(("n", hour))
        if lang == "fr" and minute == 30:  # "11h30 de route": eleven and a half hours, a duration too
            readings.add(("n", hour + 0.5))
        written = m.group().rstrip()  # "11h ?": the space the pattern tried before minutes is no part of it
        yield Quantity(m.start(), m.start() + len(written), written, "time", frozenset(readings))
    if lang == "en":
        for m in _HOURS_EN.finditer(text, start, end):
            for hour, minute, at in ((m["h1"], m["m1"], "h1"), (m["h"], m["m"], "h")):
                if hour is not None:  # "0630 hours" is 6:30; "1000 hours" a thousand hours too
                    value = int(hour) * 60 + int(minute)
                    readings = frozenset({("time", value), ("n", float(hour + minute))})
                    stop = m.end() if at == "h" else m.end("m1")
                    yield Quantity(m.start(at), stop, text[m.start(at) : stop], "time", readings)
        for m in _CLOCK_EN.finditer(text, start, end):
            number = number_pattern(lang).match(text, m.start(), end)
            if number is not None and (number["scale"] or number["pct"] or number["unit"]):
                continue  # "1.27 million", "20.30%", "3.45 km": a decimal with what it counts, no time
            hour, minute = int(m["h"]), int(m["m"])
            readings = {("time", hour * 60 + minute), ("n", float(m.group()))}
            if hour < 12:
                readings.add(("time", (hour + 12) * 60 + minute))
            yield Quantity(m.start(), m.end(), m.group(), "time", frozenset(readings))


_DURATION = re.compile(r"(?<![\w.,:])(?:(?P<h>\d{1,2})\s?:\s?)?(?P<m>\d{1,2})\s?:\s?(?P<s>\d{2})(?:[.,](?P<f>\d{1,2}))?(?![\d:])")
"""Hours, minutes and seconds ("2:03:59"), or minutes, seconds and hundredths ("3:34.51")."""
_SECONDS_FR = re.compile(r"(?<![\w.,:])(?P<s>\d{1,2})\s?(?:s|sec)\.?\s?(?P<f>\d{2})(?![\d.,]?\d|\s?%)")
"""A time in seconds as French sport writes it, the unit between the seconds and their fraction:
"9 s 61", "21 sec 47" for 9.61 and 21.47 seconds."""
_TIME_FR = re.compile(
    r"(?:(?<![\w.,:])|(?<=\bà))(?P<h>\d{1,2})(?:\s?[hH](?:eures?)?\s?(?P<min>\d{2})?(?!\w)|[:.](?P<min2>\d{2})(?!\d)(?:\s?[hH](?:eures?)?\b)?)"
)
"""A French clock time: "21h12", "21 h", "21 heures 30", "21:12", and the agencies' "21H12"; glued
to "à" too, as typing drops the space ("à7h30")."""
_TIME_EN = re.compile(
    r"(?<![\w.,:])(?P<h>\d{1,2})(?:[:.](?P<min>\d{2}))?\s?(?P<ampm>[aApP])\.?\s?[mM](?![^\W\d_])\.?"
    r"|(?<![\w.,:])(?P<h3>\d{1,2}):(?P<min3>\d{2})(?!\d)"
    r"|(?<![\w.,:])(?P<h4>\d{1,2})\s?o['’]clock\b"
)
_HOURS_MINUTES = {
    lang: re.compile(rf"(?<![\w.,:])(?P<h>\d{{1,2}})\s?(?:{hours})\s+(?:{joined}\s+)?(?P<m>\d{{1,2}})\s?(?:minutes?|mins?)\b",
                     re.IGNORECASE)
    for lang, hours, joined in (("en", "hours?|hrs?", "and"), ("fr", "heures?", "et"))
}
"""A duration in hours and minutes, both named: "2 hours 40 minutes", "3 hrs and 5 mins", "2 heures et
4 minutes", the space before a unit sometimes lost ("2heures")."""
_AFTERNOON_FR = re.compile(r"\s+(?:de\s+l['’]après-midi|du\s+soir)\b", re.IGNORECASE)
"""After an hour French says on a 12-hour clock: "4 heures de l'après-midi" is 16:00, as "4 p.m."."""
_HOURS_EN = re.compile(r"(?<![\w.,:])(?:(?P<h1>[01]\d|2[0-3])(?P<m1>[0-5]\d)\s*(?:[-–]|to|until|and)\s*)?"
                       r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?:hours|hrs)\b", re.IGNORECASE)
"""The 24-hour clock of English military, police and timetable writing, four digits and "hours":
"at 0630 hours", "from 0900 to 1730 hours" (a range's first time written without the word)."""
_CLOCK_EN = re.compile(r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?![\d,]|\.\d|\s?(?:seconds?|secs?|minutes?|mins?)\b)")
"""English "20.30": a decimal, or a time written the European way; both readings (a full stop may
end the sentence after it: "at 11.45."). Before "seconds" or "minutes" it is a duration only."""
