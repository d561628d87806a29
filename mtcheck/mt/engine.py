"""What every back-translation backend shares: the result type, the decoding settings, batching.

A backend turns a list of texts into ``Translation``s in one decoding pass: the text and the mean
log-probability the model gave its own tokens (the confidence, read from that same pass). Backends
know nothing about the cache; ``mtcheck.mt.backtranslator`` puts one in front of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import Protocol, TypeVar

T = TypeVar("T")

MAX_LENGTH = 256
"""New tokens per translation when neither the settings nor the model's generation config say."""


@dataclass(frozen=True, slots=True)
class Translation:
    """One back-translation and the model's mean token log-probability for it (≤ 0; 0 is certain)."""

    text: str
    logprob: float


@dataclass(frozen=True, slots=True)
class Decoding:
    """Settings that change what the model outputs (part of the cache key) and how it is batched."""

    num_beams: int = 1
    """1 is greedy search, the default: fast and deterministic."""
    max_length: int | None = None
    """Most new tokens per translation; ``None`` takes the model's generation config, else 256."""
    batch_tokens: int = 2048
    """Token budget of one batch (longest input × batch size); only speed and memory depend on it."""

    def key(self) -> dict[str, object]:
        """The settings that change the output, for the cache key."""
        out = asdict(self)
        del out["batch_tokens"]
        return out


Progress = Callable[[int], None]


class Engine(Protocol):
    """A loaded model that translates batches."""

    backend: str
    """``transformers`` or ``ctranslate2``."""

    def translate(self, texts: Sequence[str], progress: Progress | None = None) -> list[Translation]:
        """One translation per text, in order."""
        ...


def token_batches(lengths: Sequence[int], budget: int) -> Iterator[list[int]]:
    """Indices grouped into batches of similar length whose padded size stays within ``budget``.

    Sorting by length keeps padding low; a text longer than the budget gets a batch of its own.
    """
    batch: list[int] = []
    longest = 0
    for k in sorted(range(len(lengths)), key=lambda k: lengths[k]):
        longest_if_added = max(longest, lengths[k])
        if batch and longest_if_added * (len(batch) + 1) > budget:
            yield batch
            batch, longest_if_added = [], lengths[k]
        batch.append(k)
        longest = longest_if_added
    if batch:
        yield batch


def in_batches(
    inputs: Sequence[Sequence[T]],
    budget: int,
    run: Callable[[list[Sequence[T]]], list[Translation]],
    progress: Progress | None = None,
) -> list[Translation]:
    """``run`` over token-budget batches of tokenized ``inputs``; the results come back in input order."""
    out: list[Translation | None] = [None] * len(inputs)
    for batch in token_batches([len(x) for x in inputs], budget):
        for k, translation in zip(batch, run([inputs[k] for k in batch]), strict=True):
            out[k] = translation
        if progress:
            progress(len(batch))
    return [t for t in out if t is not None]
