"""Parallel extraction with Dask, for corpora that outgrow one machine (optional extra).

Pages are cut into chunks exactly as the serial path batches them; each chunk is one
partition of a ``dask.bag`` and :func:`wirewatch.scale.worker.run_pages` runs per partition,
keeping one pipeline per worker process (a cached global). Only contract dicts and error
reasons come back. Chunks are submitted in waves of a few per worker, so the parent never
holds the whole corpus and results stream out in input order.

``scheduler``: ``"synchronous"``, ``"threads"``, ``"processes"`` (the default; one process
pool kept for the whole run), or the address of a distributed scheduler (``tcp://host:8786``)
whose workers have wirewatch installed. The per-document time limit relies on ``SIGALRM`` and
so applies only where tasks run in a process's main thread (synchronous, processes).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, BinaryIO

from wirewatch.document import Document
from wirewatch.errors import InputError, WirewatchError
from wirewatch.ingest.sources import iter_inputs
from wirewatch.options import Options
from wirewatch.pipeline import build_pipeline
from wirewatch.scale.chunks import Chunk, chunked
from wirewatch.scale.worker import run_pages

LOCAL_SCHEDULERS = {
    "synchronous": "synchronous",
    "sync": "synchronous",
    "single-threaded": "synchronous",
    "threads": "threads",
    "threading": "threads",
    "processes": "processes",
    "multiprocessing": "processes",
}
# Chunks per unit of parallelism in one wave: keeps workers busy across a wave's tail.
CHUNKS_PER_SLOT = 4
INSTALL_HINT = "install the optional extra: pip install 'wirewatch[dask]'"


class DaskUnavailableError(WirewatchError):
    """Dask (or distributed, for a cluster address) is not installed, or the scheduler is bad."""

    code = "W600"


def _import_bag() -> Any:
    try:
        import dask.bag as bag
    except ImportError:
        raise DaskUnavailableError(f"--dask needs the dask package; {INSTALL_HINT}") from None
    return bag


def is_cluster_address(scheduler: str) -> bool:
    return "://" in scheduler


@dataclass
class SchedulerPlan:
    """How to call ``compute`` and how many chunks can run at once."""

    compute_kwargs: dict[str, Any] = field(default_factory=dict)
    slots: int = 1


def scheduler_kind(scheduler: str | None) -> str:
    """ "cluster" or a local scheduler's canonical name; refuses what cannot work, up front."""
    name = (scheduler or "processes").strip()
    if is_cluster_address(name):
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise DaskUnavailableError(
                f"a scheduler address needs the distributed package; {INSTALL_HINT}"
            ) from None
        return "cluster"
    kind = LOCAL_SCHEDULERS.get(name.lower())
    if kind is None:
        known = ", ".join(sorted(LOCAL_SCHEDULERS))
        raise DaskUnavailableError(
            f"unknown Dask scheduler {scheduler!r}: use one of {known} or tcp://host:port"
        )
    return kind


@contextmanager
def scheduler_plan(scheduler: str | None, workers: int | None = None) -> Iterator[SchedulerPlan]:
    """Open what the scheduler needs for the whole run (a process pool, a cluster client)."""
    kind = scheduler_kind(scheduler)
    if kind == "cluster":
        from distributed import Client

        with Client((scheduler or "").strip(), set_as_default=False) as client:
            slots = sum(client.nthreads().values()) or 1
            yield SchedulerPlan({"scheduler": client}, slots)
        return
    cores = workers or os.cpu_count() or 1
    if kind == "synchronous":
        yield SchedulerPlan({"scheduler": "synchronous"}, 1)
    elif kind == "threads":
        yield SchedulerPlan({"scheduler": "threads", "num_workers": cores}, cores)
    else:
        from concurrent.futures import ProcessPoolExecutor

        from wirewatch.scale.local import pool_context

        # One pool for the run: Dask would otherwise start (and warm) a new one per wave.
        with ProcessPoolExecutor(max_workers=cores, mp_context=pool_context()) as pool:
            yield SchedulerPlan({"scheduler": "processes", "pool": pool}, cores)


def _run_wave(bag_module: Any, chunks: list[Chunk], options: Options, plan: SchedulerPlan):
    """One partition per chunk (non-empty ones), computed together; results per chunk."""
    from dask import delayed

    work = [c for c in chunks if c.pages]
    results: list[list[Any]] = [[] for _ in chunks]
    if work:
        parts = [delayed(c.pages, traverse=False) for c in work]
        bag = bag_module.from_delayed(parts).map_partitions(run_pages, options)
        flat = bag.compute(**plan.compute_kwargs)
        pos = 0
        sizes = iter(len(c.pages) for c in work)
        for i, c in enumerate(chunks):
            if c.pages:
                n = next(sizes)
                results[i] = flat[pos : pos + n]
                pos += n
    return results


def extract_dask(
    inputs: Iterable[str],
    options: Options | None = None,
    defaults: dict[str, str | None] | None = None,
    scheduler: str | None = None,
    *,
    stdin: BinaryIO | None = None,
    workers: int | None = None,
    chunk_size: int | None = None,
) -> Iterator[Document | InputError]:
    """What :func:`wirewatch.api.extract` yields, computed by Dask; see the module docstring.

    ``workers`` sizes the local threads/processes schedulers (default: all cores).
    """
    bag_module = _import_bag()
    scheduler_kind(scheduler)
    options = options or Options()
    build_pipeline(options=options)  # a bad stage chain fails here, before any task runs
    return _extract(bag_module, inputs, options, defaults, scheduler, stdin, workers, chunk_size)


def _extract(
    bag_module: Any,
    inputs: Iterable[str],
    options: Options,
    defaults: dict[str, str | None] | None,
    scheduler: str | None,
    stdin: BinaryIO | None,
    workers: int | None,
    chunk_size: int | None,
) -> Iterator[Document | InputError]:
    items = iter_inputs(inputs, defaults=defaults, max_bytes=options.max_bytes, stdin=stdin)
    chunks = chunked(items, chunk_size or options.batch_size)
    with scheduler_plan(scheduler, workers) as plan:
        wave_size = max(1, plan.slots * CHUNKS_PER_SLOT)
        while wave := list(islice(chunks, wave_size)):
            for chunk, results in zip(
                wave, _run_wave(bag_module, wave, options, plan), strict=True
            ):
                yield from chunk.merge(results)
