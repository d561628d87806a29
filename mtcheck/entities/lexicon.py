"""How a name looks once translated word by word: renderings of name words, both ways."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from mtcheck.entities.candidates import FILLERS, fold, name_words
from mtcheck.entities.forms import word_table
from mtcheck.entities.spelling import same_name
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
