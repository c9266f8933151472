"""Generic mechanisms of the HTML cleaner: comment lists no pattern knows, implausible post
matches, and the single-pass dropped-block selectors (hand-written pages only)."""

from __future__ import annotations

import pytest

from wirewatch.clean.html import clean_html
from wirewatch.clean.html_cues import parse_selector
from wirewatch.clean.html_dropped import find_dropped
from wirewatch.clean.html_parse import parse_html

STORY = (
    "The council voted on Tuesday to close the river crossing after the flood damaged its "
    "supports, and engineers said repairs would take at least three months to complete."
)
STORY2 = (
    "Residents on the east bank will have to use the northern bridge, which adds about "
    "twenty minutes to most journeys into the town centre, the council said."
)
REPLIES = [
    ("riverwatcher", "Closing it was the right call, the supports looked rotten last spring."),
    ("eastbanker", "Twenty minutes each way is going to hurt the shops on our side of town."),
    ("bridgefan", "Three months sounds optimistic given how long the last repair dragged on."),
]


def _story_page(replies: str) -> str:
    return f"""<html><head><title>Crossing closed</title></head><body>
<article><h1>Crossing closed after flood</h1><p>{STORY}</p><p>{STORY2}</p></article>
<section class="talk"><ol class="talk-list">{replies}</ol></section></body></html>"""


def _reply(user: str, text: str, hours: int) -> str:
    return f"""<li class="talk-item"><div class="talk-head"><a href="/~{user}">{user}</a>
<span title="2024-05-0{hours}">{hours} hours ago</span></div>
<div class="talk-text"><p>{text}</p></div></li>"""


def test_repeated_author_time_blocks_become_comments() -> None:
    html = _story_page("".join(_reply(u, t, i) for i, (u, t) in enumerate(REPLIES, 1)))
    cleaned = clean_html(html, url="https://news.example/story/42")
    assert STORY in cleaned.body
    assert [c.author for c in cleaned.comments] == [u for u, _ in REPLIES]
    assert [c.text for c in cleaned.comments] == [t for _, t in REPLIES]
    assert all(t not in cleaned.body for _, t in REPLIES)


def test_two_blocks_are_not_a_comment_list() -> None:
    html = _story_page("".join(_reply(u, t, i) for i, (u, t) in enumerate(REPLIES[:2], 1)))
    assert clean_html(html, url="https://news.example/story/42").comments == []


def test_blocks_without_times_are_not_comments() -> None:
    items = "".join(
        f'<li class="talk-item"><a href="/~{u}">{u}</a><p>{t}</p></li>' for u, t in REPLIES
    )
    assert clean_html(_story_page(items), url="https://news.example/story/42").comments == []


def test_teaser_cards_named_post_are_not_a_forum_thread() -> None:
    cards = "".join(
        f'<div id="p{i}" class="post card"><h3>Teaser {i}</h3><p>{t}</p></div>'
        for i, (_, t) in enumerate(REPLIES, 1)
    )
    html = f"""<html><body><article><h1>Crossing closed</h1><p>{STORY}</p><p>{STORY2}</p>
</article><aside>{cards}</aside></body></html>"""
    cleaned = clean_html(html)
    assert STORY in cleaned.body
    assert cleaned.comments == []


def test_identical_widget_blocks_are_not_comments() -> None:
    widgets = "".join(
        f'<li id="comment-{i}" class="comment"><div class="comment-content">Add Comment</div></li>'
        for i in range(3)
    )
    html = f"""<html><body><article><p>{STORY}</p><p>{STORY2}</p></article>
<ul>{widgets}</ul></body></html>"""
    assert clean_html(html).comments == []


def test_dropped_blocks_outermost_first_in_one_pass() -> None:
    root = parse_html(
        """<html><body><div class="related-box"><nav><a href="/x">Inner link text</a></nav>
<p>Other reading</p></div><figcaption>A flooded street</figcaption>
<form action="/post-comment"><p>Leave a reply</p></form></body></html>"""
    )
    kinds = [d.kind for d in find_dropped(root)]
    assert kinds == ["related", "caption", "comment-form"]


@pytest.mark.parametrize("bad", ["", "[class~=x]", "div > p", "[class*=a][id=b]"])
def test_unsupported_selector_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_selector("other", bad)


def test_link_list_widget_is_not_a_comment_list() -> None:
    from lxml import html as lxml_html

    from wirewatch.clean.forum_generic import mostly_links

    entry = lxml_html.fromstring(
        '<li class="latest"><a href="/threads/1">Shelling reported near the plant overnight</a>'
        ' Latest: <a href="/members/ana.1/">ana</a> Today at 6:23 PM</li>'
    )
    post = lxml_html.fromstring(
        '<div class="msg"><a href="/members/ana.1/">ana</a> 3 hours ago <p>I heard the '
        "shelling from across the river; it went on until dawn and then stopped.</p></div>"
    )
    assert mostly_links(entry)
    assert not mostly_links(post)


class _Doc:
    def __init__(self, text: str) -> None:
        self.text = text


def _fake_extractor(default: str, recall: str):  # stands in for trafilatura's
    def bare_extraction(root, **kw):
        return _Doc(recall if kw.get("favor_recall") else default)

    return bare_extraction


@pytest.mark.parametrize(
    ("default", "recall", "expected"),
    [
        ("Teaser only.", f"{STORY}\n{STORY2}", f"{STORY}\n\n{STORY2}"),  # short: rescued
        (
            "A short teaser line here.",
            "A short teaser line, here.",
            "A short teaser line here.",
        ),  # not clearly longer: kept
        (f"{STORY} {STORY2} " * 3, "x" * 5000, (f"{STORY} {STORY2} " * 3).strip()),  # long
    ],
)
def test_short_body_is_re_extracted_favouring_recall(monkeypatch, default, recall, expected):
    import wirewatch.clean.html as html_mod

    monkeypatch.setattr(html_mod.trafilatura, "bare_extraction", _fake_extractor(default, recall))
    page = f"<html><body><article><p>{STORY}</p></article></body></html>"
    assert clean_html(page).body == expected


def test_element_text_limit_gives_the_same_prefix_as_the_full_text():
    from wirewatch.clean.html_text import element_text

    menu = parse_html(
        "<html><body><nav>"
        + "".join(f"<li><a href='/s{i}'>Section   number {i}</a></li>" for i in range(400))
        + "</nav></body></html>"
    ).find(".//nav")
    full = element_text(menu)
    assert element_text(menu, limit=500) == full[:500]
    assert len(full) > 500


def test_pages_nested_too_deeply_are_refused():
    import pytest

    from wirewatch.clean.errors import CleaningError

    parse_html("<html><body>" + "<div>" * 150 + "x" + "</div>" * 150 + "</body></html>")
    with pytest.raises(CleaningError):
        parse_html("<html><body>" + "<div>" * 250 + "x" + "</div>" * 250 + "</body></html>")
