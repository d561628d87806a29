"""Where the per-document work of a stage runs: ``--jobs`` local processes, or a Ray cluster.

Language identification, the name alignment and the checks read one document at a time. The
local pool forks worker processes for each of these stages, so every worker already holds the
corpus and the stage's function (and, for the last two, the names registry): only document
indices go out and only results come back, in document order, so the report is the same byte for
byte whatever the number of jobs. The first document of a stage is done in this process before
the fork, so that the tables its function loads on first use are loaded once and shared.
Language identification is ``start``-ed: its workers run while this process builds the names
registry, which no worker could share, and run the checks that read only sentences and their
languages too, so that they keep the other core busy meanwhile; a corpus of too few documents to
spread (one long XLIFF file) has its sentences spread instead, and its checks by kind (a worker
runs the names checks, ``start`` with one item a job, while this process runs the others). Where
``fork`` is not available (Windows), or the corpus is small, the work stays in this process.

``--executor ray`` sends the same work to Ray as tasks over document batches (the stage's
function and the documents are put in Ray's object store once), and back-translation to a pool of
model actors, each holding one engine, as the Ray docs advise for batch inference; the cache, the
registry and the corpus-wide checks stay on the driver. Ray is an optional extra.

A worker that raises stops the stage with that error; results are stored in the cache only once
the whole stage is done, so a failed run leaves no partial entries.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mtcheck.errors import ConfigError

MIN_PER_JOB = 8
"""Below this many documents a job, forking costs more than it saves."""

Advance = Callable[[int], None]
_WORK: tuple[Callable[[Any], Any], Sequence[Any]] | None = None
"""The function and items of the stage being spread; set before the fork, read by the workers."""


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _chunks(n: int, jobs: int, start: int = 0) -> list[tuple[int, int]]:
    """Index ranges from ``start``: a few a job, so that one slow chunk does not hold the rest."""
    size = max(1, (n - start) // (jobs * 4))
    return [(k, min(k + size, n)) for k in range(start, n, size)]


class LocalPool:
    """``--jobs N`` forked processes on this machine (``None``: one per core)."""

    def __init__(self, jobs: int | None) -> None:
        self.jobs = cores() if jobs is None else jobs
        self._running: _Background | None = None
        """The work ``start`` began, while nobody has waited for it."""

    def start(self, function: Callable[[Any], Any], items: Sequence[Any], advance: Advance = lambda n: None,
              *, per_job: int = MIN_PER_JOB) -> Callable[[], list[Any]]:
        """``map`` in the background: the workers are forked now and this process goes on with other
        work (the names registry while they identify languages); the function returned waits for
        the results. It takes one job less than ``map``: this process is busy too, and its work is
        what the next stages wait for. A later ``map`` or ``start`` waits for these first: one set
        of workers at a time, and none forked while another's threads run. With one job, or fewer
        than ``per_job`` items a job, the work is done now."""
        self.wait()
        if not self.spreads(len(items), per_job=per_job):
            done = self.map(function, items, advance)
            return lambda: done
        jobs = self._background_jobs(len(items), per_job)
        background = self._running = _Background(_forked(jobs, function, items), _chunks(len(items), jobs), advance)

        def wait() -> list[Any]:
            if self._running is background:
                self._running = None
            return background.wait()

        return wait

    def spreads(self, items: int, *, per_job: int = MIN_PER_JOB) -> bool:
        """Whether ``start`` runs so many items in the background: in one job less than ``map``,
        ``per_job`` items a job at least, where processes can be forked."""
        return self._background_jobs(items, per_job) >= 1 and "fork" in multiprocessing.get_all_start_methods()

    def _background_jobs(self, items: int, per_job: int = MIN_PER_JOB) -> int:
        return min(self.jobs - 1, items // per_job)

    def wait(self) -> None:
        """Wait for the work ``start`` began, if any (its results are kept for its caller)."""
        if self._running is not None:
            running, self._running = self._running, None
            running.wait()

    def map(self, function: Callable[[Any], Any], items: Sequence[Any], advance: Advance = lambda n: None) -> list[Any]:
        """``[function(item) for item in items]``, in ``jobs`` processes when that pays."""
        self.wait()
        jobs = min(self.jobs, len(items) // MIN_PER_JOB)
        if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            out = []
            for item in items:
                out.append(function(item))
                advance(1)
            return out
        # The first item here, before the fork: the tables and dictionaries its function loads on
        # first use are then loaded once, and every worker shares them instead of loading its own.
        results: list[Any] = [function(items[0])]
        advance(1)
        with _forked(jobs, function, items) as pool:
            for chunk in pool.imap(_run_chunk, _chunks(len(items), jobs, start=1)):
                results.extend(chunk)
                advance(len(chunk))
            return results

    def engine_factory(self) -> None:
        """Back-translation runs in this process: the backends use every core already."""
        return None

    def close(self) -> None:
        """Stop work begun by ``start`` that nobody waited for (a later stage failed); each stage's
        other processes end with it."""
        if self._running is not None:
            self._running.stop()
            self._running = None


class _Background:
    """Chunks of work sent to a forked pool, collected once, by whoever waits first; ``advance`` is
    called as each chunk comes back (from the pool's thread: a progress bar moves meanwhile)."""

    def __init__(self, pool: Any, chunks: list[tuple[int, int]], advance: Advance) -> None:
        self.pool = pool
        self.pending = [pool.apply_async(_run_chunk, (chunk,), callback=lambda part: advance(len(part))) for chunk in chunks]
        self.results: list[Any] | None = None

    def wait(self) -> list[Any]:
        """The results in order; a worker's error is raised here."""
        if self.results is None:
            try:
                self.results = [result for pending in self.pending for result in pending.get()]
            finally:
                self.stop()
        return self.results

    def stop(self) -> None:
        """End the workers, done or not."""
        self.pool.terminate()
        self.pool.join()


def _forked(jobs: int, function: Callable[[Any], Any], items: Sequence[Any]) -> Any:
    """A pool of ``jobs`` processes forked now, each holding ``function`` and ``items``."""
    global _WORK
    _WORK = (function, items)
    try:
        return multiprocessing.get_context("fork").Pool(jobs)
    finally:
        _WORK = None


def _run_chunk(bounds: tuple[int, int]) -> list[Any]:
    assert _WORK is not None, "a worker forked without its work"
    function, items = _WORK
    return [function(items[k]) for k in range(*bounds)]


class RayPool:
    """``--executor ray``: tasks and model actors on a Ray cluster (``address``), or on a local Ray
    started for the run and stopped after it."""

    def __init__(self, address: str | None) -> None:
        try:
            import ray
        except ImportError:
            raise ConfigError("--executor ray needs Ray, which is not installed: pip install 'mtcheck[ray]'") from None
        self._ray = ray
        self._started = not ray.is_initialized()
        if self._started:
            try:
                ray.init(address=address, include_dashboard=False, log_to_driver=False, configure_logging=False,
                         runtime_env={"env_vars": {"PYTHONPATH": str(Path(__file__).resolve().parent.parent)}})
            except (ConnectionError, RuntimeError, ValueError) as err:
                raise ConfigError(f"--ray-address {address}: cannot connect to Ray ({err})") from None
        self.cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))

    def map(self, function: Callable[[Any], Any], items: Sequence[Any], advance: Advance = lambda n: None) -> list[Any]:
        """``[function(item) for item in items]`` as Ray tasks over batches, results in order."""
        return self._collect(self._submit(function, items), advance)

    def spreads(self, items: int, *, per_job: int = MIN_PER_JOB) -> bool:
        """Whether ``start`` sends the items to the cluster: always, where there are any."""
        return items > 0

    def start(self, function: Callable[[Any], Any], items: Sequence[Any], advance: Advance = lambda n: None,
              *, per_job: int = MIN_PER_JOB) -> Callable[[], list[Any]]:
        """``map`` in the background: the tasks are sent now, the function returned gathers them."""
        futures = self._submit(function, items)
        return lambda: self._collect(futures, advance)

    def _submit(self, function: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
        if not items:
            return []
        ray = self._ray
        run_chunk = ray.remote(_apply_range)
        function_ref, items_ref = ray.put(function), ray.put(list(items))
        return [run_chunk.remote(function_ref, items_ref, a, b) for a, b in _chunks(len(items), self.cpus)]

    def _collect(self, futures: list[Any], advance: Advance) -> list[Any]:
        try:
            parts = gathered(self._ray, futures, advance)
        except self._ray.exceptions.RayTaskError as err:  # the worker's own error, not Ray's wrapper of it
            raise (err.cause or err) from None
        return [result for part in parts for result in part]

    def engine_factory(self) -> Callable[..., Any]:
        """Back-translation through a pool of model actors, one engine each."""
        from mtcheck.mt.ray_engine import RayEngine

        return lambda backend, directory, decoding, placement: RayEngine(
            self._ray, backend, directory, decoding, placement, actors=self.cpus)

    def close(self) -> None:
        """Stop the Ray this run started; a cluster given with --ray-address stays up."""
        if self._started:
            self._ray.shutdown()


def gathered(ray: Any, futures: list[Any], advance: Advance) -> list[Any]:
    """The results of Ray ``futures``, in their order, each fetched once; the bar advances as they
    finish, in any order."""
    place = {future: k for k, future in enumerate(futures)}
    parts: list[Any] = [None] * len(futures)
    pending = list(futures)
    while pending:
        done, pending = ray.wait(pending, num_returns=1)
        parts[place[done[0]]] = ray.get(done[0])
        advance(len(parts[place[done[0]]]))
    return parts


def _apply_range(function: Callable[[Any], Any], items: Sequence[Any], start: int, stop: int) -> list[Any]:
    return [function(items[k]) for k in range(start, stop)]


def pool(executor: str, jobs: int | None, ray_address: str | None) -> LocalPool | RayPool:
    """The pool the settings ask for."""
    return RayPool(ray_address) if executor == "ray" else LocalPool(jobs)
