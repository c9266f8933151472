"""Re-rank a story's candidate event types with a small trained linear model.

The lexicon often finds the right type among a story's events but votes for the wrong one
(a concession reported next to the talks that led to it). The rule-based vote stays the
baseline: the model only adds a learned correction to its logarithm, from sparse, hashed
features of each candidate type (a prior, its events' triggers and the words around them)
and of the headline's wording. Without a weights file the vote is left exactly as it was.
Weights are built by :mod:`wirewatch.extract.train`.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from wirewatch.document import Document, Event
from wirewatch.extract.background import background_start

N_FEATURES = 1 << 18
WEIGHTS_FILE = "event_types.npz"
MAX_WORDS = 40  # headline words used as features
MAX_CORRECTION = 8.0  # bound on the log-correction, so one feature cannot run away
_WORD = re.compile(r"[a-z][a-z'-]{1,30}")
_SUFFIXES = ("ing", "ed", "es", "s")

Features = dict[int, float]


def feature_id(name: str) -> int:
    """A stable hash (Python's own ``hash`` is salted per process)."""
    return zlib.crc32(name.encode("utf-8")) % N_FEATURES


def stem(word: str) -> str:
    """A crude stem so "eases", "eased" and "easing" share a feature."""
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _stems(words: list[str]) -> list[str]:
    seen: list[str] = []
    for w in words:
        s = stem(w)
        if s not in seen:
            seen.append(s)
        if len(seen) >= MAX_WORDS:
            break
    return seen


def _words(text: str) -> list[str]:
    return _stems(_WORD.findall(text.lower()[:2000]))


def headline_parts(headline: str) -> tuple[list[str], list[str]]:
    """The headline's news and its circumstances ("... Begin in Oslo as Envoy Attempts to
    Broker Ceasefire"): a word after a circumstance marker says little about the news."""
    words = _WORD.findall(headline.lower()[:2000])
    cut = background_start(words)
    if cut == 0:  # "After Long Talks, Rebels Free Hostages": no news before the marker
        return _stems(words), []
    return _stems(words[:cut]), _stems(words[cut:])


def _trigger(event: Event) -> str:
    return " ".join(stem(w) for w in event.trigger.split()[:4])


def _context_words(event: Event, width: int = 3) -> list[str]:
    """Words either side of the trigger: what tells "lift the curfew" from "lift a ban"."""
    sentence = event.sentence[:1000].lower()
    at = sentence.find(event.trigger.lower())
    if at < 0:
        return []
    before = _WORD.findall(sentence[:at])[-width:]
    after = _WORD.findall(sentence[at + len(event.trigger) :])[:width]
    return [stem(w) for w in before + after]


def candidate_features(
    doc: Document, types: Iterable[str], headline_end: int
) -> dict[str, Features]:
    """Hashed features of each candidate type: a prior, its events' triggers and the words
    around them, and the headline's words. (Position, modality, object and lead-sentence
    features were tried and did not carry over to unseen templates.)"""
    news = [e for e in doc.events if e.in_ == "body"]
    news_words, circumstance_words = headline_parts(doc.body[:headline_end] if headline_end else "")
    out: dict[str, Features] = {}
    for etype in types:
        names = [f"bias|{etype}"]
        for e in news:
            if e.type == etype:
                names.append(f"trig|{etype}|{_trigger(e)}")
                names.extend(f"ctx|{etype}|{w}" for w in _context_words(e))
        names.extend(f"hw|{etype}|{w}" for w in news_words)
        names.extend(f"hc|{etype}|{w}" for w in circumstance_words)
        feats: Features = {}
        for name in names:
            fid = feature_id(name)
            feats[fid] = 1.0  # presence, not counts: one long story must not outvote
        out[etype] = feats
    return out


@dataclass(frozen=True)
class TypeReranker:
    """Linear weights over hashed features; the score is added to the log of the vote."""

    weights: np.ndarray

    def correction(self, feats: Features) -> float:
        if not feats:
            return 0.0
        idx = np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))
        val = np.fromiter(feats.values(), dtype=np.float64, count=len(feats))
        score = float(self.weights[idx] @ val)
        return max(-MAX_CORRECTION, min(MAX_CORRECTION, score))

    def rerank(self, votes: dict[str, float], features: dict[str, Features]) -> dict[str, float]:
        return {t: v * math.exp(self.correction(features.get(t, {}))) for t, v in votes.items()}


def default_weights_path() -> Path:
    return Path(str(resources.files("wirewatch") / "data" / "models" / WEIGHTS_FILE))


def save_weights(path: Path, weights: np.ndarray, meta: dict[str, str]) -> None:
    """Store only the non-zero weights: the file stays small and diffs stay readable."""
    nz = np.flatnonzero(weights).astype(np.int32)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        index=nz,
        value=weights[nz].astype(np.float32),
        n_features=np.int64(N_FEATURES),
        meta=np.array(sorted(f"{k}={v}" for k, v in meta.items())),
    )


def read_weights(path: Path) -> np.ndarray:
    with np.load(path) as data:
        if int(data["n_features"]) != N_FEATURES:
            raise ValueError(f"{path}: built for {int(data['n_features'])} features")
        weights = np.zeros(N_FEATURES, dtype=np.float64)
        weights[data["index"]] = data["value"]
    return weights


@lru_cache(maxsize=4)
def load_reranker(path: Path | None = None) -> TypeReranker | None:
    """The shipped model, or None when no weights file is installed (rules alone then)."""
    path = path or default_weights_path()
    if not path.is_file():
        return None
    return TypeReranker(read_weights(path))


def flatten(features: Iterable[Features]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, feature, value) arrays for a batch of candidates, for training."""
    rows, cols, vals = [], [], []
    for i, feats in enumerate(features):
        for fid, value in feats.items():
            rows.append(i)
            cols.append(fid)
            vals.append(value)
    return np.array(rows, np.int64), np.array(cols, np.int64), np.array(vals, np.float64)
