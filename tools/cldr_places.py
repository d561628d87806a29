"""Write ``mtcheck/data/cldr_places.tsv``: English and French names of countries, territories,
regions of the world and cities from the Unicode CLDR, the French forms the names checks accept
for an English place name; ``mtcheck/data/cldr_languages.tsv``, the languages' names; and
``mtcheck/data/cldr_currencies.txt``, the words that name currencies in English; and
``mtcheck/data/cldr_french_places.txt``, every French name of a country, a territory or a city.

The hand-written ``exonyms.tsv`` covers the places of news that a developer met; CLDR names every
country and territory and several hundred cities in both languages ("Netherlands" / "Pays-Bas",
"Addis Ababa" / "Addis-Abeba", "Kathmandu" / "Katmandou"), reviewed by its translators.

Run by a developer, not at run time: ``pip install babel==2.19.0 && python tools/cldr_places.py``.
Babel is not a dependency of mtcheck; the table it writes is.
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale, __version__

DATA = Path(__file__).resolve().parent.parent / "mtcheck" / "data"
OUT = DATA / "cldr_places.tsv"
LANGUAGES = DATA / "cldr_languages.tsv"
CURRENCIES = DATA / "cldr_currencies.txt"
FRENCH_PLACES = DATA / "cldr_french_places.txt"
_SKIP = set(",([")  # "Beulah, North Dakota", "Knox [Indiana]": qualified names, not what a text writes


def pairs() -> dict[str, set[str]]:
    """French names by English name, lowercase, where the two differ beyond case."""
    en, fr = Locale("en"), Locale("fr")
    out: dict[str, set[str]] = {}

    def add(english: str | None, french: str | None) -> None:
        if not english or not french or _SKIP & set(english + french) or english.lower() == french.lower():
            return
        for name in {english, english.replace(" & ", " and "), english.replace("St. ", "Saint ")}:
            out.setdefault(name.lower(), set()).add(french.lower())

    for code, french in fr.territories.items():
        if code != "001":  # the world; "002" and the like are regions ("Africa", "Central America")
            add(en.territories.get(code), french)
    for zone, names in fr.time_zones.items():
        city = names.get("city")
        if city and not zone.startswith("Etc/"):
            add(en.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " "), city)
    return out


def french_places() -> set[str]:
    """Every French name of a country, a territory or a city the CLDR gives, lowercase, one word or
    several: names French always capitalises, whether or not English writes them otherwise."""
    fr = Locale("fr")
    names = {name for code, name in fr.territories.items() if code != "001"}
    names |= {n["city"] for zone, n in fr.time_zones.items() if n.get("city") and not zone.startswith("Etc/")}
    return {name.lower() for name in names if not _SKIP & set(name)}


def languages() -> dict[str, set[str]]:
    """French names of the languages with a two-letter code (ISO 639-1) by English name, lowercase:
    a language's name is also the adjective of its people ("Czech" / "tchèque", "Greek" / "grec"),
    which English capitalises and French does not; the same name in both languages too ("Catalan")."""
    en, fr = Locale("en"), Locale("fr")
    out: dict[str, set[str]] = {}
    for code, french in fr.languages.items():
        english = en.languages.get(code)
        if len(code) == 2 and english and " " not in english:
            out.setdefault(english.lower(), set()).add(french.lower())
    return out


def currencies() -> set[str]:
    """The last word of each currency's English name ("euro", "dollar", "rupee"), lowercase:
    common nouns, which English writes capitalised at times ("the Euro") and French never does
    ("l'euro"). Precious metals (codes in X) are left out: "Gold" and "Silver" name other things."""
    en = Locale("en")
    return {name.split()[-1].lower() for code, name in en.currencies.items()
            if not code.startswith("X") and name.split()[-1].isalpha()}


def write(path: Path, what: str, rows: dict[str, set[str]]) -> None:
    header = (
        f"# English and French names of {what} from the Unicode CLDR (through Babel "
        f"{__version__}), written by tools/cldr_places.py:\n"
        "# the French forms the names checks accept for the English name. Unicode License v3:\n"
        "# Copyright (c) 1991-2025 Unicode, Inc.; https://www.unicode.org/license.txt\n"
        "# Format: english name<TAB>french name|french name\n"
    )
    path.write_text(header + "".join(f"{en}\t{'|'.join(sorted(fr))}\n" for en, fr in sorted(rows.items())), encoding="utf-8")
    print(f"{path}: {len(rows)} {what}")


def write_words(path: Path, header: str, words: set[str]) -> None:
    """One word or name a line, after a header of two lines that ends with the CLDR's licence."""
    licence = "# Copyright (c) 1991-2025 Unicode, Inc.; https://www.unicode.org/license.txt\n"
    lines = "".join(f"{w}\n" for w in sorted(words))
    path.write_text(f"# {header.format(babel=__version__)}. Unicode License v3:\n{licence}{lines}", encoding="utf-8")
    print(f"{path}: {len(words)} lines")


def main() -> None:
    write(OUT, "places", pairs())
    write(LANGUAGES, "languages", languages())
    write_words(CURRENCIES, "The words that name currencies in English, from the Unicode CLDR (through Babel {babel}), "
                "written by\n# tools/cldr_places.py: common nouns, which French writes in lowercase", currencies())
    write_words(FRENCH_PLACES, "The French names of countries, territories and cities in the Unicode CLDR (through Babel "
                "{babel}),\n# written by tools/cldr_places.py: names French always capitalises", french_places())


if __name__ == "__main__":
    main()
