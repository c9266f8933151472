"""Reads threads that no post pattern knows and that link no member profiles.

Whatever the forum software, a thread is rendered from one template per post: the posts are
sibling blocks of the same tag and (nearly) the same classes, each opening with a short
header that names the member and stamps the time, followed by the message. Some engines
show members as plain names (no profile link), so the profile-link detector in
forum_generic misses them; this one looks for the runs of siblings themselves (each post
read by forum_run_post). The opening post often has its own template (a title, an "original
poster" badge): it is the nearest earlier block holding the replies' message box, or the
block holding the prose between the page's title and the run. Replies indented below the run
join it; blocks repeating an earlier post are its quotes. Only run on pages that already
look like discussions, so articles pay nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cache
from itertools import islice

from lxml import etree

from wirewatch.clean.forum_generic import is_post_like, user_links
from wirewatch.clean.forum_posts import (
    MAX_POSTS,
    PostSet,
    QuoteBlock,
    RawPost,
)
from wirewatch.clean.forum_run_post import (
    MAX_HEADER_CHARS,
    MAX_HEADER_SCAN,
    Template,
    clean_name,
    has_stamp,
    message_box,
    read_post,
    similar,
    template,
)
from wirewatch.clean.html_comments import resolve_quote, word_key
from wirewatch.clean.html_cues import cues
from wirewatch.clean.html_text import element_text

MAX_ELEMENTS = 60_000  # elements visited when looking for runs
MAX_POST_SHARE = 1000  # characters of one block counted when runs are compared
MAX_SEEDS = 4  # templates of one element's children tried as a run's template
MAX_OPENING_SCAN = 20_000  # elements before the replies searched for the opening post
MIN_PROSE_WORDS = 25  # prose before a run that is a post the run does not hold
MIN_RUN_WORDS = 6  # a text this long is prose, not a label
MIN_QUOTE_WORDS = 8
MAX_QUOTE_BLOCKS = 40  # blocks of one post checked against earlier posts
MAX_LEVELS_OUT = 6  # levels above a run searched for the posts that follow it
MAX_LATER_BLOCKS = 200  # blocks after a run read for post text
_NOT_PROSE = frozenset({"a", "button", "h1", "script", "style", "noscript", "template"})


@cache
def _settings() -> dict:
    return cues()["generic_comments"]


def sibling_runs(root: etree._Element) -> Iterator[list[etree._Element]]:
    """For each element, its children built from the most common template (when repeated)."""
    need = int(_settings()["min_blocks"])
    for parent in islice(root.iter(), MAX_ELEMENTS):
        if len(parent) < need:
            continue
        kids = [(c, template(c)) for c in parent if isinstance(c.tag, str)]
        seeds = [t for t, n in Counter(t for _, t in kids).most_common(MAX_SEEDS) if t[1]]
        best: list[etree._Element] = []
        for seed in seeds:  # the most common template may be a highlighted variant's peer
            run = [c for c, t in kids if similar(t, seed)]
            if len(run) > len(best):
                best = run
        if len(best) >= need:
            yield best


def _is_post(el: etree._Element) -> bool:
    """Prose stamped with a time (a <time>, a date, a tooltip or a timestamp attribute)."""
    return is_post_like(el, has_stamp)


def thread_run(root: etree._Element) -> list[etree._Element]:
    """The run of post-like blocks (at least ``min_blocks``) carrying the most text, or [].

    Text, not count, decides: a question's short comments and its answers make runs of
    the same length. Each block's share is capped so that a few page sections holding
    whole lists do not outweigh the posts.
    """
    need = int(_settings()["min_blocks"])
    best: list[etree._Element] = []
    best_size = 0
    for run in sibling_runs(root):
        posts = [el for el in run[:MAX_POSTS] if _is_post(el)]
        if len(posts) < need or len(posts) * 2 < len(run):
            continue
        size = sum(len(element_text(el, limit=MAX_POST_SHARE)) for el in posts)
        if size > best_size and not outweighed_by_later_posts(posts, size):
            best, best_size = posts, size
    return best


def outweighed_by_later_posts(run: list[etree._Element], size: int) -> bool:
    """True when stamped prose blocks after the run's containers hold more text than the
    run: the run is one post's comment list (a question's short remarks above fewer
    answers than a run needs), not the thread, and reading it as the thread loses the
    answers."""
    later = 0
    node = run[-1].getparent()
    for _ in range(MAX_LEVELS_OUT):
        if node is None or node.tag in ("body", "html"):
            break
        for sib in islice(node.itersiblings(), MAX_LATER_BLOCKS):
            if isinstance(sib.tag, str) and _is_post(sib):
                later += len(element_text(sib, limit=MAX_POST_SHARE))
                if later > size:
                    return True
        node = node.getparent()
    return False


def opening_post(
    root: etree._Element, first: etree._Element, box: Template
) -> tuple[etree._Element, etree._Element] | None:
    """The opening post in its own template: the nearest block before the first reply that
    holds a message box like the replies' (returned as post and box), widened to the
    largest block around it that does not reach the replies."""
    found = None
    for el in islice(root.iter(), MAX_OPENING_SCAN):
        if el is first:
            break
        if isinstance(el.tag, str) and similar(template(el), box):
            found = el
    if found is None or any(a is first for a in found.iterancestors()):
        return None
    around_first = set(first.iterancestors())
    post = found
    for anc in found.iterancestors():
        if anc in around_first:
            break
        post = anc
    if post is found or not has_stamp(post):
        return None
    return post, found


def run_thread(root: etree._Element) -> PostSet | None:
    """Opening post and replies of a thread read from a run of same-template blocks."""
    run = thread_run(root)
    if not run:
        return None
    members = with_nested(run)
    inner: dict[etree._Element, set[etree._Element]] = {}
    parents: dict[etree._Element, etree._Element | None] = {}
    for el in members:
        parents[el] = next((a for a in el.iterancestors() if a in inner), None)
        inner[el] = set()
        if parents[el] is not None:
            inner[parents[el]].add(el)
    posts = [read_post(el, inner=inner[el]) for el in members]
    box = _common_box(posts)
    if box is not None:
        # A short post's message loses to its header's badges and controls: read it
        # through the message box the other posts share, when its text missed that box.
        for i, post in enumerate(posts):
            if post.content is not None and _first_like(post.content, box) is None:
                found = _first_like(post.element, box)
                if found is not None:
                    posts[i] = read_post(post.element, found, inner[post.element])
    for post in posts:
        post.parent = parents[post.element]
    name_from_template(posts)
    posts = [p for p in posts if p.text]
    first = opening_of(root, posts)
    opens = True
    if first is None and posts:
        # Prose between the page's title and the run: the run is the replies alone and the
        # question is rendered apart. Read as the opening post when one block holds it;
        # otherwise the extractor keeps the main text and the run gives the comments.
        prose = prose_before(root, posts[0].element)
        if prose:
            first = opening_apart(root, posts[0].element, prose)
            opens = first is not None
    if first is not None:
        posts.insert(0, first)
    mark_repeated_blocks(posts)
    posts = [p for p in posts if p.text]
    return PostSet("runs", opens, posts) if len(posts) >= 2 else None


def prose_before(root: etree._Element, first: etree._Element) -> list[etree._Element]:
    """Elements holding prose (a text of ``MIN_RUN_WORDS`` words or more, outside links,
    headings and scripts) between the last <h1> before ``first`` and ``first``; [] with no
    <h1>, or with less than ``MIN_PROSE_WORDS`` words of it (notices, summaries' lines)."""
    found: list[etree._Element] = []
    words = 0
    seen_title = False
    hidden = 0
    for n, (event, el) in enumerate(etree.iterwalk(root, events=("start", "end"))):
        if el is first or n > 2 * MAX_OPENING_SCAN:
            break
        tag = el.tag if isinstance(el.tag, str) else ""
        skip = tag in _NOT_PROSE
        if event == "start":
            hidden += skip
            if tag == "h1":
                seen_title, words, found = True, 0, []
            text, holder = el.text, el
        else:
            hidden -= skip
            text, holder = el.tail, el.getparent()
        if seen_title and not hidden and text and holder is not None:
            count = len(text.split())
            if count >= MIN_RUN_WORDS:
                words += count
                found.append(holder)
    return found if words >= MIN_PROSE_WORDS else []


def opening_apart(
    root: etree._Element, first: etree._Element, prose: list[etree._Element]
) -> RawPost | None:
    """The question rendered apart from the replies' run: the smallest block holding all the
    prose before the run, when it stays clear of the run."""
    common = set(prose[0].iterancestors()) | {prose[0]}
    for el in prose[1:]:
        common &= set(el.iterancestors()) | {el}
    block = next((a for a in (prose[0], *prose[0].iterancestors()) if a in common), None)
    if block is None or block.tag in ("body", "html") or first in set(block.iter()):
        return None
    post = read_post(block)
    return post if post.text else None


def name_from_template(posts: list[RawPost]) -> None:
    """Authors of posts without a profile link (guests, hidden profiles), read from the
    name box that holds the profile link in the other posts."""
    boxes: Counter[Template] = Counter()
    for post in posts:
        link = next((a for a in user_links(post.element) if a.text_content().strip()), None)
        box = link.getparent() if link is not None else None
        if box is not None and template(box)[1]:
            boxes[template(box)] += 1
    if not boxes:
        return
    box_template = boxes.most_common(1)[0][0]
    for post in posts:
        if post.author is None:
            found = _first_like(post.element, box_template)
            if found is not None:
                post.author = clean_name(element_text(found, limit=MAX_HEADER_CHARS))


def with_nested(run: list[etree._Element]) -> list[etree._Element]:
    """The run and the replies nested below its members (threaded views indent replies into
    their own containers): blocks of the run's template under the run's parent."""
    seed = Counter(template(el) for el in run).most_common(1)[0][0]
    parent = run[0].getparent()
    if parent is None:
        return run
    have = set(run)
    out = [
        el
        for el in islice(parent.iter(seed[0]), MAX_ELEMENTS)
        if el in have or (similar(template(el), seed) and _is_post(el))
    ]
    return out[:MAX_POSTS]


def _common_box(posts: list[RawPost]) -> Template | None:
    """The message box template most posts share, if any."""
    boxes = Counter(
        template(p.content) for p in posts if p.content is not None and p.content is not p.element
    )
    if not boxes:
        return None
    box, count = boxes.most_common(1)[0]
    return box if box[1] and count * 2 >= len(posts) else None


def _first_like(el: etree._Element, box: Template) -> etree._Element | None:
    return next(
        (d for d in islice(el.iter(box[0]), MAX_HEADER_SCAN * 10) if similar(template(d), box)),
        None,
    )


def mark_repeated_blocks(posts: list[RawPost]) -> None:
    """Record as quotes the blocks of a post that repeat an earlier post's text.

    Engines without a quote class still box a quote apart from the reply (often with the
    quoted member's own header): a block of the message whose words run through an earlier
    post is that post quoted, whatever its markup.
    """
    earlier: list[tuple[str, str]] = []
    for i, post in enumerate(posts[:MAX_POSTS]):
        found = []
        if earlier and post.content is not None:
            for block in _blocks(post.content, post.left_out):
                text = element_text(block, exclude=post.left_out)
                if repeats_earlier(text, earlier):
                    found.append(QuoteBlock(None, text, block))
        if found:
            post.quotes += found
            post.left_out = post.left_out | {q.element for q in found}
            post.text = element_text(post.content, exclude=post.left_out)
        earlier.append((str(i), word_key(post.text)))


def repeats_earlier(text: str, earlier: list[tuple[str, str]]) -> bool:
    """True when ``text`` is a quote of one earlier post: a run of words from its middle
    (past the quoted member's header) and its last words both occur in that post. A reply
    that quotes and then answers ends in words of its own."""
    words = word_key(text).split()
    if len(words) < MIN_QUOTE_WORDS:
        return False  # "I agree with you" may well be written twice
    target = resolve_quote(None, text, {}, earlier)
    if target is None:
        return False
    tail = f" {' '.join(words[-MIN_QUOTE_WORDS:])} "
    return any(cid == target and tail in seen for cid, seen in earlier)


def _blocks(content: etree._Element, skip: frozenset[etree._Element]) -> list[etree._Element]:
    """The message's top blocks and theirs children (a quote sits at most one level down)."""
    out = []
    for child in content:
        if not isinstance(child.tag, str) or child in skip:
            continue
        out.append(child)
        out.extend(c for c in child if isinstance(c.tag, str) and c not in skip)
        if len(out) >= MAX_QUOTE_BLOCKS:
            break
    return out


def with_opening_post(root: etree._Element, posts: list[RawPost]) -> list[RawPost]:
    """``posts`` led by the opening post when it has a template of its own (see
    opening_post); unchanged when the first post already is the opening one."""
    first = opening_of(root, posts)
    return [first, *posts] if first is not None else posts


def opening_of(root: etree._Element, posts: list[RawPost]) -> RawPost | None:
    """The opening post in a template of its own before ``posts``, if there is one."""
    boxes = Counter(
        template(message_box(p.content, set()))
        for p in posts
        if p.content is not None and p.content is not p.element
    )
    if not posts or not boxes:
        return None
    box, count = boxes.most_common(1)[0]
    if count * 2 < len(posts) or not box[1]:
        return None
    found = opening_post(root, posts[0].element, box)
    if found is None:
        return None
    first = read_post(*found)
    return first if first.text else None
