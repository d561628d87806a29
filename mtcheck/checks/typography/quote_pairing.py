"""FM002: opening and closing quotation marks that do not pair up within a paragraph."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.model import Document, Finding, Severity
from mtcheck.segment import paragraphs

_PAIRS = {"«": "»", "“": "”"}
_CLOSING = {v: k for k, v in _PAIRS.items()}
_QUOTES = ('"', "«", "»", "“", "”")


class QuotePairing(Check):
    """Quotation mark with no partner in its paragraph.

    What it does: walks each paragraph with a stack of opening marks (« and “) and flags a
    closing mark with no opener, and an opener still open at the end of the paragraph.
    Why it matters: MT often moves or drops one half of a pair ("d' »avancer rapidement »"),
    which hides where a quotation starts or ends.
    Example: "qualifiant son licenciement d' »expérience étrange »" -> FM002 on the first ».
    A guillemet paired with a straight quote ("« ... \"", MT mixing two styles) is reported with
    that straight quote named. Where the source's text holds an odd number of quotation marks, a
    quotation runs beyond it (a sentence pair cut from a longer quotation, its other half in the
    pair before or after), and a mark of the translation left unpaired the same way is not reported.
    Known limitations: quotations that span paragraphs are reported as unclosed; straight
    quotes (") are not checked because they do not say whether they open or close.
    """

    code, name, category, severity = "FM002", "quote-pairing", "typography", Severity.INFO
    help = "Restore the missing half of the pair, or remove the stray mark"
    examples_fail = (
        "Il a parlé d' »expérience étrange ».",
        ('He spoke of a "strange experience" in Kowalville.', "Il a parlé d' »expérience étrange » à Kowalville."),
    )
    examples_pass = (
        "Il a parlé d'« expérience étrange » et de “surprise”.",
        ('and I take the blame," Zelmar said.', "et j'en prends la responsabilité », a dit Zelmar."),
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        marks = sum(doc.source.count(q) for q in _QUOTES) if doc.source else 0
        found = list(self._unpaired(doc))
        if marks % 2 and len(found) == 1:
            return  # the source's quotation runs beyond its text too: its other half is in another pair
        yield from found

    def _unpaired(self, doc: Document) -> Iterator[Finding]:
        for start, end in paragraphs(doc.target):
            stack: list[int] = []
            for i in range(start, end):
                ch = doc.target[i]
                if ch in _PAIRS:
                    stack.append(i)
                elif ch in _CLOSING:
                    if stack and doc.target[stack[-1]] == _CLOSING[ch]:
                        stack.pop()
                    else:
                        straight = '"' in doc.target[start:i]
                        said = "a straight '\"' opened" if straight else "was never opened"
                        yield self.finding(doc, i, i + 1, f"'{ch}' closes a quotation that {said}")
            for i in stack:
                straight = '"' in doc.target[i + 1 : end]
                said = "a straight '\"' closes" if straight else "is never closed"
                yield self.finding(doc, i, i + 1, f"'{doc.target[i]}' opens a quotation that {said}")
