"""HTML page cleaner: main text, title, date, author, structured comments, dropped parts.

trafilatura supplies the article text; this module owns the result around it. Forum threads
and comment sections are read with data-driven post patterns (forum_posts), so a thread's
opening post becomes the body and its replies become Comment records with quotes resolved.
"""

from __future__ import annotations

import copy
import re
from typing import Any
from urllib.parse import urlparse

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from wirewatch.clean.forum_furniture import drop_app_signoff
from wirewatch.clean.forum_generic import generic_posts
from wirewatch.clean.forum_jsonld import THREAD_TYPES, posts_from_jsonld
from wirewatch.clean.forum_payload import payload_posts
from wirewatch.clean.forum_posts import PostSet, find_posts
from wirewatch.clean.forum_runs import outweighed_by_later_posts, run_thread, with_opening_post
from wirewatch.clean.html_comments import build_comments
from wirewatch.clean.html_cues import cues, page_markers
from wirewatch.clean.html_dropped import find_dropped
from wirewatch.clean.html_lists import restore_dropped_headings, restore_dropped_lists
from wirewatch.clean.html_overlays import remove_overlays
from wirewatch.clean.html_parse import parse_html, utf8
from wirewatch.clean.html_region import Region, find_region, refine_found
from wirewatch.clean.html_text import tidy
from wirewatch.clean.html_tree import remove_keeping_tail
from wirewatch.clean.html_unindexed import mark_unindexed, remove_unindexed
from wirewatch.clean.html_unindexed import marker as unindexed_marker
from wirewatch.clean.html_wrapped import article_wrappers, rewrap, unwrap
from wirewatch.clean.meta_html import read_meta, types_of
from wirewatch.clean.raw_markers import MarkerScan
from wirewatch.clean.result import Cleaned
from wirewatch.document import Comment, Dropped, normalize_text

MAX_LOOSE_COMMENTS = 500
MIN_BODY_PARAGRAPH = 60
# Below this many characters the extractor has most likely missed the article (it picked a
# teaser or nothing); a second, recall-leaning pass then costs little as it is rare.
MIN_BODY_CHARS = 500
RESCUE_GAIN = 1.2
# An article container whose prose exceeds the body by this share of the body was only
# partly extracted (one section of several kept); it is then extracted on its own.
UNKEPT_PROSE_SHARE = 0.3
# Paragraphs this long are never repeated verbatim on purpose.
MIN_REPEAT_CHARS = 60
# A first paragraph contained in the title must be this long to be its headline part.
MIN_TITLE_KEY = 15
MAX_TITLE_CHARS = 400
_WORDS = re.compile(r"\w+")


def clean_html(html: str, url: str | None = None) -> Cleaned:
    """Clean one HTML page; raises CleaningError for pages too large or deeply nested."""
    # Encoded once: the parser and the marker scan both read UTF-8 bytes fastest.
    encoded = utf8(html)
    scan = MarkerScan(html, page_markers(), encoded)
    marked = scan.has(unindexed_marker())
    if marked:
        html = mark_unindexed(html)
        encoded = utf8(html)
    root = parse_html(html, encoded)
    unindexed = remove_unindexed(root) if marked else []
    found = find_posts(root, scan) or payload_posts(root, scan)
    overlays: list[Dropped] = []
    meta = read_meta(root, url, with_date=found is None or not found.thread)
    discussion = found is None and looks_like_discussion(url, meta.jsonld, scan)
    if found is None and discussion:
        # On a discussion page no pattern knows, repeated member posts are the thread
        # itself: its opening post and replies replace the extractor's (duplicated) text.
        # Runs of same-template posts first (they need no profile links), then posts found
        # around profile links.
        found = run_thread(root)
        if found is None:
            posts = generic_posts(root)
            if posts and outweighed_by_later_posts(
                [p.element for p in posts], sum(len(p.text) for p in posts)
            ):
                posts = []  # one post's remarks, not the thread: the extractor reads it
            posts = with_opening_post(root, posts)
            found = PostSet("generic", True, posts) if len(posts) >= 2 else None
    if found is not None and found.thread:
        cleaned = _thread(found)
    else:
        if discussion:
            # Asked for comments, the extractor also keeps consent dialogs' prose; on
            # articles its own pruning already drops them, so the cost is paid only here.
            overlays = remove_overlays(root, scan)
        if found is None and not discussion:
            # Known discussions keep the extractor's comment reading; elsewhere repeated
            # author+time blocks reveal comments no pattern covers.
            posts = generic_posts(root)
            found = PostSet("generic", False, posts) if posts else None
        cleaned = _article(root, url, found, discussion)
        if found is None and not cleaned.comments:
            thread = posts_from_jsonld(meta.jsonld)
            # Structured data sometimes carries only the opening post: prefer the longer.
            if thread is not None and _length(*thread) > _length(cleaned.body, cleaned.comments):
                cleaned.body, cleaned.comments = thread
    if found is not None and not found.thread:
        cleaned.comment_section = found.comment_section
    cleaned.title = meta.title
    if found is None or not found.thread:
        cleaned.body = drop_title_line(cleaned.body, meta.title)
    cleaned.author = cleaned.author or meta.author
    if meta.published and not cleaned.published:
        cleaned.published = meta.published
    if cleaned.published:
        cleaned.published_from = "html-meta"
    keep = {p.element for p in found.posts} if found is not None else None
    cleaned.dropped = unindexed + overlays + find_dropped(root, keep)
    return cleaned


def drop_title_line(body: str, title: str | None) -> str:
    """``body`` without a headline repeated at its top: the title is reported on its own,
    and extractors often keep the page's headline (or the title's part before the site
    name) as the first paragraph."""
    if not title:
        return body
    head, sep, rest = body.partition("\n\n")
    if not sep:
        return body
    key, title_key = _word_key(head), _word_key(title)
    if key and (key == title_key or (len(key) >= MIN_TITLE_KEY and key in title_key)):
        return rest
    return body


def _word_key(text: str) -> str:
    return " ".join(_WORDS.findall(text[:MAX_TITLE_CHARS].lower()))


def _length(body: str, comments: list[Comment]) -> int:
    return len(body) + sum(len(c.text) for c in comments)


def _thread(found: PostSet) -> Cleaned:
    opening, replies = found.posts[0], found.posts[1:]
    # Nothing precedes the opening post: what it quotes is quoted from elsewhere.
    body = drop_app_signoff(opening.text_with(opening.quotes))
    comments = build_comments(replies, opening, body)
    return Cleaned(body=body, author=opening.author, published=opening.posted, comments=comments)


def looks_like_discussion(url: str | None, jsonld: list[dict[str, Any]], scan: MarkerScan) -> bool:
    """Cheap signs of a forum or Q&A page, where unrecognised comment blocks are content."""
    if any(types_of(item) & THREAD_TYPES for item in jsonld):
        return True
    if scan.has("schema.org/DiscussionForumPosting"):
        return True
    path = urlparse(url).path.lower() if url else ""
    return any(part in path for part in cues()["discussion_url_parts"])


def _article(
    root: etree._Element, url: str | None, found: PostSet | None, discussion: bool
) -> Cleaned:
    drop_code_blocks(root)
    drop_head_metadata(root)
    # On articles, asking trafilatura for comments makes its body selection less strict.
    doc = trafilatura.bare_extraction(
        root, url=url, include_comments=discussion, with_metadata=False
    )
    body = drop_repeated_paragraphs(tidy((doc.text if doc is not None else "") or ""))
    if len(body) < MIN_BODY_CHARS:
        doc, body = _rescue_short_body(root, url, discussion, doc, body)
    doc, body = _rescue_wrapped_article(root, url, discussion, doc, body)
    if not discussion:
        # On discussion pages the lists after a post are its comment and control lists,
        # and replies legitimately sit outside the opening post's container.
        body = restore_dropped_headings(root, restore_dropped_lists(root, body))
        region = find_region(root, body)
        comments = [p.element for p in found.posts] if found is not None else []
        if region is not None and region.holds_unkept_prose(UNKEPT_PROSE_SHARE, comments):
            body, region = rescue_partial_article(root, url, region, body)
        if region is not None:
            body = refine_found(region, body)
    comments: list[Comment] = []
    if found is not None and found.pattern in ("generic", "runs"):
        found.posts = [p for p in found.posts if not holds_body(p.text, body)]
    if found is not None:
        comments = build_comments(found.posts, None, body)
        body = remove_comment_lines(body, comments)
    elif discussion and doc is not None and doc.comments:
        comments = unstructured_comments(doc.comments)
    return Cleaned(body=body, comments=comments)


def drop_code_blocks(root: etree._Element) -> None:
    """Remove scripts (JSON-LD excepted) and style sheets, keeping any text after them.

    The extractor discards them too, but only after copying the whole tree several times;
    on pages carrying large script payloads those copies are most of its work. JSON-LD stays:
    the extractor reads an article body or a forum marker from it. Metadata and post
    patterns have read the tree before this runs.
    """
    for el in code_blocks(root):
        remove_keeping_tail(el)


def drop_head_metadata(root: etree._Element) -> None:
    """Remove the <meta> and <link> elements of the page's <head>.

    Page metadata has been read before this runs; the extractor, called without metadata,
    drops the head in its own cleaning and reads no meta or link element elsewhere, and the
    passes after it look for text. These text-free elements (about one in twenty of a page)
    were still copied and searched by each of the extractor's tree copies and XPath passes:
    about a millisecond per page.
    """
    head = root.find("head")
    if head is None:
        return
    for el in [el for el in head if el.tag in ("meta", "link")]:
        remove_keeping_tail(el)


def code_blocks(root: etree._Element) -> list[etree._Element]:
    """Scripts (JSON-LD excepted) and style sheets in document order, found by lxml's tag
    filter in C rather than an XPath. libxml2 can leave elements after the root element as
    its siblings (a second <html>), so those trees are searched too."""
    tops = [*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()]
    return [
        el
        for top in tops
        for el in top.iter("script", "style")
        if el.tag == "style" or el.get("type") != "application/ld+json"
    ]


def drop_repeated_paragraphs(body: str) -> str:
    """Keep one copy of each long paragraph: pages that render an answer twice (a collapsed
    preview and the full text) or repeat a quote give the extractor both. A long paragraph
    that is the opening of another is a cut preview of it: the full one is kept."""
    slots: dict[str, int] = {}
    kept: list[str | None] = []
    for para in body.split("\n\n"):
        if len(para) >= MIN_REPEAT_CHARS:
            # Normalising a bounded prefix is enough for the key (NFC at most thirds it).
            key = normalize_text(para[: 4 * MIN_REPEAT_CHARS])[:MIN_REPEAT_CHARS]
            at = slots.get(key)
            if at is not None and _one_opens_the_other(kept[at] or "", para):
                if len(para) > len(kept[at] or ""):
                    kept[at] = para
                continue
            slots.setdefault(key, len(kept))
        kept.append(para)
    return "\n\n".join(p for p in kept if p)


def _one_opens_the_other(a: str, b: str) -> bool:
    a, b = normalize_text(a), normalize_text(b)
    return a.startswith(b) or b.startswith(a)


def _rescue_short_body(
    root: etree._Element, url: str | None, discussion: bool, doc: Any, body: str
) -> tuple[Any, str]:
    """Re-extract favouring recall; keep it only when it finds clearly more text."""
    again = trafilatura.bare_extraction(
        root, url=url, include_comments=discussion, with_metadata=False, favor_recall=True
    )
    text = drop_repeated_paragraphs(tidy((again.text if again is not None else "") or ""))
    if len(text) > RESCUE_GAIN * max(len(body), 1):
        return again, text
    return doc, body


def _rescue_wrapped_article(
    root: etree._Element, url: str | None, discussion: bool, doc: Any, body: str
) -> tuple[Any, str]:
    """Re-extract with misnested menu/header wrappers read as divs (html_wrapped) when they
    hold prose the body lacks; keep it only when it finds clearly more text."""
    wrappers = article_wrappers(root, len(body))
    if not wrappers:
        return doc, body
    undo = unwrap(wrappers)
    again = trafilatura.bare_extraction(
        root, url=url, include_comments=discussion, with_metadata=False
    )
    text = drop_repeated_paragraphs(tidy((again.text if again is not None else "") or ""))
    if len(text) > RESCUE_GAIN * max(len(body), 1):
        return again, text
    rewrap(undo)
    return doc, body


def rescue_partial_article(
    root: etree._Element, url: str | None, region: Region, body: str
) -> tuple[str, Region | None]:
    """Re-extract the article container alone; keep the text when clearly longer than the
    body. On the whole page the extractor may settle on one section of the article, or take
    its fallback extractors' pick from elsewhere; bounded to the container, its scoring and
    those fallbacks (which is where the gain comes from: without them the pass finds
    nothing more) only see the article. A recall pass over the whole page instead drifts
    on many pages and costs a second extraction on all of them."""
    # An lxml.html element: the extractor reads any other input type as markup to parse.
    page = lxml_html.Element("html")
    etree.SubElement(page, "body").append(copy.deepcopy(region.box))
    again = trafilatura.bare_extraction(page, url=url, with_metadata=False)
    text = drop_repeated_paragraphs(tidy((again.text if again is not None else "") or ""))
    if len(text) <= RESCUE_GAIN * max(len(body), 1):
        return body, region
    text = restore_dropped_headings(root, restore_dropped_lists(root, text))
    return text, find_region(root, text)


def holds_body(text: str, body: str) -> bool:
    """True when a block holds the article's longest paragraph (it is the article, not a post)."""
    longest = max(body.split("\n\n"), key=len, default="")
    return len(longest) >= MIN_BODY_PARAGRAPH and normalize_text(longest) in normalize_text(text)


def unstructured_comments(text: str) -> list[Comment]:
    """Comments the extractor found without markup we recognise: one record per paragraph.

    Authors and boundaries are unknown here; a paragraph is the best available unit.
    """
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    return [Comment(id=f"c{i}", text=p) for i, p in enumerate(paras[:MAX_LOOSE_COMMENTS], 1)]


def remove_comment_lines(body: str, comments: list[Comment]) -> str:
    """Drop body paragraphs that are a comment's text (the extractor sometimes keeps them)."""
    if not comments:
        return body
    comment_text = {normalize_text(line) for c in comments for line in c.text.split("\n")}
    comment_text.discard("")
    kept = [
        ln for ln in body.split("\n\n") if normalize_text(ln) not in comment_text or len(ln) < 20
    ]
    return "\n\n".join(kept)
