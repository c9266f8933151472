"""One options object for limits, thresholds and model choices, instead of scattered constants.

Built from defaults, optionally overridden by a YAML/JSON config file and then CLI flags.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Options:
    # Inputs larger than this (after decompression) are rejected with a reason.
    max_bytes: int = 5_000_000
    # Wall-clock budget for the whole pipeline on one document, in seconds (0: none).
    time_limit: float = 60.0
    # Main text longer than this is cut before NLP (keeps one pathological page from
    # dominating a batch); the cut is recorded in ``dropped``.
    max_body_chars: int = 200_000
    # Deepest element nesting accepted in HTML before it is rejected as hostile.
    max_html_depth: int = 1_000
    # Documents handed to spaCy at once.
    batch_size: int = 32
    # Run NLP on reader comments too (events/quotes found there are marked, never news).
    process_comments: bool = True
    # Parse every sentence in the main spaCy pass (True), or tag only and re-parse the
    # sentences with event candidates (False: cheaper when candidates are rare).
    parse_all: bool = True
    stages: tuple[str, ...] = field(default_factory=tuple)

    def replace(self, **changes: Any) -> Options:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def load_options(path: Path | None = None, **overrides: Any) -> Options:
    """Defaults, then the config file (YAML or JSON mapping), then explicit overrides."""
    opts = Options()
    if path is not None:
        text = path.read_text(encoding="utf-8")
        if path.suffix in {".yaml", ".yml"}:
            import yaml

            data = yaml.safe_load(text) or {}
        else:
            data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError(f"{path}: config must be a mapping of option names to values")
        known = {f.name for f in dataclasses.fields(Options)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"{path}: unknown option(s) {', '.join(unknown)}")
        if "stages" in data:
            data["stages"] = tuple(data["stages"])
        opts = opts.replace(**data)
    return opts.replace(**overrides)
