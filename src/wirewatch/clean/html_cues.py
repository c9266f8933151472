"""Loads the HTML cleaner's cue lists (data/html_cues.yaml) once, with XPaths compiled."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

CUES_PATH = Path(__file__).resolve().parent.parent / "data" / "html_cues.yaml"


@dataclass(frozen=True)
class PostPattern:
    """How one forum or comment system marks its posts (see html_cues.yaml).

    ``markers``: the raw page must contain at least one of these for the XPaths to run.
    ``exclude``: blocks inside the content that the member did not write (link previews).
    ``comment_section``: the posts are a comment system's list under a post (blog comments),
    not the peer posts of a discussion thread.
    """

    name: str
    markers: tuple[str, ...]
    thread: bool
    post: etree.XPath
    content: etree.XPath | None
    author: etree.XPath | None
    posted: etree.XPath | None
    id: etree.XPath | None
    quote: etree.XPath | None
    quote_ref: etree.XPath | None
    parent: etree.XPath | None
    comment_section: bool = False
    exclude: etree.XPath | None = None


def _markers(value: str | list[str] | None) -> tuple[str, ...]:
    if not value:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


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
                markers=_markers(p.get("marker")),
                thread=bool(p.get("thread")),
                post=etree.XPath(p["post"]),
                content=_xp(p.get("content")),
                author=_xp(p.get("author")),
                posted=_xp(p.get("posted")),
                id=_xp(p.get("id")),
                quote=_xp(p.get("quote")),
                quote_ref=_xp(p.get("quote_ref")),
                parent=_xp(p.get("parent")),
                comment_section=bool(p.get("comment_section")),
                exclude=_xp(p.get("exclude")),
            )
        )
    return tuple(out)


@cache
def page_markers() -> frozenset[str]:
    """Every raw-HTML marker string the cleaner may test on a page, for a one-pass scan."""
    data = cues()
    found = {m for p in post_patterns() for m in p.markers}
    found.update(p["marker"] for p in data.get("json_api_payloads", []))
    found.update(m for rule in data["overlays"] for m in _markers(rule["marker"]))
    found.add(data["unindexed"]["marker"])
    return frozenset(found)


@dataclass(frozen=True)
class Selector:
    """One dropped-block selector: a tag and/or one attribute test (equals or contains)."""

    kind: str
    tag: str | None
    attr: str | None
    contains: bool
    value: str

    def matches(self, tag: str, get: Callable[[str], str | None]) -> bool:
        if self.tag is not None and tag != self.tag:
            return False
        if self.attr is None:
            return True
        have = get(self.attr)
        if not have:
            return False
        return self.value in have if self.contains else have == self.value


_SELECTOR = re.compile(r"^([a-z][a-z0-9-]*)?(?:\[([a-z-]+)(\*?)=([^\]]+)\])?$")


def parse_selector(kind: str, text: str) -> Selector:
    """Parse "tag", "[attr=v]", "[attr*=v]" or "tag[attr*=v]"; raise ValueError otherwise."""
    m = _SELECTOR.match(text.strip())
    if not m or not (m.group(1) or m.group(2)):
        raise ValueError(f"unsupported dropped selector {text!r} in {CUES_PATH.name}")
    tag, attr, star, value = m.groups()
    return Selector(kind, tag, attr, bool(star), value or "")


@cache
def dropped_selectors() -> tuple[Selector, ...]:
    """Dropped-block selectors in kind order (see the ``dropped`` section of the YAML)."""
    return tuple(
        parse_selector(kind, text) for kind, items in cues()["dropped"].items() for text in items
    )


@dataclass(frozen=True)
class SelectorPrefilter:
    """A loose, fast test that every element some selector matches passes (tags ignored)."""

    tags: frozenset[str]
    attrs: dict[str, re.Pattern[str]]

    def may_match(self, tag: str, items: list[tuple[str, str]]) -> bool:
        """``items``: the element's attributes; reading them in one call beats one get()
        per attribute name, as most elements carry none or one of the names tested."""
        if tag in self.tags:
            return True
        for name, value in items:
            rx = self.attrs.get(name)
            if rx is not None and rx.search(value):
                return True
        return False


@cache
def dropped_prefilter() -> SelectorPrefilter:
    """Prefilter for the dropped selectors: one regex per attribute name."""
    sels = dropped_selectors()
    tags = frozenset(s.tag for s in sels if s.tag and not s.attr)
    attrs = {}
    for attr in sorted({s.attr for s in sels if s.attr}):
        values = sorted({s.value for s in sels if s.attr == attr}, key=len)
        attrs[attr] = re.compile("|".join(re.escape(v) for v in values))
    return SelectorPrefilter(tags, attrs)
