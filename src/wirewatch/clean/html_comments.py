"""Turns raw posts into Comment records: stable ids, parents, and what each reply quotes."""

from __future__ import annotations

import re

from lxml import etree

from wirewatch.clean.forum_furniture import drop_app_signoff
from wirewatch.clean.forum_posts import RawPost, native_number
from wirewatch.document import Comment

PROBE_WORDS = 8
MIN_PROBE_WORDS = 3
MIN_PROBE_CHARS = 10
QUOTE_SCAN_CHARS = 5000
_WORD = re.compile(r"\w+")


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
    earlier: list[tuple[str, str]] = [("body", word_key(body))] if body else []
    for i, post in enumerate(posts, start=1):
        cid = f"c{i}"
        ids[post.element] = cid
        num = native_number(post.native_id)
        if num:
            by_number.setdefault(num, cid)
        parent = ids.get(post.parent) if post.parent is not None else None
        quotes: list[str] = []
        unresolved = []
        for q in post.quotes:
            target = resolve_quote(q.ref, q.text, by_number, earlier)
            if target is None or target == cid:
                unresolved.append(q)
            elif target not in quotes:
                quotes.append(target)
        text = drop_app_signoff(post.text_with(unresolved) if unresolved else post.text)
        comments.append(
            Comment(
                id=cid,
                text=text,
                author=post.author,
                posted=post.posted,
                parent=parent if parent != "body" else None,
                quotes=quotes,
            )
        )
        earlier.append((cid, word_key(text)))
    return comments


def resolve_quote(
    ref: str | None, text: str, by_number: dict[str, str], earlier: list[tuple[str, str]]
) -> str | None:
    """The quoted post: by the native id the markup cites, else by finding the quoted text.

    ``earlier`` holds (id, word_key) pairs. The probe is a run of words from the middle of
    the quote's longest line: its start may carry the attribution ("ana wrote:") on the same
    line, and quoters trim the ends of what they quote.
    """
    num = native_number(ref)
    if num and num in by_number:
        return by_number[num]
    longest = max(text.split("\n"), key=len, default="")
    words = _WORD.findall(longest[:QUOTE_SCAN_CHARS].lower())
    if len(words) > 2 * PROBE_WORDS:
        mid = len(words) // 2
        words = words[mid - PROBE_WORDS // 2 : mid + PROBE_WORDS // 2]
    else:
        words = words[-PROBE_WORDS:]
    probe = " ".join(words)
    if len(words) < MIN_PROBE_WORDS or len(probe) < MIN_PROBE_CHARS:
        return None
    probe = f" {probe} "
    for cid, seen in reversed(earlier):
        if probe in seen:
            return cid
    return None


def word_key(text: str) -> str:
    """Lower-cased words between single spaces: quotes are matched on words, not on the
    punctuation and spacing the quoting software rewrites."""
    return f" {' '.join(_WORD.findall(text.lower()))} "
