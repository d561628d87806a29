"""The transformers backend: any Marian / seq2seq model directory, batched, on the CPU or a GPU.

Texts are tokenized once, grouped by length under a token budget, and generated under
``torch.inference_mode``. Greedy search records the log-probability of each chosen token while
decoding (a logits processor that sees the final scores), so confidence costs no second pass and
no per-step copy of the vocabulary-sized score matrix. Beam search takes transformers' own
length-normalised sequence scores.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

from mtcheck.mt.device import Placement
from mtcheck.mt.engine import Decoding, Progress, Translation, in_batches
from mtcheck.mt.files import load_error, max_new_tokens

MAX_INPUT_TOKENS = 512
"""Marian models have 512 positions; longer inputs are truncated, as transformers' pipeline does."""


class TransformersEngine:
    """A transformers seq2seq model loaded from a local directory."""

    backend = "transformers"

    def __init__(self, directory: Path, decoding: Decoding, threads: int, placement: Placement | None = None) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        torch.set_num_threads(threads)
        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()  # generation advice ("both max_new_tokens and max_length…") is noise here
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "install sacremoses" and similar advice, not errors
                self._tokenizer = AutoTokenizer.from_pretrained(directory)
                self._model = AutoModelForSeq2SeqLM.from_pretrained(directory).eval()
        except Exception as err:  # noqa: BLE001 - corrupt or foreign files raise anything from OSError to KeyError
            raise load_error(directory, err) from None
        self._device = (placement or Placement("cpu", "default")).device
        if self._device != "cpu":
            self._model = self._model.to(self._device, dtype=torch.float16)
        self._decoding = decoding
        self._max_new = max_new_tokens(directory, decoding.max_length)
        self._eos = self._model.generation_config.eos_token_id
        if isinstance(self._eos, list):
            self._eos = self._eos[0]

    def translate(self, texts: Sequence[str], progress: Progress | None = None) -> list[Translation]:
        """One translation per text; batching changes speed, not output."""
        import torch

        ids = self._tokenizer(list(texts), truncation=True, max_length=MAX_INPUT_TOKENS)["input_ids"]
        with torch.inference_mode():
            return in_batches(ids, self._decoding.batch_tokens, self._generate, progress)

    def _generate(self, batch_ids: list[Sequence[int]]) -> list[Translation]:
        from transformers import LogitsProcessorList

        inputs = self._tokenizer.pad({"input_ids": batch_ids}, return_tensors="pt").to(self._device)
        greedy = self._decoding.num_beams == 1
        recorder = _ChosenLogProbs()
        gen = self._model.generate(
            **inputs,
            num_beams=self._decoding.num_beams,
            do_sample=False,
            max_new_tokens=self._max_new,
            length_penalty=1.0,
            logits_processor=LogitsProcessorList([recorder] if greedy else []),
            return_dict_in_generate=True,
            output_scores=not greedy,
        )
        texts = self._tokenizer.batch_decode(gen.sequences, skip_special_tokens=True)
        logprobs = recorder.means(gen.sequences[:, 1:], self._eos) if greedy else gen.sequences_scores.tolist()
        return [Translation(t, round(float(lp), 4)) for t, lp in zip(texts, logprobs, strict=True)]


class _ChosenLogProbs:
    """A logits processor that keeps log p(chosen token) at each greedy step; it changes nothing.

    It runs after every other processor, so the argmax of the scores it sees is the token greedy
    search picks, and ``log_softmax(scores).max()`` is that token's log-probability.
    """

    def __init__(self) -> None:
        self._steps: list[object] = []

    def __call__(self, input_ids, scores):  # type: ignore[no-untyped-def]
        import torch

        self._steps.append(torch.log_softmax(scores.float(), dim=-1).max(dim=-1).values)
        return scores

    def means(self, generated, eos: int) -> list[float]:  # type: ignore[no-untyped-def]
        """Mean log-prob per row over the generated tokens up to and including the first end token."""
        import torch

        steps = torch.stack(self._steps, dim=1)[:, : generated.shape[1]]
        is_eos = (generated == eos).long()
        live = (torch.cumsum(is_eos, dim=1) - is_eos) == 0
        return ((steps * live).sum(dim=1) / live.sum(dim=1).clamp(min=1)).tolist()
