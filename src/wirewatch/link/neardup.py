"""Near-duplicate detection with MinHash signatures and a persistent LSH band index.

Signatures (datasketch MinHash) and their band hashes live in the database, so a new document
is compared only with the documents that share a band with it (an index lookup), never with
every stored document, and nothing has to be rebuilt when a new ingest run starts.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from wirewatch.link.config import LinkConfig
from wirewatch.link.text import shingles, words

MAX_CANDIDATES = 50


@dataclass(frozen=True)
class Signature:
    hashvalues: np.ndarray
    shingles: int


@dataclass(frozen=True)
class Match:
    doc_id: str
    jaccard: float
    containment: float


def signature(body: str, cfg: LinkConfig) -> Signature:
    sh = shingles(words(body), cfg.shingle_words)
    m = MinHash(num_perm=cfg.num_perm, seed=1)
    if sh:
        m.update_batch([s.encode("utf-8") for s in sorted(sh)])
    return Signature(np.asarray(m.hashvalues, dtype=np.uint64), len(sh))


def band_hashes(sig: Signature, cfg: LinkConfig) -> list[tuple[int, int]]:
    """(band, hash) pairs; documents sharing any pair are candidate copies."""
    out = []
    for b in range(cfg.lsh_bands):
        chunk = sig.hashvalues[b * cfg.lsh_rows : (b + 1) * cfg.lsh_rows].tobytes()
        h = int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "big", signed=True)
        out.append((b, h))
    return out


def store_signature(conn: sqlite3.Connection, doc_id: str, sig: Signature, cfg: LinkConfig) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO signatures (doc_id, minhash, shingles) VALUES (?, ?, ?)",
        (doc_id, sig.hashvalues.tobytes(), sig.shingles),
    )
    if sig.shingles >= cfg.min_shingles:
        conn.executemany(
            "INSERT OR IGNORE INTO lsh_bands (band, hash, doc_id) VALUES (?, ?, ?)",
            [(b, h, doc_id) for b, h in band_hashes(sig, cfg)],
        )


def find_copy_of(conn: sqlite3.Connection, sig: Signature, cfg: LinkConfig) -> Match | None:
    """The most similar stored document that this body is a near-duplicate of, if any."""
    if sig.shingles < cfg.min_shingles:
        return None
    seen: dict[str, int] = {}
    for b, h in band_hashes(sig, cfg):
        for (doc_id,) in conn.execute(
            "SELECT doc_id FROM lsh_bands WHERE band = ? AND hash = ? LIMIT ?",
            (b, h, MAX_CANDIDATES),
        ):
            seen[doc_id] = seen.get(doc_id, 0) + 1
    best: Match | None = None
    ranked = sorted(seen, key=lambda d: (-seen[d], d))[:MAX_CANDIDATES]
    for doc_id in ranked:
        row = conn.execute(
            "SELECT minhash, shingles FROM signatures WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        other = np.frombuffer(row["minhash"], dtype=np.uint64)
        jac = float(np.mean(other == sig.hashvalues))
        inter = jac * (sig.shingles + row["shingles"]) / (1.0 + jac)
        containment = inter / max(1, min(sig.shingles, row["shingles"]))
        if jac < cfg.near_dup_jaccard and containment < cfg.near_dup_containment:
            continue
        if best is None or (jac, containment) > (best.jaccard, best.containment):
            best = Match(doc_id, jac, min(1.0, containment))
    return best
