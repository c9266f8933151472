"""An article the page wraps in menu or header markup is still found; real menus are not."""

from __future__ import annotations

from wirewatch.clean.html import clean_html
from wirewatch.clean.html_parse import parse_html
from wirewatch.clean.html_wrapped import article_wrappers

STORY = [
    "Shelling hit the eastern district overnight, local officials said on Monday morning, "
    "and emergency crews worked through the night to reach the damaged buildings.",
    "Residents described explosions near the market and the river crossing before dawn, "
    "with several families sheltering in basements until the firing stopped at sunrise.",
    "The regional governor said two people were wounded and a school was damaged badly, "
    "adding that classes would move to a neighbouring village for the coming weeks.",
    "Repair crews reached the water station by noon and restored supply to most homes, "
    "although the northern quarter remained without power late into the evening hours.",
    "Aid groups said they had delivered blankets and food to the shelters in the district "
    "and appealed for more volunteers to help clear rubble from the main roads there.",
    "Officials promised an investigation into the attack and said damage assessments "
    "would be published once engineers had inspected the bridge and the rail depot.",
    "Neighbouring towns offered to take in families whose homes were destroyed, and buses "
    "left the district in the afternoon carrying the elderly and mothers with children.",
    "Hospital staff in the regional capital said they had treated a dozen people for cuts "
    "and burns, and that blood donors had queued outside the clinic since early morning.",
    "The railway operator suspended trains on the eastern line while engineers checked the "
    "tracks, and it said replacement buses would run between the two stations until Friday.",
    "Local radio reported that the curfew would be extended by two hours this week, and the "
    "mayor asked shop owners to keep their shutters down after dark until further notice.",
]
FAQ = "".join(
    f"<h3>Question {i}?</h3><p>Answer {i} explains how the relief fund pays families, which "
    "documents are needed and how long a payment takes.</p>"
    for i in range(7)
)
MENU = "<ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul>"


def _story() -> str:
    return "".join(f"<p>{p}</p>" for p in STORY)


def test_article_inside_the_header_menu_is_extracted() -> None:
    # The story sits inside the header's menu; the extractor deletes menus and keeps the FAQ.
    html = (
        f"<html><head><title>Night of shelling</title></head><body><article><header><nav>"
        f"{MENU}<div class='story-body'>{_story()}</div></nav></header>"
        f"<div class='faq'>{FAQ}</div></article></body></html>"
    )
    body = clean_html(html).body
    assert all(p in body for p in STORY)


def test_real_menu_and_footer_are_not_wrappers() -> None:
    html = (
        f"<html><body><nav>{MENU}</nav><div class='story-body'>{_story()}</div>"
        "<footer><p>Copyright the newsroom. All rights reserved.</p></footer></body></html>"
    )
    root = parse_html(html)
    assert article_wrappers(root, 0) == []


def test_wrapper_is_left_alone_when_the_body_already_holds_its_prose() -> None:
    html = f"<html><body><aside><div>{_story()}</div></aside></body></html>"
    root = parse_html(html)
    assert len(article_wrappers(root, 0)) == 1
    assert article_wrappers(root, sum(len(p) for p in STORY)) == []
