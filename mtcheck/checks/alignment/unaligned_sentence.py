"""AL001 / AL002: a source sentence left out of the translation, or a target sentence with no source."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from mtcheck.align import coverage
from mtcheck.checks.base import Check, CheckContext, quote
from mtcheck.model import Bead, Document, Finding, Segment, Severity

MERGED = 0.5
"""Share of a sentence's anchors found in its neighbours above which it was merged, not dropped."""


class OmittedSentence(Check):
    """Source sentence with no translation.

    What it does: reports each source sentence the aligner left without a counterpart (a 1-0
    bead), on the target sentence after which its translation should have come, with the source
    sentence as evidence. A sentence whose names, numbers and cognates mostly reappear in the
    neighbouring target sentences was merged into them, not dropped, and is not reported.
    Why it matters: MT systems and pipelines silently drop sentences, often the short ones that
    carry a quote's attribution or a correction, and no score over the rest of the text shows it.
    Example: source "It rained. The match was cancelled. Fans went home." with a target that has
    no sentence about the match -> AL001.
    Known limitations: needs a source; a dropped sentence that shares its words with a neighbour
    (a repeated phrase) is taken as merged.
    """

    code, name, category, severity = "AL001", "omitted-sentence", "omission", Severity.WARNING
    requires = ("target_segments", "beads")
    help = "Translate the missing sentence"
    examples_fail = (
        ("Sam Altman met the board on Friday. The meeting lasted four hours. He left at 9 pm.",
         "Sam Altman a rencontré le conseil vendredi. Il est parti à 21 heures."),
    )
    examples_pass = (
        ("Sam Altman met the board on Friday. The meeting lasted four hours. He left at 9 pm.",
         "Sam Altman a rencontré le conseil vendredi. La réunion a duré quatre heures. Il est parti à 21 heures."),
        ("Sam Altman met the board on Friday. It lasted four hours. He left at 9 pm.",
         "Sam Altman a rencontré le conseil vendredi, pendant quatre heures. Il est parti à 21 heures."),
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        targets = doc.target_segments or ()
        for bead, sentence, before, after in unpaired(doc, "source"):
            at = targets[before] if before is not None else targets[after if after is not None else 0]
            where = "after this sentence" if before is not None else "before this sentence"
            yield self.finding(
                doc, at.start, at.end,
                f"source sentence {sentence.index + 1} has no translation {where}: '{quote(sentence.text, 80)}'",
                evidence={"source": sentence.text, "source_sentence": sentence.index, "bead_score": bead.score},
            )


class AddedSentence(Check):
    """Target sentence with no counterpart in the source.

    What it does: reports each target sentence the aligner left without a source sentence (a 0-1
    bead), unless its names, numbers and cognates mostly come from the neighbouring source
    sentences (a sentence the translator split in two).
    Why it matters: an added sentence is a hallucination, a leftover of the page (a caption, a
    "Read more") or text pasted into the wrong article.
    Example: source "It rained. Fans went home." target "Il a plu. Abonnez-vous à notre lettre
    d'information pour 1 euro. Les supporteurs sont rentrés." -> AL002 on the middle sentence.
    Known limitations: needs a source; a translator's deliberate explanation (a gloss of an
    acronym in a sentence of its own) is reported too.
    """

    code, name, category, severity = "AL002", "added-sentence", "addition", Severity.WARNING
    requires = ("target_segments", "beads")
    help = "Check the sentence against the source and delete it if it does not belong"
    examples_fail = (
        ("The storm hit Brittany on Monday. Thousands of homes lost power.",
         "La tempête a frappé la Bretagne lundi. Abonnez-vous à notre lettre d'information pour 1 euro par mois. "
         "Des milliers de foyers ont perdu l'électricité."),
    )
    examples_pass = (
        ("The storm hit Brittany on Monday. Thousands of homes lost power.",
         "La tempête a frappé la Bretagne lundi. Des milliers de foyers ont perdu l'électricité."),
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        sources = doc.source_segments or ()
        for bead, sentence, before, after in unpaired(doc, "target"):
            yield self.finding(
                doc, sentence.start, sentence.end, "this sentence has no counterpart in the source",
                evidence={"source_before": sources[before].text if before is not None else None,
                          "source_after": sources[after].text if after is not None else None,
                          "bead_score": bead.score},
            )


def unpaired(doc: Document, side: str) -> Iterator[tuple[Bead, Segment, int | None, int | None]]:
    """Sentences of ``side`` in a bead with nothing on the other side, worth reporting and not
    merged into their neighbours, with the other side's sentence before and after them."""
    sides = {"source": doc.source_segments or (), "target": doc.target_segments or ()}
    other = "target" if side == "source" else "source"
    beads = doc.beads or ()
    if not sides["source"] or not sides["target"]:
        return
    for k, bead in enumerate(beads):
        if getattr(bead, other) or not getattr(bead, side):
            continue
        sentence = sides[side][getattr(bead, side)[0]]
        before, after = _neighbours(beads, k, other)
        near = [sides[other][i].text for i in (before, after) if i is not None]
        langs = (doc.from_lang, doc.target_lang) if side == "source" else (doc.target_lang, doc.from_lang)
        if _worth_reporting(sentence) and coverage(sentence.text, near, langs) < MERGED:
            yield bead, sentence, before, after


def _neighbours(beads: Sequence[Bead], k: int, side: str) -> tuple[int | None, int | None]:
    """The last sentence of ``side`` before bead ``k`` and the first one after it, if any."""
    before = next((getattr(b, side)[-1] for b in reversed(beads[:k]) if getattr(b, side)), None)
    after = next((getattr(b, side)[0] for b in beads[k + 1 :] if getattr(b, side)), None)
    return before, after


def _worth_reporting(sentence: Segment) -> bool:
    """A sentence with at least two words: a lone dash, bullet or page number is no omission."""
    return sum(1 for w in sentence.text.split() if any(ch.isalpha() for ch in w)) >= 2
