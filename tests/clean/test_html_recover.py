"""Blocks dropped from among the article's own paragraphs are put back; furniture is not."""

from __future__ import annotations

from wirewatch.clean.html_parse import parse_html
from wirewatch.clean.html_region import refine_region

APPEAL = "Enjoyed this piece? Support our newsroom with a monthly donation today."
STORY = [
    "Shelling hit the eastern district overnight, local officials said on Monday morning.",
    "Residents described explosions near the market and the river crossing before dawn.",
    "The regional governor said two people were wounded and a school was damaged badly.",
    "Repair crews reached the water station by noon and restored supply to most homes.",
]


def _refine(inner: str, body: list[str]) -> list[str]:
    html = f"<html><body><div class='story'>{inner}</div><p>Footer text.</p></body></html>"
    return refine_region(parse_html(html), "\n\n".join(body)).split("\n\n")


def test_short_paragraph_and_list_among_kept_paragraphs_come_back_in_place() -> None:
    inner = (
        f"<p>{STORY[0]}</p><p>Two were hurt.</p><p>{STORY[1]}</p>"
        f"<ul><li>Market hit</li><li>Bridge closed</li></ul><p>{STORY[2]}</p><p>{STORY[3]}</p>"
    )
    assert _refine(inner, STORY) == [
        STORY[0],
        "Two were hurt.",
        STORY[1],
        "- Market hit",
        "- Bridge closed",
        STORY[2],
        STORY[3],
    ]


def test_paragraph_kept_in_pieces_is_not_added_twice() -> None:
    # The extractor splits a paragraph at its line break; the page holds it as one <p>.
    inner = "".join(f"<p>{p}</p>" for p in STORY) + "<p>First line.<br>Second line.</p>"
    body = [*STORY, "First line.\nSecond line."]
    assert _refine(inner, body) == body


def test_captions_link_lists_and_furniture_stay_out() -> None:
    inner = (
        f"<p>{STORY[0]}</p><p><img src='a.jpg'> The market after the strike.</p>"
        f"<p>{STORY[1]}</p><p><a href='/a'>Read more about the district</a></p>"
        f"<p>{STORY[2]}</p><div class='share-tools'><p>Share this story</p></div>"
        f"<p class='author-bio'>Jane Doe covers the east.</p><p>{STORY[3]}</p>"
    )
    assert _refine(inner, STORY) == STORY


def test_blocks_in_another_part_of_the_container_are_not_restored() -> None:
    # Only siblings of kept paragraphs: a card grid nested elsewhere in the box stays out.
    inner = (
        "<div class='text'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
        "<div class='cards'><div><p>Spring sale on garden tools</p></div></div>"
    )
    assert _refine(inner, STORY) == STORY


def test_kept_call_to_action_and_author_box_inside_the_container_are_dropped() -> None:
    inner = (
        f"<p>{STORY[0]}</p><p>{STORY[1]}</p>"
        "<div class='cta-block'><p>Try our field toolkit free for 14 days today.</p></div>"
        f"<p>{STORY[2]}</p><p>{STORY[3]}</p>"
        "<div class='author-bio'><p>Jane Doe has covered the region for a decade.</p></div>"
    )
    body = [
        *STORY[:2],
        "Try our field toolkit free for 14 days today.",
        *STORY[2:],
        "Jane Doe has covered the region for a decade.",
    ]
    assert _refine(inner, body) == STORY


def test_later_chunks_of_a_story_split_by_an_ad_slot_come_back() -> None:
    more = [
        "Aid convoys waited at the checkpoint for most of the afternoon before crossing over.",
        "By evening the first trucks had reached the shelter on the northern edge of town.",
        "Volunteers unloaded flour, blankets and medicine while the generators were refuelled.",
        "The mayor said a second convoy was expected on Wednesday if the road stayed open.",
        "Aid agencies warned that fuel for the water pumps would run out within the week.",
    ]
    chunk = "<div class='chunk'><div class='body'>{}</div></div>"
    html = (
        "<html><body><article>"
        + chunk.format("".join(f"<p>{p}</p>" for p in STORY))
        + "<div class='ad-slot'><p>Advertisement</p></div>"
        + chunk.format("".join(f"<p>{p}</p>" for p in more))
        + "</article></body></html>"
    )
    assert refine_region(parse_html(html), "\n\n".join(STORY)).split("\n\n") == STORY + more


def test_same_class_blocks_without_prose_are_not_story_chunks() -> None:
    chunk = "<div class='chunk'><div class='body'>{}</div></div>"
    html = (
        "<html><body><article>"
        + chunk.format("".join(f"<p>{p}</p>" for p in STORY))
        + chunk.format("<p>Sign up</p><p><a href='/n'>Our newsletter, every morning</a></p>")
        + "</article></body></html>"
    )
    assert refine_region(parse_html(html), "\n\n".join(STORY)).split("\n\n") == STORY


def test_headline_and_header_lines_before_the_story_are_left_to_metadata() -> None:
    html = (
        "<html><body><header><h1>Shelling hits east</h1><p>By Jane Doe, 3 May</p></header>"
        "<p>Intro line kept outside the story box.</p>"
        "<div class='story'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div></body></html>"
    )
    body = ["Shelling hits east", "By Jane Doe, 3 May", "Intro line kept outside the story box."]
    out = refine_region(parse_html(html), "\n\n".join(body + STORY)).split("\n\n")
    assert out == ["Intro line kept outside the story box.", *STORY]


def test_pages_built_of_text_divs_are_located_and_repaired_like_paragraphs() -> None:
    inner = (
        f"<div>{STORY[0]}</div><div>Two were <b>hurt</b>.</div><div>{STORY[1]}</div>"
        f"<div>{STORY[2]}</div><div>{STORY[3]}</div>"
    )
    html = f"<html><body><div class='story'>{inner}</div><div>{APPEAL}</div></body></html>"
    body = "\n\n".join([*STORY, APPEAL])
    assert refine_region(parse_html(html), body).split("\n\n") == [
        STORY[0],
        "Two were hurt.",
        *STORY[1:],
    ]
