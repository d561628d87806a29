"""FM004: a month or a weekday capitalised inside a French date, as English writes them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from mtcheck.checks.base import Check, CheckContext
from mtcheck.entities.candidates import headline
from mtcheck.model import Document, Finding, Severity
from mtcheck.quantities.words import calendar_names

_FEASTS = frozenset({("14", "juillet"), ("1er", "mai"), ("8", "mai"), ("11", "novembre"), ("15", "août")})
"""Dates that name a French feast or commemoration, which French capitalises without a year: "le 14
Juillet" (la fête nationale), "le 1er Mai", "le 8 Mai", "le 11 Novembre", "le 15 Août"."""
_OPENERS = "«\"“(:—–-"
"""Characters after which a capital opens a quotation or a clause of its own."""


@cache
def _names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The French months' and weekdays' names (``quantities.words.calendar_names``), capitalised."""
    months, days = calendar_names("fr")
    return tuple(name.capitalize() for name in months.values()), tuple(name.capitalize() for name in days.values())


@cache
def _dates() -> re.Pattern[str]:
    """A capitalised month after a day or before a year ("4 Novembre", "Novembre 2025"), or a
    capitalised weekday before a day and a month ("Lundi 4 novembre")."""
    months, days = ("|".join(names) for names in _names())
    return re.compile(
        rf"\b(?P<day>1er|\d{{1,2}})\s+(?P<month>{months})\b(?P<year>\s+\d{{4}}\b)?"
        rf"|\b(?P<alone>{months})\s+\d{{4}}\b"
        rf"|\b(?P<weekday>{days})\s+(?:1er|\d{{1,2}})\s+(?:{months.lower()}|{months})\b"
    )


class DateCapital(Check):
    """Month or weekday capitalised inside a French date.

    What it does: in French targets, flags a month written with a capital after a day or before a
    year ("le 4 Novembre", "en Novembre 2025") and a weekday with a capital before a day and a
    month ("le Lundi 4 novembre"), inside a sentence; the fix writes the word in lowercase. It
    needs no source.
    Why it matters: French writes months and weekdays in lowercase; the capital is English
    typography that an MT system carried over, once per date of an article.
    Example: "La réunion aura lieu le 4 Novembre 2025." -> FM004, fix "novembre".
    Known limitations: a feast named by its date is left alone without a year ("le 14 Juillet",
    "le 1er Mai", "le 11 Novembre"); so are a date opening a sentence, a quotation or a clause, and
    headlines in title case; a month alone ("en Novembre") is not judged.
    """

    code, name, category, severity = "FM004", "date-capital", "typography", Severity.INFO
    fix_safety = "safe"
    help = "Write the month or the weekday in lowercase"
    examples_fail = ("La réunion aura lieu le 4 Novembre 2025 à Kowalville.", "Il est né en Janvier 1950.",
                     "Le vote a eu lieu le Lundi 4 novembre.")
    examples_pass = ("La réunion aura lieu le 4 novembre 2025.", "Le défilé du 14 Juillet a eu lieu.",
                     "Janvier 2007 fut froid.", "Il a dit : « Mardi 4 mars, nous voterons. »")

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        if doc.target_lang != "fr" or not any(name in doc.target for names in _names() for name in names):
            return  # most texts hold no capitalised month or weekday: no date to search
        for m in _dates().finditer(doc.target):
            group = "month" if m["month"] else "alone" if m["alone"] else "weekday"
            start, end = m.span(group)
            if group == "month" and not m["year"] and (m["day"], m["month"].lower()) in _FEASTS:
                continue  # "le 14 Juillet": the feast
            before = doc.target[max(0, start - 4) : start].rstrip()
            if not doc.inside_sentence(start) or before[-1:] in _OPENERS:
                continue
            seg = doc.segment_at(start)
            if seg is not None and headline(seg.text):
                continue
            word = m[group]
            yield self.finding(doc, start, end, f"'{word}' is written with a capital inside a date",
                               suggestion=word.lower(), safe=True)
