"""Finds an article the page wraps in navigation, header, footer or aside markup.

The extractor deletes <nav>, <aside> and <footer> subtrees (and prunes headers) before it
scores anything. Pages with an unclosed menu or header element, which the parser then
stretches over the rest of the page, or templates that put the story inside such a tag,
lose their whole article that way and keep only scraps. Page furniture never holds most of
a page's prose, so an element of those tags that does is taken for a misnested wrapper:
when the extracted body is much shorter than that prose, the wrappers are read as plain
divs and the extractor runs again (the caller keeps the longer result).
"""

from __future__ import annotations

from lxml import etree

from wirewatch.clean.html_recover import prose_chars

FURNITURE_TAGS = ("nav", "aside", "footer", "header")
# The wrapper holds at least this share of the page's prose, and this many characters.
MIN_PAGE_SHARE = 0.5
MIN_WRAPPED_PROSE = 1000
# ... and the extracted body holds less than this share of the wrapper's prose.
MAX_BODY_SHARE = 0.7


def article_wrappers(root: etree._Element, body_chars: int) -> list[etree._Element]:
    """Furniture-tag elements holding most of the page's prose, when the body missed it.

    Text length (one C call per element) rules out real menus and footers before the
    per-paragraph prose count runs, so ordinary pages pay almost nothing.
    """
    needed = max(MIN_WRAPPED_PROSE, body_chars / MAX_BODY_SHARE)
    wrappers = [
        el
        for el in root.iter(*FURNITURE_TAGS)
        if len(el.text_content()) >= needed and prose_chars(el) >= needed
    ]
    if not wrappers:
        return []
    page = root.find("body")
    total = prose_chars(page if page is not None else root)
    return [el for el in wrappers if prose_chars(el) >= MIN_PAGE_SHARE * total]


def unwrap(wrappers: list[etree._Element]) -> list[tuple[etree._Element, str]]:
    """Turn the wrappers into divs; returns what :func:`rewrap` needs to undo it."""
    undo = [(el, str(el.tag)) for el in wrappers]
    for el in wrappers:
        el.tag = "div"
    return undo


def rewrap(undo: list[tuple[etree._Element, str]]) -> None:
    """Give the wrappers back their own tags."""
    for el, tag in undo:
        el.tag = tag
