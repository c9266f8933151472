"""Modality of an event from its parsed clause: asserted, intended, conditional, hypothetical
or negated. "Ready to defend … if attacked" is a conditional pledge, not an attack."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from wirewatch.extract.clauses import is_to_infinitive
from wirewatch.extract.lexicon import modality_cues
from wirewatch.extract.requested_acts import request_words, requested_by
from wirewatch.extract.undone_acts import (
    GENERIC_CUE,
    PURPOSE_CUE,
    anyone_who,
    avoidance_is_aimed,
    avoiding_verb,
    meant_for,
    mooted,
    offered_alternative,
    prepared,
)

CLIMB_DEPS = frozenset(
    {"xcomp", "acomp", "conj", "ccomp", "advcl", "prep", "pcomp", "pobj", "dobj", "attr"}
)


def _cue_in(words: list[str], cues: list[str]) -> str | None:
    text = " " + " ".join(words) + " "
    for cue in cues:
        if f" {cue} " in text:
            return cue
    return None


def clause_chain(token: Token, limit: int = 4) -> list[Token]:
    """The trigger and the heads that govern it within its clause (for "ready to defend")."""
    chain = [token]
    current = token
    for _ in range(limit):
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            break
        current = current.head
        chain.append(current)
    return chain


def is_if_clause(tok: Token) -> bool:
    """A subordinate clause introduced by "if"/"unless" (``tok`` is its verb)."""
    if tok.dep_ != "advcl":
        return False
    marks = modality_cues()["conditional"]
    return any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)


def if_clauses(tok: Token) -> list[Token]:
    """The if-clauses hung on ``tok``."""
    return [c for c in tok.children if is_if_clause(c)]


def _in_if_clause(token: Token) -> bool:
    """Is the token inside a subordinate clause introduced by "if"/"unless"?"""
    current = token
    for _ in range(8):
        if is_if_clause(current):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


UNTIL_MARKS = frozenset({"until", "till", "before"})


def _in_until_condition(token: Token) -> bool:
    """ "Will not lift the embargo until China signs the covenant": an "until" clause on a
    refusal or a promise is its condition, still unmet ("fighting went on until troops
    withdrew" tells what happened)."""
    current = token
    for _ in range(8):
        head = current.head
        if head.i == current.i:
            return False
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in UNTIL_MARKS for c in current.children
        ):
            return any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in FUTURE_MODALS)
                for c in head.children
            )
        current = head
    return False


def _same_clause(token: Token) -> list[Token]:
    """The trigger and the heads of its own clause ("ready" in "is ready to defend")."""
    chain = [token]
    current = token
    for _ in range(3):
        if current.dep_ not in {"xcomp", "acomp"} or current.head.i == current.i:
            break
        current = current.head
        chain.append(current)
    return chain


def _report_if_clause(trigger: Token) -> bool:
    """ "X is ready to defend Y if attacked, the spokesperson said": the parser often hangs
    the if-clause on the reporting verb; one that sits after the trigger, inside the
    reported words, conditions the reported act."""
    tops = [t for t in clause_chain(trigger) if t.dep_ == "ccomp" and t.head.i > trigger.i]
    if not tops:
        return False
    verb = tops[0].head
    return any(trigger.i < clause.i < verb.i for clause in if_clauses(verb))


FUTURE_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
# Words before the trigger within which a supposition or a negation governs it ("is likely to
# attack", "did not attack").
HYPOTHETICAL_REACH = 3
NEGATION_REACH = 3


def _content_if_clause(trigger: Token) -> bool:
    """ "Warned that Pell would respond if shells fell again": a warning or pledge whose
    own content is conditional is itself conditional."""
    return any(
        child.dep_ == "ccomp" and (_governs_if_clause([child]) or _any_act_answered(child))
        for child in trigger.children
    )


def _any_act_answered(clause: Token) -> bool:
    """ "Any further raids would be answered", "any aggression will be met with force": a
    response promised to whatever act may come is a threat on that condition."""
    modal = any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in clause.children)
    return modal and any(
        c.dep_ in {"nsubj", "nsubjpass"} and any(d.lower_ == "any" for d in c.children)
        for c in clause.children
    )


def _governs_if_clause(chain: list[Token]) -> bool:
    return any(if_clauses(tok) for tok in chain)


ADVERBIAL_DEPS = frozenset({"advcl"})
ADVISING_MODALS = frozenset({"should", "ought", "must"})


def _own_adverbial_or_conjunct(trigger: Token) -> bool:
    """A clause with its own frame: an adverbial clause with a conjunction or a subject
    ("even if reporters are killed", "because troops attacked") or a conjunct with its own
    subject ("…have not acted, and the spokesman accused them"). A purpose infinitive ("did
    not take action to stop attacks") still falls under the negation."""
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children)
    if trigger.dep_ == "conj":
        return own_subject
    if trigger.dep_ in ADVERBIAL_DEPS:
        return own_subject or any(c.dep_ == "mark" for c in trigger.children)
    return False


CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")"})


def _own_clause(words: list[str]) -> list[str]:
    """The words before the trigger back to the last clause break: "would attend Sochi, a
    decision hailed by Moscow" gives "hailed" no "would". Structural cues (a modal on the
    governing verb, "agreed … to") are read from the parse, whatever stands between."""
    for k in range(len(words) - 1, -1, -1):
        if words[k] in CLAUSE_BREAKS:
            return words[k + 1 :]
    return words


def is_exposure_verb(verb: Token) -> bool:
    """Does the verb say its subject may suffer the act it takes ("faces arrest")?"""
    return verb.pos_ == "VERB" and verb.lower_ in _exposure_verbs()


@lru_cache(maxsize=1)
def _exposure_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in modality_cues()["exposure_verbs"])


def _exposed_to(trigger: Token) -> str | None:
    """ "Face long jail terms", "risks arrest": an act its object's subject only may suffer;
    "faced charges", told in the past, was met."""
    verb = trigger.head
    if trigger.dep_ not in {"dobj", "obj"} or not is_exposure_verb(verb):
        return None
    return None if verb.tag_ == "VBD" and verb.lower_.startswith("fac") else verb.text


def is_topic_verb(verb: Token) -> bool:
    """Does the verb take an act as its topic ("investigated the attack"), not its deed?"""
    return verb.lower_ in _topic_verbs()


@lru_cache(maxsize=1)
def _topic_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in modality_cues()["topic_verbs"])


def _act_chain(trigger: Token) -> list[Token]:
    """The clause chain, cut where a noun act is only the topic of a verb: "inspectors will
    investigate the use of chemical weapons" plans an investigation, not their use."""
    chain = clause_chain(trigger)
    if trigger.pos_ in {"NOUN", "PROPN"}:
        for tok in chain[1:]:
            if tok.pos_ in {"VERB", "AUX"}:
                return chain[:1] if is_topic_verb(tok) else chain
    return chain


def modality_of(trigger: Token) -> tuple[str, str | None]:
    """(modality, the cue that decided it) for the event carried by ``trigger``."""
    cues = modality_cues()
    chain = _act_chain(trigger)
    reason = _given_as_reason(trigger)
    if reason:
        # "would pay a price for attacking the convoy": the act given as the reason is
        # told as done; the modal of the verb it explains does not reach it
        chain = chain[:1]
    if _in_if_clause(trigger) or _in_until_condition(trigger):
        # a condition is only supposed, whether or not it is negated ("if they are not
        # murdered, they will be jailed"; "if the groups fail to leave")
        return "hypothetical", "if"
    # The governing verb's negation reaches an act it takes as its object or complement
    # ("did not launch an attack", "refused not to ..."), not one in an adverbial clause:
    # "even if journalists are killed by gangsters, these are not the only threats".
    governed = chain[:1] if _own_adverbial_or_conjunct(trigger) else chain[:2]
    for k, tok in enumerate(governed):
        negated = any(c.dep_ == "neg" for c in tok.children)
        if k == 1 and negated and (asked := requested_by(trigger)):
            # "has not put pressure on the regime to negotiate": an act not asked for has
            # not happened, but nobody refused it either
            return "hypothetical", asked
        for child in tok.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return "negated", child.text
    forbidden = _forbidden(chain)
    if forbidden:
        return "negated", forbidden
    avoider = avoiding_verb(trigger)
    if avoider is not None:
        # "evaded arrest" kept it from happening; "withdrew to avoid counter-attacks" feared it
        return ("hypothetical" if avoidance_is_aimed(avoider) else "negated"), avoider.lower_
    sent = trigger.sent
    window_start = max(sent.start, min(t.i for t in chain) - 6, trigger.i - 8)
    if reason:
        window_start = max(window_start, trigger.head.i + 1)
    before = _own_clause([t.lower_ for t in trigger.doc[window_start : trigger.i]])
    neg = (
        _cue_in(before[-NEGATION_REACH:], cues["negated"])
        or _kept_from(trigger, cues)
        or _ended(trigger, cues)
    )
    if neg:
        return "negated", neg
    if (
        _governs_if_clause(_same_clause(trigger))
        or _report_if_clause(trigger)
        or _content_if_clause(trigger)
    ):
        return "conditional", "if"
    for tok in chain:
        for child in tok.children:
            if child.dep_ == "aux" and child.lower_ in {"could", "might", "may", "can"}:
                return "hypothetical", child.text
            if (
                child.dep_ == "aux"
                and child.lower_ in ADVISING_MODALS
                and (tok is chain[0] or _purpose_of(trigger, tok) or _bare_conjunct(trigger, tok))
            ):
                # "Israel should be asked to offer refuge", "troops must stay to protect
                # Orla": advice or duty, and what it is for, is not a deed
                return "hypothetical", child.lower_
        if tok is trigger and (exposed := _exposed_to(trigger)):
            # the tagger may read the act as a verb ("risks [arrest]"); its place says noun
            return "hypothetical", exposed
        if tok.pos_ == "NOUN" and tok is trigger:
            foreseen = _foreseen(trigger, cues["hypothetical_heads"])
            if foreseen:
                return "hypothetical", foreseen
        if tok.pos_ == "NOUN":
            for child in tok.children:
                if child.dep_ == "amod" and child.lower_ in {"possible", "potential", "likely"}:
                    return "hypothetical", child.text
                if child.dep_ == "det" and child.lower_ == "any":
                    # "any further raids would be answered": no raid has happened
                    return "hypothetical", child.text
    unrealised = (
        _cue_in(before[-HYPOTHETICAL_REACH:], cues["unrealised"])
        or _habitual(chain)
        or anyone_who(trigger)
        or meant_for(trigger)
    )
    if unrealised:
        # "a right to protect", "the army routinely detains activists", "whoever attacks the
        # convoy", "weapons intended for use in an attack": no dated act
        return "hypothetical", unrealised
    supposed = (
        _cue_in(before[-HYPOTHETICAL_REACH:], cues["hypothetical"])
        or _wished(trigger)
        or requested_by(trigger)
        or _requested_coming(trigger)
        or _schemed(trigger, cues)
        or mooted(trigger)
    )
    if supposed:
        # "likely to attack", "fears of clashes", "the risk of war", "able to defend"
        return "hypothetical", supposed
    # an act only spoken of ("would report the outcome of the talks") takes no cue from the
    # verb that speaks of it
    spoken_of = len(chain) == 1 and len(clause_chain(trigger)) > 1
    intended = (
        (None if spoken_of else _cue_in(before, cues["intended"]))
        or committed_to(trigger)
        or _pledged_noun(trigger)
        or prepared(trigger)
    )
    if intended:
        return "intended", intended
    for tok in chain:
        for child in tok.children:
            if child.dep_ == "aux" and child.lower_ in {"will", "shall", "'ll", "would", "wo"}:
                return "intended", child.text
    if _headline_future(trigger):
        return "intended", "to"
    alternative = offered_alternative(trigger)
    if alternative:
        # "ordered them either to surrender or die": alternatives put to someone, neither
        # done; a pledge or threat of them was read above ("threatened to attack or blockade")
        return "hypothetical", alternative
    return "asserted", None


def _given_as_reason(trigger: Token) -> bool:
    """ "Punished for attacking", "would lose for withdrawing", "a price for attacking": a
    gerund after "for" on a word of requital names an act the sentence takes as done ("a
    pretext for attacking" does not)."""
    prep = trigger.head
    if trigger.tag_ != "VBG" or trigger.dep_ != "pcomp" or prep.lower_ != "for":
        return False
    return prep.head.lower_ in _requital_heads()


@lru_cache(maxsize=1)
def _requital_heads() -> frozenset[str]:
    return frozenset(modality_cues()["requital_heads"])


def _bare_conjunct(trigger: Token, verb: Token) -> bool:
    """ "Should be hunted down and killed": a conjunct with no subject or auxiliary of its
    own shares the modal of the verb it is joined to."""
    if trigger.dep_ != "conj" or trigger.head.i != verb.i:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in trigger.children)


PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _present(verb: Token) -> bool:
    """Is the verb's clause in the present ("detains", "are detained", "has detained")?"""
    return verb.tag_ in PRESENT_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in PRESENT_TAGS for c in verb.children
    )


def _habitual(chain: list[Token]) -> str | None:
    """ "The army routinely detains activists", "militias burn villages whenever the army
    withdraws": an adverb of frequency on a present-tense verb, or a "whenever" clause, tells
    of a practice, not of a dated event."""
    words = _habitual_words()
    for tok in chain[:2]:
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        for child in tok.children:
            if child.dep_ == "advmod" and child.lower_ in words and _present(tok):
                return child.lower_
            if child.dep_ == "advcl" and any(g.lower_ == "whenever" for g in child.children):
                return "whenever"
        if tok.dep_ == "advcl" and any(
            c.lower_ == "whenever" and c.dep_ in {"advmod", "mark"} for c in tok.children
        ):
            return "whenever"
    return None


@lru_cache(maxsize=1)
def _habitual_words() -> frozenset[str]:
    return frozenset(modality_cues()["habitual"])


@lru_cache(maxsize=1)
def _type_kept_cues() -> frozenset[str]:
    cues = modality_cues()
    return (
        frozenset(cues["unrealised"])
        | _habitual_words()
        | frozenset(cues["avoided_by"])
        | frozenset(cues["purpose_participles"])
        | {GENERIC_CUE, PURPOSE_CUE}
    )


def _requested_coming(trigger: Token) -> str | None:
    """ "Urged Nato to come to Turkey's aid": the help asked for has not been given."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "to" or prep.head.i == prep.i:
        return None
    return requested_by(prep.head)


def _purpose_of(trigger: Token, verb: Token) -> bool:
    """Is the trigger the to-infinitive purpose clause of ``verb`` ("stay [to protect]")?"""
    return trigger.dep_ == "advcl" and trigger.head.i == verb.i and is_to_infinitive(trigger)


def _ended(trigger: Token, cues: dict) -> str | None:
    """ "Quit fighting for Islamic State", "halted the shelling": the act named as the
    object of an ending verb is no longer going on."""
    if trigger.dep_ not in {"dobj", "xcomp"} or trigger.head.i == trigger.i:
        return None
    verb = trigger.head.lower_
    return verb if verb in cues["ended_by"] else None


def _schemed(trigger: Token, cues: dict) -> str | None:
    """ "A plot to behead a police officer", "efforts to broker a peace deal": the
    infinitive of a scheme, and what it would bring about, is not done."""
    via_object = trigger.dep_ in {"dobj", "obj"}
    verb = trigger.head if via_object else trigger
    if verb.dep_ not in {"acl", "relcl"} or not is_to_infinitive(verb):
        return None
    head = verb.head.lower_
    if via_object:
        # only an attempt leaves what it would bring about undone; the object of a plan
        # ("plans to impose restrictions") is its planner's intent
        return head if head in ATTEMPT_HEADS else None
    return head if head in cues["scheme_heads"] else None


def _kept_from(trigger: Token, cues: dict) -> str | None:
    """ "Held off from a full-scale attack", "prevented the rebels from seizing the town":
    the act was kept from happening."""
    prep = trigger.head
    if trigger.dep_ not in {"pobj", "pcomp"} or prep.lower_ != "from":
        return None
    verb = prep.head
    return verb.lower_ if verb.lower_ in cues["kept_from"] else None


ATTEMPT_HEADS = frozenset({"effort", "efforts", "attempt", "attempts", "bid"})
DELIBERATION_PREPS = frozenset({"on", "about", "over", "for"})
PERMITTING = frozenset("allow allows allowed allowing permit permits permitted let lets".split())


def _forbidden(chain: list[Token]) -> str | None:
    """ "Will not allow Syrian Kurds to attend the dialogue": an act not permitted is not
    done (the negation stands on the permitting verb, further up the clause)."""
    for tok in chain[1:4]:
        if tok.lower_ in PERMITTING and any(c.dep_ == "neg" for c in tok.children):
            return f"not {tok.lower_}"
    return None


def _pledged_noun(trigger: Token) -> str | None:
    """ "His promise of an imminent missile strike": the act is pledged, not done."""
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ == "of":
        head = prep.head.lower_
        return head if head in modality_cues()["pledge_heads"] else None
    return None


INDEFINITE = frozenset({"a", "an", "another"})
MODALS = frozenset({"will", "would", "could", "might", "may", "shall", "'ll", "wo"})


def _foreseen(trigger: Token, heads: list[str]) -> str | None:
    """A noun act only foreseen: under "the threat of", "the risk of" ("the threat of a
    Turkish attack"), or named with "a" as what would come ("a further attack will only
    bring more war"); "the attack will be investigated" still reports one."""
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in heads:
        return prep.head.lower_
    deliberated = modality_cues()["deliberation_heads"]
    if (
        trigger.dep_ == "pobj"
        and prep.lower_ in DELIBERATION_PREPS
        and prep.head.lower_ in deliberated
    ):
        # "put off a final decision on military strikes"
        return prep.head.lower_
    if trigger.dep_ in {"nsubj", "nsubjpass"}:
        indefinite = any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in trigger.children)
        modal = next(
            (c for c in trigger.head.children if c.dep_ == "aux" and c.lower_ in MODALS), None
        )
        if indefinite and modal is not None:
            return modal.lower_
    return None


WISH_CLIMB_DEPS = CLIMB_DEPS | {"acl"}


def _wished(trigger: Token) -> str | None:
    """ "Said they hoped the king would help", "expressed pessimism over holding talks": an
    act someone hopes for, doubts or despairs of is not pledged by whoever would do it."""
    heads = modality_cues()["wished_by"]
    current = trigger
    for _ in range(5):
        if current.dep_ not in WISH_CLIMB_DEPS or current.head.i == current.i:
            return None
        link, current = current.dep_, current.head
        if current.lower_ in heads:
            # "hopes to sign a deal": the hoper's own aim is an intention, not a wish
            return None if link == "xcomp" else current.lower_
    return None


def committed_to(trigger: Token) -> str | None:
    """ "Agreed on Thursday to send observers", "the decision to withdraw": the act is what a
    commitment verb or noun takes as its complement, however many words stand between them
    (the cue list holds "agreed to", "vowed to"…, written as they read when nothing
    intervenes). The parser often hangs the
    infinitive as a purpose clause instead ("pledged $5bn to support the refugees")."""
    if trigger.dep_ not in {"xcomp", "advcl", "acl"} or trigger.head.i == trigger.i:
        return None
    if not is_to_infinitive(trigger):
        return None
    cue = f"{trigger.head.lower_} to"
    return cue if cue in modality_cues()["intended"] else None


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _headline_future(trigger: Token) -> bool:
    """Headline-ese states what is to come with a bare "to" and no finite verb ("Rebels to
    Release Hostages", "Curfew to Be Lifted"): the act is announced, not yet done."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in trigger.children):
        return False
    root = trigger.sent.root
    if trigger != root and not (trigger.head == root and root.pos_ in {"NOUN", "PROPN"}):
        return False
    return not any(t.tag_ in FINITE_TAGS for t in trigger.sent)


def _imposed_by_another(cue: str) -> bool:
    """Was the modality set by someone other than the doer: an act asked for ("urged"),
    kept from happening ("prevented … from"), not allowed ("will not allow") or only faced
    ("faces arrest")? The doer then neither pledged nor refused it, so its type stays."""
    return (
        cue in request_words().requesting
        or cue in modality_cues()["kept_from"]
        or cue in modality_cues()["ended_by"]
        or cue in modality_cues()["scheme_heads"]
        or cue.startswith("not ")
        or cue.lower() in _exposure_verbs()
        or cue in _type_kept_cues()
    )


@lru_cache(maxsize=1)
def stated_intent_types() -> frozenset[str]:
    """The types :func:`intent_type` codes an intention, a possibility or a refusal with:
    events that are statements, not the acts they speak of."""
    cues = modality_cues()
    return frozenset(
        t
        for table in ("intent_type", "hypothetical_type", "negated_type")
        for t in cues.get(table, {}).values()
    )


def intent_type(act: str, modality: str, cue: str | None = None) -> str:
    """PLOVER codes a pledged act as AGREE, a threatened one (or a sanction raised as a
    possibility) as THREATEN, and a refused concession or cooperation ("will not lift the
    ban") as REJECT. An act asked for (``cue`` a word of asking) keeps its type: a sanction
    someone urges is nobody's threat."""
    if cue is not None and _imposed_by_another(cue):
        return act
    if modality in {"intended", "conditional"}:
        return modality_cues()["intent_type"].get(act, act)
    if modality == "negated":
        return modality_cues().get("negated_type", {}).get(act, act)
    if modality == "hypothetical" and cue != "if" and cue not in ADVISING_MODALS:
        # a measure raised as a possibility is a threat; one met in an if-clause ("if she
        # was convicted") or only advised ("the EU should impose sanctions") is nobody's threat
        return modality_cues().get("hypothetical_type", {}).get(act, act)
    return act
