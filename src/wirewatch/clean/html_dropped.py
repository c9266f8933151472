"""Boilerplate blocks (navigation, teasers, forms, share bars, bylines, captions) for audit.

These are recorded in ``Cleaned.dropped`` so an analyst can see what was removed; the main
text extractor already leaves them out, so this pass only reads the tree. All selectors are
tested in one walk behind a regex prefilter: an XPath per selector cost as much as a
quarter of the main extraction.
"""

from __future__ import annotations

from lxml import etree

from wirewatch.clean.html_cues import dropped_prefilter, dropped_selectors
from wirewatch.clean.html_text import element_text
from wirewatch.document import Dropped

MAX_DROPPED = 40
MAX_DROPPED_CHARS = 500


def find_dropped(root: etree._Element, keep: set[etree._Element] | None = None) -> list[Dropped]:
    """Dropped records for boilerplate blocks, outermost first, skipping ones inside ``keep``."""
    selectors = dropped_selectors()
    prefilter = dropped_prefilter()
    # The prefilter's test, inlined: it runs on every element of the page.
    tags, attrs = prefilter.tags, prefilter.attrs
    out: list[Dropped] = []
    seen: set[str] = set()
    keep = keep or set()
    walk = etree.iterwalk(root, events=("start",))
    for _, el in walk:
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if keep and el in keep:
            # Blocks inside a kept post or an already dropped block are not reported.
            walk.skip_subtree()
            continue
        if tag not in tags:
            for name, value in el.items():
                rx = attrs.get(name)
                if rx is not None and rx.search(value):
                    break
            else:
                continue
        kind = next((s.kind for s in selectors if s.matches(tag, el.get)), None)
        if kind is None:
            continue
        text = element_text(el, limit=MAX_DROPPED_CHARS)
        if not text or text in seen:
            continue
        seen.add(text)
        walk.skip_subtree()
        out.append(Dropped(kind=kind, text=text))
        if len(out) >= MAX_DROPPED:
            break
    return out
