"""NE009: another name written where the source has a name."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.checks.names import aligned
from mtcheck.model import Document, Finding, Severity


class NameReplaced(Check):
    """Another name written where the source sentence has a name.

    What it does: where the name alignment (``entities.alignment``) finds no trace of a person's
    name of the source in its translation, another person's name of the translation that the
    source does not write, in the same place of the sentence, is the name's replacement: the
    translation names someone else. So is a surname of neither language, that the source does not
    write, after the person's given name kept ("Ingrid Zelmar" for Ingrid Kowalczyk).
    Why it matters: a replaced name puts words in another person's mouth; it reads fluently, so
    no reader and no fluency metric notices it.
    Example: source "According to Ingrid Kowalczyk, the project is going well." target "Selon Maria
    Brandt, le projet avance bien." -> NE009, fix "Ingrid Kowalczyk"; the same in a French source
    with its English translation.
    Known limitations: needs a source; only names that open with a given name are followed so
    (people, and works named after them); places, institutions and acronyms have French forms of
    their own that no table lists in full ("AIEA" for IAEA). A name the translation moved far from
    its place in the sentence is reported as missing (NE006) rather than replaced.
    """

    code, name, category, severity = "NE009", "name-replaced", "name-replaced", Severity.ERROR
    fix_safety = "suggested"
    requires = ("target_segments", "name_renderings")
    help = "Write the source's name"
    examples_fail = (("According to Ingrid Kowalczyk, the project is going well.", "Selon Maria Brandt, le projet avance bien."),)
    examples_pass = (
        ("According to Ingrid Kowalczyk, the project is going well.", "Selon Ingrid Kowalczyk, le projet avance bien."),
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        return aligned.findings(self, doc, ("replaced",))
