"""Cuts the stretches a page marks as not for search indexing (googleoff/googleon pairs).

Site builders wrap what they do not want quoted in search results between the comments
``<!--googleoff: all-->`` and ``<!--googleon: all-->``: consent notices, menus, prompts to
join before an image's details are shown. The page itself says these words are not its
content, so they leave the tree before posts or the article are read, and are recorded as
dropped. The parser discards comments, so on pages holding the marker the comment pairs
are first rewritten as empty marker elements. Only a pair under one parent is cut: a stretch
crossing element boundaries cannot be cut without guessing where it ends.
"""

from __future__ import annotations

import re
from functools import cache

from lxml import etree

from wirewatch.clean.html_cues import cues
from wirewatch.clean.html_text import element_text
from wirewatch.clean.html_tree import remove_keeping_tail
from wirewatch.document import Dropped

OFF_TAG = "wirewatch-unindexed-off"
ON_TAG = "wirewatch-unindexed-on"
MAX_STRETCHES = 50
MAX_STRETCH_NODES = 200  # siblings walked looking for the closing marker
MAX_DROPPED_CHARS = 500


@cache
def _settings() -> dict:
    return cues()["unindexed"]


def marker() -> str:
    """The raw-HTML string a page must hold for any of this to run."""
    return str(_settings()["marker"])


@cache
def _comments() -> re.Pattern[str]:
    kinds = "|".join(re.escape(k) for k in _settings()["kinds"])
    return re.compile(
        rf"<!--\s{{0,5}}google(off|on)\s{{0,5}}:?\s{{0,5}}(?:{kinds})\s{{0,5}}-->", re.IGNORECASE
    )


def mark_unindexed(html: str) -> str:
    """``html`` with its googleoff/googleon comments rewritten as empty marker elements."""
    return _comments().sub(
        lambda m: (
            f"<{OFF_TAG}></{OFF_TAG}>" if m.group(1).lower() == "off" else f"<{ON_TAG}></{ON_TAG}>"
        ),
        html,
    )


def remove_unindexed(root: etree._Element) -> list[Dropped]:
    """Detach what lies between each off marker and the next on marker under its parent;
    the markers go too."""
    dropped: list[Dropped] = []
    for opening in list(root.iter(OFF_TAG))[:MAX_STRETCHES]:
        parent = opening.getparent()
        if parent is None:
            continue
        stretch = _stretch(opening)
        if stretch is not None:
            words = [opening.tail or ""]
            for el in stretch:
                words += [element_text(el, limit=MAX_DROPPED_CHARS), el.tail or ""]
                # lxml removes an element's tail with it: the stretch runs up to the marker.
                parent.remove(el)
            opening.tail = None
            text = " ".join(" ".join(words).split())[:MAX_DROPPED_CHARS]
            if text:
                dropped.append(Dropped(kind="other", text=text))
        remove_keeping_tail(opening)
    for closing in list(root.iter(ON_TAG)):
        remove_keeping_tail(closing)
    return dropped


def _stretch(opening: etree._Element) -> list[etree._Element] | None:
    """The siblings between ``opening`` and the next closing marker, or None when there is
    none under the same parent."""
    out: list[etree._Element] = []
    for node in opening.itersiblings():
        if len(out) >= MAX_STRETCH_NODES or node.tag == OFF_TAG:
            return None
        if node.tag == ON_TAG:
            return out
        out.append(node)
    return None
