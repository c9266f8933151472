"""Source and target of an event from the dependency parse of its sentence.

Subject/agent is the source, object is the target; "against/on/with/to" phrases supply a
target when there is no object; passives swap roles ("was attacked by X"); "Kunduz fell to
the Taliban" makes the Taliban the source and Kunduz the thing taken. Not "the first two
entities in the sentence". Nominal triggers take their roles from the verb that carries
them ("Iraqi troops launched an assault on X") or, as subjects, are the source themselves
("a car bombing by IS killed 75 people"). A pronoun is replaced by the phrase it stands
for in the same sentence ("NAF says it has killed…" has NAF as the source).

The object is not always the target: what is given goes to a recipient ("gave $2 million
to Nigeria"), troops that are moved go to a destination, a charge denied was made by
someone ("denied charges by X"), a measure applies to a place or party ("lifted the
curfew in X"), what is asked is asked from someone ("sought support from X"), and help or
troops sent to no one named go to the place named ("funds to support schools in Malawi").
The word lists that decide this are in ``data/events/roles.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from spacy.tokens import Token

from wirewatch.extract.attack_means import is_munition
from wirewatch.extract.clauses import QUANTITY_WORDS, is_to_infinitive
from wirewatch.extract.lexicon import default_lexicon, verb_forms
from wirewatch.extract.modality import clause_chain, is_exposure_verb, is_topic_verb
from wirewatch.extract.requested_acts import asked_party
from wirewatch.extract.undone_acts import is_avoiding_verb
from wirewatch.nlp.timex_lexicon import load_lexicon

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "iobj", "attr", "dative"})
TARGET_PREPS = frozenset(
    {"against", "on", "upon", "with", "to", "into", "toward", "towards", "at", "of", "over"}
)
NOUN_TARGET_PREPS = frozenset({"on", "against", "upon", "of", "to", "with", "into"})
SOURCE_PREPS_FOR_NOUNS = frozenset({"by", "from"})
# Verbs whose grammatical subject is what is taken or hit ("Kunduz fell to the Taliban").
SUBJECT_IS_TARGET = frozenset({"fall", "fell", "fallen", "falls", "falling"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Heads through which a pronoun subject looks for the actor it stands for.
PRONOUN_CLIMB_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})


@dataclass(frozen=True)
class RoleWords:
    """The analyst-editable word lists of ``data/events/roles.yaml``."""

    means_objects: frozenset[str]
    means_preps: frozenset[str]
    carrier_objects: dict[str, frozenset[str]]
    reason_preps: tuple[tuple[str, frozenset[str]], ...]
    pronouns: frozenset[str]
    document_nouns: frozenset[str]
    contact_verbs: frozenset[str]
    transfer_verbs: frozenset[str]
    beneficiary_verbs: frozenset[str]
    force_objects: frozenset[str]
    moving_verbs: frozenset[str]
    arrival_verbs: frozenset[str]
    arrival_preps: frozenset[str]
    voiced_objects: dict[str, frozenset[str]]
    asking_verbs: frozenset[str]
    content_nouns: dict[str, frozenset[str]]
    leaving_verbs: frozenset[str]
    event_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    attack_nouns: frozenset[str]
    attack_place_preps: frozenset[str]
    reciprocal_words: frozenset[str]
    holding_verbs: frozenset[str]
    own_acts: frozenset[str]
    stance_nouns: frozenset[str]
    facility_nouns: frozenset[str]
    settlement_nouns: frozenset[str]
    armed_group_nouns: frozenset[str]
    ground_nouns: frozenset[str]
    helping_verbs: frozenset[str]
    helping_words: frozenset[str]
    civilian_nouns: frozenset[str]
    patient_nouns: frozenset[str]
    casualty_nouns: frozenset[str]
    gathering_verbs: frozenset[str]
    departure_nouns: frozenset[str]
    undergoing_verbs: frozenset[str]
    charging_words: frozenset[str]
    deciding_nouns: frozenset[str]


def _check_words(raw: dict) -> None:
    """Every entry must be a string: YAML reads a bare ``on`` or ``no`` as a boolean."""
    for key, value in raw.items():
        lists = value.values() if isinstance(value, dict) else [value]
        for words in lists:
            bad = [w for w in words if not isinstance(w, str)]
            if bad:
                raise ValueError(f"roles.yaml: {key} has non-text entries {bad} (quote them)")


@lru_cache(maxsize=1)
def role_words() -> RoleWords:
    path = Path(str(resources.files("wirewatch").joinpath("data", "events", "roles.yaml")))
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    _check_words(raw)
    return RoleWords(
        means_objects=frozenset(w.lower() for w in raw["means_objects"]),
        means_preps=frozenset(raw["means_preps"]),
        carrier_objects={k.lower(): frozenset(v) for k, v in raw["carrier_objects"].items()},
        reason_preps=tuple((k.lower(), frozenset(v)) for k, v in raw["reason_preps"].items()),
        pronouns=frozenset(w.lower() for w in raw["pronouns"]),
        document_nouns=frozenset(w.lower() for w in raw["document_nouns"]),
        contact_verbs=frozenset(w.lower() for w in raw["contact_verbs"]),
        transfer_verbs=frozenset(w.lower() for w in raw["transfer_verbs"]),
        beneficiary_verbs=frozenset(w.lower() for w in raw["beneficiary_verbs"]),
        force_objects=frozenset(w.lower() for w in raw["force_objects"]),
        moving_verbs=frozenset(w.lower() for w in raw["moving_verbs"]),
        arrival_verbs=frozenset(w.lower() for w in raw["arrival_verbs"]),
        arrival_preps=frozenset(raw["arrival_preps"]),
        voiced_objects={k.lower(): frozenset(v) for k, v in raw["voiced_objects"].items()},
        asking_verbs=frozenset(w.lower() for w in raw["asking_verbs"]),
        content_nouns={k.lower(): frozenset(v) for k, v in raw["content_nouns"].items()},
        leaving_verbs=frozenset(w.lower() for w in raw["leaving_verbs"]),
        event_nouns=frozenset(w.lower() for w in raw["event_nouns"]),
        claim_nouns=frozenset(w.lower() for w in raw["claim_nouns"]),
        attack_nouns=frozenset(w.lower() for w in raw["attack_nouns"]),
        attack_place_preps=frozenset(raw["attack_place_preps"]),
        reciprocal_words=frozenset(w.lower() for w in raw["reciprocal_words"]),
        holding_verbs=frozenset(w.lower() for w in raw["holding_verbs"]),
        own_acts=frozenset(w.lower() for w in raw["own_acts"]),
        stance_nouns=frozenset(w.lower() for w in raw["stance_nouns"]),
        facility_nouns=frozenset(w.lower() for w in raw["facility_nouns"]),
        settlement_nouns=frozenset(w.lower() for w in raw["settlement_nouns"]),
        armed_group_nouns=frozenset(w.lower() for w in raw["armed_group_nouns"]),
        ground_nouns=frozenset(w.lower() for w in raw["ground_nouns"]),
        helping_verbs=frozenset(w.lower() for w in raw["helping_verbs"]),
        helping_words=frozenset(w.lower() for w in raw["helping_words"]),
        civilian_nouns=frozenset(w.lower() for w in raw["civilian_nouns"]),
        patient_nouns=frozenset(w.lower() for w in raw["patient_nouns"]),
        casualty_nouns=frozenset(w.lower() for w in raw["casualty_nouns"]),
        gathering_verbs=frozenset(w.lower() for w in raw["gathering_verbs"]),
        departure_nouns=frozenset(w.lower() for w in raw["departure_nouns"]),
        undergoing_verbs=frozenset(w.lower() for w in raw["undergoing_verbs"]),
        charging_words=frozenset(w.lower() for w in raw["charging_words"]),
        deciding_nouns=frozenset(w.lower() for w in raw["deciding_nouns"]),
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


# Right-hand attachments that belong to the noun phrase ("the enclave of Eastern Ghouta near
# Damascus", "Aoun, the Lebanese president", "warplanes supported by Russia", "X and Y").
# Clauses that say what the thing is about ("decision to recognise…", "suggestion that…")
# and relative clauses are left out.
PHRASE_RIGHT_DEPS = frozenset(
    ("compound flat prep acl appos conj cc nummod amod case punct nmod quantmod poss pobj").split()
)
PHRASE_LEFT_DEPS = frozenset(
    (
        "det amod compound poss nummod quantmod nmod predet preconj punct case advmod flat cc conj"
    ).split()
)
# Prepositions that place an event in time or circumstance rather than narrow down a party
# ("the Foreign Office during a briefing", "gunmen after the raid").
NON_PHRASE_PREPS = frozenset(
    (
        "during after before since until amid despite following as through via without "
        "within because due upon while"
    ).split()
)
LEADING_DROP = frozenset({"the", "a", "an", ",", "“", '"', "'", "‘", "(", "-", "—", "–"})
TRAILING_DROP = frozenset({",", ".", ";", ":", "-", "—", "–", "and", "or", "but", "“", '"'})
TIME_WORDS = frozenset(
    (
        "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
        "week weeks month months year years day days night morning evening afternoon "
        "weekend january february march april may june july august september october "
        "november december"
    ).split()
)
MAX_PHRASE_TOKENS = 30


# Inside a participle that modifies the noun ("a bus carrying employees", "an appeal lodged
# by X") its own objects and agent belong to the phrase too.
ACL_INNER_DEPS = frozenset({"dobj", "agent", "prep", "pobj", "dative", "prt", "compound"})


def _keeps(child: Token, cut: frozenset[str], inner: frozenset[str]) -> bool:
    """Does this right-hand dependent still belong to the noun phrase?"""
    if child.dep_ not in PHRASE_RIGHT_DEPS and child.dep_ not in inner:
        return False
    if child.dep_ == "appos" and child.lower_ in role_words().event_nouns:
        return False
    if child.dep_ in {"appos", "npadvmod"} and child.lower_ in TIME_WORDS and not child.n_lefts:
        # "summoned France's ambassador Monday": when, not who ("Theresa May" is a name)
        return False
    if child.dep_ == "acl":
        # "a swarm of drones [targeting a Russian airbase]": a clause that acts on an object
        # of its own is no part of the name (its object is not the head's owner)
        acting = child.tag_ == "VBG" and any(c.dep_ in {"dobj", "obj"} for c in child.children)
        clausal = acting or any(c.dep_ in {"aux", "mark", "nsubj"} for c in child.children)
        after_comma = child.doc[child.i - 1].lower_ == ","
        bare = not any(_keeps(c, cut, ACL_INNER_DEPS) for c in child.rights)
        return child.tag_ in {"VBN", "VBG"} and not (clausal or after_comma or bare)
    if child.dep_ in {"prep", "agent"}:
        if child.lower_ in cut or child.lower_ in NON_PHRASE_PREPS:
            return False
        objs = _children(child, frozenset({"pobj"}))
        if child.lower_ in {"in", "during"} and any(
            o.lower_ in role_words().attack_nouns for o in objs
        ):
            # "killed 52 people [in coordinated attacks]": the act they fell in, not them
            return False
        return bool(objs) and not any(o.lower_ in TIME_WORDS for o in objs)
    if child.dep_ == "punct":
        following = [c for c in child.head.rights if c.i > child.i]
        if child.lower_ == ")":
            return True
        if not following:
            return False
        if child.lower_ == ",":
            return following[0].dep_ in {"appos", "conj", "cc"}
        return child.lower_ in {"(", "-", "–", "—", "'s", "’s"} or following[0].dep_ == "appos"
    return True


def _right_edge(token: Token, cut: frozenset[str], inner: frozenset[str] = frozenset()) -> Token:
    """Last token of the phrase: the subtree, cut at the first clause or detached part."""
    right = token
    for child in token.rights:
        if not _keeps(child, cut, inner):
            break
        if child.dep_ in {"punct", "case", "cc"}:
            right = child
        else:
            right = _right_edge(child, cut, ACL_INNER_DEPS if child.dep_ == "acl" else inner)
    return right


def phrase(token: Token, cut: frozenset[str] = frozenset()) -> Role:
    """The noun phrase headed by ``token``, as a reader would underline it: modifiers,
    "of"/"in" attachments, appositions and coordinated heads, but no relative or
    complement clause, no phrase after a preposition in ``cut`` ("accused X of…"), and no
    leading article (the name is "Taliban", not "the Taliban")."""
    doc = token.doc
    left = token
    for child in reversed(list(token.lefts)):
        if child.dep_ not in PHRASE_LEFT_DEPS or child.right_edge.i != left.i - 1:
            break
        left = child.left_edge
    right = _right_edge(token, cut)
    if right.i - left.i + 1 > MAX_PHRASE_TOKENS:
        right = token
        for child in token.rights:
            if child.dep_ not in {"compound", "flat"}:
                break
            right = child
    while left.i < token.i and left.lower_ in LEADING_DROP:
        left = doc[left.i + 1]
    while right.i > token.i and (
        right.lower_ in TRAILING_DROP or (token.dep_ == "poss" and right.dep_ == "case")
    ):
        # an owner named as a party is "Britain", not "Britain's"
        right = doc[right.i - 1]
    opened = doc[left.i : right.i + 1].text.count("(") - doc[left.i : right.i + 1].text.count(")")
    if opened > 0 and right.i + 1 < len(doc) and doc[right.i + 1].text == ")":
        right = doc[right.i + 1]
    return Role(token, left.idx, right.idx + len(right.text))


def _phrase_without(token: Token, trigger: Token, cut: frozenset[str] = frozenset()) -> Role:
    """The phrase of ``token``, ending before the trigger when the trigger modifies it
    ("civilians killed by airstrikes": the victims are "civilians"), and before any clause
    on the way from the trigger up to it ("the air force [carried out strikes], killing…",
    parsed as a participle of "force")."""
    role = phrase(token, cut)
    stops = [t for t in clause_chain(trigger) if token.i < t.i and t.idx < role.end]
    if stops:
        stop = min(stops, key=lambda t: t.i)
        last = trigger.doc[stop.i - 1]
        while last.i > token.i and last.lower_ in TRAILING_DROP:
            last = last.doc[last.i - 1]
        role = Role(token, role.start, last.idx + len(last.text))
    return role


def _children(tok: Token, deps: frozenset[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


DATE_TYPES = frozenset({"DATE", "TIME"})  # "the massacre of the 1990s" names no party


def _prep_object(tok: Token, preps: frozenset[str]) -> Token | None:
    """The object of the first of ``tok``'s prepositions in ``preps`` ("on Friday" is a
    date, not a party). The parser labels a recipient's "to" as a dative ("gave $2 million
    to Nigeria"): it is a preposition all the same."""
    for prep in tok.children:
        if prep.dep_ in {"prep", "agent", "dative"} and prep.lower_ in preps:
            objs = _children(prep, frozenset({"pobj"}))
            if objs and objs[0].lower_ not in TIME_WORDS and not _dated(objs[0]):
                return objs[0]
    return None


def _dated(tok: Token) -> bool:
    """The word is part of a date. The NER model sometimes folds an unknown name into the
    date after it ("strikes on [Varo this year]"): a proper noun opening a date entity is a
    date only when it is a month or a weekday."""
    if tok.ent_type_ not in DATE_TYPES:
        return False
    if tok.pos_ != "PROPN" or tok.ent_iob_ != "B":
        return True
    lex = load_lexicon()
    name = tok.text.rstrip(".").title()
    return name in lex.month_names or name in lex.month_abbrevs or name in lex.weekdays


def _is_pronoun(tok: Token) -> bool:
    return tok.lower_ in role_words().pronouns


def _nominal(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN", "NUM"} and not _is_pronoun(tok)


def _subject_antecedent(clause: Token, pronoun: Token | None = None) -> Token | None:
    """The nearest governing clause's noun subject ("NAF says it has killed…"). In an
    adverbial clause a "they" or "it" whose number the subject does not share stands for
    the governing verb's object that does ("Isis fired on the wives as they fled", "the
    rebels attacked the convoy as it crossed the bridge")."""
    current = clause
    governing = None  # the verb the pronoun's adverbial clause hangs on
    for _ in range(4):
        if current.dep_ not in PRONOUN_CLIMB_DEPS or current.head.i == current.i:
            return None
        link, current = current.dep_, current.head
        if link == "advcl" and governing is None:
            governing = current
        for subj in _children(current, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
            if _nominal(subj):
                if governing is not None and pronoun is not None:
                    return _agreeing_object(governing, subj, pronoun) or subj
                return subj
    return None


PLURAL_PRONOUNS = frozenset({"they", "them"})
SINGULAR_PRONOUNS = frozenset({"it"})
# Collective nouns a "they" may stand for whatever their tag ("police … as they advanced").
COLLECTIVE_NOUNS = frozenset({"police", "military", "army", "government", "regime", "militia"})


def _plural(tok: Token) -> bool | None:
    """Grammatical number of a noun (None when a collective may take either)."""
    if tok.lower_ in COLLECTIVE_NOUNS:
        return None
    if tok.lower_ in QUANTITY_WORDS:
        # "a number of soldiers", "a group of nurses": the people counted decide
        counted = _prep_object(tok, OF)
        if counted is not None:
            return _plural(counted)
    if tok.tag_ in {"NNS", "NNPS"}:
        return True
    if tok.tag_ in {"NN", "NNP"} and not any(c.dep_ == "conj" for c in tok.children):
        return False
    return None


def _agreeing_object(verb: Token, subject: Token, pronoun: Token) -> Token | None:
    """The governing verb's object (direct, or after its preposition) that agrees in number
    with ``pronoun`` when its subject does not."""
    want = True if pronoun.lower_ in PLURAL_PRONOUNS else None
    if pronoun.lower_ in SINGULAR_PRONOUNS:
        want = False
    if want is None or _plural(subject) is not (not want):
        return None
    objects = list(_children(verb, OBJECT_DEPS))
    for prep in _children(verb, frozenset({"prep"})):
        objects += _children(prep, frozenset({"pobj"}))
    found = [o for o in objects if _nominal(o) and _plural(o) is want]
    return found[0] if len(found) == 1 else None


def _object_antecedent(verb: Token) -> Token | None:
    """The object of the verb this one is coordinated with or subordinate to ("called X
    and urged him", "stormed X after striking it")."""
    current = verb
    for _ in range(3):
        if current.dep_ not in {"conj", "advcl"} or current.head.i == current.i:
            return None
        current = current.head
        for obj in _children(current, OBJECT_DEPS):
            if _nominal(obj):
                return obj
    return None


OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _earlier_object(pronoun: Token) -> Token | None:
    """The nearest earlier object in the sentence ("called Erdogan on Wednesday and urged
    him", parsed without the coordination): who else would "him" be."""
    for tok in reversed(pronoun.doc[: pronoun.i]):
        if tok.dep_ in OBJECT_DEPS | {"oprd"} and tok.pos_ == "PROPN":
            return tok
    return None


COPULAS = frozenset({"is", "was", "'s", "are", "were"})
TAKING_TIME = frozenset({"take", "takes", "took", "taken", "taking"})


def _cleft_focus(clause: Token) -> Token | None:
    """The focus of a cleft ("it is Israel [that led …]") whose clause is ``clause``."""
    copula = clause.head
    if clause.dep_ != "ccomp" or copula.lower_ not in COPULAS:
        return None
    if not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in copula.children):
        return None
    return next((c for c in copula.children if c.dep_ == "attr"), None)


def _dummy_it(subject: Token, trigger: Token) -> bool:
    """ "It took the gunmen seven minutes to kill him": "it" stands for nothing."""
    verb = subject.head
    return (
        subject.lower_ == "it"
        and verb.lower_ in TAKING_TIME
        and trigger.head.i == verb.i
        and trigger.dep_ in {"xcomp", "advcl", "ccomp"}
    )


def resolve(tok: Token) -> Token:
    """The noun a relative or personal pronoun stands for within the sentence, else itself."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        return tok.head.head
    if tok.lower_ in RELATIVE_PRONOUNS and (focus := _cleft_focus(tok.head)) is not None:
        # "it is Israel that has led the strikes": the party the cleft puts in focus
        return focus
    if tok.lower_ == "whose":
        # "the leader, whose killing shocked Varo": the noun the relative clause is on
        current = tok
        for _ in range(4):
            if current.dep_ == "relcl":
                return current.head
            if current.head.i == current.i:
                break
            current = current.head
    if not _is_pronoun(tok):
        return tok
    found = None
    if tok.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        found = _subject_antecedent(tok.head, tok)
    elif tok.dep_ in OBJECT_DEPS:
        found = _object_antecedent(tok.head)
        if found is None and tok.lower_ in OBJECT_PRONOUNS:
            found = _earlier_object(tok)
    elif tok.dep_ == "poss" and tok.head.dep_ in OBJECT_DEPS:
        # "Syrian forces continued their attacks": the owner is the verb's subject
        subj = _children(tok.head.head, SUBJECT_DEPS)
        found = subj[0] if subj and _nominal(subj[0]) else None
    return found if found is not None else tok


def _reason_preps(trigger: Token) -> frozenset[str]:
    """Prepositions that introduce the charge, not the target ("accused X of shelling")."""
    for stem, preps in role_words().reason_preps:
        if trigger.lower_.startswith(stem):
            return preps
    return frozenset()


def _party_after(obj: Token, preps: frozenset[str]) -> Token | None:
    """The party named after an object ("sanctions on X", "a ban imposed on X")."""
    found = _prep_object(obj, preps)
    if found is None:
        for acl in _children(obj, frozenset({"acl"})):
            found = _prep_object(acl, preps)
            if found is not None:
                break
    return found


CURRENCY_SIGNS = frozenset("$ € £ ¥ usd eur euros euro dollars dollar pounds yuan".split())
RECIPIENT_PREPS = frozenset({"to", "into"})
FOR = frozenset({"for"})
MAX_RECIPIENT_SCAN = 40


def _is_amount(obj: Token) -> bool:
    """ "$2 million", "€ 95 million in support", "10 million euros": money given, never a
    party ("52 Iranian sites" and "three hostages" are counted parties, not money)."""
    if obj.lower_ in CURRENCY_SIGNS:
        return True
    return any(c.lower_ in CURRENCY_SIGNS for c in obj.lefts)


def _recipient_inside(obj: Token, preps: frozenset[str] = RECIPIENT_PREPS) -> Token | None:
    """A "to" party inside the object phrase ("€10 million in aid to the Palestinians").
    The parser often hangs the recipient on the last noun of a long object ("returned a
    pendant engraved with the image of Peter the Great to Russian authorities"): the last
    such phrase of the object, outside any clause of its own, is the one the verb governs."""
    found = None
    for tok in obj.subtree:
        if tok.i - obj.i > MAX_RECIPIENT_SCAN:
            break
        if tok.dep_ == "prep" and tok.lower_ in preps and not _in_clause(tok, obj):
            objs = _children(tok, frozenset({"pobj"}))
            if objs and objs[0].lower_ not in TIME_WORDS:
                found = objs[0]
    return found


def _in_clause(tok: Token, top: Token) -> bool:
    """Is ``tok`` inside a relative or complement clause below ``top``?"""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in {"relcl", "ccomp", "xcomp", "advcl"}:
            return True
        tok = tok.head
    return False


def _beneficiary(*heads: Token) -> Token | None:
    """The object of a purpose clause of helping ("…to assist Ethiopia")."""
    helping = role_words().beneficiary_verbs
    for head in heads:
        for clause in head.children:
            if clause.dep_ in {"xcomp", "advcl", "acl"} and clause.lower_ in helping:
                objs = _children(clause, OBJECT_DEPS)
                if objs:
                    return objs[0]
    return None


def _helped(trigger: Token) -> Token | None:
    """Who a helping verb without an object helps: the doer of what it helps do ("to help
    Haiti cope"), else the recipient of the gift it is the purpose of ("gave rifles to the
    Marines to help in operations")."""
    for clause in trigger.children:
        if clause.dep_ in {"ccomp", "xcomp"}:
            subj = _children(clause, SUBJECT_DEPS)
            if subj and _nominal(subj[0]):
                return subj[0]
    giver = trigger.head
    if trigger.dep_ in {"acl", "relcl"}:
        # "provided the army with equipment to help…": the verb the noun is governed by
        giver = _governing_verb(giver)
    if trigger.dep_ in {"xcomp", "advcl", "acl", "relcl"} and (
        giver.lower_ in role_words().transfer_verbs
    ):
        return _recipient(giver, [o for o in _children(giver, OBJECT_DEPS) if o.dep_ != "dative"])
    return None


def _governing_verb(noun: Token) -> Token:
    """The head a noun is an argument of, through a preposition ("provided X [with] Y")."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head
    return noun.head


def _infinitival_relative(verb: Token) -> bool:
    """ "equipment to help X": a purpose clause on a noun, not a relative clause about it."""
    return (
        verb.dep_ == "relcl"
        and is_to_infinitive(verb)
        and not any(c.lower_ in RELATIVE_PRONOUNS for c in verb.children)
    )


def _recipient(trigger: Token, objs: list[Token]) -> Token | None:
    """Who receives what a verb of giving gives: "gave Nigeria $2 million", "gave $2 million
    to Nigeria", "provided Egypt with aircraft", "gave rifles to help the Marines"."""
    for child in trigger.children:
        if child.dep_ in {"dative", "iobj"} and _nominal(child):
            return child
    found = _prep_object(trigger, RECIPIENT_PREPS)
    if found is not None:
        return found
    if objs and _prep_object(trigger, WITH) is not None:
        return objs[0]
    for obj in objs:
        found = _recipient_inside(obj)
        if found is not None:
            return found
    found = _beneficiary(trigger, *objs)
    if found is not None:
        return found
    if objs and objs[0].pos_ == "PROPN":
        return objs[0]
    # "provides €45m support for agri-businesses in Nigeria": given for someone
    found = _prep_object(trigger, FOR) or next(
        (r for o in objs if (r := _recipient_inside(o, FOR)) is not None), None
    )
    if found is not None and found.lower_ in role_words().means_objects:
        # "provided $340 million for assistance in northern Iraq": where the aid goes
        return _prep_object(found, PLACE_PREPS)
    return found


QUANTIFIERS = frozenset({"some", "all", "most", "part", "many", "several", "each", "any"})


def _quantified(obj: Token) -> Token:
    """ "some of its restrictions": what the quantifier picks from is the object."""
    if obj.lower_ in QUANTIFIERS:
        inner = _prep_object(obj, frozenset({"of"}))
        if inner is not None:
            return inner
    return obj


def _speaker_of(target: Token, trigger: Token) -> Token:
    """The party whose words the target is ("charges by the clergymen"), else the target.
    The parser may hang the "by" phrase on the verb ("denied [charges] [by X]")."""
    preps = role_words().voiced_objects.get(target.lower_)
    if not preps:
        return target
    if target.head.i == trigger.i and target.dep_ in OBJECT_DEPS:
        found = _prep_object(trigger, preps & {"by", "from"})
        if found is not None:
            return found
    return _prep_object(target, preps) or target


def _object_target(trigger: Token, obj: Token) -> Token | None:
    words = role_words()
    obj = _quantified(obj)
    low = obj.lower_
    if _is_amount(obj):
        return _recipient(trigger, [obj])
    if low in words.means_objects or (
        low in words.force_objects and trigger.lower_ in words.moving_verbs
    ):
        # rockets are fired "at" their target; aid is sought "at" a conference, not from it
        preps = words.means_preps | AT if is_munition(obj) else words.means_preps
        goes_to = _prep_object(trigger, preps) or _prep_object(obj, preps)
        return _through_carried(goes_to, trigger) if goes_to is not None else None
    if low in words.carrier_objects:
        preps = words.carrier_objects[low]
        # a phrase on the object itself says most ("welcomed the visit [by X] [to her
        # country]"); the parser often hangs it on the verb instead ("lifted sanctions [on X]")
        found = _party_after(obj, preps)
        if found is None:
            found = _prep_object(trigger, preps)
            if found is not None and found.head.lower_ in PLACE_PREPS and _says_how(found):
                found = None
        if found is not None and found.head.lower_ in PLACE_PREPS and not _where_for(obj, found):
            found = None
        if found is None and low in words.own_acts:
            found = _settling_partner(trigger)
        if found is None and low in words.attack_nouns:
            # "condemned the attacks in Tehran": where no party is named, the place hit
            place = _prep_object(obj, words.attack_place_preps)
            found = place if place is not None and _names_a_place(place) else None
        return _through_carried(found, trigger) if found is not None else obj
    return obj


def _through_carried(found: Token, trigger: Token) -> Token:
    """ "eased restrictions on [humanitarian assistance] to North Korea", "lifted the ban on
    [imports] of British beef": when the measure bears on a thing, the party is the one
    that thing goes to or comes from (one step further, no more). The parser may hang the
    recipient on the verb ("ease [restrictions on assistance] [to North Korea]")."""
    words = role_words()
    low = found.lower_
    if low in words.carrier_objects:
        inner = _party_after(found, words.carrier_objects[low])
    elif low in words.means_objects:
        inner = _prep_object(found, RECIPIENT_PREPS | FOR) or _prep_object(trigger, RECIPIENT_PREPS)
    else:
        return found
    return inner if inner is not None else found


# "in a televised broadcast", "in a bid to…", "in response": how or why, not where
MANNER_NOUNS = frozenset(
    "broadcast speech interview address bid effort attempt response retaliation order "
    "move step way manner protest solidarity".split()
)


def _says_how(tok: Token) -> bool:
    return tok.lower_ in MANNER_NOUNS or tok.lower_ in role_words().document_nouns


def _where_for(obj: Token, place: Token) -> bool:
    """Does "in" name where an act applies ("declared a ceasefire in Idlib")? Not in "a
    ceasefire in a bid to…", and not for an act a party owns ("violated South Sudan's
    ceasefire in the attack"), which is the target itself."""
    if any(c.dep_ == "poss" and _nominal(c) for c in obj.children):
        return False
    return not any(
        c.dep_ in {"acl", "relcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in place.children
    )


MAX_SETTLING_SCAN = 25


def _settling_partner(trigger: Token) -> Token | None:
    """ "workers called off the strike after reaching agreement with the government": the
    strike is the workers' own act; the party it pressed is the one they settled with."""
    words = role_words()
    for tok in trigger.subtree:
        if tok.i - trigger.i > MAX_SETTLING_SCAN:
            break
        if tok.i > trigger.i and tok.lower_ in words.reciprocal_words and tok.pos_ == "NOUN":
            found = _prep_object(tok, WITH)
            if found is not None:
                return found
    return None


def _passive_participle(verb: Token) -> bool:
    """ "Missiles fired by Israel": a past participle without an object of its own. A noun's
    clausal modifier tagged as a past tense with no subject is one too ("a ceasefire agreed
    last year")."""
    participle = verb.tag_ == "VBN" or (
        verb.tag_ == "VBD"
        and verb.dep_ == "acl"
        and not _children(verb, SUBJECT_DEPS)
        # a noun as the root means the parser lost the main verb: the "acl" is that verb
        and verb.head.dep_ != "ROOT"
    )
    return participle and not _children(verb, OBJECT_DEPS)


def _participle_subject(verb: Token) -> Token | None:
    """Who does what a participle says: the noun it modifies ("gunmen wearing uniforms
    attacked…"), or, for a statement or report "calling on X", whoever issued it."""
    noun = verb.head
    if is_to_infinitive(verb):
        # "Britain's decision to expel diplomats": the one who decided, not the decision
        owner = _children(noun, frozenset({"poss"}))
        if owner:
            return owner[0]
        if noun.lower_ in role_words().deciding_nouns:
            # "the US decision to withdraw", "a Turkish bid to seize the island"
            named = [c for c in noun.lefts if _is_actor_modifier(c)]
            if named:
                return named[0]
        given = _children(noun.head, frozenset({"dative", "iobj"}))
        if noun.dep_ in OBJECT_DEPS and given and _nominal_or_pronoun(given[0]):
            # "gives the army the authority to deploy": the one it is given to
            return given[0]
        if noun.dep_ in OBJECT_DEPS or noun.dep_ == "pobj":
            chain = clause_chain(_governing_verb(noun))
            return next((s for t in chain for s in _children(t, SUBJECT_DEPS)), None)
        return None
    if _passive_participle(verb):
        return None
    if _names_an_act(noun) and noun.dep_ in OBJECT_DEPS | {"pobj"}:
        # "responded with a wave of bombardment targeting Damascus": the act does not act,
        # whoever carried it out does
        return next(
            (s for t in clause_chain(_governing_verb(noun)) for s in _children(t, SUBJECT_DEPS)),
            None,
        )
    if noun.lower_ in role_words().document_nouns and noun.dep_ in OBJECT_DEPS:
        subj = next((s for t in clause_chain(noun.head) for s in _children(t, SUBJECT_DEPS)), None)
        return subj
    return noun


def _names_an_act(noun: Token) -> bool:
    """Is the noun an act of the lexicon ("bombardment", "offensive"), or a measure of one
    ("a wave of bombardment", "a barrage of attacks")?"""
    if noun.pos_ != "NOUN":
        return False
    nouns = default_lexicon().noun_types
    of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return bool(nouns(noun.lower_)) or any(o.dep_ == "pobj" and nouns(o.lower_) for o in of)


def _nominal_or_pronoun(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN", "PRON"}


def _nominal_actor(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or _is_pronoun(tok)


def _contact_partner(trigger: Token) -> Token | None:
    """ "X called / received Y to discuss Z": the purpose clause's partner is Y, whom the
    contact verb names as its object; Z is only the subject matter."""
    if trigger.dep_ not in {"xcomp", "advcl"} or not is_to_infinitive(trigger):
        return None
    head = trigger.head
    if head.lower_ not in role_words().contact_verbs:
        return None
    # the parser often reads "called [Name] to discuss" as an object predicate (oprd)
    objs = _children(head, OBJECT_DEPS | {"oprd"})
    return objs[0] if objs else None


FROM = frozenset({"from"})
AT = frozenset({"at"})
# "massacres were committed by X", "attacks carried out by X": the agent did the noun act
# ("the attack was investigated by the UN": the UN did not)
PERPETRATING_FORMS = frozenset(
    "committed carried perpetrated conducted launched staged mounted waged unleashed "
    "orchestrated inflicted executed".split()
)
BY = frozenset({"by"})
OF = frozenset({"of"})


GATHERING_TARGET_PREPS = frozenset({"against"})
SHARE_FORMS = frozenset(verb_forms("share"))
WITH = frozenset({"with"})


def _verb_target(trigger: Token) -> Token | None:
    """The target of an active verb: its object, read through the word lists."""
    words = role_words()
    objs = _children(trigger, OBJECT_DEPS)
    if trigger.lower_ in words.transfer_verbs:
        return _recipient(trigger, [o for o in objs if o.dep_ != "dative"])
    if trigger.lower_ in SHARE_FORMS:
        # "shared vaccine doses with Tosca", "share intelligence with Varo": the partner
        partner = _prep_object(trigger, WITH) or (_prep_object(objs[0], WITH) if objs else None)
        if partner is not None:
            return partner
    if trigger.lower_ in words.asking_verbs:
        asked = _prep_object(trigger, FROM)
        if asked is None and objs:
            asked = _prep_object(objs[0], FROM)
        if asked is not None:
            return asked
    if objs:
        return _object_target(trigger, objs[0])
    if trigger.lower_ in words.arrival_verbs:
        return _prep_object(trigger, words.arrival_preps)
    if trigger.lower_ in words.leaving_verbs:
        office = _prep_object(trigger, frozenset({"as", "from"}))
        return _prep_object(office, frozenset({"of"})) if office is not None else None
    if trigger.lower_ in words.gathering_verbs:
        # "demonstrated on the railway tracks": a crowd's place is no party to its protest
        return _prep_object(trigger, GATHERING_TARGET_PREPS)
    # a party named with "with", "on" or "to" comes before a venue named with "at" ("at the
    # summit, Erdogan pleaded with Russia to …")
    found = _prep_object(trigger, TARGET_PREPS - AT)
    if found is None and not is_reciprocal(trigger):
        found = _prep_object(trigger, AT)  # "negotiate at Geneva": the venue of a meeting
    if found is not None:
        return found
    # "called for Israel to halt…": the one expected to act is the "for" clause's subject
    for clause in trigger.children:
        if clause.dep_ in {"advcl", "ccomp", "xcomp"} and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in clause.children
        ):
            subj = _children(clause, SUBJECT_DEPS)
            if subj:
                return subj[0]
    # "refused to comply with X", "vowed to punish X": the party of the infinitive
    for clause in _children(trigger, frozenset({"xcomp"})):
        if is_to_infinitive(clause):
            inner = _children(clause, OBJECT_DEPS)
            return _object_target(clause, inner[0]) if inner else _prep_object(clause, TARGET_PREPS)
    return None


def _passive_conjunct(trigger: Token) -> bool:
    """A past participle joined to a passive verb, with no subject of its own. The tagger
    often reads the second one as a past tense ("were run over and killed"): with no object
    of its own after a passive, it is the participle."""
    head = trigger.head
    participle = trigger.tag_ == "VBN" or (
        trigger.tag_ == "VBD"
        and not _children(trigger, OBJECT_DEPS)
        and bool(_children(head, frozenset({"auxpass"})))
    )
    return (
        trigger.dep_ == "conj"
        and participle
        and not _children(trigger, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
        and bool(_children(head, PASSIVE_SUBJECT_DEPS))
    )


def _reduced_passive(trigger: Token) -> bool:
    """ "If attacked", "unless provoked": a bare past participle opening a clause of its own,
    with no subject, is passive (its missing subject is what is acted on)."""
    return (
        trigger.tag_ == "VBN"
        and trigger.dep_ == "advcl"
        and not _children(trigger, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | frozenset({"aux"}))
        and any(c.dep_ == "mark" for c in trigger.children)
    )


AUX_DEPS = frozenset({"aux", "auxpass"})


def _described_by_participle(trigger: Token) -> Token | None:
    """ "… the reporter Daphne Galizia, killed in a car bomb last year, …": a bare passive
    participle set off by a comma right after a noun describes what befell that noun, however
    the parser hangs it (often on the main verb, whose subject then looked like the doer)."""
    if trigger.tag_ != "VBN" or trigger.dep_ not in {"advcl", "acl", "conj"}:
        return None
    if _children(trigger, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | OBJECT_DEPS | AUX_DEPS):
        return None
    if any(c.dep_ == "mark" for c in trigger.children) or trigger.i < 2:
        return None
    comma, noun = trigger.doc[trigger.i - 1], trigger.doc[trigger.i - 2]
    if comma.text != "," or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    return noun


SENTENCE_STOPS = frozenset({".", "!", "?"})


def headline_passive_subject(trigger: Token) -> Token | None:
    """ "Social Media Platforms Suspended in North Varo": headline-ese drops the "were" of a
    passive, so the parser leaves a past participle as the root with a plain subject. That
    subject is what was acted on. Only a line with no closing stop reads so (a headline);
    in running text such a parse is a tagging slip."""
    if trigger.tag_ != "VBN" or trigger.dep_ != "ROOT":
        return None
    if _children(trigger, AUX_DEPS | OBJECT_DEPS):
        return None
    last = next((t for t in reversed(trigger.sent) if not t.is_space), trigger)
    if last.text in SENTENCE_STOPS:
        return None
    subjects = _children(trigger, SUBJECT_DEPS)
    return subjects[0] if subjects and _nominal(subjects[0]) else None


def verb_roles(trigger: Token, subject_is_target: bool = False) -> tuple[Role | None, Role | None]:
    if trigger.dep_ in {"dobj", "obj"} and is_exposure_verb(trigger.head):
        # "risks [arrest]" with the act tagged as a verb: the subject would suffer it
        exposed = _children(trigger.head, SUBJECT_DEPS)
        return None, (phrase(resolve(exposed[0])) if exposed else None)
    chain = clause_chain(trigger)
    source = target = None
    passive = _children(trigger, PASSIVE_SUBJECT_DEPS)
    if not passive and _children(trigger, frozenset({"auxpass"})):
        # "…, have been freed by Libyan forces": the passive subject is shared upstream
        passive = [s for t in chain[1:] for s in _children(t, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)]
    if not passive and _passive_conjunct(trigger):
        # "was charged and convicted": the second participle shares the first's passive
        passive = _children(trigger.head, PASSIVE_SUBJECT_DEPS)
    if not passive and (described := _described_by_participle(trigger)) is not None:
        passive = [described]
    if not passive and (undergoer := headline_passive_subject(trigger)) is not None:
        passive = [undergoer]
    if not passive and _reduced_passive(trigger):
        # "ready to defend Orla if attacked": the one defended would be attacked
        head = trigger.head
        passive = _children(head, OBJECT_DEPS) or [
            s for t in chain[1:] for s in _children(t, SUBJECT_DEPS)
        ]
    if passive:
        target = passive[0]
        source = _prep_object(trigger, frozenset({"by"}))
        if trigger.lower_ in role_words().transfer_verbs:
            # "a sarcophagus was returned to Egypt by ICE": the thing given is not a party
            target = _prep_object(trigger, RECIPIENT_PREPS) or target
        carried = role_words().carrier_objects.get(target.lower_)
        if carried:
            # "UN sanctions against Iran were lifted": lifted for Iran, and, with no "by"
            # named, by the party whose measure it was
            owners = [c for c in target.lefts if _is_actor_modifier(c)]
            if source is None and owners:
                source = owners[0]
            target = _party_after(target, carried) or target
    else:
        asked = asked_party(trigger)
        for tok in [] if asked is not None else chain:
            subj = _children(tok, SUBJECT_DEPS)
            if not subj and tok.i != trigger.i:
                # "Russia is set to redeploy": the passive subject of a governing head
                subj = _children(tok, PASSIVE_SUBJECT_DEPS)
            if subj:
                source = subj[0]
                break
            if tok.dep_ == "relcl" and not _infinitival_relative(tok):
                source = tok.head
                break
            if tok.dep_ == "acl" or _infinitival_relative(tok):
                source = _participle_subject(tok)
                break
        if asked is not None:
            # "urged Russia to withdraw": Russia would withdraw
            source = asked
        target = _verb_target(trigger)
        if trigger.dep_ == "acl" and _passive_participle(trigger):
            # "civilians killed by airstrikes": the noun suffered it, "by" did it; "a truce
            # agreed between Russia and Turkey" was made by the two sides
            between = _prep_object(trigger, frozenset({"between"}))
            if between is not None and is_reciprocal(trigger):
                source, target = between, None
            else:
                source, target = _prep_object(trigger, frozenset({"by"})), trigger.head
        let = _letting(trigger)
        if let is not None:
            source, target = let
    if source is not None and _dummy_it(source, trigger):
        source = next((c for c in source.head.children if c.dep_ in {"dative", "iobj"}), None)
    if trigger.lower_ in SUBJECT_IS_TARGET:
        taker = _prep_object(trigger, frozenset({"to", "into"}))
        source, target = taker, source
    elif subject_is_target and not passive:
        source, target = _prep_object(trigger, frozenset({"by"})), source
    if trigger.tag_ == "VBG" and not _children(trigger, SUBJECT_DEPS):
        # "shelling by forces loyal to Assad": a gerund's "by" names its doer, however the
        # parser joins it to the clause
        agent = _prep_object(trigger, BY)
        if agent is not None:
            source = agent
    charged = _charged_party(trigger)
    if charged is not None:
        # "Tosca accuses Orla of backing the rebels": the accused did it, if anyone did
        source = charged
    if trigger.tag_ == "VBG" and not _children(trigger, SUBJECT_DEPS):
        owner = next((c for c in trigger.children if c.dep_ == "poss"), None)
        if owner is not None and trigger.lower_ in role_words().patient_nouns:
            # "whose killing", "his arrest" read as gerunds: the owner suffered it
            source = source if source is not owner else None
            target = owner if target is None or target.lower_ == "hands" else target
        elif owner is not None and source is None:
            source = owner
    hands = _at_the_hands_of(trigger)
    if hands is not None:
        # "killed at the hands of the rebels": the rebels did it
        source = hands
        if target is not None and target.lower_ == "hands":
            target = None
    if target is None and trigger.lower_ in role_words().beneficiary_verbs:
        target = _helped(trigger)
    if target is None and not passive and _sends_means(trigger):
        target = _place_served(trigger)
    if target is not None and not passive:
        target = _speaker_of(target, trigger)
    partner = _contact_partner(trigger)
    if partner is not None and (target is None or not _nominal_actor(target)):
        target = partner
    source = resolve(source) if source is not None else None
    target = resolve(target) if target is not None else None
    if target is not None:
        target = _party_asked_for(target)
    cut = _reason_preps(trigger)
    if target is not None:
        cut = cut | role_words().content_nouns.get(target.lower_, frozenset())
    if target is not None and target.head.i == trigger.i and is_reciprocal(trigger):
        # "held talks" with no partner named: the talks are the act, not a party
        target = None if target.lower_ in role_words().reciprocal_words else target
    if target is None and source is not None and is_reciprocal(trigger):
        first, second = _split_pair(_phrase_without(source, trigger))
        if second is not None:
            return first, phrase(second)
    return (
        _phrase_without(source, trigger) if source is not None else None,
        _with_place(_with_apposed_object(_phrase_without(target, trigger, cut), trigger), trigger)
        if target is not None
        else None,
    )


def _sends_means(trigger: Token) -> bool:
    """Is the act one of giving or sending help or forces ("provided €28 million", "is
    mobilising additional funds", "sent 200 troops")?"""
    words = role_words()
    if trigger.lower_ in words.transfer_verbs:
        return True
    objs = [_quantified(o) for o in _children(trigger, OBJECT_DEPS)]
    return any(
        o.lower_ in words.means_objects
        or (o.lower_ in words.force_objects and trigger.lower_ in words.moving_verbs)
        or _is_amount(o)
        for o in objs
    )


MAX_PLACE_SCAN = 30


def _place_served(trigger: Token) -> Token | None:
    """Where help or forces go when no recipient is named: the place the act or its purpose
    is about ("mobilising funds to support peace building in Colombia", "sent troops in
    Syria", "provided €28 million to pay for aid for those affected in Yemen"). A named
    party after "to" that the parser hung deep inside a long object comes first ("returned
    a manuscript, missing since 1943, to Venafro")."""
    recipients = [
        found
        for tok in trigger.subtree
        if trigger.i < tok.i <= trigger.i + MAX_PLACE_SCAN
        and tok.dep_ in {"prep", "dative"}
        and tok.lower_ in RECIPIENT_PREPS
        and (found := _named_place(tok)) is not None
    ]
    if recipients:
        return recipients[-1]
    for tok in trigger.subtree:
        if tok.i - trigger.i > MAX_PLACE_SCAN:
            break
        if tok.i > trigger.i and tok.dep_ == "prep" and tok.lower_ in PLACE_PREPS:
            # "a painting that was stolen in Manhattan": where the thing once was
            found = None if _in_relative(tok, trigger) else _named_place(tok)
            if found is not None:
                return found
    for head in clause_chain(trigger)[1:]:
        for prep in _children(head, frozenset({"prep"})):
            if prep.lower_ in PLACE_PREPS and (found := _named_place(prep)) is not None:
                return found
    return None


def _in_relative(tok: Token, top: Token) -> bool:
    """Is ``tok`` inside a passive relative clause below ``top`` (what befell the thing)?"""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "relcl" and _children(tok, frozenset({"auxpass"})):
            return True
        tok = tok.head
    return False


def _named_place(prep: Token) -> Token | None:
    objs = _children(prep, frozenset({"pobj"}))
    if objs and objs[0].lower_ not in TIME_WORDS and objs[0].pos_ == "PROPN":
        return objs[0]
    return None


CAUSATIVE_VERBS = frozenset({"let", "lets", "letting", "set", "sets", "setting"})


def _letting(trigger: Token) -> tuple[Token | None, Token] | None:
    """ "Egypt let [Soltan] free", "set the hostages free": the one let go is the subject of
    the small clause, and the one who let is the subject of "let"."""
    if trigger.dep_ not in {"ccomp", "xcomp"} or trigger.head.lower_ not in CAUSATIVE_VERBS:
        return None
    freed = _children(trigger, SUBJECT_DEPS)
    if not freed:
        return None
    causer = next((s for t in clause_chain(trigger.head) for s in _children(t, SUBJECT_DEPS)), None)
    return causer, freed[0]


def _party_asked_for(target: Token) -> Token:
    """ "rejected an extradition request for Carles Puigdemont": a request nobody is named
    as making, for a named party, is about that party; "a request for a recount" is not."""
    preps = role_words().content_nouns.get(target.lower_)
    if not preps or _children(target, frozenset({"poss"})):
        return target
    found = _prep_object(target, preps)
    return found if found is not None and found.pos_ == "PROPN" else target


def is_reciprocal(trigger: Token) -> bool:
    """Is the act one two parties do together ("met", "held talks", "signed a deal")?"""
    words = role_words()
    if trigger.lower_ in words.reciprocal_words:
        return True
    return trigger.lower_ in words.holding_verbs and any(
        c.dep_ in OBJECT_DEPS and c.lower_ in words.reciprocal_words for c in trigger.children
    )


def _split_pair(role: Role) -> tuple[Role, Token | None]:
    """ "Russia and Turkey" as the joint subject of a reciprocal act: the first party as
    source, the second as target (None when the phrase names one party)."""
    head = role.head
    second = next((c for c in head.children if c.dep_ == "conj" and _nominal(c)), None)
    if second is None or second.idx >= role.end:
        return role, None
    cc = [c for c in head.children if c.dep_ in {"cc", "punct"} and head.i < c.i < second.i]
    last = head.doc[(cc[0].i if cc else second.left_edge.i) - 1]
    while last.i > head.i and last.lower_ in TRAILING_DROP:
        last = head.doc[last.i - 1]
    return Role(head, role.start, last.idx + len(last.text)), second


PLACE_PREPS = frozenset({"in", "near", "outside"})


def _with_place(role: Role, trigger: Token) -> Role:
    """ "stormed a police headquarters [in eastern Afghanistan]", "fired at positions [in
    Idlib]": where the object stands, attached by the parser to the verb, still tells
    which one was hit."""
    head = role.head
    if head.pos_ == "PROPN":
        # "met Macron in Paris": a name is not narrowed down by where the act happened
        return role
    on_trigger = head.head.i == trigger.i and head.dep_ in {"dobj", "obj"}
    after_prep = head.dep_ == "pobj" and head.head.head.i == trigger.i
    if not (on_trigger or after_prep):
        return role
    doc = trigger.doc
    nxt = next((t for t in doc[role.head.i + 1 :] if t.idx >= role.end), None)
    if nxt is None or nxt.head.i != trigger.i or nxt.lower_ not in PLACE_PREPS:
        return role
    objs = _children(nxt, frozenset({"pobj"}))
    if not objs or objs[0].lower_ in TIME_WORDS or not _names_a_place(objs[0]):
        return role
    return Role(role.head, role.start, phrase(objs[0]).end)


def _names_a_place(tok: Token) -> bool:
    """ "Kandahar", "the Gaza Strip's eastern border regions": a name, or a noun a name owns."""
    return tok.pos_ == "PROPN" or any(
        c.pos_ == "PROPN" and c.dep_ in {"poss", "compound"} for c in tok.lefts
    )


MAX_APPOSITION_GAP = 6


def _with_apposed_object(role: Role, trigger: Token) -> Role:
    """ "meet his counterpart Italian President Sergio Mattarella", "received the UAE
    Ambassador to Bahrain, Abdulridha Khori": the parser reads the name in apposition as a
    second object of the verb; the phrase runs on through it."""
    # the verb the object belongs to: the trigger, or the verb of contact whose partner the
    # trigger's purpose clause took ("received [the Ambassador], Name, to discuss…"), also
    # through a preposition ("called on [the party] President Name to discuss…")
    verb = _governing_verb(role.head) if role.head.dep_ in {"dobj", "pobj"} else trigger
    later = [
        o
        for o in verb.children
        if o.dep_ in {"dobj", "oprd"} and o.i > role.head.i and o.pos_ == "PROPN"
    ]
    if not later:
        return role
    doc = trigger.doc
    gap = [t for t in doc[role.head.i + 1 : later[0].left_edge.i] if t.idx >= role.end]
    if len(gap) > MAX_APPOSITION_GAP or any(t.pos_ in {"VERB", "AUX", "CCONJ"} for t in gap):
        return role
    return Role(role.head, role.start, max(role.end, phrase(later[0]).end))


def _is_actor_modifier(tok: Token) -> bool:
    """ "Iraqi", "Russian", "NATO" in "Russian airstrikes": a named group as a modifier."""
    if tok.dep_ not in {"compound", "amod"}:
        return False
    if tok.pos_ == "PROPN":
        return True
    if tok.tag_ not in {"JJ", "NNP", "NNPS"} or not tok.text[:1].isupper():
        return False
    # "Exact death tolls": a sentence's first word is capitalised whatever it is; there only
    # a word the tagger found a name in ("Iraqi", "Kurdish") stands for a group
    return not tok.is_sent_start or bool(tok.ent_type_)


# A preposition that joins an act to the verb doing it ("pounded X with airstrikes", "engaged
# in fighting"); others only set the scene ("lost their lives in gun battles", "arose after
# the reduction of US forces"), where the verb's subject did not do the act.
MEANS_PREPS = frozenset({"with", "by", "through", "via"})
TAKING_PART_VERBS = frozenset(
    f"{stem}{end}" for stem in ("engag", "participat", "involv") for end in ("e", "es", "ed", "ing")
) | frozenset({"join", "joins", "joined", "joining"})


ASPECTUAL_VERBS = frozenset(
    "begin begins began begun beginning start starts started starting end ends ended ending "
    "open opens opened opening close closes closed closing".split()
)


def _means_of(trigger: Token) -> Token | None:
    """The verb whose subject did the noun act: what it was done with, took part in, or the
    sum given "in aid" ("paid $5 million in aid"); None when the act only sets the scene."""
    if trigger.dep_ != "pobj" or trigger.head.dep_ != "prep":
        return None
    prep, verb = trigger.head, trigger.head.head
    if prep.lower_ == "in" and _is_amount(verb) and verb.dep_ in {"dobj", "obj"}:
        return verb.head  # "paid $662 million in aid": the amount is the aid
    if verb.pos_ != "VERB":
        return None
    if verb.lower_ in ASPECTUAL_VERBS:
        return None  # "the conflict began with protests": when, not by what
    if prep.lower_ in MEANS_PREPS or trigger.lower_ in role_words().reciprocal_words:
        # those who act at talks ("gathered for talks", "agreed at the summit") attend them
        return verb
    if prep.lower_ != "in":
        return None
    # the parser that reads event sentences has no lemmatizer: word forms are compared
    took_part = any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
    given = any(c.dep_ in {"dobj", "obj"} and _is_amount(c) for c in verb.children)
    return verb if verb.lower_ in TAKING_PART_VERBS or took_part or given else None


HELPING_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _helps_with_force(doer: Token, means: Token) -> bool:
    """ "Supported the militia with airstrikes": force lent to a party is aimed at its
    enemies, not at the party the helping verb takes."""
    lexicon = default_lexicon()
    helping = any(
        s.type in HELPING_TYPES for s in lexicon.word_senses(doer.lower_) if s.pos == "VERB"
    )
    return helping and bool(lexicon.noun_types(means.lower_) & FORCE_TYPES)


def _at_the_hands_of(trigger: Token) -> Token | None:
    """The party after "at the hands of", which names who did an act."""
    for prep in _children(trigger, frozenset({"prep"})):
        if prep.lower_ != "at":
            continue
        for hands in _children(prep, frozenset({"pobj"})):
            if hands.lower_ == "hands":
                return _prep_object(hands, OF)
    return None


def _charged_party(trigger: Token) -> Token | None:
    """ "Accused Orla of backing the rebels", "Orla was accused of arming them", "found
    guilty of attacking": the gerund's doer is the one charged, not the accuser."""
    prep = trigger.head
    if trigger.dep_ != "pcomp" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    verb = prep.head
    if verb.lower_ not in role_words().charging_words:
        return None
    charged = _children(verb, OBJECT_DEPS) or _children(verb, PASSIVE_SUBJECT_DEPS)
    if not charged and verb.dep_ in {"acomp", "oprd", "xcomp"}:
        # "was found guilty of attacking": the subject of the verb "guilty" completes
        charged = _children(verb.head, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    return charged[0] if charged else None


def _dative_party(obj: Token) -> Token:
    """ "paid $5 million in aid to the survivors": the parser marks "to" itself as the
    dative; the party is its object."""
    if obj.dep_ == "dative" and obj.pos_ == "ADP":
        return next((c for c in obj.children if c.dep_ == "pobj"), obj)
    return obj


# "the attack took place", "the raid took its toll": objects that make no party
HAPPENING_OBJECTS = frozenset({"place", "toll", "shape", "effect", "hold"})


def _acting_objects(verb: Token) -> list[Token]:
    """Objects the verb acts on; a copula's complement ("the protest was part of a day of
    action") is what its subject is, not a party anything was done to."""
    return [
        o
        for o in _children(verb, OBJECT_DEPS)
        if o.lower_ not in HAPPENING_OBJECTS and o.dep_ != "attr"
    ]


def _effect_verb(verb: Token) -> bool:
    """Is the verb an act of its own that a subject act can do ("the bombing killed 75",
    "the strike hit a hospital")? One that only relates the act to something ("the
    withdrawal caps a string of defeats", "the pullout leaves it with less influence",
    "the attack followed talks") names no party the act was done to."""
    if verb.lower_ in {"leave", "leaves", "left", "leaving"}:
        return False
    return any(s.pos in {"VERB", "PHRASE"} for s in default_lexicon().word_senses(verb.lower_))


LED_WORDS = frozenset({"led", "-led"})


def _leader_of(trigger: Token) -> Token | None:
    """ "A Russian-led attack": the party that leads the act is its source."""
    for mod in trigger.lefts:
        if mod.dep_ == "amod" and mod.lower_ in LED_WORDS:
            leaders = [c for c in mod.children if c.dep_ in {"npadvmod", "compound", "amod"}]
            if leaders and leaders[0].pos_ in {"PROPN", "NOUN", "ADJ"}:
                return leaders[0]
    return None


def _misread_possessed(trigger: Token) -> Token | None:
    """ "Erdoğan's calls for a ceasefire": after a possessive the tagger may still read the
    act as a verb ("calls"); the owner before the "'s" made the call."""
    if trigger.i == 0 or trigger.tag_ not in {"VBZ", "VBP"}:
        return None  # only a form that is also a plural noun ("calls", "demands")
    case = trigger.doc[trigger.i - 1]
    owner = case.head
    if case.tag_ != "POS" or owner.i >= case.i or owner.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    return owner


COMING_FORMS = frozenset({"come", "comes", "came", "coming", "rush", "rushed", "rushing"})


def _come_to_aid(trigger: Token) -> Token | None:
    """The verb of "come to Tosca's aid": the help is the subject's, the owner is helped."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lower_ not in COMING_FORMS:
        return None
    return prep.head


# Nouns that count or group acts: "a wave of strikes", "a series of raids", "dozens of".
MEASURE_NOUNS = QUANTITY_WORDS | frozenset(
    "wave waves series string barrage spate flurry round rounds volley volleys salvo salvos "
    "succession handful couple".split()
)


def _measure_of(trigger: Token) -> Token | None:
    """The measure noun an act noun is counted by ("a wave of [strikes]"), if any."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    measure = prep.head
    return measure if measure.lower_ in MEASURE_NOUNS and measure.pos_ in {"NOUN", "NUM"} else None


def noun_roles(trigger: Token) -> tuple[Role | None, Role | None]:
    coming = _come_to_aid(trigger)
    owner = next((c for c in trigger.children if c.dep_ == "poss"), None)
    if coming is not None and owner is not None:
        helper = asked_party(coming) or next(
            (s for t in clause_chain(coming) for s in _children(t, SUBJECT_DEPS)), None
        )
        return (phrase(resolve(helper)) if helper is not None else None), phrase(owner)
    source = target = None
    for child in trigger.children:
        if child.dep_ == "poss" and child.lower_ not in TIME_WORDS:
            # "Wednesday's attack" says when, not who; "his arrest", "Robinson's release"
            # name who suffered it
            suffered = trigger.lower_ in role_words().patient_nouns
            if suffered and _prep_object(trigger, OF) is None:
                target = child
            else:
                source = child
    # "aid from Japan" came from Japan; "release from prison", "expulsion from Orla", "the
    # pullout from Syria" did not
    suffered = trigger.lower_ in role_words().patient_nouns
    departing = trigger.lower_ in role_words().departure_nouns
    by = _prep_object(trigger, BY if suffered or departing else SOURCE_PREPS_FOR_NOUNS)
    if departing and by is None and source is None:
        # "the withdrawal of US troops": those withdrawn are who withdraws
        by = _prep_object(trigger, OF)
    if by is not None and source is None:
        source = by
    target_preps = NOUN_TARGET_PREPS - OF if departing else NOUN_TARGET_PREPS
    target = _prep_object(trigger, target_preps) or target
    if target is not None and target.head.lower_ == "with" and is_munition(target):
        # "the swarm attack with anti-aircraft missiles": what it was done with
        target = _prep_object(trigger, NOUN_TARGET_PREPS - {"with"})
    if target is not None and (_is_amount(target) or target.lower_ in role_words().means_objects):
        # "the release of $1.2 billion in assistance to Egypt": the money goes to a party
        given = target
        target = (
            _prep_object(trigger, RECIPIENT_PREPS)
            or _recipient_inside(given)
            or _prep_object(given, PLACE_PREPS)
            or given
        )
    verb, act_dep = trigger.head, trigger.dep_
    if (measure := _measure_of(trigger)) is not None:
        # "launched a wave of strikes on X", "carried out dozens of raids": the measure
        # stands where the act noun would
        verb, act_dep = measure.head, measure.dep_
    perpetrated = act_dep in PASSIVE_SUBJECT_DEPS and verb.lower_ in PERPETRATING_FORMS
    agent = _prep_object(verb, BY) if perpetrated else None
    if source is None and agent is not None:
        # "massacres were committed by the Turks", "attacks carried out by rebels"
        source = agent
    elif (
        act_dep in SUBJECT_DEPS
        and verb.pos_ == "VERB"
        and _acting_objects(verb)
        and not is_reciprocal(trigger)  # "the summit calmed nerves": a meeting does no deed
    ):
        # "A car bombing by IS killed 75 people": the act named as subject did it, unless
        # its own phrase names the doer and the party ("Russia's attack on Selva killed 12")
        if source is None or not any(c.dep_ == "poss" for c in trigger.children):
            source = trigger
        if target is None and _effect_verb(verb):
            target = _object_target(verb, _acting_objects(verb)[0])
    elif source is None and (doer := _means_of(trigger)) is not None:
        # "pounded the positions with airstrikes": the verb's subject and object
        subj = _children(doer, SUBJECT_DEPS)
        objs = [_dative_party(o) for o in _children(doer, OBJECT_DEPS) if not _is_amount(o)]
        if subj:
            source = subj[0]
        objs = [o for o in objs if o.lower_ != "part"]
        if target is None and objs and not _helps_with_force(doer, trigger):
            target = objs[0]
    elif act_dep in {"dobj", "obj"} and verb.pos_ == "VERB":
        # "Iraqi troops launched an assault on X", "carried out attacks against X"; who
        # "condemned the attack" or "investigated the killings" did not do it
        topic = is_topic_verb(verb)
        if (
            is_exposure_verb(verb)
            or is_avoiding_verb(verb)
            or verb.lower_ in role_words().undergoing_verbs
        ):
            # "two journalists face long jail terms", "evaded arrest", "the town suffered
            # airstrikes": the subject would suffer it (or did), and no doer is named here
            exposed = _children(verb, SUBJECT_DEPS)
            target = target or (exposed[0] if exposed else None)
            topic = True
        named = [c for c in trigger.lefts if _is_actor_modifier(c)]
        if (source is None or _is_pronoun(source)) and not topic and not named:
            # "persuaded Trump to launch missile strikes": the one asked launches them
            asked = asked_party(verb)
            subj = asked or next(
                (s for t in clause_chain(verb) for s in _children(t, SUBJECT_DEPS)), None
            )
            source = subj if subj is not None else source
        if target is None and not topic:
            # "held a protest at the university against the siege": "against" names the
            # party, "at" only where it happened; a noun that lists its own party words
            # keeps to them ("made territorial gains on the border" names no party)
            carried = role_words().carrier_objects.get(trigger.lower_)
            target = _prep_object(verb, carried or NOUN_TARGET_PREPS) or _prep_object(
                verb, frozenset({"at", "toward", "towards"})
            )
        if target is None:
            # "gave Putin a stern warning": the one it was given to
            target = next((c for c in verb.children if c.dep_ in {"dative", "iobj"}), None)
            target = target if target is not None and _nominal(target) else None
    words = role_words()
    if source is None and trigger.dep_ == "pobj" and verb.head.lower_ in words.claim_nouns:
        # "the Taliban claimed responsibility for the attack": the claimer did it
        claim = verb.head
        if claim.dep_ in OBJECT_DEPS:
            source = next(
                (s for t in clause_chain(claim.head) for s in _children(t, SUBJECT_DEPS)), None
            )
    if target is None and trigger.dep_ in OBJECT_DEPS:
        # "launched an appeal for $88 million to help people in need"
        target = _beneficiary(verb, trigger)
    if target is None and trigger.lower_ in words.attack_nouns:
        target = _prep_object(trigger, words.attack_place_preps)
    if target is None and trigger.lower_ in words.reciprocal_words:
        # "talks between X and Y"
        source = source or _prep_object(trigger, frozenset({"between"}))
    if source is None:
        source = _leader_of(trigger)
    if source is None:
        mods = [c for c in trigger.lefts if _is_actor_modifier(c)]
        if mods and trigger.lower_ in words.casualty_nouns and target is None:
            # "Russian casualties", "civilian deaths": whose dead they are, not who killed
            target = mods[0]
        else:
            source = mods[0] if mods else None
    source = resolve(source) if source is not None else None
    target = resolve(target) if target is not None else None
    if target is None and source is not None and trigger.lower_ in words.reciprocal_words:
        first, second = _split_pair(phrase(source))
        if second is not None:
            return first, phrase(second)
    return (
        phrase(source) if source is not None else None,
        _with_place(phrase(target), trigger) if target is not None else None,
    )


def event_roles(trigger: Token, subject_is_target: bool = False) -> tuple[Role | None, Role | None]:
    """(source, target) roles for the event carried by ``trigger``."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        return noun_roles(trigger)
    owner = _misread_possessed(trigger)
    if owner is not None:
        whole = phrase(owner)
        case = trigger.doc[trigger.i - 1]
        end = case.idx if whole.start < case.idx <= whole.end else whole.end
        return Role(owner, whole.start, end), noun_roles(trigger)[1]
    return verb_roles(trigger, subject_is_target)


def has_direct_object(trigger: Token) -> bool:
    return any(c.dep_ in {"dobj", "obj"} for c in trigger.children)


# Prepositions of time or cause: "withdrew after talks" did not withdraw from the talks.
CIRCUMSTANCE_PREPS = frozenset({"after", "following", "amid", "amidst", "during", "despite"})


def object_words(trigger: Token) -> set[str]:
    """Lower-cased words of the trigger's object phrase (direct, or after a preposition)."""
    words: set[str] = set()
    for child in trigger.children:
        heads = [child] if child.dep_ in OBJECT_DEPS or child.dep_ == "nsubjpass" else []
        if child.dep_ == "prep" and child.lower_ not in CIRCUMSTANCE_PREPS:
            heads = [c for c in child.children if c.dep_ == "pobj"]
        if heads and heads[0].lower_ in RELATIVE_PRONOUNS and trigger.dep_ == "relcl":
            # "the dangers that reporters defy": the object is the noun the clause is on
            heads = [trigger.head]
        for head in heads:
            compound = " ".join(t.lower_ for t in head.lefts if t.dep_ in {"compound", "amod"})
            words.add(head.lower_)
            if compound:
                words.add(f"{compound} {head.lower_}")
    return words
