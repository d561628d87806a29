"""Whether two quantities say the same value, what a sentence pair says differently, and a value
written the other language's way (the fix)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mtcheck.quantities.approximate import near
from mtcheck.quantities.units import converted_value, one_temperature, other_units
from mtcheck.quantities.values import (
    CONVERSION_SLACK,
    DEGREES_ROUNDED_AT_MOST,
    ROUNDED_AT_MOST,
    Quantity,
    round_value,
    rounded_to,
)


def same(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities say the same value: a shared reading, a number near a round count
    ("about 12" for "une dizaine de"), or the same number where one side left its scale word
    elsewhere or out ("40 billion" for "40 autres milliards", "$612 billion" for "612 $"). Two
    different scales ("millions" for "milliards") differ, and so does the same number in units
    that cannot stand for each other ("20 pounds" for "20 kilos")."""
    if _in_other_units(a, b):
        return False
    if a.readings & b.readings:
        return True
    if a.approximate or b.approximate:
        return near(a, b)
    if bool(a.bare) != bool(b.bare):
        scaled, plain = (a, b) if a.bare else (b, a)
        return any(("n", v) in plain.readings for v in scaled.bare)
    return False


def converted(a: Quantity, b: Quantity) -> bool:
    """Whether ``b`` is ``a`` in another unit of the same dimension, rounded as translators do: to
    the nearest at the place of ``b``'s last digit (``rounded_to``) but by no more than
    ``ROUNDED_AT_MOST``, or within a rounded factor's slack; a temperature within
    ``DEGREES_ROUNDED_AT_MOST``, rounded or cut ("23 degrés" for 75 °F, 23.9 °C)."""
    if a.unit is None or b.unit is None or a.unit[0] != b.unit[0]:
        return False
    for (_, x), (_, y) in ((x, y) for x in a.readings for y in b.readings):
        if a.unit[0] == "temperature":
            if one_temperature(x, a.unit, y, b.unit, DEGREES_ROUNDED_AT_MOST):
                return True
            continue
        expected = converted_value(x, a.unit, b.unit)
        if expected is None:
            continue
        allowed = max(min(rounded_to(y) / 2, ROUNDED_AT_MOST * abs(expected)), CONVERSION_SLACK * abs(expected))
        if abs(y - expected) <= allowed:
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
    unmatched: tuple[list[Quantity], list[Quantity]]
    """The values of each side (source, target) that no value of the other says, weak ones too:
    what a sentence split otherwise on the two sides may have moved into the next pair."""


def compare(source: list[Quantity], target: list[Quantity]) -> Differences:
    """The differences of the quantities of a sentence pair. Weak quantities stand for values, but
    are never among the differences.

    Quantities are matched one to one in three rounds, the surest first: a shared reading (a
    maximum matching, so "May 6" finds its "06/05" whatever the order of the readings; greedy
    past ``MATCHED_IN_FULL``, a table rather than a sentence), then the
    same number with its scale word left out on one side, then measures converted. A value left
    on each side then pairs with the most alike of the other side's: the same kind ("$38,690"
    with "$39 690", not with "4ème"), then the nearest place in the sentence."""
    left_src, left_tgt = list(source), list(target)
    for fits in (_same_reading, same, converted):
        match = _matching(left_src, left_tgt, fits)
        matched = set(match.values())
        left_src = [q for k, q in enumerate(left_src) if k not in match]
        left_tgt = [t for k, t in enumerate(left_tgt) if k not in matched]
    strong_src = [q for q in left_src if not q.weak]
    strong_tgt = [t for t in left_tgt if not t.weak]
    pairs: list[tuple[Quantity, Quantity]] = []
    unpaired: list[Quantity] = []
    remaining = list(range(len(strong_tgt)))  # the targets not paired yet, by index, in order
    for k, q in enumerate(strong_src):
        kinds = family(q)
        candidates = [(pos, j) for pos, j in enumerate(remaining) if family(strong_tgt[j]) & kinds]
        if not candidates:
            unpaired.append(q)
            continue
        at = k / max(1, len(strong_src) - len(pairs) - 1)  # places among what is left on each side
        left = max(1, len(remaining) - 1)
        pos, j = min(candidates, key=lambda c: (strong_tgt[c[1]].kind != q.kind, abs(c[0] / left - at)))
        pairs.append((q, strong_tgt[j]))
        del remaining[pos]
    return Differences(pairs, unpaired, [strong_tgt[j] for j in remaining], (left_src, left_tgt))


def other_currency(source: list[Quantity], target: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """(source, target) amounts of the same value in currencies that cannot be the same ("£5m" and
    "5 millions d'euros"): both currencies known and no code shared, and no other amount of the
    target saying that value in the source's currency (a conversion in brackets keeps its own)."""
    found = []
    for q in source:
        if q.money is None or not q.money[1]:
            continue
        alike = [t for t in target if t.money is not None and t.money[1] and same(q, t)]
        if alike and not any(t.money[1] & q.money[1] for t in alike if t.money):
            found.append((q, alike[0]))
    return found


def _same_reading(a: Quantity, b: Quantity) -> bool:
    return bool(a.readings & b.readings) and not _in_other_units(a, b)


def _in_other_units(a: Quantity, b: Quantity) -> bool:
    """Whether two measures are in units that cannot stand for each other (``units.other_units``)."""
    return a.unit is not None and b.unit is not None and other_units(a.unit, b.unit)


def family(q: Quantity) -> frozenset[str]:
    """The kinds of value a quantity may be: "n", "month", "weekday", "time" or "duration"."""
    return frozenset(ns for ns, _ in q.readings)


MATCHED_IN_FULL = 40_000
"""Above this many (source, target) pairs of values in one sentence pair (200 a side: a table run
into one sentence, not prose) the values are matched greedily, each to the nearest that fits:
an augmenting search then costs minutes, and recurses as deep as a side is long."""


def _matching(left: list[Quantity], right: list[Quantity], fits) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """A maximum one-to-one matching of ``left`` to ``right`` (Kuhn's augmenting paths: a sentence
    holds a handful of quantities), each value tried with the values of the other side that may
    fit it (``_fitting``), the same place in the sentence first; greedy past ``MATCHED_IN_FULL``."""
    owner: dict[int, int] = {}
    fitting = _fitting(left, right, fits)

    def near(i: int) -> list[int]:  # the same place in the sentence first: "2.6 ... 2.3" / "2,3 ... 2,3"
        at = i / max(1, len(left) - 1)
        return sorted(fitting(i), key=lambda j: abs(j / max(1, len(right) - 1) - at))

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

    def take(i: int) -> None:
        for j in near(i):
            if j not in owner and fits(left[i], right[j]):
                owner[j] = i
                return

    for i in range(len(left)):
        if len(left) * len(right) <= MATCHED_IN_FULL:
            place(i, set())
        else:
            take(i)
    return {i: j for j, i in owner.items()}


def _fitting(left: list[Quantity], right: list[Quantity], fits) -> Callable[[int], list[int]]:  # type: ignore[no-untyped-def]
    """For each value of ``left``, the values of ``right`` that ``fits`` may take, in order, found in
    indexes rather than by trying every pair: those that share a reading, or for ``same`` a
    scaled value's bare number or a round count; for ``converted``, those of the same dimension."""
    if fits is converted:
        by_dimension: dict[str, list[int]] = {}
        for j, b in enumerate(right):
            if b.unit is not None:
                by_dimension.setdefault(b.unit[0], []).append(j)
        return lambda i: by_dimension.get(left[i].unit[0], []) if left[i].unit is not None else []
    by_reading: dict[tuple[str, float], list[int]] = {}
    by_bare: dict[tuple[str, float], list[int]] = {}
    round_counts: list[int] = []
    for j, b in enumerate(right):
        for reading in b.readings:
            by_reading.setdefault(reading, []).append(j)
        if fits is same:
            for value in b.bare:
                by_bare.setdefault(("n", value), []).append(j)
            if b.approximate:
                round_counts.append(j)

    def found(i: int) -> list[int]:
        a = left[i]
        if fits is same and a.approximate:
            return list(range(len(right)))
        keys = [*a.readings, *(("n", v) for v in a.bare)] if fits is same else list(a.readings)
        js = {j for key in keys for j in by_reading.get(key, ())}
        if fits is same:
            js.update(j for key in a.readings for j in by_bare.get(key, ()))
            js.update(round_counts)
        return sorted(js)

    return found


_SCALE_WORDS = {"en": {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"},
                "fr": {1e3: "mille", 1e6: "millions", 1e9: "milliards", 1e12: "billions"}}


def _before_scale(value: float) -> float:
    """The number a scale word would follow in a value said without one ("un demi-milliard" is 500
    million): news writes millions and more with the largest scale word that leaves a short number;
    0 below a million."""
    for scale in (1e12, 1e9, 1e6):
        short = round(value / scale, 2)
        if abs(value) >= scale and round_value(short * scale) == value:
            return short
    return 0


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
    if kinds == {"duration"} and len(q.readings) == 1:
        (_, seconds), *_ = q.readings
        whole, hundredths = divmod(round(seconds * 100), 100)
        minutes, second = divmod(whole, 60)
        hours, minute = divmod(minutes, 60)
        text = f"{hours}:{minute:02d}:{second:02d}" if hours else f"{minute}:{second:02d}"
        return f"{text}{',' if lang == 'fr' else '.'}{hundredths:02d}" if hundredths else text
    if "time" in kinds:
        return None  # an hour in words read two ways ("half past eight": 8:30 or 20:30), whose number is no fix
    values = sorted(v for ns, v in q.readings if ns == "n")
    if len(values) != 1 or q.weak:
        return None
    value = values[0]
    bare = next(iter(q.bare)) if len(q.bare) == 1 else 0 if q.bare else _before_scale(value)
    if bare:
        word = _SCALE_WORDS[lang].get(round_value(value / bare))
        if word:
            number = format_decimal(bare, locale=lang, group_separator=False)
            if lang == "fr" and abs(bare) < 2 and word.endswith("s"):
                word = word[:-1]  # French's scale nouns take the plural from two: "1,27 million", "2 millions"
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
