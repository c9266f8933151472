"""Finds the posts of a forum thread or comment section using the patterns in html_cues.yaml.

One engine, many data-driven patterns: each pattern says where a post, its text, author,
timestamp, id, quoted blocks and parent live. The first pattern that finds enough posts
wins, so specific forum software is listed before generic schema.org markup.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from wirewatch.clean.forum_furniture import signature_blocks
from wirewatch.clean.html_cues import PostPattern, cues, post_patterns
from wirewatch.clean.html_text import element_text, tidy
from wirewatch.clean.meta_dates import to_iso
from wirewatch.clean.raw_markers import MarkerScan

MAX_POSTS = 2000
MAX_AUTHOR_CHARS = 80
MAX_TITLE_CHARS = 400
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"\w+")


@dataclass
class QuoteBlock:
    """A block inside a post that repeats earlier text: the native id it cites, if any."""

    ref: str | None
    text: str
    element: etree._Element | None = None


@dataclass
class RawPost:
    element: etree._Element
    text: str
    native_id: str | None = None
    author: str | None = None
    posted: str | None = None
    parent: etree._Element | None = None
    quotes: list[QuoteBlock] = field(default_factory=list)
    # Where ``text`` was read from and what was left out, so quotes can be put back.
    content: etree._Element | None = None
    left_out: frozenset[etree._Element] = frozenset()

    def text_with(self, kept: list[QuoteBlock]) -> str:
        """The post's text with the ``kept`` quotes left in place.

        A quote that repeats nothing else in the document (an earlier page of the thread,
        an outside source) is the only copy of its words, so it stays in the post.
        """
        back = {q.element for q in kept if q.element is not None}
        if self.content is None or not back:
            return self.text
        return element_text(self.content, exclude=self.left_out - back) or self.text


@dataclass
class PostSet:
    pattern: str
    thread: bool
    posts: list[RawPost]
    comment_section: bool = False


def find_posts(root: etree._Element, scan: MarkerScan | None = None) -> PostSet | None:
    """Posts found by the first pattern that matches enough of them (2 for a thread).

    With the page's marker ``scan``, patterns none of whose marker strings occur in the raw
    HTML are skipped unevaluated.
    """
    for pat in post_patterns():
        if scan is not None and pat.markers and not any(scan.has(m) for m in pat.markers):
            continue
        elements = pat.post(root)[:MAX_POSTS]
        if not elements:
            continue
        posts = _extract_all(pat, elements)
        if len(posts) >= (2 if pat.thread else 1) and plausible_posts(posts, pat.thread):
            return PostSet(pat.name, pat.thread, posts, pat.comment_section)
    return None


def plausible_posts(posts: list[RawPost], thread: bool) -> bool:
    """Reject matches that are not discussions: repeated widget text or teaser cards.

    Most posts saying the same thing ("Add comment") are controls, not comments; a thread
    whose posts mostly carry neither an author nor a time is a list of article teasers
    (blog themes reuse forum class names such as "post").
    """
    if len(posts) >= 2:
        top = Counter(p.text for p in posts).most_common(1)[0][1]
        if top * 2 > len(posts):
            return False
    if thread:
        with_meta = sum(1 for p in posts if p.author or p.posted)
        if with_meta * 2 < len(posts):
            return False
    return True


def _extract_all(pat: PostPattern, elements: list[etree._Element]) -> list[RawPost]:
    members = set(elements)
    enclosing: dict[etree._Element, etree._Element | None] = {}
    for el in elements:
        enclosing[el] = next((a for a in el.iterancestors() if a in members), None)
    nested: dict[etree._Element, list[etree._Element]] = {}
    for el, outer in enclosing.items():
        if outer is not None:
            nested.setdefault(outer, []).append(el)
    posts = []
    for el in elements:
        post = _extract(pat, el, nested.get(el, []))
        if post.text:
            posts.append(post)
    return posts


def _extract(pat: PostPattern, el: etree._Element, inner: list[etree._Element]) -> RawPost:
    content = _first_element(pat.content(el)) if pat.content is not None else None
    if content is None:
        content = el
    quote_els = [q for q in (pat.quote(content) if pat.quote is not None else [])]
    # Keep only outermost quotes: a quote of a quote is part of the outer one.
    quote_set = set(quote_els)
    quote_els = [q for q in quote_els if not any(a in quote_set for a in q.iterancestors())]
    quotes = [
        QuoteBlock(
            _first_string(pat.quote_ref(q)) if pat.quote_ref is not None else None,
            element_text(q),
            q,
        )
        for q in quote_els
    ]
    skipped = set(pat.exclude(content)) if pat.exclude is not None else set()
    left_out = frozenset(quote_els) | frozenset(inner) | skipped
    left_out |= signature_blocks(content, left_out)
    text = element_text(content, exclude=left_out)
    if not text and content.tag == "meta":
        text = meta_text(content)
    parent = _first_element(pat.parent(el)) if pat.parent is not None else None
    return RawPost(
        element=el,
        text=text,
        native_id=_first_string(pat.id(el)) if pat.id is not None else None,
        author=_author(pat.author(el)) if pat.author is not None else None,
        posted=post_time(pat.posted(el)) if pat.posted is not None else None,
        parent=parent,
        quotes=quotes,
        content=content,
        left_out=left_out,
    )


def meta_text(meta: etree._Element) -> str:
    """A post's text carried in a microdata <meta itemprop="text" content="...">.

    Some engines put the topic's name there on a wrapper around the posts: a value the
    page's <title> contains is that name, not a post.
    """
    text = tidy(meta.get("content") or "")
    title = meta.getroottree().findtext(".//title") or ""
    key = " ".join(_WORD.findall(text.lower()))
    if not key or key in " ".join(_WORD.findall(title[:MAX_TITLE_CHARS].lower())):
        return ""
    return text


def _first_element(result: object) -> etree._Element | None:
    if isinstance(result, list):
        for r in result:
            if isinstance(r, etree._Element):
                return r
    return None


def _first_string(result: object) -> str | None:
    if isinstance(result, list):
        for r in result:
            s = _as_string(r)
            if s:
                return s
    elif isinstance(result, str) and result.strip():
        return result.strip()
    return None


def _as_string(r: object) -> str | None:
    if isinstance(r, etree._Element):
        if r.tag == "meta":  # microdata value carried in an attribute
            return tidy(r.get("content") or "") or None
        return tidy(" ".join(r.itertext())) or None
    if isinstance(r, str):
        return r.strip() or None
    return None


def _author(result: object) -> str | None:
    name = _first_string(result)
    if not name:
        return None
    name = " ".join(name.split())
    return name if len(name) <= MAX_AUTHOR_CHARS else None


def post_time(result: object) -> str | None:
    """First timestamp that is not a member's join date (checked on the node and its parent)."""
    if not isinstance(result, list):
        return None
    # Machine-readable timestamps first: link text near a post is often relative ("2h ago").
    result = sorted(result, key=lambda r: not (isinstance(r, etree._Element) and r.get("datetime")))
    for r in result:
        if isinstance(r, etree._Element):
            if is_join_context(r):
                continue
            for attr in ("datetime", "data-time", "data-timestamp", "content", "title", "ts"):
                iso = to_iso(r.get(attr))
                if iso:
                    return iso
            iso = to_iso(" ".join(r.itertext()))
        else:
            iso = to_iso(str(r))
        if iso:
            return iso
    return None


def is_join_context(el: etree._Element) -> bool:
    """True when the element, or the line around it, reads like a profile's join date."""
    labels = [el, el.getparent(), el.getprevious()]
    for node in labels:
        if node is None:
            continue
        if not isinstance(node.tag, str):
            continue
        snippet = " ".join(node.itertext()).lower()
        if len(snippet) > 200:
            continue
        if any(cue in snippet for cue in cues()["join_date_cues"]):
            return True
    return False


def native_number(native_id: str | None) -> str | None:
    """The last number in a native post id ("js-post-123" -> "123"), used to match quotes."""
    if not native_id:
        return None
    found = _DIGITS.findall(native_id)
    return found[-1] if found else None
