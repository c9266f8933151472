"""Small facts about a clause read from the parse, shared by the role, modality and request
readers (each used to spell them out on its own)."""

from __future__ import annotations

from spacy.tokens import Token

# "dozens of protesters", "a group of soldiers", "hundreds of residents": words of number
# or grouping whose people are named after their "of".
QUANTITY_WORDS = frozenset(
    "dozens hundreds thousands millions scores tens million thousand hundred group groups "
    "number members member some many most few several one two three four five six seven "
    "eight nine ten all band unit team busload crowd".split()
)


def is_to_infinitive(verb: Token) -> bool:
    """Is ``verb`` the head of a to-infinitive ("urged Russia [to withdraw]")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
