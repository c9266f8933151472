"""The one-pass marker scan answers exactly as plain substring tests do."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirewatch.clean.html_cues import page_markers
from wirewatch.clean.raw_markers import MarkerScan, markers_in

MARKERS = ['id="comment-', "comment_body_", "schema.org/Comment", 'class="post', "elComment_"]
# Short and non-ASCII markers are not indexed: they fall back to a substring test.
OTHERS = ["<p", "coméntario"]
PIECES = st.sampled_from(
    [
        *("<div ", 'id="comment-', "comment", "_body_", "schema.org/", "Comment", 'class="post'),
        *("x", "é", "\U0001f600", "elComm", "ent_", "<p", "coméntario", "\ud800"),
    ]
)


@given(st.lists(PIECES, max_size=12))
def test_scan_agrees_with_substring_tests(pieces: list[str]) -> None:
    html = "".join(pieces)
    scan = MarkerScan(html, frozenset(MARKERS + OTHERS))
    assert [scan.has(m) for m in MARKERS + OTHERS] == [m in html for m in MARKERS + OTHERS]


@given(st.lists(PIECES, max_size=12))
def test_markers_found_at_page_edges_and_overlapping(pieces: list[str]) -> None:
    html = "".join(pieces)
    known = frozenset(MARKERS)
    assert markers_in(html, known) == {m for m in known if m in html}


def test_all_cue_markers_are_scanned_in_one_pass() -> None:
    html = '<div class="post" id="comment-1"><p itemtype="https://schema.org/Comment">hi</p>'
    found = markers_in(html, frozenset(m for m in page_markers() if m.isascii() and len(m) >= 4))
    assert {'class="post', 'id="comment-', "schema.org/Comment"} <= found
    assert "message--post" not in found


def test_scan_reads_the_callers_encoding_of_the_page() -> None:
    html = '<li id="comment-7">café</li>'
    scan = MarkerScan(html, frozenset(MARKERS), html.encode("utf-8"))
    assert scan.has('id="comment-') and not scan.has("elComment_")
