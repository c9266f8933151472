"""The marker scan answers exactly as plain substring tests do, anchors or not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirewatch.clean.forum_posts import MarkerScan

MARKERS = ['id="comment-', "comment_body_", "schema.org/Comment", 'class="post', "elComment_"]
PIECES = st.sampled_from(
    ["<div ", 'id="comment-', "comment", "_body_", "schema.org/", "Comment", 'class="post', "x"]
)


@given(st.lists(PIECES, max_size=12))
def test_scan_agrees_with_substring_tests(pieces: list[str]) -> None:
    html = "".join(pieces)
    scan = MarkerScan(html)
    assert [scan.has(m) for m in MARKERS] == [m in html for m in MARKERS]
