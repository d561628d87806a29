"""TR005: a few lowercase words standing alone between two full stops."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.model import Document, Finding, Severity
from mtcheck.segment import ABBREVIATIONS, paragraphs

_FRAGMENT = re.compile(
    r"(?<![^\W\d_])(?P<before>[^\W\d_]{2,})\.[ \t]+(?P<frag>[a-zà-ÿ][\w’'-]*(?:[ \t]+[\w’'-]+){0,2}\.)(?=\s|$)"
)

_STOP_THEN_LOWERCASE = re.compile(r"\.[ \t]+[a-zà-ÿ]")


class StrayFragment(Check):
    """Piece of a sentence left standing alone after a full stop.

    What it does: flags one to three words that start in lowercase right after a full stop and
    end with their own full stop, inside a paragraph that otherwise uses capitals.
    Why it matters: MT split a sentence in the wrong place ("dans le secteur de l'IA. espace.");
    the fragment reads as a typo and its meaning is lost.
    Example: "a-t-il déclaré. a écrit. « Il s'agissait" -> TR005 on "a écrit.".
    Known limitations: longer lowercase fragments and fragments after abbreviations are not
    flagged; paragraphs written all in lowercase (some tweets) are skipped.
    """

    code, name, category, severity = "TR005", "stray-fragment", "placeholder", Severity.WARNING
    help = "Join the fragment to the sentence it belongs to, or remove it"
    examples_fail = ("Il veut renforcer sa présence dans le secteur de l'IA. espace.",)
    examples_pass = ("Il travaille chez Apple Inc. depuis 2019.", "mais ce qui est inattendu. voilà tout.")

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        for start, end in paragraphs(doc.target):
            if doc.target[start].islower():
                continue
            if not _STOP_THEN_LOWERCASE.search(doc.target, start, end):
                continue  # what every fragment follows, found cheaply: most paragraphs have none
            for m in _FRAGMENT.finditer(doc.target, start, end):
                if m["before"].lower() in ABBREVIATIONS:
                    continue
                a, b = m.span("frag")
                yield self.finding(doc, a, b, f"'{m['frag']}' stands alone after a full stop")
