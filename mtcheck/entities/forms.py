"""What French writes for a name: exonyms (CLDR and our own table), the French forms of given
names, and the words that mark an institution or a people, which French translates as a rule.

Each table is one of our data files (``mtcheck/data``), read once on first use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from mtcheck.data import load_lines
from mtcheck.entities.candidates import FILLERS, fold, name_words


@cache
def word_table(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The rows of a data table of English words and their French words ("german<TAB>allemand|allemande")."""
    rows = (line.split("\t") for line in load_lines(name))
    return tuple((english, tuple(french.split("|"))) for english, french in rows)

@cache
def _peoples() -> frozenset[str]:
    """The words of ``data/peoples.tsv``, English and French, folded."""
    return frozenset(fold(w) for english, french in word_table("peoples.tsv") for w in (english, *french))

def people_word(word: str) -> bool:
    """A people's or a language's word ("German", "allemande"), which English capitalises and French
    does not: a translation renders it as a word."""
    return fold(word) in _peoples()

def peoples_only(parts: Sequence[str]) -> bool:
    """Whether a name's words are peoples' and languages' words and articles only ("The German",
    "Japanese English", "German Turks"): English capitals on words French writes in lowercase."""
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
def _exonyms() -> dict[str, frozenset[str]]:
    """French forms of place names and acronyms, by the other form (``data/exonyms.tsv``, then the
    CLDR's places, ``data/cldr_places.tsv``)."""
    table: dict[str, set[str]] = {}
    for line in load_lines("exonyms.tsv") + load_lines("cldr_places.tsv"):
        other, french = line.split("\t")
        table.setdefault(_words(other), set()).update(_words(f) for f in french.split("|"))
    return {k: frozenset(v) for k, v in table.items()}

def exonym(written: str, name: str) -> bool:
    """Whether ``written`` is the French form of the place, acronym or famous name ``name`` ("Moscou", "OTAN", "Kadhafi")."""
    return _words(written) in _exonyms().get(_words(name), ())

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

def given_name(word: str) -> bool:
    """Whether ``word`` is a given name of ``data/given_names.tsv`` in any language's form."""
    return fold(word) in given_name_rows()[0]

def translatable(name: str) -> bool:
    """A name of an institution or place, which a translation may legitimately translate."""
    return any(fold(w) in institution_words() for w in name_words(name))
