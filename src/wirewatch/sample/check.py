"""Compare Document dicts with ``expectations.json``: the golden check for the sample corpus.

Each check returns a list of human-readable failures (empty means the page passes), so a
golden test can print exactly what a pipeline got wrong instead of a bare assertion.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

_SNIPPET = 60  # characters of a snippet quoted in a failure message


def page_key(source_name: str | Path, record: int | None = None) -> str:
    """Expectation key of a page: its file name, or ``file.jsonl#N`` for the N-th record.

    Accepts the ingest layer's ``path/file.jsonl:N`` source names as well.
    """
    name = Path(source_name).name
    head, sep, tail = name.rpartition(":")
    if record is None and sep and tail.isdigit():
        name, record = head, int(tail)
    return f"{name}#{record}" if record is not None else name


def _norm(text: Any) -> str:
    return " ".join(str(text or "").split())


def _cut(text: str) -> str:
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def check_must(doc: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Hard requirements (``must``): title, date, body, comments."""
    must = expected.get("must", {})
    fails: list[str] = []
    if "title" in must and _norm(doc.get("title")) != _norm(must["title"]):
        fails.append(f"title: got {doc.get('title')!r}, want {must['title']!r}")
    fails += _check_dates(doc, must)
    for key in ("url", "site"):
        if key in must and doc.get(key) != must[key]:
            fails.append(f"{key}: got {doc.get(key)!r}, want {must[key]!r}")
    body = _norm(doc.get("body"))
    fails += [
        f"body lacks {_cut(s)!r}" for s in must.get("body_contains", []) if _norm(s) not in body
    ]
    fails += [
        f"body has {_cut(s)!r}" for s in must.get("body_not_contains", []) if _norm(s) in body
    ]
    if "comments" in must:
        fails += check_comments(doc.get("comments") or [], must["comments"])
    return fails


def _check_dates(doc: dict[str, Any], must: dict[str, Any]) -> list[str]:
    fails = []
    day = str(doc.get("published") or "")[:10]
    if "published_date" in must and day != must["published_date"]:
        fails.append(f"published: got {doc.get('published')!r}, want {must['published_date']}")
    if day and day in must.get("published_not", []):
        fails.append(f"published: picked the trap date {day}")
    if "published_from" in must and doc.get("published_from") != must["published_from"]:
        got, want = doc.get("published_from"), must["published_from"]
        fails.append(f"published_from: got {got!r}, want {want!r}")
    return fails


def check_comments(comments: list[dict[str, Any]], want: dict[str, Any]) -> list[str]:
    """Count, authors, parents (by index), posted prefixes, quoting, texts."""
    fails: list[str] = []
    if len(comments) != want.get("count", len(comments)):
        return [f"comments: got {len(comments)}, want {want['count']}"]
    index = {c.get("id"): i for i, c in enumerate(comments)}
    authors = [c.get("author") for c in comments]
    if "authors" in want and authors != want["authors"]:
        fails.append(f"comment authors: got {authors}, want {want['authors']}")
    parents = [index.get(c.get("parent")) if c.get("parent") else None for c in comments]
    if "parents" in want and parents != want["parents"]:
        fails.append(f"comment parents: got {parents}, want {want['parents']}")
    for i, prefix in enumerate(want.get("posted_prefix", [])):
        if not str(comments[i].get("posted") or "").startswith(prefix):
            fails.append(f"comment {i} posted: got {comments[i].get('posted')!r}, want {prefix}…")
    quoting = {q["comment"]: q["quotes"] for q in want.get("quoting", [])}
    for i, c in enumerate(comments):
        got = [q if q == "body" else index.get(q) for q in c.get("quotes") or []]
        expected = [quoting[i]] if i in quoting else []
        if got != expected:
            fails.append(f"comment {i} quotes: got {got}, want {expected}")
    for i, snippet in enumerate(want.get("text_contains", [])):
        if _norm(snippet) not in _norm(comments[i].get("text")):
            fails.append(f"comment {i} lacks {_cut(snippet)!r}")
    for snippet in want.get("text_not_contains", []):
        if any(_norm(snippet) in _norm(c.get("text")) for c in comments):
            fails.append(f"a comment has {_cut(snippet)!r}")
    return fails


def check_should(doc: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Targets (``should``): author, dropped items, events and quotes found in the body."""
    should = expected.get("should", {})
    fails: list[str] = []
    if "author" in should and doc.get("author") != should["author"]:
        fails.append(f"author: got {doc.get('author')!r}, want {should['author']!r}")
    body = _norm(doc.get("body"))
    fails += [f"body has {_cut(s)!r}" for s in should.get("body_not_contains", []) if s in body]
    for want in should.get("dropped", []):
        if not any(
            d.get("kind") == want["kind"] and _norm(want["text_contains"]) in _norm(d.get("text"))
            for d in doc.get("dropped") or []
        ):
            fails.append(f"dropped lacks {want['kind']}: {_cut(want['text_contains'])!r}")
    events = [e for e in doc.get("events") or [] if e.get("in", "body") == "body"]
    for want in should.get("events", []):
        if not any(_event_matches(doc, e, want) for e in events):
            fails.append(f"no event like {want}")
    quotes = [q for q in doc.get("quotes") or [] if q.get("in", "body") == "body"]
    for want in should.get("quotes", []):
        if not any(_quote_matches(doc, q, want) for q in quotes):
            fails.append(f"no quote like {want}")
    return fails


def _actor_text(doc: dict[str, Any], actor_id: Any, written: Any) -> str:
    actors = doc.get("actors") or {}
    actor = (actors.get(actor_id) or {}) if isinstance(actor_id, str) else {}
    return f"{written or ''} | {actor.get('name') or ''}"


def _event_matches(doc: dict[str, Any], e: dict[str, Any], want: dict[str, Any]) -> bool:
    checks = {
        "type": lambda w: e.get("type") == w,
        "modality": lambda w: e.get("modality") == w,
        "fatalities": lambda w: e.get("fatalities") == w,
        "date": lambda w: ((e.get("date") or {}).get("start") or "")[:10] == w,
        "trigger_contains": lambda w: w in (e.get("trigger") or ""),
        "source_text_contains": lambda w: (
            w in _actor_text(doc, e.get("source"), e.get("source_text"))
        ),
        "target_text_contains": lambda w: (
            w in _actor_text(doc, e.get("target"), e.get("target_text"))
        ),
        "location_name": lambda w: _place_name(doc, e.get("location")) == w,
        "acled": lambda w: (e.get("acled") or {}) == w,
    }
    return all(checks[k](v) for k, v in want.items() if k in checks)


def _place_name(doc: dict[str, Any], index: Any) -> str | None:
    places = doc.get("places") or []
    if isinstance(index, int) and 0 <= index < len(places):
        return places[index].get("name")
    return None


def _quote_matches(doc: dict[str, Any], q: dict[str, Any], want: dict[str, Any]) -> bool:
    speaker = _actor_text(doc, q.get("speaker"), q.get("speaker_text"))
    return (
        q.get("kind") == want.get("kind", q.get("kind"))
        and want.get("speaker_contains", "") in speaker
        and _norm(want.get("text_contains", "")) in _norm(q.get("text"))
    )


def check_documents(
    docs: list[dict[str, Any]], pages: dict[str, Any] | None = None
) -> dict[str, dict[str, list[str]]]:
    """``{page key: {"must": [...], "should": [...]}}`` for Document dicts of the sample pages.

    Documents are matched to expectations by ``source_name``; an expected page with no
    document gets a ``must`` failure, so a page the pipeline lost is never silently skipped.
    """
    if pages is None:
        from wirewatch.sample import expectations

        pages = expectations()["pages"]
    out: dict[str, dict[str, list[str]]] = {
        key: {"must": ["no document for this page"], "should": []} for key in pages
    }
    for doc in docs:
        key = page_key(str(doc.get("source_name") or ""))
        if key in pages:
            out[key] = {
                "must": check_must(doc, pages[key]),
                "should": check_should(doc, pages[key]),
            }
    return out
