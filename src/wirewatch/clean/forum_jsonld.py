"""A thread from JSON-LD (schema.org DiscussionForumPosting with ``comment`` items).

Used when the markup matched no post pattern: many forums publish the whole thread as
structured data even when their HTML is rendered by script.
"""

from __future__ import annotations

from typing import Any

from wirewatch.clean.html_text import tidy
from wirewatch.clean.meta_dates import to_iso
from wirewatch.clean.meta_html import author_name, types_of
from wirewatch.document import Comment

THREAD_TYPES = {"DiscussionForumPosting", "SocialMediaPosting", "Question"}
MAX_COMMENTS = 2000


def posts_from_jsonld(items: list[dict[str, Any]]) -> tuple[str, list[Comment]] | None:
    """(body, comments) from the first thread item that carries text, else None."""
    for item in items:
        if not types_of(item) & THREAD_TYPES:
            continue
        body = _text(item)
        if not body:
            continue
        replies = item.get("comment") or item.get("suggestedAnswer") or []
        if isinstance(replies, dict):
            replies = [replies]
        accepted = item.get("acceptedAnswer")
        if isinstance(accepted, dict):
            replies = [accepted, *replies]
        comments = []
        for i, reply in enumerate(r for r in replies[:MAX_COMMENTS] if isinstance(r, dict)):
            text = _text(reply)
            if text:
                comments.append(
                    Comment(
                        id=f"c{i + 1}",
                        text=text,
                        author=author_name(reply.get("author")),
                        posted=to_iso(_s(reply.get("datePublished") or reply.get("dateCreated"))),
                    )
                )
        return body, comments
    return None


def _text(item: dict[str, Any]) -> str:
    return tidy(_s(item.get("articleBody")) or _s(item.get("text")) or "")


def _s(v: Any) -> str | None:
    return v if isinstance(v, str) else None
