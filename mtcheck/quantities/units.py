"""The units of measure a news translation converts, by the words and signs English and French
write them with.

The words come from the Unicode CLDR through Babel: each unit's long, short and narrow forms, for
one and for several, in American and British English and in French and Canadian French ("square
feet", "sq ft", "pieds carrés", "pi²", "milles à l'heure"). The factors are the units'
definitions (the international yard and pound of 1959, the US gallon), to each dimension's base
unit; temperature is converted by formula. Left out are the forms that are common words or signs
of something else after a number (``_LEFT_OUT``), and news forms the CLDR lacks are added
(``_NEWS_FORMS``).
"""

from __future__ import annotations

import functools
import re

Unit = tuple[str, float]
"""(dimension, factor to the dimension's base unit); a temperature's factor is its scale: -1
Fahrenheit, 1 Celsius, 0 either (English "90 degrees" says no scale)."""

FAHRENHEIT, CELSIUS, EITHER_SCALE = -1.0, 1.0, 0.0
METRE: Unit = ("length", 1.0)
FOOT: Unit = ("length", 0.3048)

_DEFINITIONS: dict[str, Unit] = {
    "length-kilometer": ("length", 1000.0),
    "length-meter": ("length", 1.0),
    "length-centimeter": ("length", 0.01),
    "length-millimeter": ("length", 0.001),
    "length-mile": ("length", 1609.344),
    "length-nautical-mile": ("length", 1852.0),
    "length-yard": ("length", 0.9144),
    "length-foot": ("length", 0.3048),
    "length-inch": ("length", 0.0254),
    "mass-tonne": ("mass", 1000.0),
    "mass-ton": ("mass", 907.18474),
    "mass-kilogram": ("mass", 1.0),
    "mass-gram": ("mass", 0.001),
    "mass-pound": ("mass", 0.45359237),
    "mass-ounce": ("mass", 0.028349523125),
    "area-square-kilometer": ("area", 1e6),
    "area-hectare": ("area", 1e4),
    "area-square-meter": ("area", 1.0),
    "area-square-mile": ("area", 2589988.110336),
    "area-acre": ("area", 4046.8564224),
    "area-square-foot": ("area", 0.09290304),
    "volume-cubic-meter": ("volume", 1000.0),
    "volume-liter": ("volume", 1.0),
    "volume-gallon": ("volume", 3.785411784),
    "volume-cubic-foot": ("volume", 28.316846592),
    "speed-kilometer-per-hour": ("speed", 1.0),
    "speed-mile-per-hour": ("speed", 1.609344),
    "speed-knot": ("speed", 1.852),
    "temperature-celsius": ("temperature", CELSIUS),
    "temperature-fahrenheit": ("temperature", FAHRENHEIT),
    "temperature-generic": ("temperature", EITHER_SCALE),
}
"""CLDR's unit identifiers and their definitions. A "ton" is the short ton of American English; a
translation that writes it "tonnes" is within ``SAME_UNIT`` of it."""

_LOCALES = ("en", "en_GB", "fr", "fr_CA")

_LEFT_OUT = frozenset({"in", "#", "°", "′", "″", "ac", "g", "once", "mille", "nd"})
"""CLDR forms that are another word or sign after a number: "won 5 in a row", "#1", an angle's
degrees, a height's feet and inches (read apart), "G", a mobile network's generation ("4G"),
English "once", "mille", a thousand in French but Canada's one mile, and French's "nd" for knots,
an ordinal's ending ("2nd")."""

_NEWS_FORMS: dict[str, str] = {
    **dict.fromkeys(("kilo", "kilos"), "mass-kilogram"),
    **dict.fromkeys(("lbs",), "mass-pound"),
    **dict.fromkeys(("kph", "kmh", "kilomètre à l'heure", "kilomètres à l'heure", "km à l'heure"),
                    "speed-kilometer-per-hour"),
    **dict.fromkeys(("m2", "mètre carré", "mètres carrés"), "area-square-meter"),
    **dict.fromkeys(("km2",), "area-square-kilometer"),
    **dict.fromkeys(("sq. ft.", "sq. ft", "sq ft."), "area-square-foot"),
    **dict.fromkeys(("metric tonne", "metric tonnes"), "mass-tonne"),
    **dict.fromkeys(("mille nautique", "milles nautiques"), "length-nautical-mile"),
    **dict.fromkeys(("fahrenheit",), "temperature-fahrenheit"),
    **dict.fromkeys(("celsius",), "temperature-celsius"),
    **dict.fromkeys(("degree", "degrees"), "temperature-generic"),
}
"""What news writes that the CLDR has not: the colloquial "kilos" and "lbs", French's "kilomètres
à l'heure", "m2" typed without its superscript, "68 Fahrenheit", and English's bare "degrees",
whose scale goes unsaid. A sign spaced from its letter ("° F") is read as the sign ("°F")."""


def unit_of(word: str) -> Unit | None:
    """The unit a word or sign written after a number names ("miles", "pieds carrés", "km/h"),
    case and spacing aside; None for any other word."""
    return _units().get(_key(word))


@functools.cache
def unit_words() -> str:
    """Every unit's word or sign, as one alternation of a regular expression, the longest first ("km/h"
    before "km"); a space inside a unit ("square feet") matches any space or a hyphen ("square-foot")."""
    forms = sorted(_units(), key=len, reverse=True)
    return "|".join(re.escape(form).replace(r"\ ", r"[\s-]") for form in forms)


@functools.cache
def unit_pattern() -> re.Pattern[str]:
    """A unit right after a number, spaced from it or joined by a hyphen ("12 miles", "a 5-mile race")."""
    return re.compile(rf"[\s-]?(?P<unit>{unit_words()})(?![^\W\d_/°])", re.IGNORECASE)


@functools.cache
def unit_after_scale() -> re.Pattern[str]:
    """A unit after a scale word, French's "de" between them ("1.2 million acres", "3 millions
    d'hectares")."""
    return re.compile(rf"(?:\s+de|\s+d['’])?[\s-]?(?P<unit>{unit_words()})(?![^\W\d_/°])", re.IGNORECASE)


def _key(word: str) -> str:
    text = " ".join(word.lower().replace("’", "'").replace("-", " ").split())
    return text.replace("° ", "°")


@functools.cache
def _units() -> dict[str, Unit]:
    from babel.units import format_unit

    found: dict[str, Unit] = {}
    for cldr_id, unit in _DEFINITIONS.items():
        for locale in _LOCALES:
            for length in ("long", "short", "narrow"):
                for count in (1, 2):
                    written = format_unit(count, cldr_id, length=length, locale=locale)
                    form = _key(written.replace(str(count), "", 1))
                    if form and form not in _LEFT_OUT:
                        found.setdefault(form, unit)
    for form, cldr_id in _NEWS_FORMS.items():
        found.setdefault(_key(form), _DEFINITIONS[cldr_id])
    return found


SAME_UNIT = 0.1
"""Units of one dimension within a tenth of each other may stand for each other in a translation:
"10 tons" (short tons) are "10 tonnes", a sprinter's "100 yards" his "100 mètres"."""


def other_units(a: Unit, b: Unit) -> bool:
    """Whether the same number in units ``a`` and ``b`` says two different measures ("20 pounds" and
    "20 kilos", "40 °F" and "40 °C"): one dimension, and units too far apart to stand for each other."""
    if a[0] != b[0]:
        return False
    if a[0] == "temperature":
        return a[1] * b[1] < 0  # one Fahrenheit, the other Celsius: a scale unsaid may be either
    return abs(a[1] / b[1] - 1) > SAME_UNIT and abs(b[1] / a[1] - 1) > SAME_UNIT


def converted_value(value: float, a: Unit, b: Unit) -> float | None:
    """``value`` in unit ``a`` said in unit ``b`` of the same dimension (not a temperature); None in
    the same unit."""
    return value * a[1] / b[1] if a != b else None


def measure_in(value: float, a: Unit, b: Unit) -> float | None:
    """``value`` in unit ``a`` said in unit ``b`` of the same dimension; a scale unsaid is the other
    side's other scale (English "90 degrees" beside "°C" is Fahrenheit). None in the same unit, or
    where neither temperature says its scale."""
    if a[0] != "temperature":
        return converted_value(value, a, b)
    one, other = a[1], b[1]
    if one == EITHER_SCALE and other == EITHER_SCALE:
        return None
    one = one if one != EITHER_SCALE else -other
    other = other if other != EITHER_SCALE else -one
    if one == other:
        return None
    return _celsius(value, one) if other == CELSIUS else value * 9 / 5 + 32


def one_temperature(x: float, a: Unit, y: float, b: Unit, within: float) -> bool:
    """Whether ``x`` in ``a``'s scale and ``y`` in ``b``'s are one temperature in two scales, within
    ``within`` degrees Celsius; a scale unsaid may be either (English "90 degrees" is 32 °C if
    Fahrenheit, "23 degrés" 73 °F if Celsius)."""
    for one in _scales(a):
        for other in _scales(b):
            if one != other and abs(_celsius(x, one) - _celsius(y, other)) <= within:
                return True
    return False


def _scales(unit: Unit) -> tuple[float, ...]:
    return (FAHRENHEIT, CELSIUS) if unit[1] == EITHER_SCALE else (unit[1],)


def _celsius(value: float, scale: float) -> float:
    return (value - 32) * 5 / 9 if scale == FAHRENHEIT else value
