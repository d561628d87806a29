"""TR004: a sentence that stops mid-way and runs into the next one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.model import Document, Finding, Severity

_PRONOUNS = {
    "fr": "Il|Elle|Ils|Elles|Je|Nous|On",
    "en": "He|She|They|We",
}


class CutSentence(Check):
    """Sentence cut off mid-way, running straight into the next one.

    What it does: flags a capitalised subject pronoun ("Il", "Elle", "He") that follows a word
    with no punctuation in between: the sentence before lost its end when it was translated.
    Why it matters: the end of the sentence (often the end of a quotation) is missing.
    Example: "son « désir d'approfondir [his] Il a précisé" -> TR004 at "[his] Il".
    Known limitations: only subject pronouns are used as evidence; a cut before a name or a
    noun is not seen, nor one after a noun naming a work ("le film Je reviendrai", a title).
    """

    code, name, category, severity = "TR004", "cut-sentence", "placeholder", Severity.WARNING
    help = "Restore the end of the sentence before it and its full stop"
    examples_fail = ("Il parle de son désir d'approfondir mes Il a précisé qu'il partait.",)
    examples_pass = ("Selon lui, Il faut partir est le titre du livre: Il a précisé.", "Il part. Elle reste.",
                     "Quand le film Je reviendrai à Kowalville est-il sorti ?")

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        pronouns = _PRONOUNS.get(doc.target_lang)
        if not pronouns:
            return
        pattern = re.compile(rf"(\[[^\]\n]+\]|(?<![\w’'-])[^\W\d_][\w’'-]*)[ \t]+({pronouns})(?= [a-zà-ÿ])")
        # What every match holds, found cheaply (the full pattern tries every position): most
        # sentences have no capitalised pronoun inside them.
        pronoun = re.compile(rf"[ \t](?:{pronouns})(?= [a-zà-ÿ])")
        for seg in doc.target_segments or ():
            if not pronoun.search(doc.target, seg.start, seg.end):
                continue
            for m in pattern.finditer(doc.target, seg.start, seg.end):
                if m.start() == seg.start or m.group(1).istitle() or _quoted_title(doc.target, m.start()):
                    continue
                if m.group(1).lower() in _WORKS:
                    continue  # "le film Je suis Kowal": a work's title after the noun of its kind
                yield self.finding(doc, m.start(), m.end(), f"the sentence stops at '{m[1]}' and runs into '{m[2]}'")


_WORKS = frozenset(
    """film films roman romans livre livres chanson chansons album albums série séries pièce pièces émission
    émissions jeu jeux titre titres opéra tableau poème spectacle feuilleton documentaire morceau single
    movie movies novel novels book books song songs series play plays show shows game games title poem""".split()
)
"""Nouns naming a kind of work, after which a capitalised pronoun opens the work's title ("le
roman Je reviendrai", "the film We Were Kings")."""


def _quoted_title(text: str, at: int) -> bool:
    """True after "«"/":" on the same segment start, where a capital may open a quotation."""
    before = text[max(0, at - 3) : at]
    return any(ch in before for ch in "«“:\"")
