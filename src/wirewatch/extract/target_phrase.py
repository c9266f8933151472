"""Where a target phrase ends: the party acted on, not a description or a whereabouts.

Event coders underline whom an act was aimed at: "Hodeidah", not "Hodeidah, a major
flashpoint in the war"; "the Chinese ambassador", not "the Chinese ambassador in Berlin"
(the ambassador is who was summoned, Berlin only where he serves). Two trailing parts are
left out of a target: an apposition that describes rather than names ("the Iraq
Humanitarian Fund, a pooled fund managed by…"; a name in apposition, "his counterpart,
Michel Aoun", stays, and so does what a person is: "Aya Hijazi, an aid worker held in
Egypt"), and where a person or an office holder is ("US President Donald Trump in
Washington", "the Egyptian ambassador in Berlin"). A group or a thing keeps its place,
which says which one is meant ("militants in South Waziristan", "positions in eastern
Syria").
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.extract.roles import TRAILING_DROP, Role

WHEREABOUTS_PREPS = frozenset({"in", "near", "at", "on", "outside"})
NAMING_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _named(head: Token) -> bool:
    """A name, or a noun a name or nationality singles out ("Chinese ambassador")."""
    if head.pos_ == "PROPN":
        return True
    return any(
        c.dep_ in NAMING_DEPS and (c.pos_ == "PROPN" or c.text[:1].isupper()) and c.i > 0
        for c in head.lefts
    )


# Office holders: "the Chinese ambassador in Berlin" is who was summoned wherever he serves
# ("the government in Kabul" is left alone: there the place says which government).
OFFICIALS = frozenset(
    (
        "ambassador ambassadors envoy envoys diplomat diplomats authorities officials official "
        "affaires minister ministers president premier chancellor counterpart counterparts "
        "leader leaders king queen emir prince secretary governor mayor"
    ).split()
)


def _person(head: Token) -> bool:
    """A person, or office holders a name or nationality singles out."""
    return head.ent_type_ == "PERSON" or (head.lower_ in OFFICIALS and _named(head))


def _describes(appos: Token) -> bool:
    """An apposition headed by a common noun says what the party is, not who; about a
    person it still tells who ("Aya Hijazi, an American aid worker held in Egypt"), and a
    bracketed short form is part of the name."""
    if appos.pos_ != "NOUN" or appos.head.ent_type_ == "PERSON":
        return False
    first = appos.left_edge
    return first.text != "(" and (first.i == 0 or appos.doc[first.i - 1].text != "(")


def _cut_at(role: Role, tok: Token) -> Role:
    """The role ending before ``tok`` (and before a comma or conjunction left dangling)."""
    doc = role.head.doc
    last = doc[tok.i - 1]
    while last.i > role.head.i and last.lower_ in TRAILING_DROP:
        last = doc[last.i - 1]
    return Role(role.head, role.start, min(role.end, last.idx + len(last.text)))


def _outside(tok: Token, role: Role) -> bool:
    """Is ``tok`` attached outside the phrase (a place the parser hung on the verb)?"""
    return not (role.start <= tok.head.idx < role.end)


def trimmed_target(role: Role | None) -> Role | None:
    """The target without a describing apposition or the whereabouts of a person."""
    if role is None:
        return None
    head = role.head
    doc = head.doc
    for tok in doc[head.i + 1 :]:
        if tok.idx >= role.end:
            break
        if tok.dep_ == "appos" and tok.head.i == head.i and _describes(tok):
            return _cut_at(role, tok.left_edge)
        attached = tok.head.i == head.i or _outside(tok, role)
        whereabouts = tok.dep_ == "prep" and tok.lower_ in WHEREABOUTS_PREPS and attached
        if whereabouts and _person(head):
            return _cut_at(role, tok)
    return role
