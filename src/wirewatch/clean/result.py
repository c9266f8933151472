"""The outcome of cleaning one page: what the HTML and flattened-text cleaners both return."""

from __future__ import annotations

from dataclasses import dataclass, field

from wirewatch.document import Comment, Dropped


@dataclass
class Cleaned:
    """Main text split from comments and boilerplate.

    ``published_from`` says where ``published`` came from: "html-meta", "text" or "comments"
    (the last meaning only a bound: the earliest comment's timestamp).
    ``comment_section`` is True when the comments come from a comment system under a post
    (blog-style comments) rather than being the replies of a discussion thread.
    """

    body: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_from: str | None = None
    comments: list[Comment] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    comment_section: bool = False
