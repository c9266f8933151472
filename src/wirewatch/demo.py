"""``wirewatch demo``: the pipeline on the bundled sample corpus, summarised and reported."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from wirewatch.api import extract
from wirewatch.errors import InputError
from wirewatch.progress import with_progress


def run_demo(out_dir: Path) -> int:
    from wirewatch.report.html import write_html
    from wirewatch.report.summary import summarize
    from wirewatch.sample import sample_dir, sample_files

    # The sample's invented countries, groups and towns come as user extensions of the
    # knowledge base and gazetteer, exactly as an analyst would add their own.
    os.environ.setdefault("WIREWATCH_KB", str(sample_dir() / "actors.yaml"))
    os.environ.setdefault("WIREWATCH_PLACES", str(sample_dir() / "places.yaml"))

    docs, failed = [], 0
    for item in with_progress(extract([str(p) for p in sample_files()]), "sample corpus"):
        if isinstance(item, InputError):
            failed += 1
            print(f"wirewatch: {item.name}: {item.reason}", file=sys.stderr)
        else:
            docs.append(item.to_dict())
    print(summarize(docs))
    out_dir.mkdir(parents=True, exist_ok=True)
    report = write_html(docs, out_dir / "report.html")
    print(f"\nHTML report: {report.resolve()}")
    return 1 if failed else 0
