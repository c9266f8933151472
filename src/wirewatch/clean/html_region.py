"""Trims paragraphs the extractor appended from outside the article's own container.

An article's paragraphs share one container element (the story body); after the story ends,
extractors often carry on into blocks elsewhere on the page: a donation appeal, a
newsletter box, the company boilerplate of a press release, "read this next" teasers. So the
body's paragraphs are located in the tree, the deepest element holding most of the body's
text is taken as the article container, and the paragraphs after its last one that come
from elsewhere are dropped. Paragraphs that cannot be located are kept, as is anything
before the container's last paragraph: only a trailing run outside it is evidence enough.
Before the container, only the page title (h1) and lines of a <header> are dropped: the
title is reported as metadata. The container also drives html_recover's repairs, and a
container holding much more prose than the body makes the cleaner extract it again alone.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass

from lxml import etree

from wirewatch.clean.html_recover import (
    is_text_div,
    kept_furniture,
    prose_chars,
    restore_in_container,
)

# Tags whose text is one body paragraph (text divs are searched second); list
# items are looked up only when the body has some (menus make them the most numerous tag).
PARAGRAPH_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")
ITEM_TAGS = ("li", "dd", "dt")
# Share of the body's characters the container must hold: a clear majority, so that a
# container is found only when the body mostly comes from one place.
CONTAINER_SHARE = 0.75
MIN_PARAGRAPHS = 3
MAX_PARAGRAPH_CHARS = 5000
# Share of the body's characters left unplaced by paragraph tags that sends the search on
# to text divs.
DIV_PASS_SHARE = 0.2
_MARKUP = "-|* "


def _key(text: str) -> str:
    return " ".join(text.split())


def locate_paragraphs(root: etree._Element, paragraphs: list[str]) -> dict[int, etree._Element]:
    """Body paragraph index -> the element whose whole text it is (first match in the page).

    Text divs are searched only when paragraph tags leave much of the body unplaced: pages
    are rarely built of both, and divs are the most numerous tag.
    """
    wanted: dict[str, list[int]] = {}
    for i, para in enumerate(paragraphs):
        key = _key(para.lstrip(_MARKUP).rstrip("| "))
        if key:
            wanted.setdefault(key, []).append(i)
    found: dict[int, etree._Element] = {}
    items = any(p.startswith("- ") for p in paragraphs)
    _match(root.iter(*PARAGRAPH_TAGS, *(ITEM_TAGS if items else ())), wanted, found)
    if wanted:
        _match_line_breaks(root, wanted, found)
    unplaced = sum(len(paragraphs[i]) for ids in wanted.values() for i in ids)
    if unplaced >= DIV_PASS_SHARE * sum(len(p) for p in paragraphs):
        _match((el for el in root.iter("div") if is_text_div(el)), wanted, found)
    return found


def _match_line_breaks(
    root: etree._Element, wanted: dict[str, list[int]], found: dict[int, etree._Element]
) -> None:
    """Place paragraphs the extractor cut from one <p> at its line breaks: each run of text
    between <br> tags is matched, and the <p> stands for every piece."""
    for el in root.iter("p"):
        if not wanted:
            return
        if el.find(".//br") is None:
            continue
        for piece in line_pieces(el):
            for i in wanted.pop(_key(piece), ()):
                found[i] = el


def line_pieces(el: etree._Element) -> list[str]:
    """The element's text, in document order, cut at its <br> tags."""
    pieces = [""]
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if node.tag == "br":
                pieces.append("")
            elif isinstance(node.tag, str):
                pieces[-1] += node.text or ""
        elif node is not el:
            pieces[-1] += node.tail or ""
    return pieces


def _match(
    elements: Iterator[etree._Element],
    wanted: dict[str, list[int]],
    found: dict[int, etree._Element],
) -> None:
    for el in elements:
        if not wanted:
            return
        text = el.text_content()
        if len(text) > MAX_PARAGRAPH_CHARS:
            continue
        for i in wanted.pop(_key(text), ()):
            found[i] = el


def article_container(
    ancestors: dict[int, list[etree._Element]], paragraphs: list[str]
) -> etree._Element | None:
    """The deepest element holding CONTAINER_SHARE of the body's characters, if not <body>."""
    total = sum(len(p) for p in paragraphs)
    mass: dict[etree._Element, int] = {}
    for i, chain in ancestors.items():
        for anc in chain:
            mass[anc] = mass.get(anc, 0) + len(paragraphs[i])
    # Elements above the share all hold part of the same majority, so they are nested:
    # the deepest is the one with the smallest mass.
    heavy = [(m, el) for el, m in mass.items() if m >= CONTAINER_SHARE * total]
    if not heavy:
        return None
    box = min(heavy, key=lambda pair: pair[0])[1]
    return None if box.tag in ("body", "html") else box


def is_page_heading(el: etree._Element, chain: list[etree._Element]) -> bool:
    """The page title (h1) or part of a page or article header: read before the story
    container, these are the headline, kicker, dateline and credits, which the cleaner
    reports as metadata rather than body."""
    return el.tag == "h1" or any(anc.tag == "header" for anc in chain)


def trim_trailing_outside(root: etree._Element, body: str) -> str:
    """``body`` without the trailing paragraphs located outside the article container."""
    return refine_region(root, body, restore=False)


@dataclass
class Region:
    """The body's paragraphs located in the page, and the article container they share."""

    paragraphs: list[str]
    found: dict[int, etree._Element]
    ancestors: dict[int, list[etree._Element]]
    box: etree._Element

    def holds_unkept_prose(self, share: float, comments: Collection[etree._Element] = ()) -> bool:
        """True when the container's prose exceeds the body by ``share`` of the body: the
        extractor then kept only part of an article whose container it did find. Reader
        comments inside the container (``comments``: their elements) are not such prose."""
        needed = (1 + share) * sum(len(p) for p in self.paragraphs)
        # Prose is part of the container's text, which one C call measures: most containers
        # are ruled out before the prose count walks their paragraphs.
        if len(self.box.text_content()) <= needed:
            return False
        prose = prose_chars(self.box)
        if prose > needed and comments:
            inside = [el for el in comments if self.box in el.iterancestors()]
            prose -= sum(prose_chars(el) for el in outermost(inside))
        return prose > needed


def outermost(elements: list[etree._Element]) -> list[etree._Element]:
    """The elements not inside another of them (a reply nested in the post it answers)."""
    given = set(elements)
    return [el for el in elements if not any(a in given for a in el.iterancestors())]


def find_region(root: etree._Element, body: str) -> Region | None:
    """The body's paragraphs located and their article container, or None when the body is
    too short or does not mostly come from one container."""
    paragraphs = body.split("\n\n")
    if len(paragraphs) < MIN_PARAGRAPHS:
        return None
    found = locate_paragraphs(root, paragraphs)
    ancestors = {i: list(el.iterancestors()) for i, el in found.items()}
    box = article_container(ancestors, paragraphs)
    return None if box is None else Region(paragraphs, found, ancestors, box)


def refine_region(root: etree._Element, body: str, restore: bool = True) -> str:
    """``body`` trimmed of trailing paragraphs from outside the article container and, with
    ``restore``, of kept furniture inside it, with blocks dropped from among the
    container's paragraphs put back.

    Both need the paragraphs located and the container found, so one pass serves both.
    """
    region = find_region(root, body)
    return body if region is None else refine_found(region, body, restore)


def refine_found(region: Region, body: str, restore: bool = True) -> str:
    """refine_region for a body (``body``) whose region is already found."""
    paragraphs, found, ancestors = region.paragraphs, region.found, region.ancestors
    box = region.box
    inside = {i for i, chain in ancestors.items() if box in chain}
    first, last = min(inside), max(inside)
    furniture = kept_furniture(box)
    keep = [
        i
        for i in range(len(paragraphs))
        if (i <= last or i not in found or i in inside)
        and not (restore and i in inside and furniture.holds(found[i]))
        and not (restore and i < first and i in found and is_page_heading(found[i], ancestors[i]))
    ]
    kept = [paragraphs[i] for i in keep]
    if restore:
        located = {n: found[i] for n, i in enumerate(keep) if i in inside}
        kept = restore_in_container(box, kept, located)
    return "\n\n".join(kept) if kept != paragraphs else body
