"""What French writes for a name: exonyms (CLDR and our own table), the French forms of given
names, and the words that mark an institution or a people, which French translates as a rule.

Each table is one of our data files (``mtcheck/data``), read once on first use.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import cache, lru_cache

from rapidfuzz.distance import OSA

from mtcheck.data import load_lines
from mtcheck.entities.candidates import FILLERS, fold, name_words
from mtcheck.french import french_word


@cache
def word_table(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The rows of a data table of English words and their French words ("german<TAB>allemand|allemande")."""
    rows = (line.split("\t") for line in load_lines(name))
    return tuple((english, tuple(french.split("|"))) for english, french in rows)

@cache
def _peoples() -> frozenset[str]:
    """The words of ``data/peoples.tsv`` and the CLDR's languages (``data/cldr_languages.tsv``),
    English and French, folded."""
    rows = word_table("peoples.tsv") + word_table("cldr_languages.tsv")
    return frozenset(fold(w) for english, french in rows for w in (english, *french))

def people_word(word: str) -> bool:
    """A people's or a language's word ("German", "allemande"), which English capitalises and French
    does not: a translation renders it as a word."""
    return fold(word) in _peoples()

def peoples_only(parts: Sequence[str]) -> bool:
    """Whether a name's words are peoples' and languages' words and articles only ("The German",
    "Japanese English", "Dutch Moroccans"): English capitals on words French writes in lowercase."""
    return any(people_word(w) for w in parts) and all(people_word(w) or w.lower() in FILLERS for w in parts)

@cache
def institution_words() -> frozenset[str]:
    """Head words of names that French and English translate as a rule ("House", "University"),
    folded ("etats" for "États")."""
    return frozenset(fold(w) for w in load_lines("institution_words.txt"))

@cache
def common_brands() -> frozenset[str]:
    """Brands French writes as common nouns, in lowercase ("post-it", "jacuzzi")."""
    return frozenset(load_lines("common_brands.txt"))

_LEADING_ARTICLE = re.compile(r"^(?:(?:the|les|le|la)\s+|l['’])")

def _words(text: str) -> str:
    """Lowercase words joined by single spaces, without a leading article: the key of the exonym
    table ("Les Pays-Bas" and "The Netherlands" are "pays bas" and "netherlands")."""
    return " ".join(name_words(_LEADING_ARTICLE.sub("", text.lower())))

@cache
def exonym_table() -> dict[str, frozenset[str]]:
    """French forms of names, by the other form: places and acronyms (``data/exonyms.tsv``), the
    CLDR's places and languages (``data/cldr_places.tsv``, ``data/cldr_languages.tsv``), FreeDict's
    proper nouns and adjectives (``data/freedict_proper.tsv``: places, peoples, feasts) and
    institutions (``data/french_names.tsv``)."""
    table: dict[str, set[str]] = {}
    files = ("exonyms.tsv", "cldr_places.tsv", "cldr_languages.tsv", "freedict_proper.tsv", "french_names.tsv")
    for line in (line for name in files for line in load_lines(name)):
        other, french = line.split("\t")
        table.setdefault(_words(other), set()).update(_words(f) for f in french.split("|"))
    return {k: frozenset(v) for k, v in table.items()}

@lru_cache(maxsize=1 << 16)  # the name alignment asks it of every word pair ``spelling.may_vary`` tests
def exonym_forms(name: str) -> frozenset[str]:
    """The French forms of the place, acronym, institution or famous name ``name``, in lowercase."""
    return exonym_table().get(_words(name), frozenset())


@lru_cache(maxsize=1 << 18)
def exonym(written: str, name: str) -> bool:
    """Whether ``written`` is the French form of the place, acronym or famous name ``name`` ("Moscou", "OTAN", "Kadhafi"),
    a one-word form also in the plural or the feminine ("Grecs", "grecque" for Greeks), or a word made
    from it, sharing its first five letters: the adjective of a place ("américain" for America); not
    the name itself with a letter wrong (``_a_letter_from``)."""
    key, other = _words(name), _words(written)
    forms = exonym_table().get(key) or (exonym_table().get(key[:-1], ()) if key.endswith("s") else ())
    if other in forms:
        return True
    single = [fold(f) for f in forms if " " not in f and len(f) >= 4]
    key = fold(other)
    made = any(key.startswith(f) and len(key) - len(f) <= 3 or key[:5] == f[:5] for f in single)
    return " " not in other and made and not _a_letter_from(key, fold(name))


def _a_letter_from(key: str, name: str) -> bool:
    """Whether a word is the name itself with one letter wrong, added or lost ("Maldivees" for
    Maldives), not its plural or its feminine: a slip, which a word made from the name's French
    form may look like."""
    if key == name or (key[:-1] == name and key[-1] in "se"):
        return False
    return OSA.distance(key, name, score_cutoff=1) <= 1


@cache
def given_name_rows() -> tuple[dict[str, frozenset[int]], ...]:
    """Rows of ``data/given_names.tsv`` by folded form: every form's, the English forms', the French forms'."""
    rows: tuple[dict[str, set[int]], ...] = ({}, {}, {})
    for row, line in enumerate(load_lines("given_names.tsv")):
        for column, forms in enumerate(line.split("\t")):
            for form in forms.split("|"):
                rows[0].setdefault(fold(form), set()).add(row)
                if column < 2:
                    rows[column + 1].setdefault(fold(form), set()).add(row)
    return tuple({k: frozenset(v) for k, v in table.items()} for table in rows)

@cache
def _currency_words() -> frozenset[str]:
    return frozenset(load_lines("cldr_currencies.txt"))


def currency_word(word: str) -> bool:
    """A word that names a currency in English ("Euro", "Dollars"; the CLDR's names): a common noun,
    which French writes in lowercase whatever the source's capitals."""
    lower = word.lower()
    return lower in _currency_words() or (lower.endswith("s") and lower[:-1] in _currency_words())


@cache
def _census_given_names() -> dict[str, str]:
    """The census's given names, each with the lists it is on ("m", "f" or "mf")."""
    return dict(line.split("\t") for line in load_lines("census_given_names.txt"))


def census_given_name(word: str) -> bool:
    """Whether ``word`` is a given name of the 1990 US census (``data/census_given_names.txt``), or
    of ``data/given_names.tsv`` in any language's form: the first word of a person's name."""
    return word.lower() in _census_given_names() or given_name(word)


def census_gender(word: str) -> str | None:
    """"m" or "f" where the census gives ``word`` as a given name of men only or of women only
    ("Boris" "m", "Ingrid" "f"); None for a name of both lists ("Jean", "Andrea") or of none."""
    lists = _census_given_names().get(word.lower(), "")
    return lists if lists in ("m", "f") else None


def given_name(word: str) -> bool:
    """Whether ``word`` is a given name of ``data/given_names.tsv`` in any language's form."""
    return fold(word) in given_name_rows()[0]

def translatable(name: str) -> bool:
    """A name of an institution or place, which a translation may legitimately translate."""
    return any(fold(w) in institution_words() for w in name_words(name))


@cache
def _heads() -> dict[str, str]:
    rows = (line.split("\t") for line in load_lines("generic_heads.tsv"))
    return {word: kind for word, kind in rows}


def head_kind(word: str) -> str | None:
    """``place`` or ``institution`` for a generic word that heads such names ("Street", "rue",
    "Agency"), in either language (``data/generic_heads.tsv``); None for any other word."""
    return _heads().get(word.lower())


@cache
def _english_words() -> frozenset[str]:
    return frozenset(load_lines("english_words.txt"))


def english_word(word: str) -> bool:
    """Whether ``word`` (in lowercase) is a common English word (SCOWL, ``data/english_words.txt``)."""
    return word in _english_words()


def dictionary_word_of(word: str, lang: str) -> bool:
    """Whether ``word`` (in lowercase) is a word of ``lang``'s dictionary: French's
    (``french.french_word``) or English's (``english_word``); no other language's is known."""
    if lang == "fr":
        return french_word(word)
    return lang == "en" and english_word(word)


_COMPASS = frozenset(
    "north south east west northern southern eastern western central middle northeast northwest southeast southwest "
    "nord sud est ouest septentrional méridional oriental occidental central centrale".split()
)


def compass_word(word: str) -> bool:
    """A cardinal point or its adjective, which French translates in a place's name ("Corée du Nord",
    "Europe centrale") and English capitalises as a region ("the West")."""
    return word.lower() in _COMPASS


def surname_word(word: str) -> bool:
    """A word that can only name a person or a thing: no common word of English or French, and no
    given name ("Kowalczyk", not "Baker", "marche" or "Ingrid")."""
    return not english_word(word.lower()) and not french_word(word) and not census_given_name(word)


def proper_word(word: str) -> bool:
    """A word that only names: no common English word (SCOWL's lowercase words: "Kowalczyk", not
    "Baker"), so that a translation has nothing to render it as."""
    return not english_word(word.lower())


@cache
def _french_places() -> frozenset[str]:
    return frozenset(load_lines("cldr_french_places.txt"))


def french_place(word: str) -> bool:
    """Whether ``word`` is the French name of a country, a territory or a city in the CLDR ("Iran",
    "Italie", in any case; ``data/cldr_french_places.txt``), which French always capitalises."""
    return word.lower() in _french_places()


NAME_PARTICLES = frozenset("al el ad ar as at an ash de du des da di del della van von der den ten ter bin ben ibn abu".split())
"""Particles of names, which sources and translations capitalise differently ("al-Assad", "Al-Assad",
"Van Gogh"): no word that makes a name of its own."""


def french_country(word: str) -> bool:
    """Whether ``word`` is the French name of a country or a continent in the CLDR (through Babel: "Moldavie",
    "Océanie"), or a capitalised word of one ("Timor" of Timor oriental), a name French writes after "en"."""
    return fold(word) in _french_countries()


@cache
def _french_countries() -> frozenset[str]:
    from babel import Locale

    names = Locale("fr").territories.values()
    return frozenset(fold(word) for name in names for word in name.split() if word[:1].isupper() and len(word) >= 4)


def english_countries(stem: str) -> frozenset[str]:
    """The one-word English names of the CLDR's territories (through Babel), folded, that begin with
    the four letters ``stem`` ("keny" -> kenya)."""
    return _english_countries().get(stem, frozenset())


@cache
def _english_countries() -> dict[str, frozenset[str]]:
    from babel import Locale

    out: dict[str, set[str]] = {}
    for name in Locale("en").territories.values():
        if " " not in name and len(name) >= 4:
            out.setdefault(fold(name)[:4], set()).add(fold(name))
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _english_places() -> frozenset[str]:
    return frozenset(english for english, _ in word_table("cldr_places.tsv"))


def subdivision_word(word: str) -> bool:
    """Whether ``word`` is a word of four letters or more of a country's subdivision as ISO 3166-2
    names it (pycountry: provinces, states, regions, "Vichada", "Casanare"): a place's name of its own,
    which the CLDR's countries and cities leave out, not a slip of a neighbouring name."""
    return fold(word) in _subdivision_words()


@cache
def _subdivision_words() -> frozenset[str]:
    import pycountry

    names = (s.name for s in pycountry.subdivisions)
    return frozenset(fold(w) for name in names for w in name.split() if w[:1].isupper() and len(w) >= 4)


def english_place(word: str) -> bool:
    """Whether ``word`` is the English name of a place whose French name differs ("Iraq" for Irak):
    a name of its own in a French text that keeps it, not a slip of another place's."""
    return word.lower() in _english_places()


_DEMONYM = re.compile(r"(?:an|ans|ian|ians|ean|eans|ese|ish|ic|ics|i|is|ch|ech|echs|ss|ots|ots|er|ers)$")


def demonym_form(word: str) -> bool:
    """An English word with the ending of a people's or a place's adjective ("Iranian", "Czech", "Swiss")."""
    return bool(_DEMONYM.search(word.lower())) and word[:1].isupper()


def place_demonym(word: str) -> bool:
    """Whether ``word`` is a country's demonym by its form: most of the country's English name, then a
    people's ending of four letters at most ("Malawian", "Bhutanese"), itself no country ("Tonga")
    and no given name ("Florian")."""
    key = fold(word)
    if not demonym_form(word) or key in exonym_table() or census_given_name(word):
        return False
    for country in english_countries(key[:4]):
        shared = len(os.path.commonprefix([key, country]))
        if shared < len(key) and shared >= len(country) - 2 and len(key) - shared <= 4:
            return True
    return False


def people_adjective(word: str) -> bool:
    """A people's word ("German"), or a place's demonym by its form ("Malawian") or in our tables ("Canadian")."""
    return people_word(word) or place_demonym(word) or tabled_demonym(word)


def tabled_demonym(word: str) -> bool:
    """A place's demonym of our tables ("Canadian"); not a religion's word ("Hindu"), nor one
    guessed by its form alone, which a given name can have (one ending in "-i" as "Iraqi" does)."""
    return demonym_form(word) and fold(word) in exonym_table()
