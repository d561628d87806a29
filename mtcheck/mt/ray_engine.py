"""Back-translation on Ray: a pool of actors, each loading the model once and translating a share
of the texts (Ray's advice for batch inference). The driver keeps the cache: only the texts it
has not seen are sent, and what comes back is stored there, as with a local engine."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mtcheck.mt.device import Placement
from mtcheck.mt.engine import Decoding, Progress, Translation
from mtcheck.workers import gathered


class RayEngine:
    """The ``Engine`` of ``--executor ray``: the same backend, spread over model actors."""

    def __init__(self, ray: Any, backend: str, directory: Path, decoding: Decoding, placement: Placement,
                 actors: int) -> None:
        self.backend = backend
        self._ray = ray
        if placement.gpu:
            actors = max(1, int(ray.cluster_resources().get("GPU", 1)))
        actor = ray.remote(num_cpus=1, num_gpus=1 if placement.gpu else 0)(_EngineActor)
        self._actors = [actor.remote(backend, str(directory), decoding, placement) for _ in range(actors)]

    def translate(self, texts: Sequence[str], progress: Progress | None = None) -> list[Translation]:
        """One translation per text, in order; each actor translates a contiguous share."""
        size = -(-len(texts) // len(self._actors)) or 1
        shares = [list(texts[k : k + size]) for k in range(0, len(texts), size)]
        futures = [a.translate.remote(share) for a, share in zip(self._actors, shares, strict=False)]
        parts = gathered(self._ray, futures, progress or (lambda n: None))
        return [t for part in parts for t in part]


class _EngineActor:
    """One model in one Ray worker, on one core (the actors share the machine's cores)."""

    def __init__(self, backend: str, directory: str, decoding: Decoding, placement: Placement) -> None:
        if backend == "ctranslate2":
            from mtcheck.mt.ct2 import CTranslate2Engine

            self._engine: Any = CTranslate2Engine(Path(directory), decoding, 1, placement)
        else:
            from mtcheck.mt.hf import TransformersEngine

            self._engine = TransformersEngine(Path(directory), decoding, 1, placement)

    def translate(self, texts: list[str]) -> list[Translation]:
        return self._engine.translate(texts)
