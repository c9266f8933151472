"""RawPage: one input as read from disk, stdin or a record, before any cleaning."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RawPage:
    """What a source yields; exactly one of ``html`` or ``text`` is set."""

    name: str
    html: str | None = None
    text: str | None = None
    url: str | None = None
    published: str | None = None
    site: str | None = None
    title: str | None = None

    @property
    def is_html(self) -> bool:
        return self.html is not None
