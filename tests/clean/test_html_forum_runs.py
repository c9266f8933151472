"""Threads from runs of same-template posts that name members without profile links: the
opening post in a template of its own, replies as comments, boxed quotes recorded."""

from __future__ import annotations

from lxml import html as lxml_html

from wirewatch.clean.forum_generic import comment_blocks
from wirewatch.clean.forum_run_post import clean_name, message_box, similar, template
from wirewatch.clean.forum_runs import run_thread
from wirewatch.clean.html import clean_html
from wirewatch.clean.html_parse import parse_html

OPENING = "Does anyone know why the northern ferry stopped running after the storm last week?"
REPLIES = [
    ("harbourpilot", "The pier was damaged and the operator is waiting for the engineers' report."),
    ("tidewatcher", "Repairs could take a month, so the bus replacement stays until then."),
    ("saltmarsh", "Our council member promised a consultation before any change to the service."),
]
NESTED = ("deckhand", "Three winters on nights here: the pay helps, but you lose most weekends.")
URL = "https://example.org/forum/local/123-northern-ferry"


def _reply(user: str, text: str, minute: int, extra: str = "", quote: str = "") -> str:
    return f"""<div class="reply rounded border mt-2 px-4{extra}" id="{minute}00">
      <div><div class="head"><b>{user} &middot; <span>12 May 2024 10:{minute:02d}</span></b>
      </div><button>Options</button>{quote}
      <div class="post-body prose mt-2"><p>{text}</p></div></div></div>"""


def _thread_page(quote_in_last: bool = False) -> str:
    quote = ""
    if quote_in_last:
        # Boxed without any "quote" class: the quoted member's header and text.
        quote = f"""<div class="box grey"><p>{REPLIES[0][0]} &middot;
          <span>12 May 2024 10:11</span></p><div class="post-body prose mt-4">
          <p>{REPLIES[0][1]}</p></div></div>"""
    replies = [
        _reply(REPLIES[0][0], REPLIES[0][1], 11),
        # The opening poster's own reply is highlighted: a few classes differ.
        _reply(REPLIES[1][0], REPLIES[1][1], 12, extra=" highlighted"),
        _reply(REPLIES[2][0], REPLIES[2][1], 13, quote=quote),
    ]
    return f"""<html><head><title>Northern ferry</title></head><body>
    <nav><a href="/talk">Talk</a> <a href="/talk/local">Local</a></nav>
    <div class="thread">
      <div class="op rounded"><div><span class="badge">Original poster</span>
        <h1>Northern ferry</h1></div>
        <div><p class="head">islander &middot; <span>12 May 2024 10:02</span></p>
        <div class="post-body prose mt-3"><p>{OPENING}</p></div></div></div>
      {"".join(replies)}
    </div></body></html>"""


def test_name_only_thread_becomes_opening_post_and_replies() -> None:
    cleaned = clean_html(_thread_page(), url=URL)
    assert cleaned.body == OPENING
    assert cleaned.author == "islander"
    assert [c.text for c in cleaned.comments] == [t for _, t in REPLIES]
    assert [c.author for c in cleaned.comments] == [u for u, _ in REPLIES]
    assert cleaned.comments[0].posted and cleaned.comments[0].posted.startswith("2024-05-12")


def test_headers_and_controls_stay_out_of_post_text() -> None:
    cleaned = clean_html(_thread_page(), url=URL)
    everything = cleaned.body + " ".join(c.text for c in cleaned.comments)
    for noise in ("Original poster", "Options", "12 May", "islander"):
        assert noise not in everything


def test_boxed_repeat_of_an_earlier_post_is_a_quote_not_text() -> None:
    cleaned = clean_html(_thread_page(quote_in_last=True), url=URL)
    last = cleaned.comments[-1]
    assert last.text == REPLIES[2][1]
    assert last.quotes == ["c1"]


def test_runs_are_not_read_on_article_pages() -> None:
    cleaned = clean_html(_thread_page(), url="https://example.org/news/2024/northern-ferry")
    assert cleaned.comments == [] or cleaned.body != OPENING


def test_template_knows_classless_blocks_by_their_id_stem() -> None:
    a, b = (lxml_html.fromstring(f'<div id="postBox{n}">x</div>') for n in (17, 18))
    assert template(a) == template(b) == ("div", frozenset(["#postBox"]))


def test_similar_templates_share_most_classes() -> None:
    base = ("div", frozenset("reply rounded border mt- px-".split()))
    assert similar(base, ("div", base[1] | {"highlighted"}))
    assert not similar(base, ("div", frozenset({"reply", "ad-slot", "hidden"})))
    assert not similar(base, ("li", base[1]))


def test_message_box_is_the_named_block_not_a_lone_paragraph() -> None:
    post = lxml_html.fromstring(
        '<div><div class="head">ana</div><div class="body"><p>Hello there</p></div></div>'
    )
    box = message_box(post, {post[0]})
    assert box.get("class") == "body"


def test_indented_markup_still_counts_as_comment_text() -> None:
    pad = "\n" + " " * 200
    blocks = "".join(
        f'<div class="c">{pad}<a href="/user/u{i}">u{i}</a>{pad}<span>{i} hours ago</span>{pad}'
        f"<p>Comment number {i} says something long enough to count as prose.</p></div>"
        for i in range(1, 4)
    )
    root = lxml_html.fromstring(f"<html><body><div>{blocks}</div></body></html>")
    assert len(comment_blocks(root)) == 3


QUESTION = (
    "I have been offered a place on the night ferry crew and would like to hear from anyone "
    "who has worked those shifts. How do you keep a normal life with friends and family "
    "when you sleep through the day, and is the extra pay worth what it costs you?"
)


def _replies_page(nested: bool = False) -> str:
    """The question rendered apart; replies with a tooltip date, control rows, a login link."""

    def reply(user: str, text: str, n: int) -> str:
        return f"""<article class="js-comment comment-layer" id="c{n}">
          <div class="post-header"><span class="who">{user}</span>
          <span class="when"><span title="May {n}, 2024 - 4:08am">2y</span></span></div>
          <div class="post-body"><div class="comment-content"><p>{text}</p></div>
          <div class="links"><a href="/user/login?destination=/c{n}">Reply</a>
          <a href="/user/login?destination=/c{n}">Report</a></div></div></article>"""

    rows = [reply(u, t, i + 2) for i, (u, t) in enumerate(REPLIES)]
    if nested:
        rows.append(f'<div class="indented">{reply(*NESTED, 9)}</div>')
    return f"""<html><head><title>Night shifts</title></head><body>
    <h1>Night shifts on the ferry</h1><div class="question"><p>{QUESTION}</p></div>
    <section class="comments">{"".join(rows)}</section></body></html>"""


def test_question_rendered_apart_from_the_replies_is_the_opening_post() -> None:
    cleaned = clean_html(_replies_page(), url=URL)
    assert cleaned.body == QUESTION
    assert [c.text for c in cleaned.comments] == [t for _, t in REPLIES]
    assert [c.author for c in cleaned.comments] == [u for u, _ in REPLIES]
    everything = " ".join(c.text for c in cleaned.comments)
    assert "Reply" not in everything and "Report" not in everything


def test_replies_indented_below_the_run_are_comments_too() -> None:
    found = run_thread(parse_html(_replies_page(nested=True)))
    assert found is not None and found.thread
    assert [p.text for p in found.posts] == [QUESTION] + [t for _, t in [*REPLIES, NESTED]]


def test_replies_inside_the_question_block_leave_the_page_to_the_extractor() -> None:
    # The question's paragraphs share no block that stays clear of the run: the run is
    # read as the comments, the extractor keeps the main text.
    half = len(QUESTION) // 2
    apart = f"<p>{QUESTION[:half]}</p><p>{QUESTION[half:]}</p>"
    page = _replies_page().replace(f'<div class="question"><p>{QUESTION}</p></div>', apart)
    found = run_thread(parse_html(page))
    assert found is not None and not found.thread
    assert [p.text for p in found.posts] == [t for _, t in REPLIES]


def test_the_run_with_more_text_wins_over_short_comments() -> None:
    notes = "".join(
        f'<li class="note"><span>{n} hours ago</span> short note number {n} on the question</li>'
        for n in range(1, 5)
    )
    answers = "".join(
        f'<div class="answer"><span>{n} hours ago</span><p>{t} {t}</p></div>'
        for n, (_, t) in enumerate(REPLIES, 1)
    )
    page = f"<html><body><ul>{notes}</ul><div>{answers}</div></body></html>"
    found = run_thread(parse_html(page))
    assert found is not None and all(p.element.get("class") == "answer" for p in found.posts)


def test_zebra_striped_posts_form_one_run() -> None:
    rows = "".join(
        f'<div class="blockpost {("rowodd", "roweven")[n % 2]}"><h2><a href="#p{n}">#{n}</a>'
        f' <span>2024-08-0{n} 10:00</span></h2><div class="who">posted by {u}</div>'
        f'<div class="msg"><p>{t}</p></div></div>'
        for n, (u, t) in enumerate(REPLIES, 1)
    )
    found = run_thread(parse_html(f"<html><body><div>{rows}</div></body></html>"))
    assert found is not None
    assert [p.text for p in found.posts] == [t for _, t in REPLIES]
    assert all(p.author is None or not p.author.startswith("#") for p in found.posts)


def test_header_words_and_numbers_are_not_names() -> None:
    assert clean_name("Posted by ana on") == "ana"
    assert clean_name("#12") is None
    assert clean_name("Joined") is None
    assert clean_name("Former Member") == "Former Member"


ANSWERS = [
    "Blackout curtains and a fixed sleeping window made the difference for me; the extra pay "
    "was worth it for two years, not longer, and I would plan the days off in advance.",
    "Three winters on nights here: the pay helps, but you lose most weekends and your friends "
    "stop asking you out after a while, so guard your fixed days off.",
]
REMARKS = [
    "Which route is it, the northern one?",
    "Is the night premium paid monthly?",
    "Good luck!",
]


def _question_page(answers: int) -> str:
    """A question with short remarks under it, then fewer answers than a run needs."""

    def post(cls: str, text: str, n: int, remarks: str = "") -> str:
        return f"""<div class="{cls}"><div class="post-text"><p>{text}</p></div>
          <div class="signature">asked <span>May {n}, 2024</span>
          <a href="/users/{n}/author{n}">author{n}</a></div>
          <ul class="remarks">{remarks}</ul></div>"""

    remarks = "".join(
        f'<li class="remark"><span>{t}</span> &ndash; <a href="/users/{n}/u{n}">u{n}</a>'
        f" <span>May {n}, 2024 at 10:0{n}</span></li>"
        for n, t in enumerate(REMARKS, 1)
    )
    body = "".join(post("answer", t, n) for n, t in enumerate(ANSWERS[:answers], 5))
    return f"""<html><head><title>Night shifts</title></head><body><h1>Night shifts</h1>
    <div id="main">{post("question", QUESTION, 1, remarks)}<h2>{answers} Answers</h2>{body}
    </div></body></html>"""


def test_remarks_under_a_question_are_not_the_thread_when_answers_follow() -> None:
    for answers in (1, 2):
        cleaned = clean_html(_question_page(answers), url=URL)
        everything = cleaned.body + " ".join(c.text for c in cleaned.comments)
        assert QUESTION in everything
        assert all(a in everything for a in ANSWERS[:answers])


def test_remarks_are_the_replies_when_nothing_follows() -> None:
    page = _question_page(0)
    found = run_thread(parse_html(page))
    assert found is not None and found.posts[0].text == QUESTION
