"""DU001: the same words written twice in a row."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.model import Document, Finding, Severity
from mtcheck.tokens import words

MAX_NGRAM = 4
_LEGIT_REPEATS = frozenset({"nous", "vous", "that", "had", "is"})
"""Words whose doubling is grammatical ("nous nous sommes", "that that")."""


class RepeatedWords(Check):
    """Words repeated back to back.

    What it does: flags a run of one to four words immediately followed by the same words
    (ignoring case), with only spaces between them, and proposes deleting the second copy.
    Why it matters: a stutter such as "de Murati de Murati" is a classic MT decoding error and
    looks careless in print.
    Example: "Altman a répondu à l'écriture de Murati de Murati" -> DU001, fix "de Murati".
    Known limitations: grammatical doublings ("nous nous", "vous vous") and repeated numbers are
    allowed, and so is a repetition the source writes too, a name's ("Kowal Kowal"); a repetition
    split by punctuation ("très, très") is not flagged.
    """

    code, name, category, severity = "DU001", "repeated-words", "duplication", Severity.WARNING
    fix_safety = "safe"
    help = "Delete the second copy"
    examples_fail = ("Altman a répondu à l'écriture de Murati de Murati.",)
    examples_pass = ("Nous nous sommes trompés.", "Le vote a eu lieu le 12 12 fois.",
                     ("The band Kowal Kowal played.", "Le groupe Kowal Kowal a joué."))

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        for seg in doc.target_segments or ():
            tokens = words(doc.target, seg.start, seg.end)
            lowered = [t.text.lower() for t in tokens]
            i = 0
            while i < len(tokens):
                n = self._repeat_length(doc.target, tokens, lowered, i)
                if not n:
                    i += 1
                    continue
                start, end, once_end = tokens[i].start, tokens[i + 2 * n - 1].end, tokens[i + n - 1].end
                i += 2 * n
                if doc.source is not None and doc.target[start:end] in doc.source:
                    continue  # the source's own repetition: a name ("Kowal Kowal", a band's), kept as written
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
            if n == 1 and (lowered[i] in _LEGIT_REPEATS or lowered[i].isdigit()):
                continue
            gaps = [text[tokens[j].end : tokens[j + 1].start] for j in range(i, i + 2 * n - 1)]
            if all(g.isspace() for g in gaps):
                return n
        return 0
