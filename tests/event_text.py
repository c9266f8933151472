"""Shared helpers for event tests: a text under a headline, and its events by trigger."""

from __future__ import annotations

from wirewatch.api import extract_text
from wirewatch.document import Document, Event


def events_of(
    text: str, headline: str = "Headline for the test", published: str | None = "2020-05-04"
) -> Document:
    """``text`` as the body under a headline, so its first sentence is not read as one."""
    return extract_text(f"{headline}\n\n{text}", published=published)


def find(doc: Document, trigger: str) -> Event:
    hits = [e for e in doc.events if trigger in e.trigger]
    assert hits, f"no event with trigger {trigger!r}: {[e.trigger for e in doc.events]}"
    return hits[0]


def types(doc: Document) -> set[str]:
    return {e.type for e in doc.events}
