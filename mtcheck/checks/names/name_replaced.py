"""NE009: another name written where the source has a name."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.checks.names import aligned
from mtcheck.model import Document, Finding, Severity


class NameReplaced(Check):
    """Another name written where the source sentence has a name.

    What it does: where the name alignment (``entities.alignment``) finds no trace of a source
    name in its translation, a name of the translation that the source does not write, in the
    same place of the sentence, is the name's replacement: the translation names someone or
    something else.
    Why it matters: a replaced name puts words in another person's mouth; it reads fluently, so
    no reader and no fluency metric notices it.
    Example: source "Le Cirque Ravel a joué hier soir." target "The Bolshoi Theatre played last
    night." -> NE009, fix "Cirque Ravel".
    Known limitations: needs a source; a name the translation moved far from its place in the
    sentence is reported as missing (NE006) rather than replaced.
    """

    code, name, category, severity = "NE009", "name-replaced", "name-replaced", Severity.ERROR
    requires = ("target_segments", "name_renderings")
    help = "Write the source's name"
    examples_fail = (("Le Cirque Ravel a joué hier soir.", "The Bolshoi Theatre played last night."),)
    examples_pass = (("Le Cirque Ravel a joué hier soir.", "The Cirque Ravel played last night."),)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        return aligned.findings(self, doc, ("replaced",))
