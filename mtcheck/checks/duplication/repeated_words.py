"""DU001: the same words written twice in a row."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.entities.pairs import source_text_by_sentence
from mtcheck.langid import GRAMMAR_WORDS
from mtcheck.model import Document, Finding, Severity
from mtcheck.tokens import words

MAX_NGRAM = 4
_LEGIT_REPEATS = frozenset({"nous", "vous", "faire", "ça", "that", "had", "is", "you"})
"""Words whose doubling is grammatical ("nous nous sommes", "that that", "told you you would",
French's causative "se le faire faire" and spoken "ça ça me plaît")."""
_SPOKEN = frozenset({"ah", "ha", "hé", "hi", "ho", "oh", "là", "bla", "non", "oui", "well", "no", "yes"})
"""Interjections speech doubles ("Ah là là", "Ha ha", "Non non", "Well well")."""
_REDUPLICATING = frozenset({"à", "en", "par", "pour", "après", "contre"})
"""Prepositions of French's reduplicated phrases ("peu à peu", "de plus en plus", "un par un"):
"peu à peu à" repeats no words, the phrase is followed by its own preposition."""
_DOUBLED = re.compile(r"\b((?:\w+[\s']+){0,3}\w+)(?:,?\s+)\1\b", re.IGNORECASE)
"""Words the source says twice ("very, very", "win win", "a man who knows a man who knows")."""


class RepeatedWords(Check):
    """Words repeated back to back.

    What it does: flags a run of one to four words immediately followed by the same words
    (ignoring case), with only spaces between them, and proposes deleting the second copy.
    Why it matters: a stutter such as "de Murati de Murati" is a classic MT decoding error and
    looks careless in print.
    Example: "Altman a répondu à l'écriture de Murati de Murati" -> DU001, fix "de Murati".
    Known limitations: grammatical doublings ("nous nous", "vous vous", "se le faire faire"),
    interjections ("Ah là là", "Ha ha") and repeated numbers are allowed, and so is a repetition
    the source writes too, a name's ("Kowal Kowal", "bling-bling"), words doubled where the aligned
    source sentence doubles as many ("très très" for "very, very"), and a reduplicated phrase
    before its own preposition ("peu à peu à"); a repetition split by punctuation ("très, très")
    is not flagged.
    """

    code, name, category, severity = "DU001", "repeated-words", "duplication", Severity.WARNING
    fix_safety = "safe"
    requires = ("target_segments", "beads")  # the aligned source sentence says whether a doubling is its emphasis
    help = "Delete the second copy"
    examples_fail = ("Altman a répondu à l'écriture de Murati de Murati.",
                     ("Kowalia traded with the the northern ports.", "La Kowalie a commercé avec les les ports du nord."))
    examples_pass = ("Nous nous sommes trompés.", "Le vote a eu lieu le 12 12 fois.",
                     ("The band Kowal Kowal played.", "Le groupe Kowal Kowal a joué."),
                     "Kowal va le faire faire par son voisin.", "Les prix montent peu à peu à Kowalville.",
                     ("The Kowalville road is very, very long.", "La route de Kowalville est très très longue."),
                     ("Kowalville loves bling-bling.", "Kowalville aime le bling bling."))

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        sources: dict[int, str] | None = None  # the aligned source sentences, read at the first repetition only
        for seg in doc.target_segments or ():
            tokens = words(doc.target, seg.start, seg.end)
            lowered = [t.text.lower() for t in tokens]
            i = 0
            while i < len(tokens):
                # most words do not come back within MAX_NGRAM words: nothing to compare from them
                n = self._repeat_length(doc.target, tokens, lowered, i) if lowered[i] in lowered[i + 1 : i + MAX_NGRAM + 1] else 0
                if not n:
                    i += 1
                    continue
                start, end, once_end = tokens[i].start, tokens[i + 2 * n - 1].end, tokens[i + n - 1].end
                i += 2 * n
                if doc.source is not None and _spaced(doc.target[start:end]) in _spaced(doc.source):
                    continue  # the source's own repetition: a name ("Kowal Kowal", a band's, "bling-bling"), kept as written
                if doc.source is not None:
                    sources = source_text_by_sentence(doc) if sources is None else sources
                    if n in _said_twice(sources.get(seg.index, "")):
                        continue  # "très très" where the aligned source sentence says "very, very"
                once = doc.target[start:once_end]
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"'{doc.target[start:end]}' repeats '{once}'",
                    suggestion=once,
                    fix_title=f"Keep one '{once}'",
                    safe=True,
                )

    @staticmethod
    def _repeat_length(text: str, tokens: list, lowered: list[str], i: int) -> int:
        """Longest n such that tokens[i:i+n] is immediately repeated, or 0."""
        for n in range(MAX_NGRAM, 0, -1):
            if i + 2 * n > len(tokens) or lowered[i] != lowered[i + n] or lowered[i : i + n] != lowered[i + n : i + 2 * n]:
                continue  # the first words compared first: most spans repeat nothing
            if n == 1 and (lowered[i] in _LEGIT_REPEATS or lowered[i] in _SPOKEN or lowered[i].isdigit()):
                continue
            if n == 2 and lowered[i + 1] in _REDUPLICATING:
                continue  # "peu à peu à", "de plus en plus en": a reduplicated phrase and the next preposition
            gaps = [text[tokens[j].end : tokens[j + 1].start] for j in range(i, i + 2 * n - 1)]
            if all(g.isspace() for g in gaps):
                return n
        return 0


_INTENSIFIERS = frozenset({"very", "so", "really", "much", "très", "si", "vraiment", "bien"})


def _said_twice(source: str) -> set[int]:
    """How many words long each run is that ``source`` says twice on purpose (``_emphatic``)."""
    return {len(m[1].split()) for m in _DOUBLED.finditer(source) if _emphatic(m[1])}


def _emphatic(words: str) -> bool:
    """Whether words the source doubles are said twice on purpose ("very, very", "win win", "a man
    who knows a man who knows"), not a slip of its own ("the the", "of of", "more more"): one of them
    is no grammar word, or an intensifier."""
    return any(w not in GRAMMAR_WORDS or w in _INTENSIFIERS for w in words.lower().split())


def _spaced(text: str) -> str:
    """``text`` with hyphens as spaces, lowercase: "bling-bling" in the source is "bling bling"."""
    return text.replace("-", " ").lower()
