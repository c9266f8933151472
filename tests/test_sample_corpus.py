"""The shipped sample corpus is complete, parseable, fictional, and agrees with its expectations.

These checks guard the golden tests built on ``expectations.json``: every snippet a correct
pipeline must keep is really on the page, and every snippet it must drop is really a trap there.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from lxml import html as lxml_html

from wirewatch.sample import expectations, sample_dir, sample_files
from wirewatch.sample.check import check_documents, check_must, check_should, page_key

REQUIRED_JSONL_KEYS = {"url", "published", "site", "title"}
# Hosts the corpus may point to besides the reserved .example domain (share buttons, schema).
REAL_HOSTS_ALLOWED = {"schema.org", "www.facebook.com", "twitter.com"}
URL = re.compile(r"https?://[^\s\"'<>)]+")


def _visible_text(markup: str) -> str:
    tree = lxml_html.fromstring(markup)
    for bad in tree.xpath("//script | //style"):
        bad.drop_tree()
    return " ".join(tree.text_content().split())


def _pages() -> dict[str, str]:
    """Page key (file name, or ``file.jsonl#N``) -> its text as a reader would see it."""
    out: dict[str, str] = {}
    for path in sample_files():
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for n, line in enumerate(raw.splitlines(), 1):
                rec = json.loads(line)
                text = rec.get("text") or _visible_text(rec["html"])
                out[f"{path.name}#{n}"] = " ".join(f"{rec['title']} {text}".split())
        elif path.suffix == ".html":
            out[path.name] = _visible_text(raw)
        else:
            out[path.name] = " ".join(raw.split())
    return out


def _norm(snippet: str) -> str:
    return " ".join(snippet.split())


def test_sample_files_lists_at_least_eight_nonempty_pages() -> None:
    files = sample_files()
    assert len(files) >= 8
    assert all(isinstance(p, Path) and p.parent == sample_dir() for p in files)
    assert all(p.stat().st_size > 500 for p in files)
    names = {p.name for p in files}
    assert not names & {"README.md", "expectations.json", "__init__.py"}
    assert {".html", ".txt", ".jsonl"} <= {p.suffix for p in files}


def test_jsonl_records_parse_with_required_keys() -> None:
    jsonl = [p for p in sample_files() if p.suffix == ".jsonl"]
    assert jsonl
    records = [json.loads(line) for p in jsonl for line in p.read_text("utf-8").splitlines()]
    assert len(records) >= 2
    assert {"text", "html"} <= {k for r in records for k in r}
    for rec in records:
        assert rec.keys() >= REQUIRED_JSONL_KEYS
        assert bool(rec.get("text")) != bool(rec.get("html"))
        date.fromisoformat(rec["published"][:10])


def test_html_pages_have_realistic_heads() -> None:
    html_pages = [p for p in sample_files() if p.suffix == ".html"]
    assert len(html_pages) >= 3
    dated = 0
    for path in html_pages:
        tree = lxml_html.fromstring(path.read_text("utf-8"))
        assert tree.findtext(".//title"), path.name
        assert tree.xpath("//meta[@name='description']/@content"), path.name
        raw = path.read_text("utf-8")
        dated += "article:published_time" in raw or "datePublished" in raw
    assert dated >= 2


def test_every_page_has_expectations_and_no_stale_ones() -> None:
    assert set(expectations()["pages"]) == set(_pages())


@pytest.mark.parametrize("key", sorted(_pages()))
def test_expected_snippets_are_really_on_the_page(key: str) -> None:
    page = _pages()[key]
    must = expectations()["pages"][key]["must"]
    assert must["title"] in page
    for snippet in must["body_contains"]:
        assert _norm(snippet) in page, snippet
    for snippet in must["body_not_contains"]:
        assert _norm(snippet) in page, f"trap {snippet!r} is not on the page"
    comments = must["comments"]
    for snippet in comments.get("text_contains", []):
        assert _norm(snippet) in page, snippet
    for item in comments.get("quoting", []):
        assert _norm(item["quoted_text"]) in page
    date.fromisoformat(must["published_date"])


@pytest.mark.parametrize("key", sorted(_pages()))
def test_comment_expectations_are_consistent(key: str) -> None:
    comments = expectations()["pages"][key]["must"]["comments"]
    n = comments["count"]
    for field in ("authors", "parents", "posted_prefix", "text_contains"):
        if field in comments:
            assert len(comments[field]) == n, field
    for i, parent in enumerate(comments.get("parents", [])):
        assert parent is None or 0 <= parent < i
    for item in comments.get("quoting", []):
        assert 0 <= item["comment"] < n
        assert item["quotes"] == "body" or 0 <= item["quotes"] < item["comment"]


def test_story_stays_in_march_2025() -> None:
    for page in expectations()["pages"].values():
        published = date.fromisoformat(page["must"]["published_date"])
        assert date(2025, 3, 1) <= published <= date(2025, 3, 31)


def test_corpus_only_links_to_reserved_or_allowed_hosts() -> None:
    for path in sample_files():
        for url in URL.findall(path.read_text("utf-8")):
            host = urlsplit(url).hostname or ""
            assert host.endswith(".example") or host in REAL_HOSTS_ALLOWED, (path.name, url)


def _ideal_document(must: dict) -> dict:
    """A Document dict built straight from the expectations: it must pass them."""
    want = must["comments"]
    quoting = {q["comment"]: q["quotes"] for q in want.get("quoting", [])}
    comments = []
    for i in range(want["count"]):
        parent = want["parents"][i] if "parents" in want else None
        quotes = quoting.get(i)
        comments.append(
            {
                "id": f"c{i}",
                "author": want["authors"][i] if "authors" in want else None,
                "posted": want["posted_prefix"][i] if "posted_prefix" in want else None,
                "parent": None if parent is None else f"c{parent}",
                "quotes": [] if quotes is None else [quotes if quotes == "body" else f"c{quotes}"],
                "text": want["text_contains"][i] if "text_contains" in want else "text",
            }
        )
    return {
        "title": must["title"],
        "published": must["published_date"],
        "published_from": must.get("published_from"),
        "url": must.get("url"),
        "site": must.get("site"),
        "body": "\n\n".join(must["body_contains"]),
        "comments": comments,
    }


@pytest.mark.parametrize("key", sorted(_pages()))
def test_expectations_are_satisfiable_and_checked(key: str) -> None:
    expected = expectations()["pages"][key]
    ideal = _ideal_document(expected["must"])
    assert check_must(ideal, expected) == []
    spoiled = dict(ideal, title="Site name", body=ideal["body"] + "\n\nShare on Facebook Reply")
    fails = check_must(spoiled, expected)
    assert any(f.startswith("title:") for f in fails)


def test_check_reports_trap_dates_and_comment_mistakes() -> None:
    expected = expectations()["pages"]["forum_thread.html"]
    doc = _ideal_document(expected["must"])
    doc["published"] = "2017-02-22"
    doc["comments"][2]["quotes"] = []
    doc["comments"][1]["text"] += " Click to expand..."
    fails = check_must(doc, expected)
    assert "published: picked the trap date 2017-02-22" in fails
    assert "comment 2 quotes: got [], want [0]" in fails
    assert "a comment has 'Click to expand'" in fails


def test_check_should_matches_events_and_quotes() -> None:
    expected = {
        "should": {
            "events": [
                {
                    "type": "SUPPORT",
                    "source_text_contains": "Compact",
                    "location_name": "Tavra",
                    "date": "2025-03-10",
                }
            ],
            "quotes": [
                {"kind": "direct", "speaker_contains": "Marchetti", "text_contains": "act in full"}
            ],
        }
    }
    doc = {
        "actors": {
            "A1": {"name": "Collective Security Compact"},
            "A3": {"name": "Lidia Marchetti"},
        },
        "places": [{"name": "Tavra"}],
        "events": [
            {
                "type": "SUPPORT",
                "source": "A1",
                "location": 0,
                "date": {"start": "2025-03-10"},
                "in": "body",
            }
        ],
        "quotes": [{"kind": "direct", "speaker": "A3", "text": "We will act in full accordance"}],
    }
    assert check_should(doc, expected) == []
    doc["events"][0]["in"] = "comment:c1"
    assert len(check_should(doc, expected)) == 1


def test_page_key_accepts_ingest_source_names() -> None:
    assert page_key("/x/sample/feed_records.jsonl:2") == "feed_records.jsonl#2"
    assert page_key("feed_records.jsonl", 1) == "feed_records.jsonl#1"
    assert page_key(Path("/x/blog_post.html")) == "blog_post.html"


def test_check_documents_flags_lost_pages() -> None:
    pages = expectations()["pages"]
    ideal = dict(_ideal_document(pages["blog_post.html"]["must"]), source_name="/x/blog_post.html")
    result = check_documents([ideal])
    assert result["blog_post.html"]["must"] == []
    assert result["forum_thread.html"]["must"] == ["no document for this page"]
