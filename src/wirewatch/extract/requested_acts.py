"""Acts that are asked for, and who is asked to do them.

"The UN urged Russia to withdraw its troops" reports a request, not a withdrawal, and the
one who would withdraw is Russia, not the UN. Coded naively, the sentence yields a
withdrawal by the UN: the classic false event of machine coding. Here the act in the
complement of a verb or noun of asking is marked hypothetical, and its doer is the party
asked (object control), read from the parse. Word lists: ``data/events/requests.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from wirewatch.extract.clauses import is_to_infinitive
from wirewatch.extract.lexicon import modality_cues

# How a complement hangs below the word that asks for it: an infinitive or that-clause, an
# object ("demanded the release"), a phrase ("called for a ceasefire").
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "relcl", "advcl"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
MAX_CLIMB = 4
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow "
    "yesterday weekend morning afternoon evening night day week month year".split()
)


@dataclass(frozen=True)
class RequestWords:
    requesting: frozenset[str]
    asking_only_for_things: frozenset[str]
    asking_only_with_complement: frozenset[str]
    object_control: frozenset[str]
    control_only_through_prep: frozenset[str]
    control_preps: frozenset[str]
    asked_for_preps: frozenset[str]


@lru_cache(maxsize=1)
def request_words() -> RequestWords:
    """The analyst-editable lists of ``data/events/requests.yaml``."""
    path = resources.files("wirewatch") / "data" / "events" / "requests.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return RequestWords(**{key: frozenset(w.lower() for w in raw[key]) for key in raw})


def _time_word(tok: Token) -> bool:
    """ "called on Wednesday to congratulate": a day is no party."""
    return tok.lower_ in TIME_WORDS or tok.like_num


def _for_clause(tok: Token) -> bool:
    """ "called for a force to be stationed", parsed as a clause marked "for"."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)


def _infinitive_link(tok: Token) -> bool:
    """An infinitive complement or purpose clause ("urged X to withdraw", "lobbied X to
    help", "to be stationed to protect Y"): what it names is still to be done."""
    return tok.dep_ == "xcomp" or (
        tok.dep_ == "advcl" and (is_to_infinitive(tok) or _for_clause(tok))
    )


ASKING_NOUNS = frozenset({"pressure", "appeal", "appeals", "plea", "pleas", "ultimatum"})


def _asking_object(verb: Token) -> Token | None:
    """The asking a light verb carries as its object ("put pressure on X to …", "made an
    appeal to X to …", "issued an ultimatum to X to …")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    return next(
        (c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.lower_ in ASKING_NOUNS),
        None,
    )


def requested_by(trigger: Token) -> str | None:
    """The word of asking whose complement the act is ("urged", "demand"), or None."""
    words = request_words()
    current, via_prep = trigger, False
    for _ in range(MAX_CLIMB):
        link = current.dep_
        if link not in COMPLEMENT_DEPS or current.head.i == current.i:
            return None
        if link == "relcl" and not is_to_infinitive(current):
            # "called for a force to be stationed" asks; "prisoners who were freed" does not
            return None
        if link == "advcl" and not _infinitive_link(current):
            return None
        if link == "advcl" and _for_clause(current):
            via_prep = True
        if link == "prep":
            if current.lower_ not in words.asked_for_preps:
                return None
            via_prep = True
        head = current.head
        asking = _asking_object(head) if link == "advcl" else None
        if asking is not None and _infinitive_link(current):
            # "put pressure on the regime to negotiate": the asking is the verb's object
            return asking.lower_
        if head.lower_ in words.requesting:
            bare_object = link in OBJECT_DEPS and not via_prep
            if head.lower_ in words.asking_only_for_things and not bare_object:
                return None
            if head.lower_ in words.asking_only_with_complement and bare_object:
                return None
            if head.lower_ in words.control_only_through_prep and not (
                via_prep or _asks_on(head, words)
            ):
                # "called Lavrov to congratulate him": a telephone call asks for nothing
                return None
            return head.lower_
        if head.pos_ in {"VERB", "AUX"} and not _infinitive_link(current):
            # another verb's own complement: the asking, if any, is not about this act
            return None
        current = head
    return None


def _kept_party(trigger: Token) -> Token | None:
    """ "Prevented the protesters from storming the parliament": the protesters would have
    stormed it (the object of a verb that keeps someone from an act)."""
    prep = trigger.head
    if trigger.dep_ not in {"pcomp", "pobj"} or prep.lower_ != "from":
        return None
    verb = prep.head
    if verb.lower_ not in modality_cues()["kept_from"]:
        return None
    objs = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i < prep.i]
    return objs[0] if objs else None


def _asks_on(head: Token, words: RequestWords) -> bool:
    """ "called on / upon X to …"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"on", "upon"}
        and any(g.dep_ == "pobj" and not _time_word(g) for g in c.children)
        for c in head.children
    )


def asked_party(trigger: Token) -> Token | None:
    """Who is asked, told or made to do the infinitive's act: the object of "urged Russia
    to withdraw", or of "on" in "called on the UN to send aid"."""
    words = request_words()
    kept = _kept_party(trigger)
    if kept is not None:
        return kept
    current = trigger
    for _ in range(MAX_CLIMB):
        if not (_infinitive_link(current) and is_to_infinitive(current)):
            return None
        head = current.head
        if _asking_object(head) is not None:
            # "put pressure on the regime to negotiate": the party the asking is put on
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in words.control_preps:
                    objs = [g for g in prep.children if g.dep_ == "pobj"]
                    if objs and not _time_word(objs[0]):
                        return objs[0]
        if head.lower_ in words.object_control:
            direct = head.lower_ not in words.control_only_through_prep
            # the party asked stands between the asking and the act ("urged [Russia] to")
            between = [c for c in head.children if head.i < c.i < current.i]
            for child in between:
                if direct and child.dep_ in OBJECT_DEPS:
                    return child
                if child.dep_ == "prep" and child.lower_ in words.control_preps:
                    objs = [g for g in child.children if g.dep_ == "pobj"]
                    if objs and not _time_word(objs[0]):
                        return objs[0]
            return None
        current = head
    return None


CALL_NOUNS = frozenset({"call", "calls"})


def idle_call(tok: Token) -> bool:
    """A "call" that asks for nothing: no "for"/"on" phrase and no infinitive after it ("made
    an urgent call home", "a phone call"), unlike "calls for a truce" or "calls to free
    them"."""
    if tok.lower_ not in CALL_NOUNS or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"for", "on", "upon"}:
            return False
        if child.dep_ in {"acl", "relcl", "advcl"} and is_to_infinitive(child):
            return False
    return True
