"""Tell a joint military exercise from one army's own: PLOVER codes joint games and
manoeuvres as material cooperation (COOPERATE) and an exercise held alone as a show of
readiness (MOBILIZE). Wire copy rarely says "joint" in one fixed compound: "held naval
drills together", "Varo and Tosca began exercises", "drills with the Tosca navy"."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.extract.lexicon import verb_forms

EXERCISE_WORDS = frozenset(
    "exercise exercises drill drills maneuver maneuvers manoeuvre manoeuvres games "
    "wargames patrol patrols".split()
)
JOINT_WORDS = frozenset(
    "joint jointly together combined bilateral trilateral multinational coordinated".split()
)
PARTNER_PREPS = frozenset({"with", "alongside"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _exercise_nouns(tok: Token) -> list[Token]:
    """The exercise nouns of the trigger: itself, the objects of a verb that holds one, or
    the subject of a verb that starts one ("Joint Naval Drills Begin")."""
    if tok.lower_ in EXERCISE_WORDS:
        return [tok]
    deps = {"dobj", "obj", "nsubj"}
    return [c for c in tok.children if c.dep_ in deps and c.lower_ in EXERCISE_WORDS]


def _verb_of(noun: Token) -> Token:
    return noun.head if noun.dep_ in {"dobj", "obj", "nsubj", "nsubjpass"} else noun


def _joint_verb(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in JOINT_WORDS:
            return True
        if child.dep_ == "prep" and child.lower_ in PARTNER_PREPS:
            return True
        # "Varo and Tosca held drills": two parties as the subject
        if child.dep_ in SUBJECT_DEPS and any(g.dep_ == "conj" for g in child.children):
            return True
    return False


def is_joint_exercise(tok: Token) -> bool:
    """Is the trigger an exercise or patrol that two or more forces hold together?"""
    for noun in _exercise_nouns(tok):
        if any(c.lower_ in JOINT_WORDS for c in noun.children if c.dep_ in {"amod", "compound"}):
            return True
        if any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in noun.children):
            return True
        if _joint_verb(_verb_of(noun)) or (noun is not tok and _joint_verb(tok)):
            return True
    return False


BESIDE_WORDS = frozenset({"alongside", "beside"})


def fought_beside(tok: Token, target: Token | None) -> bool:
    """ "The forces they fought alongside", "fought alongside US troops": fighting beside a
    party is military cooperation with it, unless an enemy is named as well ("fought
    alongside US troops against Isis" is an attack on Isis)."""
    beside = [c for c in tok.children if c.lower_ in BESIDE_WORDS and c.dep_ in {"advmod", "prep"}]
    if not beside:
        return False
    allies = {g.i for c in beside for g in c.children if g.dep_ == "pobj"}
    return target is None or target.i in allies


# Verbs that make a consultation only with someone to talk to: "He talked about the war" is
# a man speaking (a statement at most), "talked with Kerry" or "the two sides talked" a talk.
TALK_FORMS = frozenset("talk talks talked talking speak speaks spoke speaking".split())
TALK_PARTNER_PREPS = frozenset({"with", "to"})
SINGULAR_TAGS = frozenset({"NN", "NNP", "PRP"})
GROUP_PRONOUNS = frozenset({"they", "we", "both"})
CALL_MEANS = frozenset({"phone", "telephone", "videolink", "video"})


def _several(subject: Token) -> bool:
    """A subject of more than one party: plural, coordinated, or a group pronoun."""
    if subject.tag_ not in SINGULAR_TAGS or subject.lower_ in GROUP_PRONOUNS:
        return True
    return any(c.dep_ == "conj" for c in subject.children)


def talked_alone(tok: Token, subject: Token | None, has_target: bool) -> bool:
    """Is a "talk" verb one party speaking, with no partner to consult (PLOVER CONSULT
    needs two sides)? A phone call or talks as a noun are left to their own readings."""
    if tok.lower_ not in TALK_FORMS or tok.pos_ != "VERB" or has_target:
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        if prep.lower_ in TALK_PARTNER_PREPS:
            return False
        if any(o.lower_ in CALL_MEANS for o in prep.children):
            return False  # "spoke by phone": a call, whoever was on the other end
    return subject is None or not _several(subject)


AGREE_FORMS = frozenset(verb_forms("agree"))
# Plural heads that name parties to an agreement, not one side's members ("rebels agreed to
# attack" is one side's plan; "ministers agreed to impose rules" a pact among them).
PARTY_NOUNS = frozenset(
    "sides parties countries nations states governments ministers leaders members allies "
    "partners signatories delegates delegations".split()
)


def _agreeing_verb(tok: Token) -> Token | None:
    """The "agree" verb whose infinitive the trigger is ("agreed to impose")."""
    verb = tok.head if tok.dep_ == "xcomp" else None
    if verb is not None and verb.lower_ in AGREE_FORMS:
        return verb
    # a Title Case headline's parse may not join them: read "agree to impose" off the words
    before = tok.doc[max(tok.i - 2, 0) : tok.i]
    if len(before) == 2 and before[1].lower_ == "to" and before[0].lower_ in AGREE_FORMS:
        return before[0]
    return None


def agreed_among_themselves(tok: Token) -> bool:
    """Is the act one that several parties agreed with one another to take ("Finance
    Ministers Agree to Impose New Capital Rules", "Varo and Tosca agreed to ban fishing")?
    PLOVER codes such a reciprocal commitment as AGREE, its parties as actors; it is no
    threat, which is one side's warning to another."""
    verb = _agreeing_verb(tok)
    if verb is None:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ in {"advcl", "conj"}:
        # "Ministers gathered in Varna agree to …": the parse may hang "agree" on the verb
        # before it, whose subject is then the agreeing one
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.head is tok.head and tok.dep_ in {"advcl", "conj"}:
        subjects = [c for c in tok.head.children if c.dep_ in SUBJECT_DEPS]
    for subject in subjects:
        if any(c.dep_ == "conj" for c in subject.children):
            return True
        # the parse may hang "ministers meeting in Varna" on "meeting"
        words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
        if any(w.lower_ in PARTY_NOUNS or w.lower_ in {"both", "all"} for w in words):
            return True
    return False
