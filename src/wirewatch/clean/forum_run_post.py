"""Reads one post of a thread rendered from a template no post pattern knows.

A post opens with a header line that stamps its time (a <time>, a written or relative
date, a date in a tooltip) and names the member, beside or before the message box; rows of
controls ("Reply Quote Report") and quoted blocks sit in the box too. Each is found by its
shape, not by an engine's class names, so forum_runs can read any engine's posts. Posts are
compared by template: tag and class tokens without digits.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from lxml import etree

from wirewatch.clean.forum_furniture import signature_blocks
from wirewatch.clean.forum_generic import chrome, content_block, has_time, time_start, user_links
from wirewatch.clean.forum_posts import MAX_AUTHOR_CHARS, QuoteBlock, RawPost, post_time
from wirewatch.clean.html_cues import cues
from wirewatch.clean.html_text import element_text

MAX_HEADER_CHARS = 120  # a post's author-and-time header is a line, not a paragraph
MAX_HEADER_SCAN = 60  # elements of a post searched for its time stamp
MIN_OTHER_CHARS = 25  # text beside the stamp that is the message, not the header's name
MAX_AUTHOR_WORDS = 5
MAX_BOX_DEPTH = 8
MAX_CONTROL_LINKS = 50  # links of one post looked at for control rows
MAX_CONTROL_CHARS = 100
MAX_LINKS = 10  # profile links of one post read for its author's name
_DIGITS = re.compile(r"\d+")
# Separators around a name in a header line ("ana · 3 May", "by ana |").
_SEPARATORS = " \t\n·•|-–—,:;()[]"

Template = tuple[str, frozenset[str]]


@cache
def _settings() -> dict:
    return cues()["generic_comments"]


@cache
def _header_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _settings()["header_words"])


@cache
def _quote_xpath() -> etree.XPath:
    return etree.XPath(_settings()["quote"])


def template(el: etree._Element) -> Template:
    """A block's template: tag and class tokens with digits removed; a block without a
    class is known by the stem of its id ("postBoxWrapper123" -> "#postBoxWrapper")."""
    tag = el.tag if isinstance(el.tag, str) else ""
    tokens = frozenset(_DIGITS.sub("", el.get("class") or "").split())
    if not tokens and el.get("id"):
        stem = _DIGITS.sub("", el.get("id") or "").strip("-_")
        tokens = frozenset([f"#{stem}"]) if stem else tokens
    return tag, tokens


def similar(a: Template, b: Template) -> bool:
    """Same tag and mostly the same classes: a highlighted post (the author's own reply, a
    moderator's) adds or swaps a few classes of the common template."""
    if a[0] != b[0] or not a[1] or not b[1]:
        return False
    if a[1] <= b[1] or b[1] <= a[1] or (a[1] & b[1] and len(a[1] ^ b[1]) <= 2):
        return True  # classes added, or one swapped (zebra rows: "row odd", "row even")
    return len(a[1] & b[1]) >= float(_settings()["similar_classes"]) * len(a[1] | b[1])


def stamp_header(post: etree._Element) -> tuple[etree._Element, etree._Element] | None:
    """The post's time stamp (the first element that is or writes a time) and its header
    line: the blocks around the stamp up to where other text (the message) begins."""
    stamp = next(
        (
            el
            for el in islice(post.iterdescendants(), MAX_HEADER_SCAN)
            if isinstance(el.tag, str) and _is_stamp(el) and (el.text or el.tag == "time")
        ),
        None,
    )
    if stamp is None:
        return None
    header = stamp
    size = len(element_text(stamp, limit=MAX_HEADER_CHARS))
    for anc in stamp.iterancestors():
        if anc is post:
            break
        total = len(element_text(anc, limit=MAX_HEADER_CHARS))
        if total >= MAX_HEADER_CHARS or total - size >= MIN_OTHER_CHARS:
            break
        header, size = anc, total
    return stamp, header


def _is_stamp(el: etree._Element) -> bool:
    """A <time>, a machine-readable time attribute, a written time, or a short relative one
    ("2y") whose full date is in its tooltip."""
    if el.tag == "time" or el.get("datetime") or any("timestamp" in k for k in el.attrib):
        return True
    text = (el.text or "")[:MAX_HEADER_CHARS]
    if text.strip() and time_start(text) is not None:
        return True
    title = (el.get("title") or "")[:MAX_HEADER_CHARS]
    return bool(title) and time_start(title) is not None


def has_stamp(el: etree._Element) -> bool:
    """A time in the block's text or in the stamp attributes near its top."""
    return has_time(el) or any(
        _is_stamp(d)
        for d in islice(el.iterdescendants(), MAX_HEADER_SCAN)
        if isinstance(d.tag, str)
    )


def header_author(
    post: etree._Element, stamped: tuple[etree._Element, etree._Element] | None
) -> str | None:
    """The header's profile link, else its words nearest before the time ("ana · 3 May"; a
    badge such as "Original poster" before the name is left out), else any profile link of
    the post (the name may sit in a pane apart from the time)."""
    if stamped is not None:
        name = _link_name(stamped[1]) or _name_before(*stamped)
        if name:
            return name
    return _link_name(post)


def _link_name(el: etree._Element) -> str | None:
    # The longest link text: an avatar link shows only the member's initial.
    names = [" ".join((a.text_content() or "").split()) for a in user_links(el)[:MAX_LINKS]]
    return max(names, key=len)[:MAX_AUTHOR_CHARS] if any(names) else None


def _name_before(stamp: etree._Element, header: etree._Element) -> str | None:
    before: list[str] = []
    for event, node in etree.iterwalk(header, events=("start", "end")):
        if node is stamp:
            break
        text = node.text if event == "start" else (node.tail if node is not header else None)
        if text and text.strip() and isinstance(node.tag, str):
            before.append(text)
    if stamp.text and not len(stamp):  # a time written after the name in the same text
        at = time_start(stamp.text[:MAX_HEADER_CHARS])
        if at:
            before.append(stamp.text[:at])
    for piece in reversed(before):
        name = clean_name(piece)
        if name:
            return name
    return None


def clean_name(text: str) -> str | None:
    """The name in a header piece, without the verbs and particles around it ("posted by
    ana on" -> "ana"); None when only those remain."""
    words = text.replace("·", " ").split()
    drop = _header_words()
    while words and words[0].strip(_SEPARATORS).lower() in drop:
        words.pop(0)
    while words and words[-1].strip(_SEPARATORS).lower() in drop:
        words.pop()
    name = " ".join(words).strip(_SEPARATORS)
    if not any(c.isalpha() for c in name):
        return None  # a post number ("#3") or a count
    if not name or len(name) > MAX_AUTHOR_CHARS or len(name.split()) > MAX_AUTHOR_WORDS:
        return None
    return name


def read_post(
    post: etree._Element,
    box: etree._Element | None = None,
    inner: set[etree._Element] | None = None,
) -> RawPost:
    """A post's text (without header, controls and quoted blocks), author and time."""
    stamped = stamp_header(post)
    header = stamped[1] if stamped is not None else None
    if box is not None:
        content, exclude = box, set()
    elif header is not None:
        content, exclude = content_block(post, header)
    else:
        content, exclude = post, set()
    if header is not None and any(a is content for a in header.iterancestors()):
        exclude.add(header)
    exclude |= controls(content)
    content = message_box(content, exclude)
    exclude |= chrome(content) | (inner or set())
    exclude |= signature_blocks(content, exclude)
    quote_els = [
        q
        for q in _quote_xpath()(content)
        if isinstance(q, etree._Element) and not any(a in exclude for a in q.iterancestors())
    ]
    outer = set(quote_els)
    quote_els = [q for q in quote_els if not any(a in outer for a in q.iterancestors())]
    left_out = frozenset(exclude | set(quote_els))
    times = post.xpath(".//time | .//*[@datetime]")[:20]
    if not times and stamped is not None:
        times = [stamped[0]]
    return RawPost(
        element=post,
        text=element_text(content, exclude=left_out),
        author=header_author(post, stamped),
        posted=post_time(times),
        quotes=[QuoteBlock(None, element_text(q), q) for q in quote_els],
        content=content,
        left_out=left_out,
    )


def controls(content: etree._Element) -> set[etree._Element]:
    """Rows of post controls ("Reply Quote Report"): the largest short blocks whose text is
    all in two or more links or buttons. A paragraph holding one link is what the member
    wrote."""
    out: set[etree._Element] = set()
    for el in islice(content.iter("a", "button"), MAX_CONTROL_LINKS):
        if any(a in out for a in el.iterancestors()):
            continue
        row = None
        for anc in el.iterancestors():
            if anc is content:
                break
            text = element_text(anc, limit=MAX_CONTROL_CHARS)
            if len(text) >= MAX_CONTROL_CHARS:
                break
            clicks = list(islice(anc.iter("a", "button"), MAX_CONTROL_LINKS))
            linked = sum(len("".join(element_text(c).split())) for c in clicks)
            if len(clicks) >= 2 and linked >= len("".join(text.split())):
                row = anc
        if row is not None:
            out.add(row)
    return out


def message_box(content: etree._Element, exclude: set[etree._Element]) -> etree._Element:
    """The message box: the innermost named (classed) block holding all of ``content``'s
    text once ``exclude`` is left out. The opening post shares its template with the
    replies' even when the posts around it differ. Unnamed blocks are entered only from
    unnamed wrappers: a lone paragraph is not the box."""
    for _ in range(MAX_BOX_DEPTH):
        if (content.text or "").strip():
            return content
        kids = [c for c in content if isinstance(c.tag, str) and c not in exclude]
        if any((c.tail or "").strip() for c in content):
            return content
        sizes = {c: len(element_text(c, limit=MIN_OTHER_CHARS)) for c in kids}
        main = max(kids, key=sizes.__getitem__, default=None)
        # Short texts beside the message are its controls ("Reply", "Report").
        if main is None or sum(sizes.values()) - sizes[main] >= MIN_OTHER_CHARS:
            return content
        if template(content)[1] and not template(main)[1]:
            return content
        content = main
    return content
