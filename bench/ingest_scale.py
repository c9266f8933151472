"""Ingest scale: time per document for store + cross-document linking at 1k, 5k and 20k docs.

Documents are synthetic variants of the Guardian sample (../shared/data/bench): each variant
keeps a random part of one article's sentences, borrows a few from another article, gets a
shifted date and one synthetic event, and some are verbatim syndicated copies. The NLP
pipeline is skipped (pre-made Document dicts are stored) so the figures measure the store
and the linking stage alone. Per-document time should stay roughly flat as the store grows:
candidates come from indexes with bounded postings, never from scanning all documents.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import tempfile
import time
from pathlib import Path

from guardian import guardian_records, missing_message

from wirewatch.document import document_id
from wirewatch.link.config import load_link_config
from wirewatch.store.ingest import IngestReport, store_and_link
from wirewatch.store.sqlite import connect

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
ACTORS = [("Russia", "RUS"), ("Ukraine", "UKR"), ("Syria", "SYR"), ("Iraq", "IRQ"),
          ("Turkey", "TUR"), ("Iran", "IRN"), ("Israel", "ISR"), ("Yemen", "YEM")]  # fmt: skip
TYPES = ["ASSAULT", "MOBILIZE", "CONSULT", "AGREE", "THREATEN", "AID"]


def variants(articles: list[dict[str, str]], n: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    split = [_SENT.split(a["text"][:20_000]) for a in articles]
    docs: list[dict] = []
    for i in range(n):
        if docs and rng.random() < 0.1:  # a syndicated copy of a recent document
            src = docs[rng.randrange(max(0, len(docs) - 200), len(docs))]
            body = src["body"] + f"\n\nThis article first appeared elsewhere (ref {i})."
            docs.append({**src, "id": document_id(body), "body": body, "site": "mirror"})
            continue
        k = rng.randrange(len(articles))
        sents = split[k]
        keep = [s for s in sents if rng.random() < 0.6] or sents[:3]
        other = split[rng.randrange(len(articles))]
        keep += rng.sample(other, k=min(2, len(other)))
        base = dt.date.fromisoformat(articles[k]["published"][:10])
        day = base + dt.timedelta(days=rng.randrange(0, 900))
        body = " ".join(keep) + f" (Variant {i}.)"
        (sa, sc), (ta, tc) = rng.sample(ACTORS, 2)
        docs.append(
            {
                "id": document_id(body),
                "title": keep[0][:80],
                "site": "variant",
                "published": day.isoformat(),
                "body": body,
                "actors": {"A1": {"name": sa, "country": sc, "kind": "country"},
                           "A2": {"name": ta, "country": tc, "kind": "country"}},
                "places": [],
                "events": [{"id": "E1", "type": rng.choice(TYPES), "source": "A1",
                            "target": "A2", "sentence": keep[0][:300], "in": "body",
                            "date": {"start": day.isoformat(), "end": day.isoformat(),
                                     "text": "", "precision": "day"}}],
            }
        )  # fmt: skip
    return docs


def run(n: int, articles: list[dict[str, str]]) -> None:
    docs = variants(articles, n)
    cfg = load_link_config()
    report = IngestReport()
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "bench.db")
        marks = []
        began = time.perf_counter()
        for i, d in enumerate(docs, 1):
            store_and_link(conn, d, cfg, report)
            if i % max(1, n // 10) == 0:
                marks.append(time.perf_counter())
        total = time.perf_counter() - began
        stories = conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        conn.close()
    tenth = n // 10
    first = (marks[0] - began) / tenth * 1000
    last = (marks[-1] - marks[-2]) / tenth * 1000
    print(
        f"{n:>6} docs: {total / n * 1000:6.2f} ms/doc overall; first 10%: {first:6.2f} ms/doc, "
        f"last 10%: {last:6.2f} ms/doc; {report.copies} copies, {stories} stories"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 5_000, 20_000])
    args = parser.parse_args(argv)
    records = guardian_records()
    if records is None:
        raise SystemExit(missing_message("bench/ingest_scale"))
    articles = [r for r in records if len(r["text"]) > 500]
    print(
        f"ingest scale: {len(articles)} Guardian articles → synthetic variants; NLP pipeline "
        "SKIPPED (pre-made Document dicts stored), store + near-duplicate + story + event "
        "linking measured, one transaction per document"
    )
    for n in args.sizes:
        run(n, articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
