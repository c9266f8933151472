"""Loads the HTML cleaner's cue lists (data/html_cues.yaml) once, with XPaths compiled."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

CUES_PATH = Path(__file__).resolve().parent.parent / "data" / "html_cues.yaml"


@dataclass(frozen=True)
class PostPattern:
    """How one forum or comment system marks its posts (see html_cues.yaml)."""

    name: str
    marker: str
    thread: bool
    post: etree.XPath
    content: etree.XPath | None
    author: etree.XPath | None
    posted: etree.XPath | None
    id: etree.XPath | None
    quote: etree.XPath | None
    quote_ref: etree.XPath | None
    parent: etree.XPath | None


def _xp(expr: str | None) -> etree.XPath | None:
    return etree.XPath(expr) if expr else None


@cache
def cues() -> dict[str, Any]:
    """The raw YAML mapping."""
    return yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))


@cache
def post_patterns() -> tuple[PostPattern, ...]:
    out = []
    for p in cues()["post_patterns"]:
        out.append(
            PostPattern(
                name=p["name"],
                marker=p.get("marker", ""),
                thread=bool(p.get("thread")),
                post=etree.XPath(p["post"]),
                content=_xp(p.get("content")),
                author=_xp(p.get("author")),
                posted=_xp(p.get("posted")),
                id=_xp(p.get("id")),
                quote=_xp(p.get("quote")),
                quote_ref=_xp(p.get("quote_ref")),
                parent=_xp(p.get("parent")),
            )
        )
    return tuple(out)


@cache
def dropped_paths() -> tuple[tuple[str, etree.XPath], ...]:
    return tuple(
        (kind, etree.XPath(expr)) for kind, exprs in cues()["dropped"].items() for expr in exprs
    )
