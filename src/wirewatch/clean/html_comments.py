"""Turns raw posts into Comment records: stable ids, parents, and what each reply quotes."""

from __future__ import annotations

from lxml import etree

from wirewatch.clean.forum_posts import RawPost, native_number
from wirewatch.document import Comment, normalize_text

QUOTE_PROBE_CHARS = 80


def build_comments(posts: list[RawPost], body_post: RawPost | None, body: str) -> list[Comment]:
    """Comments c1..cN in page order; quotes resolved to "body" or an earlier comment id."""
    ids: dict[etree._Element, str] = {}
    by_number: dict[str, str] = {}
    if body_post is not None:
        ids[body_post.element] = "body"
        num = native_number(body_post.native_id)
        if num:
            by_number[num] = "body"
    comments: list[Comment] = []
    earlier: list[tuple[str, str]] = [("body", normalize_text(body).lower())] if body else []
    for i, post in enumerate(posts, start=1):
        cid = f"c{i}"
        ids[post.element] = cid
        num = native_number(post.native_id)
        if num:
            by_number.setdefault(num, cid)
        parent = ids.get(post.parent) if post.parent is not None else None
        quotes = []
        for q in post.quotes:
            target = resolve_quote(q.ref, q.text, by_number, earlier)
            if target and target not in quotes and target != cid:
                quotes.append(target)
        comments.append(
            Comment(
                id=cid,
                text=post.text,
                author=post.author,
                posted=post.posted,
                parent=parent if parent != "body" else None,
                quotes=quotes,
            )
        )
        earlier.append((cid, normalize_text(post.text).lower()))
    return comments


def resolve_quote(
    ref: str | None, text: str, by_number: dict[str, str], earlier: list[tuple[str, str]]
) -> str | None:
    """The quoted post: by the native id the markup cites, else by finding the quoted text."""
    num = native_number(ref)
    if num and num in by_number:
        return by_number[num]
    lines = [ln for ln in text.split("\n") if len(ln) > 20]
    probe = normalize_text(lines[-1] if lines else text).lower()[:QUOTE_PROBE_CHARS]
    if len(probe) < 10:
        return None
    for cid, seen in reversed(earlier):
        if probe in seen:
            return cid
    return None
