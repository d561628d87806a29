"""NE010: a name of the source whose words the translation parts with other words."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.checks.names import aligned
from mtcheck.model import Document, Finding, Severity


class NameGarbled(Check):
    """Name of the source with its words parted by other words of the sentence.

    What it does: the name alignment (``entities.alignment``) matches each word of a source name
    to a word of its translation; a name whose words, kept as they are and in order, are parted
    by words of the sentence in lowercase that are no article or preposition ("Ingrid a dit
    Kowalczyk" for Ingrid Kowalczyk said) is garbled, and so is a person's name turned around with
    "de" between its surname and its given name ("le Kowalczyk d'Ingrid"), as MT reads a name as a
    thing its given name owns: French never writes a person so. A person's name of a given name
    and a surname written as the given name alone, the surname nowhere in the sentence ("Ingrid a
    parlé" for Ingrid Kowalczyk spoke), is garbled too: news shortens a name to its surname, never
    to its given name, and MT leaves the given name alone where it drops the surname or renders it
    as words the lexicons do not give for it; so is the given name before a word of neither
    language in the surname's place that keeps half its letters ("Ingrid Kowaldrin"), MT's pieces
    of a rare surname. A name's own words side by side in another order
    are garbled where none of them is an English or a French word, a brand or an abbreviation,
    nor a name the sources write on its own ("Zelvano Kowalda" for Kowalda Zelvano): phrase-based MT
    puts French order on words French does not write.
    Why it matters: a garbled name names nobody: readers cannot tell who spoke, and search cannot
    find the person.
    Example: source "Yesterday, Ingrid Kowalczyk said so." target "Hier, Ingrid a dit Kowalczyk
    cela." -> NE010.
    Known limitations: needs a source. A product or a work named after a given name ("the Ingrid
    Pump" put as "le tire-lait Ingrid") is taken for a person. Another word left out is not
    reported (a given name, an initial, a title or a company's legal form: news writes a name
    short, "Kowalczyk a dit" for Ingrid Kowalczyk said), nor are other words side by side in
    another order: a human translator puts a person's names in the order of their language
    (Spanish writes both surnames after the given name), French words in French order ("l'hôtel
    Green" for the Green Hotel), and two names side by side either way round ("Kowalnet
    Zelmarbourg", a firm's branch in a town); no rule tells those from MT's reordering.
    """

    code, name, category, severity = "NE010", "name-garbled", "name-garbled", Severity.WARNING
    fix_safety = "suggested"
    requires = ("target_segments", "name_renderings")
    help = "Write the name as the source does"
    examples_fail = (("Yesterday, Ingrid Kowalczyk said so.", "Hier, Ingrid a dit Kowalczyk cela."),
                     ("Ingrid Kowalczyk calculated the rise.", "Le Kowalczyk d'Ingrid a calculé la hausse."),
                     ("The ceremony was held at the Kowalda Zelvano yesterday.",
                      "La cérémonie a eu lieu au Zelvano Kowalda hier."))
    examples_pass = (("Yesterday, Ingrid Kowalczyk said so.", "Hier, Ingrid Kowalczyk l'a dit."),)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        return aligned.findings(self, doc, ("garbled",))
