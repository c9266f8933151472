"""Parallel extraction on one machine's cores with a process pool.

Workers start through ``forkserver`` (``spawn`` where that is missing) rather than ``fork``:
forking a parent that already holds spaCy models and BLAS threads is unsafe. The forkserver
preloads wirewatch's modules once, so each worker starts without re-importing them, and
every worker keeps its pipeline and models for the whole run.

Chunks go out in input order and come back through a bounded window, so memory stays flat
on a large corpus and results are yielded in input order. A worker that dies (killed, out of
memory, a crash in native code) breaks the pool; the pool is then rebuilt and the suspect
chunk re-run alone, then page by page, so only the page that kills a worker is reported.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import BinaryIO

from wirewatch.api import extract
from wirewatch.document import Document
from wirewatch.errors import InputError
from wirewatch.ingest.raw import RawPage
from wirewatch.ingest.sources import iter_inputs
from wirewatch.options import Options
from wirewatch.pipeline import build_pipeline
from wirewatch.scale.chunks import Chunk, chunked
from wirewatch.scale.codec import Wire, failure
from wirewatch.scale.worker import run_pages

# A picklable top-level function a worker runs on one chunk's pages.
ChunkTask = Callable[[list[RawPage], Options], list[Wire]]

# Chunks in flight per worker: enough to keep every worker busy while the parent merges.
IN_FLIGHT_PER_WORKER = 2
PRELOAD = ["wirewatch.scale.preload"]
CRASH_REASON = (
    "the worker process died while processing this input (killed, out of memory, or a crash "
    "in native code); the other inputs went on"
)


def pool_context() -> multiprocessing.context.BaseContext:
    """A start method that never forks a parent holding models and threads."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def _discard(executor: ProcessPoolExecutor) -> None:
    """Drop a pool whose worker died without waiting on it.

    ``shutdown(wait=True)`` on a broken pool can block forever joining its management
    thread (seen here, intermittently); instead the surviving workers are terminated and
    joined with a bound. ``_processes`` is private to concurrent.futures, hence the getattr.
    """
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    for proc in processes:
        proc.join(timeout=10)


class WorkerPool:
    """A process pool that can be rebuilt after a worker dies."""

    def __init__(self, workers: int, options: Options, task: ChunkTask) -> None:
        self.workers = workers
        self.options = options
        self.task = task
        self.restarts = 0
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=pool_context())

    def submit(self, pages: list[RawPage]) -> Future[list[Wire]]:
        """Queue a chunk; on a pool that already broke, a future carrying that failure."""
        try:
            return self._executor.submit(self.task, pages, self.options)
        except BrokenProcessPool as err:
            broken: Future[list[Wire]] = Future()
            broken.set_exception(err)
            return broken

    def restart(self) -> None:
        _discard(self._executor)
        self._executor = self._new_executor()
        self.restarts += 1

    def close(self) -> None:
        if getattr(self._executor, "_broken", False):
            _discard(self._executor)
        else:
            self._executor.shutdown(wait=True, cancel_futures=True)

    def run_isolated(self, pages: list[RawPage]) -> list[Wire]:
        """Run pages with nothing else in flight; if a worker dies, narrow it to one page."""
        try:
            return self.submit(pages).result()
        except BrokenProcessPool:
            self.restart()
        if len(pages) == 1:
            return [failure(pages[0].name, CRASH_REASON)]
        return [wire for page in pages for wire in self.run_isolated([page])]


@dataclass
class _InFlight:
    chunk: Chunk
    future: Future[list[Wire]]


def _completed(future: Future[list[Wire]]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


class OrderedRunner:
    """Feeds chunks to a WorkerPool and yields their outputs in input order."""

    def __init__(self, pool: WorkerPool, window: int) -> None:
        self.pool = pool
        self.window = max(1, window)
        self.pending: deque[_InFlight] = deque()

    def run(self, chunks: Iterable[Chunk]) -> Iterator[Document | InputError]:
        for chunk in chunks:
            self.pending.append(_InFlight(chunk, self.pool.submit(chunk.pages)))
            if len(self.pending) >= self.window:
                yield from self._emit_oldest()
        while self.pending:
            yield from self._emit_oldest()

    def _emit_oldest(self) -> Iterator[Document | InputError]:
        head = self.pending.popleft()
        try:
            results = head.future.result()
        except BrokenProcessPool:
            results = self._recover(head)
        yield from head.chunk.merge(results)

    def _recover(self, head: _InFlight) -> list[Wire]:
        """After a worker died: re-run the oldest chunk alone, then resubmit the rest."""
        self.pool.restart()
        results = self.pool.run_isolated(head.chunk.pages)
        for flight in self.pending:
            if not _completed(flight.future):
                flight.future = self.pool.submit(flight.chunk.pages)
        return results


def extract_parallel(
    inputs: Iterable[str],
    options: Options | None = None,
    defaults: dict[str, str | None] | None = None,
    workers: int = 1,
    *,
    stdin: BinaryIO | None = None,
    chunk_size: int | None = None,
    task: ChunkTask = run_pages,
) -> Iterator[Document | InputError]:
    """What :func:`wirewatch.api.extract` yields, computed by ``workers`` processes.

    ``workers=1`` is exactly the serial path. ``chunk_size`` defaults to
    ``options.batch_size`` so each worker's spaCy batches match the serial ones. ``task`` is
    what a worker runs on a chunk (a picklable top-level function; tests inject faults).
    """
    options = options or Options()
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if workers == 1:
        yield from extract(inputs, options, defaults, stdin=stdin)
        return
    build_pipeline(options=options)  # a bad stage chain fails here, before any worker starts
    items = iter_inputs(inputs, defaults=defaults, max_bytes=options.max_bytes, stdin=stdin)
    pool = WorkerPool(workers, options, task)
    try:
        runner = OrderedRunner(pool, workers * IN_FLIGHT_PER_WORKER)
        yield from runner.run(chunked(items, chunk_size or options.batch_size))
    finally:
        pool.close()
