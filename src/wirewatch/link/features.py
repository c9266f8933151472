"""What a document contributes to story clustering: terms, actor/place keys and a date."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from wirewatch.link.text import content_terms, normalize_name


@dataclass
class DocFeatures:
    doc_id: str
    title: str | None
    terms: Counter[str]
    keys: set[str]
    date: dt.date | None
    event_keys: set[str]


def parse_date(value: str | None) -> dt.date | None:
    """The calendar date of an ISO date/datetime string; None when absent or unreadable."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def actor_key(actor: dict[str, Any] | None) -> str | None:
    """Countries match by ISO code (Moscow and Russia are one actor); others by name."""
    if not actor:
        return None
    if actor.get("kind") == "country" and actor.get("country"):
        return "a:" + str(actor["country"]).upper()
    name = normalize_name(actor.get("name") or "")
    return "a:" + name if name else None


def place_key(place: dict[str, Any] | None) -> str | None:
    if not place:
        return None
    if place.get("geonameid"):
        return f"p:g{place['geonameid']}"
    name = normalize_name(place.get("name") or place.get("text") or "")
    return "p:" + name if name else None


def document_date(d: dict[str, Any]) -> dt.date | None:
    """Publication date, else the earliest dated body event."""
    date = parse_date(d.get("published"))
    if date:
        return date
    dates = [
        parse_date((e.get("date") or {}).get("start"))
        for e in d.get("events") or []
        if e.get("in", "body") == "body"
    ]
    dates = [x for x in dates if x]
    return min(dates) if dates else None


def event_keys(d: dict[str, Any]) -> set[str]:
    """ "e:TYPE|source|target|place" for news events naming at least one actor or the place,
    and "e:TYPE|source|target|*" when both actors are known."""
    actors = d.get("actors") or {}
    places = d.get("places") or []
    out = set()
    for e in d.get("events") or []:
        if e.get("in", "body") != "body" or not e.get("type"):
            continue
        loc = e.get("location")
        place = places[loc] if isinstance(loc, int) and 0 <= loc < len(places) else None
        parts = [
            actor_key(actors.get(e.get("source") or "")),
            actor_key(actors.get(e.get("target") or "")),
            place_key(place),
        ]
        if any(parts):
            out.add("e:" + "|".join([e["type"], *(p or "" for p in parts)]))
        if parts[0] and parts[1]:
            # Sources often place the same act differently (a town, its river, its region);
            # who did what to whom alone still marks the same event.
            out.add("e:" + "|".join([e["type"], parts[0], parts[1], "*"]))
    return out


def document_features(d: dict[str, Any]) -> DocFeatures:
    keys = {actor_key(a) for a in (d.get("actors") or {}).values()}
    keys |= {place_key(p) for p in d.get("places") or [] if p.get("in", "body") == "body"}
    keys.discard(None)
    return DocFeatures(
        doc_id=d["id"],
        title=d.get("title"),
        terms=content_terms(d.get("title"), d.get("body", "")),
        keys={k for k in keys if k},
        date=document_date(d),
        event_keys=event_keys(d),
    )
