"""Per-document results of the stages that read one document at a time, kept across runs.

Language identification, sentence alignment and sentence scores depend only on one document (its
sentences, its back-translations) and the settings; on a feed re-checked in CI most documents are
unchanged, so their results are read back from the cache file instead of computed again, and the
run does only the corpus-wide work (the names registry, the checks). A result is keyed by
sha256(stage, a digest of mtcheck's own code, the stage's inputs): any change to a document, to
its back-translations, to a setting the stage reads or to the code gives a new key, never a stale
result. Values are JSON. With ``--no-cache`` every lookup misses and nothing is stored.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from mtcheck.mt.cache import TranslationCache

T = TypeVar("T")
I = TypeVar("I")  # noqa: E741
_PACKAGE = Path(__file__).resolve().parent


@cache
def code_digest() -> str:
    """sha256 over mtcheck's Python sources and data files: a result is reused only by the code that made it."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        if path.suffix in (".py", ".tsv", ".txt") and path.is_file():
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


class Memo:
    """One stage's stored results, or a memo that always misses when the cache is off."""

    def __init__(self, store: TranslationCache | None, stage: str) -> None:
        self.store = store
        self.stage = stage

    def key(self, *inputs: object) -> bytes:
        """The key of one document's result: the stage, the code, and everything the result depends on."""
        material = json.dumps([self.stage, code_digest(), *inputs], ensure_ascii=False, default=list)
        return hashlib.sha256(material.encode()).digest()

    def map(
        self,
        items: Sequence[I],
        inputs: Callable[[I], tuple[object, ...]],
        compute: Callable[[I], T],
        codec: tuple[Callable[[T], Any], Callable[[Any], T]],
        iterate: Callable[[Iterable[Any]], Iterator[Any]] = iter,
    ) -> list[T]:
        """``compute(item)`` for every item, read back where a result is stored under the key of
        ``inputs(item)`` (everything the result depends on); new results are stored. ``codec`` turns
        a result into JSON data and back; ``iterate`` wraps the loop over the items computed (a
        progress bar)."""
        return self.map_batch(items, inputs, lambda todo: [compute(item) for item in iterate(todo)], codec)

    def map_batch(
        self,
        items: Sequence[I],
        inputs: Callable[[I], tuple[object, ...]],
        compute: Callable[[list[I]], Iterable[T]],
        codec: tuple[Callable[[T], Any], Callable[[Any], T]],
    ) -> list[T]:
        """``map`` for a stage that computes many items in one call (a model's batches): ``compute``
        gets every item with no stored result at once and returns their results in order."""
        return self.start_batch(items, inputs, lambda todo: lambda: compute(todo), codec)()

    def start_batch(
        self,
        items: Sequence[I],
        inputs: Callable[[I], tuple[object, ...]],
        start: Callable[[list[I]], Callable[[], Iterable[T]]],
        codec: tuple[Callable[[T], Any], Callable[[Any], T]],
    ) -> Callable[[], list[T]]:
        """``map_batch`` whose computation runs in the background: ``start`` begins it on the items
        with no stored result and returns the function that waits for their results; what this
        returns waits for them too, stores the new ones and gives every result in order."""
        store = self.store
        if store is None:
            wait = start(list(items))
            return lambda: list(wait())
        encode, decode = codec
        keys = [self.key(*inputs(item)) for item in items]
        found = store.get_results(keys)
        wait = start([item for key, item in zip(keys, items, strict=True) if key not in found])

        def results() -> list[T]:
            computed = iter(wait())
            out: list[T] = []
            new: list[tuple[bytes, str]] = []
            for key in keys:
                if key in found:
                    out.append(decode(json.loads(found[key])))
                else:
                    result = next(computed)
                    out.append(result)
                    new.append((key, json.dumps(encode(result), ensure_ascii=False)))
            store.put_results(self.stage, new)
            return out

        return results
