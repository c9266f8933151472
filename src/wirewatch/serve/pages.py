"""The web UI: server-rendered pages, no scripts, no external assets (works offline)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from wirewatch.serve.data import (
    DEFAULT_PAGE,
    document_json,
    document_links,
    document_titles,
    event_page,
    event_types,
    mapped_places,
    story_count,
    story_rows,
)
from wirewatch.serve.deps import Conn, Filter, Limit, Offset, document_key, story_number
from wirewatch.serve.templating import render
from wirewatch.serve.views import document_view, map_view, story_view
from wirewatch.store.queries import story_json, timeline

router = APIRouter(default_response_class=HTMLResponse)


def _pager(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    """Previous/next links that keep the page's other query parameters."""
    params = {k: v for k, v in request.query_params.items() if k not in {"offset", "limit"}}

    def link(at: int) -> str:
        return "?" + urlencode({**params, "limit": limit, "offset": at})

    return {
        "total": total,
        "first": offset + 1 if total else 0,
        "last": min(offset + limit, total),
        "prev": link(max(0, offset - limit)) if offset > 0 else None,
        "next": link(offset + limit) if offset + limit < total else None,
    }


@router.get("/")
def story_list(request: Request, conn: Conn, limit: Limit = DEFAULT_PAGE, offset: Offset = 0):
    total = story_count(conn)
    return render(
        request,
        "stories.html.j2",
        stories=story_rows(conn, limit, offset),
        pager=_pager(request, total, limit, offset),
    )


@router.get("/stories/{story_id}")
def story_page(story_id: str, request: Request, conn: Conn):
    number = story_number(story_id)
    try:
        story = story_json(conn, number)
        items = timeline(conn, number)
    except KeyError:
        raise HTTPException(404, f"no story {story_id}") from None
    cited = {d for ev in story["events"] for d in ev["documents"]}
    cited |= {d for item in items for d in item["documents"]}
    cited |= set(story["documents"]) | {c["document"] for c in story["copies"]}
    cited |= {c.get("document") for d in story["disagreements"] for c in d.get("claims", [])}
    titles = document_titles(conn, sorted(c for c in cited if c))
    return render(
        request, "story.html.j2", story=story_view(story, titles), timeline=items, titles=titles
    )


@router.get("/events")
def events_page(
    request: Request, conn: Conn, flt: Filter, limit: Limit = DEFAULT_PAGE, offset: Offset = 0
):
    page = event_page(conn, flt, limit, offset)
    return render(
        request,
        "events.html.j2",
        page=page,
        flt=flt,
        types=event_types(conn),
        pager=_pager(request, page["total"], page["limit"], page["offset"]),
    )


@router.get("/map")
def map_page(request: Request, conn: Conn):
    places = mapped_places(conn)
    return render(request, "map.html.j2", map=map_view(places), places=places)


@router.get("/documents/{doc_id}")
def document_page(doc_id: str, request: Request, conn: Conn):
    key = document_key(doc_id)
    try:
        doc = document_json(conn, key)
    except KeyError:
        raise HTTPException(404, "no such document") from None
    return render(request, "document.html.j2", doc=document_view(doc, document_links(conn, key)))
