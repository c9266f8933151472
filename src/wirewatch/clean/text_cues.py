"""Loads the flattened-text cues (the ``text:`` part of data/boilerplate.yaml) once.

The cue lists are data so that an analyst can teach the cleaner a new site's chrome without
touching the segmentation logic; this module only compiles them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

# Kinds whose cues are whole lines or patterns; the order is the classification priority.
LINE_CUE_KINDS = (
    "comment-counter",
    "comment-form",
    "post-marker",
    "said-header",
    "profile",
    "related",
    "caption",
    "byline",
    "navigation",
)


@dataclass(frozen=True)
class LineCues:
    lines: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]

    def match(self, key: str) -> re.Match[str] | bool | None:
        """True/Match when ``key`` (a trimmed, lower-cased line) is one of these cues."""
        if key in self.lines:
            return True
        for pattern in self.patterns:
            m = pattern.match(key)
            if m:
                return m
        return None


@dataclass(frozen=True)
class TextCues:
    kinds: dict[str, LineCues]
    date_filler: frozenset[str]
    dateline_prefix: tuple[str, ...]
    site_name_words: frozenset[str]
    forum_markers: frozenset[str]
    date_byline_lead: tuple[str, ...]
    dateline_lead: tuple[re.Pattern[str], ...]


def _line_cues(spec: dict | None) -> LineCues:
    spec = spec or {}
    lines = frozenset(str(x).strip().lower() for x in spec.get("lines", []) or [])
    patterns = tuple(re.compile(str(p), re.IGNORECASE) for p in spec.get("patterns", []) or [])
    return LineCues(lines, patterns)


@lru_cache(maxsize=1)
def text_cues() -> TextCues:
    """The compiled cues; cached because every page uses the same ones."""
    source = resources.files("wirewatch") / "data" / "boilerplate.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))["text"]
    return TextCues(
        kinds={kind: _line_cues(data.get(kind)) for kind in LINE_CUE_KINDS},
        date_filler=frozenset(str(x).lower() for x in data.get("date-filler", [])),
        dateline_prefix=tuple(str(x).lower() for x in data.get("dateline-prefix", [])),
        site_name_words=frozenset(str(x).lower() for x in data.get("site-name-words", [])),
        forum_markers=frozenset(str(x).lower() for x in data.get("forum-markers", [])),
        # Longest first, so "written by" wins over "by".
        date_byline_lead=tuple(
            sorted((str(x).lower() for x in data.get("date-byline-lead", [])), key=len)[::-1]
        ),
        # Case-sensitive: a wire dateline's place is written in capitals.
        dateline_lead=tuple(re.compile(str(p)) for p in data.get("dateline-lead", []) or []),
    )
