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
from collections.abc import Iterable, Mapping
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


# Feature groups. The lexical ones fire only on wording seen in training; the others back
# off to the story's structure (where a type's events stand, how they are asserted, which
# types compete), which carries over to templates the model never saw. Chosen by
# template-grouped cross-validation (``python -m wirewatch.extract.train --validate``).
LEXICAL = ("bias", "trig", "ctx", "head_words")
STRUCTURAL = (
    "scale",
    "share",
    "head",
    "head1",
    "lead",
    "repeat",
    "modality",
    "act",
    "mode",
    "actors",
    "rivals",
    "head_type",
    "head_pair",
    "head_last",
)
ALL_GROUPS = (*LEXICAL, *STRUCTURAL)
# Greedy forward selection from LEXICAL kept only "lead"; every other group lowered the
# cross-validated accuracy (see train.py), as the rules already weigh position and modality.
FEATURE_GROUPS: tuple[str, ...] = (*LEXICAL, "lead")


def _trigger_at(event: Event) -> int:
    """Where the trigger stands in its sentence (the sentence's length when not found)."""
    at = event.sentence[:1000].lower().find(event.trigger.lower())
    return at if at >= 0 else len(event.sentence)


def _headline_order(news: list[Event], headline_end: int) -> list[Event]:
    """The headline's events, in the order their triggers are written."""
    heads = [e for e in news if headline_end and e.span[0] < headline_end]
    return sorted(heads, key=lambda e: (_trigger_at(e), e.span[0]))


def _structural_names(
    etype: str, news: list[Event], headline: list[Event], lead_end: int, types: list[str]
) -> dict[str, list[str]]:
    """Names of the back-off features of one candidate type, by group."""
    own = [e for e in news if e.type == etype]
    first = min(own, key=lambda e: e.span[0])
    in_head = [e for e in headline if e.type == etype]
    names: dict[str, list[str]] = {g: [] for g in STRUCTURAL}
    if in_head:
        names["head"] += ["head", f"head|{etype}"]
        if headline[0].type == etype:
            names["head1"] += ["head1", f"head1|{etype}"]
    elif first.span[0] < lead_end:
        names["lead"] += ["lead", f"lead|{etype}"]
    if len(own) > 1:
        names["repeat"] += ["repeat", f"repeat|{etype}"]
    best = in_head[0] if in_head else first
    names["modality"] += [f"mod|{best.modality}", f"mod|{etype}|{best.modality}"]
    if best.act:
        names["act"] += ["act", f"act|{etype}"]
    if best.mode:
        names["mode"].append(f"mode|{etype}|{best.mode}")
    if any(e.source for e in own):
        names["actors"] += ["src", f"src|{etype}"]
    if any(e.target for e in own):
        names["actors"] += ["tgt", f"tgt|{etype}"]
    names["rivals"] += [f"vs|{etype}|{other}" for other in types if other != etype]
    if headline and headline[0].type != etype:
        names["head_type"].append(f"under|{etype}|{headline[0].type}")
    if in_head:
        # Which types a headline puts together, and in which order: "commit to working
        # together", "outrage over repression" name a frame and its content.
        at = headline.index(in_head[0])
        for i, other in enumerate(headline):
            if other.type != etype:
                side = "before" if i < at else "after"
                names["head_pair"].append(f"hp|{etype}|{other.type}|{side}")
        if len({e.type for e in headline}) > 1 and headline[-1].type == etype:
            names["head_last"] += ["hlast", f"hlast|{etype}"]
    return names


def candidate_features(
    doc: Document,
    votes: Mapping[str, float],
    headline_end: int,
    groups: Iterable[str] = FEATURE_GROUPS,
) -> dict[str, Features]:
    """Hashed features of each candidate type, from the chosen groups: a prior, its events'
    triggers and the words around them, the headline's words (lexical), and the story's
    structure around the type (see ``STRUCTURAL``)."""
    groups = frozenset(groups)
    structural = bool(groups & set(STRUCTURAL))
    types = list(votes)
    top_vote = max(votes.values(), default=1.0)
    news = [e for e in doc.events if e.in_ == "body"]
    body_news = [e for e in news if e.span[0] >= headline_end]
    lead_end = min((e.span[1] for e in body_news), default=0)
    headline = _headline_order(news, headline_end)
    news_words, circumstance_words = headline_parts(doc.body[:headline_end] if headline_end else "")
    total = sum(1 for e in news if e.type in types) or 1
    out: dict[str, Features] = {}
    for etype in types:
        feats: Features = {}
        names = [f"bias|{etype}"] if "bias" in groups else []
        for e in news:
            if e.type == etype:
                if "trig" in groups:
                    names.append(f"trig|{etype}|{_trigger(e)}")
                if "ctx" in groups:
                    names.extend(f"ctx|{etype}|{w}" for w in _context_words(e))
        if "head_words" in groups:
            names.extend(f"hw|{etype}|{w}" for w in news_words)
            names.extend(f"hc|{etype}|{w}" for w in circumstance_words)
        if structural and any(e.type == etype for e in news):
            by_group = _structural_names(etype, news, headline, lead_end, types)
            for group, extra in by_group.items():
                if group in groups:
                    names.extend(extra)
            if "scale" in groups and top_vote > 0 and votes[etype] > 0:
                # The log of the vote, relative to the best: its weight rescales how far
                # the rules' margins are trusted, which the likelihood cannot do otherwise.
                feats[feature_id("scale")] = math.log(votes[etype] / top_vote)
            if "share" in groups:
                share = sum(1 for e in news if e.type == etype) / total
                feats[feature_id("share")] = share
                feats[feature_id(f"share|{etype}")] = share
        for name in names:
            feats[feature_id(name)] = 1.0  # presence, not counts: one long story must not outvote
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
