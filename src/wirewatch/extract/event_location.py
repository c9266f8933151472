"""Where an event happened, from the parse of its sentence.

A place the trigger governs with "in/at/near…" comes first. What a commitment or a statement
is about is not where it was made: "agreed in Tavra to send observers to Selva" was agreed in
Tavra, so places inside the act's clausal content do not locate it. A verbal act made "after
a meeting in Tavra" or "at talks in Geneva" took place where the meeting did. Otherwise the
one local place of the sentence is taken, never the actor ("Moscow said"), never a place
the gazetteer could not put on a map.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from wirewatch.document import Place
from wirewatch.extract.background import is_meeting_noun
from wirewatch.extract.clause_scope import place_of_other_act
from wirewatch.extract.modality import committed_to
from wirewatch.extract.roles import Role, role_words

LOCATION_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "on",
        "into",
        "across",
        "outside",
        "inside",
        "along",
        "around",
        "from",
        "to",
    }
)
MEETING_PLACE_PREPS = frozenset({"in", "at"})
# Acts done in words: they happen where the words were spoken or the meeting held.
VERBAL_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"}
)
# The place that acts ("Moscow said") stands for its government.
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})


def event_location(
    trigger: Token,
    offset: int,
    sentence: tuple[int, int],
    places: list[tuple[int, Place]],
    source: Role | None,
    event_type: str,
    act: str | None = None,
    target: Role | None = None,
) -> int | None:
    """Index (into the document's places) of where the event happened, or None. ``act`` is
    the underlying act of a pledge or threat, whose own places are where it is to happen.
    A material act done to a place ("attacked the province of Idlib") happened there."""
    sent_start, sent_end = sentence
    avoid = range(offset + source.start, offset + source.end) if source else range(0)
    meetings = _meeting_places(trigger, offset)
    in_sentence = [
        (i, p)
        for i, p in places
        if sent_start <= p.start < sent_end
        and p.lat is not None
        and (p.start not in avoid or _set_in_source(trigger.doc, p.start - offset, source))
        and not _acting_place(trigger.doc, p.start - offset)
        and (p.start in meetings or not _elsewhere(trigger, p.start - offset, p.end - offset))
    ]
    if not in_sentence:
        return None
    governed: set[int] = set()
    # The place that is itself the object of "in/at/near…" ("a mission in Afghanistan"),
    # before one that only sits inside such a phrase ("in USA's mission").
    direct: set[int] = set()
    content = _content_tokens(trigger)
    for tok in trigger.subtree:
        if tok.i in content:
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATION_PREPS:
            governed.update(_chars(tok.left_edge, tok, offset))
            first = min([tok, *(c for c in tok.lefts if c.dep_ == "compound")], key=lambda t: t.i)
            direct.update(_chars(first, tok, offset))

    pledged = act is not None and act != event_type
    if target is not None and event_type not in VERBAL_TYPES:
        first = _first_target_places(trigger, target, offset, in_sentence)
        if first:
            return next((i for i, p in first if p.feature != "country"), first[0][0])

    def by_priority() -> Iterator[set[int]]:
        if pledged:
            # "agreed at talks in Tavra to send observers to Selva": made in Tavra
            yield meetings
        yield direct
        yield governed
        if target is not None and event_type not in VERBAL_TYPES:
            yield range(offset + target.start, offset + target.end)
        # worked out only when neither holds a place
        yield _site_names(trigger, offset)
        if event_type in VERBAL_TYPES and not pledged:
            yield meetings

    for where in by_priority():
        for i, p in in_sentence:
            if p.start in where and p.feature != "country":
                return i
    if content:
        # a place inside what was agreed or said is the content's, not the act's
        starts = token_starts(trigger.doc)
        in_sentence = [
            (i, p)
            for i, p in in_sentence
            if bisect.bisect_right(starts, p.start - offset) - 1 not in content
        ]
    local = [(i, p) for i, p in in_sentence if p.feature != "country"]
    if len(local) == 1:
        return local[0][0]
    for where in (direct, governed):
        for i, p in in_sentence:
            if p.start in where:
                return i
    return None


def _first_target_places(
    trigger: Token, target: Role, offset: int, in_sentence: list[tuple[int, Place]]
) -> list[tuple[int, Place]]:
    """Places inside the first of several targets ("struck an airbase in north-western
    Syria and a naval station on the Mediterranean"): a blow at two sites is placed at the
    first named, as the place of the first conjunct reads for the whole act. Empty unless
    the target is a coordination and the trigger names no place of its own ("in Syria")."""
    head = target.head
    conjuncts = [c for c in head.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    if not conjuncts:
        return []
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in LOCATION_PREPS:
            return []
    later: set[int] = set()
    for c in conjuncts:
        later.update(t.i for t in c.subtree)
    later.update(c.i for c in head.children if c.dep_ == "cc")
    chars: set[int] = set()
    for tok in head.subtree:
        if tok.i not in later:
            chars.update(_chars(tok, tok, offset))
    return [(i, p) for i, p in in_sentence if p.start in chars]


# Prepositions inside the doer's phrase that say where the act was ("airstrikes on a town
# in Idlib", "a bomb in Kabul"), unlike "from" or "of", which say whose or whence.
SOURCE_SETTING_PREPS = frozenset({"in", "on", "at", "near", "inside", "outside", "across"})


def _set_in_source(pdoc: Doc, char: int, source: Role | None) -> bool:
    """A place after the doer's head word under "in/on/at…" only is where the act was
    ("fighters from a town in Idlib" says whence they came)."""
    tok = token_at(pdoc, char)
    if tok is None or source is None or tok.i <= source.head.i:
        return False
    preps = []
    for _ in range(12):
        if tok.i == source.head.i:
            return bool(preps) and all(p in SOURCE_SETTING_PREPS for p in preps)
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep":
            preps.append(tok.lower_)
        tok = tok.head
    return False


def _chars(first: Token, last: Token, offset: int) -> range:
    return range(offset + first.idx, offset + last.idx + len(last.text))


def _content_tokens(trigger: Token) -> set[int]:
    """Tokens of what a commitment or a statement is about: its clausal complement
    ("agreed to send observers to Selva", "warned that Pell would respond")."""
    out: set[int] = set()
    for child in trigger.children:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and committed_to(child)):
            out.update(t.i for t in child.subtree)
    return out


def _meeting_places(trigger: Token, offset: int) -> set[int]:
    """Character offsets of places a meeting in the sentence was held at ("said after a
    meeting in Tavra", "at talks in Geneva")."""
    out: set[int] = set()
    for tok in trigger.sent:
        if not is_meeting_noun(tok):
            continue
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in MEETING_PLACE_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    out.update(_chars(obj.left_edge, obj, offset))
    return out


def _site_names(trigger: Token, offset: int) -> set[int]:
    """Character offsets of names modifying a site the act was done to ("attacked the Korvik
    checkpoint", "an attack on Kunduz airport"): the site stands in the place it is named
    after."""
    sites = role_words().facility_nouns
    out: set[int] = set()
    for tok in trigger.subtree:
        if tok.lower_ not in sites or tok.dep_ not in {"dobj", "obj", "pobj", "nsubjpass"}:
            continue
        for mod in tok.lefts:
            if mod.dep_ == "compound" and mod.pos_ == "PROPN":
                out.update(_chars(mod.left_edge, mod, offset))
    return out


def _acting_place(pdoc: Doc, char: int) -> bool:
    """A place that acts ("Moscow is ready to help", "… was condemned by Kabul") stands
    for its government, so it is no event's location."""
    i = bisect.bisect_right(token_starts(pdoc), char) - 1
    if i < 0:
        return False
    tok = pdoc[i]
    # The head of a multi-word name carries its role ("New Delhi said").
    while tok.dep_ == "compound" and tok.head.i != tok.i and tok.head.i - tok.i <= 3:
        tok = tok.head
    # "tasked by Moscow": the agent of a passive is a doer too
    return tok.dep_ in ACTOR_DEPS or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


def token_at(pdoc: Doc, char: int) -> Token | None:
    """The token holding character ``char`` of the parsed text."""
    i = bisect.bisect_right(token_starts(pdoc), char) - 1
    return pdoc[i] if 0 <= i < len(pdoc) else None


def _elsewhere(trigger: Token, char: int, end: int) -> bool:
    """A place that locates another act of the sentence, or that only tells which party is
    meant ("Syria's Bashar al-Assad", "the Syrian Observatory", "the Middle East director")."""
    tok = token_at(trigger.doc, char)
    if tok is None:
        return False
    # the name's own head word carries its role ("Khan Sheikhoun", "Idlib province")
    while tok.head.i != tok.i and tok.i < tok.head.i and tok.head.idx < end:
        tok = tok.head
    return place_of_other_act(trigger, tok) or _names_a_party(tok)


def _names_a_party(tok: Token) -> bool:
    """A place that modifies a party's name or title, not a place noun ("Syria's north",
    "the Idlib countryside") or a noun the act happened in ("in Syria's civil war")."""
    if tok.dep_ == "npadvmod" and tok.head.lower_ in SPONSOR_WORDS:
        return True  # "the UK-based observatory", "the US-led coalition"
    if tok.dep_ not in {"poss", "compound", "amod", "nmod"} or tok.head.i == tok.i:
        return False
    head = tok.head
    if head.lower_ in _place_nouns():
        return False
    return not (head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in SETTING_PREPS)


SPONSOR_WORDS = frozenset({"based", "led", "backed", "funded", "born", "made", "owned"})
# Nouns a place may modify and still be where something happened ("Syria's north").
AREA_NOUNS = frozenset(
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "border", "borders", "outskirts", "countryside", "suburb", "suburbs", "coast", "side",
        "part", "parts", "area", "areas", "centre", "center", "heartland", "frontier",
        "streets", "street", "neighbourhood", "neighborhood", "desert", "mountains", "valley",
    }
)  # fmt: skip
SETTING_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout", "during"})


def _place_nouns() -> frozenset[str]:
    words = role_words()
    return AREA_NOUNS | words.settlement_nouns | words.facility_nouns


def token_starts(pdoc: Doc) -> list[int]:
    starts = pdoc.user_data.get("wirewatch_token_starts")
    if starts is None:
        starts = [t.idx for t in pdoc]
        pdoc.user_data["wirewatch_token_starts"] = starts
    return starts
