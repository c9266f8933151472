"""The Document and its parts: the one type that travels through per-document stages.

Field names and meanings follow CONTRACT.md; ``to_dict`` produces exactly the contract's
JSON shape so that the JSON Schema in ``schema/document.schema.json`` can check it.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Comment:
    """A reader comment or forum reply; ``quotes`` names what it repeats ("body" or ids)."""

    id: str
    text: str
    author: str | None = None
    posted: str | None = None
    parent: str | None = None
    quotes: list[str] = field(default_factory=list)


@dataclass
class Dropped:
    """Text removed from the page, kept with the reason so an analyst can audit cleaning."""

    kind: str
    text: str


@dataclass
class Actor:
    name: str
    country: str | None = None
    sector: str | None = None
    kind: str = "organization"
    aliases: list[str] = field(default_factory=list)


@dataclass
class Entity:
    text: str
    start: int
    end: int
    label: str
    actor: str | None = None
    in_: str = "body"


@dataclass
class Place:
    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str = "other"
    in_: str = "body"


@dataclass
class DateValue:
    start: str | None
    end: str | None
    text: str
    precision: str


@dataclass
class Event:
    id: str
    type: str
    sentence: str
    span: tuple[int, int]
    trigger: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    acled: dict[str, str] | None = None
    source: str | None = None
    target: str | None = None
    source_text: str | None = None
    target_text: str | None = None
    location: int | None = None
    date: DateValue | None = None
    modality: str = "asserted"
    reported_by: str | None = None
    fatalities: int | None = None
    confidence: float = 0.5
    in_: str = "body"
    # The underlying act when PLOVER codes a pledge or threat by its intent (AGREE/THREATEN).
    act: str | None = None


@dataclass
class Quote:
    text: str
    span: tuple[int, int]
    kind: str
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    in_: str = "body"


@dataclass
class Document:
    """One page after the per-document pipeline; empty lists mean "no stage filled this"."""

    body: str = ""
    title: str | None = None
    url: str | None = None
    site: str | None = None
    published: str | None = None
    published_from: str | None = None
    language: str = "en"
    author: str | None = None
    source_name: str | None = None
    comments: list[Comment] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[dict[str, Any]] = field(default_factory=list)
    # Working state for stages, never serialised: the raw input and the spaCy docs.
    raw: Any = field(default=None, repr=False, compare=False)
    nlp_cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def id(self) -> str:
        return document_id(self.body)

    def to_dict(self) -> dict[str, Any]:
        """The contract's Document JSON (``in_`` becomes ``in``; working state is left out)."""
        out: dict[str, Any] = {
            "id": self.id,
            "url": self.url,
            "site": self.site,
            "title": self.title,
            "published": self.published,
            "published_from": self.published_from,
            "language": self.language,
            "author": self.author,
            "source_name": self.source_name,
            "body": self.body,
            "comments": [asdict(c) for c in self.comments],
            "dropped": [asdict(d) for d in self.dropped],
            "actors": {k: asdict(a) for k, a in self.actors.items()},
            "entities": [_rename_in(asdict(e)) for e in self.entities],
            "places": [_rename_in(asdict(p)) for p in self.places],
            "events": [_event_dict(e) for e in self.events],
            "quotes": [_rename_in(_listify_span(asdict(q))) for q in self.quotes],
            "timexes": list(self.timexes),
        }
        return out


def _rename_in(d: dict[str, Any]) -> dict[str, Any]:
    d["in"] = d.pop("in_")
    return d


def _listify_span(d: dict[str, Any]) -> dict[str, Any]:
    if "span" in d and d["span"] is not None:
        d["span"] = list(d["span"])
    return d


def _event_dict(e: Event) -> dict[str, Any]:
    d = _listify_span(_rename_in(asdict(e)))
    return d


def normalize_text(text: str) -> str:
    """Unicode NFC with whitespace runs folded: the form the document id is computed from.
    ``str.split()`` splits on exactly the characters the regex ``\\s`` matches, at half the
    cost of a substitution (the cleaner keys every long paragraph with this)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def document_id(body: str) -> str:
    """Stable id: sha256 of the normalised main text, so re-ingesting yields the same id."""
    return hashlib.sha256(normalize_text(body).encode("utf-8")).hexdigest()
