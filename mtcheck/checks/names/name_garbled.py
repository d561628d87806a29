"""NE010: a name whose words are reordered, parted or partly lost."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.checks.names import aligned
from mtcheck.model import Document, Finding, Severity


class NameGarbled(Check):
    """Name of the source with its words reordered, parted by other words or partly lost.

    What it does: the name alignment (``entities.alignment``) matches each word of a source name
    to a word of its translation; a name whose proper words come in another order ("Marsh
    Ingrid"), are parted by words that are no article or preposition, or are partly lost ("Ingrid
    a dit" for Ingrid Kowalczyk said) is garbled. Words French syntax moves are no damage: the generic
    word of a place or an institution ("la rue Maple"), a people's adjective, an initial or a
    company's legal form left out.
    Why it matters: a garbled name names nobody: readers cannot tell who spoke, and search cannot
    find the person.
    Example: source "Ingrid Kowalczyk Brandt said so." target "Ingrid a dit Brandt." -> NE010.
    Known limitations: needs a source; a given name left out ("Kowalczyk a dit" for Ingrid Kowalczyk said)
    is how news writes a name the second time, and is not reported.
    """

    code, name, category, severity = "NE010", "name-garbled", "name-garbled", Severity.WARNING
    requires = ("target_segments", "name_renderings")
    help = "Write the name as the source does"
    examples_fail = (("Yesterday, Ingrid Kowalczyk Brandt said so.", "Hier, Brandt Kowalczyk Ingrid l'a dit."),)
    examples_pass = (("Yesterday, Ingrid Kowalczyk Brandt said so.", "Hier, Ingrid Kowalczyk Brandt l'a dit."),)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        return aligned.findings(self, doc, ("garbled",))
