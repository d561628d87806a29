"""NE006: a name of the source sentence with no trace in its translation."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.checks.names import aligned
from mtcheck.model import Document, Finding, Severity


class NameMissing(Check):
    """Name of the source sentence missing from its translation.

    What it does: the name alignment (``entities.alignment``) looks for every name of each source
    sentence in its aligned translation: the name as it is, a form French writes for it, or any
    of its words, damaged or rendered. A name with no trace at all is reported on the target
    sentence, with the source sentence as evidence.
    Why it matters: MT drops names it cannot handle, and a quote with no speaker, or a deal with
    no buyer, is worse than a misspelled one.
    Example: source "Ingrid Kowalczyk left the company on Tuesday." target "Elle a quitté l'entreprise
    mardi." -> NE006.
    Known limitations: needs a source. Only names a translation cannot leave out are required: a
    person's full name, a given name and a surname that is no English word ("Ingrid Kowalczyk"). A
    surname alone may become a pronoun, a place's or an institution's name an adjective ("les
    autorités françaises" for the French Government), a work's title a description, and a brand or
    an acronym ("eBay", "A380", "KWZA") a paraphrase ("l'avion", "le site"), so none of these is
    reported when it has no trace. Sentence pairs the alignment is unsure of (a target shorter than
    half its source) and source headlines in title case are skipped.
    """

    code, name, category, severity = "NE006", "name-missing", "name-missing", Severity.WARNING
    requires = ("target_segments", "name_renderings")
    help = "Put the name back in the translation"
    examples_fail = (("Ingrid Kowalczyk left the company on Tuesday.", "Elle a quitté l'entreprise mardi."),)
    examples_pass = (
        ("Ingrid Kowalczyk left the company on Tuesday.", "Kowalczyk a quitté l'entreprise mardi."),
        ("The White House said on Monday.", "La Maison Blanche a déclaré lundi."),
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        return aligned.findings(self, doc, ("missing",))
