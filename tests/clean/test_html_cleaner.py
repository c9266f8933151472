"""Behaviour of the HTML cleaner on small hand-written pages (no dataset needed)."""

from __future__ import annotations

import pytest

from wirewatch.clean.errors import CleaningError
from wirewatch.clean.html import clean_html
from wirewatch.clean.meta_dates import to_iso
from wirewatch.clean.meta_html import strip_site_name

PARA = (
    "Troops crossed the border early on Friday, officials said, in a move that drew "
    "condemnation from neighbouring governments and calls for restraint."
)
ARTICLE = f"""<html><head><title>Troops cross border - Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2021-07-09T10:00:00Z">
<meta name="author" content="Lois Lane"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Troops cross border</h1>
<p>{PARA}</p>
<p>The defence ministry said the operation would continue for several days while residents
were urged to stay indoors.</p>
<p>Witnesses reported columns of armoured vehicles moving along the main highway towards the
provincial capital.</p></article>
<div class="related-articles"><h3>Related articles</h3>
<ul><li><a href="/a">Earlier clashes leave two dead in border town</a></li></ul></div>
<div id="comments"><ol class="comment-list">
<li id="comment-11" class="comment depth-1"><article id="div-comment-11" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Alice</b></div>
<div class="comment-metadata"><a href="#c11"><time datetime="2021-07-09T12:00:00+00:00">
July 9, 2021</time></a></div></footer>
<div class="comment-content"><p>This is terrible news for everyone in the region.</p></div>
</article>
<ol class="children"><li id="comment-12" class="comment depth-2"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Bob</b></div>
<div class="comment-metadata"><a><time datetime="2021-07-09T13:00:00+00:00">July 9</time></a>
</div></footer>
<div class="comment-content"><p>I disagree, it was expected for months.</p></div></article>
</li></ol></li></ol>
<div id="respond"><form id="commentform" action="/wp-comments-post.php">
<label>Leave a Reply</label><textarea></textarea></form></div></div>
</body></html>"""


def test_article_with_wordpress_comments() -> None:
    c = clean_html(ARTICLE, url="https://dailyplanet.example/world/x")
    assert c.title == "Troops cross border"
    assert c.published == "2021-07-09T10:00:00+00:00"
    assert c.published_from == "html-meta"
    assert c.author == "Lois Lane"
    assert PARA in c.body
    assert "terrible news" not in c.body and "Related articles" not in c.body
    assert [(x.id, x.author, x.parent) for x in c.comments] == [
        ("c1", "Alice", None),
        ("c2", "Bob", "c1"),
    ]
    assert c.comments[0].text == "This is terrible news for everyone in the region."
    assert c.comments[0].posted == "2021-07-09T12:00:00+00:00"
    assert "I disagree" not in c.comments[0].text  # nested reply is not part of its parent


def test_related_block_and_comment_form_are_dropped() -> None:
    kinds = {d.kind: d.text for d in clean_html(ARTICLE).dropped}
    assert "Earlier clashes" in kinds["related"]
    assert "Leave a Reply" in kinds["comment-form"]
    assert "Home" in kinds["navigation"]


def _xf_post(pid: int, author: str, when: str, body: str) -> str:
    return f"""<article class="message message--post js-post" data-author="{author}"
    data-content="post-{pid}" id="js-post-{pid}">
    <div class="message-cell message-cell--user"><dl><dt>Joined</dt>
    <dd><time datetime="2009-01-01T00:00:00+0000">Jan 1, 2009</time></dd></dl></div>
    <div class="message-cell message-cell--main"><header class="message-attribution">
    <a><time class="u-dt" datetime="{when}">x</time></a></header>
    <div class="message-content"><div class="bbWrapper">{body}</div></div></div></article>"""


XENFORO = f"""<html><head><title>Ceasefire talk | Example Forums</title></head><body>
{
    _xf_post(
        100,
        "opener",
        "2024-03-01T10:00:00+0000",
        "Reports say the ceasefire talks collapsed overnight after shelling resumed.",
    )
}
{
    _xf_post(
        101,
        "replier",
        "2024-03-01T11:00:00+0000",
        '<blockquote class="bbCodeBlock bbCodeBlock--quote" data-source="post: 100">'
        '<div class="bbCodeBlock-title">opener said:</div><div>Reports say the ceasefire '
        "talks collapsed overnight after shelling resumed.</div></blockquote>"
        "Not surprising given the build-up of forces last week.",
    )
}
{
    _xf_post(
        102,
        "third",
        "2024-03-02T09:30:00+0000",
        '<blockquote class="bbCodeBlock bbCodeBlock--quote" data-source="post: 101">'
        "replier said: Not surprising given the build-up of forces last week.</blockquote>"
        "Agreed, the satellite images showed it.",
    )
}
</body></html>"""


def test_xenforo_thread_with_quoted_replies() -> None:
    c = clean_html(XENFORO, url="https://forums.example.com/threads/1")
    assert c.body == "Reports say the ceasefire talks collapsed overnight after shelling resumed."
    assert c.author == "opener"
    assert c.published == "2024-03-01T10:00:00+00:00"  # the post's date, not a join date
    assert c.title == "Ceasefire talk"
    assert [x.author for x in c.comments] == ["replier", "third"]
    assert c.comments[0].text == "Not surprising given the build-up of forces last week."
    assert c.comments[0].quotes == ["body"]
    assert c.comments[1].quotes == ["c1"]
    assert c.comments[1].text == "Agreed, the satellite images showed it."
    assert all(not (x.posted or "").startswith("2009") for x in c.comments)


def _phpbb_post(pid: int, author: str, when: str, body: str) -> str:
    return f"""<div id="p{pid}" class="post has-profile bg2"><div class="inner">
    <dl class="postprofile"><dt><a class="username">{author}</a></dt>
    <dd class="profile-joined"><strong>Joined:</strong> Mon Jan 05, 2015 2:00 pm</dd></dl>
    <div class="postbody"><h3>Re: Shelling</h3>
    <p class="author"><a>by</a> <strong><a class="username">{author}</a></strong> &raquo;
    <time datetime="{when}">date</time></p><div class="content">{body}</div></div></div></div>"""


PHPBB = f"""<html><head><title>Shelling near the plant - Board index</title></head><body>
{_phpbb_post(1, "ann", "2022-08-05T08:00:00+00:00", "Shelling was reported near the plant.")}
{
    _phpbb_post(
        2,
        "ben",
        "2022-08-05T09:00:00+00:00",
        '<blockquote><cite><a href="./viewtopic.php?p=1#p1">ann</a> wrote:</cite>'
        "Shelling was reported near the plant.</blockquote>The IAEA asked for access.",
    )
}
</body></html>"""


def test_phpbb_thread() -> None:
    c = clean_html(PHPBB)
    assert c.body == "Shelling was reported near the plant."
    assert c.published == "2022-08-05T08:00:00+00:00"
    assert len(c.comments) == 1
    reply = c.comments[0]
    assert (reply.author, reply.text, reply.quotes) == (
        "ben",
        "The IAEA asked for access.",
        ["body"],
    )


DISCOURSE = """<html><head><title>Port closures - Community</title></head><body>
<div id="post_1" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url"><span itemprop="name">mod</span></a></span>
<time itemprop="datePublished" datetime="2023-05-01T12:00:00Z" class="post-time">May 1</time>
</div><div class="post" itemprop="text"><p>The port was closed to shipping on Monday.</p></div>
</div>
<div id="post_2" itemprop="comment" itemscope itemtype="http://schema.org/Comment"
 class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url"><span itemprop="name">sailor</span></a></span>
<time itemprop="datePublished" datetime="2023-05-01T15:00:00Z" class="post-time">May 1</time>
</div><div class="post" itemprop="text"><aside class="quote" data-post="1">
<blockquote><p>The port was closed to shipping on Monday.</p></blockquote></aside>
<p>Ships are waiting offshore.</p></div></div></body></html>"""


def test_discourse_crawler_view() -> None:
    c = clean_html(DISCOURSE)
    assert c.body == "The port was closed to shipping on Monday."
    assert c.author == "mod"
    assert [(x.author, x.text, x.quotes) for x in c.comments] == [
        ("sailor", "Ships are waiting offshore.", ["body"])
    ]
    assert c.comments[0].posted == "2023-05-01T15:00:00+00:00"


SCHEMA_THREAD = """<html><body><main>
<div itemscope itemtype="https://schema.org/DiscussionForumPosting" id="t1">
<h1 itemprop="headline">Curfew extended</h1>
<span itemprop="author" itemscope itemtype="https://schema.org/Person">
<span itemprop="name">reporter1</span></span>
<meta itemprop="datePublished" content="2020-06-02">
<div itemprop="articleBody">The curfew was extended until Friday, the mayor announced.</div>
<div itemprop="comment" itemscope itemtype="https://schema.org/Comment" id="r1">
<span itemprop="author">citizen</span>
<meta itemprop="datePublished" content="2020-06-02T20:00:00Z">
<div itemprop="text">Shops will stay closed again.</div></div>
</div></main></body></html>"""


def test_schema_org_discussion_forum_posting_microdata() -> None:
    c = clean_html(SCHEMA_THREAD)
    assert c.body == "The curfew was extended until Friday, the mayor announced."
    assert c.author == "reporter1"
    assert c.published == "2020-06-02"
    assert [(x.author, x.text) for x in c.comments] == [
        ("citizen", "Shops will stay closed again.")
    ]
    assert c.comments[0].posted == "2020-06-02T20:00:00+00:00"


JSONLD_THREAD = """<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@type": "DiscussionForumPosting",
 "headline": "Aid convoy", "datePublished": "2019-11-03",
 "author": {"@type": "Person", "name": "op"},
 "text": "An aid convoy reached the city after weeks of delay.",
 "comment": [{"@type": "Comment", "text": "Finally some good news.",
              "author": {"@type": "Person", "name": "r"}, "datePublished": "2019-11-04"}]}
</script></head><body><div id="app"></div></body></html>"""


def test_schema_org_discussion_forum_posting_jsonld() -> None:
    c = clean_html(JSONLD_THREAD)
    assert c.body == "An aid convoy reached the city after weeks of delay."
    assert c.title == "Aid convoy" and c.published == "2019-11-03"
    assert [(x.author, x.text, x.posted) for x in c.comments] == [
        ("r", "Finally some good news.", "2019-11-04")
    ]


def test_deep_nesting_is_refused() -> None:
    page = "<html><body>" + "<div>" * 10_000 + "deep" + "</div>" * 10_000 + "</body></html>"
    with pytest.raises(CleaningError) as err:
        clean_html(page)
    assert "nested too deeply" in err.value.reason


def test_huge_page_is_refused() -> None:
    page = "<html><body>" + "<p>word word word</p>" * 500_000 + "</body></html>"
    with pytest.raises(CleaningError) as err:
        clean_html(page)
    assert "too large" in err.value.reason
    assert isinstance(err.value, ValueError)


def test_empty_page_is_an_error() -> None:
    with pytest.raises(CleaningError):
        clean_html("   ")


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        ("Troops cross border | Daily Planet", "Daily Planet", None, "Troops cross border"),
        ("BBC News - Talks collapse", None, "https://www.bbc.co.uk/news/1", "Talks collapse"),
        ("Russia attacks - live updates", None, None, "Russia attacks - live updates"),
    ],
)
def test_strip_site_name(title: str, site: str | None, url: str | None, expected: str) -> None:
    assert strip_site_name(title, site, url) == expected


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2021-07-09T10:00:00Z", "2021-07-09T10:00:00+00:00"),
        ("2021-07-09T10:00:00+0500", "2021-07-09T10:00:00+05:00"),
        ("Jul 9, 2021 at 4:25 AM", "2021-07-09"),
        ("9 July 2021", "2021-07-09"),
        ("25/12/2020", "2020-12-25"),
        ("05/06/2020", None),  # ambiguous day/month
        ("1766100338", "2025-12-18T23:25:38+00:00"),
        ("yesterday", None),
    ],
)
def test_to_iso(raw: str, iso: str | None) -> None:
    assert to_iso(raw) == iso


THEME_COMMENTS = f"""<html><head><title>Bridge retaken</title>
<meta property="article:published_time" content="2025-03-17T08:00:00Z"></head><body>
<article><h1>Bridge retaken</h1><p>{PARA}</p>
<p>The defence ministry said the operation would continue for several days while residents
were urged to stay indoors.</p></article>
<div class="comments" id="comments"><h4>2 COMMENTS</h4><ol class="comment-list">
<li class="comment even depth-1" id="li-comment-7"><article id="comment-7"><footer>
<cite><a href="https://elsewhere.example" class="url">Ana P.</a></cite>
<a class="comment-link" href="#comment-7"><time datetime="2025-03-17T09:12:44+00:00">
March 17, 2025 at 9:12 am</time></a></footer>
<div class="comment-content"><p>The bridge matters more than the town hall.</p></div>
<div class="comment-meta"><a class="comment-reply-link" href="#comment-7">Reply</a></div>
</article><ol class="children"><li class="comment odd depth-2" id="li-comment-8">
<article id="comment-8"><footer><cite><a href="/author/ed/" class="url">Ed Hale</a></cite>
<a class="comment-link" href="#comment-8"><time datetime="2025-03-17T11:47:03+00:00">
March 17, 2025 at 11:47 am</time></a></footer>
<div class="comment-content"><p>Agreed, and the barges will show it first.</p></div>
<div class="comment-meta"><a class="comment-reply-link" href="#comment-8">Reply</a></div>
</article></li></ol></li></ol>
<div id="respond"><h3>LEAVE A REPLY</h3><form id="commentform" action="/wp-comments-post.php">
<textarea></textarea><div>Please enter your comment!</div></form></div></div>
</body></html>"""


def test_theme_comments_sharing_a_block_with_the_reply_form() -> None:
    # Themes that id the <li> as "li-comment-N" and put the author in a bare <cite>.
    c = clean_html(THEME_COMMENTS)
    assert [(x.id, x.author, x.parent) for x in c.comments] == [
        ("c1", "Ana P.", None),
        ("c2", "Ed Hale", "c1"),
    ]
    assert c.comments[0].text == "The bridge matters more than the town hall."
    assert c.comments[1].posted == "2025-03-17T11:47:03+00:00"
    assert all("Reply" not in x.text for x in c.comments)
    assert "Please enter your comment!" not in c.body
    assert any(
        "Please enter your comment!" in d.text for d in c.dropped if d.kind == "comment-form"
    )


def test_repeated_long_paragraphs_are_kept_once() -> None:
    from wirewatch.clean.html import drop_repeated_paragraphs

    long = "The convoy reached the border crossing at dawn and waited there for six hours."
    body = "\n\n".join([long, "Yes.", "Yes.", long, "It was let through at noon."])
    assert drop_repeated_paragraphs(body) == "\n\n".join(
        [long, "Yes.", "Yes.", "It was let through at noon."]
    )


def test_cut_preview_of_a_paragraph_gives_way_to_the_full_text() -> None:
    from wirewatch.clean.html import drop_repeated_paragraphs

    full = (
        "I come from a small fishing town and have lived by the harbour my whole life, "
        "so the ferry cuts hit us first and hardest."
    )
    preview = full[:90]
    body = "\n\n".join(["Answer one.", preview, full, "Answer two."])
    assert drop_repeated_paragraphs(body) == "\n\n".join(["Answer one.", full, "Answer two."])


def test_metadata_elements_are_collected_in_one_walk() -> None:
    from wirewatch.clean.html_parse import parse_html
    from wirewatch.clean.meta_html import markup_parts

    root = parse_html(
        """<html><head><title>First</title><meta name="a" content="1">
<script type="application/ld+json">{}</script><script>x()</script></head>
<body><h1>Head one</h1><time>no attribute</time><time datetime="2024-05-01">May</time>
<h1>Head two</h1><meta itemprop="datePublished" content="2024-05-01"></body></html>"""
    )
    parts = markup_parts(root)
    assert [m.get("name") or m.get("itemprop") for m in parts.metas] == ["a", "datePublished"]
    assert len(parts.jsonld) == 1
    assert [t.get("datetime") for t in parts.dated_times] == ["2024-05-01"]
    assert parts.title is not None and parts.title.text == "First"
    assert parts.h1 is not None and parts.h1.text == "Head one"


def test_text_normalisation_folds_exactly_what_the_regex_whitespace_class_matches() -> None:
    """Document ids depend on it: the split-based fold must equal NFC + ``\\s+`` folding."""
    import re
    import unicodedata

    from wirewatch.document import normalize_text

    def by_regex(text: str) -> str:
        return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()

    for text in ["  a\u00a0\u2003b\x1c c\u200b\ufeff ", "e\u0301 \u3000 x\n\ty", ""]:
        assert normalize_text(text) == by_regex(text)


def test_headline_repeated_as_first_paragraph_is_left_to_the_title() -> None:
    from wirewatch.clean.html import drop_title_line

    body = "Shelling hits eastern district\n\nShelling hit the district overnight."
    assert drop_title_line(body, "Shelling hits eastern district | Daily Wire") == (
        "Shelling hit the district overnight."
    )
    # A short first line that merely occurs in the title stays; so does a one-paragraph body.
    assert drop_title_line("Shelling\n\nMore text.", "Shelling hits east") == (
        "Shelling\n\nMore text."
    )
    assert drop_title_line("Shelling hits east", "Shelling hits east") == "Shelling hits east"


def test_recall_rescue_is_judged_on_its_deduplicated_text(monkeypatch):
    # A page rendering its story twice (preview and full copy) doubles the recall pass's
    # length without adding text: that must not count as "clearly more text", and a kept
    # rescue must not carry the duplicate paragraphs.
    import types

    from wirewatch.clean import html as cleaner

    para = "The council voted to close the bridge after engineers found cracks in two piers."
    second = "Repairs are expected to start in May and to last for most of the summer."
    short = "\n\n".join([para, second])
    doubled = "\n\n".join([para, second, para, second])

    def fake_extraction(*args, **kwargs):
        return types.SimpleNamespace(text=doubled, comments="")

    monkeypatch.setattr(cleaner.trafilatura, "bare_extraction", fake_extraction)
    doc = types.SimpleNamespace(text=short, comments="")
    kept_doc, body = cleaner._rescue_short_body(None, None, False, doc, short)
    assert kept_doc is doc
    assert body == short

    more = "\n\n".join([para, "Repairs start in May.", "Traffic is diverted via the ring road."])
    monkeypatch.setattr(
        cleaner.trafilatura,
        "bare_extraction",
        lambda *a, **k: types.SimpleNamespace(text=f"{more}\n\n{para}", comments=""),
    )
    _, body = cleaner._rescue_short_body(None, None, False, doc, "Repairs start in May.")
    assert body.count(para) == 1
