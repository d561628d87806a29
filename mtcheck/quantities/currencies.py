"""Which currency an amount is in, as the set of ISO 4217 codes its sign or its word may mean.

A sign or a word names a currency loosely: "$" is the dollar of whichever country the article is
about, "dollars" any dollar, "£" and "livres" any pound, "¥" the yen or the yuan. So an amount's
currency is every code its writing may mean, and two amounts are in different currencies only
where no code is shared: "$5" and "5 dollars australiens" may be the same, "£5m" and "5 millions
d'euros" are not. The knowledge is the Unicode CLDR's, through Babel: the currencies some
territory uses as legal tender now, their symbols in English and French, and their names' head
nouns ("US dollars" → "dollars", "livres sterling" → "livres").
"""

from __future__ import annotations

import functools

CURRENCY_SIGNS = "$€£¥₹₽"
"""The signs a number may carry before or after it."""


def of_sign(sign: str) -> frozenset[str]:
    """The codes a currency sign may mean: those whose English or French symbol holds it ("$" is
    USD "$", CAD "CA$", AUD "A$"...)."""
    return _signs().get(sign, frozenset())


def of_word(word: str, lang: str) -> frozenset[str]:
    """The codes a currency word of ``lang`` may mean ("dollars", "yen", "livres"), or the ISO 4217
    code itself, which news writes in both languages ("25 millions CZK", "HUF 500,000"); none for
    any other word."""
    if len(word) == 3 and word.isupper() and word in _tender():
        return frozenset({word})
    return _words(lang).get(word.lower(), frozenset())


_NO_HEADS = frozenset({"nouveau", "nouveaux", "nouvelle", "gold", "or"})
"""Words of CLDR's names that are no currency's noun: French's adjective before one ("nouveau
shekel"), and a metal a currency is named after ("Zimbabwean Gold"), which is also French "or"."""


@functools.cache
def _tender() -> frozenset[str]:
    """The codes of the currencies some territory uses as legal tender today."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    return frozenset(code for territory in Locale("en").territories for code in get_territory_currencies(territory))


@functools.cache
def _signs() -> dict[str, frozenset[str]]:
    from babel import Locale

    found: dict[str, set[str]] = {sign: set() for sign in CURRENCY_SIGNS}
    for lang in ("en", "fr"):
        symbols = Locale(lang).currency_symbols
        for code in _tender():
            for sign in CURRENCY_SIGNS:
                if sign in symbols.get(code, ""):
                    found[sign].add(code)
    return {sign: frozenset(codes) for sign, codes in found.items()}


@functools.cache
def _words(lang: str) -> dict[str, frozenset[str]]:
    """Head noun → codes: English names end with theirs ("Swiss francs"), French ones begin with it
    ("francs suisses"); singular and plural, from CLDR's names for one and for several."""
    from babel.numbers import get_currency_name

    found: dict[str, set[str]] = {}
    for code in _tender():
        for count in (1, 2):
            name = get_currency_name(code, count, lang).split()
            if not name or name[0] == code:
                continue  # no name in this language: CLDR gives the code back
            heads = [w.lower() for w in (reversed(name) if lang == "en" else name) if w.lower() not in _NO_HEADS]
            if heads:
                found.setdefault(heads[0], set()).add(code)
    return {word: frozenset(codes) for word, codes in found.items()}
