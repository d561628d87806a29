"""``--jobs``: the per-document work of a stage spread over worker processes.

Language identification and the checks read one document at a time; on a machine with several
cores they run in a pool of forked processes. The pool is forked after the corpus-wide work (the
names registry) is done, so every worker already holds the corpus, the registry and the stage's
function: only document indices go out and only results come back, in document order, so the
report is the same byte for byte whatever the number of jobs. Where ``fork`` is not available
(Windows), or the corpus is small, the work stays in this process.

A worker that raises stops the stage with that error; results are stored in the cache only once
the whole stage is done, so a failed run leaves no partial entries.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any

MIN_PER_JOB = 8
"""Below this many documents a job, forking costs more than it saves."""

_WORK: tuple[Callable[[Any], Any], Sequence[Any]] | None = None
"""The function and items of the stage being spread; set before the fork, read by the workers."""


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def resolve(jobs: int | None) -> int:
    """The number of processes ``jobs`` asks for: ``None`` is one per core."""
    return cores() if jobs is None else jobs


def map_documents(function: Callable[[Any], Any], items: Sequence[Any], jobs: int | None,
                  advance: Callable[[int], None] = lambda n: None) -> list[Any]:
    """``[function(item) for item in items]``, in ``jobs`` processes when that pays."""
    global _WORK
    jobs = min(resolve(jobs), len(items) // MIN_PER_JOB)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        out = []
        for item in items:
            out.append(function(item))
            advance(1)
        return out
    size = max(1, len(items) // (jobs * 4))  # a few chunks a job, so that one slow chunk does not hold the rest
    chunks = [range(k, min(k + size, len(items))) for k in range(0, len(items), size)]
    _WORK = (function, items)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            results: list[Any] = []
            for chunk in pool.imap(_run_chunk, [(c.start, c.stop) for c in chunks]):
                results.extend(chunk)
                advance(len(chunk))
            return results
    finally:
        _WORK = None


def _run_chunk(bounds: tuple[int, int]) -> list[Any]:
    assert _WORK is not None, "a worker forked without its work"
    function, items = _WORK
    return [function(items[k]) for k in range(*bounds)]
