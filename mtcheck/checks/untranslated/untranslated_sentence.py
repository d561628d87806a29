"""TR001: a whole sentence left in another language."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext, quote
from mtcheck.langid import language_name
from mtcheck.model import Document, Finding, Severity
from mtcheck.tokens import words

MIN_WORDS = 4
"""Shorter segments are not judged: too little text to tell a language from a name."""


class UntranslatedSentence(Check):
    """Sentence or headline left in another language inside a translation.

    What it does: flags a target sentence of at least four words whose language, as voted by
    function words, fastText and langdetect, is not the target language.
    Why it matters: an English headline on a French page is the first thing a reader sees, and
    the usual sign that a block of the article escaped translation.
    Example: "OpenAI CTO Mira Murati Is Leaving the Company" at the top of a French article -> TR001;
    "La CTO d'OpenAI quitte l'entreprise" passes.
    Known limitations: sentences under four words are not judged (see TR002 for page chrome); an
    English quotation that a newsroom deliberately kept in English is flagged too.
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
            yield self.finding(
                doc,
                seg.start,
                seg.end,
                f"'{quote(seg.text)}' is in {language_name(seg.lang)}, not {language_name(doc.target_lang)}",
                evidence={"detected": seg.lang, "confidence": round(seg.lang_score, 3)},
            )
