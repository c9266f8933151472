"""Request dependencies shared by the API and the pages: a connection and the event filter."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request

from wirewatch.serve.data import MAX_OFFSET, MAX_PAGE, EventFilter
from wirewatch.serve.db import open_readonly
from wirewatch.store.queries import parse_story_id

MAX_ID_CHARS = 200
MAX_QUERY_CHARS = 200
# Empty values are allowed because an HTML form sends every field, filled or not.
_DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"


def connection(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection for this request, closed when the response is done."""
    state = request.app.state
    conn = open_readonly(state.db_path, state.query_seconds)
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(connection)]


def event_filter(
    type: Annotated[str | None, Query(max_length=20, pattern=r"^[A-Za-z_]*$")] = None,
    country: Annotated[
        str | None, Query(pattern=r"^([A-Za-z]{3})?$", description="ISO 3166-1 alpha-3")
    ] = None,
    date_from: Annotated[
        str | None, Query(alias="from", pattern=_DATE, description="YYYY[-MM[-DD]]")
    ] = None,
    date_to: Annotated[
        str | None, Query(alias="to", pattern=_DATE, description="YYYY[-MM[-DD]], inclusive")
    ] = None,
    q: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS)] = None,
) -> EventFilter:
    return EventFilter(
        type=type.upper() if type else None,
        country=country.upper() if country else None,
        date_from=date_from or None,
        date_to=date_to or None,
        q=q.strip() or None if q else None,
    )


Filter = Annotated[EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]


def story_number(story_id: str) -> int:
    """The numeric id of "S12"/"12"; anything else is simply not a story here (404)."""
    try:
        if len(story_id) > MAX_ID_CHARS:
            raise ValueError(story_id)
        return parse_story_id(story_id)
    except ValueError:
        raise HTTPException(404, f"no story {story_id[:40]!r}") from None


def document_key(doc_id: str) -> str:
    if len(doc_id) > MAX_ID_CHARS:
        raise HTTPException(404, "no such document")
    return doc_id
