"""The web pages: what an analyst sees, shown as text (never markup), offline, with 404s."""

from __future__ import annotations

import re

import pytest

from .corpus import FORUM, FORUM_COMMENT, PLEDGE

LIVE_MARKUP = re.compile(r"<\s*(script|b|i)\b", re.IGNORECASE)
EXTERNAL_ASSET = re.compile(r"<(script|link|img|iframe)\b|@import|src=", re.IGNORECASE)


def page(client, path: str) -> str:
    r = client.get(path)
    assert r.status_code == 200, (path, r.status_code)
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def all_pages(client, stories) -> dict[str, str]:
    paths = ["/", "/events", "/map", "/events?q=Kabul"]
    paths += [f"/stories/{s['id']}" for s in stories]
    paths += [f"/documents/{d['id']}" for d in (*PLEDGE, FORUM)]
    return {p: page(client, p) for p in paths}


def test_stored_markup_is_shown_as_text_everywhere(client, stories):
    for path, html in all_pages(client, stories).items():
        assert not LIVE_MARKUP.search(html), path
        assert not re.search(r"(href|src)=\"\s*javascript:", html, re.IGNORECASE), path
    doc = page(client, f"/documents/{FORUM['id']}")
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in doc
    assert "&lt;b&gt;bold&lt;/b&gt;" in doc
    assert 'href="javascript' not in doc  # an unsafe URL is shown, never linked


def test_pages_load_nothing_from_elsewhere(client, stories):
    for path, html in all_pages(client, stories).items():
        assert not EXTERNAL_ASSET.search(html), path
        for link in re.finditer(r'href="https?://[^"]*"(.{0,40})', html):
            assert link.group(1).startswith(' rel="noopener noreferrer nofollow"'), path


def test_story_list_links_every_story(client, stories):
    html = page(client, "/")
    for s in stories:
        assert f'href="/stories/{s["id"]}"' in html


def test_story_page_cites_every_source_with_its_evidence(client, pledge):
    html = page(client, f"/stories/{pledge['id']}")
    for d in PLEDGE:
        assert f'href="/documents/{d["id"]}"' in html
        assert d["events"][0]["sentence"] in html  # evidence sentence, as plain text
        assert d["site"] in html
    assert "Disagreements" in html
    for claim in pledge["disagreements"][0]["claims"]:
        assert claim["text"] in html
    assert "Timeline" in html and "2021-07-09" in html


def test_document_page_keeps_comments_apart_from_the_body(client):
    html = page(client, f"/documents/{FORUM['id']}")
    body = html[html.index('<div class="body">') : html.index("</div>", html.index('class="body"'))]
    comments = html[html.index('<aside class="comments">') : html.index("</aside>")]
    comment_text = "and the police beat people in Kabul."
    assert comment_text in comments and comment_text not in body
    assert "Shops stayed closed &amp; traders said" in body
    assert "Shops stayed closed" not in comments
    assert 'id="comment-c2"' in comments and "Reply to c1." in comments
    assert "comment c1" in html  # the comment-only event says where it was found
    assert FORUM_COMMENT.split("<")[0] in html


def test_document_page_links_its_story(client, stories):
    html = page(client, f"/documents/{PLEDGE[0]['id']}")
    story = next(s for s in stories if PLEDGE[0]["id"] in s["documents"])
    assert f'href="/stories/{story["id"]}"' in html
    assert f'href="{PLEDGE[0]["url"]}" rel="noopener noreferrer nofollow"' in html


def test_events_page_filters_and_keeps_the_form(client):
    html = page(client, "/events?type=PROTEST&country=afg&from=&to=&q=")
    assert "Protesters" in html and "Russia" not in html
    assert 'value="AFG"' in html
    assert '<option value="PROTEST" selected>' in html
    everything = page(client, "/events?limit=2")
    assert "next</a>" in everything and "offset=2" in everything


def test_map_places_every_located_event(client):
    html = page(client, "/map")
    assert html.count("<circle") == 2  # Dushanbe and Kabul
    assert "Dushanbe (TJK)" in html and "Kabul (AFG)" in html
    assert "<svg" in html and "viewBox" in html


@pytest.mark.parametrize(
    "path", ["/stories/S999", "/stories/nope", "/documents/nope", "/documents/" + "f" * 300,
             "/nothing-here"],
)  # fmt: skip
def test_unknown_pages_are_a_clear_html_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "<h1>404</h1>" in r.text and "Traceback" not in r.text


def test_bad_filters_are_a_422_page_naming_the_field(client):
    r = client.get("/events?country=<script>")
    assert r.status_code == 422
    assert "country" in r.text
    assert not LIVE_MARKUP.search(r.text)


def test_a_summary_sentence_shared_by_several_events_is_shown_once():
    from wirewatch.serve.views import story_view

    story = {
        "id": "S1", "title": "t", "start": None, "end": None, "documents": [], "copies": [],
        "events": [], "disagreements": [], "related": [],
        "summary": [{"sentence": "A.", "document": "d1"}, {"sentence": "B.", "document": "d2"},
                    {"sentence": "A.", "document": "d3"}],
    }  # fmt: skip
    view = story_view(story, {})
    assert [(s["sentence"], s["source"]["id"]) for s in view["summary"]] == [
        ("A.", "d1"),
        ("B.", "d2"),
    ]
