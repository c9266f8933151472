"""Forum engines and comment systems read from html_cues.yaml patterns (invented pages)."""

from __future__ import annotations

from wirewatch.clean.html import clean_html

SMF = """<html><head><title>Convoy stopped - Community</title></head><body>
<div id="forumposts"><form>
<div class="windowbg" id="msg101"><div class="post_wrapper">
<div class="poster"><h4><a href="/index.php?action=profile;u=7">ana</a></h4>
<ul class="user_info"><li class="postcount">Posts: 12</li></ul></div>
<div class="postarea"><div class="keyinfo"><div class="postinfo">
<a href="/index.php?msg=101" class="smalltext">June 04, 2024, 11:23:55 AM</a></div></div>
<div class="post"><div class="inner" data-msgid="101" id="msg_101">
The aid convoy was stopped at the checkpoint for six hours.</div></div></div>
<div class="moderatorbar"><div class="signature">Peace to all</div></div>
</div></div>
<div class="windowbg" id="msg102"><div class="post_wrapper">
<div class="poster"><h4><a href="/index.php?action=profile;u=8">ben</a></h4></div>
<div class="postarea"><div class="keyinfo"><div class="postinfo">
<a href="/index.php?msg=102" class="smalltext">June 05, 2024, 09:00:00 AM</a></div></div>
<div class="post"><div class="inner" data-msgid="102" id="msg_102">
<blockquote class="bbc_standard_quote"><cite><a href="/index.php?msg=101">Quote from: ana</a>
</cite>The aid convoy was stopped at the checkpoint for six hours.</blockquote>
It was allowed through in the evening.</div></div></div>
</div></div>
</form></div></body></html>"""


def test_smf_thread_opening_post_and_quoted_reply() -> None:
    c = clean_html(SMF)
    assert c.body == "The aid convoy was stopped at the checkpoint for six hours."
    assert c.author == "ana"
    assert c.published is not None and c.published.startswith("2024-06-04")
    assert [(x.author, x.text, x.quotes) for x in c.comments] == [
        ("ben", "It was allowed through in the evening.", ["body"])
    ]
    assert not c.comment_section


INVISION5 = """<html><head><title>Ceasefire talks - Forums</title></head><body>
<article id="elComment_11" class="ipsEntry js-ipsEntry ipsEntry--post">
<aside class="ipsEntry__author-column"><h3 class="ipsEntry__username">
<a href="/profile/1-ana/">ana</a></h3></aside>
<div class="ipsEntry__post"><time datetime="2024-04-03T09:53:10Z">April 3, 2024</time>
<div class="ipsRichText" data-role="commentContent"><p>Talks resume in Doha next week.</p></div>
</div></article>
<article id="elComment_12" class="ipsEntry js-ipsEntry ipsEntry--post">
<aside class="ipsEntry__author-column"><h3 class="ipsEntry__username">
<a href="/profile/2-ben/">ben</a></h3></aside>
<div class="ipsEntry__post"><time datetime="2024-04-03T11:00:00Z">April 3, 2024</time>
<div class="ipsRichText" data-role="commentContent"><p>Both delegations confirmed.</p></div>
</div></article></body></html>"""


def test_invision_5_entries_are_a_thread() -> None:
    c = clean_html(INVISION5)
    assert c.body == "Talks resume in Doha next week."
    assert [(x.author, x.text, x.posted) for x in c.comments] == [
        ("ben", "Both delegations confirmed.", "2024-04-03T11:00:00+00:00")
    ]


def test_blog_comment_system_is_marked_as_a_comment_section() -> None:
    page = """<html><head><title>How did you start? - Forum</title></head><body>
<article><p>How did everyone here get started with reporting from conflict zones? I began as
a stringer covering local elections and moved on from there over a few years.</p></article>
<ol class="comment-list">
<li id="comment-1" class="comment"><div class="comment-author"><cite class="fn">ana</cite></div>
<div class="comment-content"><p>I started as a photographer.</p></div></li>
<li id="comment-2" class="comment"><div class="comment-author"><cite class="fn">ben</cite></div>
<div class="comment-content"><p>Local radio, then wire services.</p></div></li>
</ol></body></html>"""
    c = clean_html(page, url="https://example.org/forum/how-did-you-start")
    assert [x.author for x in c.comments] == ["ana", "ben"]
    assert c.comment_section
    assert "photographer" not in c.body


def test_consent_dialog_is_cut_and_recorded_as_dropped() -> None:
    legal = (
        "These cookies may be set through our site by our advertising partners. They may be "
        "used by those companies to build a profile of your interests and show you adverts."
    )
    page = f"""<html class="cookie-banner-visible"><head><title>Talks - Forum</title></head>
<body><div id="onetrust-consent-sdk"><div role="dialog" aria-modal="true"><p>{legal}</p>
</div></div><article><p>Negotiators met in Geneva on Tuesday to discuss a ceasefire along the
front line, according to two officials familiar with the talks.</p></article></body></html>"""
    c = clean_html(page, url="https://example.org/forum/thread/1")
    assert "Geneva" in c.body
    assert "advertising partners" not in c.body
    assert not any("advertising partners" in x.text for x in c.comments)
    assert any(d.kind == "other" and "advertising partners" in d.text for d in c.dropped)


BOARD_TABLE = """<html><head><title>Flood relief - Boards</title></head><body>
<table class="board message msg_list"><tbody>
<tr><td class="msg" id="message_501"><div class="msg_infobox">
<span class="user"><a data-username="ana" class="name"><b>ana</b></a></span>
<span class="post_time" title="2/21/2024 5:00:00 AM">2 years ago</span>
<span class="message_num">#1</span></div>
<div class="msg_body_box"><div class="msg_body"><div class="msg_text">
The relief trucks reached the valley this morning.</div>
<div class="signature"><div class="sig_text">Currently playing: chess</div></div>
</div></div></td></tr>
<tr><td class="msg" id="message_502"><div class="msg_infobox">
<span class="user"><a data-username="ben" class="name"><b>ben</b></a></span>
<span class="post_time" title="2/21/2024 6:00:00 AM">2 years ago</span></div>
<div class="msg_body_box"><div class="msg_body"><div class="msg_text">
<cite data-quote-id="501">ana posted...</cite><br>
<blockquote>The relief trucks reached the valley this morning.</blockquote>
Good news, the bridge held.</div>
<div class="signature"><div class="sig_text">Switch FC: 1234</div></div></div></div></td></tr>
</tbody></table></body></html>"""


def test_table_board_messages_leave_signatures_and_quotes_out() -> None:
    c = clean_html(BOARD_TABLE)
    assert c.body == "The relief trucks reached the valley this morning."
    assert c.author == "ana"
    assert [(x.author, x.text, x.quotes) for x in c.comments] == [
        ("ben", "Good news, the bridge held.", ["body"])
    ]


XENFORO1 = """<html><head><title>Road closed - Forums</title></head><body>
<ol class="messageList">
<li id="post-71" class="message" data-author="ana">
<div class="messageUserInfo"><a class="username" href="/members/ana.7/">ana</a>
<dl><dt>Messages:</dt><dd>18</dd></dl></div>
<div class="messageInfo"><div class="messageContent"><article>
<blockquote class="messageText ugc">The coast road is closed after the landslide.</blockquote>
</article></div><div class="messageMeta"><span class="DateTime">May 19, 2024</span></div></div></li>
<li id="post-72" class="message" data-author="ben">
<div class="messageUserInfo"><a class="username" href="/members/ben.8/">ben</a>
<dl><dt>Messages:</dt><dd>7,473</dd></dl></div>
<div class="messageInfo"><div class="messageContent"><article>
<blockquote class="messageText ugc"><div class="bbCodeBlock bbCodeQuote" data-author="ana">
<aside><div class="attribution">ana said: <a href="goto/post?id=71#post-71"
class="AttributionLink">^</a></div><blockquote class="quoteContainer">
The coast road is closed after the landslide.</blockquote></aside></div>
Crews expect to clear it by Friday.</blockquote>
</article></div><div class="messageMeta"><span class="DateTime">May 20, 2024</span></div></div></li>
</ol></body></html>"""


def test_xenforo_1_messages_without_profile_pane() -> None:
    c = clean_html(XENFORO1)
    assert c.body == "The coast road is closed after the landslide."
    assert [(x.author, x.text, x.quotes) for x in c.comments] == [
        ("ben", "Crews expect to clear it by Friday.", ["body"])
    ]


VB3_DIVS = """<html><head><title>Trip report - Forum</title></head><body>
<div id="edit11"><div id="post11"><div class="trow thead">Feb 14, 2026 | 9:07 pm</div>
<div class="tcell alt2"><div id="postmenu_11"><a href="/members/ana.html">ana</a></div>
<div>Join Date: Aug 2008</div><div>Posts: 1,077</div></div>
<div class="tcell alt1"><div id="post_message_11">We landed in Izmir after a long delay.</div></div>
</div></div>
<div id="edit12"><div id="post12"><div class="trow thead">Feb 15, 2026 | 8:00 am</div>
<div class="tcell alt2"><div id="postmenu_12"><a href="/members/ben.html">ben</a></div>
<div>Join Date: Mar 2009</div></div>
<div class="tcell alt1"><div id="post_message_12">
<div><div><label>Quote:</label></div><div class="panel alt2"><div>Originally Posted by
<strong>ana</strong> <a href="/forum/trip.html#post11">view</a></div>
<div>We landed in Izmir after a long delay.</div></div></div>
How long was the delay?</div></div></div></div></body></html>"""


def test_vbulletin_3_div_posts_and_quote_panels() -> None:
    c = clean_html(VB3_DIVS)
    assert c.body == "We landed in Izmir after a long delay."
    assert c.author == "ana"
    assert [(x.author, x.text, x.quotes) for x in c.comments] == [
        ("ben", "How long was the delay?", ["body"])
    ]


FLUXBB = """<html><head><title>Kernel panic - Forums</title></head><body>
<div id="p901" class="blockpost rowodd firstpost"><h2><span>
<a href="viewtopic.php?pid=901#p901">2024-08-03 10:59:47</a></span></h2>
<div class="postleft"><dl><dt><strong>ana</strong></dt><dd>Registered: 2024-01-27</dd>
<dd>Posts: 98</dd></dl></div><div class="postright"><div class="postmsg">
<p>The laptop panics on boot since the last kernel update.</p></div>
<div class="postsignature postmsg"><p>Arch since 2010</p></div></div></div>
<div id="p902" class="blockpost roweven"><h2><span>
<a href="viewtopic.php?pid=902#p902">2024-08-03 14:22:38</a></span></h2>
<div class="postleft"><dl><dt><strong>ben</strong></dt></dl></div>
<div class="postright"><div class="postmsg"><div class="quotebox"><blockquote>
<p>The laptop panics on boot since the last kernel update.</p></blockquote></div>
<p>Boot the LTS kernel and post the journal.</p></div></div></div></body></html>"""


def test_fluxbb_posts_without_signature_or_profile() -> None:
    c = clean_html(FLUXBB)
    assert c.body == "The laptop panics on boot since the last kernel update."
    assert c.published is not None and c.published.startswith("2024-08-03")
    assert [(x.author, x.text, x.quotes) for x in c.comments] == [
        ("ben", "Boot the LTS kernel and post the journal.", ["body"])
    ]


DISCOURSE_ONEBOX = """<html><head><title>News sites - Forum</title></head><body>
<div id="post_1" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator"><a href="/u/ana"><span itemprop="name">ana</span></a></span>
<time datetime="2023-04-05T10:08:12Z">April 5, 2023</time></div>
<div class="post" itemprop="text"><p>Which news site is easy to read?</p></div></div>
<div id="post_2" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator"><a href="/u/ben"><span itemprop="name">ben</span></a></span>
<time datetime="2023-04-05T11:48:18Z">April 5, 2023</time></div>
<div class="post" itemprop="text"><p>Try the learners' edition:</p>
<aside class="onebox allowlistedgeneric"><header>news.example</header>
<article><h3>Learners' News - Homepage</h3><p>Free lessons with every story.</p></article></aside>
</div></div></body></html>"""


def test_link_previews_are_not_what_the_member_wrote() -> None:
    c = clean_html(DISCOURSE_ONEBOX)
    assert [(x.author, x.text) for x in c.comments] == [("ben", "Try the learners' edition:")]


SLASH = """<html><head><title>Kernel language debate</title></head><body>
<article><h1>Kernel language debate</h1><p>A mailing list thread about rewriting the kernel
in another language has been revived this week, with maintainers split on the idea.</p>
</article><ul id="commentlisting">
<li id="tree_1" class="comment full contain"><div class="commentTop"><h4>Rust instead</h4>
<span class="by">by <a href="//example.org/~ana">ana</a></span>
<span class="otherdetails">on Friday January 12, 2024 @11:51AM</span></div>
<div class="commentBody"><div id="comment_body_1"><p>Rust would be the better choice.</p></div>
</div><ul><li id="tree_2" class="comment full contain"><div class="commentTop">
<span class="by">by <a href="//example.org/~ben">ben</a></span>
<span class="otherdetails">on Friday January 12, 2024 @12:05PM</span></div>
<div class="commentBody"><div id="comment_body_2"><p>Rewrites bring new bugs.</p></div></div>
</li><li id="tree_3" class="comment oneline"><div class="commentTop">
<span class="by">by <a href="//example.org/~cy">cy</a></span></div>
<div class="commentBody"><div id="comment_body_3"><p>First!</p></div></div></li></ul></li>
</ul></body></html>"""


def test_slash_comments_shown_in_full_are_read_with_their_parents() -> None:
    c = clean_html(SLASH)
    assert "mailing list thread" in c.body
    assert [(x.author, x.text, x.parent) for x in c.comments] == [
        ("ana", "Rust would be the better choice.", None),
        ("ben", "Rewrites bring new bugs.", "c1"),
    ]
    assert not c.comment_section


REDDIT_LINK_POST = """<html><head><title>Hair grown in lab</title></head><body>
<div class="thing link" data-author="poster" data-fullname="t3_1">
<p class="title"><a class="title" href="https://news.example/hair">
Hair follicles grown in the lab for the first time</a></p>
<p class="tagline">submitted 17 hours ago by poster</p>
<ul class="buttons"><li>47 comments</li><li>share</li><li>save</li></ul></div>
<div class="thing comment" data-author="ana" data-fullname="t1_a"><p class="tagline">
<time datetime="2026-03-01T10:00:00Z">1 hour ago</time></p>
<div class="usertext-body"><div class="md"><p>Might this help with tinnitus too?</p></div></div>
</div></body></html>"""


def test_reddit_link_post_is_represented_by_its_title() -> None:
    c = clean_html(REDDIT_LINK_POST)
    assert c.body == "Hair follicles grown in the lab for the first time"
    assert [(x.author, x.text) for x in c.comments] == [
        ("ana", "Might this help with tinnitus too?")
    ]


def test_reddit_stickied_notice_is_no_reply() -> None:
    sticky = """<div class="thing stickied comment" data-author="AutoModerator"
data-fullname="t1_s"><p class="tagline"><time datetime="2026-03-01T09:00:00Z">2 hours ago</time>
</p><div class="usertext-body"><div class="md"><p>Welcome! Anecdotes go under this comment.
I am a bot, and this action was performed automatically.</p></div></div>
<div class="thing comment" data-author="ben" data-fullname="t1_b"><p class="tagline">
<time datetime="2026-03-01T11:00:00Z">now</time></p><div class="usertext-body"><div class="md">
<p>My uncle lost his hair at twenty.</p></div></div></div></div>"""
    c = clean_html(REDDIT_LINK_POST.replace("</div></body>", "</div>" + sticky + "</body>"))
    assert [(x.author, x.text) for x in c.comments] == [
        ("ana", "Might this help with tinnitus too?"),
        ("ben", "My uncle lost his hair at twenty."),
    ]


MYBB = """<html><head><title>Migrating boards</title></head><body>
<div class="post" id="post_11"><div class="post_author"><div class="author_information">
<span class="largetext"><a href="/user-1.html">ana</a></span></div>
<div class="author_statistics">Posts: 116 Threads: 23 Joined: Feb 2019</div></div>
<div class="post_content"><div class="post_head"><span class="post_date">2019-02-23, 09:14 PM</span>
</div><div class="post_body" id="pid_11">Should we move the board to new software?</div>
<div class="signature">My other board is better</div></div></div>
<div class="post" id="post_12"><div class="post_author"><div class="author_information">
<span class="largetext"><a href="/user-2.html">ben</a></span></div></div>
<div class="post_content"><div class="post_head"><span class="post_date">2019-02-24, 02:31 AM</span>
</div><div class="post_body" id="pid_12"><blockquote class="mycode_quote"><cite>ana Wrote:
<a href="/post-11.html#pid11">go</a></cite>Should we move the board to new software?</blockquote>
Only after a backup.</div></div></div></body></html>"""


def test_mybb_posts_leave_author_statistics_and_signatures_out() -> None:
    c = clean_html(MYBB)
    assert c.body == "Should we move the board to new software?"
    assert c.author == "ana"
    assert [(x.author, x.text, x.quotes) for x in c.comments] == [
        ("ben", "Only after a backup.", ["body"])
    ]


def _xf_post(pid: int, author: str, inner: str) -> str:
    return f"""<article class="message message--post" data-author="{author}"
data-content="post-{pid}" id="js-post-{pid}"><div class="message-attribution">
<time datetime="2024-05-0{pid}T10:00:00+0000">May {pid}, 2024</time></div>
<div class="message-content"><div class="bbWrapper">{inner}</div></div></article>"""


XF_REPLY = """<blockquote class="bbCodeBlock bbCodeBlock--quote" data-source="post: 1">
<div class="bbCodeBlock-content">The bridge reopens on Monday.</div>
<div class="bbCodeBlock-expandLink"><a>Click to expand...</a></div></blockquote>
Only one lane, says the council:
<div class="bbCodeBlock bbCodeBlock--unfurl js-unfurl"><div class="contentRow">
<h3>Council news - Roadworks</h3><div>Schedules for all roadworks.</div>
<div>council.example</div></div></div>"""

XENFORO_CHROME = f"""<html><head><title>Bridge repairs - Forums</title></head><body>
{_xf_post(1, "ana", "The bridge reopens on Monday.")}
{_xf_post(2, "ben", XF_REPLY)}
</body></html>"""


def test_xenforo_link_cards_and_quote_controls_are_left_out() -> None:
    c = clean_html(XENFORO_CHROME)
    assert [(x.author, x.text, x.quotes) for x in c.comments] == [
        ("ben", "Only one lane, says the council:", ["body"])
    ]


def _phpbb_post(pid: int, author: str, inner: str) -> str:
    return f"""<div id="p{pid}" class="post bg2"><div class="postbody">
<p class="author"><a href="./memberlist.php?u={pid}" class="username">{author}</a>
<time datetime="2024-03-0{pid}T08:00:00+00:00">Mar {pid}, 2024</time></p>
<div class="content">{inner}</div></div></div>"""


PHPBB_OPENING = """The router drops the link hourly. The log says:
<div class="codebox"><p>Code: <a href="#">Select all</a></p><pre><code>link down</code></pre></div>
<div class="inline-attachment"><dl class="file"><dt><a href="./download/file.php?id=1">log.zip</a>
</dt><dd>(1.35 KiB) Downloaded 45 times</dd></dl></div>"""

PHPBB_CHROME = f"""<html><head><title>Router logs - Board index</title></head><body>
{_phpbb_post(1, "ana", PHPBB_OPENING)}
{_phpbb_post(2, "ben", "Update the firmware first.")}
</body></html>"""


def test_phpbb_code_box_header_and_attachment_box_are_left_out() -> None:
    c = clean_html(PHPBB_CHROME)
    assert "link down" in c.body
    assert "Select all" not in c.body
    assert "Downloaded" not in c.body and "log.zip" not in c.body
    assert [x.text for x in c.comments] == ["Update the firmware first."]


INVISION_EDITED = """<html><head><title>Ferry times - Forums</title></head><body>
<article id="elComment_21" class="ipsComment"><aside><h3><a href="/profile/1-ana/">ana</a></h3>
</aside><time datetime="2024-02-01T09:00:00Z">February 1</time>
<div data-role="commentContent"><p>The ferry runs twice a day.</p>
<span class="ipsType_light" data-excludequote=""><strong>Edited
<time datetime="2024-02-02T09:00:00Z">February 2</time> by ana</strong>
<a title="see edit history">(see edit history)</a></span></div></article>
<article id="elComment_22" class="ipsComment"><aside><h3><a href="/profile/2-ben/">ben</a></h3>
</aside><time datetime="2024-02-01T10:00:00Z">February 1</time>
<div data-role="commentContent"><p>Not on Sundays.</p></div></article></body></html>"""


def test_invision_edit_notes_are_not_post_text() -> None:
    c = clean_html(INVISION_EDITED)
    assert c.body == "The ferry runs twice a day."
    assert [x.text for x in c.comments] == ["Not on Sundays."]


XF_THEMED = """<html><head><title>Projectors - Forums</title></head><body>
<div itemscope itemtype="https://schema.org/DiscussionForumPosting" id="js-post-1">
<span itemprop="author"><span itemprop="name">ana</span></span>
<time itemprop="datePublished" datetime="2024-01-05T10:00:00Z">Jan 5</time>
<div itemprop="text"><div class="bbWrapper">Which projector for a dark room?</div></div>
<div itemscope itemtype="https://schema.org/Comment" itemprop="comment" id="js-post-2">
<span itemprop="author"><span itemprop="name">ben</span></span>
<time itemprop="datePublished" datetime="2024-01-05T11:00:00Z">Jan 5</time>
<div itemprop="text"><div class="bbWrapper">
<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-content">
Which projector for a dark room?</div>
<div class="bbCodeBlock-expandLink"><a>Click to expand...</a></div></blockquote>
A long-throw model with a dark screen.</div></div></div></div></body></html>"""


def test_schema_thread_with_bbcode_quotes_counts_the_quote_once() -> None:
    c = clean_html(XF_THEMED)
    assert c.body == "Which projector for a dark room?"
    assert [(x.text, x.quotes) for x in c.comments] == [
        ("A long-throw model with a dark screen.", ["body"])
    ]


MICRODATA_META = """<html><head><title>Ferries - Forum</title></head><body>
<div itemscope itemtype="https://schema.org/DiscussionForumPosting">
<span itemprop="author" itemscope itemtype="https://schema.org/Person">
<meta itemprop="name" content="ana"></span>
<meta itemprop="datePublished" content="2023-03-09T14:21:23Z">
<meta itemprop="text" content="The ferry to the island was cancelled again today.">
<table><tr><td>The ferry to the island was cancelled again today.</td></tr>
<tr><td><div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
<span itemprop="author" itemscope itemtype="https://schema.org/Person">
<meta itemprop="name" content="ben"></span>
<meta itemprop="datePublished" content="2023-03-10T08:00:00Z">
<div itemprop="text">It runs on Sundays only now.</div></div></td></tr>
<tr><td><div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
<span itemprop="author" itemscope itemtype="https://schema.org/Person">
<meta itemprop="name" content="cy"></span>
<meta itemprop="datePublished" content="2023-03-11T08:00:00Z">
<div itemprop="text">Take the bus instead.</div></div></td></tr></table>
</div></body></html>"""


def test_microdata_post_text_and_author_in_meta_content() -> None:
    """An opening post whose text and author are <meta content> values is the body, and
    its author is not taken from a reply nested inside it."""
    c = clean_html(MICRODATA_META)
    assert c.body == "The ferry to the island was cancelled again today."
    assert c.author == "ana"
    assert [(x.author, x.text) for x in c.comments] == [
        ("ben", "It runs on Sundays only now."),
        ("cy", "Take the bus instead."),
    ]


def _lemmy_comment(cid: int, author: str, text: str, replies: str = "") -> str:
    return f"""<li class="comment list-unstyled"><article class="details comment-node py-2"
id="comment-{cid}"><div class="ms-2"><div class="d-flex small">
<a class="person-listing" title="{author}" href="/u/{author}"><span>{author}</span></a>
<span class="badge">English</span><span>3<span>·</span></span>
<span class="moment-time" data-tippy-content="Friday, October 4th, 2024 at 3:57:58 PM">1 year
ago</span></div><div class="comment-content"><div class="md-div">{text}</div></div></div>
</article>{f'<ul class="comments">{replies}</ul>' if replies else ""}</li>"""


LEMMY_QUOTING = "<blockquote><p>Reject remote votes</p></blockquote><p>At last!</p>"
LEMMY_REPLY = _lemmy_comment(12, "ana", "<p>It took a while.</p>")

LEMMY = f"""<html><head><title>Release notes - Lemmy</title></head><body>
<div class="post-listing mt-2"><h1>Release notes</h1>
<a class="person-listing" title="ana" href="/u/ana"><span>ana</span></a>
<article id="postContent" class="card"><div class="md-div"><p>What changed this week:</p>
<ul><li><a href="https://git.example/pull/1">Reject remote votes</a></li>
<li><a href="https://git.example/pull/2">Faster search</a></li></ul></div></article></div>
<ul class="comments">
{_lemmy_comment(11, "ben", LEMMY_QUOTING, LEMMY_REPLY)}
{_lemmy_comment(13, "cy", "<p>Thanks for the update.</p>")}
</ul></body></html>"""


def test_lemmy_post_keeps_its_link_list_and_comments_are_a_tree() -> None:
    c = clean_html(LEMMY)
    assert "Reject remote votes" in c.body and "Faster search" in c.body
    assert [(x.id, x.author, x.text, x.parent, x.quotes) for x in c.comments] == [
        ("c1", "ben", "At last!", None, ["body"]),
        ("c2", "ana", "It took a while.", "c1", []),
        ("c3", "cy", "Thanks for the update.", None, []),
    ]
    assert c.comments[0].posted is not None and c.comments[0].posted.startswith("2024-10-04")


def _hn_comment(cid: int, indent: int, author: str, text: str) -> str:
    return f"""<tr class="athing comtr" id="{cid}"><td><table><tr>
<td class="ind" indent="{indent}"><img src="s.gif" height="1" width="{indent * 40}"></td>
<td class="default"><div><span class="comhead">
<a href="user?id={author}" class="hnuser">{author}</a>
<span class="age" title="2024-01-15T1{indent}:00:00 1705312800">
<a href="item?id={cid}">2 hours ago</a></span></span></div>
<div class="comment"><div class="commtext c00">{text}</div>
<div class="reply"><p><a href="reply?id={cid}">reply</a></p></div></div>
</td></tr></table></td></tr>"""


HN = f"""<html><head><title>Ask: shelters near the border? | News board</title></head><body>
<table class="fatitem"><tr class="athing submission" id="100"><td class="title">
<span class="titleline"><a href="item?id=100">Ask: shelters near the border?</a></span></td></tr>
<tr><td class="subtext"><span class="score">12 points</span> by
<a href="user?id=ana" class="hnuser">ana</a>
<span class="age" title="2024-01-15T09:00:00 1705309200">
<a href="item?id=100">3 hours ago</a></span> | <a href="hide?id=100">hide</a></td></tr>
<tr><td><div class="toptext">Which towns still run public shelters this winter?</div></td></tr>
</table><table class="comment-tree">
{_hn_comment(101, 0, "ben", "Two towns opened school gyms.<p>Both accept families.</p>")}
{_hn_comment(102, 1, "cy", "The eastern one is full since Monday.")}
</table></body></html>"""


def test_news_board_item_story_text_is_body_and_comments_are_replies() -> None:
    c = clean_html(HN)
    assert c.body == "Which towns still run public shelters this winter?"
    assert c.author == "ana"
    assert [(x.author, x.text) for x in c.comments] == [
        ("ben", "Two towns opened school gyms.\n\nBoth accept families."),
        ("cy", "The eastern one is full since Monday."),
    ]
    assert c.comments[1].posted is not None and c.comments[1].posted.startswith("2024-01-15T11")
    assert not any("reply" in x.text for x in c.comments)


def test_lemmy_link_post_is_represented_by_its_title() -> None:
    start = LEMMY.index('<article id="postContent"')
    end = LEMMY.index("</article>", start) + len("</article>")
    page = LEMMY[:start] + LEMMY[end:]
    page = page.replace(
        "<h1>Release notes</h1>", '<div class="post-title"><h1>Release notes</h1></div>'
    )
    c = clean_html(page)
    assert c.body == "Release notes"
    # Without the post's text, what the first reply quotes is said nowhere else: it stays.
    assert [x.text for x in c.comments] == [
        "Reject remote votes\n\nAt last!",
        "It took a while.",
        "Thanks for the update.",
    ]


def _fluxbb_post(pid: int, author: str, message: str) -> str:
    return f"""<div id="p{pid}" class="blockpost">
<h2><a href="#p{pid}">2024-01-0{pid} 10:00</a></h2>
<div class="postleft"><dl><dt><a href="/profile.php?id={pid}">{author}</a></dt></dl></div>
<div class="postright"><div class="postmsg">{message}</div></div></div>"""


FLUXBB_OPENING = (
    "<p>The bridge at Kalo was closed on Monday after the flood damaged it.</p>"
    "<div class='quotebox'><blockquote><p>Engineers will inspect it this week.</p>"
    "</blockquote></div>"
)
FLUXBB_REPLY = (
    "<div class='quotebox'><blockquote><p>ana wrote: The bridge at Kalo was closed on Monday"
    " after the flood.</p></blockquote></div><p>The ferry is running.</p>"
)
FLUXBB_ELSEWHERE = (
    "<div class='quotebox'><blockquote><p>dan wrote: trucks wait at the border for three days"
    " now</p></blockquote></div><p>Still waiting.</p>"
)
FLUXBB_QUOTES = (
    "<html><head><title>Road closures - Board</title></head><body>"
    + _fluxbb_post(1, "ana", FLUXBB_OPENING)
    + _fluxbb_post(2, "ben", FLUXBB_REPLY)
    + _fluxbb_post(3, "cy", FLUXBB_ELSEWHERE)
    + "</body></html>"
)


def test_quotes_of_posts_on_the_page_are_counted_once_others_are_kept() -> None:
    """A quote is resolved on its words (attribution on the same line, trimmed ending) and
    then left out; a quote of something not on the page is the only copy of its words."""
    c = clean_html(FLUXBB_QUOTES)
    # The opening post quotes an outside source: nothing earlier can hold it.
    assert "Engineers will inspect it this week." in c.body
    assert [(x.text, x.quotes) for x in c.comments] == [
        ("The ferry is running.", ["body"]),
        ("dan wrote: trucks wait at the border for three days now\n\nStill waiting.", []),
    ]


QA_PAGE = """<html itemscope itemtype="https://schema.org/QAPage"><head><title>Ferry</title></head>
<body><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<h1 itemprop="name">Why did the night ferry stop?</h1>
<div itemprop="text"><p>The night ferry has not run since Monday. Does anyone know why?</p></div>
<div itemprop="author" itemscope itemtype="https://schema.org/Person">
<a href="/users/1/islander">islander</a><meta itemprop="name" content="islander">
<span>1,204 reputation</span></div>
<div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer" id="answer-7">
<div itemprop="text"><p>The crew is on strike over pay; talks resume on Thursday.</p></div>
<div itemprop="author" itemscope itemtype="https://schema.org/Person">
<a href="/users/2/pilot">pilot</a><meta itemprop="name" content="pilot">
<span>87 reputation</span> <span>3 gold badges</span></div>
<div itemprop="dateCreated" content="2024-05-02T10:00:00Z"></div>
<ul><li itemprop="comment" itemscope itemtype="https://schema.org/Comment" id="comment-9">
<span itemprop="text">Thursday's talks were postponed to next week.</span>
<span itemprop="author" itemscope itemtype="https://schema.org/Person">
<span itemprop="name">deckhand</span></span>
<time itemprop="dateCreated" datetime="2024-05-03T08:00:00Z">May 3</time></li></ul>
</div></div></body></html>"""


def test_comments_under_an_answer_are_replies_to_it() -> None:
    cleaned = clean_html(QA_PAGE, url="https://qa.example.org/questions/5/night-ferry")
    assert cleaned.body.startswith("The night ferry has not run since Monday")
    answer, remark = cleaned.comments
    assert answer.text == "The crew is on strike over pay; talks resume on Thursday."
    assert answer.author == "pilot"  # the name, not the reputation and badges around it
    assert remark.text == "Thursday's talks were postponed to next week."
    assert (remark.author, remark.parent) == ("deckhand", answer.id)
