"""An ingest killed with SIGKILL leaves an intact database that a rerun completes exactly."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

SCRIPT = """
import sys
from wirewatch.eval.story_set import story_documents
from wirewatch.store.ingest import ingest_documents
docs = story_documents()
print("ready", flush=True)
ingest_documents(docs, sys.argv[1])
"""


def run_ingest(db, kill_after: float | None) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    if kill_after is None:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        return
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(kill_after)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)


def check_consistent(db, expect_complete: bool) -> int:
    from wirewatch.eval.story_set import story_documents

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        n_docs = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        # Every stored document is wholly linked: signature, story membership, its events.
        for table in ("signatures", "story_documents"):
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == n_docs
        unlinked_events = conn.execute(
            "SELECT COUNT(*) FROM events e JOIN story_documents s ON s.doc_id = e.doc_id "
            "WHERE s.role = 'original' AND NOT EXISTS (SELECT 1 FROM story_event_mentions m "
            "WHERE m.doc_id = e.doc_id AND m.event_id = e.id)"
        ).fetchone()[0]
        assert unlinked_events == 0
        empty_events = conn.execute(
            "SELECT COUNT(*) FROM story_events s WHERE NOT EXISTS "
            "(SELECT 1 FROM story_event_mentions m WHERE m.story_event_id = s.id)"
        ).fetchone()[0]
        assert empty_events == 0
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM stories s WHERE NOT EXISTS "
                "(SELECT 1 FROM story_documents d WHERE d.story_id = s.id)"
            ).fetchone()[0]
            == 0
        )
        if expect_complete:
            assert n_docs == len(story_documents())
            assert conn.execute("SELECT COUNT(DISTINCT id) FROM documents").fetchone()[0] == n_docs
        return n_docs
    finally:
        conn.close()


def test_sigkill_midway_then_rerun_completes(tmp_path):
    rng = random.Random(5)
    db = tmp_path / "w.db"
    stored = []
    for _ in range(3):
        run_ingest(db, kill_after=rng.uniform(0.05, 0.6))
        stored.append(check_consistent(db, expect_complete=False))
    assert stored[-1] > 0, "the kills came before anything was stored"
    run_ingest(db, kill_after=None)
    check_consistent(db, expect_complete=True)
