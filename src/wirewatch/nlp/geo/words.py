"""A Doc's token texts and lowercase forms as plain lists, read once per document.

Per-token loops that only look at words need no spaCy ``Token`` objects, whose creation is
most of the cost of such loops; ``Doc.to_array`` hands the string ids over in one call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LOWER, ORTH

if TYPE_CHECKING:
    from spacy.tokens import Doc


def words_of(doc: Doc) -> tuple[list[str], list[str]]:
    """Every token's text and its lowercase form (``Token.text``, ``Token.lower_``)."""
    if not len(doc):
        return [], []
    strings = doc.vocab.strings
    orth, lower = doc.to_array([ORTH, LOWER]).T.tolist()
    return [strings[i] for i in orth], [strings[i] for i in lower]
