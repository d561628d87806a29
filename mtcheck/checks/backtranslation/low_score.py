"""BT001: a sentence whose back-translation is far from its source."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext, quote
from mtcheck.model import Document, Finding, Severity
from mtcheck.score import Spread, spread

MIN_SPREAD = 8
"""Scored sentences a document needs before its own distribution is trusted."""

_SOURCE_SENTENCES = (
    "The board met on Friday.", "Sam Altman was not invited.", "The meeting lasted four hours.",
    "Investors were worried.", "Microsoft offered him a job.", "The board voted to reinstate him.",
    "Employees celebrated.", "He returned on Wednesday.",
)
_SOURCE = " ".join(_SOURCE_SENTENCES)
_TARGET = (
    "Le conseil s'est réuni vendredi. Sam Altman n'était pas invité. La réunion a duré quatre heures. "
    "Les investisseurs étaient inquiets. Microsoft lui a proposé un poste. Le conseil a voté pour le réintégrer. "
    "Les employés ont fêté cela. Il est revenu mercredi."
)


class LowScore(Check):
    """Sentence whose back-translation scores far below the rest.

    What it does: compares each target sentence's back-translation with its aligned source
    sentence (sacrebleu sentence chrF) and reports it when the chrF is below `low-score-chrf`
    (off unless set), or when it lies more than `low-score-z` (default 3.5) robust standard
    deviations below the median of its document (when the document has at least 8 scored
    sentences) and of the whole corpus. The evidence puts the back-translation and the source
    side by side, with the model's confidence (mean token log-probability).
    Why it matters: a sentence that does not come back is where the meaning was lost (a
    hallucination, a mistranslated negation, a sentence about someone else), and a score over
    the whole text hides one such sentence among hundreds.
    Example: source "The board voted to reinstate him." back-translated as "The council voted
    to fire him." among sentences that come back almost word for word -> BT001.
    Known limitations: needs a source and a back-translation model; a weak model makes every
    sentence score low, which the relative test tolerates but an absolute threshold does not;
    the distribution test needs enough sentences to be meaningful.
    """

    code, name, category, severity = "BT001", "low-score", "low-score", Severity.WARNING
    requires = ("target_segments", "segment_scores", "scores")
    help = "Compare the sentence with its source: the back-translation suggests the meaning changed"
    examples_fail = (
        (_SOURCE, _TARGET, (*_SOURCE_SENTENCES[:5], "The weather was cold in Paris.", *_SOURCE_SENTENCES[6:])),
    )
    examples_pass = (
        (_SOURCE, _TARGET, _SOURCE_SENTENCES),
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        scores = [s for s in doc.segment_scores or () if s is not None]
        if not scores:
            return
        threshold = ctx.options.get("low_score_chrf")
        z_limit = float(ctx.options.get("low_score_z") or 3.5)
        own = spread([s.chrf for s in scores]) if len(scores) >= MIN_SPREAD else None
        corpus = Spread(**ctx.corpus_scores["segment_chrf"]) if "segment_chrf" in ctx.corpus_scores else None
        confidences = doc.bt_confidence or ()
        reported: set[int] = set()
        for segment, scored in zip(doc.target_segments or (), doc.segment_scores or (), strict=True):
            if scored is None or id(scored) in reported:  # a bead's sentences share one score: report it once
                continue
            low = threshold is not None and scored.chrf < float(threshold)
            outlier = (
                own is not None and corpus is not None
                and own.z(scored.chrf) <= -z_limit and corpus.z(scored.chrf) <= -z_limit
            )
            if not (low or outlier):
                continue
            reported.add(id(scored))
            why = f"below the threshold {threshold}" if low else f"far below this document's median {own.median if own else ''}"
            yield self.finding(
                doc, segment.start, segment.end,
                f"back-translation scores chrF {scored.chrf:.1f}, {why}: "
                f"'{quote(doc.backtranslations[segment.index] or '', 60)}' vs source '{quote(scored.source, 60)}'",
                evidence={
                    "backtranslation": doc.backtranslations[segment.index] if doc.backtranslations else None,
                    "source": scored.source, "chrf": scored.chrf, "bleu": scored.bleu,
                    "bt_confidence": confidences[segment.index] if confidences else None,
                    "document_median_chrf": own.median if own else None,
                    "corpus_median_chrf": corpus.median if corpus else None,
                },
            )
