"""An article container holding much more prose than the body kept is extracted again alone."""

from __future__ import annotations

from wirewatch.clean.html import rescue_partial_article
from wirewatch.clean.html_parse import parse_html
from wirewatch.clean.html_region import find_region

STORY = [
    "Shelling hit the eastern district overnight, local officials said on Monday morning.",
    "Residents described explosions near the market and the river crossing before dawn.",
    "The regional governor said two people were wounded and a school was damaged badly.",
    "Repair crews reached the water station by noon and restored supply to most homes.",
    "Aid groups said convoys with food and medicine would try to reach the town on Tuesday.",
    "The ministry said talks on a local ceasefire would resume later in the week in the capital.",
    "Schools in the district will stay closed until engineers have checked every damaged building.",
    "Farmers near the front line said they could not reach their fields for three weeks.",
    "The mayor asked residents to register damaged homes at the town hall by Friday noon.",
]
# The extractor kept only the first paragraph of each section: the body is spread over the
# container, which holds twice the body's prose besides.
KEPT = STORY[::3]
MENU = "<ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(8)) + "</ul>"
TEASER = "Read more: a long teaser about another story that sits outside the article body."


def _page() -> str:
    sections = "".join(
        "<section>" + "".join(f"<p>{p}</p>" for p in STORY[i : i + 3]) + "</section>"
        for i in range(0, len(STORY), 3)
    )
    return (
        f"<html><body><nav>{MENU}</nav><main><div class='story'>{sections}</div></main>"
        f"<aside><p>{TEASER}</p></aside></body></html>"
    )


def test_region_counts_container_prose_the_body_lacks() -> None:
    region = find_region(parse_html(_page()), "\n\n".join(KEPT))
    assert region is not None
    # Twice the body's prose is missing from it.
    assert region.holds_unkept_prose(1.9)
    assert not region.holds_unkept_prose(2.1)


def test_region_of_a_whole_body_has_no_unkept_prose() -> None:
    region = find_region(parse_html(_page()), "\n\n".join(STORY))
    assert region is not None
    assert not region.holds_unkept_prose(0.01)


def test_partial_article_is_extracted_again_from_its_container() -> None:
    root = parse_html(_page())
    body = "\n\n".join(KEPT)
    region = find_region(root, body)
    assert region is not None
    text, again = rescue_partial_article(root, None, region, body)
    for para in STORY:
        assert para in text
    assert TEASER not in text
    assert again is not None and again.box is region.box


def test_body_is_kept_when_the_container_adds_little() -> None:
    root = parse_html(_page())
    body = "\n\n".join(STORY)
    region = find_region(root, body)
    assert region is not None
    assert rescue_partial_article(root, None, region, body) == (body, region)


def test_reader_comments_in_the_container_are_not_unkept_prose() -> None:
    comments = "".join(f"<div class='comment'><p>{p}</p></div>" for p in STORY[1:])
    html = f"<html><body><div class='post'><p>{STORY[0]}</p>{comments}</div></body></html>"
    root = parse_html(html)
    # Three body paragraphs in the post container: its opening and two comments kept.
    region = find_region(root, "\n\n".join(STORY[:3]))
    assert region is not None
    assert region.holds_unkept_prose(0.3)
    posts = [el for el in root.iter("div") if el.get("class") == "comment"]
    assert not region.holds_unkept_prose(0.3, posts)
