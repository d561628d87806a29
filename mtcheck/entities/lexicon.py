"""How a name looks once translated word by word: renderings of name words, both ways.

Two tables, each read once on first use:

- ``rendered_words``: our own ``data/name_words.tsv`` and ``data/peoples.tsv``, the words of
  company, outlet and product names and of peoples, with the French words MT renders them as;
- ``translations``: those, FreeDict's English-French and French-English dictionaries
  (``data/freedict_en_fr.tsv``, 7,500 English words) and Apertium's dictionaries through Spanish
  and Catalan (``data/apertium_en_fr.tsv``, 10,200 English nouns and adjectives, "beacon" and
  "dusk" among them, which FreeDict lacks), for the name alignment with a source, which
  asks of any word of a source name whether a target word renders it ("Brooks" as "ruisseaux").
  A word is looked up as written and, in English, in the singular ("Brooks" -> brook); a target
  word matches as written, in the singular, and, in French, as each of its lemmas in the
  lemmatizer of spaCy's French model ("stationne" -> stationner).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from mtcheck.entities.candidates import FILLERS, fold, name_words
from mtcheck.entities.forms import word_table
from mtcheck.entities.spelling import same_name
from mtcheck.french import lemmas
from mtcheck.quantities.words import calendar_names, month_abbreviations
from mtcheck.tokens import Token


@cache
def _lexicon() -> dict[str, dict[str, frozenset[str]]]:
    """Renderings of name words, both ways: ``{"en": {english: french words}, "fr": {french: english words}}``."""
    en: dict[str, set[str]] = {}
    fr: dict[str, set[str]] = {}
    for english, french in word_table("name_words.tsv") + word_table("peoples.tsv"):
        for word in french:
            en.setdefault(english, set()).add(word)
            fr.setdefault(word, set()).add(english)
    return {"en": {k: frozenset(v) for k, v in en.items()}, "fr": {k: frozenset(v) for k, v in fr.items()}}

def rendered_words(word: str, lang: str) -> frozenset[str]:
    """Lowercase words a translation from ``lang`` may render ``word`` as (empty: the lexicon does not know it)."""
    return _lexicon().get(lang, {}).get(word.lower(), frozenset())

@lru_cache(maxsize=1 << 12)
def rendering_sets(name: str, lang: str) -> tuple[frozenset[str], ...]:
    """For each content word of ``name`` (in ``lang``), the lowercase words a word-by-word translation uses."""
    words_ = [w for w in name_words(name) if w.lower() not in FILLERS]
    return tuple(rendered_words(w, lang) | {w.lower()} for w in words_)

def rendered_spans(text: str, tokens: Sequence[Token], sets: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """Spans of ``tokens`` whose content words render every set of ``sets`` once, in any order,
    with articles and prepositions between them ("la superintelligence sûre")."""
    found = []
    for i, tok in enumerate(tokens):
        if not any(tok.text.lower() in s for s in sets):
            continue
        left = list(sets)
        j = i
        while j < len(tokens) and left:
            word = tokens[j].text.lower()
            match = next((s for s in left if word in s), None)
            if match is not None:
                left.remove(match)
            elif word not in FILLERS or j == i:
                break
            j += 1
        if not left:
            found.append((tok.start, tokens[j - 1].end))
    return found

def has_counterpart(name: str, tokens: Sequence[Token], lang: str, accepted: Sequence[str] = ()) -> bool:
    """Whether the other side's ``tokens`` hold some trace of ``name`` (written in ``lang``): one of its
    words with a slip at most, a shared stem of five letters, a lexicon rendering, the whole name
    written as one word, or one of the ``accepted`` forms (termbase targets)."""
    keys = {fold(part) for t in tokens for part in t.text.split("-")}  # "al-Qaida" holds "qaida"
    joined = "".join(fold(t.text) for t in tokens)
    if fold(name) in joined or any(fold(a) in joined for a in accepted if a):
        return True
    for word in name_words(name):
        w = fold(word)
        if len(w) < 3 or w in FILLERS:
            continue
        if w in keys or rendered_words(word, lang) & {t.text.lower() for t in tokens}:
            return True
        stem = w[:5]
        if len(stem) >= 4 and any(k.startswith(stem) or same_name(k, w) for k in keys):
            return True
    return False


@cache
def _dictionary() -> dict[str, dict[str, frozenset[str]]]:
    """``translations``' table, both ways: our lexicon, FreeDict's words and Apertium's (through
    Spanish and Catalan: ``tools/apertium_lexicon.py``), each table optional but our own."""
    en: dict[str, set[str]] = {}
    fr: dict[str, set[str]] = {}
    tables = [*word_table("name_words.tsv"), *word_table("peoples.tsv"), *word_table("freedict_en_fr.tsv"),
              *word_table("apertium_en_fr.tsv"), *_month_abbreviations()]
    for english, french in tables:
        for word in french:
            en.setdefault(english, set()).add(word)
            fr.setdefault(word, set()).add(english)
    return {"en": {k: frozenset(v) for k, v in en.items()}, "fr": {k: frozenset(v) for k, v in fr.items()}}


def _month_abbreviations() -> list[tuple[str, tuple[str, ...]]]:
    """English short forms of the months ("Jan", "Jun", "Sept": the CLDR's, through Babel) and the
    French months they name: a name that is also one ("Jun" before a surname) comes out of MT as
    the month ("juin"), which no dictionary of words lists."""
    english, french = calendar_names("en", "abbreviated")[0], calendar_names("fr")[0]
    shorts = [(name.rstrip("."), k) for k, name in english.items()] + [("sept", 9)]
    return [(short, (french[k],)) for short, k in shorts if short in month_abbreviations("en")]


@lru_cache(maxsize=1 << 16)  # the name alignment asks it of every word of a sentence for every name word
def singular(word: str) -> str:
    """An English or French plural in the singular, by its ending ("parks" -> park, "cities" -> city,
    "churches" -> church, "chevaux" is left alone); other words as they are."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w[-1] in "sx" and w[-2] not in "su":
        return w[:-1]
    return w


_ENGLISH_ENDINGS = (("ied", "y"), ("ier", "y"), ("iest", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                    ("er", ""), ("er", "e"), ("est", ""), ("ly", ""))  # fmt: skip
"""English inflections a lexicon lists under the stem: "smarter" -> smart, "closed" -> close."""


@cache
def _irregulars() -> dict[str, tuple[str, ...]]:
    """English irregular forms and their lemmas (WordNet's exception lists: ``tools/english_irregulars.py``)."""
    return dict(word_table("english_irregulars.tsv"))


def english_stems(word: str) -> list[str]:
    """``word`` in lowercase, in the singular, its lemmas where it is an irregular form ("lost" ->
    lose, "children" -> child), and without an inflection's ending (three letters of stem at least)."""
    w = word.lower()
    out = [w, singular(w), *_irregulars().get(w, ())]
    for ending, stem in _ENGLISH_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            base = w[: len(w) - len(ending)]
            out += [base + stem, base[:-1] if len(base) > 3 and base[-1] == base[-2] else base + stem]
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1 << 16)
def translations(word: str, lang: str) -> frozenset[str]:
    """Lowercase words and phrases of the other language that translate ``word`` (written in
    ``lang``), as written, in the singular, or, in English, without an inflection's ending;
    empty where no table knows it."""
    table = _dictionary().get(lang, {})
    stems = english_stems(word) if lang == "en" else [word.lower(), singular(word)]
    return frozenset().union(*(table.get(s, frozenset()) for s in stems))


@lru_cache(maxsize=1 << 16)
def forms_of(word: str, lang: str) -> frozenset[str]:
    """``word`` in lowercase, in the singular and, in French, as each of its lemmas: the forms a
    translation's word is looked up by."""
    w = word.lower()
    out = {w, singular(w)}
    if lang == "fr":
        out.update(lemmas(w))
    return frozenset(out)


def renders(written: str, word: str, lang: str, target_lang: str) -> bool:
    """Whether the target word ``written`` translates ``word`` of a source in ``lang``."""
    found = translations(word, lang)
    return bool(found) and not forms_of(written, target_lang).isdisjoint(found)
