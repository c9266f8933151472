"""The JSON API: contract shapes, filters, paging bounds, 404s and clean errors."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from wirewatch.serve.app import create_app
from wirewatch.serve.data import MAX_PAGE
from wirewatch.store.queries import event_rows
from wirewatch.store.sqlite import connect

from .corpus import DOCS, FORUM, PLEDGE

STORY_KEYS = {"id", "title", "documents", "start", "end", "events", "summary", "disagreements"}
EVENT_KEYS = {"type", "source", "target", "location", "date", "documents", "evidence"}


def test_stories_are_story_json(client, stories):
    r = client.get("/api/stories")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-total-count"] == str(len(stories)) == "2"
    for story in r.json():
        assert set(story) >= STORY_KEYS
        assert story["id"].startswith("S")
        for ev in story["events"]:
            assert set(ev) >= EVENT_KEYS
            assert all(set(item) == {"document", "sentence"} for item in ev["evidence"])
        for s in story["summary"]:
            assert set(s) == {"sentence", "document"}
        for d in story["disagreements"]:
            assert {"about", "claims"} <= set(d)


def test_the_pledge_story_cites_every_wire_with_its_sentence(pledge):
    assert set(pledge["documents"]) == {d["id"] for d in PLEDGE}
    (support,) = [e for e in pledge["events"] if e["type"] == "SUPPORT"]
    assert set(support["documents"]) == {d["id"] for d in PLEDGE}
    by_doc = {item["document"]: item["sentence"] for item in support["evidence"]}
    assert by_doc == {d["id"]: d["events"][0]["sentence"] for d in PLEDGE}
    assert support["source"]["name"] == "Russia" and support["location"]["name"] == "Dushanbe"
    assert pledge["disagreements"], "7,000 vs 6,000 troops should be a disagreement"


def test_one_story_by_either_id_form(client, pledge):
    for sid in (pledge["id"], pledge["id"][1:], pledge["id"].lower()):
        r = client.get(f"/api/stories/{sid}")
        assert r.status_code == 200
        assert r.json() == pledge


def test_timeline_lists_events_and_reports_by_date(client, pledge):
    r = client.get(f"/api/stories/{pledge['id']}/timeline")
    assert r.status_code == 200
    items = r.json()
    assert {i["kind"] for i in items} == {"event", "document"}
    dates = [i["date"] for i in items]
    assert dates == sorted(dates)
    assert all({"date", "kind", "documents", "text"} <= set(i) for i in items)


@pytest.mark.parametrize(
    "path",
    ["/api/stories/S999", "/api/stories/999/timeline", "/api/stories/abc",
     "/api/stories/S1x/timeline", "/api/documents/deadbeef", "/api/documents/" + "a" * 500,
     "/api/export/xlsx", "/api/nothing"],
)  # fmt: skip
def test_unknown_ids_are_a_clear_json_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["detail"]
    assert "Traceback" not in r.text


def test_document_json_is_the_stored_document(client):
    r = client.get(f"/api/documents/{FORUM['id']}")
    assert r.status_code == 200
    doc = r.json()
    for key in ("id", "url", "site", "title", "published", "body", "comments", "events", "quotes"):
        assert doc[key] == FORUM[key]


def test_events_page_has_export_rows(client, db):
    r = client.get("/api/events")
    assert r.status_code == 200
    page = r.json()
    assert set(page) == {"total", "limit", "offset", "next_offset", "items"}
    assert page["total"] == sum(len(d["events"]) for d in DOCS) == len(page["items"])
    assert page["next_offset"] is None
    conn = connect(db, create=False)
    try:
        exported = list(event_rows(conn))
    finally:
        conn.close()
    assert page["items"] == exported  # same rows, same fields, same order as the exports


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=protest", {(FORUM["id"], "E1")}),
        ("country=afg", {(FORUM["id"], "E1"), (FORUM["id"], "E2")}),
        ("country=RUS&to=2021-07", {(d["id"], "E1") for d in PLEDGE}),
        ("from=2022", {(FORUM["id"], "E1"), (FORUM["id"], "E2")}),
        ("from=2021-07-10&to=2021-07-10", set()),  # the events are dated 2021-07-09
        ("q=7%2C000 troops", {(PLEDGE[0]["id"], "E1"), (PLEDGE[2]["id"], "E1")}),
        ("q=100%25", {(FORUM["id"], "E1")}),  # % is a literal, not a LIKE wildcard
        ("q=_", set()),
        ("type=&country=&from=&to=&q=", {(d["id"], e["id"]) for d in DOCS for e in d["events"]}),
    ],
)
def test_event_filters(client, query, expected):
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 200, r.text
    page = r.json()
    assert {(e["document"], e["event"]) for e in page["items"]} == expected
    assert page["total"] == len(expected)


def test_event_pages_walk_the_whole_result_once(client):
    seen, offset = [], 0
    while offset is not None:
        page = client.get(f"/api/events?limit=2&offset={offset}").json()
        assert len(page["items"]) <= 2
        seen += [(e["document"], e["event"]) for e in page["items"]]
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) == sum(len(d["events"]) for d in DOCS)
    beyond = client.get("/api/events?offset=1000").json()
    assert beyond["items"] == [] and beyond["next_offset"] is None


@pytest.mark.parametrize(
    "query",
    [f"limit={MAX_PAGE + 1}", "limit=0", "offset=-1", "offset=99999999999", "limit=x",
     "country=RUSS", "country=R1S", "from=yesterday", "to=2021-7-9", "type=<b>",
     "q=" + "x" * 201],
)  # fmt: skip
def test_out_of_bounds_parameters_are_422(client, query):
    for path in ("/api/events", "/api/stories"):
        if path == "/api/stories" and not query.startswith(("limit", "offset")):
            continue
        r = client.get(f"{path}?{query}")
        assert r.status_code == 422, (path, query)
        assert r.json()["detail"] == "invalid request parameters"
        assert r.json()["errors"]


def test_story_pages(client, stories):
    r = client.get("/api/stories?limit=1&offset=1")
    assert r.status_code == 200
    assert r.json() == stories[1:2]
    assert r.headers["x-total-count"] == str(len(stories))
    assert client.get("/api/stories?offset=50").json() == []


def test_exports(client):
    lines = client.get("/api/export/jsonl").text.splitlines()
    records = [json.loads(line) for line in lines]
    assert sum(r["record"] == "document" for r in records) == len(DOCS)
    r = client.get("/api/export/csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == sum(len(d["events"]) for d in DOCS)
    geo = client.get("/api/export/geojson").json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == len(rows)
    assert client.get("/api/export/parquet").content[:4] == b"PAR1"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("path", ["/api/stories", "/api/events", "/api/stories/S1", "/"])
def test_writes_are_not_allowed(client, method, path):
    r = client.request(method.upper(), path, json={"title": "x"})
    assert r.status_code == 405


def test_errors_never_show_a_traceback(db, monkeypatch):
    from wirewatch.serve import api

    def boom(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(api, "event_page", boom)
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        r = c.get("/api/events")
    assert r.status_code == 500
    assert r.json() == {"detail": "internal error"}
    assert "secret" not in r.text and "Traceback" not in r.text


HEAVY = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"


def test_slow_queries_are_stopped_with_a_503(db, monkeypatch):
    from wirewatch.serve import api

    def endless(conn, *args, **kwargs):
        return conn.execute(HEAVY).fetchone()  # never ends on its own

    monkeypatch.setattr(api, "event_page", endless)
    with TestClient(create_app(db, query_seconds=0.2), raise_server_exceptions=False) as c:
        r = c.get("/api/events")
    assert r.status_code == 503
    assert "too long" in r.json()["detail"]


def test_pages_and_api_send_no_script_security_headers(client):
    for path in ("/api/stories", "/", "/api/stories/S999"):
        headers = client.get(path).headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert "script-src" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_loopback_server_refuses_foreign_host_headers(db):
    app = create_app(db, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1") as c:
        assert c.get("/api/stories").status_code == 200
        assert c.get("/api/stories", headers={"host": "evil.example"}).status_code == 400


def test_no_cdn_docs_pages(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404
    assert client.get("/api/openapi.json").json()["info"]["title"] == "wirewatch"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(q=st.text(max_size=40))
@example(q="\x00")  # SQLite's LIKE reads a pattern only up to NUL
def test_any_text_query_is_answered_and_every_hit_contains_it(client, q):
    r = client.get("/api/events", params={"q": q})
    assert r.status_code == 200
    needle = q.strip().lower()
    for e in r.json()["items"]:
        assert needle in e["sentence"].lower()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sid=st.text(min_size=1, max_size=30))
@example(sid="9223372036854775808")  # one past SQLite's largest integer
def test_any_story_id_is_a_story_or_a_404(client, sid):
    r = client.get("/api/stories/" + quote(sid, safe=""))
    assert r.status_code in {200, 404}
