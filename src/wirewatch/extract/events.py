"""The ``events`` stage: who did what to whom, where and when, with evidence spans.

Two passes keep it cheap. The tagged (unparsed) sentences are scanned for trigger words
from the lexicon; only sentences with a trigger are dependency-parsed, in one batch per
call. From the parse come the source and target (:mod:`roles`), the modality
(:mod:`modality`) and where the event happened; dates come from the sentence's time
expressions, else the reporting date at a coarser precision.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from wirewatch.document import Actor, DateValue, Document, Entity, Event, Place
from wirewatch.errors import StageError
from wirewatch.extract.acled_rules import refine_acled
from wirewatch.extract.acted_on import acted_on_role, object_sharer, shared_with
from wirewatch.extract.attack_means import attack_means, made_safe, ownerless_munition
from wirewatch.extract.background import (
    BACKGROUND_SHARE,
    achieving_talk,
    background_start,
    background_tokens,
    participial_meetings,
)
from wirewatch.extract.casualty_reports import fold_casualty_reports, one_attack_per_incident
from wirewatch.extract.clause_scope import joins_at, past_perfect
from wirewatch.extract.clause_tolls import clause_toll, several_tolls
from wirewatch.extract.clauses import QUANTITY_WORDS
from wirewatch.extract.conditions import condition_party
from wirewatch.extract.displacement import forced_flight
from wirewatch.extract.event_interval import interval_from_reference, shifted
from wirewatch.extract.event_location import LOCATION_PREPS, event_location, token_at
from wirewatch.extract.event_modes import assign_modes, threatened_mode
from wirewatch.extract.fatalities import WAR_NOUNS, fatalities_in, toll_of_a_war
from wirewatch.extract.joint_acts import (
    agreed_among_themselves,
    fought_beside,
    is_joint_exercise,
    talked_alone,
)
from wirewatch.extract.lexicon import TriggerSense, default_lexicon
from wirewatch.extract.main_event import body_headline_end
from wirewatch.extract.mappings import acled_codes, cameo_code
from wirewatch.extract.modality import intent_type, modality_of, stated_intent_types
from wirewatch.extract.natural_deaths import death_nobody_dealt
from wirewatch.extract.pledges import (
    HOSTILE_ACTS,
    pledged_blows,
    pledged_concessions,
    restraint_pledged,
)
from wirewatch.extract.plural_antecedent import compared_spans, previous_plural_subject
from wirewatch.extract.purpose import sent_to_help
from wirewatch.extract.requested_acts import idle_call
from wirewatch.extract.roles import (
    CIRCUMSTANCE_PREPS,
    TIME_WORDS,
    Role,
    event_roles,
    has_direct_object,
    headline_passive_subject,
    object_words,
    phrase,
    role_words,
)
from wirewatch.extract.target_phrase import trimmed_target
from wirewatch.extract.triggers import TriggerMatch, find_triggers, is_title_case
from wirewatch.nlp.model import load_model
from wirewatch.nlp.span_docs import sentence_docs
from wirewatch.options import Options
from wirewatch.pipeline import register_stage

MAX_SENTENCE_TOKENS = 150
SPEECH_VERBS = frozenset({"say", "said", "says", "tell", "told", "add", "added", "note", "noted"})
# A headline states its event tersely ("Ceasefire Begins in Laos", "Dozens March Downtown"),
# often without a parsable source or target: there a central trigger counts on its own.
HEADLINE_BARE_PROMINENCE = 0.8


@dataclass
class Candidate:
    """A sentence with triggers, waiting for the parser."""

    doc: Document
    where: str
    sent: Span
    triggers: list[TriggerMatch]
    # What the parser reads: the sentence, or a Title Case headline in sentence case.
    text: str = ""


def _parser():
    return load_model(disable=("ner", "lemmatizer"))


def _units(doc: Document) -> list[tuple[str, Doc]]:
    units = [("body", doc.nlp_cache["body"])]
    for cid, sdoc in doc.nlp_cache.get("comments", {}).items():
        units.append((f"comment:{cid}", sdoc))
    return units


# A trigger word inside the name of an organisation, a building, a law or a work ("the
# Collective Security Treaty Organization", "the Peace Palace") names no event; an EVENT
# entity ("the Astana talks") is itself the name of one.
NAME_LABELS = frozenset({"ORG", "FAC", "LAW", "WORK_OF_ART"})


def _outside_names(doc: Document, where: str, found: list[TriggerMatch]) -> list[TriggerMatch]:
    names = [
        (e.start, e.end)
        for e in doc.entities
        if e.in_ == where and e.label in NAME_LABELS and e.end - e.start > 0
    ]
    if not names:
        return found
    return [t for t in found if not any(s <= t.head_char < e for s, e in names)]


def find_candidates(doc: Document) -> list[Candidate]:
    lexicon = default_lexicon()
    out = []
    for where, sdoc in _units(doc):
        for sent in sdoc.sents:
            if len(sent) > MAX_SENTENCE_TOKENS:
                continue
            title = is_title_case(sent)
            found = find_triggers(sent, lexicon, loose=title)
            if found and not title:
                # A Title Case headline is often tagged as one long name: names are only
                # trusted in running text.
                found = _outside_names(doc, where, found)
            if found:
                text = _sentence_case(doc, where, sent) if title else sent.text
                out.append(Candidate(doc, where, sent, found, text))
    return out


def _sentence_case(doc: Document, where: str, sent: Span) -> str:
    """A Title Case headline lower-cased outside its named entities, so the parser reads
    "Army Bombs Camp" as a clause; offsets stay the same (falls back to the text as is)."""
    keep = [(e.start, e.end) for e in doc.entities if e.in_ == where and e.start < sent.end_char]
    chars = list(sent.text)
    name_ended = -1  # a name the tagger ran on over a verb ends at the verb
    for tok in sent:
        if tok.i == sent.start:
            continue
        at = tok.idx
        # A verb in verb position is lower-cased even where the tagger began a name with it.
        placed = (
            _infinitive(tok)
            or _after_plural_subject(tok)
            or _second_clause_verb(tok)
            or _after_paired_subject(tok)
            or _verb_opening_name(tok)
        )
        if placed:
            name_ended = max((e for s, e in keep if s <= at < e), default=name_ended)
        elif at >= name_ended and _kept_in_name(tok, keep):
            continue
        low = tok.text.lower()
        if len(low) == len(tok.text):
            rel = at - sent.start_char
            chars[rel : rel + len(low)] = low
    text = "".join(chars)
    return text if len(text) == len(sent.text) else sent.text


def _kept_in_name(tok: Token, names: list[tuple[int, int]]) -> bool:
    """A word of a named entity keeps its capital, unless it is an inflected verb inside
    the name ("Dhaka Resigns"): no name goes on so."""
    at = tok.idx
    inside = any(s < at < e for s, e in names) and not _inflected_verb(tok.lower_)
    return inside or any(s == at for s, _e in names)


def _base_verb(word: str) -> bool:
    """The base form of a verb of the lexicon ("release", "lift", "return")."""
    senses = default_lexicon().candidates(word)
    return any(s.pos == "VERB" and form[0] == s.lemma.split()[0] for form, s in senses)


OPENING_SUBJECT_MAX = 3  # words of the noun phrase before the verb: "Kyrgyz Rebel Leaders"
SUBJECT_WORD_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET"})


def _plural_noun(tok: Token) -> bool:
    word = tok.lower_
    return tok.pos_ in {"NOUN", "PROPN"} and word.endswith("s") and not word.endswith("ss")


def _after_plural_subject(tok: Token) -> bool:
    """ "Rebels Release Hostages", "Kosovo Rebels Return Seized Property": a base-form verb
    of the lexicon right after the first plural noun of the headline, which ends the noun
    phrase opening it, is its verb, not the next word of a name (a plural does not modify
    the noun after it)."""
    at = tok.i - tok.sent.start
    if not 0 < at <= OPENING_SUBJECT_MAX or not _base_verb(tok.lower_):
        return False
    before = tok.doc[tok.sent.start : tok.i]
    if not _plural_noun(before[-1]) or any(_plural_noun(t) for t in before[:-1]):
        return False
    return all(t.pos_ in SUBJECT_WORD_TAGS for t in before)


def _after_paired_subject(tok: Token) -> bool:
    """ "Chile and Peru Pledge Closer Cooperation": a base-form verb of the lexicon right
    after two names joined by "and" opening the headline is its verb (two parties act
    together), not the next word of a name."""
    at = tok.i - tok.sent.start
    if at < 3 or at > OPENING_SUBJECT_MAX + 2 or not _base_verb(tok.lower_):
        return False
    before = tok.doc[tok.sent.start : tok.i]
    joins = [t for t in before if t.lower_ == "and"]
    if len(joins) != 1 or joins[0].i in {tok.sent.start, tok.i - 1}:
        return False
    return all(t.pos_ in {"PROPN", "NOUN", "ADJ"} or t.i == joins[0].i for t in before)


def _verb_opening_name(tok: Token) -> bool:
    """ "President Rejects Calls to Resign": the recogniser began a name at an -s verb of the
    lexicon that has no noun reading, right after the headline's opening noun; no name
    starts so."""
    at = tok.i - tok.sent.start
    if not 0 < at <= OPENING_SUBJECT_MAX or not tok.lower_.endswith("s"):
        return False
    before = tok.doc[tok.sent.start : tok.i]
    return all(t.pos_ in SUBJECT_WORD_TAGS for t in before) and _inflected_verb(tok.lower_)


# Words that join a headline's clauses: "Rivals Hold Talks, Withdraw Fighters", "Cabinet
# Meets and Deploys Troops".
CLAUSE_JOINS = frozenset({",", ";", "and"})


def _second_clause_verb(tok: Token) -> bool:
    """ "Rivals Hold Talks, Withdraw Fighters", "Army Shells Town and Seizes Bridge": a verb
    of the lexicon right after a comma or "and" in a headline that already has a verb opens
    a second clause with the same subject; the tagger takes it for the start of a name."""
    if tok.i - tok.sent.start < 3 or tok.nbor(-1).lower_ not in CLAUSE_JOINS:
        return False
    word = tok.lower_
    return _base_verb(word) or _s_verb(word)


def _infinitive(tok: Token) -> bool:
    """A verb of the lexicon right after "to" ("Pledge to Lift Curfew", "Agree to End War"):
    the tagger takes it for the start of a name, but a name after "to" is a destination and
    these words name none."""
    if tok.i == tok.sent.start or tok.nbor(-1).lower_ != "to":
        return False
    return _base_verb(tok.lower_)


def _inflected_verb(word: str, nouns_too: bool = False) -> bool:
    """An inflected verb of the lexicon that is no noun ("resigns", "bombed"): the tagger
    often runs a Title Case name on over it ("Dhaka Resigns"), but no name goes on so."""
    senses = default_lexicon().word_senses(word)
    verbs = [s for s in senses if s.pos == "VERB" and s.lemma != word]
    return bool(verbs) and (nouns_too or not any(s.pos != "VERB" for s in senses))


FLEE_FORMS = frozenset({"flee", "flees", "fled", "fleeing"})


def _civilian(head: Token) -> bool:
    """Does the phrase name civilians? "Hundreds of soldiers" is read through its "of"."""
    if head.lower_ in QUANTITY_WORDS:
        of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if of:
            head = of[0]
    return head.lower_ in role_words().civilian_nouns


LEAVE_FORMS = frozenset({"leave", "leaves", "left", "leaving"})
# Happenings that "leave" things in a state; they are no party that could withdraw.
HAPPENING_NOUNS = frozenset(
    "end collapse failure decision move crisis situation change result outcome conflict war "
    "violence fighting attack attacks strike strikes storm flood earthquake blast explosion "
    "deal agreement ruling vote policy".split()
)


def _left_in_a_state(tok: Token, source_role: Role | None) -> bool:
    """ "The war left the city in ruins", "the collapse leaves the initiative with Putin": a
    happening that leaves something in a state withdraws from nothing."""
    if tok.lower_ not in LEAVE_FORMS or source_role is None:
        return False
    subject = source_role.head.lower_
    return subject in HAPPENING_NOUNS or any(
        s.pos == "NOUN" and s.type in {"ASSAULT", "CONSULT", "AGREE", "PROTEST"}
        for s in default_lexicon().word_senses(subject)
    )


PRESENT_BE = frozenset({"is", "are", "'re", "'s"})
SPECIFYING_DEPS = frozenset({"det", "poss", "nummod", "compound", "amod"})


def _generic_act(tok: Token) -> bool:
    """A bare plural act noun said of in general: the subject or complement of a present
    "is/are" ("airstrikes are a war crime"), or what something is likened to ("like attacks
    on doctors"). Any determiner, owner, number or modifier makes it particular."""
    if tok.tag_ != "NNS" or any(c.dep_ in SPECIFYING_DEPS for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ in {"nsubj", "attr"} and head.lower_ in PRESENT_BE:
        return True
    return tok.dep_ == "pobj" and head.lower_ == "like" and head.dep_ == "prep"


def _same_act_named(sense: TriggerSense, head: Token) -> bool:
    """Does the argument name an act of the trigger's own type (a cognate object)?"""
    return head.pos_ == "NOUN" and sense.type in default_lexicon().noun_types(head.lower_)


def _private_travel(
    doc: Document, sense: TriggerSense, tok: Token, source_role: Role | None, source: str | None
) -> bool:
    """Is a "visit" or a "leaving" a private person's travel: a civilian, or a person named
    with no office or affiliation at all? PLOVER CONSULT visit is a meeting between political
    actors, and RETREAT a party pulling back ("the schoolgirl who left the UK" did neither)."""
    visit = sense.type == "CONSULT" and sense.mode == "visit"
    leaving = sense.type == "RETREAT" and tok.lower_ in LEAVE_FORMS | FLEE_FORMS
    if not (visit or leaving) or source_role is None:
        return False
    if _civilian(source_role.head):
        return True
    actor = doc.actors.get(source) if source else None
    return actor is not None and actor.kind == "person" and actor.sector is None


def _match_head(pdoc: Doc, trig: TriggerMatch, offset: int) -> Token | None:
    """The syntactic head of the trigger's words (for a phrase, the word the rest hang on)."""
    start, end = trig.start - offset, trig.end - offset
    inside = [t for t in pdoc if start <= t.idx < end]
    if not inside:
        return None
    if trig.sense.pos != "PHRASE":
        at = [t for t in inside if t.idx <= trig.head_char - offset < t.idx + len(t.text)]
        return at[0] if at else inside[0]
    for tok in inside:
        outside = tok.head.i == tok.i or not (start <= tok.head.idx < end)
        if outside and tok.pos_ in {"VERB", "NOUN", "PROPN", "AUX", "ADJ"}:
            return tok
    return inside[0]


PRONOUNS = {
    "he": "person",
    "she": "person",
    "him": "person",
    "her": "person",
    "his": "person",
    "it": "group",
    "its": "group",
    "they": "group",
    "their": "group",
    "them": "group",
}


def _antecedent(
    doc: Document,
    entities: list[Entity],
    before: int,
    fits: Callable[[Actor], bool],
    reach: int | None = None,
) -> str | None:
    """The nearest earlier entity whose actor ``fits`` (within ``reach`` characters)."""
    for ent in sorted(entities, key=lambda e: -e.start):
        if ent.start >= before or not ent.actor:
            continue
        if reach is not None and before - ent.start > reach:
            return None
        actor = doc.actors.get(ent.actor)
        if actor is not None and fits(actor):
            return ent.actor
    return None


def _pronoun_fits(kind: str) -> Callable[[Actor], bool]:
    """What a he/she (a person) or an it/they (a group, not a news outlet) can stand for."""
    return lambda a: (kind == "person") == (a.kind == "person") and a.kind != "media"


def _is_armed_group(actor: Actor) -> bool:
    return actor.kind == "armed-group"


def _best_entity(entities: list[Entity], start: int, end: int, head: int) -> Entity | None:
    inside = [e for e in entities if e.start < end and e.end > start]
    if not inside:
        return None
    with_actor = [e for e in inside if e.actor] or inside
    heads = [e for e in with_actor if e.start <= head < e.end]
    if heads:
        return heads[0]
    # "two British Isis militants": the name next to the head says whose they are, an
    # earlier word only where they come from
    before = [e for e in with_actor if e.end <= head]
    return max(before, key=lambda e: e.end) if before else with_actor[0]


BACKER = re.compile(
    r"[-‐‑](?:backed|supported|sponsored|funded|financed|armed|trained|allied|aligned|"
    r"inspired|affiliated|linked)\b",
    re.IGNORECASE,
)


# "Its close ally", "their neighbour": a country named only by its relation to the source.
RELATION_NP = re.compile(
    r"^(?:its|their|his|her) (?:(?:close|closest|key|main|old|long-standing|strategic|"
    r"southern|northern|eastern|western|traditional) )?(?:ally|partner|neighbou?r)$",
    re.IGNORECASE,
)


def _related_country(
    doc: Document, entities: list[Entity], start: int, end: int, source: str | None
) -> str | None:
    """The one country other than the source named in the sentence ("As the Taliban reach
    the Tajik border, Russia vows to defend its close ally"); none when it is ambiguous."""
    found = {
        e.actor
        for e in entities
        if start <= e.start < end
        and e.actor
        and e.actor != source
        and doc.actors.get(e.actor) is not None
        and doc.actors[e.actor].kind == "country"
    }
    if source and doc.actors.get(source) is not None:
        own = doc.actors[source].country
        found = {a for a in found if doc.actors[a].country != own}
    return found.pop() if len(found) == 1 else None


def _role_actor(
    doc: Document,
    role: Role | None,
    offset: int,
    entities: list[Entity],
    unit_text: str,
    previous: tuple[int, int] | None = None,
) -> tuple[str | None, str | None]:
    """(actor id, phrase) of a role; the phrase is cut from the page's own text, since the
    parsed copy of a headline may be re-cased. ``previous`` is the previous sentence's
    plural subject, which a "they" opening this one stands for."""
    if role is None:
        return None, None
    start, end = offset + role.start, offset + role.end
    text = unit_text[start:end]
    if previous is not None and _opening_they(role.head):
        # "Aid agencies fear …. They also warned …": not the nearest group named between
        a, b = previous
        named = [e for e in entities if e.actor and e.start < b and e.end > a]
        return (named[-1].actor if named else None), text
    # "US-backed Kurdish fighters" are Kurdish fighters: a backer named in a compound is
    # not the party itself
    named = [e for e in entities if not BACKER.match(unit_text, e.end)]
    ent = _best_entity(named, start, end, offset + role.head.idx)
    if ent is None and role.head.lower_ in PRONOUNS:
        # "Like Isis, they …": what the pronoun is compared with is not what it stands for
        compared = [(offset + a, offset + b) for a, b in compared_spans(role.head.sent)]
        candidates = [e for e in entities if not any(a <= e.start < b for a, b in compared)]
        fits = _pronoun_fits(PRONOUNS[role.head.lower_])
        return _antecedent(doc, candidates, start, fits), text
    if ent is None and _definite_armed_group(role.head):
        # "the gunmen": the nearest armed group named not long before; "The militia led the
        # campaign against Isis … supported the group": the sentence's own armed subject
        # first, over a group named inside a phrase after it
        subject = _armed_subject_before(role.head)
        if subject is not None:
            at = offset + subject.idx
            named = [e for e in entities if e.actor and e.start <= at < e.end]
            if named:
                return named[0].actor, text
            return _antecedent(doc, entities, at, _is_armed_group, DEFINITE_REACH), text
        return _antecedent(doc, entities, start, _is_armed_group, DEFINITE_REACH), text
    return (ent.actor if ent else None), text


OPENING_REACH = 3  # "But they also vowed": words before a sentence-opening "they"


def _known_party(doc: Document, actor_id: str | None) -> bool:
    """Is the actor a party someone could threaten: one placed in a country or a sector (a
    Title Case phrase the name finder took for an organisation is not)?"""
    actor = doc.actors.get(actor_id or "")
    return actor is not None and (actor.country is not None or actor.sector is not None)


def _opening_they(head: Token) -> bool:
    """Is the role a "they" subject opening its sentence's main clause?"""
    return (
        head.lower_ == "they"
        and head.dep_ in {"nsubj", "nsubjpass"}
        and head.i - head.sent.start <= OPENING_REACH
        and (head.head.dep_ == "ROOT" or head.head.head.dep_ == "ROOT")
    )


def _threatened_party(
    doc: Document,
    tok: Token,
    offset: int,
    entities: list[Entity],
    unit_text: str,
    source: str | None,
    target_text: str | None,
) -> tuple[str | None, str | None]:
    """A conditional threat with no target is aimed at the named party of its condition."""
    party = condition_party(tok)
    if party is None:
        return None, target_text
    actor, text = _role_actor(doc, phrase(party), offset, entities, unit_text)
    if actor is None or actor == source:
        return None, target_text
    return actor, text


# How far back (characters) "the gunmen" looks for the group it names.
DEFINITE_REACH = 1500


def _armed_subject_before(head: Token) -> Token | None:
    """The subject of the sentence's main verb, when it is itself an armed group ("The
    militia", "the YPG fighters") standing before ``head``: the topic a later "the group"
    takes up (a subject is more salient than a group named in a phrase)."""
    root = head.sent.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i >= head.i or subject.i == head.i:
        return None
    if subject.lower_ not in role_words().armed_group_nouns:
        return None
    return subject


def _definite_armed_group(head: Token) -> bool:
    """ "The gunmen", "the militants": a definite plain noun for an armed group, with no
    name of its own in the phrase ("the Taliban fighters" is named already)."""
    if head.lower_ not in role_words().armed_group_nouns:
        return False
    lefts = list(head.lefts)
    return any(t.lower_ in {"the", "these", "those"} for t in lefts) and not any(
        t.pos_ == "PROPN" or t.dep_ in {"poss", "nummod"} for t in lefts
    )


def _is_place(doc: Document, where: str, role: Role | None, offset: int) -> bool:
    if role is None:
        return False
    if role.head.lower_ in role_words().settlement_nouns:
        return True  # "seized the border town of Korvik": a town is ground, named or not
    start, end = offset + role.start, offset + role.end
    if any(p.in_ == where and p.start < end and p.end > start for p in doc.places):
        return True
    return any(
        e.in_ == where and e.label in {"GPE", "LOC", "FAC"} and e.start < end and e.end > start
        for e in doc.entities
    )


def _own_fatalities(sentence: str, trigger: Token) -> int | None:
    """Deaths the sentence states for this act: a whole war's toll goes only to the war."""
    if toll_of_a_war(sentence) and not _war_act(trigger):
        return None
    if several_tolls(sentence) and trigger.sent.text == sentence:
        return clause_toll(sentence, trigger)
    return fatalities_in(sentence)


def _war_act(trigger: Token) -> bool:
    """The war itself, or its killing ("a war that has killed 400,000")."""
    if trigger.lower_ in WAR_NOUNS:
        return True
    doer = trigger.head if trigger.dep_ == "relcl" else None
    for child in trigger.children:
        if child.dep_ == "nsubj" and child.lower_ not in {"that", "which"}:
            doer = child
    return doer is not None and doer.lower_ in WAR_NOUNS


def _reporting_date(published: str | None) -> DateValue | None:
    """Without a time expression, the event happened at most a week before publication."""
    if not published:
        return None
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    return DateValue((day - dt.timedelta(days=6)).isoformat(), day.isoformat(), "", "week")


def _date(
    doc: Document,
    where: str,
    start: int,
    end: int,
    trigger_at: int,
    trigger: Token | None = None,
    offset: int = 0,
    modality: str = "asserted",
) -> DateValue | None:
    """The nearest time expression of the act's own clause ("under threat after its forces
    attacked Afrin in January" does not date the threat); without one, the reporting date,
    except for an act told in the past perfect as background, which has no date of its own.

    An act not (yet) done takes no date from the clause that tells of it: "announced on
    Friday that troops would leave" dates the announcing, not the leaving, which has no date
    unless its own clause gives one ("would leave next month"). A time expression of the
    act's own clause that cannot be resolved ("two months later" with nothing to count from)
    leaves the date unknown rather than falling back to the reporting date."""
    best = None
    own_only = trigger is not None and (past_perfect(trigger) or modality in UNDONE_MODALITIES)
    for tx in doc.timexes:
        if tx.get("in") != where or not (start <= tx["start"] < end) or not tx.get("value"):
            continue
        value = tx["value"]
        if trigger is not None:
            tok = token_at(trigger.doc, tx["start"] - offset)
            if tok is not None:
                meet = joins_at(trigger, tok)
                if meet is None or (own_only and meet.i != trigger.i):
                    continue
        distance = abs(tx["start"] - trigger_at)
        if best is None or distance < best[0]:
            best = (distance, value)
    if best is not None:
        v = best[1]
        if v.get("start") is None and v.get("end") is None:
            return None
        return DateValue(v["start"], v["end"], v["text"], v["precision"])
    return None if own_only else _reporting_date(doc.published)


# Acts told but not done: what is intended, conditional or only supposed has no date but its
# own clause's.
UNDONE_MODALITIES = frozenset({"intended", "conditional", "hypothetical"})
# Types PLOVER codes a stated intention with (a pledge, a threat, a promised concession, a
# refusal; ``modality.stated_intent_types``): the event is the statement, dated when it was
# made ("said on Monday it was ready to defend Varnesia" is Monday's pledge), not the act.


def _reported_by(doc: Document, where: str, start: int, end: int) -> str | None:
    for q in doc.quotes:
        if q.in_ != where:
            continue
        qs, qe = q.span
        if qs <= start < qe or (start <= qs < end):
            return q.speaker
    return None


def _is_speech_frame(trigger: Token) -> bool:
    return trigger.lower_ in SPEECH_VERBS


AGREE_FORMS = frozenset({"agree", "agrees", "agreed", "agreeing"})
FUTURE_AUX = frozenset({"will", "would", "shall", "should", "must", "'ll", "to"})


def _agrees_a_fact(trigger: Token) -> bool:
    """ "Agreed the regime had a pattern of dangerous behaviour", "agreed it was vital": a
    judgement shared, not a commitment (PLOVER AGREE is agreeing to act or cooperate). An
    agreement that something will be done ("agreed that troops would withdraw") still is."""
    if trigger.lower_ not in AGREE_FORMS:
        return False
    clauses = [c for c in trigger.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in {"xcomp", "dobj"} for c in trigger.children):
        return False
    clause = clauses[0]
    return not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in FUTURE_AUX for c in clause.children)


WARN_FORMS = frozenset({"warn", "warns", "warned", "warning"})
MODAL_AUX = FUTURE_AUX | {"could", "might", "may", "can", "ca"}


def _warns_of_a_fact(trigger: Token) -> bool:
    """ "Warned that the government was trying to force refugees home": an alarm about what
    another party is doing right now, not a threat by the one who warns (PLOVER THREATEN
    is a threat of the source's own act). A warning of what will or may come ("warned that
    it would retaliate", "that fighting could erupt"), of what the warner's own side is
    doing ("its troops were massing") or of a state reached ("had lost patience") stays."""
    if trigger.lower_ not in WARN_FORMS or trigger.pos_ != "VERB":
        return False
    clauses = [c for c in trigger.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in {"xcomp", "dobj", "prep"} for c in trigger.children):
        return False
    clause = clauses[0]
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODAL_AUX for c in clause.children):
        return False
    progressive = clause.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"is", "are", "was", "were"} for c in clause.children
    )
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not (progressive and subjects and subjects[0].pos_ in {"NOUN", "PROPN"}):
        return False
    return not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subjects[0].children)


PRESS_WORDS = frozenset({"news", "press", "media"})


def _press_venue(trigger: Token) -> bool:
    """ "Told a news conference", "at a press briefing": where a statement was made, not a
    meeting between parties (CONSULT)."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in PRESS_WORDS for c in trigger.lefts
    )


ASK_FORMS = frozenset({"ask", "asks", "asked", "asking"})


WH_WORDS = frozenset("whether if what why how when where who whom which".split())
QUESTION_NOUNS = frozenset({"question", "questions", "query", "queries"})


def _asks_a_question(trigger: Token) -> bool:
    """ "When asked about the deployment", "asked whether troops would go", "asked
    questions": a question, no appeal (CAMEO codes appeals, not questions). Only such
    plain signs of a question count, so a misparsed headline ("Iraq Asks Uruguay to End
    Sanctions") keeps its appeal."""
    if trigger.lower_ not in ASK_FORMS:
        return False
    children = list(trigger.children)
    if not any(c.dep_ in {"xcomp", "dobj", "dative", "ccomp", "prep"} for c in children):
        # "when asked, he declined": asked nothing in particular.
        return any(c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "if"} for c in children)
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        if child.dep_ == "dobj" and child.lower_ in QUESTION_NOUNS:
            return True
        if child.dep_ in {"ccomp", "advcl"}:
            first = child.left_edge
            if first.lower_ in WH_WORDS and first.i > trigger.i:
                return True
    return False


# "withdrew from three villages under the terms of the deal": what the act is done under is
# its circumstance, not its object.
OBJECT_CIRCUMSTANCES = CIRCUMSTANCE_PREPS | {"under"}


def _object_words(tok: Token) -> set[str]:
    """The object words of :func:`object_words`, plus what an "of" phrase names ("a state
    of emergency", "the lifting of sanctions") and coordinated objects."""
    words = object_words(tok)
    for obj in (c for c in tok.children if c.dep_ in {"dobj", "obj", "nsubjpass"}):
        # "more air defence systems": the compound without its adjectives names it too
        compound = [t.lower_ for t in obj.lefts if t.dep_ == "compound"]
        if compound:
            words.add(" ".join([*compound, obj.lower_]))
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        # "crimes committed by the militia": the participle's noun is what was done
        words.add(tok.head.lower_)
    undergoer = headline_passive_subject(tok)
    if undergoer is not None:
        # "Social Media Platforms Suspended": headline-ese for "were suspended"
        compound = [t.lower_ for t in undergoer.lefts if t.dep_ == "compound"]
        words |= {undergoer.lower_, " ".join([*compound, undergoer.lower_])}
    # A gerund is an object too ("agreed to stop fighting", "halted shelling").
    words |= {c.lower_ for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"}
    # "handed in their weapons" parsed with the object under the particle
    words |= {
        g.lower_
        for c in tok.children
        if c.dep_ == "prt"
        for g in c.children
        if g.dep_ in {"pobj", "dobj"}
    }
    for child in tok.children:
        circumstance = child.dep_ == "prep" and child.lower_ in OBJECT_CIRCUMSTANCES
        if child.dep_ in {"dobj", "obj", "nsubjpass", "pobj", "attr", "prep"} and not circumstance:
            heads = [child] if child.dep_ != "prep" else [c for c in child.children]
            for head in heads:
                for sub in head.children:
                    if sub.dep_ == "conj":
                        words.add(sub.lower_)
                    if sub.dep_ == "prep" and sub.lower_ == "of":
                        for inner in (c for c in sub.children if c.dep_ == "pobj"):
                            # "a team of [medical experts]": the compound names it too
                            words.add(inner.lower_)
                            mods = [t.lower_ for t in inner.lefts if t.dep_ in {"compound", "amod"}]
                            if mods:
                                words.add(" ".join([*mods, inner.lower_]))
    return words


NOMINAL_DEPS = frozenset({"compound", "amod", "nsubj", "nsubjpass", "dobj", "pobj", "poss"})
SUBJECT_PHRASE_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PART"})
MAX_HEADLINE_SUBJECT = 4


def headline_verb(tok: Token) -> bool:
    """ "Militia Returns Looted Property", "Shelling Stops After Weeks of Fighting": an -s
    form of a lexicon verb right after the noun phrase opening a headline is its verb,
    whatever the parser made of it; not when a verb follows it ("Police Stations Burned")."""
    at = tok.i - tok.sent.start
    if _after_plural_subject(tok) and not _has_finite_verb(tok.sent):
        # "Varo troops torch villages": a base form after the opening plural noun
        return True
    if not 0 < at <= MAX_HEADLINE_SUBJECT or not tok.lower_.endswith("s"):
        return False
    before = tok.doc[tok.sent.start : tok.i]
    last = before[-1]
    opening_gerund = len(before) == 1 and last.tag_ == "VBG"
    if (last.pos_ not in {"NOUN", "PROPN"} and not opening_gerund) or last.lower_.endswith("s"):
        return False
    # The subject is a noun phrase, perhaps opened by a gerund ("Shelling", "Looting"); an
    # earlier verb-like word is the verb itself ("Government Bans Opposition Rallies").
    for t in before:
        gerund = t.i == tok.sent.start and t.tag_ == "VBG"
        if not (t.pos_ in SUBJECT_PHRASE_TAGS or gerund) or _s_verb(t.lower_):
            return False
    if _follows_verb(tok):
        return False
    return _s_verb(tok.lower_)


def _has_finite_verb(sent: Span) -> bool:
    return any(t.tag_ in {"VBZ", "VBP", "VBD", "MD"} for t in sent)


def _s_verb(word: str) -> bool:
    return word.endswith("s") and _inflected_verb(word, nouns_too=True)


def _follows_verb(tok: Token) -> bool:
    """A verb after the word, not a participle before a noun ("Returns Looted Property")."""
    if tok.i + 1 >= tok.sent.end:
        return False
    after = tok.nbor(1)
    if not (after.pos_ in {"VERB", "AUX"} or after.tag_ in {"VBN", "VBD"}):
        return False
    if after.tag_ == "VBP" and default_lexicon().noun_types(after.lower_):
        # "Junta Lifts Ban on Rallies": the tagger made the -s verb a plural subject and the
        # event noun after it a present-tense verb
        return False
    noun_next = after.i + 1 < tok.sent.end and after.nbor(1).pos_ in {"NOUN", "PROPN"}
    return not (after.tag_ in {"VBN", "VBD"} and noun_next)


def _passive(tok: Token) -> bool:
    """ "The artifacts were returned": the object of a transitive act stands as its subject.
    A past participle after its noun is passive too ("more fighters left in the town")."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return True
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)


def _fits_parse(sense: TriggerSense, tok: Token, words: set[str], headline: bool = False) -> bool:
    if sense.subjects or sense.not_subjects:
        subject = subject_words(tok, headline)
        if sense.subjects and not subject & sense.subjects:
            return False
        if subject & sense.not_subjects:
            return False
    nominal = tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in NOMINAL_DEPS
    if sense.pos == "VERB" and nominal and not (headline and headline_verb(tok)):
        # A Title Case headline let a noun match a verb ("Police Station Burned"); the parse
        # shows a noun in an argument or modifier slot, which does not carry the event.
        return False
    if sense.pos in {"VERB", "PHRASE"} and not headline and not _preposition_on_verb(sense, tok):
        return False
    if sense.intransitive and has_direct_object(tok):
        return False
    if sense.transitive and not (has_direct_object(tok) or _passive(tok)):
        return False
    if sense.active_only and _passive(tok):
        return False
    if sense.objects and not (words & sense.objects):
        return False
    if sense.objects and any(c.dep_ == "oprd" for c in tok.children):
        # "called the president a liar", "declared the area a closed zone": naming or
        # judging the object, not acting on it
        return False
    return not (sense.not_objects and words & sense.not_objects)


# Prepositions that end a verb of the lexicon ("fire at", "fire on"): they must hang on it.
VERB_PREPOSITIONS = frozenset({"at", "on", "upon", "against", "into"})


def _preposition_elsewhere(trig: TriggerMatch, tok: Token) -> bool:
    """Did the parse rule out the longer words only because their preposition is not the
    verb's own ("struck on Monday")? Then the verb alone may still carry its event; a phrase
    ruled out for what it is about ("seized control of" a non-place) takes nothing back."""
    if trig.fallback is None or tok.pos_ not in {"VERB", "AUX"}:
        return False
    return any(not _preposition_on_verb(sense, tok) for sense in trig.readings)


def _preposition_on_verb(sense: TriggerSense, tok: Token) -> bool:
    """ "Fired at the crowd" is shooting; "fired at least 20 workers" is not: the "at" of a
    prepositional verb must be the verb's own preposition, not part of "at least"; and
    "struck on Monday" names a day, not what was struck."""
    last = sense.lemma.rsplit(" ", 1)[-1]
    if " " not in sense.lemma or last not in VERB_PREPOSITIONS:
        return True
    following = tok.doc[tok.i + 1 : tok.i + 4]
    prep = next((t for t in following if t.lower_ == last), None)
    if prep is None:
        return True
    if sense.pos == "VERB" and prep.head.i != tok.i:
        return False
    if sense.type not in {"ASSAULT", "COERCE"}:
        return True  # "called on Friday for …" still asks, through its "for"
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return not (objs and (objs[0].lower_ in TIME_WORDS or objs[0].ent_type_ in {"DATE", "TIME"}))


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MAX_SUBJECT_WORDS = 12


def subject_words(tok: Token, headline: bool = False) -> set[str]:
    """Words of the trigger's subject ("the fighting", "hundreds of troops"), or of the verb
    it completes ("militias began operating"); in a headline, which parses badly, every word
    before the trigger."""
    verb = tok.head if tok.dep_ in {"xcomp", "conj"} and tok.head.i != tok.i else tok
    words: set[str] = set()
    for head in (tok, verb):
        for child in head.children:
            if child.dep_ in SUBJECT_DEPS:
                words |= {t.lower_ for t in list(child.subtree)[:MAX_SUBJECT_WORDS]}
    if not words and tok.dep_ in {"acl", "relcl"}:
        # "troops marching into the town", or a clause the parser hung on its subject
        words = {t.lower_ for t in list(tok.head.subtree)[:MAX_SUBJECT_WORDS] if t.i < tok.i}
    if not words and headline and tok.i - tok.sent.start <= MAX_SUBJECT_WORDS:
        words = {t.lower_ for t in tok.sent if t.i < tok.i}
    return words


def _headline_words(tok: Token) -> set[str]:
    """Every word and two-word sequence of a headline but the trigger: headline-ese parses
    badly, so its objects are found by sight ("Platforms Temporarily Suspended")."""
    sent = list(tok.sent)
    at = tok.i - tok.sent.start
    # A circumstance after the verb holds no object of it ("Fighting Stops as Talks Begin").
    end = at + 1 + background_start([t.lower_ for t in sent[at + 1 :]])
    # Nor does an earlier clause ("Rivals Hold Talks, Withdraw Fighters").
    start = _clause_start(sent, at)
    # A lead written as a sentence parses well: its subject is who acted, not what was
    # acted on ("Fighters of the Front seized the town" seized no fighters).
    subject: set[int] = set()
    if not is_title_case(tok.sent):
        for child in tok.children:
            if child.dep_ == "nsubj":
                subject.update(t.i for t in child.subtree)
    low = [t.lower_ for t in sent[start:end] if t.i != tok.i and t.i not in subject]
    return set(low) | {f"{a} {b}" for a, b in pairwise(low)}


def _clause_start(sent: list[Token], at: int) -> int:
    """Where the headline clause holding word ``at`` begins: after the last comma or
    semicolon before it, or after an "and" right before it."""
    if at >= 1 and sent[at - 1].lower_ == "and":
        return at
    breaks = [i for i in range(at) if sent[i].text in {",", ";"}]
    return breaks[-1] + 1 if breaks else 0


def _reading(
    doc: Document,
    where: str,
    trig: TriggerMatch,
    tok: Token,
    offset: int,
    headline: bool = False,
) -> tuple[TriggerSense, Role | None, Role | None] | None:
    """The first reading of the trigger that the parse allows, with its roles. A reading
    tied to particular objects ("lift the curfew") is more specific, so it is tried first."""
    words = _object_words(tok) | (_headline_words(tok) if headline else set())
    verb = tok.pos_ in {"VERB", "AUX"} or (headline and headline_verb(tok))

    def order(sense: TriggerSense) -> tuple[bool, bool, float]:
        # The parse decides between a verb and a noun reading ("Nationwide Strike").
        other_pos = sense.pos != "PHRASE" and (sense.pos == "VERB") != verb
        return (other_pos, not (sense.objects or sense.subjects), -sense.weight)

    readings = sorted(trig.readings, key=order)
    for sense in readings:
        if not _fits_parse(sense, tok, words, headline):
            continue
        source_role, target_role = event_roles(tok, sense.subject_is_target)
        sharer = object_sharer(tok)
        if sharer is not None:
            target_role = event_roles(sharer)[1] or target_role
        target_role = shared_with(tok, target_role) or target_role
        if target_role is None or trig.start <= target_role.head.idx < trig.end:
            # "filed [a lawsuit] in a Paris court against X", "imposed [sanctions]": a noun
            # of the trigger's own words is the act, never the party it is aimed at
            target_role = acted_on_role(tok, source_role)
        target_role = trimmed_target(target_role)
        if sense.place_target and not _is_place(doc, where, target_role, offset):
            continue
        return sense, source_role, target_role
    return None


ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "poss", "attr"})


PLACED_TYPES = frozenset({"ASSAULT", "PROTEST"})


def _placed_violence(
    sense: TriggerSense, tok: Token, offset: int, places: list[tuple[int, Place]]
) -> bool:
    """ "Fighting broke out in Kunduz", "clashes near the border town of Korvik": violence or
    protest at a named place is an event even when no party is named (ACLED codes it)."""
    if sense.type not in PLACED_TYPES:
        return False
    spans = _place_phrases(tok, offset)
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        # "Fighting broke out in Kunduz": the place phrase sits on the noun's verb.
        spans += _place_phrases(tok.head, offset)
    return any(
        a <= p.start < b and p.lat is not None and p.feature != "country"
        for _, p in places
        for a, b in spans
    )


def _place_phrases(verb: Token, offset: int) -> list[tuple[int, int]]:
    """Character spans of the "in/near/at …" phrases on a token."""
    out = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS - {"from", "to"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out.append((offset + obj.left_edge.idx, offset + obj.idx + len(obj.text)))
    return out


def _headline_event(sense: TriggerSense, tok: Token) -> bool:
    """The parser often misreads headline-ese ("Rebels Attack Army Base" as one long noun
    phrase), so a headline trigger counts without source or target, unless a verb matched
    what the parse shows as a noun in an argument slot ("Police Station Burned")."""
    noun = tok.pos_ in {"NOUN", "PROPN"} and not headline_verb(tok)
    if sense.pos == "VERB" and _opens_noun_phrase(tok):
        return False
    return not (sense.pos == "VERB" and noun and tok.dep_ in ARGUMENT_DEPS)


def _opens_noun_phrase(tok: Token) -> bool:
    """ "Mass Deportations Reported", "Attack Helicopters Deployed": a word modifying the
    noun after it, with no subject before it, is no verb (unlike "Rebels Attack Town")."""
    if tok.dep_ not in {"compound", "amod"} or tok.head.i != tok.i + 1:
        return False
    before = tok.nbor(-1) if tok.i > tok.sent.start else None
    return before is None or before.pos_ in {"DET", "ADP", "ADJ", "PUNCT", "NUM"}


def _headline_reading(
    trig: TriggerMatch, tok: Token
) -> tuple[TriggerSense, Role | None, Role | None] | None:
    """A headline trigger the parse could not place: a sense tied to objects when one of
    them stands in the headline ("Resume Diplomatic Relations"), else its plainest sense."""
    before = [t.lower_ for t in tok.sent if t.i < tok.i]
    after = [t.lower_ for t in tok.sent if t.i > tok.i]
    # an object is not named in the circumstances ("Halts Arms Sales Following Protests")
    words = f" {' '.join(before + after[: background_start(after)])} "
    subject = subject_words(tok, headline=True)
    readings = [s for s in trig.readings if not subject & s.not_subjects]
    for sense in readings:
        if sense.subjects and not (subject & sense.subjects):
            continue
        if sense.objects and any(f" {o.replace('-', ' - ')} " in words for o in sense.objects):
            return sense, None, None
    for sense in readings:
        if sense.subjects and subject & sense.subjects and not sense.objects:
            return sense, None, None
    for sense in readings:
        plain = not (sense.objects or sense.place_target or sense.transitive or sense.subjects)
        # "Hands Over War Crimes Suspect": a reading the headline's words rule out stays out
        excluded = any(f" {o.replace('-', ' - ')} " in words for o in sense.not_objects)
        if plain and not sense.participant and not excluded:
            return sense, None, None
    return None


HEADLINE_FUTURE_REACH = 3  # "to Sign [Trade] Agreement": from the verb to the noun
COOPERATIVE_ACTS = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})


def _headline_future(tok: Token) -> bool:
    """ "Chad and Niger to Sign Trade Agreement", "Allies to Send Troops": in headline-ese
    a subject followed by "to" and a verb says what it will do (PLOVER codes "will sign an
    agreement" as AGREE). Read by word order: the trigger or a verb just before it."""
    start = max(tok.sent.start + 2, tok.i - HEADLINE_FUTURE_REACH)
    for verb in tok.doc[start : tok.i + 1]:
        before, subject = verb.nbor(-1), verb.nbor(-2)
        if before.lower_ != "to" or subject.pos_ not in {"NOUN", "PROPN"}:
            continue
        if verb.pos_ == "VERB" or _base_verb(verb.lower_):
            return True
    return False


# Nouns that name a kind of organisation or of people: an event noun before one says who
# they are ("aid agencies", "relief workers", "protest groups"), not what they did.
ACTOR_HEADS = frozenset(
    "group groups agency agencies organization organizations organisation organisations "
    "worker workers charity charities official officials volunteers staff network networks "
    "community communities sector industry".split()
)


def _names_actors(trig: TriggerMatch, tok: Token) -> bool:
    """ "Aid Agencies Meet in Geneva", "relief workers were evacuated": read by word order,
    since a Title Case headline parses badly. A compound the lexicon knows whole ("working
    group") ends with the head noun itself and is not affected."""
    last = tok.doc[tok.i : tok.i + 8]
    end = next((t.i for t in last if t.idx + len(t.text) >= trig.end), tok.i)
    after = end + 1
    return after < tok.sent.end and tok.doc[after].lower_ in ACTOR_HEADS


SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp", "pobj", "amod", "compound"})


def prominence(tok: Token) -> float:
    """How central the trigger is to its sentence: the main verb (or what a speech verb
    reports) carries the news; a purpose clause ("donated supplies to fight the epidemic")
    or a modifier does not."""
    weight, current = 1.0, tok
    for _ in range(6):
        head = current.head
        if head.i == current.i:
            break
        if current.dep_ == "ccomp" and head.lower_ in SPEECH_VERBS:
            current = head
            continue
        if current.dep_ in SUBORDINATE_DEPS:
            weight *= 0.75
        elif current.dep_ in {"xcomp", "conj", "ccomp"}:
            weight *= 0.95
        else:
            weight *= 0.85
        current = head
    return weight


def build_events(cands: list[Candidate], parsed: list[Doc]) -> None:
    """Turn parsed candidate sentences into Event records on their documents."""
    texts: dict[int, str] = {}  # Doc.text re-joins every token: once per unit
    headlines: dict[int, int] = {}
    for cand, pdoc in zip(cands, parsed, strict=True):
        doc = cand.doc
        if id(doc) not in headlines:
            headlines[id(doc)] = body_headline_end(doc)
        in_headline = cand.where == "body" and cand.sent.start_char < headlines[id(doc)]
        before = len(doc.events)
        offset = cand.sent.start_char
        entities = [e for e in doc.entities if e.in_ == cand.where]
        places = [(i, p) for i, p in enumerate(doc.places) if p.in_ == cand.where]
        seen: set[tuple[str, int]] = set()
        made: list[tuple[Event, Token, TriggerSense]] = []
        # what a sentence-opening "they" stands for (a few tags of the sentence before);
        # read only for a sentence that opens with one
        opens_with_they = any(t.lower_ == "they" for t in cand.sent[: OPENING_REACH + 1])
        previous = (
            previous_plural_subject(cand.sent) if cand.where == "body" and opens_with_they else None
        )
        for trig in cand.triggers:
            tok = _match_head(pdoc, trig, offset)
            # A speech verb frames what is said, unless it opens the trigger's own words
            # ("said no to", "says sorry").
            framing = tok is not None and _is_speech_frame(tok) and " " not in trig.text
            if tok is None or framing or _asks_a_question(tok) or _press_venue(tok):
                continue
            if _agrees_a_fact(tok) or _warns_of_a_fact(tok):
                continue
            reading = _reading(doc, cand.where, trig, tok, offset, in_headline)
            if reading is None and _preposition_elsewhere(trig, tok):
                # "nurses struck on Monday": "struck on" names no target, "struck" a walkout
                trig = trig.fallback
                reading = _reading(doc, cand.where, trig, tok, offset, in_headline)
            lexical = reading is None and in_headline
            if lexical:
                reading = _headline_reading(trig, tok)
            if reading is None:
                continue
            sense, source_role, target_role = reading
            if sense.type == "ASSAULT" and source_role and ownerless_munition(source_role.head):
                # "cluster bombs hit the towns": what struck, not who struck
                source_role = None
            if sense.type == "REQUEST" and idle_call(tok):
                continue
            if sense.pos == "NOUN" and _generic_act(tok):
                # "attacks on journalists, like attacks on doctors, are not just attacks on
                # individuals": acts of a kind spoken of in general, no event that happened
                continue
            if sense.type == "ASSAULT" and death_nobody_dealt(tok):
                # "died of cholera", "died while crossing the sea": no one dealt the death
                continue
            if sense.type == "ASSAULT" and tok.pos_ == "NOUN" and made_safe(tok):
                # "helping to clear mines", "the bomb was defused": no blow
                continue
            flight = forced_flight(tok) if sense.type == "RETREAT" else None
            if flight is not None:
                # "the shelling forced thousands to flee": the manual's SANCTION expel, with
                # the cause as the actor and the people who fled as the target
                causer, displaced = flight
                sense = replace(sense, type="SANCTION", mode="expel", cameo="16", acled=None)
                source_role = phrase(causer) if causer is not None else None
                target_role = phrase(displaced)
            if _left_in_a_state(tok, source_role):
                # "the end of talks leaves the process shorn of credibility"
                continue
            if sense.pos == "NOUN" and _names_actors(trig, tok):
                continue
            if sense.type in NOT_EVENTS:
                # A statement (CAMEO 01, not coded by PLOVER) is no event of its own; what it
                # speaks about stays, since a bombing mourned is still a bombing reported.
                continue
            if id(cand.sent.doc) not in texts:
                texts[id(cand.sent.doc)] = cand.sent.doc.text
            unit_text = texts[id(cand.sent.doc)]
            source, source_text = _role_actor(
                doc, source_role, offset, entities, unit_text, previous
            )
            target, target_text = _role_actor(
                doc, target_role, offset, entities, unit_text, previous
            )
            if source_role is not None and source_role.head.i == tok.i and source == target:
                # "a chemical attack on Douma persuaded Trump": the act named as subject
                # names whom it hit, not who did it
                source = None
            if target_role is not None and _same_act_named(sense, target_role.head):
                # "fought a decades-long insurgency", "a barrage of attacks": the object is
                # the act itself, no party to it
                target_role, target, target_text = None, None, None
            if target_role is not None and trig.start <= offset + target_role.start < trig.end:
                # "crimes against humanity": the trigger's own words name no target
                target, target_text = None, None
            if sense.type == "CONSULT" and talked_alone(
                tok, source_role.head if source_role else None, target_role is not None
            ):
                # "He talked about the war for an hour": one party speaking consults no one
                continue
            if _private_travel(doc, sense, tok, source_role, source):
                # "his aunt travelled to Syria", "the schoolgirl who left the UK": travel,
                # not a visit or a withdrawal between parties
                continue
            if target is None and target_text and RELATION_NP.match(target_text):
                target = _related_country(doc, entities, offset, cand.sent.end_char, source)
            centrality = prominence(tok)
            if source_text is None and target_text is None:
                if in_headline and _headline_event(sense, tok):
                    centrality = max(centrality, HEADLINE_BARE_PROMINENCE)
                elif not _placed_violence(sense, tok, offset, places):
                    continue
            modality, cue = modality_of(tok)
            # The codebook: cooperation reported in the future tense is a pledge (AGREE).
            cooperative = sense.type in COOPERATIVE_ACTS
            if in_headline and cooperative and modality == "asserted" and _headline_future(tok):
                modality = "intended"
            act = sense.type
            mode = sense.mode
            acled = sense.acled
            if act == "ASSAULT" and (_crowd(source_text, trig.text) or _crowd_agent(tok)):
                # Violence by protesters is a riot (ACLED), not an armed attack.
                act, mode, acled = "PROTEST", "riot", ("Riots", "Violent demonstration")
            elif act == "COERCE" and (
                _crowd(source_text, trig.text)
                or (mode in BLOCKING and _done_in_protest(tok) and not _police(source_text, tok))
            ):
                # Protesters blocking a road or a border obstruct (PLOVER PROTEST obstruct).
                act, mode, acled = "PROTEST", "obstruct", ("Protests", "Peaceful protest")
            elif (
                act == "ASSAULT"
                and mode is None
                and sense.cameo != LETHAL_CAMEO
                and _police(source_text, tok)
            ):
                # A police raid is law enforcement (PLOVER COERCE seize), not an armed attack;
                # police who kill or wound still assault (CAMEO 18).
                act, mode, acled = "COERCE", "seize", ("Strategic developments", "Arrests")
            elif act == "ASSAULT" and fought_beside(tok, target_role.head if target_role else None):
                # "the forces they fought alongside": fighting together (CAMEO 062)
                act, mode, acled = "COOPERATE", None, None
            elif act == "MOBILIZE" and is_joint_exercise(tok):
                # Forces exercising together cooperate militarily (PLOVER COOPERATE).
                act, mode, acled = "COOPERATE", None, None
            elif (act, mode) in TROOP_MOVES and _troops(source_text, tok):
                # Forces arriving at a border or marching into a town move troops (PLOVER
                # MOBILIZE); officials arrive for talks, crowds march in protest.
                act, mode, acled = "MOBILIZE", "troops", ("Strategic developments", "Other")
            if act == "ASSAULT" and acled != NON_STATE_TAKES:
                # "aircraft attacked", "shells hit": the means names the mode (and ACLED's
                # sub-event: an air strike is remote violence, not an armed clash)
                means = attack_means(tok, mode)
                if means is not None:
                    mode, acled = means.mode, means.acled or acled
            if act == "MOBILIZE" and sent_to_help(tok):
                # troops sent to keep the peace or to help are aid (PLOVER AID, CAMEO 074)
                act, mode, acled = "AID", None, None
            if acled == NON_STATE_TAKES and _state_forces(doc, source):
                acled = STATE_RETAKES
            acled = refine_acled(
                acled,
                act,
                mode,
                tok,
                (source_text, doc.actors.get(source or "")),
                (target_text, doc.actors.get(target or "")),
            )
            etype = intent_type(act, modality, cue)
            if (
                act == "ASSAULT"
                and etype == "THREATEN"
                and modality == "conditional"
                and source_text is None
            ):
                # "29 will die if they are not evacuated": a blow no one is named as dealing
                # is nobody's threat
                etype = act
            if (
                etype == "THREATEN"
                and not _known_party(doc, target)
                and agreed_among_themselves(tok)
            ):
                # "Ministers Agree to Impose New Capital Rules": a pact, no one threatened
                etype = "AGREE"
            pledged_act = "AID" if act == "AGREE" and _pledges_aid(tok) else None
            if modality == "negated" and act in HOSTILE_ACTS and restraint_pledged(tok):
                # "Police will not beat protesters": a pledge of restraint is a verbal
                # concession (PLOVER CONCEDE), not the blow it rules out.
                etype = "CONCEDE"
            if etype == "THREATEN" and target is None and modality == "conditional":
                target, target_text = _threatened_party(
                    doc, tok, offset, entities, unit_text, source, target_text
                )
            key = (etype, tok.i)
            if key in seen:
                continue
            seen.add(key)
            sent_start, sent_end = offset, cand.sent.end_char
            actors = doc.actors
            if source and actors.get(source) and actors[source].kind == "media":
                source = None
            reported_by = _reported_by(doc, cand.where, sent_start, sent_end)
            if source is None and source_text and source_text.lower() in {"we", "us", "our"}:
                source = reported_by
            confidence = (
                sense.weight * (0.55 + 0.25 * bool(source) + 0.2 * bool(target)) * centrality
            )
            event = Event(
                id="",
                type=etype,
                mode=mode if etype == act else _intent_mode(etype, act, mode, acled),
                context=list(sense.context),
                cameo=cameo_code(act, etype, modality, sense.cameo if act == sense.type else None),
                acled=acled_codes(acled, modality),
                source=source,
                target=target if target != source else None,
                source_text=source_text,
                target_text=target_text,
                location=event_location(
                    tok,
                    offset,
                    (sent_start, sent_end),
                    places,
                    source_role,
                    etype,
                    act,
                    target_role,
                ),
                date=shifted(
                    _date(
                        doc,
                        cand.where,
                        sent_start,
                        sent_end,
                        trig.start,
                        tok,
                        offset,
                        "asserted" if etype in stated_intent_types() else modality,
                    ),
                    interval_from_reference(tok),
                ),
                sentence=cand.sent.text,
                span=(sent_start, sent_end),
                trigger=trig.text,
                modality=modality,
                reported_by=reported_by,
                fatalities=_own_fatalities(cand.sent.text, tok) if act == "ASSAULT" else None,
                confidence=round(min(confidence, 1.0), 3),
                in_=cand.where,
                act=pledged_act or (act if etype != act else None),
            )
            doc.events.append(event)
            made.append((event, tok, sense))
        folded = one_attack_per_incident([(e, tok) for e, tok, _ in made])
        if folded:
            doc.events[before:] = [e for e in doc.events[before:] if id(e) not in folded]
            made = [m for m in made if id(m[0]) not in folded]
        _restated_acts(doc, before, made)
        _proven_allegations(doc, before, made)
        kept = {id(e) for e in doc.events[before:]}
        made = [m for m in made if id(m[0]) in kept]
        assign_modes([(e, tok) for e, tok, _ in made])
        _yield_to_content(doc, before, made)
        _coordinated_meetings(doc, before, made)
        if in_headline:
            _ended_subjects(doc, before, made)
            _headline_topics(doc, before, made)
            _headline_background(doc, before, made)
        _drop_wrappers(doc, before)


def _intent_mode(etype: str, act: str, mode: str | None, acled) -> str | None:
    """A threat's mode is what it threatens ("threatened to arrest" is THREATEN arrest); a
    pledge (AGREE) has no mode of its own."""
    if etype != "THREATEN":
        return None
    return threatened_mode(act, mode, takes_territory=acled == NON_STATE_TAKES)


OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "pobj", "dative"})
DIRECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
TOPIC_SHARE = 0.5


def _yield_to_content(doc: Document, before: int, made: list[tuple[Event, Token, TriggerSense]]):
    """Within a sentence, the event that carries the content keeps the type. A light verb
    gives way to the event noun it takes ("signed an aid package" is AID, "established a
    working group" COOPERATE); a noun naming people acted upon gives way to what is done to
    them ("freed the hostages" is a release, "fired on protesters" an assault)."""
    dropped: set[int] = set()
    for event, tok, sense in made:
        others = [(e, t) for e, t, _ in made if e is not event and e.type != event.type]
        if not others:
            continue
        if sense.light and tok.pos_ in {"VERB", "AUX"}:
            objects = {c.i for c in tok.children if c.dep_ in OBJECT_DEPS - {"pobj"}}
            content = [e for e, t in others if t.i in objects and id(e) not in dropped]
            if content:
                for e in content:
                    e.confidence = max(e.confidence, event.confidence)
                dropped.add(id(event))
        elif sense.participant and tok.dep_ in OBJECT_DEPS:
            dropped.add(id(event))
        elif (
            sense.type == "AGREE"
            and tok.pos_ == "VERB"
            and pledged_blows(event, tok, others, DIRECT_DEPS)
        ):
            # "promised arrests", "vowed retaliatory strikes": a pledged blow is a threat.
            dropped.add(id(event))
        elif (
            sense.type == "THREATEN"
            and tok.pos_ == "VERB"
            and pledged_blows(event, tok, others, DIRECT_DEPS)
        ):
            # "threatened a full-scale offensive": the blow threatened is not dealt; it is
            # the threat itself, with what it threatens as its act.
            dropped.add(id(event))
        elif sense.type == "AGREE" and pledged_concessions(event, tok, others):
            dropped.add(id(event))
        elif event.type == "MOBILIZE" and any(
            e.type == "ASSAULT" and _coordinated(tok, t) for e, t in others
        ):
            # "units were activated and returned fire": the mobilization is part of the
            # assault, which alone is coded (PLOVER manual, MOBILIZE).
            dropped.add(id(event))
        elif (
            event.type == "COERCE"
            and event.mode == "restrict"
            and (
                weapons := [
                    e for e, _ in others if e.type == "ASSAULT" and e.mode == "crowd-control"
                ]
            )
        ):
            # "used water cannon to disperse the crowd": the crowd-control weapon is the act
            # (PLOVER ASSAULT crowd-control), the dispersal what it was used for.
            for e in weapons:
                e.confidence = max(e.confidence, event.confidence)
            dropped.add(id(event))
        elif sense.mode == "visit" and any(t.head == tok and t.dep_ == "nsubj" for _, t in others):
            # What arrives is the event ("aid arrives in the north"), not a visit.
            dropped.add(id(event))
        elif tok.pos_ == "VERB":
            # What a verb acts upon is its topic ("declared a ceasefire", "decried the
            # bombings", "lifted the curfew"): the noun's own event counts for less.
            objects = {c.i for c in tok.children if c.dep_ in DIRECT_DEPS}
            # A gerund is an object too ("agreed to stop fighting").
            objects |= {c.i for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"}
            # What an appeal asks for is its topic: PLOVER codes the REQUEST, the act asked
            # for is only its mode ("urged the rebels to meet", "called on them to withdraw").
            asked = set()
            # So is what a refusal turns down ("refused to hand over the suspects") and what
            # an accusation alleges ("alleged that its forces had used gas").
            if sense.type in {"REQUEST", "REJECT", "ACCUSE"}:
                asked = {c.i for c in tok.children if c.dep_ in {"xcomp", "ccomp"}}
            for e, t in others:
                nominal = t.pos_ in {"NOUN", "PROPN"} or t.tag_ == "VBG"
                if ((t.i in objects and nominal) or t.i in asked) and id(e) not in dropped:
                    e.confidence = round(e.confidence * TOPIC_SHARE, 3)
    _talk_topics(made)
    if dropped:
        doc.events[before:] = [e for e in doc.events[before:] if id(e) not in dropped]


PROTEST_WORDS = frozenset({"protest", "protests", "demonstration", "demonstrations"})
BLOCKING = frozenset({"restrict", "withhold"})


def _done_in_protest(tok: Token) -> bool:
    """ "Truckers block the crossing in protest", "farmers blocked roads in a price protest":
    a blockade done in protest obstructs (PLOVER PROTEST obstruct), unless police do it."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
    preps = [*tok.children, *(g for o in objects for g in o.children)]
    return any(
        p.dep_ == "prep"
        and p.lower_ == "in"
        and any(c.lower_ in PROTEST_WORDS for c in p.children if c.dep_ == "pobj")
        for p in preps
    )


def _coordinated(a: Token, b: Token) -> bool:
    """Two verbs joined by "and" ("were activated and returned fire")."""
    return (b.dep_ == "conj" and b.head.i == a.i) or (a.dep_ == "conj" and a.head.i == b.i)


TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})
# A phrase on a verb that names the verb's own act again: "sentenced them to long jail
# terms", "punished the firms with sanctions", "withdrew in a pull-out".
RESTATING_PREPS = frozenset({"to", "in", "with", "into", "during", "through"})


def _proven_allegations(doc: Document, before: int, made: list[tuple[Event, Token, TriggerSense]]):
    """The PLOVER manual: an accusation reported alongside a formal conviction is not coded,
    the allegation having been proven ("convicted on terror charges")."""
    if not any(e.type == "SANCTION" and e.mode == "convict" for e, _, _ in made):
        return
    alleged = {id(e) for e, _, _ in made if e.type == "ACCUSE" and e.mode == "allege"}
    if alleged:
        doc.events[before:] = [e for e in doc.events[before:] if id(e) not in alleged]


def _restated_acts(doc: Document, before: int, made: list[tuple[Event, Token, TriggerSense]]):
    """An act noun of the same type in a phrase on the act's verb is the same act told
    again, not a second one; the verb's event keeps its roles and takes the noun's mode."""
    verbs = {tok.i: e for e, tok, _ in made if tok.pos_ in {"VERB", "AUX"}}
    dropped: set[int] = set()
    for event, tok, _sense in made:
        prep = tok.head
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ != "pobj" or prep.dep_ != "prep":
            continue
        verb = verbs.get(prep.head.i)
        if verb is None or verb.type != event.type or prep.lower_ not in RESTATING_PREPS:
            continue
        if verb.mode is None and event.mode is not None:
            verb.mode = event.mode
        dropped.add(id(event))
    if dropped:
        doc.events[before:] = [e for e in doc.events[before:] if id(e) not in dropped]


def _talk_topics(made: list[tuple[Event, Token, TriggerSense]]) -> None:
    """What talks are about is their topic, as a verb's object is ("talks on humanitarian
    assistance", "met over the border dispute"): PLOVER codes the meeting (CONSULT)."""
    for event, tok, _sense in made:
        if event.type != "CONSULT":
            continue
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS]
        topics = {t.i for p in preps for t in p.children if t.dep_ == "pobj"}
        for other, t, _ in made:
            if other.type != "CONSULT" and t.i in topics:
                other.confidence = round(other.confidence * TOPIC_SHARE, 3)


def _can_be_verb(tok: Token) -> bool:
    """A word the lexicon also knows as a verb ("Releases", "Attacks"): in a headline the
    tagger's noun reading of it is often wrong, and it does not end a noun compound."""
    # A plural does not modify a noun ("attack helicopters", not "attacks helicopters"):
    # "Releases Hostages" is a verb and its object.
    plural = tok.lower_.endswith("s") and _inflected_verb(tok.lower_, nouns_too=True)
    compound = tok.dep_ == "compound" and tok.head.i == tok.i + 1
    # A noun naming people acted upon takes no act as its modifier after a subject:
    # "Police Arrest Protesters" is a verb and its object.
    acted_on = tok.i > tok.sent.start and _names_participants(tok.head)
    if compound and tok.head.pos_ in {"NOUN", "PROPN"} and not plural and not acted_on:
        return False
    return any(sense.pos == "VERB" for sense in default_lexicon().word_senses(tok.lower_))


def _names_participants(tok: Token) -> bool:
    """ "hostages", "protesters": a noun of the lexicon naming the people in an event."""
    return any(s.participant for _f, s in default_lexicon().candidates(tok.lower_))


def _ended_subjects(doc: Document, before: int, made: list[tuple[Event, Token, TriggerSense]]):
    """ "Shelling Stops After Weeks of Fighting": an act named as the subject of a sense the
    subject decides (fighting that stops is a ceasefire in force) is that event's topic,
    however the parser hung the headline together; the event takes the weight the parse
    gave its subject."""
    kept = {id(e) for e in doc.events[before:]}
    for event, tok, sense in made:
        if not sense.subjects or id(event) not in kept:
            continue
        for other, other_tok, _sense in made:
            subject = other_tok.i < tok.i and other_tok.lower_ in sense.subjects
            if other is not event and other.type != event.type and subject:
                # The subject's weight as the headline's news passes to what it did.
                event.confidence = max(event.confidence, other.confidence)
                other.confidence = round(other.confidence * TOPIC_SHARE, 3)


def _headline_topics(doc: Document, before: int, made: list[tuple[Event, Token, TriggerSense]]):
    """Headline-ese is subject, verb, object, and the parser often misses it: the first verb
    trigger is the headline's event and the event nouns after it are what it acts upon
    ("Police Threaten Protesters with Arrest", "Rebels Quit Peace Talks"), unless the verb
    is a light one ("Sign Ceasefire"), which gives way to the first of them."""
    kept = {id(e) for e in doc.events[before:]}
    made = [m for m in made if id(m[0]) in kept]
    # "Envoys Meeting in Doha Secure Release": a participle placing the subject is no verb.
    setting = participial_meetings([tok for _e, tok, _s in made], [s for _e, _t, s in made])
    verbs = [
        m for m in made if (m[2].pos != "NOUN" or _can_be_verb(m[1])) and m[1].i not in setting
    ]
    if not verbs:
        return
    first, at, sense = min(verbs, key=lambda m: m[1].i)
    later = sorted(
        (m for m in made if m[2].pos == "NOUN" and m[1].i > at.i and m[0].type != first.type),
        key=lambda m: m[1].i,
    )
    if not later:
        return
    dropped: set[int] = set()
    if sense.light or achieving_talk(at, sense, later[0][1]):
        later[0][0].confidence = max(later[0][0].confidence, first.confidence)
        dropped.add(id(first))
    else:
        for event, _tok, noun in later:
            if noun.participant:
                dropped.add(id(event))
            else:
                event.confidence = round(event.confidence * TOPIC_SHARE, 3)
    if dropped:
        doc.events[before:] = [e for e in doc.events[before:] if id(e) not in dropped]


def _coordinated_meetings(
    doc: Document, before: int, made: list[tuple[Event, Token, TriggerSense]]
) -> None:
    """ "The two sides met in Doha and agreed to swap prisoners", "Commanders held talks on
    Monday and withdrew their fighters": a meeting followed by a clause that reports another
    act is where that act was decided; the act is the news, the meeting its setting (a
    visit is news in its own right)."""
    kept = {id(e) for e in doc.events[before:]}
    made = [m for m in made if id(m[0]) in kept]
    acts = [tok.i for event, tok, _s in made if event.type != "CONSULT"]
    if not acts:
        return
    for event, tok, sense in made:
        if event.type != "CONSULT" or sense.mode == "visit":
            continue
        later = [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i]
        if any(c.left_edge.i <= i <= c.right_edge.i for c in later for i in acts):
            event.confidence = round(event.confidence * BACKGROUND_SHARE, 3)


def _headline_background(
    doc: Document, before: int, made: list[tuple[Event, Token, TriggerSense]]
) -> None:
    """Circumstances and participles in a headline (:mod:`background`) count for less."""
    kept = {id(e) for e in doc.events[before:]}
    made = [m for m in made if id(m[0]) in kept]
    background = background_tokens([tok for _e, tok, _s in made], [s for _e, _t, s in made])
    for event, tok, _sense in made:
        if tok.i in background:
            event.confidence = round(event.confidence * BACKGROUND_SHARE, 3)


NOT_EVENTS = frozenset({"STATEMENT", "NONE"})
TROOP_MOVES = frozenset({("CONSULT", "visit"), ("PROTEST", "demo")})
TROOP_WORDS = frozenset(
    "troops forces soldiers tanks battalion battalions brigade brigades "
    "marines paratroopers reinforcements convoy convoys columns servicemen warships "
    "boots peacekeepers fighters militia militias militiamen guerrillas commandos fleet navy "
    "frigates destroyers gunboats warplanes bombers regiment regiments contingent".split()
)


def _troops(phrase_text: str | None, trigger: Token) -> bool:
    """Armed forces move: as the source, or as the noun a participle describes ("Russian
    troops marching into the town")."""
    if phrase_text and any(w in TROOP_WORDS for w in phrase_text.lower().split()):
        return True
    return trigger.dep_ in {"acl", "relcl"} and trigger.head.lower_ in TROOP_WORDS


NON_STATE_TAKES = ("Battles", "Non-state actor overtakes territory")
STATE_RETAKES = ("Battles", "Government regains territory")
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "PRM"})


def _state_forces(doc: Document, source: str | None) -> bool:
    """ACLED tells territory taken by a state's forces from territory an armed group takes."""
    actor = doc.actors.get(source) if source else None
    if actor is None or actor.kind in {"armed-group", "igo"}:
        return False
    return actor.kind == "country" or (bool(actor.country) and actor.sector in STATE_SECTORS)


AID_OBJECTS = frozenset(
    "aid assistance funding funds fund loan loans grant grants money relief donation donations "
    "credit credits supplies".split()
)


def _pledges_aid(trigger: Token) -> bool:
    """ "Pledged $16 billion in aid", "promised loans": a pledge whose object is money or aid
    is a pledge of aid (PLOVER AGREE with the AID act)."""
    for child in trigger.children:
        if child.dep_ not in DIRECT_DEPS and child.dep_ != "attr":
            continue
        for tok in child.subtree:
            if tok.ent_type_ == "MONEY" or tok.lower_ in AID_OBJECTS or tok.text in {"$", "€", "£"}:
                return True
    return False


CROWD_WORDS = frozenset(
    "protesters protestors demonstrators rioters mob crowd crowds marchers students "
    "supporters".split()
)


def _crowd(phrase_text: str | None, trigger_text: str = "") -> bool:
    """A crowd acts. When the phrase is the event noun's own ("a crackdown on protesters",
    "an attack on demonstrators"), only the words before the trigger can name who acts."""
    if not phrase_text:
        return False
    words = phrase_text.lower().split()
    first = trigger_text.lower().split()[:1]
    if first and first[0] in words:
        words = words[: words.index(first[0])]
    return any(w in CROWD_WORDS for w in words)


def _crowd_agent(trigger: Token) -> bool:
    """A crowd named in the passive's "by" phrase ("shops smashed by protesters")."""
    agents = [c for c in trigger.children if c.dep_ == "agent"]
    return any(t.lower_ in CROWD_WORDS for a in agents for t in a.subtree)


POLICE_WORDS = frozenset("police policemen officers agents prosecutors investigators".split())


def _police(phrase_text: str | None, trigger: Token) -> bool:
    """Police act: as the source, or named on the event noun ("police raids")."""
    before = trigger.doc[trigger.i - 1] if trigger.i > trigger.sent.start else None
    if before is not None and before.lower_ in POLICE_WORDS:
        return True
    return bool(phrase_text) and any(w in POLICE_WORDS for w in phrase_text.lower().split())


CONCESSIONS = frozenset({"CONCEDE", "RETREAT"})
LETHAL_CAMEO = "18"  # assaulting people: killing, wounding, torture


def _drop_wrappers(doc: Document, before: int) -> None:
    """ "Agreed to lift the curfew": the pledge verb wraps the real act, which already
    carries the intended modality, so the wrapper's own AGREE event is dropped. A pledged
    withdrawal or concession ("promises concessions", "agree to withdrawal") is a
    concession (PLOVER CONCEDE), whatever its own wording."""
    new = doc.events[before:]
    by_sentence: dict[tuple[str, int], list[Event]] = {}
    for e in new:
        by_sentence.setdefault((e.in_, e.span[0]), []).append(e)
    keep_ids = set()
    for group in by_sentence.values():
        pledged = any(e.type == "AGREE" and e.act is None for e in group)
        if pledged:
            for e in group:
                if e.type in CONCESSIONS and e.modality == "asserted":
                    e.act = e.type if e.type != "CONCEDE" else None
                    e.type, e.mode, e.cameo, e.acled = "CONCEDE", None, "03", None
                    e.modality = "intended"
        inner = [e for e in group if e.act is not None or e.type == "CONCEDE"]
        for e in group:
            if e.type == "AGREE" and e.act is None and inner:
                # The pledged act is the news the wrapper announced: it keeps its weight.
                for pledged_act in inner:
                    if pledged_act.type in {"AGREE", "CONCEDE"}:
                        pledged_act.confidence = max(pledged_act.confidence, e.confidence)
                continue
            keep_ids.add(id(e))
    doc.events[before:] = [e for e in new if id(e) in keep_ids]


def _number(docs: list[Document]) -> None:
    for doc in docs:
        doc.events.sort(key=lambda e: (e.in_ != "body", e.in_, e.span[0]))
        for n, event in enumerate(doc.events, 1):
            event.id = f"E{n}"


@register_stage("events", requires=["spacy", "entities"], assigns=["events"])
def events_stage(docs: list[Document], options: Options) -> list[Document | StageError]:
    """Find events in bodies (and comments, marked as such), parsing only candidates."""
    cands = [c for d in docs for c in find_candidates(d)]
    for d in docs:
        d.events = []
    if cands:
        # Sentences already parsed in the main pass are reused; re-cased headlines and
        # documents tagged without the parser are parsed here, in one batch.
        reuse = [
            c.doc.nlp_cache.get("parsed", False) and (c.text is None or c.text == c.sent.text)
            for c in cands
        ]
        todo = [c.text or c.sent.text for c, r in zip(cands, reuse, strict=True) if not r]
        fresh = iter(_parser().pipe(todo, batch_size=64)) if todo else iter(())
        copies = iter(sentence_docs(c.sent for c, r in zip(cands, reuse, strict=True) if r))
        parsed = [next(copies) if r else next(fresh) for r in reuse]
        build_events(cands, parsed)
        for d in docs:
            fold_casualty_reports(d)
    _number(docs)
    return list(docs)
