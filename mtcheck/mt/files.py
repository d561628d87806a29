"""Where a model's files are, which backend reads them, and a fingerprint of their content.

The fingerprint is what the cache keys on: a hash of every config, vocabulary and weight file, so
retraining, re-converting or editing a model in place invalidates its cached translations even
when its name stays the same. Hashing hundreds of megabytes on every run would cost more than a
cached run itself, so each file's digest is remembered by (path, size, mtime) in the cache.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

from mtcheck.errors import ModelError, first_line
from mtcheck.mt.engine import MAX_LENGTH

HUB_FILES = ["*.json", "*.spm", "*.model", "*.safetensors", "pytorch_model.bin", "model.bin"]
"""What a back-translation needs from a hub repository (not the TensorFlow, Flax or Rust weights)."""

FIX = "point --model at a local model directory (or set MTCHECK_MODEL), or run with --no-backtranslation"

Digest = Callable[[Path], str]


def resolve(model: str) -> Path:
    """The local directory holding ``model``: the directory itself, or its hub snapshot.

    A hub id is looked up in the local hub cache first and downloaded only when the hub answers,
    so an offline machine fails in milliseconds with a message that says what to do.
    """
    path = Path(model).expanduser()
    if path.is_dir():
        return path
    if path.exists() or model.startswith((".", "/", "~")) or model.count("/") > 1:
        raise ModelError(f"could not load back-translation model '{model}': no such model directory; {FIX}")
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(model, local_files_only=True, allow_patterns=HUB_FILES))
    except Exception:  # noqa: BLE001 - any failure here just means "not in the local cache"
        pass
    if os.environ.get("HF_HUB_OFFLINE") == "1" or not _hub_reachable():
        raise ModelError(
            f"could not load back-translation model '{model}': it is not in the local cache "
            f"and the model hub cannot be reached; {FIX}"
        )
    try:
        return Path(snapshot_download(model, allow_patterns=HUB_FILES))
    except Exception as err:  # noqa: BLE001 - the hub's errors are many; the message is what matters
        raise ModelError(f"could not download back-translation model '{model}': {first_line(err)}; {FIX}") from None


def backend_of(directory: Path) -> str:
    """``ctranslate2`` for a converted model (it has ``model.bin``), else ``transformers``."""
    return "ctranslate2" if (directory / "model.bin").is_file() else "transformers"


def fingerprint(directory: Path, digest: Digest | None = None) -> str:
    """sha256 over the names and contents of the model's files (documentation and dotfiles excluded)."""
    digest = digest or file_sha256
    h = hashlib.sha256()
    files = [f for f in sorted(directory.iterdir()) if f.is_file() and not f.name.startswith(".") and f.suffix != ".md"]
    if not files:
        raise ModelError(f"could not load back-translation model '{directory}': the directory is empty; {FIX}")
    for f in files:
        h.update(f"{f.name}\0{digest(f)}\n".encode())
    return h.hexdigest()


def file_sha256(path: Path) -> str:
    """sha256 of one file's content, read in blocks."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def max_new_tokens(directory: Path, asked: int | None) -> int:
    """New tokens per translation: asked for, else the model's own ``max_length``, else 256.

    Only a ``max_length`` written in the model's files counts: transformers' built-in default (20)
    would cut real sentences short. The model's value counts the start token, hence the ``- 1``.
    """
    if asked:
        return asked
    for name in ("generation_config.json", "config.json"):
        try:
            value = json.loads((directory / name).read_text(encoding="utf-8")).get("max_length")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(value, int) and value > 1:
            return value - 1
    return MAX_LENGTH


def load_error(directory: Path, err: BaseException) -> ModelError:
    """The one-line error for model files that exist but cannot be loaded (corrupt, wrong kind)."""
    return ModelError(f"could not load back-translation model '{directory}': {first_line(err)}; {FIX}")


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
