"""A per-document time limit that turns a runaway page into a reported failure.

Uses ``SIGALRM`` and so works only in the main thread of a Unix process; elsewhere (worker
threads, Windows) it is a no-op and the caller's own limits apply.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from wirewatch.errors import StageError


@contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise StageError(f"{what} took longer than {seconds:g} s (--time-limit)")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
