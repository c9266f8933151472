"""A thread from a JSON:API document embedded in the page (script-rendered forum engines).

Some forum engines (Flarum, for one) render posts in the browser from a JSON:API payload
shipped in a <script>; the HTML itself holds little more than the first lines. The payload
lists the posts under ``included`` (type "posts", HTML in ``contentHtml``) with their
authors as "users" resources. Which scripts hold such payloads is data (html_cues.yaml).
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from wirewatch.clean.forum_posts import MAX_AUTHOR_CHARS, MAX_POSTS, PostSet, QuoteBlock, RawPost
from wirewatch.clean.html_cues import cues
from wirewatch.clean.html_text import element_text
from wirewatch.clean.meta_dates import to_iso
from wirewatch.clean.raw_markers import MarkerScan

MAX_PAYLOAD_CHARS = 5_000_000
MAX_POST_HTML_CHARS = 200_000


@cache
def _payload_cues() -> tuple[tuple[str, etree.XPath], ...]:
    return tuple(
        (p["marker"], etree.XPath(p["script"])) for p in cues().get("json_api_payloads", [])
    )


def payload_posts(root: etree._Element, scan: MarkerScan) -> PostSet | None:
    """The thread in an embedded JSON:API payload, or None (no payload, or no posts in it)."""
    for marker, script in _payload_cues():
        if not scan.has(marker):
            continue
        for el in script(root):
            raw = el.text or ""
            if len(raw) > MAX_PAYLOAD_CHARS:
                continue
            try:
                data = json.loads(raw)
            except json.JSONDecodeError:
                continue
            posts = posts_from_document(data)
            if posts:
                return PostSet("json-api", True, posts)
    return None


def posts_from_document(data: Any) -> list[RawPost]:
    """Comment posts of a JSON:API document, in post-number order, with authors resolved."""
    doc = data.get("apiDocument", data) if isinstance(data, dict) else None
    included = doc.get("included") if isinstance(doc, dict) else None
    if not isinstance(included, list):
        return []
    users = {
        item.get("id"): _user_name(item.get("attributes"))
        for item in included
        if isinstance(item, dict) and item.get("type") == "users"
    }
    found = []
    for item in included[: MAX_POSTS * 4]:
        if not isinstance(item, dict) or item.get("type") != "posts":
            continue
        attrs = item.get("attributes") or {}
        content = attrs.get("contentHtml")
        if not isinstance(content, str) or not content.strip():
            continue
        post = _raw_post(content[:MAX_POST_HTML_CHARS], item, users)
        if post is not None:
            number = attrs.get("number")
            found.append((number if isinstance(number, int) else len(found) + 10**6, post))
    found.sort(key=lambda pair: pair[0])
    return [post for _, post in found[:MAX_POSTS]]


def _raw_post(content: str, item: dict[str, Any], users: dict[Any, str | None]) -> RawPost | None:
    try:
        fragment = lxml_html.fragment_fromstring(content, create_parent="div")
    except etree.ParserError:
        return None
    quotes = fragment.findall(".//blockquote")
    text = element_text(fragment, exclude=set(quotes))
    if not text:
        return None
    attrs = item.get("attributes") or {}
    rel = ((item.get("relationships") or {}).get("user") or {}).get("data") or {}
    author = users.get(rel.get("id")) if isinstance(rel, dict) else None
    created = attrs.get("createdAt")
    return RawPost(
        element=fragment,
        text=text,
        native_id=str(item.get("id")) if item.get("id") is not None else None,
        author=author,
        posted=to_iso(created) if isinstance(created, str) else None,
        quotes=[QuoteBlock(None, element_text(q), q) for q in quotes],
        content=fragment,
        left_out=frozenset(quotes),
    )


def _user_name(attrs: Any) -> str | None:
    if not isinstance(attrs, dict):
        return None
    name = attrs.get("displayName") or attrs.get("username")
    if not isinstance(name, str):
        return None
    name = " ".join(name.split())
    return name[:MAX_AUTHOR_CHARS] or None
