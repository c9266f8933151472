"""Whether a word of a sentence speaks about an act's own clause or about another one.

A sentence often tells several acts, each with its own place and time: "the town is under
threat from Turkey after its forces attacked Afrin in January" dates and locates the attack,
not the threat; "killed 12 people who had fled Aleppo in 2014" says where the victims came
from and when, not where or when they died. A place or a date inside a subordinate clause
that does not contain the act (a relative, adverbial or complement clause of some other
word) belongs to that clause's act. A place in the clause that governs a reported act ("said
in Geneva that troops would leave Syria") is where the words were spoken, not where the act
is to happen.
"""

from __future__ import annotations

from spacy.tokens import Token

# Dependencies that open a clause of its own. An adverbial clause opens one only when it
# tells another act by its own subject or a conjunction of sequence or cause ("after its
# forces attacked Afrin"); "while conducting a patrol in Syria" or "to liberate the city"
# share the act's setting. A participle after a noun ("a bombardment targeting Damascus")
# is no clause of its own either.
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "csubj", "parataxis"})
OTHER_TIME_MARKS = frozenset(
    {"after", "before", "since", "because", "until", "although", "though", "if", "unless",
     "once", "whereas", "till"}
)  # fmt: skip
# A clause that holds what was said or intended: its places are the content's, the
# governing clause's are the speaking's.
CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MAX_DEPTH = 40


def _ancestors(tok: Token) -> set[int]:
    out = {tok.i}
    for _ in range(MAX_DEPTH):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        out.add(tok.i)
    return out


def _opens_clause(tok: Token) -> bool:
    if tok.dep_ in CLAUSE_DEPS:
        return True
    if tok.dep_ == "acl":
        # "the claim that jihadists remained in Idlib": a content clause with its own
        # subject; "a bombardment targeting Damascus" has none and tells the same act
        return any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
    if tok.dep_ != "advcl":
        return False
    marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
    if marks:
        return any(m in OTHER_TIME_MARKS for m in marks)
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def _describes_act(clause: Token, trigger: Token) -> bool:
    """ "The attack, which came on Monday, killed 12": a relative clause on the act's own
    noun or on its subject tells about the act itself."""
    noun = clause.head
    return clause.dep_ in {"relcl", "acl"} and (
        noun.i == trigger.i or (noun.head.i == trigger.i and noun.dep_ in SUBJECT_DEPS)
    )


def joins_at(trigger: Token, tok: Token) -> Token | None:
    """The word where ``tok``'s path up the parse meets the trigger's (the trigger, or a
    word governing it), or None when ``tok`` sits first in a clause of some other act."""
    on_path = _ancestors(trigger)
    for _ in range(MAX_DEPTH):
        if tok.i in on_path:
            return tok
        if _opens_clause(tok) and not _describes_act(tok, trigger):
            return None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def in_other_clause(trigger: Token, tok: Token) -> bool:
    """``tok`` belongs to another act's clause (a date or a time phrase test)."""
    return joins_at(trigger, tok) is None


def reported_content(trigger: Token, upto: Token) -> bool:
    """The trigger is inside what a word above it (below ``upto``) said or intended."""
    tok = trigger
    for _ in range(MAX_DEPTH):
        if tok.i == upto.i or tok.head.i == tok.i:
            return False
        if tok.dep_ in CONTENT_DEPS:
            return True
        tok = tok.head
    return False


def place_of_other_act(trigger: Token, tok: Token) -> bool:
    """``tok`` (a place word) locates another act: one in a clause of its own, or the
    speaking or intending the trigger's act is the content of."""
    meet = joins_at(trigger, tok)
    if meet is None:
        return True
    return meet.i != trigger.i and reported_content(trigger, meet)


def _reported_speech(tok: Token) -> bool:
    for _ in range(MAX_DEPTH):
        if tok.dep_ == "ccomp":
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def past_perfect(trigger: Token) -> bool:
    """ "Had gathered", "had been killed": an act told as background to the sentence's
    time, which is not its own. In reported speech ("said 100 militants had surrendered")
    the past perfect is only the past shifted back, and the report's date stands."""
    verb = trigger
    if verb.pos_ not in {"VERB", "AUX"} or _reported_speech(verb):
        return False
    return any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in verb.children
    ) and not any(c.dep_ == "aux" and c.lower_ in {"would", "will"} for c in verb.children)
