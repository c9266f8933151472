"""URL and feed ingest against a local server: SSRF refusal, redirects, caps, safe XML."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from wirewatch.errors import InputError
from wirewatch.ingest.fetch import FetchLimits, check_target, fetch, pages_from_url, parse_feed

ARTICLE = (
    "<html><head><title>Clashes near the border</title></head><body><article><h1>Clashes "
    "near the border</h1><p>Troops exchanged fire near the border crossing on Friday, "
    "officials said. Two soldiers were wounded.</p></article></body></html>"
)


def feed(port: int) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>One</title><link>http://127.0.0.1:{port}/a1</link>"
        "<pubDate>Fri, 09 Jul 2021 10:00:00 GMT</pubDate></item>"
        f"<item><title>Two</title><link>http://127.0.0.1:{port}/a2</link></item>"
        "</channel></rss>"
    )


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        port = self.server.server_address[1]
        routes = {
            "/a1": ("text/html", ARTICLE),
            "/a2": ("text/html", ARTICLE.replace("Two soldiers", "Three soldiers")),
            "/feed": ("application/rss+xml", feed(port)),
            "/big": ("text/html", "<p>" + "x" * 50_000 + "</p>"),
        }
        if self.path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.end_headers()
            return
        if self.path == "/hop":
            self.send_response(301)
            self.send_header("Location", "/a1")
            self.end_headers()
            return
        if self.path not in routes:
            self.send_error(404)
            return
        ctype, text = routes[self.path]
        data = text.encode()
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


TEST = FetchLimits(allow_private=True, timeout=5)


def test_loopback_private_and_metadata_targets_are_refused():
    for url in ("http://127.0.0.1/", "http://10.0.0.8/", "http://[::1]/", "http://localhost/"):
        with pytest.raises(InputError, match="non-public"):
            check_target(url)
    with pytest.raises(InputError, match="non-public"):
        check_target("http://169.254.169.254/", allow_private=True)
    with pytest.raises(InputError, match="http/https only"):
        check_target("file:///etc/passwd")


def test_local_server_is_refused_without_the_test_switch(server):
    with pytest.raises(InputError, match="non-public"):
        fetch(server + "/a1", FetchLimits(timeout=5))


def test_redirect_targets_are_checked_too(server):
    with pytest.raises(InputError, match=r"169\.254\.169\.254"):
        fetch(server + "/to-metadata", TEST)
    assert fetch(server + "/hop", TEST).url.endswith("/a1")


def test_size_cap(server):
    with pytest.raises(InputError, match="limit"):
        fetch(server + "/big", FetchLimits(allow_private=True, timeout=5, max_bytes=10_000))


def test_feed_entries_become_pages_with_their_dates(server):
    pages = list(pages_from_url(server + "/feed", TEST))
    assert [p.url for p in pages] == [server + "/a1", server + "/a2"]
    assert pages[0].published == "2021-07-09" and pages[0].title == "One"
    assert all(p.html and "soldiers" in p.html for p in pages)


def test_feed_with_entity_declarations_is_refused_unparsed():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title>'
        b"<link>http://example.org/x</link></item></channel></rss>"
    )
    with pytest.raises(InputError, match="entities"):
        parse_feed("http://example.org/feed", bomb, 10)


def test_ingest_of_a_feed_stores_its_pages_once(server, tmp_path):
    from wirewatch.store.ingest import ingest
    from wirewatch.store.sqlite import connect

    db = tmp_path / "w.db"
    first = ingest([server + "/feed"], db, allow_private=True)
    again = ingest([server + "/feed"], db, allow_private=True)
    assert first.failed == [] and first.stored == 2
    assert again.stored == 0 and again.already_stored == 2
    conn = connect(db)
    urls = sorted(r[0] for r in conn.execute("SELECT url FROM documents"))
    assert urls == [server + "/a1", server + "/a2"]
