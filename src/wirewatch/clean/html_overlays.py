"""Removes overlays (consent managers, modal dialogs) from the tree before text extraction.

A cookie or privacy dialog holds long paragraphs of legal prose that read like content; an
extractor asked for comments on a discussion page happily keeps them. They are never part
of what a page says, so on discussion pages they are cut from the shared tree once, and
recorded as dropped.
The XPaths (data in html_cues.yaml) run in lxml's C code, and only on pages whose raw HTML
holds one of their marker strings: no extra walk in Python, and none at all on most pages.
"""

from __future__ import annotations

from functools import cache

from lxml import etree

from wirewatch.clean.html_cues import cues
from wirewatch.clean.html_text import element_text
from wirewatch.clean.html_tree import remove_keeping_tail
from wirewatch.clean.raw_markers import MarkerScan
from wirewatch.document import Dropped

MAX_OVERLAYS = 50
MAX_DROPPED_CHARS = 500
PAGE_FRAME = frozenset(["html", "head", "body", "main", "article"])


@cache
def _overlay_rules() -> tuple[tuple[tuple[str, ...], etree.XPath], ...]:
    rules = []
    for rule in cues()["overlays"]:
        markers = rule["marker"]
        markers = (markers,) if isinstance(markers, str) else tuple(markers)
        rules.append((markers, etree.XPath(rule["xpath"])))
    return tuple(rules)


def remove_overlays(root: etree._Element, scan: MarkerScan) -> list[Dropped]:
    """Detach overlay elements (outermost only), keeping the text that follows each."""
    found: list[etree._Element] = []
    for markers, xpath in _overlay_rules():
        if any(scan.has(m) for m in markers):
            found += [el for el in xpath(root) if _removable(el)]
    chosen = set(found)
    dropped: list[Dropped] = []
    for el in found[:MAX_OVERLAYS]:
        parent = el.getparent()
        if parent is None or any(a in chosen for a in el.iterancestors()):
            continue
        text = element_text(el, limit=MAX_DROPPED_CHARS)
        remove_keeping_tail(el)
        if text:
            dropped.append(Dropped(kind="other", text=text))
    return dropped


def _removable(el: object) -> bool:
    """Never the page's frame, nor a container that holds an article (some sites show the
    story itself in a dialog)."""
    if not isinstance(el, etree._Element) or el.tag in PAGE_FRAME:
        return False
    return el.find(".//article") is None and el.find(".//main") is None
