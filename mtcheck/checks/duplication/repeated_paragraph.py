"""DU002: a paragraph printed twice."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext, quote
from mtcheck.model import Document, Finding, Severity, line_col
from mtcheck.segment import paragraphs

MIN_WORDS = 6
"""Shorter paragraphs ("Je vous aime tous.") may repeat on purpose."""


class RepeatedParagraph(Check):
    """Paragraph that repeats an earlier paragraph of the same document word for word.

    What it does: compares paragraphs after folding case and spacing and flags every later copy
    of a paragraph of six words or more.
    Why it matters: a duplicated lead paragraph is a pipeline error (the standfirst translated
    twice) that readers notice at once.
    Example: an article whose first two paragraphs are the same sentence -> DU002 on the second.
    Known limitations: near-duplicates (one word changed) are not flagged.
    """

    code, name, category, severity = "DU002", "repeated-paragraph", "duplication", Severity.ERROR
    fix_safety = "safe"
    help = "Delete the repeated paragraph"
    examples_fail = ("Un autre dirigeant d'OpenAI annonce son départ.\n\nUn autre dirigeant d'OpenAI annonce son départ.",)
    examples_pass = ("Un autre dirigeant d'OpenAI annonce son départ.\n\nUn autre dirigeant de Google annonce son départ.",)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        seen: dict[str, int] = {}
        for start, end in paragraphs(doc.target):
            text = doc.target[start:end]
            key = " ".join(text.lower().split())
            if len(key.split()) < MIN_WORDS:
                continue
            if key in seen:
                line, _ = line_col(doc.target, seen[key])
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"'{quote(text, 50)}' repeats the paragraph of line {line}",
                    suggestion="",
                    fix_title="Delete the repeated paragraph",
                    safe=True,
                    edit=(len(doc.target[:start].rstrip()), end),  # the blank line before it goes too
                    evidence={"first_start": seen[key], "first_line": line},
                )
            else:
                seen[key] = start
