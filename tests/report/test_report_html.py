"""The static HTML report: contents, threading, and escaping of hostile page text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from report_docs import attack_doc, bare_doc, pledge_doc

from wirewatch.report.html import render_html, safe_href, write_html

SCRIPT = "<script>alert(1)</script>"


def _tree(page: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(page)


def test_stored_text_is_escaped_everywhere() -> None:
    doc = pledge_doc()
    doc["body"] = f"Intro {SCRIPT}\n\nMore"
    doc["title"] = f"Title {SCRIPT}"
    doc["comments"][0]["text"] = f"comment {SCRIPT}"
    doc["comments"][0]["author"] = '<img src=x onerror="alert(1)">'
    doc["dropped"][0]["text"] = SCRIPT
    doc["events"][0]["sentence"] = SCRIPT
    doc["quotes"][0]["text"] = SCRIPT
    doc["actors"]["A2"]["name"] = SCRIPT
    page = render_html([doc], title=f"Report {SCRIPT}")
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    tree = _tree(page)
    assert not tree.xpath("//script")
    assert f"Intro {SCRIPT}" in tree.xpath("string(//div[@class='body']/p[1])")


def test_only_http_urls_become_links() -> None:
    doc = bare_doc()
    doc["url"] = "javascript:alert(1)"
    page = render_html([doc, pledge_doc()])
    tree = _tree(page)
    hrefs = [a.get("href") for a in tree.xpath("//a[@href]")]
    assert "https://wire.example/compact" in hrefs
    assert not any(h.lower().startswith("javascript") for h in hrefs)
    assert "javascript:alert(1)" in tree.text_content()
    assert safe_href(" HTTPS://x.example/ ") == "HTTPS://x.example/"
    assert safe_href("data:text/html,hi") is None


def test_document_sections_are_rendered() -> None:
    tree = _tree(render_html([pledge_doc(), attack_doc()], title="Selva report"))
    text = tree.text_content()
    assert tree.findtext(".//title") == "Selva report"
    assert "2 documents" in text
    assert "published 2025-03-10 (from text)" in " ".join(text.split())
    paragraphs = tree.xpath("//article[@id='doc-1']//div[@class='body']/p/text()")
    assert len(paragraphs) == 2
    assert paragraphs[1].startswith('"We will act')
    assert "Collective Security Compact —[SUPPORT, conditional]→ Varnesia, Tavra (TVR)" in text
    assert "Gunmen —[ASSAULT]→ border guards, 2025-03-07, 7 killed" in text
    assert "44.50, 21.25" in text
    assert "Ostrel" in text  # actor aliases
    assert "PERSON" in text  # entities table


def test_comments_are_threaded_and_quoting_is_marked() -> None:
    tree = _tree(render_html([pledge_doc()]))
    top = tree.xpath("//ol[@class='comments']/li")
    assert [li.get("id") for li in top] == ["doc-1-c1", "doc-1-c3"]
    reply = top[0].xpath("./ol[@class='replies']/li")
    assert [li.get("id") for li in reply] == ["doc-1-c2"]
    assert "quotes c1 (riverwatcher)" in reply[0].text_content()
    assert "quotes the article" in top[1].text_content()
    assert "quoting" in top[1].get("class")
    assert "2025-03-10T12:30" in reply[0].text_content()


def test_comment_events_are_marked_not_mixed_with_news() -> None:
    tree = _tree(render_html([pledge_doc()]))
    rows = tree.xpath("//tr[@class='in-comment']")
    assert len(rows) == 2  # one event, one quote
    assert all("comment c1 by riverwatcher" in r.text_content() for r in rows)


def test_dropped_items_are_collapsed_by_kind() -> None:
    tree = _tree(render_html([pledge_doc()]))
    summaries = [s.text_content() for s in tree.xpath("//details/summary")]
    assert summaries == ["related (1)", "comment-form (1)"]
    assert tree.xpath("//details[@open]") == []


def test_empty_stages_render_gracefully() -> None:
    text = " ".join(_tree(render_html([bare_doc(), {}])).text_content().split())
    for what in ("events", "quotes", "places", "actors", "entities", "comments", "dropped text"):
        assert f"No {what} found yet." in text
    assert "(untitled)" in text
    assert "Empty body." in text
    assert "No documents found yet." in render_html([])


def test_deep_and_cyclic_threads_show_every_comment_once() -> None:
    doc = bare_doc()
    doc["comments"] = [
        {"id": f"c{i}", "text": f"reply {i}", "parent": f"c{i - 1}" if i else None, "quotes": []}
        for i in range(40)
    ] + [
        {"id": "x", "text": "loop x", "parent": "y", "quotes": []},
        {"id": "y", "text": "loop y", "parent": "x", "quotes": []},
    ]
    tree = _tree(render_html([doc]))
    items = tree.xpath("//li[contains(@class, 'comment')]")
    assert sorted(li.get("id") for li in items) == sorted(
        [f"doc-1-c{i}" for i in range(40)] + ["doc-1-x", "doc-1-y"]
    )
    assert max(len(li.xpath("ancestor::li")) for li in items) < 10


def test_report_is_self_contained() -> None:
    page = render_html([pledge_doc()])
    tree = _tree(page)
    assert not tree.xpath("//link[@rel='stylesheet'] | //script | //img | //iframe")
    assert "<style>" in page


def test_write_html_creates_file(tmp_path: Path) -> None:
    out = write_html([pledge_doc()], tmp_path / "sub" / "report.html", title="Selva")
    assert out.exists()
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


_ANY = st.one_of(
    st.none(),
    st.integers(),
    st.text(alphabet="<>&\"'ab/ \n", max_size=12),
    st.lists(st.one_of(st.none(), st.integers(), st.text(max_size=4)), max_size=3),
)


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["title", "body", "url", "published", "comments", "events", "places"]),
        st.one_of(
            _ANY,
            st.lists(
                st.dictionaries(
                    st.sampled_from(["id", "parent", "text", "author", "location", "type", "in"]),
                    _ANY,
                    max_size=4,
                ),
                max_size=4,
            ),
        ),
    )
)
def test_malformed_documents_render_without_markup_injection(doc: dict) -> None:
    page = render_html([doc])
    assert "<script" not in page.lower()
    assert _tree(page).xpath("count(//article)") == 1
