"""Back-translation of target sentences into the source language with a neural MT model.

``BackTranslator.translate(texts) -> list[str]`` is the interface; ``MarianBackTranslator`` runs
any transformers Marian / seq2seq model, from the hub or from a local directory. torch and
transformers are imported only when a model is actually loaded, so runs without back-translation
start fast. A model that cannot be loaded raises ``ModelError`` with the exact fix.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from mtcheck.errors import ModelError


class BackTranslator(Protocol):
    """Anything that turns target-language sentences into source-language sentences."""

    def describe(self) -> dict[str, str]:
        """Engine and model, for the report's settings and signature."""
        ...

    def translate(self, texts: Sequence[str]) -> list[str]:
        """One translation per text, in order."""
        ...


def default_model(target_lang: str, source_lang: str) -> str:
    """The OPUS-MT model that translates the target language back into the source language."""
    return f"Helsinki-NLP/opus-mt-{target_lang}-{source_lang}"


class MarianBackTranslator:
    """A transformers seq2seq model, batched by length, greedy by default, on the CPU."""

    def __init__(self, model: str, batch_size: int = 16, num_beams: int = 1, max_length: int = 256) -> None:
        self.model_id = model
        self.batch_size = batch_size
        self.num_beams = num_beams
        self.max_length = max_length
        self._tokenizer, self._model = _load(model)

    def describe(self) -> dict[str, str]:
        """Engine and model, for the report's settings and signature."""
        return {"engine": "transformers", "model": self.model_id, "num_beams": str(self.num_beams)}

    def translate(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> list[str]:
        """Translate ``texts`` in batches of similar length; identical texts are translated once."""
        import torch

        unique = list(dict.fromkeys(texts))
        order = sorted(range(len(unique)), key=lambda k: len(unique[k]))
        out: dict[str, str] = {}
        with torch.inference_mode():
            for b in range(0, len(order), self.batch_size):
                batch = [unique[k] for k in order[b : b + self.batch_size]]
                enc = self._tokenizer(batch, return_tensors="pt", padding=True, truncation=True, max_length=self.max_length)
                gen = self._model.generate(**enc, num_beams=self.num_beams, max_length=self.max_length, do_sample=False)
                for text, decoded in zip(batch, self._tokenizer.batch_decode(gen, skip_special_tokens=True), strict=True):
                    out[text] = decoded
                if progress:
                    progress(len(batch))
        return [out[t] for t in texts]


def _load(model: str):  # type: ignore[no-untyped-def]
    """Tokenizer and model, from a local directory, the local hub cache, or the hub."""
    try:
        import torch  # noqa: F401
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
    except ImportError as err:
        raise ModelError(
            f"back-translation needs torch and transformers ({err.name} is missing); "
            "run `pip install torch==2.13.0 transformers`, or use --no-backtranslation"
        ) from None
    local = Path(model).is_dir()
    offline = local or os.environ.get("HF_HUB_OFFLINE") == "1"
    last: Exception | None = None
    for local_only in (True, False):
        if not local_only and (offline or not _hub_reachable()):
            break
        try:
            tokenizer = AutoTokenizer.from_pretrained(model, local_files_only=local_only)
            seq2seq = AutoModelForSeq2SeqLM.from_pretrained(model, local_files_only=local_only)
            seq2seq.eval()
            return tokenizer, seq2seq
        except (OSError, ValueError) as err:  # transformers reports missing files and no network as these
            last = err
    if local:
        reason = str(last).strip().splitlines()[0][:160] if last else "unknown error"
    else:
        reason = "it is not in the local cache and the model hub cannot be reached"
    raise ModelError(
        f"could not load back-translation model '{model}': {reason}; "
        "point --model at a local model directory (or set MTCHECK_MODEL), or run with --no-backtranslation"
    )


def _hub_reachable(timeout: float = 3.0) -> bool:
    """Whether the model hub answers at all; saves transformers' minute of retries when offline."""
    import socket
    from urllib.parse import urlparse

    host = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co")).hostname or "huggingface.co"
    try:
        socket.create_connection((host, 443), timeout=timeout).close()
    except OSError:
        return False
    return True
