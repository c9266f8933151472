"""Documents/second of the per-document pipeline with 1 and more worker processes.

Runs the Guardian sample (../shared/data/bench) through ``extract_parallel``, each setting in
its own process. Start-up (worker processes, model loading) is timed on one small page first,
then the corpus: docs/s after start-up is what a large corpus sees, end to end is what a user
waits for on this one. Prints figures; never fails on speed. Skips with a reason when the
sample is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from guardian import guardian_records, missing_message

from wirewatch.errors import InputError
from wirewatch.options import Options
from wirewatch.scale.local import extract_parallel

# One small page run first, so start-up (processes, models) is timed apart from throughput.
WARM_TEXT = "Police arrested ten protesters in the capital on Monday, officials said."


class CpuSampler:
    """CPU seconds of this process and each descendant (the pool's workers), read from /proc.

    The machine may be shared, so wall-clock figures depend on what else runs; the busiest
    process's CPU time says what the run would take with a core to itself. Workers exit at
    the end of a run, so their counters are sampled while they live (under-counts by at most
    one interval each). Linux only; elsewhere no CPU figures are printed.
    """

    def __init__(self, interval: float = 0.25) -> None:
        self.interval = interval
        self.seen: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self.available = Path("/proc/self/stat").exists()

    def __enter__(self) -> CpuSampler:
        if self.available:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self.available:
            self._thread.join()
            self._sample()

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def _sample(self) -> None:
        tick = os.sysconf("SC_CLK_TCK")
        stats: dict[int, tuple[int, float]] = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:  # the process ended between listing and reading
                continue
            stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
        mine = {os.getpid()}
        changed = True
        while changed:
            grown = {pid for pid, (ppid, _) in stats.items() if ppid in mine} | mine
            changed, mine = grown != mine, grown
        for pid in mine:
            if pid in stats:
                self.seen[pid] = max(self.seen.get(pid, 0.0), stats[pid][1])

    def busiest_since(self, before: dict[int, float]) -> float:
        return max((cpu - before.get(pid, 0.0) for pid, cpu in self.seen.items()), default=0.0)


def _run(path: Path, workers: int, options: Options) -> tuple[int, int, float]:
    began = time.perf_counter()
    docs = failed = 0
    for item in extract_parallel([str(path)], options, {}, workers=workers):
        if isinstance(item, InputError):
            failed += 1
        else:
            docs += 1
    return docs, failed, time.perf_counter() - began


def measure(path: Path, workers: int) -> dict[str, float]:
    """One setting, in a fresh process: start-up on one page, then the whole corpus."""
    options = Options()
    warm = path.with_name("warm.jsonl")
    warm.write_text(json.dumps({"text": WARM_TEXT}) + "\n", encoding="utf-8")
    with CpuSampler() as cpu:
        _, _, startup = _run(warm, workers, options)
        cpu._sample()
        before = dict(cpu.seen)
        docs, failed, seconds = _run(path, workers, options)
    busiest = cpu.busiest_since(before)
    return {
        "workers": workers,
        "docs": docs,
        "failed": failed,
        "startup_s": round(startup, 2),
        "seconds": round(seconds, 2),
        "docs_per_s": round(docs / seconds, 2),
        "end_to_end_docs_per_s": round(docs / (startup + seconds), 2),
        "busiest_cpu_s": round(busiest, 2),
        "cpu_bound_docs_per_s": round(docs / busiest, 2) if busiest else None,
    }


def _in_subprocess(path: Path, workers: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--one", str(workers), "--corpus", str(path)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--json", action="store_true", help="print one JSON object per setting")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure(args.corpus, args.one)))
        return 0
    records = guardian_records()
    if records is not None and args.limit:
        records = records[: args.limit]
    if records is None:
        print(missing_message("bench/parallel"))
        return 0
    load = os.getloadavg()[0]
    print(
        f"bench/parallel: {len(records)} Guardian articles, {os.cpu_count()} cores, "
        f"load average {load:.1f} before the run"
    )
    with tempfile.TemporaryDirectory(prefix="wirewatch-bench-") as tmp:
        path = Path(tmp) / "guardian.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
        for workers in args.workers:
            result = _in_subprocess(path, workers)
            if args.json:
                print(json.dumps(result))
                continue
            print(
                f"  workers={workers}: {result['docs']} docs ({result['failed']} failed) in "
                f"{result['seconds']:.1f} s = {result['docs_per_s']:.2f} docs/s after a "
                f"{result['startup_s']:.1f} s start-up "
                f"({result['end_to_end_docs_per_s']:.2f} docs/s end to end)"
            )
            if result["cpu_bound_docs_per_s"]:
                print(
                    f"    busiest process used {result['busiest_cpu_s']:.1f} CPU s: "
                    f"{result['cpu_bound_docs_per_s']:.2f} docs/s with a free core per process"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
