"""NE002: a one-word name broken into words ("Open AI" for "OpenAI")."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.checks.names import aligned
from mtcheck.entities.candidates import name_words
from mtcheck.entities.entity import Entity
from mtcheck.entities.pairs import source_text_by_sentence, written_in
from mtcheck.entities.spelling import spacing
from mtcheck.french import common_word
from mtcheck.langid import FRENCH_WORDS
from mtcheck.model import Document, Finding, Severity


class NameSplit(Check):
    """Name split into separate words.

    What it does: flags a run of capitalised words separated by spaces or hyphens whose letters
    spell a registered name written as one word ("Open AI", "Chat GPT" for "OpenAI", "ChatGPT").
    Why it matters: the split form is not the brand's name; it breaks search and looks careless.
    Example: "chez Open AI" with OpenAI in the termbase -> NE002, fix "OpenAI".
    Typography is no damage: a space or hyphen where letters meet digits or another alphabet ("COP
    21", "IFN-γ"); nor is a form the aligned source writes (in any capitals: "Kd Vortex" for "KD
    Vortex", which is a matter for NE001), or the sources write more than once.
    Known limitations: splits into more than three words are not seen, nor a split whose last
    part is one letter and a full stop (an abbreviation: "Si M. Obama" is no "SIM"), nor lowercase splits
    (so that "il y a" is never taken for "Ilya"), nor in French an article or preposition followed
    by common words ("La Marche verte" is no split "Lamarche").
    """

    code, name, category, severity = "NE002", "name-split", "name-split", Severity.ERROR
    fix_safety = "safe"
    requires = ("target_segments", "entities", "beads", "name_renderings")
    help = "Write the name as one word"
    examples_fail = ("OpenAI a changé de PDG. OpenAI grandit. Microsoft détient une part d'Open AI.",)
    examples_pass = ("OpenAI a changé de PDG. OpenAI grandit. Microsoft détient une part d'OpenAI.",
                     "ChatGPT grandit. ChatGPT aussi. Il y a des chat GPT ici.")

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        return aligned.with_aligned(self, doc, ("split",), self._corpus(doc, ctx))

    def _corpus(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.entities is None:
            return
        source_texts = source_text_by_sentence(doc)
        for m in ctx.entities.mentions_in(doc):
            canonical = m.entity.canonical
            parts = name_words(m.text)
            fewer = len(name_words(canonical)) < len(parts)
            if len(parts) < 2 or not fewer or (len(parts[-1]) == 1 and doc.target[m.end : m.end + 1] == "."):
                continue  # one word, or a last letter that abbreviates ("Si M. Obama" is no "SIM")
            seg = doc.segment_at(m.start)
            source_text = source_texts.get(seg.index, "") if seg else ""
            if written_in(source_text, m.text, any_case=True) or m.entity.source_writes(m.text) or spacing(m.text, canonical):
                continue
            if m.entity.corpus_word and all(p[:1].isupper() for p in parts):
                continue  # "Hong Kong" beside the corpus's "Hongkong": a place's other spelling, each part a name
            if not (doc.target_lang == "fr" and _french_phrase(parts, source_text, m.entity)):
                yield self.finding(
                    doc,
                    m.start,
                    m.end,
                    f"'{m.text}' should be written '{canonical}'",
                    suggestion=canonical,
                    safe=True,
                    evidence=m.entity.evidence(),
                )


def _french_phrase(parts: list[str], source_text: str, entity: Entity) -> bool:
    """Whether the words are French ones rather than a broken name: words after the first written
    in lowercase ("Société de transport" for a source's slip "Société deTransport"), or an
    article or a preposition with common words ("La Marche verte" for the Green March), unless the
    aligned source writes the name or, without a source, the termbase lists it whole ("La Belle"
    for LaBelle, but not for a part of "Odile Lamarche"); "Le Bron" and "Open AI" are no French words."""
    if all(w.islower() and (w in FRENCH_WORDS or common_word(w)) for w in parts[1:]):
        return True
    listed = entity.origin.startswith("termbase") and "(part of" not in entity.origin
    if entity.canonical.lower() in source_text.lower() or (listed and not source_text):
        return False
    grammar = [w for w in parts if w.lower() in FRENCH_WORDS]
    return bool(grammar) and all(common_word(w) for w in parts if w not in grammar)
