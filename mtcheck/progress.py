"""Progress bars on stderr, shown only on a terminal and only when a step takes a moment."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sized
from typing import TypeVar

T = TypeVar("T")
DELAY = 1.0
"""Seconds before a bar appears: quick runs print nothing."""


class Progress:
    """Factory of tqdm bars that do nothing when disabled (not a terminal, or turned off)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def iterate(self, items: Iterable[T], label: str) -> Iterator[T]:
        """Iterate over ``items`` with a bar labelled ``label``."""
        if not self.enabled:
            yield from items
            return
        from tqdm import tqdm

        total = len(items) if isinstance(items, Sized) else None
        yield from tqdm(items, desc=label, total=total, delay=DELAY, unit="doc", leave=False)

    @contextlib.contextmanager
    def bar(self, total: int, label: str) -> Iterator[Callable[[int], None]]:
        """A bar advanced by calling the yielded function with a count."""
        if not self.enabled:
            yield lambda n: None
            return
        from tqdm import tqdm

        with tqdm(total=total, desc=label, delay=DELAY, unit="seg", leave=False) as t:
            yield t.update
