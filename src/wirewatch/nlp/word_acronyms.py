"""Acronyms that spell an English word ("IS") are shown to the model as the names they are.

The small English model sees a token through its norm, prefix, suffix and shape; "IS" has the
norm "is", so "IS fighters attacked" is tagged and parsed as if it had a verb "is", which
costs the sentence its subject. Giving the token another norm before the first component
runs is enough for tagger, parser and NER to read a proper noun. The list is data
(``data/word_acronyms.yaml``); an acronym inside a run of capitals is the word itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

import numpy as np
import yaml
from spacy.attrs import ORTH
from spacy.tokens import Doc

COMPONENT = "wirewatch_word_acronyms"


@lru_cache(maxsize=1)
def word_acronyms() -> dict[str, str]:
    path = resources.files("wirewatch") / "data" / "word_acronyms.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in data.items()}


def _in_capitals(words: Sequence[str], i: int) -> bool:
    """A neighbouring word in capitals too: an all-caps headline, where "IS" is a verb."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(words):
            text = words[j]
            if len(text) > 1 and text.isalpha() and text.isupper():
                return True
    return False


def mark_word_acronyms(doc: Doc) -> Doc:
    """Set the norm of each listed acronym that is not part of a run of capitals."""
    table = word_acronyms()
    # the common case, a page with none of them, is told from the token ids alone: no Token
    # objects and no rebuilt text
    ids = np.array([doc.vocab.strings.add(a) for a in table], dtype=np.uint64)
    hits = np.flatnonzero(np.isin(doc.to_array(ORTH), ids))
    for i in hits.tolist():
        tok = doc[i]
        norm = table[tok.text]
        lo = max(tok.i - 1, 0)
        if not _in_capitals([t.text for t in doc[lo : tok.i + 2]], tok.i - lo):
            tok.norm_ = norm
    return doc


def is_word_acronym_in_capitals(words: Sequence[str], i: int) -> bool:
    """For token lists without a Doc (the KB matcher): a listed acronym among capitals."""
    return words[i] in word_acronyms() and _in_capitals(words, i)
