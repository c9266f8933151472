"""Trailing paragraphs from outside the article container are trimmed; the rest is kept."""

from __future__ import annotations

from wirewatch.clean.html_parse import parse_html
from wirewatch.clean.html_region import line_pieces, trim_trailing_outside

STORY = [
    "Shelling hit the eastern district overnight, local officials said on Monday morning.",
    "Residents described explosions near the market and the river crossing before dawn.",
    "The regional governor said two people were wounded and a school was damaged badly.",
    "Repair crews reached the water station by noon and restored supply to most homes.",
]
APPEAL = "Enjoyed this piece? Support our newsroom with a monthly donation today."


def _page(story_html: str, after: str = "") -> str:
    return f"<html><body><div class='story'>{story_html}</div>{after}</body></html>"


def test_trailing_paragraph_from_elsewhere_is_dropped() -> None:
    html = _page("".join(f"<p>{p}</p>" for p in STORY), f"<aside><p>{APPEAL}</p></aside>")
    body = "\n\n".join([*STORY, APPEAL])
    assert trim_trailing_outside(parse_html(html), body) == "\n\n".join(STORY)


def test_outside_paragraph_before_the_story_ends_is_kept() -> None:
    # Only a trailing run is evidence: a box read between story paragraphs stays.
    html = _page("".join(f"<p>{p}</p>" for p in STORY), f"<aside><p>{APPEAL}</p></aside>")
    body = "\n\n".join([*STORY[:2], APPEAL, *STORY[2:]])
    assert trim_trailing_outside(parse_html(html), body) == body


def test_body_without_a_dominant_container_is_left_alone() -> None:
    html = "<html><body>" + "".join(f"<div><p>{p}</p></div>" for p in STORY) + "</body></html>"
    body = "\n\n".join(STORY)
    assert trim_trailing_outside(parse_html(html), body) == body


def test_unlocated_trailing_paragraph_is_kept() -> None:
    html = _page("".join(f"<p>{p}</p>" for p in STORY))
    body = "\n\n".join([*STORY, "A line the page does not hold as one element."])
    assert trim_trailing_outside(parse_html(html), body) == body


def test_paragraph_cut_at_line_breaks_is_located_in_its_container() -> None:
    # One <p> holds three story lines split by <br>; the extractor returns them apart.
    story = (
        f"<p>{STORY[0]}</p><p>{STORY[1]}<br>{STORY[2]}<br><b>{STORY[3][:20]}</b>{STORY[3][20:]}</p>"
    )
    html = _page(story, f"<div class='related'><h3>{APPEAL}</h3></div>")
    body = "\n\n".join([*STORY, APPEAL])
    assert trim_trailing_outside(parse_html(html), body) == "\n\n".join(STORY)


def test_line_pieces_follow_document_order() -> None:
    p = parse_html(
        "<html><body><p>One <a><b>bold</b> link</a> end.<br>Two<br/>Three</p></body></html>"
    )
    assert line_pieces(p.find(".//p")) == ["One bold link end.", "Two", "Three"]
