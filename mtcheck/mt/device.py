"""``--device auto|cpu|cuda[:N]``: where back-translation runs, and the precision that goes with it.

``auto`` takes the first CUDA device when the backend can use one, else the CPU. Finding out must
not cost a fully cached run a torch import (seconds): CTranslate2 counts CUDA devices itself, and
whether the installed torch is a CUDA build is written in its ``version.py``, read as text.

On a GPU the models run in half precision (transformers ``float16``, CTranslate2 ``int8_float16``)
with a larger token budget per batch; on the CPU in the precision they were saved in. Precision
changes the output, so it is part of the cache key; the device alone is not.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

from mtcheck.errors import ModelError

DEVICES = re.compile(r"^(?:auto|cpu|cuda(?::\d+)?)$")
GPU_BATCH_TOKENS = 8192
"""Token budget of a batch on a GPU, where the default budget (2048, sized for a CPU) idles it."""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a model runs and in what precision."""

    device: str
    """``cpu`` or ``cuda:N``."""
    compute_type: str
    """``default`` (the saved precision), ``float16`` or ``int8_float16``."""

    @property
    def gpu(self) -> bool:
        return self.device.startswith("cuda")


def place(requested: str, backend: str) -> Placement:
    """The placement ``requested`` means for ``backend``, or a ``ModelError`` saying why it cannot be."""
    if not DEVICES.match(requested):
        raise ModelError(f"unknown device '{requested}'; give auto, cpu, cuda or cuda:N")
    if requested == "cpu":
        return Placement("cpu", "default")
    visible = cuda_devices(backend)
    if requested == "auto":
        return _gpu(0, backend) if visible else Placement("cpu", "default")
    index = int(requested.partition(":")[2] or 0)
    if not visible:
        raise ModelError(f"--device {requested}: the {backend} backend sees no CUDA device; "
                         "run with --device cpu (or auto)")
    if index >= visible:
        raise ModelError(f"--device {requested}: the {backend} backend sees {visible} CUDA device(s), "
                         f"numbered from 0")
    return _gpu(index, backend)


def _gpu(index: int, backend: str) -> Placement:
    return Placement(f"cuda:{index}", "int8_float16" if backend == "ctranslate2" else "float16")


def cuda_devices(backend: str) -> int:
    """How many CUDA devices ``backend`` can use (0 without a GPU, a driver, or a CUDA build)."""
    try:
        import ctranslate2

        count = int(ctranslate2.get_cuda_device_count())
    except (ImportError, RuntimeError, OSError):
        count = 0
    if backend == "ctranslate2" or count == 0:
        return count
    return count if _torch_built_with_cuda() else 0


def _torch_built_with_cuda() -> bool:
    """Whether the installed torch is a CUDA build, read from its ``version.py`` without importing it."""
    spec = importlib.util.find_spec("torch")
    if spec is None or not spec.submodule_search_locations:
        return False
    version = Path(next(iter(spec.submodule_search_locations))) / "version.py"
    try:
        text = version.read_text(encoding="utf-8")
    except OSError:
        return False
    found = re.search(r"^cuda\s*(?::[^=]*)?=\s*(.+)$", text, re.MULTILINE)
    return bool(found) and found.group(1).strip() not in ("None", "''", '""')
