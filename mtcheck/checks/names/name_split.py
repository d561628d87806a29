"""NE002: a one-word name broken into words ("Open AI" for "OpenAI")."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.checks.names.name_case import evidence
from mtcheck.model import Document, Finding, Severity


class NameSplit(Check):
    """Name split into separate words.

    What it does: flags a run of capitalised words separated by spaces or hyphens whose letters
    spell a registered name written as one word ("Open AI", "Chat GPT" for "OpenAI", "ChatGPT").
    Why it matters: the split form is not the brand's name; it breaks search and looks careless.
    Example: "chez Open AI" with OpenAI in the termbase -> NE002, fix "OpenAI".
    Known limitations: splits into more than three words are not seen, nor lowercase splits
    (so that "il y a" is never taken for "Ilya").
    """

    code, name, category, severity = "NE002", "name-split", "name-split", Severity.ERROR
    requires = ("target_segments", "entities")
    help = "Write the name as one word"
    examples_fail = ("OpenAI a changé de PDG. OpenAI grandit. Microsoft détient une part d'Open AI.",)
    examples_pass = ("OpenAI a changé de PDG. OpenAI grandit. Microsoft détient une part d'OpenAI.",
                     "ChatGPT grandit. ChatGPT aussi. Il y a des chat GPT ici.")

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.entities is None:
            return
        for m in ctx.entities.mentions_in(doc):
            canonical = m.entity.canonical
            parts = m.text.replace("-", " ").split()
            fewer = len(canonical.replace("-", " ").split()) < len(parts)
            if len(parts) > 1 and fewer:
                yield self.finding(
                    doc,
                    m.start,
                    m.end,
                    f"'{m.text}' should be written '{canonical}'",
                    suggestion=canonical,
                    safe=True,
                    evidence=evidence(m),
                )
