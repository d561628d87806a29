"""sacrebleu scores of back-translations against the source (chrF and BLEU).

Here, as in sacrebleu, the *hypothesis* is the back-translation of a target sentence and the
*reference* is the source sentence(s) it is aligned with. Corpus-level numbers come from
sacrebleu's corpus scoring, never from averaging sentence scores.
"""

from __future__ import annotations

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


def corpus_scores(hypotheses: Sequence[str], references: Sequence[str]) -> Scores:
    """Corpus chrF and BLEU of aligned hypothesis/reference lists."""
    chrf, bleu = _chrf(), _bleu()
    c = chrf.corpus_score(list(hypotheses), [list(references)])
    b = bleu.corpus_score(list(hypotheses), [list(references)])
    return Scores(round(c.score, 2), round(b.score, 2), str(chrf.get_signature()), str(bleu.get_signature()))


def _chrf():  # type: ignore[no-untyped-def]
    from sacrebleu.metrics import CHRF

    return CHRF()


def _bleu():  # type: ignore[no-untyped-def]
    from sacrebleu.metrics import BLEU

    return BLEU()
