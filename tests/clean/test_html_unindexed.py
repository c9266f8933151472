"""Stretches a page marks googleoff/googleon are cut before posts or the article are read."""

from __future__ import annotations

from wirewatch.clean.html import clean_html
from wirewatch.clean.html_parse import parse_html
from wirewatch.clean.html_text import element_text
from wirewatch.clean.html_unindexed import mark_unindexed, remove_unindexed

STORY = (
    "The northern ferry stopped running after the storm because the pier was damaged, "
    "and the operator says repairs will take at least a month."
)
PROMPT = "Join the club to see the camera settings for this photo"


def _cut(body: str) -> tuple[str, list[str]]:
    root = parse_html(mark_unindexed(f"<html><body>{body}</body></html>"))
    dropped = remove_unindexed(root)
    return " ".join(element_text(root).split()), [d.text for d in dropped]


def test_stretch_between_markers_is_cut_and_recorded() -> None:
    text, dropped = _cut(
        f"<div><p>{STORY}</p><!--googleoff: all--><a href='/join'><i>Join</i></a> the club"
        f" to see the camera settings for this photo <!--googleon: all--> Thanks.</div>"
    )
    assert text == f"{STORY} Thanks."
    assert dropped == [PROMPT]


def test_unpaired_or_crossing_markers_cut_nothing() -> None:
    # The closing marker sits under another parent: where the stretch ends is a guess.
    body = f"<div><!--googleoff: all--><p>{STORY}</p></div><div><!--googleon: all--></div>"
    text, dropped = _cut(body)
    assert text == STORY
    assert dropped == []


def test_anchor_only_marker_keeps_the_words() -> None:
    # "anchor" only withholds link text from link analysis: the words are still content.
    text, dropped = _cut(
        f"<div><!--googleoff: anchor--><p>{STORY}</p><!--googleon: anchor--></div>"
    )
    assert text == STORY
    assert dropped == []


def test_cleaned_page_loses_the_marked_prompt() -> None:
    page = f"""<html><head><title>Northern ferry</title></head><body><article>
      <h1>Northern ferry</h1><p>{STORY}</p><p>{STORY.replace("northern", "southern")}</p>
      <div class="img"><!--googleoff: all-->{PROMPT}<!--googleon: all--></div>
      <p>{STORY.replace("ferry", "bus")}</p></article></body></html>"""
    cleaned = clean_html(page, url="https://example.org/news/2024/ferry")
    assert "camera settings" not in cleaned.body
    assert STORY in cleaned.body
    assert any(PROMPT in d.text for d in cleaned.dropped)
