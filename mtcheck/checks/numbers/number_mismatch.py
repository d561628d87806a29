"""NU001: a number, amount, date or time of the source written with another value."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.entities.pairs import paired_beads
from mtcheck.model import Document, Finding, Severity
from mtcheck.quantities import Quantity, compare, family, other_currency, quantities, same, unsure_months, written
from mtcheck.quantities.clock import impossible
from mtcheck.quantities.units import measure_in, unit_pattern


class NumberMismatch(Check):
    """Number, amount, date or time of the source written with another value in its translation.

    What it does: reads the quantities of each source sentence and of its aligned translation in
    every usual English and French writing ("1,000.5" and "1 000,5", "$13bn" and "13 milliards de
    dollars", "5%" and "5 %", "21st century" and "XXIe siècle", "November 20" and "20 novembre",
    "9:12 pm" and "21h12", "half past eight" and "huit heures et demie", "noon" and "midi", "5 feet
    10 inches" and "1,78 m", "2 1/2" and "deux et demi", a race's "2:03:59" and "2 :03 :59", "two"
    and "2", a round count "une vingtaine de" and any value within a quarter of 20), matches them
    value for value, measures converted as translators round them included (miles, square feet,
    acres, pounds, ounces, gallons, miles per hour, knots, degrees Fahrenheit: the CLDR's unit
    names, after a figure, a scale word or a number in words), and reports each value of the
    translation that takes the place of a different one of the source, with both values: a
    measure converted wrongly, or its number kept in another unit ("20 kilos" for 20 pounds), is
    one; and each amount that says the source's value in a currency its sign or word cannot share
    ("£5m" and "5 millions d'euros"; "$" may be any dollar, "¥" the yen or the yuan). The fix
    writes the source's value with the translation's unit; a measure in another unit gets none,
    its conversion and rounding being the translator's, and its message gives the source's value
    in the translation's unit ("'200 km/h' where the source says '100 mph' (about 161 km/h)"). A
    value found in the pair before or after, where the other side of that pair does not say it, is
    no change: the two sides were cut into sentences otherwise (a month both sides of the next
    pair name is no such value); nor is a value copied character for character ("$25-billion"
    left in English, where French would read a billion as 10^12).
    Why it matters: a wrong figure, year or date in a news article is a factual error that no
    fluency score and no reader can see without the source.
    Example: source "Microsoft holds a $13bn stake." target "Microsoft détient une participation
    de 31 milliards de dollars." -> NU001 on "31 milliards", fix "13 milliards".
    Known limitations: needs a source. A value the translation leaves out, or adds, is not
    reported: translators drop and add figures on purpose ("the 1990s" / "cette décennie"). Number
    words are used only to match ("neuf" is also "new"), a currency is compared only where the
    other side says the same value ("$5m" for "4 millions d'euros" is a changed figure, not a
    conversion, unless both sides put it in brackets or say it as an approximation: "(environ 4
    millions d'euros)" for "(about 80 million CZK)" is a conversion for each side's readers), and
    a scale word the translation moves or drops ("40 autres milliards", "612 $" for "$612
    billion") is taken as the same number. A run of more than 15 digits is an
    identifier, not compared; a sentence pair of more than 200 values a side (a table run into one
    sentence) has its values matched greedily, each to the nearest that may be the same.
    """

    code, name, category, severity = "NU001", "number-mismatch", "number-mismatch", Severity.ERROR
    fix_safety = "suggested"
    requires = ("target_segments", "beads")
    help = "Write the value the source gives"
    examples_fail = (
        ("Microsoft holds a $13bn stake.", "Microsoft détient une participation de 31 milliards de dollars."),
        ("She joined the company in 2018.", "Elle a rejoint l'entreprise en 2019."),
        ("The vote is on Tuesday, November 21.", "Le vote a lieu le mardi 21 octobre."),
        ("Prices rose 6.5% in a year.", "Les prix ont augmenté de 5,6 % en un an."),
        ("The meeting starts at 9:12 pm.", "La réunion commence à 20h12."),
        ("The fine is £5m.", "L'amende est de 5 millions d'euros."),
        ("The boxer lost 20 pounds.", "Le boxeur a perdu 20 kilos."),
    )
    examples_pass = (
        ("Microsoft holds a $13bn stake.", "Microsoft détient une participation de 13 milliards de dollars."),
        ("Prices rose 6.5% in 2023, to 1,000.5 euros.", "Les prix ont augmenté de 6,5 % en 2023, à 1 000,5 euros."),
        ("The vote is on Tuesday, November 21, at 9:12 pm.", "Le vote a lieu le mardi 21 novembre à 21h12."),
        ("The road is 5 miles long.", "La route fait 8 km de long."),
        ("It was 68 degrees Fahrenheit.", "Il faisait 20 degrés Celsius."),
        ("The flat has 800 square feet and the car does 100 mph.", "L'appartement fait 74 m² et la voiture roule à 160 km/h."),
        ("Two ministers resigned in the 21st century.", "2 ministres ont démissionné au XXIe siècle."),
        ("The fund holds $612 billion of assets.", "Le fonds détient 612 milliards de dollars d'actifs."),
        ("The fine is $5m (€4m).", "L'amende est de 5 millions de dollars (4 millions d'euros)."),
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        if doc.source is None:
            return
        pairs = [(sources, targets) for _bead, sources, targets in paired_beads(doc)]
        sides: dict[tuple[int, bool], list[Quantity]] = {}

        def side(k: int, source: bool) -> tuple[str, str, int, int]:
            """One side of pair ``k``: its text, language and span."""
            segments = pairs[k][0] if source else pairs[k][1]
            text, lang = (doc.source, doc.from_lang) if source else (doc.target, doc.target_lang)
            assert text is not None
            return text, lang, segments[0].start, segments[-1].end

        def read(k: int, source: bool) -> list[Quantity]:  # each side of each pair read once, when asked
            if (k, source) not in sides:
                sides[k, source] = quantities(*side(k, source))
            return sides[k, source]

        loose: dict[int, tuple[list[Quantity], list[Quantity]]] = {}

        def unmatched(j: int, source: bool) -> list[Quantity]:
            """The values of one side of pair ``j`` that its other side does not say: where a
            sentence split otherwise on the two sides puts a value of the pair beside it."""
            if j not in loose:
                loose[j] = compare(read(j, True), read(j, False)).unmatched
            return loose[j][0 if source else 1]

        for k in range(len(pairs)):
            src = read(k, True)
            if not src:
                continue
            tgt = read(k, False)
            said_months, wrote_months = _months(src), _months(tgt)
            if said_months > wrote_months:  # "the March summit" where the source names a month
                tgt = sorted([*tgt, *unsure_months(*side(k, False))], key=lambda q: q.start)
            elif wrote_months > said_months:
                src = sorted([*src, *unsure_months(*side(k, True))], key=lambda q: q.start)
            near = [j for j in (k - 1, k + 1) if 0 <= j < len(pairs)]
            for said, wrote in compare(src, tgt).changed:
                if said.text == wrote.text:
                    continue  # copied as the source writes it ("$25-billion" left in English): the same value
                if _conversion(said, wrote, doc.source, doc.target):
                    continue  # "(environ 2,3 millions d'euros)" for "(about 25 million CZK)": a conversion for other readers
                if impossible(said):
                    continue  # "17:95 h": the source's slip, which its translation may mend
                if any(same(wrote, q) for j in near for q in unmatched(j, True)) or any(
                    same(said, q) for j in near for q in unmatched(j, False)
                ):
                    continue  # a sentence split otherwise on the two sides: the value is in the next pair, unsaid there
                fix = _fix(said, wrote, doc.target_lang)
                evidence = {"source_value": said.text, "target_value": wrote.text, "kind": said.kind}
                message = f"'{wrote.text}' where the source says '{said.text}'"
                if (converted := _converted(said, wrote, doc.target_lang)) is not None:
                    evidence["source_value_converted"] = converted
                    message += f" (about {converted})"
                yield self.finding(
                    doc, wrote.start, wrote.end, message,
                    suggestion=fix, fix_title=f"Write '{fix}', the source's value" if fix else None, evidence=evidence,
                )
            for said, wrote in other_currency(src, tgt):
                assert said.money is not None and wrote.money is not None
                yield self.finding(
                    doc, wrote.start, wrote.end,
                    f"'{wrote.text}' counts in '{wrote.money[0]}' where the source's '{said.text}' counts in '{said.money[0]}'",
                    evidence={"source_value": said.text, "target_value": wrote.text, "kind": "currency",
                              "source_currency": said.money[0], "target_currency": wrote.money[0]},
                )


def _conversion(said: Quantity, wrote: Quantity, source: str, target: str) -> bool:
    """Whether ``wrote`` is the translator's conversion into the reader's currency where the source
    gives one for its own readers: both currencies known and no code shared, and both amounts in
    brackets or said as approximations ("(environ 2,3 millions d'euros)" for "(about 25 million
    CZK)"). The main amount of a sentence is never excused so."""
    if said.money is None or wrote.money is None or not said.money[1] or not wrote.money[1] or said.money[1] & wrote.money[1]:
        return False
    return all(_HEDGED.search(text, max(0, q.start - 20), q.start) for q, text in ((said, source), (wrote, target)))


_HEDGED = re.compile(r"(?:\(|\b(?:environ|soit|près\s+de|quelque|about|approximately|around|roughly|some|nearly))\s*$",
                     re.IGNORECASE)
"""What opens a conversion a translator adds: a bracket, or a word of approximation."""


def _fix(said: Quantity, wrote: Quantity, lang: str) -> str | None:
    """The source's value written in place of ``wrote``, with the unit the translation writes ("5
    miles" for "6 miles"). None where the translation's figure cannot simply be replaced: a round
    count ("une trentaine de"), or a measure in another unit, whose conversion and its rounding
    are the translator's ("80 km" for "5 miles")."""
    if wrote.approximate:
        return None
    value = written(said, lang)
    if value is None or wrote.unit is None:
        return value
    if said.unit is not None and said.unit != wrote.unit:
        return None
    return value + _unit_written(wrote)


def _converted(said: Quantity, wrote: Quantity, lang: str) -> str | None:
    """The source's measure in the translation's unit, to three figures and in its writing ("161
    km/h" for 100 mph): what a translation that converts it should come near. None for values
    that are no measures in two units of one dimension."""
    if said.unit is None or wrote.unit is None or said.unit == wrote.unit or said.unit[0] != wrote.unit[0]:
        return None
    values = {v for kind, v in said.readings if kind == "n"}
    if len(values) != 1 or not (unit := _unit_written(wrote)):
        return None
    value = measure_in(values.pop(), said.unit, wrote.unit)
    if value is None:
        return None
    from babel.numbers import format_decimal

    return format_decimal(float(f"{value:.3g}"), locale=lang) + unit


def _unit_written(q: Quantity) -> str:
    """The unit as ``q`` writes it after its number, with the space before it (" km", "-mile");
    empty where none follows."""
    return next((q.text[i:] for i in range(len(q.text)) if unit_pattern().fullmatch(q.text, i)), "")


def _months(found: list[Quantity]) -> int:
    """How many of the quantities are months."""
    return sum(1 for q in found if family(q) == {"month"})
