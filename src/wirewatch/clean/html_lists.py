"""Puts back lists and headings the main-text extractor dropped from inside the article.

trafilatura discards many content lists (items that are links, or that open with a bold
term, score as boilerplate), leaving an orphan "... the following:" paragraph in the body.
A paragraph ending in a colon that is not followed by a list in the extracted text, while
the page puts a list right after it, is strong evidence the list is part of the article.
The tree is searched only when the body has such an orphan, so most pages pay nothing.
Headings are restored the same way: only right before a paragraph the body kept.
"""

from __future__ import annotations

import re

from lxml import etree

MAX_INTRO_CHARS = 300
MAX_ITEMS = 60
MAX_ITEM_CHARS = 1000
LIST_TAGS = ("ul", "ol", "dl", "table")
INTRO_TAGS = frozenset(["p", "div", "span", "strong", "b", "h2", "h3", "h4", "h5", "h6"])
# Lists inside page chrome are navigation even when a colon line precedes them.
CHROME_TAGS = frozenset(["nav", "header", "footer", "aside", "form", "menu"])
# Invisible siblings (inline styles, scripts) may sit between the intro and its list.
INVISIBLE_TAGS = frozenset(["style", "script", "noscript", "template", "link", "meta"])
_LISTED = re.compile(r"^(- |\* |• |\| |\d{1,3}[.)] )")


def _norm(text: str) -> str:
    # str.split() folds the same (Unicode) whitespace as \s+, without a call per word.
    return " ".join(text.split())


def orphan_intros(paragraphs: list[str]) -> set[str]:
    """Colon-ended paragraphs whose next paragraph is not a list item or table row."""
    out = set()
    for i, para in enumerate(paragraphs):
        if not para.endswith(":") or len(para) > MAX_INTRO_CHARS:
            continue
        nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
        if not _LISTED.match(nxt):
            out.add(_norm(para))
    return out


def _list_lines(lst: etree._Element) -> list[str]:
    """One line per item: "- item" for lists, "| cell | cell |" for table rows."""
    if lst.tag == "table":
        rows = []
        for tr in lst.iter("tr"):
            cells = [_norm(td.text_content()) for td in tr if td.tag in ("td", "th")]
            if any(cells):
                rows.append("| " + " | ".join(cells)[:MAX_ITEM_CHARS] + " |")
            if len(rows) >= MAX_ITEMS:
                break
        return rows
    kids = ("dt", "dd") if lst.tag == "dl" else ("li",)
    items = [_norm(li.text_content()) for li in lst.iterchildren(*kids)][:MAX_ITEMS]
    return [f"- {it[:MAX_ITEM_CHARS]}" for it in items if it]


def _previous_visible(el: etree._Element) -> etree._Element | None:
    prev = el.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or prev.tag in INVISIBLE_TAGS):
        prev = prev.getprevious()
    return prev


def _intro_element(lst: etree._Element) -> etree._Element | None:
    """The element right before the list, looking past one wrapper the list opens."""
    prev = _previous_visible(lst)
    if prev is None:
        parent = lst.getparent()
        if parent is not None and parent.tag == "div":
            prev = _previous_visible(parent)
    if prev is None or prev.tag not in INTRO_TAGS:
        return None
    return prev


def _in_chrome(el: etree._Element) -> bool:
    return any(a.tag in CHROME_TAGS for a in el.iterancestors())


def restore_dropped_lists(root: etree._Element, body: str) -> str:
    """``body`` with each orphan intro followed by the list the page places after it."""
    paragraphs = body.split("\n\n")
    intros = orphan_intros(paragraphs)
    if not intros:
        return body
    found: dict[str, list[str]] = {}
    flat = _norm(body)
    for lst in root.iter(*LIST_TAGS):
        prev = _intro_element(lst)
        if prev is None:
            continue
        intro = _norm(prev.text_content())
        if intro not in intros or intro in found or _in_chrome(lst):
            continue
        lines = _list_lines(lst)
        if lines and _norm(lines[0].strip("-| ").split(" | ")[0]) not in flat:
            found[intro] = lines
    if not found:
        return body
    out: list[str] = []
    for para in paragraphs:
        out.append(para)
        out.extend(found.pop(_norm(para), []))
    return "\n\n".join(out)


HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
# A heading may be followed by a wrapper (or a list) rather than by its first paragraph.
WRAPPER_TAGS = frozenset(["div", "section", "ul", "ol"])
MAX_HEADING_CHARS = 200


def _next_visible(el: etree._Element) -> etree._Element | None:
    nxt = el.getnext()
    while nxt is not None and (not isinstance(nxt.tag, str) or nxt.tag in INVISIBLE_TAGS):
        nxt = nxt.getnext()
    return nxt


def _opening_keys(nxt: etree._Element | None) -> list[str]:
    """How the first paragraph after a heading would read in the body (item or not)."""
    if nxt is not None and nxt.tag in WRAPPER_TAGS:
        nxt = next(nxt.iter("p", "li"), None)
        if nxt is not None:
            text = _norm(nxt.text_content())
            return [text, f"- {text}"] if text else []
    if nxt is None or nxt.tag != "p":
        return []
    return [_norm(nxt.text_content())]


def restore_dropped_headings(root: etree._Element, body: str) -> str:
    """``body`` with section headings put back before the kept paragraph they introduce.

    The extractor drops some headings (often question-style FAQ headings) while keeping the
    paragraph under them; a heading is restored only when the very next element's text, or
    the first paragraph or item of the wrapper or list right after it, is a body paragraph, so
    headings of discarded sections stay out.
    """
    paragraphs = body.split("\n\n")
    index: dict[str, int] | None = None
    flat = _norm(body)
    before: dict[int, str] = {}
    for head in root.iter(*HEADING_TAGS):
        # Most headings were kept: test the cheap string containment before the neighbour.
        title = _norm(head.text_content())
        if not title or len(title) > MAX_HEADING_CHARS or title in flat:
            continue
        # A body paragraph, folded, is part of the folded body: headings whose next paragraph
        # is not (most dropped headings, whose section went too) need no paragraph index.
        keys = [k for k in _opening_keys(_next_visible(head)) if k in flat]
        if not keys:
            continue
        if index is None:
            index = {_norm(p): i for i, p in reversed(list(enumerate(paragraphs)))}
        at = next((index[k] for k in keys if k in index), None)
        if at is not None and at not in before:
            before[at] = title
    if not before:
        return body
    out: list[str] = []
    for i, para in enumerate(paragraphs):
        if i in before:
            out.append(before[i])
        out.append(para)
    return "\n\n".join(out)
