"""Editing a parsed page without losing its words."""

from __future__ import annotations

from lxml import etree


def remove_keeping_tail(el: etree._Element) -> None:
    """Detach ``el`` from its parent, keeping the text that follows it in place (lxml keeps
    that text on the element itself, as its tail)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
