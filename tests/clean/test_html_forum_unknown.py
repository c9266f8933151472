"""Threads on engines no post pattern knows: generic member posts on discussion pages (with
profile panes left out) and threads shipped as an embedded JSON:API payload."""

from __future__ import annotations

import json

from wirewatch.clean.html import clean_html

POSTS = [
    ("harbourpilot", "The ferry timetable changed again and nobody told the island residents."),
    ("tidewatcher", "They posted it on the terminal door on Sunday night, which is hardly notice."),
    ("saltmarsh", "Our council member promised a consultation before any change to the service."),
]


def _post(user: str, text: str, day: int) -> str:
    return f"""<div class="msgRow"><div class="side"><div class="who"><a href="/members/{user}">
{user}</a></div><div>Join Date: Mar 2009</div><div>Location: North Quay</div>
<div>Posts: 1,{day}77</div></div><div class="main"><span>posted {day} days ago</span>
<form><input type="text" name="thanks"><label>Number of thanks to send:</label></form>
<div class="msg"><p>{text}</p></div></div></div>"""


def _forum_page() -> str:
    rows = "".join(_post(u, t, i + 2) for i, (u, t) in enumerate(POSTS))
    return f"<html><head><title>Ferry</title></head><body><h1>Ferry</h1>{rows}</body></html>"


def test_unknown_engine_thread_on_discussion_page_is_read_as_posts() -> None:
    cleaned = clean_html(_forum_page(), url="https://example.org/forum/ferry-timetable")
    assert cleaned.body == POSTS[0][1]
    assert [c.text for c in cleaned.comments] == [t for _, t in POSTS[1:]]
    assert [c.author for c in cleaned.comments] == ["tidewatcher", "saltmarsh"]


def test_profile_pane_and_form_controls_stay_out_of_post_text() -> None:
    cleaned = clean_html(_forum_page(), url="https://example.org/forum/ferry-timetable")
    everything = cleaned.body + " ".join(c.text for c in cleaned.comments)
    for noise in ("Join Date", "Location", "Posts:", "Number of thanks"):
        assert noise not in everything


def _payload_page(payload: dict) -> str:
    return f"""<html><head><title>Ferry</title></head><body><div id="app">Loading</div>
<script id="flarum-json-payload" type="application/json">{json.dumps(payload)}</script>
</body></html>"""


def test_thread_is_read_from_embedded_json_api_payload() -> None:
    included = [
        {"type": "users", "id": str(i), "attributes": {"displayName": u}}
        for i, (u, _) in enumerate(POSTS)
    ]
    # Posts listed out of order: the post number decides the order.
    for i in (2, 0, 1):
        content = f"<p>{POSTS[i][1]}</p>"
        if i == 2:
            content = f"<blockquote><p>{POSTS[1][1]}</p></blockquote>" + content
        included.append(
            {
                "type": "posts",
                "id": str(100 + i),
                "attributes": {
                    "number": i + 1,
                    "createdAt": f"2024-05-0{i + 1}T10:00:00Z",
                    "contentHtml": content,
                },
                "relationships": {"user": {"data": {"type": "users", "id": str(i)}}},
            }
        )
    cleaned = clean_html(_payload_page({"apiDocument": {"data": {}, "included": included}}))
    assert cleaned.body == POSTS[0][1]
    assert cleaned.author == "harbourpilot"
    assert [c.text for c in cleaned.comments] == [POSTS[1][1], POSTS[2][1]]
    assert cleaned.comments[1].quotes == ["c1"]
    assert cleaned.comments[0].posted and cleaned.comments[0].posted.startswith("2024-05-02")


def test_malformed_payload_is_ignored() -> None:
    page = _payload_page({}).replace("{}", "{not json")
    cleaned = clean_html(page)
    assert cleaned.comments == []


def test_short_reply_under_a_long_member_name_is_the_text() -> None:
    rows = "".join(
        f"""<article class="node"><div class="wrap"><div class="head">
<a href="/u/{u}">{u} (they/them)@instance.example</a>
<span>{i + 2} hours ago</span></div><div class="body"><p>{t[:50]}</p></div></div></article>"""
        for i, (u, t) in enumerate(POSTS)
    )
    page = f"<html><head><title>Ferry</title></head><body>{rows}</body></html>"
    cleaned = clean_html(page, url="https://example.org/forum/ferry")
    assert [c.text for c in cleaned.comments] == [t[:50].strip() for _, t in POSTS[1:]]


def test_post_without_profile_link_is_read_through_the_template() -> None:
    rows = [_post(u, t, i + 2) for i, (u, t) in enumerate(POSTS)]
    hidden = _post("quaymaster", "The harbour office says the old timetable returns in May.", 6)
    hidden = hidden.replace(
        '<a href="/members/quaymaster">\nquaymaster</a>', "<span>quaymaster</span>"
    )
    assert "<span>quaymaster</span>" in hidden
    page = f"<html><head><title>Ferry</title></head><body>{''.join(rows[:2])}{hidden}{rows[2]}"
    cleaned = clean_html(page + "</body></html>", url="https://example.org/forum/ferry")
    assert [(c.author, c.text) for c in cleaned.comments] == [
        ("tidewatcher", POSTS[1][1]),
        ("quaymaster", "The harbour office says the old timetable returns in May."),
        ("saltmarsh", POSTS[2][1]),
    ]
