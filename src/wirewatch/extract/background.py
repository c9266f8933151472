"""Headline events named as background rather than as the headline's news.

A headline states its event first and gives the circumstances after a preposition of time
or cause ("Curfew Imposed Following Protests", "Mayor Resigns Amid Investigation"); a past
participle names an earlier act as a property of a thing ("Police Must Return Confiscated
Vehicles", "Imprisoned Critic Starts Hunger Strike"). The headline weighs most in the
story's vote, so these mentions would otherwise outvote the act the story reports.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from wirewatch.extract.lexicon import TriggerSense, default_lexicon
from wirewatch.extract.pledges import PLEDGE_VERBS

# Word sequences that open a circumstance: what follows happened before, around or because
# of the headline's event.
BACKGROUND_MARKERS: tuple[tuple[str, ...], ...] = (
    ("after",),
    ("following",),
    ("amid",),
    ("amidst",),
    ("during",),
    ("despite",),
    ("as",),
    ("ahead", "of"),
    ("in", "the", "wake", "of"),
    ("in", "response", "to"),
    ("in", "preparation", "for"),
    ("in", "return", "for"),
    ("in", "exchange", "for"),
    ("in", "lead", "up", "to"),
    ("in", "the", "run", "up", "to"),
)
BACKGROUND_SHARE = 0.3  # what a background mention keeps of its confidence
CLAUSE_BREAKS = frozenset({",", ":", ";", "--", "\u2013", "\u2014"})
# Verbs that say a meeting is under way: "Talks Begin", "Donor Conference Opens".
MEETING_UNDER_WAY = frozenset(
    "begin begins began start starts started open opens opened resume resumes resumed "
    "reopen reopens reopened continue continues continued convene convenes convened".split()
)


def background_start(words: Sequence[str]) -> int:
    """Index of the first word opening a circumstance (len(words) when none)."""
    for i in range(len(words)):
        for marker in BACKGROUND_MARKERS:
            if tuple(words[i : i + len(marker)]) == marker:
                return i
    return len(words)


def attributive_participle(tok: Token) -> bool:
    """ "confiscated vehicle", "vehicle seized as evidence": a participle describing a noun
    that is not the headline's subject names a past act, not the news."""
    if tok.dep_ == "amod" and tok.head.i > tok.i:
        return tok.tag_ in {"VBN", "VBD", "JJ"} and tok.lower_.endswith(("ed", "en"))
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        noun = tok.head
        return noun.dep_ not in {"ROOT", "nsubj", "nsubjpass"}
    return False


def _denied(tok: Token) -> bool:
    return tok.head.lower_ == "without" or any(c.lower_ == "no" for c in tok.children)


def outcome_subjects(triggers: Sequence[Token]) -> set[int]:
    """ "Secret Talks Produce Pledges of Aid", "Summit Yields Deal on Trade": the subject of
    a verb that is no event itself but names what the subject brought about is the setting;
    the event in the verb's complement is the news."""
    found = {t.i for t in triggers}
    out = set()
    for tok in triggers:
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.i in found or verb.pos_ != "VERB":
            continue
        if verb.lower_ in MEETING_UNDER_WAY:  # "Conference Opens on Aid" brought nothing about
            continue
        own = {w.i for w in tok.subtree}
        outcome = [w for w in verb.subtree if w.i in found and w.i not in own and w.i > verb.i]
        # "Summit Ends Without Agreement" brought nothing about.
        if any(not _denied(w) for w in outcome):
            out.add(tok.i)
    return out


def is_meeting_noun(tok: Token) -> bool:
    """ "talks", "summit", "negotiations": a noun the lexicon knows only as a meeting."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    senses = default_lexicon().word_senses(tok.lower_)
    nouns = [s for s in senses if s.pos == "NOUN"]
    return bool(nouns) and all(s.type == "CONSULT" and s.mode != "visit" for s in nouns)


def _consult_only(tok: Token) -> bool:
    senses = default_lexicon().word_senses(tok.lower_)
    return bool(senses) and all(s.type == "CONSULT" for s in senses)


# Prepositions that name what a meeting is about: "Talks on Prisoner Release Begin".
TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "for"})
TOPIC_REACH = 3  # "on", "on the", "on Prisoner"


def _topic(act: Token, meeting: Token) -> bool:
    start = max(meeting.i + 1, act.i - TOPIC_REACH)
    return any(w.lower_ in TOPIC_PREPS for w in act.doc[start : act.i])


def _clause_end(tok: Token) -> int:
    """Where the headline clause holding ``tok`` ends: at the next break."""
    breaks = [w.i for w in tok.doc[tok.i + 1 : tok.sent.end] if w.text in CLAUSE_BREAKS]
    return min(breaks, default=tok.sent.end)


def _under_way(meeting: Token, triggers: Sequence[Token]) -> bool:
    """ "Donor Conference Opens in Oslo on Reconstruction Aid": a meeting that is the
    subject of a verb saying it is under way is the news; the acts named as its topic are
    what it is about. Read from the word order (title-case parses are unreliable); the
    topic may come before the verb ("Talks on Prisoner Release Begin in Doha")."""
    later = [t.i for t in triggers if t.i > meeting.i and not _topic(t, meeting)]
    stop = min([*later, _clause_end(meeting)])
    return any(w.lower_ in MEETING_UNDER_WAY for w in meeting.doc[meeting.i + 1 : stop])


def meeting_settings(triggers: Sequence[Token]) -> set[int]:
    """ "Rebels Make Concessions in Nuclear Talks", "Summit: Leaders Pledge Aid": a meeting
    named by a noun beside another act is where that act was done, not the news, unless
    the headline says the meeting itself is under way; then the acts named after it in its
    clause are its topic."""
    if not any(not is_meeting_noun(t) and not _consult_only(t) for t in triggers):
        return set()
    meetings = [t for t in triggers if is_meeting_noun(t)]
    under_way = [m.i for m in meetings if _under_way(m, triggers)]
    if under_way:
        # Past a break, another clause reports an act of its own ("Talks Resume; Rebels
        # Release Hostages").
        first = meetings[[m.i for m in meetings].index(min(under_way))]
        end = _clause_end(first)
        return {t.i for t in triggers if first.i < t.i < end and not is_meeting_noun(t)}
    return {m.i for m in meetings}


SUBJECT_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET"})
MAX_SUBJECT_WORDS = 4
PLACE_PREPS = frozenset({"in", "at", "near", "outside"})


def participial_meetings(triggers: Sequence[Token], senses: Sequence[TriggerSense]) -> set[int]:
    """ "Envoys Meeting in Doha Secure Release of Hostages", "Ministers Gathered in Oslo
    Sign Pact": a meeting named by a participle right after the noun phrase opening the
    headline, with its place after it, says where the subject was; the act that follows is
    the news."""
    if len(senses) != len(triggers):
        return set()
    out = set()
    for tok, sense in zip(triggers, senses, strict=True):
        at = tok.i - tok.sent.start
        if not 0 < at <= MAX_SUBJECT_WORDS or not tok.lower_.endswith(("ing", "ed")):
            continue
        if sense.type != "CONSULT" or tok.i + 1 >= tok.sent.end:
            continue
        opening = tok.doc[tok.sent.start : tok.i]
        placed = tok.nbor(1).lower_ in PLACE_PREPS
        subject = all(t.pos_ in SUBJECT_TAGS for t in opening)
        if placed and subject and any(t.i > tok.i + 2 for t in triggers):
            out.add(tok.i)
    return out


def _verb_form(tok: Token) -> bool:
    """A bare verb the lexicon knows ("to End", "to Deepen"), not a noun after the
    preposition "to" ("Return to Talks")."""
    plural = tok.lower_.endswith("s") and not tok.lower_.endswith("ss")  # "Talks", not "Discuss"
    if plural or tok.tag_ in {"NNS", "NNPS", "VBZ", "VBG", "VBD", "VBN"}:
        return False
    senses = default_lexicon().word_senses(tok.lower_)
    return any(s.pos == "VERB" for s in senses)


# Verbs that grant what was asked: "Heeds Calls", "Bows to Demands", "Grants Request".
ACCEPTING = frozenset(
    "heed heeds heeded answer answers answered grant grants granted accept accepts accepted "
    "meet meets met satisfy satisfies satisfied bow bows bowed yield yields yielded cave "
    "caves caved".split()
)
ACCEPT_WINDOW = 3  # words between the accepting verb and the request ("to", "Protesters'")


def _request_noun(tok: Token) -> bool:
    senses = default_lexicon().word_senses(tok.lower_)
    return any(s.type == "REQUEST" and s.pos == "NOUN" for s in senses)


def heeded_requests(triggers: Sequence[Token]) -> set[int]:
    """ "President Heeds Calls to Pardon Activists", "Regime Meets Protesters' Demands": a
    request that is granted is the topic; granting it (PLOVER CONCEDE) is the news."""
    out = set()
    found = {t.i for t in triggers}
    for tok in triggers:
        if not _request_noun(tok):
            continue
        start = max(tok.sent.start, tok.i - ACCEPT_WINDOW)
        before = [w for w in tok.doc[start : tok.i] if w.i not in found]
        if any(w.lower_ in ACCEPTING for w in before):
            out.add(tok.i)
    return out


def infinitive_complements(triggers: Sequence[Token]) -> set[int]:
    """ "Leader Threatens to End Protests", "Government Declines to Lift Curfew", "President
    Visits Ally to Deepen Ties": an act in a to-infinitive after another act is what that
    act threatens, refuses, asks for or aims at; the governing act is the news. A pledge is
    the exception: PLOVER codes it by what is pledged ("agrees to lift the curfew" is
    CONCEDE), which the pledged act's own event already says. Read from the word order:
    the parser often misreads title-case headlines."""
    out: set[int] = set()
    heeded = heeded_requests(triggers)
    for tok in triggers:
        earlier = [t for t in triggers if t.i < tok.i - 1 and t.i not in heeded]
        if not earlier or tok.doc[tok.i - 1].lower_ != "to" or not _verb_form(tok):
            continue
        governing = max(earlier, key=lambda t: t.i)
        # "NATO Summit: Allies to Send Troops": past a break, "to" opens a clause of its own
        # (headline-ese for "will"), no complement of the act before the break.
        broken = any(w.text in CLAUSE_BREAKS for w in tok.doc[governing.i + 1 : tok.i])
        if governing.lower_ not in PLEDGE_VERBS and not broken:
            out.add(tok.i)
    return out


def opening_circumstance(triggers: Sequence[Token]) -> set[int]:
    """ "After Three Days of Talks, Rebels Free Hostages", "Amid Protests: Army Withdraws":
    a headline that opens with a circumstance gives it before the first break; the acts
    named there are background when an act follows the break."""
    if not triggers:
        return set()
    sent = triggers[0].sent
    if background_start([t.lower_ for t in sent]) != 0:
        return set()
    breaks = [t.i for t in sent if t.text in CLAUSE_BREAKS]
    if not breaks:
        return set()
    cut = breaks[0]
    before = {t.i for t in triggers if t.i < cut}
    if not before or not any(t.i > cut for t in triggers):
        return set()
    return before


def meetings_before_a_break(triggers: Sequence[Token], senses: Sequence[TriggerSense]) -> set[int]:
    """ "Cabinet Meets, Deploys Troops to Border", "Leaders Hold Talks and Sign Defence Pact":
    in headline clauses joined by a break or "and", a meeting before the break is where the act
    after it was decided; that act is the news. A visit is left alone (it is news in its
    own right), and so is a meeting said to be under way ("Talks Open, Focus on Aid")."""
    if not triggers or len(senses) != len(triggers):
        return set()
    sent = triggers[0].sent
    found = {t.i for t in triggers}
    # "and" joins a second clause when a trigger follows it ("Hold Talks and Withdraw
    # Troops"), not when it joins the meeting's own words ("Talks and Consultations").
    breaks = [
        t.i for t in sent if t.text in CLAUSE_BREAKS or (t.lower_ == "and" and t.i + 1 in found)
    ]
    out = set()
    for tok, sense in zip(triggers, senses, strict=True):
        after = [b for b in breaks if b > tok.i]
        if sense.type != "CONSULT" or sense.mode == "visit" or not after:
            continue
        if any(w.lower_ in MEETING_UNDER_WAY for w in tok.doc[tok.i + 1 : after[0]]):
            continue
        later = zip(triggers, senses, strict=True)
        if any(t.i > after[0] and s.type != "CONSULT" for t, s in later):
            out.add(tok.i)
    return out


# Verbs of talking that say the act in their object was achieved: "Negotiates Release of
# Hostages", "Brokered the Withdrawal" report the release and the withdrawal.
ACHIEVING_TALK = frozenset(
    "negotiate negotiates negotiated broker brokers brokered mediate mediates mediated".split()
)
ACHIEVED_WINDOW = 3  # the verb's object: "Negotiates Release", "Negotiated the Prisoner Swap"


def achieving_talk(tok: Token, sense: TriggerSense, act: Token) -> bool:
    """ "Government Negotiates Release of Hostages", "Qatar Brokered the Withdrawal": a
    negotiation whose object is another act is how that act came about, so the act is the
    news (like a light verb: "conduct an attack"). "Discuss a Prisoner Swap" is still talk,
    and "to Negotiate" is still a plan, "Negotiates With Rebels Over Release" still talk:
    the act must be the verb's object, a few words on."""
    if sense.type != "CONSULT" or tok.lower_ not in ACHIEVING_TALK:
        return False
    if not 0 < act.i - tok.i <= ACHIEVED_WINDOW:
        return False
    return not (tok.i > tok.sent.start and tok.nbor(-1).lower_ == "to")


def background_tokens(triggers: Sequence[Token], senses: Sequence[TriggerSense] = ()) -> set[int]:
    """Token indices (in the headline's parse) of the triggers that are background: after
    a circumstance marker that follows some other trigger, attributive participles, a
    subject whose verb only says what it brought about, a meeting beside another act, an
    act in a to-infinitive after another act, a request that is granted, an opening
    circumstance before the headline's first break, a meeting before a break that
    another act follows, or a participle placing the subject at a meeting (``senses``
    gives each trigger's reading, in the same order)."""
    if not triggers:
        return set()
    sent = triggers[0].sent
    words = [t.lower_ for t in sent]
    cut = sent.start + background_start(words)
    first = min(t.i for t in triggers)
    out = {t.i for t in triggers if first < cut <= t.i}
    out |= {t.i for t in triggers if attributive_participle(t)}
    out |= outcome_subjects(triggers)
    out |= meeting_settings(triggers)
    out |= infinitive_complements(triggers)
    out |= heeded_requests(triggers)
    out |= opening_circumstance(triggers)
    out |= meetings_before_a_break(triggers, senses)
    out |= participial_meetings(triggers, senses)
    if len(out) == len({t.i for t in triggers}):
        return set()  # nothing would be left as the news: keep all
    return out
