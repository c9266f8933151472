"""Shape stored JSON into what the HTML templates show.

Templates only lay out text; every decision (labels, which links are safe, map geometry)
is made here in Python where it can be tested. Stored text stays plain strings: Jinja's
autoescape turns it into text, never markup.
"""

from __future__ import annotations

from typing import Any

from wirewatch.report.html import safe_href
from wirewatch.report.view import (
    actor_name,
    as_dict,
    as_list,
    comment_authors,
    date_label,
    doc_title,
    is_from_body,
    paragraphs,
    place_at,
    place_label,
    quoted_label,
    shorten,
    thread_comments,
    where_label,
)

MAX_BODY_CHARS = 200_000  # longer bodies are cut on the page (the API gives them whole)
MAX_COMMENTS = 2_000
MAP_WIDTH, MAP_HEIGHT = 960, 480
MAP_MIN_SPAN = 8.0  # degrees: a single place still gets some surrounding space


def actor_label(actor: Any) -> str | None:
    a = as_dict(actor)
    name = shorten(a.get("name")) if a.get("name") else None
    country = a.get("country")
    return f"{name} ({country})" if name and country and country != name else name


def source_view(doc_id: str, titles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A citation: the document's title, outlet and date, linked to its page."""
    meta = titles.get(doc_id) or {}
    return {
        "id": doc_id,
        "short": doc_id[:12],
        "title": doc_title(meta),
        "site": meta.get("site"),
        "published": meta.get("published"),
        "href": safe_href(meta.get("url")),
    }


def story_view(story: dict[str, Any], titles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    def cite(doc_id: str) -> dict[str, Any]:
        return source_view(doc_id, titles)

    events = []
    for ev in story["events"]:
        events.append(
            {
                "id": ev["id"],
                "type": ev["type"],
                "source": actor_label(ev["source"]),
                "target": actor_label(ev["target"]),
                "place": place_label(as_dict(ev["location"]) or None),
                "date": date_label(ev["date"]),
                "sources": [cite(d) for d in ev["documents"]],
                "evidence": [
                    {"source": cite(item["document"]), "sentence": item["sentence"]}
                    for item in ev["evidence"]
                ],
            }
        )
    return {
        "id": story["id"],
        "title": shorten(story["title"]) or "(untitled story)",
        "start": story["start"],
        "end": story["end"],
        "documents": [cite(d) for d in story["documents"]],
        "copies": [
            {
                "copy": cite(c["document"]),
                "original": cite(c["original"]) if c["original"] else None,
            }
            for c in story["copies"]
        ],
        "summary": [
            {"sentence": s["sentence"], "source": cite(s["document"])}
            for s in _distinct(story["summary"], "sentence")
        ],
        "events": events,
        "disagreements": [
            {
                "about": d.get("about"),
                "claims": [
                    {"text": c.get("text"), "source": cite(c.get("document") or "")}
                    for c in as_list(d.get("claims"))
                ],
            }
            for d in story["disagreements"]
        ],
        "related": story["related"],
    }


def _distinct(items: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """First item of each ``key`` value: a summary repeats a sentence several events share."""
    seen: set[Any] = set()
    out = []
    for item in items:
        if item[key] not in seen:
            seen.add(item[key])
            out.append(item)
    return out


def document_view(doc: dict[str, Any], links: dict[str, Any]) -> dict[str, Any]:
    """The document page: body and comments kept apart, each event marked with where it was."""
    body = str(doc.get("body") or "")
    authors = comment_authors(doc)
    comments = as_list(doc.get("comments"))[:MAX_COMMENTS]
    return {
        "id": doc.get("id"),
        "title": doc_title(doc),
        "url": doc.get("url"),
        "href": safe_href(doc.get("url")),
        "site": doc.get("site"),
        "published": doc.get("published"),
        "published_from": doc.get("published_from"),
        "language": doc.get("language"),
        "paragraphs": paragraphs(body[:MAX_BODY_CHARS]),
        "truncated": len(body) > MAX_BODY_CHARS,
        "comment_count": len(as_list(doc.get("comments"))),
        "comments": [_comment_view(n, authors) for n in thread_comments(comments)],
        "dropped": [
            {"kind": as_dict(d).get("kind") or "other", "text": as_dict(d).get("text")}
            for d in as_list(doc.get("dropped"))
        ],
        "events": [_event_view(doc, as_dict(e), authors) for e in as_list(doc.get("events"))],
        "quotes": [_quote_view(doc, as_dict(q), authors) for q in as_list(doc.get("quotes"))],
        "links": links,
    }


def _comment_view(node: Any, authors: dict[str, str]) -> dict[str, Any]:
    c = node.comment
    return {
        "id": c.get("id"),
        "author": c.get("author"),
        "posted": c.get("posted"),
        "paragraphs": paragraphs(c.get("text")),
        "quotes": [quoted_label(q, authors) for q in as_list(c.get("quotes"))],
        "orphan": node.orphan,
        "children": [_comment_view(child, authors) for child in node.children],
    }


def _event_view(doc: dict[str, Any], e: dict[str, Any], authors: dict[str, str]) -> dict[str, Any]:
    return {
        "id": e.get("id"),
        "type": e.get("type"),
        "modality": e.get("modality"),
        "source": actor_name(doc, e.get("source"), e.get("source_text")),
        "target": actor_name(doc, e.get("target"), e.get("target_text")),
        "place": place_label(place_at(doc, e.get("location"))),
        "date": date_label(e.get("date")),
        "sentence": e.get("sentence"),
        "where": where_label(e.get("in"), authors),
        "from_comment": not is_from_body(e),
    }


def _quote_view(doc: dict[str, Any], q: dict[str, Any], authors: dict[str, str]) -> dict[str, Any]:
    return {
        "speaker": actor_name(doc, q.get("speaker"), q.get("speaker_text")),
        "text": q.get("text"),
        "kind": q.get("kind"),
        "where": where_label(q.get("in"), authors),
        "from_comment": not is_from_body(q),
    }


def map_view(places: list[dict[str, Any]]) -> dict[str, Any]:
    """Places as points in an equirectangular frame fitted around them (no tiles, no scripts).

    Without a base map the frame is what gives positions meaning, so graticule lines every
    few degrees are drawn with their labels.
    """
    if not places:
        return {"width": MAP_WIDTH, "height": MAP_HEIGHT, "points": [], "grid": []}
    lats = [p["lat"] for p in places]
    lons = [p["lon"] for p in places]
    lat0, lat1 = _padded(min(lats), max(lats), -90.0, 90.0)
    lon0, lon1 = _padded(min(lons), max(lons), -180.0, 180.0)
    most = max(p["events"] for p in places)

    def xy(lat: float, lon: float) -> tuple[float, float]:
        x = (lon - lon0) / (lon1 - lon0) * MAP_WIDTH
        y = (lat1 - lat) / (lat1 - lat0) * MAP_HEIGHT
        return round(x, 1), round(y, 1)

    points = []
    for p in places:
        x, y = xy(p["lat"], p["lon"])
        radius = 3 + 9 * (p["events"] / most) ** 0.5
        label = place_label({"name": p["place"], "country": p["place_country"]}) or "?"
        points.append({**p, "x": x, "y": y, "r": round(radius, 1), "label": label})
    step = _grid_step(max(lat1 - lat0, lon1 - lon0))
    grid = []
    for lon in _ticks(lon0, lon1, step):
        x, _ = xy(lat0, lon)
        grid.append({"x1": x, "y1": 0, "x2": x, "y2": MAP_HEIGHT, "label": f"{lon:g}°"})
    for lat in _ticks(lat0, lat1, step):
        _, y = xy(lat, lon0)
        grid.append({"x1": 0, "y1": y, "x2": MAP_WIDTH, "y2": y, "label": f"{lat:g}°"})
    return {"width": MAP_WIDTH, "height": MAP_HEIGHT, "points": points, "grid": grid}


def _padded(low: float, high: float, floor: float, ceiling: float) -> tuple[float, float]:
    span = max(high - low, MAP_MIN_SPAN)
    middle = (low + high) / 2
    low, high = middle - span * 0.6, middle + span * 0.6
    return max(low, floor), min(high, ceiling)


def _grid_step(span: float) -> float:
    for step in (1.0, 2.0, 5.0, 10.0, 20.0, 30.0):
        if span / step <= 12:
            return step
    return 45.0


def _ticks(low: float, high: float, step: float) -> list[float]:
    first = -(-low // step) * step  # ceil to a multiple of step
    out = []
    value = first
    while value <= high and len(out) < 50:
        out.append(value)
        value += step
    return out
