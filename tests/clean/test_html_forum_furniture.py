"""Signatures and mobile-app sign-offs are furniture of a member's posts, not what they say."""

from __future__ import annotations

from lxml import html as lxml_html

from wirewatch.clean.forum_furniture import drop_app_signoff, signature_blocks
from wirewatch.clean.html import clean_html

OPENING = "Does anyone know why the northern ferry stopped running after the storm last week?"
REPLIES = [
    ("harbourpilot", "The pier was damaged and the operator is waiting for the engineers' report."),
    ("tidewatcher", "Repairs could take a month, so the bus replacement stays until then."),
    ("saltmarsh", "Our council member promised a consultation before any change to the service."),
]
SIGNATURE = "Visit my shop for hand-made fishing nets and lures, free delivery this month"
SIGNOFF = "Sent from my SM-G991B using Tapatalk"
URL = "https://example.org/forum/local/123-northern-ferry"


def _post(user: str, text: str, minute: int, tail: str = "") -> str:
    return f"""<div class="reply rounded border mt-2 px-4" id="{minute}00">
      <div><div class="head"><b>{user} &middot; <span>12 May 2024 10:{minute:02d}</span></b>
      </div><div class="post-body prose mt-2"><p>{text}{tail}</p>
      <div class="user-signature sig-anon"><p>{SIGNATURE}</p></div></div></div></div>"""


def _page(tail: str = "") -> str:
    posts = "".join(_post(u, t, 11 + i, tail) for i, (u, t) in enumerate(REPLIES))
    return f"""<html><head><title>Northern ferry</title></head><body>
    <div class="thread">
      <div class="op rounded"><h1>Northern ferry</h1>
        <div><p class="head">islander &middot; <span>12 May 2024 10:02</span></p>
        <div class="post-body prose mt-3"><p>{OPENING}</p></div></div></div>
      {posts}
    </div></body></html>"""


def test_signature_blocks_stay_out_of_thread_posts() -> None:
    cleaned = clean_html(_page(), url=URL)
    assert [c.text for c in cleaned.comments] == [t for _, t in REPLIES]


def test_app_signoff_line_is_cut_from_posts() -> None:
    cleaned = clean_html(_page(tail=f"<br><br>{SIGNOFF}"), url=URL)
    assert [c.text for c in cleaned.comments] == [t for _, t in REPLIES]


def test_wrapper_named_for_its_signature_keeps_the_message() -> None:
    # "with-signature" names the post wrapper: the message inside it is still the post.
    content = lxml_html.fromstring(
        f"""<div class="body"><div class="message with-signature"><p>{OPENING}</p>
        <div class="signature">{SIGNATURE}</div></div></div>"""
    )
    found = signature_blocks(content)
    assert [el.get("class") for el in found] == ["signature"]


def test_signature_alone_in_a_post_is_kept() -> None:
    # Nothing else to read: a block that would leave the post empty is not set aside.
    content = lxml_html.fromstring(f'<div><div class="signature">{SIGNATURE}</div></div>')
    assert signature_blocks(content) == set()


def test_signoff_needs_text_before_it_and_a_whole_line() -> None:
    assert drop_app_signoff(f"{OPENING}\n\n{SIGNOFF}") == OPENING
    assert drop_app_signoff(SIGNOFF) == SIGNOFF
    inline = f"I was sent from my office using a van, {OPENING}"
    assert drop_app_signoff(f"{OPENING}\n{inline}") == f"{OPENING}\n{inline}"
