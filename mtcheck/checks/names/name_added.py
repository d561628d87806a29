"""NE007: a name of the translation with no trace in its aligned source sentence."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from mtcheck.checks.base import Check, CheckContext, quote
from mtcheck.entities.candidates import Candidate, fold
from mtcheck.entities.lexicon import has_counterpart
from mtcheck.entities.pairs import paired_beads, required_name
from mtcheck.entities.registry import Registry
from mtcheck.french import common_word
from mtcheck.model import Document, Finding, Segment, Severity


class NameAdded(Check):
    """Name in the translation that the source sentence does not have.

    What it does: a multi-word, brand-like or registered name of the target
    sentence with no trace in its aligned source sentence.
    Why it matters: a name the source never wrote is a hallucination or a sentence misaligned by
    the translation pipeline, and both put words in someone's mouth.
    Example: source "The company declined to comment." target "Sam Altman a refusé de commenter."
    -> NE007 on "Sam Altman".
    Known limitations: needs a source; a name the translator added on purpose (a full name where
    the source had a pronoun) is reported too, as a warning. In French, a name made only of common
    nouns and adjectives ("Conseil Régional", "Etats-Unis") is taken for an institution or place put
    into French and left alone.
    """

    code, name, category, severity = "NE007", "name-added", "name-added", Severity.WARNING
    default = False  # a translator's added full name is common in human translation; see docs/benchmarks.md
    requires = ("target_segments", "entities", "beads")
    help = "Check the name against the source"
    examples_fail = (("The company declined to comment.", "Sam Altman a refusé de commenter."),)
    examples_pass = (("Altman declined to comment.", "Sam Altman a refusé de commenter."),)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        for name, sources, source_text in unmatched(doc, ctx.entities):
            yield self.finding(
                doc, name.start, name.end, f"'{name.text}' is not in the source sentence",
                evidence={"source": source_text, "source_sentences": [s.index for s in sources]},
            )


def unmatched(doc: Document, registry: Registry | None) -> Iterator[tuple[Candidate, list[Segment], str]]:
    """Names of each target sentence with no counterpart in its aligned source sentences."""
    if registry is None or doc.source is None:
        return
    for _, sources, targets in paired_beads(doc):
        if any(t.lang == doc.from_lang for t in targets):
            continue  # left in the source language: TR001 untranslated-sentence reports it
        source_text = doc.source[sources[0].start : sources[-1].end]
        other = registry.tokens_in(doc, sources[0].start, sources[-1].end, source=True)
        for name in registry.candidates_in(doc, targets[0].start, targets[-1].end):
            if doc.target_lang == "fr" and all(common_word(w) for w in name.parts):
                continue  # "Conseil Régional", "Etats-Unis": an institution or a place put into French
            accepted = _accepted(name, registry)
            if required_name(name, registry, doc.target) and not has_counterpart(name.text, other, doc.target_lang, accepted):
                yield name, sources, quote(source_text, 200)


def _accepted(name: Candidate, registry: Registry) -> Sequence[str]:
    entity = registry.by_key.get(fold(name.text))
    return entity.targets if entity is not None else ()
