"""Small facts about a clause read from the parse, shared by the role, modality and request
readers (each used to spell them out on its own)."""

from __future__ import annotations

from spacy.tokens import Token


def is_to_infinitive(verb: Token) -> bool:
    """Is ``verb`` the head of a to-infinitive ("urged Russia [to withdraw]")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
