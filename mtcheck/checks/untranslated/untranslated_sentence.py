"""TR001: a whole sentence left in another language."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext, quote
from mtcheck.entities.forms import census_given_name, dictionary_word_of, english_word
from mtcheck.french import french_word
from mtcheck.langid import ENGLISH_WORDS, FRENCH_WORDS, language_name
from mtcheck.model import Document, Finding, Severity
from mtcheck.tokens import words

MIN_WORDS = 4
"""Shorter segments are not judged: too little text to tell a language from a name."""
_GRAMMAR_WORDS = {"fr": FRENCH_WORDS, "en": ENGLISH_WORDS}
TARGET_SHARE = 0.8
"""The share of a sentence's words in lowercase that are the target language's words above which a
third language detected there comes from its names ("Kowalczyk a perdu Zelmarské Království")."""


class UntranslatedSentence(Check):
    """Sentence or headline left in another language inside a translation.

    What it does: flags a target sentence of at least four words whose language, as voted by
    function words, fastText and langdetect, is not the target language.
    Why it matters: an English headline on a French page is the first thing a reader sees, and
    the usual sign that a block of the article escaped translation.
    Example: "OpenAI CTO Mira Murati Is Leaving the Company" at the top of a French article -> TR001;
    "La CTO d'OpenAI quitte l'entreprise" passes.
    A language neither the target's nor the source's is reported only where the sentence is no
    quotation of the source (a masthead, "Die Kowalzeitung", kept as the source writes it) and its
    words in lowercase are not the target language's: a French sentence full of Czech names is
    French.
    A sentence of names only (every word capitalised, none a common word but a given name: a list of
    people, a byline) reads the same in every language and is not reported; nor is a sentence read
    as the source's language whose words in lowercase are the target's, none the source's alone
    (names between a few French words: "Harold Whitmoor a rencontré Frank Baxtell hier").
    Known limitations: sentences under four words are not judged (see TR002 for page chrome); an
    English quotation that a newsroom deliberately kept in English is flagged too; a list of names
    with common words in them ("New Kowalville Harbour") is judged as a sentence.
    """

    code, name, category, severity = "TR001", "untranslated-sentence", "untranslated", Severity.ERROR
    help = "Translate the sentence, or remove it if it is not part of the article"
    examples_fail = ("OpenAI CTO Mira Murati Is Leaving the Company\n\nMira Murati quitte OpenAI.",)
    examples_pass = ("La directrice technique d'OpenAI, Mira Murati, quitte l'entreprise.",)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        for seg in doc.target_segments or ():
            if seg.lang is None or seg.lang == doc.target_lang:
                continue
            if len(words(seg.text)) < MIN_WORDS:
                continue
            if seg.lang != doc.from_lang and (seg.text in (doc.source or "") or _in_target_words(seg.text, doc.target_lang)):
                continue
            if seg.lang == doc.from_lang and _in_target_words(seg.text, doc.target_lang, unless=doc.from_lang):
                continue
            if _names_only(seg.text):
                continue
            yield self.finding(
                doc,
                seg.start,
                seg.end,
                f"'{quote(seg.text)}' is in {language_name(seg.lang)}, not {language_name(doc.target_lang)}",
                evidence={"detected": seg.lang, "confidence": round(seg.lang_score, 3)},
            )


def _names_only(text: str) -> bool:
    """Whether every word of ``text`` is capitalised and a name, no common word of English or French
    but a given name ("Frank"): a list of people, a byline, which read the same in every language.
    A headline in title case has common words ("Kowalnet Will Close Its Office")."""
    found = [w.text for w in words(text) if not w.text.isdigit()]
    return bool(found) and all(
        w[:1].isupper() and (census_given_name(w) or not (english_word(w.lower()) or french_word(w.lower()))) for w in found
    )


def _in_target_words(text: str, lang: str, unless: str | None = None) -> bool:
    """Whether the words of ``text`` in lowercase are mostly words of ``lang`` (its grammar words or
    its dictionary's): the sentence is in ``lang``, whatever language its names suggested. With
    ``unless``, no word of the sentence but a given name may be a word of that language and not of
    ``lang``: a short French sentence between names ("Harold Whitmoor a rencontré Frank Baxtell
    hier") reads as English to the detectors, while English left untranslated has English's own
    words, in lowercase ("met", "yesterday") or in a headline's capitals ("Must Also Be"); two of
    that language's grammar words more than ``lang``'s settle it before any dictionary is read."""
    found = [w.text for w in words(text)]
    lower = [w for w in found if w.islower()]
    if len(lower) < 2:
        return False
    if unless is not None:
        other, own = (sum(w.lower() in _GRAMMAR_WORDS.get(x, ()) for w in found) for x in (unless, lang))
        if other >= own + 2:
            return False  # two of its grammar words more than the target's ("the", "of"): told without a dictionary
        if any(_word_of(w.lower(), unless) and not _word_of(w.lower(), lang)
               for w in found if w.islower() or not census_given_name(w)):
            return False
    known = sum(1 for w in lower if _word_of(w, lang))
    return known / len(lower) >= TARGET_SHARE


def _word_of(word: str, lang: str) -> bool:
    return word in _GRAMMAR_WORDS.get(lang, ()) or dictionary_word_of(word, lang)
