"""One static, self-contained HTML report over Document dicts (inline CSS, no scripts).

Every stored string is page text from the open web, so the Jinja environment autoescapes
everything and links are only made for http(s) URLs; a hostile page cannot inject markup or
``javascript:`` links into the analyst's report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from wirewatch.document import document_id
from wirewatch.report.view import (
    CommentNode,
    actor_name,
    as_dict,
    as_list,
    comment_authors,
    coordinates,
    date_label,
    doc_title,
    event_sentence,
    is_from_body,
    paragraphs,
    place_at,
    place_label,
    quoted_label,
    shorten,
    thread_comments,
    where_label,
)

DEFAULT_TITLE = "wirewatch report"
TEMPLATE = "report.html.j2"
MAX_BODY_CHARS = 200_000  # longer bodies are cut in the report (the data is untouched)
SAFE_SCHEMES = ("http://", "https://")


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("wirewatch.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(docs: list[dict[str, Any]], title: str = DEFAULT_TITLE) -> str:
    """The report as one HTML string."""
    views = [_doc_view(as_dict(d), n) for n, d in enumerate(docs, 1)]
    totals = {
        "documents": len(views),
        "comments": sum(v["comment_count"] for v in views),
        "events": sum(len(v["events"]) for v in views),
        "quotes": sum(len(v["quotes"]) for v in views),
        "places": sum(len(v["places"]) for v in views),
    }
    template = _environment().get_template(TEMPLATE)
    return template.render(title=title, docs=views, totals=totals)


def write_html(docs: list[dict[str, Any]], path: str | Path, title: str = DEFAULT_TITLE) -> Path:
    """Render and write the report (UTF-8), creating parent folders; returns the path."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(docs, title=title), encoding="utf-8")
    return out


def safe_href(url: Any) -> str | None:
    """The URL if it is http(s), else None (shown as text, never as a link)."""
    if isinstance(url, str) and url.strip().lower().startswith(SAFE_SCHEMES):
        return url.strip()
    return None


def _doc_view(doc: dict[str, Any], n: int) -> dict[str, Any]:
    body = str(doc.get("body") or "")
    truncated = len(body) > MAX_BODY_CHARS
    authors = comment_authors(doc)
    comments = as_list(doc.get("comments"))
    return {
        "anchor": f"doc-{n}",
        "n": n,
        "title": doc_title(doc),
        "id": shorten(doc.get("id") or (document_id(body) if body else None), 80),
        "url": doc.get("url") or None,
        "href": safe_href(doc.get("url")),
        "site": doc.get("site"),
        "author": doc.get("author"),
        "language": doc.get("language"),
        "published": doc.get("published"),
        "published_from": doc.get("published_from"),
        "paragraphs": paragraphs(body[:MAX_BODY_CHARS]),
        "truncated": truncated,
        "comment_count": len(comments),
        "comments": [_comment_view(node, authors) for node in thread_comments(comments)],
        "dropped": _dropped_view(doc),
        "actors": _actors_view(doc),
        "entities": [_entity_view(as_dict(e), authors) for e in as_list(doc.get("entities"))],
        "places": [_place_view(as_dict(p), authors) for p in as_list(doc.get("places"))],
        "events": [_event_view(doc, as_dict(e), authors) for e in as_list(doc.get("events"))],
        "quotes": [_quote_view(doc, as_dict(q), authors) for q in as_list(doc.get("quotes"))],
    }


def _comment_view(node: CommentNode, authors: dict[str, str]) -> dict[str, Any]:
    c = node.comment
    quotes = [quoted_label(q, authors) for q in as_list(c.get("quotes"))]
    return {
        "id": c.get("id"),
        "author": c.get("author"),
        "posted": c.get("posted"),
        "paragraphs": paragraphs(c.get("text")),
        "quotes": quotes,
        "orphan": node.orphan,
        "parent": c.get("parent"),
        "children": [_comment_view(child, authors) for child in node.children],
    }


def _dropped_view(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Dropped items grouped by kind, in first-seen order."""
    groups: dict[str, list[str]] = {}
    for item in as_list(doc.get("dropped")):
        item = as_dict(item)
        groups.setdefault(str(item.get("kind") or "other"), []).append(str(item.get("text") or ""))
    return [{"kind": kind, "texts": texts} for kind, texts in groups.items()]


def _actors_view(doc: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for actor_id, actor in as_dict(doc.get("actors")).items():
        actor = as_dict(actor)
        rows.append(
            {
                "id": actor_id,
                "name": actor.get("name"),
                "kind": actor.get("kind"),
                "country": actor.get("country"),
                "sector": actor.get("sector"),
                "aliases": ", ".join(str(a) for a in as_list(actor.get("aliases"))),
            }
        )
    return rows


def _entity_view(e: dict[str, Any], authors: dict[str, str]) -> dict[str, Any]:
    return {
        "text": e.get("text"),
        "label": e.get("label"),
        "actor": e.get("actor"),
        "span": _span(e.get("start"), e.get("end")),
        "where": where_label(e.get("in"), authors),
    }


def _place_view(p: dict[str, Any], authors: dict[str, str]) -> dict[str, Any]:
    return {
        "text": p.get("text"),
        "name": p.get("name"),
        "country": p.get("country"),
        "admin1": p.get("admin1"),
        "feature": p.get("feature"),
        "coordinates": coordinates(p),
        "geonameid": p.get("geonameid"),
        "where": where_label(p.get("in"), authors),
    }


def _event_view(doc: dict[str, Any], e: dict[str, Any], authors: dict[str, str]) -> dict[str, Any]:
    acled = as_dict(e.get("acled"))
    acled_text = " / ".join(
        str(v) for v in (acled.get("event_type"), acled.get("sub_event_type")) if v
    )
    return {
        "id": e.get("id"),
        "line": event_sentence(doc, e, with_title=False),
        "type": e.get("type"),
        "mode": e.get("mode"),
        "modality": e.get("modality"),
        "source": actor_name(doc, e.get("source"), e.get("source_text")),
        "target": actor_name(doc, e.get("target"), e.get("target_text")),
        "place": place_label(place_at(doc, e.get("location"))),
        "date": date_label(e.get("date")),
        "trigger": e.get("trigger"),
        "sentence": e.get("sentence"),
        "cameo": e.get("cameo"),
        "acled": acled_text or None,
        "fatalities": e.get("fatalities"),
        "reported_by": actor_name(doc, e.get("reported_by")),
        "confidence": e.get("confidence"),
        "where": where_label(e.get("in"), authors),
        "from_comment": not is_from_body(e),
    }


def _quote_view(doc: dict[str, Any], q: dict[str, Any], authors: dict[str, str]) -> dict[str, Any]:
    span = as_list(q.get("span"))
    return {
        "speaker": actor_name(doc, q.get("speaker"), q.get("speaker_text")),
        "speaker_text": q.get("speaker_text"),
        "text": q.get("text"),
        "kind": q.get("kind"),
        "cue": q.get("cue"),
        "span": _span(*span[:2]) if len(span) >= 2 else "",
        "where": where_label(q.get("in"), authors),
        "from_comment": not is_from_body(q),
    }


def _span(start: Any, end: Any) -> str:
    return f"{start}–{end}" if start is not None and end is not None else ""
