"""Puts back blocks the extractor dropped from among the article's own paragraphs.

trafilatura scores each block on its own, so it drops some that sit right among the story's
paragraphs: short paragraphs, FAQ answers, list items opening with a bold term, paragraphs
split by line breaks. Once the article container is known (html_region), a block is put back
only when it sits beside kept paragraphs (same parent, or a list directly in it), holds no
media (its text would be a caption), is not mostly link text, and is not under page
furniture named by tag, class or id (html_cues.yaml ``recover_skip``). Its place in the body
follows the page: after the last kept paragraph that precedes it. Stories cut into chunks
(same-class containers between ad slots) lose whole chunks; those are put back the same way.
Kept paragraphs under calls to action, promotions, captions or author boxes
(``drop_kept``) are removed.
"""

from __future__ import annotations

import re
from functools import cache

from lxml import etree

from wirewatch.clean.html_cues import cues

BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt")
ITEM_TAGS = frozenset(["li", "dd", "dt"])
MEDIA_TAGS = frozenset(["img", "picture", "figure", "video", "iframe", "svg"])
MAX_LINK_SHARE = 0.5
# A div with none of these as children holds its text directly: a paragraph by layout.
DIV_BLOCKS = frozenset(
    "div p ul ol dl table section article header footer nav aside form figure pre "
    "blockquote h1 h2 h3 h4 h5 h6 li".split()
)
MAX_BLOCK_CHARS = 5000
MAX_RESTORED = 200
# Another chunk of the article holds this much prose: paragraphs of MIN_PROSE_PARAGRAPH
# characters that are mostly not link text.
MIN_PART_PROSE = 400
MIN_PROSE_PARAGRAPH = 80
MAX_PROSE_LINK_SHARE = 0.3
_NON_WORD = re.compile(r"\W+")
_TOKEN = re.compile(r"[^a-z0-9]+")


def is_text_div(el: etree._Element) -> bool:
    """True for a div whose children are all inline: pages built of divs use these as
    paragraphs."""
    return not any(child.tag in DIV_BLOCKS for child in el)


def _key(text: str) -> str:
    """Word characters only: a paragraph the extractor split at line breaks, or spaced
    differently around inline tags, is still recognised as kept."""
    return _NON_WORD.sub("", text).lower()


Cues = tuple[frozenset[str], re.Pattern[str], frozenset[str]]


@cache
def _cues(section: str) -> Cues:
    data = cues()[section]
    parts = re.compile("|".join(re.escape(p) for p in data["parts"]))
    return frozenset(data["tags"]), parts, frozenset(data["words"])


class Furniture:
    """Tells whether an element sits, below ``box``, under one matching a cue section.

    Answers are remembered per element on the way up, so the many paragraphs of one
    container share the walk over their common ancestors.
    """

    def __init__(self, section: str, box: etree._Element) -> None:
        self.tags, self.parts, self.words = _cues(section)
        self.box = box
        self.memo: dict[etree._Element, bool] = {}

    def _matches(self, el: etree._Element) -> bool:
        if el.tag in self.tags:
            return True
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if not names.strip():
            return False
        return bool(self.parts.search(names) or self.words.intersection(_TOKEN.split(names)))

    def holds(self, el: etree._Element) -> bool:
        chain = []
        result = False
        cur: etree._Element | None = el
        while cur is not None and cur is not self.box:
            known = self.memo.get(cur)
            if known is not None:
                result = known
                break
            chain.append(cur)
            if self._matches(cur):
                result = True
                break
            cur = cur.getparent()
        for seen in chain:
            self.memo[seen] = result
        return result


def kept_furniture(box: etree._Element) -> Furniture:
    """Test for kept paragraphs inside ``box`` that sit in a call to action, promotion,
    caption or author box (html_cues.yaml ``drop_kept``): the extractor's block scoring
    cannot tell these from prose, their markup can."""
    return Furniture("drop_kept", box)


def _candidate(el: etree._Element, kept_parents: set[etree._Element] | None) -> str | None:
    """The block's text when it is a dropped sibling of kept paragraphs (any block when
    ``kept_parents`` is None) and not a caption or link block, else None."""
    parent = el.getparent()
    if el.tag in ITEM_TAGS and parent is not None:
        parent = parent.getparent()
    if kept_parents is not None and parent not in kept_parents:
        return None
    if any(d.tag in BLOCK_TAGS or d.tag in MEDIA_TAGS for d in el.iterdescendants()):
        return None
    text = " ".join(el.text_content().split())
    if not text or len(text) > MAX_BLOCK_CHARS:
        return None
    links = sum(len(a.text_content().strip()) for a in el.iter("a"))
    if links > MAX_LINK_SHARE * len(text):
        return None
    return f"- {text}" if el.tag in ITEM_TAGS else text


def prose_chars(el: etree._Element) -> int:
    """Characters in the element's substantial, mostly unlinked paragraphs."""
    total = 0
    for p in el.iter("p"):
        text = p.text_content()
        if len(text) >= MIN_PROSE_PARAGRAPH:
            links = sum(len(a.text_content()) for a in p.iter("a"))
            total += len(text) if links < MAX_PROSE_LINK_SHARE * len(text) else 0
    return total


def article_parts(box: etree._Element) -> list[etree._Element]:
    """``box`` and, in page order, the other chunks of an article split into same-class
    containers (a story cut by ad slots or "read more" breaks, where the extractor keeps only
    one chunk): elements of box's tag and class near it that hold prose of their own."""
    cls = box.get("class")
    top = box.getparent()
    top = top.getparent() if top is not None else None
    if not cls or top is None:
        return [box]
    parts = []
    for el in top.iter(box.tag):
        if el is box or (
            el.get("class") == cls
            and not (parts and parts[-1] in el.iterancestors())
            and box not in el.iterancestors()
            and el not in box.iterancestors()
            and prose_chars(el) >= MIN_PART_PROSE
        ):
            parts.append(el)
    return parts


def restore_in_container(
    box: etree._Element, paragraphs: list[str], located: dict[int, etree._Element]
) -> list[str]:
    """``paragraphs`` with dropped sibling blocks from ``box``, and the blocks of the
    article's other chunks (``article_parts``), put back in page order.

    ``located``: body paragraph index -> its element, for the paragraphs inside ``box``.
    """
    if not located:
        return paragraphs
    index = {el: i for i, el in located.items()}
    kept_parents = {el.getparent() for el in located.values()}
    flat: str | None = None
    cursor = min(located) - 1
    after: dict[int, list[str]] = {}
    restored = 0
    for part in article_parts(box):
        # In the article's other chunks nothing was kept: any block there may come back.
        parents = kept_parents if part is box else None
        furniture = Furniture("recover_skip", part)
        for el in part.iter(*BLOCK_TAGS, "div"):
            at = index.get(el)
            if at is not None:
                cursor = max(cursor, at)
                continue
            if el.tag == "div" and not is_text_div(el):
                continue
            text = _candidate(el, parents)
            if text is None:
                continue
            if flat is None:
                flat = _key("".join(paragraphs))
            if _key(text) in flat or furniture.holds(el):
                continue
            after.setdefault(cursor, []).append(text)
            restored += 1
            if restored >= MAX_RESTORED:
                break
    if not after:
        return paragraphs
    out = list(after.get(-1, []))
    for i, para in enumerate(paragraphs):
        out.append(para)
        out.extend(after.get(i, []))
    return out
