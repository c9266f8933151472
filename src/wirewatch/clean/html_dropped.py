"""Boilerplate blocks (navigation, teasers, forms, share bars, bylines, captions) for audit.

These are recorded in ``Cleaned.dropped`` so an analyst can see what was removed; the main
text extractor already leaves them out, so this pass only reads the tree.
"""

from __future__ import annotations

from lxml import etree

from wirewatch.clean.html_cues import dropped_paths
from wirewatch.clean.html_text import element_text
from wirewatch.document import Dropped

MAX_DROPPED = 40
MAX_DROPPED_CHARS = 500


def find_dropped(root: etree._Element, keep: set[etree._Element] | None = None) -> list[Dropped]:
    """Dropped records for boilerplate blocks, skipping ones inside ``keep`` (posts)."""
    out: list[Dropped] = []
    seen: set[str] = set()
    taken: set[etree._Element] = set()
    for kind, xpath in dropped_paths():
        for el in xpath(root):
            if len(out) >= MAX_DROPPED:
                return out
            if el in taken or any(a in taken for a in el.iterancestors()):
                continue
            if keep and (el in keep or any(a in keep for a in el.iterancestors())):
                continue
            text = element_text(el)[:MAX_DROPPED_CHARS]
            if not text or text in seen:
                continue
            seen.add(text)
            taken.add(el)
            out.append(Dropped(kind=kind, text=text))
    return out
