"""Pick the event a text is mainly about: early, confident, and reported as news.

News puts the main event in the headline and the first sentences; an asserted event in the
body outranks a pledge, a hypothetical, or anything found in reader comments.
"""

from __future__ import annotations

from wirewatch.document import Document, Event

MODALITY_WEIGHT = {
    "asserted": 1.0,
    "intended": 0.95,
    "conditional": 0.8,
    "hypothetical": 0.6,
    "negated": 0.4,
}


def event_score(event: Event, body_length: int) -> float:
    position = event.span[0] / max(body_length, 1)
    early = 1.0 / (1.0 + 3.0 * position)
    return event.confidence * MODALITY_WEIGHT.get(event.modality, 0.5) * early


def main_event(doc: Document) -> Event | None:
    news = [e for e in doc.events if e.in_ == "body"]
    if not news:
        return None
    return max(news, key=lambda e: event_score(e, len(doc.body)))
