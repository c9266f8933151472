"""Shared helpers for event tests: a text under a headline, and its events by trigger."""

from __future__ import annotations

from wirewatch.api import analyze_texts, extract_text
from wirewatch.document import Document, Event
from wirewatch.extract.main_event import main_event

# A body that names no event, under the headline being tested.
BODY = "Officials gave no further details on Monday."


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


def story(headline: str, body: str = BODY) -> Document:
    """A news story as the synthetic set gives it: headline, blank line, text."""
    return next(iter(analyze_texts([f"{headline}\n\n{body}"])))


def main_type(headline: str, body: str = BODY) -> str | None:
    """The PLOVER type of the story's main event."""
    event = main_event(story(headline, body))
    return event.type if event else None


def confidence(doc: Document, trigger: str) -> float:
    return next(e.confidence for e in doc.events if e.trigger == trigger)
