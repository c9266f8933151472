"""The ``--workers`` and ``--dask`` options of ``wirewatch extract`` and the runner they pick."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from wirewatch.document import Document
from wirewatch.errors import InputError
from wirewatch.options import Options


def _workers(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} must be at least 1")
    return number


def add_scale_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("parallel processing")
    group.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="worker processes on this machine (default 1: no parallelism); with --dask, "
        "the size of the local threads/processes scheduler",
    )
    group.add_argument(
        "--dask",
        metavar="SCHEDULER",
        default=None,
        help="run on Dask: synchronous, threads, processes, or a distributed scheduler "
        "address such as tcp://host:8786 (needs: pip install 'wirewatch[dask]')",
    )


def run_extract(
    args: argparse.Namespace, options: Options, defaults: dict[str, str | None]
) -> Iterator[Document | InputError]:
    """The extraction the options ask for; set-up problems raise before anything runs.

    Raises :class:`wirewatch.errors.WirewatchError` (e.g. Dask missing, unknown scheduler,
    bad stage chain) for the CLI to report as a usage error.
    """
    workers = getattr(args, "workers", 1) or 1
    scheduler = getattr(args, "dask", None)
    if scheduler:
        from wirewatch.scale.dask_runner import extract_dask

        explicit = workers if workers > 1 else None
        return extract_dask(args.inputs, options, defaults, scheduler, workers=explicit)
    if workers == 1:
        from wirewatch.api import extract

        return extract(args.inputs, options, defaults)
    from wirewatch.pipeline import build_pipeline
    from wirewatch.scale.local import extract_parallel

    build_pipeline(options=options)  # raise a bad stage chain now, not at the first item
    return extract_parallel(args.inputs, options, defaults, workers)
