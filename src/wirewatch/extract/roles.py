"""Source and target of an event from the dependency parse of its sentence.

Subject/agent is the source, object is the target; "against/on/with/to" phrases supply a
target when there is no object; passives swap roles ("was attacked by X"); "Kunduz fell to
the Taliban" makes the Taliban the source and Kunduz the thing taken. Not "the first two
entities in the sentence".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from wirewatch.extract.modality import clause_chain

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "iobj", "attr", "dative"})
TARGET_PREPS = frozenset(
    {"against", "on", "upon", "with", "to", "into", "toward", "towards", "at", "of", "over"}
)
SOURCE_PREPS_FOR_NOUNS = frozenset({"by", "from"})
# Verbs whose grammatical subject is what is taken or hit ("Kunduz fell to the Taliban").
SUBJECT_IS_TARGET = frozenset({"fall", "fell", "fallen", "falls", "falling"})
# Heads that hand their subject down to the event in an open complement ("ready to defend").
LIGHT_NOUNS_VERBS = frozenset(
    {
        "launch",
        "carry",
        "conduct",
        "stage",
        "hold",
        "make",
        "mount",
        "pay",
        "begin",
        "continue",
        "resume",
        "announce",
        "order",
        "step",
        "intensify",
    }
)


@dataclass
class Role:
    """An argument: its head token and the character span of its phrase in the sentence doc."""

    head: Token
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.head.doc.text[self.start : self.end]


def phrase(token: Token) -> Role:
    """The noun phrase headed by ``token``: its left modifiers and "of"/compound attachments,
    without relative clauses, appositions or long trailing material."""
    keep = {
        "compound",
        "amod",
        "poss",
        "det",
        "nummod",
        "nmod",
        "case",
        "quantmod",
        "prep",
        "pobj",
        "flat",
        "punct",
    }
    left = token
    for child in token.lefts:
        if child.dep_ in keep or child.dep_ in {"nmod", "npadvmod"}:
            left = min(left, child.left_edge, key=lambda t: t.i)
            break
    right = token
    for child in token.rights:
        if child.dep_ in {"compound", "flat"}:
            right = child
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i - token.i <= 2:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                right = objs[0].right_edge if objs[0].right_edge.i - token.i < 8 else objs[0]
        else:
            break
    while (
        left.i < token.i
        and left.dep_ in {"det", "punct"}
        and left.lower_ in {"the", "a", "an", ",", "“", '"'}
    ):
        left = left.doc[left.i + 1]
    return Role(token, left.idx, right.idx + len(right.text))


def _children(tok: Token, deps: frozenset[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _prep_object(tok: Token, preps: frozenset[str]) -> Token | None:
    for prep in tok.children:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in preps:
            objs = _children(prep, frozenset({"pobj"}))
            if objs:
                return objs[0]
    return None


def _resolve_relative(tok: Token) -> Token:
    """A relative pronoun ("who", "which") stands for the noun its clause modifies."""
    if tok.lower_ in {"who", "which", "that"} and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


# Objects that are the means of the act, not its target ("deploy troops to X", "provide
# assistance to X"): the target is then the recipient or destination phrase.
INSTRUMENT_OBJECTS = frozenset(
    (
        "troops forces soldiers units personnel servicemen assistance aid support help "
        "weapons arms equipment money funds supplies control security protection measures "
        "boots contingent battalion battalions brigade brigades"
    ).split()
)
RECIPIENT_PREPS = frozenset({"to", "into", "for", "near", "in", "toward", "towards"})


def verb_roles(trigger: Token, subject_is_target: bool = False) -> tuple[Role | None, Role | None]:
    chain = clause_chain(trigger)
    source = target = None
    passive = _children(trigger, PASSIVE_SUBJECT_DEPS)
    if passive:
        target = passive[0]
        agent = _prep_object(trigger, frozenset({"by"}))
        source = agent
    else:
        for tok in chain:
            subj = _children(tok, SUBJECT_DEPS)
            if not subj and tok.i != trigger.i:
                # "Russia is set to redeploy": the passive subject of a governing head
                subj = _children(tok, PASSIVE_SUBJECT_DEPS)
            if subj:
                source = subj[0]
                break
            if tok.dep_ == "relcl":
                source = tok.head
                break
        objs = _children(trigger, OBJECT_DEPS)
        if objs and objs[0].lower_ not in INSTRUMENT_OBJECTS:
            target = objs[0]
        elif objs:
            target = _prep_object(trigger, RECIPIENT_PREPS) or _prep_object(
                objs[0], RECIPIENT_PREPS
            )
        else:
            target = _prep_object(trigger, TARGET_PREPS)
    if trigger.lower_ in SUBJECT_IS_TARGET:
        taker = _prep_object(trigger, frozenset({"to", "into"}))
        source, target = taker, source
    elif subject_is_target and not passive:
        source, target = _prep_object(trigger, frozenset({"by"})), source
    source = _resolve_relative(source) if source is not None else None
    target = _resolve_relative(target) if target is not None else None
    return (
        phrase(source) if source is not None else None,
        phrase(target) if target is not None else None,
    )


def noun_roles(trigger: Token) -> tuple[Role | None, Role | None]:
    source = target = None
    for child in trigger.children:
        if child.dep_ == "poss":
            source = child
        elif child.dep_ in {"compound", "amod"} and child.ent_type_ in {"NORP", "GPE", "ORG"}:
            source = source or child
    by = _prep_object(trigger, SOURCE_PREPS_FOR_NOUNS)
    if by is not None and source is None:
        source = by
    target = _prep_object(trigger, frozenset({"on", "against", "upon", "of", "to", "with", "into"}))
    if source is None and trigger.dep_ == "pobj" and trigger.head.head.pos_ == "VERB":
        # "pounded the positions with airstrikes": the verb's subject and object
        verb = trigger.head.head
        subj = _children(verb, SUBJECT_DEPS)
        objs = _children(verb, OBJECT_DEPS)
        if subj:
            source = _resolve_relative(subj[0])
        if target is None and objs:
            target = objs[0]
    if source is None and trigger.dep_ in {"dobj", "obj"} and trigger.head.pos_ == "VERB":
        subj = _children(trigger.head, SUBJECT_DEPS)
        if subj:
            source = _resolve_relative(subj[0])
        if target is None:
            target = _prep_object(trigger.head, TARGET_PREPS)
    if source is None and trigger.dep_ in SUBJECT_DEPS:
        # "Clashes erupted between X and Y": leave the source to the "between" phrase.
        pass
    return (
        phrase(source) if source is not None else None,
        phrase(target) if target is not None else None,
    )


def event_roles(trigger: Token, subject_is_target: bool = False) -> tuple[Role | None, Role | None]:
    """(source, target) roles for the event carried by ``trigger``."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        return noun_roles(trigger)
    return verb_roles(trigger, subject_is_target)


def has_direct_object(trigger: Token) -> bool:
    return any(c.dep_ in {"dobj", "obj"} for c in trigger.children)


def object_words(trigger: Token) -> set[str]:
    """Lower-cased words of the trigger's object phrase (direct, or after a preposition)."""
    words: set[str] = set()
    for child in trigger.children:
        heads = [child] if child.dep_ in OBJECT_DEPS or child.dep_ == "nsubjpass" else []
        if child.dep_ == "prep":
            heads = [c for c in child.children if c.dep_ == "pobj"]
        for head in heads:
            compound = " ".join(t.lower_ for t in head.lefts if t.dep_ in {"compound", "amod"})
            words.add(head.lower_)
            if compound:
                words.add(f"{compound} {head.lower_}")
    return words
