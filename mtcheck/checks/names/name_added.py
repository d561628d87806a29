"""NE006 / NE007: a name of one side of an aligned sentence pair with no trace on the other side."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from mtcheck.checks.base import Check, CheckContext, quote
from mtcheck.entities.candidates import Candidate, fold, headline
from mtcheck.entities.lexicon import has_counterpart
from mtcheck.entities.pairs import paired_beads, required_name
from mtcheck.entities.registry import Registry
from mtcheck.french import common_word
from mtcheck.model import Document, Finding, Segment, Severity


class NameMissing(Check):
    """Name of the source sentence missing from its translation.

    What it does: for each aligned sentence pair, looks for every name of the source sentence in
    the target: a word of it, a slip of one, a shared stem, a lexicon rendering or a termbase form
    counts as a trace. A name with no trace at all is reported on the target sentence.
    Why it matters: MT drops names it cannot handle; "Selon L'information" for "According to The
    Information" is caught by NE004, but a quote with no speaker at all is worse.
    Example: source "Ilya Sutskever left." target "Il est parti." -> NE006.
    Known limitations: needs a source; only multi-word names, brand-like names and registered
    names are required (a lone capitalised English word may be a title or a weekday); names of
    institutions and places (White House) are skipped, since French translates them, and so are
    source sentences in title case (headlines).
    """

    code, name, category, severity = "NE006", "name-missing", "name-missing", Severity.WARNING
    default = False  # on human translations it fires on headlines and demonyms; see README
    requires = ("target_segments", "entities", "beads")
    help = "Put the name back in the translation"
    examples_fail = (("Ilya Sutskever left the company on Tuesday.", "Il a quitté l'entreprise mardi."),)
    examples_pass = (
        ("Ilya Sutskever left the company on Tuesday.", "Sutskever a quitté l'entreprise mardi."),
        ("The White House said on Monday.", "La Maison Blanche a déclaré lundi."),
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        for name, _sources, targets, source_text in unmatched(doc, ctx.entities, from_source=True):
            yield self.finding(
                doc, targets[0].start, targets[-1].end,
                f"the source names '{name.text}', which this sentence leaves out",
                evidence={"source": source_text, "name": name.text},
            )


class NameAdded(Check):
    """Name in the translation that the source sentence does not have.

    What it does: the reverse of NE006: a multi-word, brand-like or registered name of the target
    sentence with no trace in its aligned source sentence.
    Why it matters: a name the source never wrote is a hallucination or a sentence misaligned by
    the translation pipeline, and both put words in someone's mouth.
    Example: source "The company declined to comment." target "Sam Altman a refusé de commenter."
    -> NE007 on "Sam Altman".
    Known limitations: needs a source; a name the translator added on purpose (a full name where
    the source had a pronoun) is reported too, as a warning. In French, a name made only of common
    nouns and adjectives ("Trésor Public", "Etats-Unis") is taken for an institution or place put
    into French and left alone.
    """

    code, name, category, severity = "NE007", "name-added", "name-added", Severity.WARNING
    default = False  # a translator's added full name is common in human translation; see README
    requires = ("target_segments", "entities", "beads")
    help = "Check the name against the source"
    examples_fail = (("The company declined to comment.", "Sam Altman a refusé de commenter."),)
    examples_pass = (("Altman declined to comment.", "Sam Altman a refusé de commenter."),)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        for name, sources, _targets, source_text in unmatched(doc, ctx.entities, from_source=False):
            yield self.finding(
                doc, name.start, name.end, f"'{name.text}' is not in the source sentence",
                evidence={"source": source_text, "source_sentences": [s.index for s in sources]},
            )


def unmatched(
    doc: Document, registry: Registry | None, *, from_source: bool
) -> Iterator[tuple[Candidate, list[Segment], list[Segment], str]]:
    """Names of one side of each sentence pair with no counterpart on the other side."""
    if registry is None or doc.source is None:
        return
    target_lang = doc.target_lang
    source_lang = doc.from_lang
    for _, sources, targets in paired_beads(doc):
        if any(t.lang == source_lang for t in targets):
            continue  # left in the source language: TR001 untranslated-sentence reports it
        source_text = doc.source[sources[0].start : sources[-1].end]
        if from_source:
            if headline(source_text):
                continue  # "No One Wants To Ban Our Cheese": title case says nothing about names
            names = registry.candidates_in(doc, sources[0].start, sources[-1].end, source=True)
            other, lang, text = registry.tokens_in(doc, targets[0].start, targets[-1].end), source_lang, doc.source
        else:
            names = registry.candidates_in(doc, targets[0].start, targets[-1].end)
            other, lang, text = registry.tokens_in(doc, sources[0].start, sources[-1].end, source=True), target_lang, doc.target
        for name in names:
            if not from_source and target_lang == "fr" and all(common_word(w) for w in name.parts):
                continue  # "Trésor Public", "Etats-Unis": an institution or a place put into French
            if required_name(name, registry, text) and not has_counterpart(name.text, other, lang, _accepted(name, registry)):
                yield name, sources, targets, quote(source_text, 200)


def _accepted(name: Candidate, registry: Registry) -> Sequence[str]:
    entity = registry.by_key.get(fold(name.text))
    return entity.targets if entity is not None else ()
