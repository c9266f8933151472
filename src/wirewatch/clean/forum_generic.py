"""Detects comment lists no post pattern knows: repeated blocks with author, time and text.

Forum and comment software differ in class names but share a shape: a run of blocks built
from the same template (same tag and class), each naming a member through a profile link,
stamped with a time ("3 hours ago", a <time> element, a written date) and carrying text.
Seeing several such blocks is strong evidence the page is a discussion, so comment text is
content. The cues (profile URL parts, time units) are data in html_cues.yaml.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from itertools import islice

from lxml import etree

from wirewatch.clean.forum_furniture import signature_blocks
from wirewatch.clean.forum_posts import MAX_AUTHOR_CHARS, RawPost, post_time
from wirewatch.clean.html_cues import cues
from wirewatch.clean.html_text import element_text

MAX_LINKS = 3000
MAX_SCAN_CHARS = 3000
MAX_BLOCKS = 500
MAX_CONTENT_DEPTH = 12
MAX_CONTROL_CHARS = 200
MAX_STAMP_SCAN = 40
MAX_TEMPLATE_SCAN = 2000
MAX_STAMP_CHARS = 40
_DIGITS = re.compile(r"\d+")
_WRITTEN_DATE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)",
    re.IGNORECASE,
)


@cache
def _settings() -> dict:
    return cues()["generic_comments"]


@cache
def _relative_time() -> re.Pattern[str]:
    units = sorted(_settings()["relative_time_units"], key=len, reverse=True)
    alt = "|".join(re.escape(u) for u in units)
    return re.compile(rf"\b(?:\d+|an?|one)\s*(?:{alt})\.?\s+ago\b", re.IGNORECASE)


@cache
def _user_href() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(p) for p in _settings()["user_link_parts"]))


@cache
def _not_user_href() -> re.Pattern[str]:
    """Account pages under a user path that are no member's profile (log in, register)."""
    return re.compile("|".join(re.escape(p) for p in _settings()["not_user_link_parts"]))


def user_links(root: etree._Element) -> list[etree._Element]:
    """Links to member profiles (a regex over hrefs is cheaper than an XPath with contains)."""
    rx, not_rx = _user_href(), _not_user_href()
    out = []
    for a in root.iter("a"):
        href = a.get("href")
        if href and rx.search(href) and not not_rx.search(href):
            out.append(a)
            if len(out) >= MAX_LINKS:
                break
    return out


def signature(el: etree._Element) -> tuple[str, str]:
    """Template identity of a block: tag and class tokens with digits removed."""
    tokens = sorted(set(_DIGITS.sub("", el.get("class") or "").split()))
    return el.tag if isinstance(el.tag, str) else "", " ".join(tokens)


def _blocks_around_user_links(root: etree._Element) -> Iterator[list[etree._Element]]:
    """Groups of same-template ancestors of profile links (a few levels up)."""
    groups: dict[tuple[str, str], dict[etree._Element, None]] = {}
    levels = int(_settings()["max_levels_up"])
    for link in user_links(root):
        for depth, anc in enumerate(link.iterancestors()):
            if depth >= levels or anc.tag in ("body", "html"):
                break
            if anc.get("class"):
                groups.setdefault(signature(anc), {})[anc] = None
    yield from (list(g) for g in groups.values())


def has_time(el: etree._Element) -> bool:
    """A <time>/datetime element, or a relative or written date in the block's text."""
    if el.find(".//time") is not None or el.xpath("boolean(.//*[@datetime])"):
        return True
    text = bounded_text(el, MAX_SCAN_CHARS)
    return bool(_relative_time().search(text) or _WRITTEN_DATE.search(text))


def time_start(text: str) -> int | None:
    """Where the first relative or written date in ``text`` starts, if any."""
    found = [m.start() for m in (_relative_time().search(text), _WRITTEN_DATE.search(text)) if m]
    return min(found) if found else None


def bounded_text(el: etree._Element, limit: int) -> str:
    """The first ``limit`` characters of the block's text (huge blocks are not joined).

    Whitespace runs (template indentation) are collapsed: they can fill the limit before
    the first word.
    """
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        piece = " ".join(piece.split())
        if not piece:
            continue
        parts.append(piece)
        size += len(piece)
        if size >= limit:
            break
    return " ".join(parts)[:limit]


def mostly_links(el: etree._Element) -> bool:
    """True for link-list entries ("latest threads" widgets): most of their text is links.

    A member's post is prose; the author link and a few inline links are a small share.
    """
    text = bounded_text(el, MAX_SCAN_CHARS)
    total = len("".join(text.split()))
    if total == 0:
        return True
    linked = 0
    for a in el.iter("a"):
        linked += len("".join((a.text_content() or "").split()))
        if linked * 2 > total:
            return True
    return False


def comment_blocks(root: etree._Element) -> list[etree._Element]:
    """The largest group of repeated author+time+text blocks, or [] when there is none."""
    s = _settings()
    need = int(s["min_blocks"])
    best: list[etree._Element] = []
    groups = sorted(_blocks_around_user_links(root), key=len, reverse=True)
    for group in groups:
        if len(group) < need or len(group) <= len(best):
            break
        good = [el for el in group[:MAX_BLOCKS] if is_post_like(el)]
        if len(good) >= need and len(good) > len(best):
            best = good
    return with_unlinked_siblings(root, best) if best else best


def is_post_like(
    el: etree._Element, stamped: Callable[[etree._Element], bool] | None = None
) -> bool:
    """Prose stamped with a time (by ``stamped``, else a written or relative date), not a
    list of links."""
    min_chars = int(_settings()["min_text_chars"])
    return (
        len(bounded_text(el, min_chars * 4).strip()) >= min_chars
        and (stamped or has_time)(el)
        and not mostly_links(el)
    )


def with_unlinked_siblings(
    root: etree._Element, blocks: list[etree._Element]
) -> list[etree._Element]:
    """Add same-template siblings that carry no profile link: guests' posts, or members
    whose profile is hidden from visitors, are still posts of the thread."""
    sig = signature(blocks[0])
    have = set(blocks)
    parents = dict.fromkeys(p for p in (b.getparent() for b in blocks) if p is not None)
    extra = [
        el
        for parent in list(parents)[:MAX_BLOCKS]
        for el in parent
        if el not in have and isinstance(el.tag, str) and signature(el) == sig and is_post_like(el)
    ]
    if not extra:
        return blocks
    wanted = have | set(extra)
    return [el for el in root.iter() if el in wanted][:MAX_BLOCKS]


def generic_posts(root: etree._Element) -> list[RawPost]:
    """Posts built from detected comment blocks, each widened to its whole template.

    A detected block may be only a post's header (author and time); the post is its largest
    ancestor that holds no other block, which stops below the list (flat threads) or below
    the replies (nested threads), so no post contains another. Posts without a profile link
    are read through the template learnt from the linked ones (name box, message box).
    """
    blocks = comment_blocks(root)
    if not blocks:
        return []
    under: Counter[etree._Element] = Counter()
    for block in blocks:
        under.update(block.iterancestors())
    found: list[tuple[etree._Element, etree._Element | None]] = []
    seen: set[etree._Element] = set()
    for block in blocks:
        post = block
        for anc in block.iterancestors():
            if under[anc] > 1 or anc.tag in ("body", "html"):
                break
            post = anc
        if post in seen:
            continue
        seen.add(post)
        links = [a for a in user_links(block) if (a.text_content() or "").strip()]
        found.append((post, links[0] if links else None))
    name_boxes: Counter[tuple[str, str]] = Counter()
    text_boxes: Counter[tuple[str, str]] = Counter()
    texts: dict[etree._Element, tuple[str, etree._Element]] = {}
    for post, link in found:
        if link is None:
            continue
        texts[post] = post_text(post, link)
        content = texts[post][1]
        box = link.getparent()
        if box is not None and box.get("class"):
            name_boxes[signature(box)] += 1
        if content is not post and content.get("class"):
            text_boxes[signature(content)] += 1
    posts: list[RawPost] = []
    for post, link in found:
        if link is not None:
            text, content = texts[post]
            author: str | None = " ".join(link.text_content().split())
        else:
            author = _template_text(post, name_boxes, MAX_AUTHOR_CHARS)
            box = _template_box(post, text_boxes)
            text, content = post_text(post, None, box)
        if not text:
            continue
        posted = post_time(post.xpath(".//time | .//*[@datetime] | .//*[@title]")[:20])
        author = (author or "")[:MAX_AUTHOR_CHARS] or None
        posts.append(
            RawPost(element=post, text=text, author=author, posted=posted, content=content)
        )
    return posts


def _template_box(post: etree._Element, boxes: Counter[tuple[str, str]]) -> etree._Element | None:
    """The first element of the post with the template's most common signature, if any."""
    if not boxes:
        return None
    sig = boxes.most_common(1)[0][0]
    for el in islice(post.iter(sig[0]), MAX_TEMPLATE_SCAN):
        if signature(el) == sig:
            return el
    return None


def _template_text(post: etree._Element, boxes: Counter[tuple[str, str]], limit: int) -> str | None:
    box = _template_box(post, boxes)
    if box is None:
        return None
    text = " ".join(element_text(box, limit=limit).split())
    return text if 0 < len(text) < limit else None


def post_text(
    post: etree._Element, link: etree._Element | None, content: etree._Element | None = None
) -> tuple[str, etree._Element]:
    """What the member wrote (the post without its profile pane, header and controls), and
    the element it was read from."""
    exclude: set[etree._Element] = set()
    if content is None:
        content, exclude = (post, set()) if link is None else content_block(post, link)
    exclude |= chrome(content)
    exclude |= signature_blocks(content, exclude)
    text = element_text(content, exclude=exclude)
    if link is not None and content is post:
        header = _header(link, post)
        if header is not None:
            # The author-and-time line is metadata, not what the member wrote.
            rest = element_text(post, exclude=exclude | {header})
            if len(rest) * 2 >= len(text):
                text = rest
    return text, content


def content_block(
    post: etree._Element, link: etree._Element
) -> tuple[etree._Element, set[etree._Element]]:
    """The post's text container, found by stepping away from the author's profile pane.

    Forum templates put the member's name, rank, join date and post count in one pane and
    the message in a sibling: from the post down, follow the branch holding the author link
    while it holds most of the text; once a sibling branch holds most of what is left, that
    sibling is the message. When the text is spread over several siblings, the post minus
    the author's branch is kept.
    """
    on_path = {link, *link.iterancestors()}
    name_size = len(element_text(link, limit=MAX_SCAN_CHARS))
    node = post
    for _ in range(MAX_CONTENT_DEPTH):
        kids = [c for c in node if isinstance(c.tag, str)]
        branch = next((c for c in kids if c in on_path), None)
        if branch is None or branch is link:
            return node, {link} if branch is link else set()
        sizes = {c: len(element_text(c, limit=MAX_SCAN_CHARS)) for c in kids}
        total = sum(sizes.values())
        # The author's name is not message text: a short reply under a long name still
        # lies outside the name's branch.
        if (sizes[branch] - name_size) * 2 >= total - name_size:
            node = branch
            continue
        best = max((c for c in kids if c is not branch), key=sizes.__getitem__)
        if sizes[best] * 5 >= (total - sizes[branch]) * 3:
            return best, set()
        return node, {branch}
    return node, set()


def chrome(content: etree._Element) -> set[etree._Element]:
    """Controls inside a post: short blocks holding form fields (votes, "thank" boxes), and
    a short line stamping its time ("posted 3 days ago") near the top."""
    out: set[etree._Element] = set()
    for el in islice(content.iterdescendants(), MAX_STAMP_SCAN):
        if (
            isinstance(el.tag, str)
            and not any(a in out for a in el.iterancestors())
            and len(element_text(el, limit=MAX_STAMP_CHARS)) < MAX_STAMP_CHARS
            and has_time(el)
        ):
            out.add(el)
    for el in content.iter("form", "input"):
        box = el if el.tag == "form" else el.getparent()
        if (
            box is not None
            and box is not content
            and len(element_text(box, limit=MAX_CONTROL_CHARS)) < MAX_CONTROL_CHARS
        ):
            out.add(box)
    return out


def _header(link: etree._Element, post: etree._Element) -> etree._Element | None:
    """The smallest element around the author link that also carries the post's time."""
    for node in (link, *link.iterancestors()):
        if node is post:
            return None
        if has_time(node):
            return node
    return None
