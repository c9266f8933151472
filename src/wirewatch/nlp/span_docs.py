"""Sentences copied out as Docs of their own, reading each parent Doc's annotations once.

``Span.as_doc`` exports the annotations of the whole parent Doc every time it is called, so
copying out every sentence of a long article costs time quadratic in its length. spaCy lets a
caller pass that export in; it is made once per parent here. ``as_doc`` rewrites the rows of
the sentence it copies (heads that point outside it, an entity cut at its start), so those
rows are put back before the next sentence of the same parent is copied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span


def sentence_docs(spans: Iterable[Span]) -> list[Doc]:
    """``[span.as_doc() for span in spans]``, the same Docs at a fraction of the cost."""
    exports: dict[int, tuple[Doc, list[int], Any]] = {}
    out = []
    for span in spans:
        parent = span.doc
        if id(parent) not in exports:
            head = parent._get_array_attrs()
            exports[id(parent)] = (parent, head, parent.to_array(head))
        _, head, array = exports[id(parent)]
        rows = array[span.start : span.end].copy()
        out.append(span.as_doc(array_head=head, array=array))
        array[span.start : span.end] = rows
    return out
