"""Thresholds for linking, read from ``thresholds.yaml`` (or a user's copy) into one object."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import yaml

DEFAULT_FILE = Path(__file__).with_name("thresholds.yaml")


@dataclass(frozen=True)
class LinkConfig:
    shingle_words: int
    num_perm: int
    lsh_bands: int
    lsh_rows: int
    near_dup_jaccard: float
    near_dup_containment: float
    min_shingles: int
    doc_terms: int
    story_terms: int
    query_terms: int
    postings_per_term: int
    candidates: int
    common_term_share: float
    key_weight: float
    event_weight: float
    join_threshold: float
    bridge_threshold: float
    max_gap_days: float
    text_override: float
    gap_penalty: float
    related_threshold: float
    event_date_window_days: float


def load_link_config(path: Path | None = None, **overrides: float) -> LinkConfig:
    """Defaults from the packaged file, then a user's file, then keyword overrides."""
    values = yaml.safe_load(DEFAULT_FILE.read_text(encoding="utf-8"))
    if path is not None:
        extra = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        if not isinstance(extra, dict):
            raise ValueError(f"{path}: link config must be a mapping of names to numbers")
        values.update(extra)
    values.update(overrides)
    known = {f.name for f in dataclasses.fields(LinkConfig)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValueError(f"unknown link setting(s): {', '.join(unknown)}")
    missing = sorted(known - set(values))
    if missing:
        raise ValueError(f"link settings missing: {', '.join(missing)}")
    cfg = LinkConfig(**values)
    if cfg.lsh_bands * cfg.lsh_rows > cfg.num_perm:
        raise ValueError("lsh_bands x lsh_rows must not exceed num_perm")
    return cfg
