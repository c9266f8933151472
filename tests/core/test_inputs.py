"""Input kinds: text, HTML, .html.gz, JSON/JSONL records, directories and stdin."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.errors import InputError
from wirewatch.ingest.decode import looks_like_html
from wirewatch.ingest.raw import RawPage
from wirewatch.ingest.sources import iter_inputs, pages_from_bytes

HTML = (
    "<!doctype html><html><head><title>Border talks resume</title></head><body>"
    "<article><h1>Border talks resume</h1><p>Negotiators from both countries met in the "
    "border town on Tuesday to discuss the crossing points, officials said.</p><p>The talks "
    "will continue next week, according to the foreign ministry.</p></article></body></html>"
)


def test_kinds_are_detected(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nSome text about a river.")
    (tmp_path / "b.html").write_text(HTML)
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(HTML.encode()))
    (tmp_path / "d.json").write_text(json.dumps([{"text": "One.", "url": "http://x/1"}]))
    (tmp_path / "e.jsonl").write_text(
        json.dumps({"html": HTML, "published": "2021-07-09", "site": "X"}) + "\n"
    )
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    pages = list(iter_inputs([str(tmp_path)]))
    assert all(isinstance(p, RawPage) for p in pages)
    kinds = {Path(p.name.split(":")[0].split("[")[0]).name: p.is_html for p in pages}
    assert kinds == {
        "a.txt": False,
        "b.html": True,
        "c.html.gz": True,
        "d.json": False,
        "e.jsonl": True,
    }
    rec = next(p for p in pages if p.name.endswith("e.jsonl:1"))
    assert rec.published == "2021-07-09" and rec.site == "X"


def test_defaults_fill_missing_metadata_but_records_win() -> None:
    data = (json.dumps({"text": "x y z", "published": "2020-01-01"}) + "\n").encode()
    defaults = {"published": "2021-07-09", "url": "http://example.org/a", "site": None}
    (page,) = pages_from_bytes("r.jsonl", data, defaults, 10_000)
    assert page.published == "2020-01-01" and page.url == "http://example.org/a"


def test_stdin_text_and_jsonl() -> None:
    (page,) = iter_inputs(["-"], stdin=io.BytesIO(b"Headline\n\nBody text."))
    assert page.text and page.name == "-"
    lines = b'{"text": "one"}\n{"text": "two"}\n'
    assert len(list(iter_inputs(["-"], stdin=io.BytesIO(lines)))) == 2


def test_record_errors_name_the_line() -> None:
    data = b'{"text": "ok"}\n[1, 2]\n{"title": "no text"}\n'
    out = list(pages_from_bytes("f.jsonl", data, {}, 10_000))
    assert isinstance(out[0], RawPage)
    assert isinstance(out[1], InputError) and out[1].name == "f.jsonl:2"
    assert isinstance(out[2], InputError) and "neither" in out[2].reason


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    for item in pages_from_bytes("fuzz.txt", data, {}, 1_000):
        assert isinstance(item, RawPage | InputError)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {"text": st.text(min_size=1).filter(str.strip)},
            optional={"url": st.text(), "site": st.text(), "title": st.text()},
        ),
        min_size=1,
        max_size=5,
    )
)
def test_jsonl_records_round_trip(records: list[dict]) -> None:
    data = "\n".join(json.dumps(r) for r in records).encode()
    pages = list(pages_from_bytes("r.jsonl", data, {}, 10_000_000))
    assert [p.text for p in pages] == [r["text"] for r in records]
    assert [p.url for p in pages] == [r.get("url") or None for r in records]


def test_html_sniffing() -> None:
    assert looks_like_html(HTML)
    assert looks_like_html("<div>hi</div>")
    assert not looks_like_html("Prices rose 3% <2 weeks> after the vote.")
