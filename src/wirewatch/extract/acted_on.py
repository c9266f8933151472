"""Whom or where an act was aimed at when the parse names no party as its object.

Many acts take no object of their own: "Sudan is willing to withdraw its troops from
Abyei", "Troops remained on alert in Manila", "X called for sanctions against Turkey",
"Y launched a mediation effort between India and Pakistan". Event coders (CAMEO) then code
the party or the named place the act bears on as its target: the side the sanctions hit,
the two sides mediated between, the country troops leave or stand guard in. This module
reads that party from the prepositions of the act, of what it moves or asks for, and of
the verb that carries a nominal act ("launched a mediation effort between…"). Only a name
(or a noun a name owns: "Afghanistan's Faryab province") counts, never a date, so a plain
circumstance ("in a statement", "from the start") is not taken for a party.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.extract.background import is_meeting_noun
from wirewatch.extract.roles import TIME_WORDS, Role, is_reciprocal, phrase, role_words

# Prepositions naming the side an act bears on, tried before the ones naming where it was.
PARTY_PREPS = ("against", "between", "on", "upon", "toward", "towards")
# After these even an unnamed side is the party ("an offensive against militants").
ANY_PARTY_PREPS = frozenset({"against"})
PLACE_PREPS = ("from", "in", "inside", "at", "across", "throughout", "into")
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# How an argument of the act hangs on it: objects (what is withdrawn, what is called for).
CARRIED_DEPS = frozenset({"dobj", "obj", "pobj", "attr"})
# A noun act is carried by the verb it is the object of ("launched an offensive").
CARRIER_DEPS = frozenset({"dobj", "obj"})
# A verb's clause partner that still says what is done ("began [withdrawing] troops").
MAX_ARGUMENT_DISTANCE = 20


def _names(tok: Token) -> bool:
    """Does this modifier name a party ("US laws", "Palestinian towns", "Iraq's army")?"""
    return (
        tok.dep_ in {"poss", "compound", "amod"}
        and tok.lower_ not in TIME_WORDS
        and (tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.i > tok.sent.start))
    )


def _is_named(tok: Token) -> bool:
    """A name, or a noun a name owns or qualifies ("Afghanistan's province", "US laws",
    "the disputed territory of Kashmir")."""
    if tok.lower_ in TIME_WORDS or tok.like_num or tok.ent_type_ in TIME_ENTITIES:
        return False
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ != "NOUN":
        return False
    if any(_names(c) for c in tok.lefts):
        return True
    of = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"]
    return any(o.dep_ == "pobj" and o.pos_ == "PROPN" for p in of for o in p.children)


def _prep_party(head: Token, preps: tuple[str, ...]) -> Token | None:
    """The named object of ``head``'s first preposition among ``preps``, in their order."""
    found: dict[str, Token] = {}
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.lower_ in found:
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if not objs and prep.lower_ in ANY_PARTY_PREPS:
            # "a lawsuit against [visiting] Crown Prince X": the tagger reads the adjective
            # as a verb; its object is the party
            objs = [
                o
                for c in prep.children
                if c.dep_ == "pcomp" and c.tag_ == "VBG"
                for o in c.children
                if o.dep_ in {"dobj", "obj"}
            ]
        if objs and (_is_named(objs[0]) or (prep.lower_ in ANY_PARTY_PREPS and _party(objs[0]))):
            found[prep.lower_] = objs[0]
    return next((found[p] for p in preps if p in found), None)


def _party(tok: Token) -> bool:
    """A common noun that can name a side ("against militants"), not a date or amount."""
    return tok.pos_ == "NOUN" and tok.lower_ not in TIME_WORDS and not tok.like_num


def _heads(trigger: Token) -> list[Token]:
    """The act, what it moves or asks for, and the verb that carries a nominal act."""
    heads = [trigger]
    for child in trigger.children:
        if child.dep_ in CARRIED_DEPS and abs(child.i - trigger.i) <= MAX_ARGUMENT_DISTANCE:
            heads.append(child)
        elif child.dep_ == "appos":
            # "launched an operation, Operation X, against militants": the act renamed
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ == "for":
            # "called for sanctions against X": what is asked for
            heads.extend(c for c in child.children if c.dep_ == "pobj")
    for prep in [c for h in heads for c in h.children if c.dep_ == "prep"]:
        # "filed a lawsuit [in a Paris court] against X": the parser may hang the party on
        # the place where the act was done
        heads.extend(c for c in prep.children if c.dep_ == "pobj" and c.i != trigger.i)
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in CARRIER_DEPS:
        heads.append(trigger.head)
    elif trigger.dep_ == "prep" or (trigger.dep_ == "pobj" and trigger.head.dep_ == "prep"):
        # "troops remained [on alert] in Manila": the verb the phrase hangs on
        prep = trigger if trigger.dep_ == "prep" else trigger.head
        heads.append(prep.head)
    return heads


def acted_on(trigger: Token, source_span: tuple[int, int] | None = None) -> Token | None:
    """The named party or place an act without an object bears on, else None.

    ``source_span`` (character offsets) keeps the doer from being read as its own target.
    """
    if trigger.lower_ in role_words().ground_nouns:
        return None  # "gains on the border": where the ground lies, no side
    heads = _heads(trigger)
    together = is_reciprocal(trigger)
    # a crowd gathered in protest stands somewhere; the place is not what it protests
    meeting = is_meeting_noun(trigger) or trigger.lower_ in role_words().gathering_verbs
    for preps in (PARTY_PREPS, PLACE_PREPS):
        for head in heads:
            own = head.i == trigger.i
            venue = (together and own) or meeting or (not own and is_meeting_noun(head))
            if preps is PLACE_PREPS and venue:
                # "the two sides signed a deal in Beijing", "held talks in Geneva", "will
                # stage a conference in Brussels": where an act done together or a meeting
                # took place is no party to it ("agreed to a
                # ceasefire in Syria" still bears on Syria)
                continue
            found = _prep_party(head, preps)
            if found is None:
                continue
            if source_span is not None and source_span[0] <= found.idx < source_span[1]:
                continue
            if found.i == trigger.i or trigger in found.subtree:
                # "open to [Chinese investments]": the act itself is no party to it
                continue
            return found
    return None


def acted_on_role(trigger: Token, source: Role | None) -> Role | None:
    """:func:`acted_on` as a phrase ("between India and Pakistan" keeps both sides)."""
    span = (source.start, source.end) if source is not None else None
    found = acted_on(trigger, span)
    return phrase(found) if found is not None else None


# What is shared is no party to the sharing ("shared evidence with Mexico").
SHARED_THINGS = frozenset(
    "intelligence information evidence data expertise records files experience".split()
)
SHARING_PREPS = ("with",)


def shared_with(trigger: Token, target: Role | None) -> Role | None:
    """The side something is shared with, when the object is only what is shared."""
    if target is None or target.head.lower_ not in SHARED_THINGS:
        return None
    for head in (trigger, target.head):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in SHARING_PREPS:
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if objs and objs[0].pos_ in {"NOUN", "PROPN"}:
                    return phrase(objs[0])
    return None


# Between two coordinated verbs sharing one object ("agreed and accepted the proposal"), only
# the conjunction and adverbs may stand.
SHARED_OBJECT_GAP = frozenset({"cc", "advmod", "punct"})
MAX_SHARED_OBJECT_GAP = 3


def object_sharer(trigger: Token) -> Token | None:
    """The verb whose object an objectless verb shares: "condemned and rejected [the
    proposal]", "formally agreed and accepted [the offer]" (one object for both acts)."""
    if trigger.pos_ != "VERB" or any(c.dep_ in {"dobj", "obj"} for c in trigger.children):
        return None
    for conj in trigger.rights:
        if conj.dep_ != "conj" or conj.pos_ != "VERB":
            continue
        between = trigger.doc[trigger.i + 1 : conj.i]
        if len(between) > MAX_SHARED_OBJECT_GAP or any(
            t.dep_ not in SHARED_OBJECT_GAP for t in between
        ):
            return None
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children)
        has_object = any(c.dep_ in {"dobj", "obj"} for c in conj.children)
        return conj if has_object and not own_subject else None
    return None
