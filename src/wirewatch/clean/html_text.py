"""Readable text from an lxml element: blocks on their own lines, chosen subtrees left out.

``itertext`` runs paragraphs together; comment and post texts need line breaks kept so the
later sentence splitter sees them, and quoted blocks must be skipped, not deleted from the
shared tree (trafilatura still reads it).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from lxml import etree

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "tr",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "dd",
        "dt",
        "dl",
        "figure",
        "figcaption",
        "hr",
    ]
)
# Table cells sit side by side on one line: a space keeps their words apart.
CELL_TAGS = frozenset(["td", "th"])
SKIP_TAGS = frozenset(
    ["script", "style", "noscript", "template", "button", "svg", "select", "textarea"]
)
# Runs of horizontal space that need folding: two or more characters, or one that is not a
# plain space (single spaces, most of them, are left alone instead of replaced by themselves).
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]{2,}|[\t\r\f\v\u00a0]")
# A text holding none of these has nothing to fold: most extracted bodies, which then skip
# the regex (its scan costs ten times these substring tests).
_FOLDABLE = ("  ", "\t", "\u00a0", "\r", "\f", "\v")


def element_text(
    el: etree._Element, exclude: Collection[etree._Element] = (), limit: int | None = None
) -> str:
    """Text of ``el`` with block boundaries as newlines, skipping ``exclude`` subtrees.

    With ``limit``, the walk stops once the text surely has ``limit`` characters and the
    result is cut there: a page's menu can hold thousands of nodes when 500 characters do.
    """
    parts: list[str] = []
    numbers: dict[etree._Element, int] = {}
    skip_depth = 0
    # Non-space characters seen: tidy() keeps every one, so they bound its output from below.
    solid = 0
    for event, node in etree.iterwalk(el, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        skipped = tag in SKIP_TAGS or node in exclude
        if event == "start":
            if skipped:
                skip_depth += 1
            if skip_depth == 0:
                if tag in BLOCK_TAGS:
                    parts.append("\n")
                elif tag in CELL_TAGS:
                    parts.append(" ")
                if tag == "li" and node is not el:
                    parts.append(_item_number(node, numbers))
                if node.text and tag:
                    text = node.text
                    if tag == "a" and ("\u2026" in text or "..." in text):
                        text = expanded_link(node, text)
                    parts.append(text)
                    if limit is not None:
                        solid += len("".join(node.text.split()))
                        if solid > limit:
                            break
        else:
            if skipped:
                skip_depth -= 1
            if skip_depth == 0:
                if tag in BLOCK_TAGS:
                    parts.append("\n")
                if node is not el and node.tail:
                    parts.append(node.tail)
                    if limit is not None:
                        solid += len("".join(node.tail.split()))
                        if solid > limit:
                            break
    text = tidy("".join(parts))
    return text[:limit] if limit is not None else text


def expanded_link(link: etree._Element, text: str) -> str:
    """The link's address when its text is that address shortened with an ellipsis.

    Boards print long URLs as "https://example.org/wiki/Compar ... _software"; the address
    itself is what the member posted, and the shortened one no longer names the page.
    """
    href = (link.get("href") or "").strip()
    mark = "\u2026" if "\u2026" in text else "..."
    head, _, tail = text.strip().partition(mark)
    head, tail = head.strip(), tail.strip()
    if (
        head.startswith(("http://", "https://", "www."))
        and len(href) > len(head) + len(tail)
        and head in href[: len(head) + 8]
        and href.endswith(tail)
    ):
        return href
    return text


def _item_number(item: etree._Element, numbers: dict[etree._Element, int]) -> str:
    """The prefix "3. " for the third item of an ordered list (from its ``start``), else "".

    The number is part of what the list says ("step 3"), as a browser shows it. Only plain
    items are numbered: items carrying a class or id come from a template (comment lists,
    menus), which styles its numbers away.
    """
    parent = item.getparent()
    if parent is None or parent.tag != "ol" or item.get("class") or item.get("id"):
        return ""
    n = numbers.get(parent)
    if n is None:
        start = (parent.get("start") or "").strip()
        n = int(start) if start.isdigit() and len(start) < 6 else 1
    numbers[parent] = n + 1
    return f"{n}. "


def tidy(text: str) -> str:
    """Fold spaces within lines; every line becomes a paragraph separated by a blank line."""
    if any(run in text for run in _FOLDABLE):
        # One substitution over the whole text (the pattern never crosses a newline).
        text = _SPACES.sub(" ", text)
    return "\n\n".join(filter(None, map(str.strip, text.split("\n"))))
