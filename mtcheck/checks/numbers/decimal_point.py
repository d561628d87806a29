"""NU003: a decimal point in running French text, where French writes a comma."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.model import Document, Finding, Severity
from mtcheck.tokens import not_prose

_POINT = re.compile(
    r"(?<![\w.,/-])(?P<int>\d{1,3})\.(?P<dec>\d{1,2})(?![\d.,/]|\w)(?=\s?(?:%|pour\s?cent|[$€£]"
    r"|millions?\b|milliards?\b|points?\b|fois\b|ans\b|heures?\b|kilos?\b|km\b|kg\b|m\b|mètres?\b|litres?\b|degrés?\b))"
)
"""A number with one or two decimals after a point, followed by what a measure is in: a percent
sign, a currency, a scale word or a unit. Version numbers ("iOS 17.1", "Web 2.0"), dates
("20.11"), times and three decimals (a thousands point: "5.839 points") are not followed by one,
or are left out."""


_HOURS_AFTER = re.compile(r"\s?heures?\b")


def _clock_time(text: str, m: re.Match[str]) -> bool:
    """Whether a point number before "heure(s)" is a time of day ("17.45 heures", "20.00 heures"):
    two digits after the point, a minute, and an hour before it."""
    return bool(_HOURS_AFTER.match(text, m.end())) and len(m["dec"]) == 2 and int(m["dec"]) < 60 and int(m["int"]) <= 24


class DecimalPoint(Check):
    """Decimal point in a French number, where French writes a decimal comma.

    What it does: in French targets, flags a number written with a point and one or two decimals
    before a percent sign, a currency, a scale word or a unit ("6.5 %", "2.3 milliards"); the fix
    writes the comma. It needs no source.
    Why it matters: French writes "6,5 %"; "6.5" is English typography left by the MT system, and a
    French reader may take the point for a thousands separator.
    Example: "Les prix ont augmenté de 6.5 % en un an." -> NU003, fix "6,5".
    Known limitations: a point before any other word is left alone, so that version numbers,
    dates and scores are never touched; numbers with three decimals ("5.839") are read as a
    thousands point, which French also writes; a time of day before "heures" ("17.45 heures") is
    no decimal either.
    """

    code, name, category, severity = "NU003", "decimal-point", "typography", Severity.INFO
    fix_safety = "suggested"
    help = "Write the decimal comma"
    examples_fail = ("Les prix ont augmenté de 6.5 % en un an.", "Une dette de 2.3 milliards d'euros.")
    examples_pass = (
        "Les prix ont augmenté de 6,5 % en un an.",
        "Le système iOS 17.1 est sorti, comme le Web 2.0 et la version 3.11.",
        "Le Kowdex a fini à 5.839 points le 20.11.",
        "Le marché de Kowalville ferme à 17.45 heures.",
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        if doc.target_lang != "fr":
            return
        masked: list[tuple[int, int]] | None = None
        for m in _POINT.finditer(doc.target):
            if masked is None:  # addresses are looked for only where a number may be wrong
                masked = not_prose(doc.target)
            if any(a <= m.start() < b for a, b in masked):
                continue
            if _clock_time(doc.target, m):
                continue  # "à 17.45 heures" is a quarter to six: a comma would make it 17.45 hours
            fixed = f"{m['int']},{m['dec']}"
            yield self.finding(doc, m.start(), m.end(), f"'{m.group()}' is written with a decimal point, not a comma",
                               suggestion=fixed)
