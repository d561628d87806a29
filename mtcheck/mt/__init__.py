"""Back-translation: engines that run a real MT model, and the persistent cache in front of them.

- ``engine``: the ``Translation`` result, ``Decoding`` settings and token-budget batching.
- ``hf``: the transformers backend (any Marian / seq2seq model directory).
- ``ct2``: the CTranslate2 backend and ``convert`` (``mtcheck model convert``).
- ``files``: where a model is, which backend reads it, and the fingerprint of its files.
- ``cache``: the SQLite cache (``mtcheck cache info|clear``).
- ``backtranslator``: the cache in front of a lazily loaded engine; what the pipeline uses.
"""

from mtcheck.mt.backtranslator import BackTranslator
from mtcheck.mt.engine import Decoding, Translation


def default_model(target_lang: str, source_lang: str) -> str:
    """The OPUS-MT model that translates the target language back into the source language."""
    return f"Helsinki-NLP/opus-mt-{target_lang}-{source_lang}"


__all__ = ["BackTranslator", "Decoding", "Translation", "default_model"]
