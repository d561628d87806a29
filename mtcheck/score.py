"""sacrebleu scores of back-translations against the source (chrF and BLEU).

Here, as in sacrebleu, the *hypothesis* is the back-translation of a target sentence and the
*reference* is the source sentence(s) it is aligned with. Corpus-level numbers come from
sacrebleu's corpus scoring, never from averaging sentence scores.
"""

from __future__ import annotations

import functools
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scores:
    """Corpus-level scores and the sacrebleu signatures that make them reproducible."""

    chrf: float
    bleu: float
    chrf_signature: str
    bleu_signature: str


def sentence_chrf(hypothesis: str, reference: str) -> float:
    """Sentence-level chrF (sacrebleu defaults: character 6-grams, beta 2)."""
    return float(_chrf().sentence_score(hypothesis, [reference]).score)


def sentence_bleu(hypothesis: str, reference: str) -> float:
    """Sentence-level BLEU with effective order, so one missing 4-gram does not zero a short sentence."""
    return float(_sentence_bleu().sentence_score(hypothesis, [reference]).score)


MAD_FLOOR = 5.0
"""Smallest spread of chrF points a distribution is taken to have (see ``Spread.z``)."""


@dataclass(frozen=True, slots=True)
class Spread:
    """Median and median absolute deviation of a set of scores: robust to the outliers we look for."""

    median: float
    mad: float
    n: int

    def z(self, value: float) -> float:
        """Robust z-score (0.6745 makes the MAD comparable to a standard deviation).

        The MAD is floored at ``MAD_FLOOR``: when nearly every score is the same it is close to 0,
        and a dip of a few points would otherwise count as an outlier.
        """
        return 0.6745 * (value - self.median) / max(self.mad, MAD_FLOOR)


def spread(values: Sequence[float]) -> Spread:
    """``Spread`` of ``values`` (at least one)."""
    median = statistics.median(values)
    return Spread(round(median, 2), round(statistics.median(abs(v - median) for v in values), 2), len(values))


def corpus_scores(hypotheses: Sequence[str], references: Sequence[str]) -> Scores:
    """Corpus chrF and BLEU of aligned hypothesis/reference lists."""
    chrf, bleu = _chrf(), _bleu()
    c = chrf.corpus_score(list(hypotheses), [list(references)])
    b = bleu.corpus_score(list(hypotheses), [list(references)])
    return Scores(round(c.score, 2), round(b.score, 2), str(chrf.get_signature()), str(bleu.get_signature()))


@functools.cache
def _chrf():  # type: ignore[no-untyped-def]
    from sacrebleu.metrics import CHRF

    return CHRF()


@functools.cache
def _bleu():  # type: ignore[no-untyped-def]
    from sacrebleu.metrics import BLEU

    return BLEU()


@functools.cache
def _sentence_bleu():  # type: ignore[no-untyped-def]
    from sacrebleu.metrics import BLEU

    return BLEU(effective_order=True)
