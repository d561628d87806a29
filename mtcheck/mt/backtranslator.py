"""The cache in front of a model that is loaded only when the cache cannot answer.

A fully cached run never imports torch nor reads the weights: it resolves the model directory,
fingerprints its files (digests remembered in the cache), and reads every translation from
SQLite. Only texts the cache has not seen reach the engine, and each is translated once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from mtcheck.errors import ModelError
from mtcheck.mt.cache import TranslationCache
from mtcheck.mt.device import GPU_BATCH_TOKENS, place
from mtcheck.mt.engine import Decoding, Engine, Progress, Translation
from mtcheck.mt.files import backend_of, fingerprint, resolve
from mtcheck.workers import cores

BACKENDS = ("auto", "transformers", "ctranslate2")


@dataclass(slots=True)
class Counts:
    """How the last run's texts were answered: from the cache, or by the model."""

    cached: int = 0
    translated: int = 0


class BackTranslator:
    """``translate(texts)`` through the cache; the engine is built on the first cache miss.

    Construction resolves the model and fingerprints its files, so a missing or unreachable
    model fails here, before any work, with the ``ModelError`` the report shows.
    """

    def __init__(
        self, model: str, backend: str = "auto", decoding: Decoding | None = None, cache: TranslationCache | None = None,
        device: str = "cpu", engine_factory: Callable[..., Engine] | None = None,
    ) -> None:
        if backend not in BACKENDS:
            raise ModelError(f"unknown backend '{backend}'; choose one of {', '.join(BACKENDS)}")
        self.model = model
        self.decoding = decoding or Decoding()
        self.cache = cache
        self.counts = Counts()
        self.directory = resolve(model)
        found = backend_of(self.directory)
        if backend == "ctranslate2" and found != "ctranslate2":
            raise ModelError(f"{self.directory}: not a CTranslate2 model (no model.bin); "
                             f"convert it with `mtcheck model convert {model} DIR`")
        self.backend = found if backend == "auto" else backend
        self.placement = place(device, self.backend)
        if self.placement.gpu and self.decoding.batch_tokens == Decoding().batch_tokens:
            self.decoding = replace(self.decoding, batch_tokens=GPU_BATCH_TOKENS)
        self._fingerprint = fingerprint(self.directory, cache.file_digest if cache else None)
        precision = {} if self.placement.compute_type == "default" else {"compute_type": self.placement.compute_type}
        self._key = json.dumps({"backend": self.backend, "model": self._fingerprint, **self.decoding.key(), **precision},
                               sort_keys=True)
        self._engine: Engine | None = None
        self._factory = engine_factory
        """Builds the engine elsewhere (Ray's model actors) instead of in this process."""

    def describe(self) -> dict[str, str]:
        """Engine, model and decoding, for the report's settings."""
        return {
            "engine": self.backend,
            "model": self.model,
            "fingerprint": self._fingerprint[:16],
            "num_beams": str(self.decoding.num_beams),
            "device": self.placement.device,
            "compute_type": self.placement.compute_type,
            "cache": str(self.cache.path) if self.cache else "off",
        }

    def translate(self, texts: Sequence[str], progress: Progress | None = None) -> list[Translation]:
        """One translation per text: cached ones read back, the others translated once and stored."""
        unique = list(dict.fromkeys(texts))
        known = self.cache.get_many(self._key, unique) if self.cache else {}
        missing = [t for t in unique if t not in known]
        self.counts = Counts(cached=len(unique) - len(missing), translated=len(missing))
        if progress and known:
            progress(len(known))
        if missing:
            new = self._load().translate(missing, progress)
            if self.cache:
                self.cache.put_many(self._key, f"{self.model} ({self.backend})", zip(missing, new, strict=True))
            known.update(zip(missing, new, strict=True))
        return [known[t] for t in texts]

    def _load(self) -> Engine:
        if self._engine is None and self._factory is not None:
            self._engine = self._factory(self.backend, self.directory, self.decoding, self.placement)
        if self._engine is None:
            threads = cores()
            try:
                if self.backend == "ctranslate2":
                    from mtcheck.mt.ct2 import CTranslate2Engine

                    self._engine = CTranslate2Engine(self.directory, self.decoding, threads, self.placement)
                else:
                    from mtcheck.mt.hf import TransformersEngine

                    self._engine = TransformersEngine(self.directory, self.decoding, threads, self.placement)
            except ImportError as err:
                raise ModelError(f"the {self.backend} backend needs {err.name}, which is not installed: "
                                 f"pip install {err.name}, or run with --no-backtranslation") from None
        return self._engine
