"""What crosses a process boundary: contract dicts for documents, (name, reason) for errors.

Documents travel as ``to_dict()`` output because their working state (the raw page, spaCy
Docs) is large and not meant to be pickled; the caller gets a Document rebuilt from the dict,
whose ``to_dict()`` is identical to the worker's.
"""

from __future__ import annotations

from typing import Any

from wirewatch.document import (
    Actor,
    Comment,
    DateValue,
    Document,
    Dropped,
    Entity,
    Event,
    Place,
    Quote,
)
from wirewatch.errors import InputError

# One result on the wire: {"document": <contract dict>} or {"error": [name, reason]}.
Wire = dict[str, Any]


def encode(item: Document | InputError) -> Wire:
    if isinstance(item, InputError):
        return {"error": [item.name, item.reason]}
    return {"document": item.to_dict()}


def failure(name: str, reason: str) -> Wire:
    return {"error": [name, reason]}


def decode(wire: Wire) -> Document | InputError:
    if "error" in wire:
        name, reason = wire["error"]
        return InputError(name, reason)
    return document_from_dict(wire["document"])


def _with_in(d: dict[str, Any]) -> dict[str, Any]:
    out = dict(d)
    if "in" in out:
        out["in_"] = out.pop("in")
    return out


def _span(value: Any) -> tuple[int, int]:
    start, end = value
    return (start, end)


def _event(d: dict[str, Any]) -> Event:
    fields = _with_in(d)
    fields["span"] = _span(fields["span"])
    if fields.get("date") is not None:
        fields["date"] = DateValue(**fields["date"])
    fields["context"] = list(fields.get("context") or [])
    return Event(**fields)


def _quote(d: dict[str, Any]) -> Quote:
    fields = _with_in(d)
    fields["span"] = _span(fields["span"])
    return Quote(**fields)


def document_from_dict(d: dict[str, Any]) -> Document:
    """The inverse of :meth:`Document.to_dict`; refuses a dict whose id does not match."""
    doc = Document(
        body=d["body"],
        title=d.get("title"),
        url=d.get("url"),
        site=d.get("site"),
        published=d.get("published"),
        published_from=d.get("published_from"),
        language=d.get("language", "en"),
        author=d.get("author"),
        source_name=d.get("source_name"),
        comments=[Comment(**c) for c in d.get("comments", [])],
        dropped=[Dropped(**x) for x in d.get("dropped", [])],
        actors={k: Actor(**a) for k, a in d.get("actors", {}).items()},
        entities=[Entity(**_with_in(e)) for e in d.get("entities", [])],
        places=[Place(**_with_in(p)) for p in d.get("places", [])],
        events=[_event(e) for e in d.get("events", [])],
        quotes=[_quote(q) for q in d.get("quotes", [])],
        timexes=list(d.get("timexes", [])),
    )
    if "id" in d and d["id"] != doc.id:
        raise ValueError(f"document id {d['id']} does not match its body (corrupted in transit?)")
    return doc
