"""The CTranslate2 backend, and ``mtcheck model convert`` that produces its model directories.

CTranslate2 runs the same Marian model with int8 weights and fused CPU kernels. It works on
sentencepiece pieces, not ids, so this module tokenizes with the model's own ``source.spm`` and
detokenizes with ``target.spm`` (both copied by ``convert``) and never imports torch.
CTranslate2's scores are the summed token log-probabilities divided by the length, which is the
same confidence the transformers backend reports.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

from mtcheck.errors import ModelError
from mtcheck.mt.device import Placement
from mtcheck.mt.engine import Decoding, Progress, Translation, in_batches
from mtcheck.mt.files import load_error, max_new_tokens, resolve

QUANTIZATIONS = ("int8", "int8_float32", "int16", "float16", "float32")
_COPIED = ("source.spm", "target.spm", "generation_config.json", "tokenizer_config.json", "vocab.json")
"""Files a converted model keeps from its original: tokenization, length limit, provenance."""


class CTranslate2Engine:
    """A CTranslate2 model directory (``model.bin`` + ``source.spm``/``target.spm``)."""

    backend = "ctranslate2"

    def __init__(self, directory: Path, decoding: Decoding, threads: int, placement: Placement | None = None) -> None:
        import ctranslate2
        import sentencepiece

        placement = placement or Placement("cpu", "default")
        device, _, index = placement.device.partition(":")
        try:
            self._translator = ctranslate2.Translator(
                str(directory), device=device, device_index=int(index or 0), compute_type=placement.compute_type,
                intra_threads=threads,
            )
            self._source = sentencepiece.SentencePieceProcessor(model_file=str(directory / "source.spm"))
            self._target = sentencepiece.SentencePieceProcessor(model_file=str(directory / "target.spm"))
        except (RuntimeError, OSError, ValueError) as err:
            raise load_error(directory, err) from None
        self._decoding = decoding
        self._max_new = max_new_tokens(directory, decoding.max_length)

    def translate(self, texts: Sequence[str], progress: Progress | None = None) -> list[Translation]:
        """One translation per text; batching changes speed, not output."""
        pieces = [self._source.encode(t, out_type=str)[:511] + ["</s>"] for t in texts]
        return in_batches(pieces, self._decoding.batch_tokens, self._translate_batch, progress)

    def _translate_batch(self, batch: list[Sequence[str]]) -> list[Translation]:
        results = self._translator.translate_batch(
            [list(p) for p in batch], beam_size=self._decoding.num_beams, max_decoding_length=self._max_new,
            return_scores=True,
        )
        return [Translation(self._target.decode(r.hypotheses[0]), round(float(r.scores[0]), 4)) for r in results]


def convert(model: str, destination: Path, quantization: str = "int8", force: bool = False) -> Path:
    """Convert a transformers Marian model (hub id or directory) into a CTranslate2 directory."""
    if quantization not in QUANTIZATIONS:
        raise ModelError(f"unknown quantization '{quantization}'; choose one of {', '.join(QUANTIZATIONS)}")
    if destination.exists() and any(destination.iterdir()) and not force:
        raise ModelError(f"{destination}: the directory is not empty; choose another or pass --force")
    source = resolve(model)
    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError as err:
        raise ModelError(f"converting needs ctranslate2 ({err.name} is missing): pip install ctranslate2") from None
    copied = [str(source / name) for name in _COPIED if (source / name).is_file()]
    if not {"source.spm", "target.spm"} <= {Path(c).name for c in copied}:
        raise ModelError(f"{source}: no source.spm/target.spm; only Marian (OPUS-MT) models can be converted")
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the tokenizer's "install sacremoses" advice
            TransformersConverter(str(source), copy_files=copied).convert(str(destination), quantization=quantization, force=True)
    except Exception as err:  # noqa: BLE001 - the converter raises many kinds for unsupported models
        raise load_error(source, err) from None
    return destination
