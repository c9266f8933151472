"""Page metadata from markup: title (site name stripped), publication date, author.

Order of trust: JSON-LD of the main item, then meta tags, then visible markup, then
htmldate's heuristics for the date. Profile and join dates are never read here (htmldate
runs without its extensive text search, which is what picks those up).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from htmldate import find_date
from lxml import etree

from wirewatch.clean.html_cues import cues
from wirewatch.clean.meta_dates import to_iso

MAX_JSONLD_CHARS = 1_000_000
MAX_TITLE_CHARS = 400
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass
class PageMeta:
    title: str | None = None
    author: str | None = None
    published: str | None = None
    site_name: str | None = None
    jsonld: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class MarkupParts:
    """The elements metadata is read from, collected in one walk of the tree (lxml's tag
    filter runs in C) rather than one walk per kind."""

    metas: list[etree._Element] = field(default_factory=list)
    jsonld: list[etree._Element] = field(default_factory=list)
    dated_times: list[etree._Element] = field(default_factory=list)
    title: etree._Element | None = None
    h1: etree._Element | None = None


def markup_parts(root: etree._Element) -> MarkupParts:
    """All <meta>, JSON-LD <script> and <time datetime> elements below ``root``, in document
    order, and its first <title> and <h1>."""
    parts = MarkupParts()
    for el in root.iter("meta", "script", "time", "title", "h1"):
        if el is root:
            continue
        tag = el.tag
        if tag == "meta":
            parts.metas.append(el)
        elif tag == "script":
            if el.get("type") == "application/ld+json":
                parts.jsonld.append(el)
        elif tag == "time":
            if el.get("datetime") is not None:
                parts.dated_times.append(el)
        elif tag == "title":
            if parts.title is None:
                parts.title = el
        elif parts.h1 is None:
            parts.h1 = el
    return parts


def read_meta(root: etree._Element, url: str | None = None, with_date: bool = True) -> PageMeta:
    """Title, author and (when ``with_date``) publication date of the page."""
    parts = markup_parts(root)
    metas = meta_tags(parts.metas)
    items = jsonld_items(parts.jsonld)
    main = main_item(items)
    names = cues()["meta"]
    site = _first(metas, names["site_name"])
    raw_title = _str(main.get("headline")) or _first(metas, names["title"]) or _title_tag(parts)
    meta = PageMeta(site_name=site, jsonld=items)
    meta.title = strip_site_name(raw_title, site, url) if raw_title else None
    meta.author = _author_of(main) or _first(metas, names["author"]) or _rel_author(root)
    if meta.author and (meta.author.startswith("http") or len(meta.author) > 100):
        meta.author = None
    if with_date:
        meta.published = published_date(root, metas, main, items, parts.dated_times)
    return meta


def published_date(
    root: etree._Element,
    metas: dict[str, str],
    main: dict[str, Any],
    items: list[dict[str, Any]] | None = None,
    times: list[etree._Element] | None = None,
) -> str | None:
    """Explicit dates first; htmldate's heuristics (the costly part) only when none exists.

    ``times``: the page's <time datetime> elements, when the caller has collected them.
    """
    for value in (_str(main.get("datePublished")), _first(metas, cues()["meta"]["published"])):
        iso = to_iso(value)
        if iso:
            return iso
    if times is None:
        times = markup_parts(root).dated_times
    for el in times:
        if el.get("itemprop") == "datePublished" or el.get("pubdate") is not None:
            iso = to_iso(el.get("datetime"))
            if iso:
                return iso
    for item in items or ():
        iso = to_iso(_str(item.get("datePublished")))
        if iso:
            return iso
    # A <time> inside the article element dates the article (outside it, often a sidebar).
    for el in times:
        if any(a.tag in ("article", "main") for a in el.iterancestors()):
            iso = to_iso(el.get("datetime"))
            if iso:
                return iso
    found = find_date(root, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    return found or None


def meta_tags(metas: Iterable[etree._Element]) -> dict[str, str]:
    """Lower-cased meta name/property/itemprop -> content (first occurrence wins)."""
    out: dict[str, str] = {}
    for el in metas:
        content = el.get("content")
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = el.get(attr)
            if key:
                out.setdefault(key.strip().lower(), content.strip())
    return out


def jsonld_items(scripts: Iterable[etree._Element]) -> list[dict[str, Any]]:
    """All JSON-LD objects in the page's JSON-LD ``scripts``, @graph and lists flattened;
    bad JSON is skipped."""
    items: list[dict[str, Any]] = []
    for script in scripts:
        text = (script.text or "").strip()
        if not text or len(text) > MAX_JSONLD_CHARS:
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            continue
        stack = [data]
        while stack and len(items) < 200:
            obj = stack.pop()
            if isinstance(obj, list):
                stack.extend(reversed(obj))
            elif isinstance(obj, dict):
                if "@graph" in obj:
                    stack.append(obj["@graph"])
                if "@type" in obj:
                    items.append(obj)
    return items


def types_of(item: dict[str, Any]) -> set[str]:
    t = item.get("@type")
    return {str(x) for x in t} if isinstance(t, list) else {str(t)}


def main_item(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON-LD object describing the page's main content (by type preference)."""
    order = cues()["meta"]["main_types"]
    best: tuple[int, dict[str, Any]] | None = None
    for item in items:
        for t in types_of(item):
            if t in order and (best is None or order.index(t) < best[0]):
                best = (order.index(t), item)
    return best[1] if best else {}


def strip_site_name(title: str, site: str | None, url: str | None) -> str:
    """Drop a leading or trailing "| Site Name" part that names the site or its domain."""
    title = " ".join(title.split())[:MAX_TITLE_CHARS]
    keys = {_key(site)} if site else set()
    if url:
        host = urlparse(url).netloc.lower().removeprefix("www.")
        keys.add(_key(host.split(".")[0]))
        keys.add(_key(host))
    keys.discard("")
    for sep in cues()["title_separators"]:
        if sep not in title:
            continue
        parts = title.split(sep)
        for idx in (-1, 0):
            k = _key(parts[idx])
            if k and any(k == s or (len(s) >= 3 and (s in k or k in s)) for s in keys):
                rest = parts[:-1] if idx == -1 else parts[1:]
                return sep.join(rest).strip()
    return title


def author_name(value: Any) -> str | None:
    """A name from a JSON-LD author field (string, Person object or list of them)."""
    if isinstance(value, list):
        names = [n for n in (author_name(v) for v in value[:5]) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _str(value.get("name"))
    return _str(value)


def _author_of(item: dict[str, Any]) -> str | None:
    return author_name(item.get("author"))


def _key(s: str | None) -> str:
    return _NON_ALNUM.sub("", (s or "").lower())


def _str(v: Any) -> str | None:
    if isinstance(v, str) and v.strip():
        return " ".join(v.split())
    return None


def _first(metas: dict[str, str], keys: list[str]) -> str | None:
    for k in keys:
        if metas.get(k):
            return metas[k]
    return None


def _title_tag(parts: MarkupParts) -> str | None:
    el = parts.title
    if el is not None and el.text and el.text.strip():
        return el.text
    h1 = parts.h1
    return " ".join(h1.itertext()).strip() or None if h1 is not None else None


def _rel_author(root: etree._Element) -> str | None:
    for el in root.iterfind(".//a[@rel='author']"):
        name = " ".join(" ".join(el.itertext()).split())
        if 0 < len(name) <= 80:
            return name
    return None
