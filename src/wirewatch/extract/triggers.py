"""Find trigger words in a tagged (not parsed) sentence: the cheap first pass.

Only sentences with a trigger go on to the dependency parser, which is what keeps event
extraction cheaper than parsing everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirewatch.extract.lexicon import Lexicon, TriggerSense
from wirewatch.extract.month_words import is_month_name, month_names

VERB_TAGS = frozenset({"VERB"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger in a sentence: character offsets (into the unit's text) and its sense."""

    start: int
    end: int
    head_char: int  # start of the token that carries the event (the verb or noun)
    text: str
    sense: TriggerSense
    # Every sense of the same words, most likely first: when the parse rules out one
    # reading ("suspended aid" is not an eased restriction), the next one is tried.
    senses: tuple[TriggerSense, ...] = ()
    # The next-longest match on the same head word ("struck" under "struck on"): when the
    # parse rules out every reading of the longer words ("struck on Monday" names a day, not
    # what was struck), the shorter words may still carry an event ("nurses struck").
    fallback: TriggerMatch | None = None

    @property
    def readings(self) -> tuple[TriggerSense, ...]:
        return self.senses or (self.sense,)


# In a headline set in Title Case the tagger calls most words proper nouns ("Army Bombs
# Camp"), so there the part of speech only rules out function words.
LOOSE_TAGS = frozenset({"VERB", "NOUN", "PROPN", "ADJ", "AUX"})


def _fits(sense: TriggerSense, pos: str, loose: bool = False) -> bool:
    if loose and sense.pos != "PHRASE":
        return pos in LOOSE_TAGS
    if sense.pos == "VERB":
        return pos in VERB_TAGS
    if sense.pos == "NOUN":
        return pos in NOUN_TAGS
    return True


# Words Title Case leaves in lower case.
TITLE_LOWER_WORDS = frozenset(
    "a an the and or but nor for of to in on at by with from as into over".split()
)


def is_title_case(sent: Span) -> bool:
    """A headline-style line: most of its longer words start with a capital. A two-word
    headline ("Fighting Subsides", "Miners Strike") counts when every word is capitalised
    and it has no lower-case word at all, which running text always has."""
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 3]
    capital = sum(w[0].isupper() for w in words)
    if len(words) == 2 and capital == 2:
        # Title Case leaves only short function words in lower case ("UN Calls for
        # Ceasefire"); running text has lower-case verbs too ("John met Mary").
        return all(t.text[0].isupper() or t.lower_ in TITLE_LOWER_WORDS for t in sent if t.is_alpha)
    return len(words) >= 3 and capital >= 0.7 * len(words)


PARTICLES = frozenset({"out", "down", "back", "off", "over", "up", "away", "in"})
# Verdicts that follow their object as a particle does ("found two officers guilty", "ruled
# the decree unconstitutional").
VERDICTS = frozenset({"guilty", "liable", "unconstitutional"})
PARTICLE_GAP = 3  # "pulled its forces out": at most this many words between verb and particle
GAP_BREAKERS = frozenset({"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ"})


def _split_particle(tokens: list[Token], lowers: list[str], i: int, form: tuple[str, ...]) -> int:
    """Where the particle of a two-word verb stands when an object separates it from the
    verb ("pulls forces out", "called the strike off"); -1 when it does not."""
    if len(form) != 2 or form[1] not in PARTICLES | VERDICTS or lowers[i] != form[0]:
        return -1
    for j in range(i + 2, min(i + 2 + PARTICLE_GAP, len(tokens))):
        if lowers[j] == form[1]:
            return j
        if tokens[j].pos_ in GAP_BREAKERS:
            return -1
    return -1


def _verb_slot(tokens: list[Token], i: int, loose: bool) -> bool:
    """ "Allies Back Ceasefire Plan": in a Title Case headline the word after an opening
    plural noun stands where its verb goes, whatever the tagger made of it (a preposition)."""
    if not loose:
        return _verbless_s_form(tokens, i)
    if i != 1:
        return False
    first = tokens[0]
    return (
        first.pos_ in NOUN_TAGS and first.lower_.endswith("s") and not first.lower_.endswith("ss")
    )


FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
MAX_OPENING_NOUNS = 4


def _verbless_s_form(tokens: list[Token], i: int) -> bool:
    """ "Poland summons Russian envoy", "Minister apologises for deaths": in a line with no
    finite verb the tagger took the -s verb after the opening noun phrase for a plural noun.
    Kept as a candidate here; the parse stage decides whether it is the headline's verb."""
    tok = tokens[i]
    if not (0 < i <= MAX_OPENING_NOUNS and tok.pos_ in NOUN_TAGS and tok.lower_.endswith("s")):
        return False
    if not all(t.pos_ in NOUN_TAGS | {"ADJ", "DET", "NUM", "PART"} for t in tokens[:i]):
        return False
    return not any(t.tag_ in FINITE_TAGS for t in tokens)


def _verbless_base_form(
    tokens: list[Token], i: int, form: tuple[str, ...], sense: TriggerSense
) -> bool:
    """ "Varo troops torch villages", "Rebels overrun army base": in a line with no finite
    verb the tagger took the base-form verb after an opening plural noun for the next noun
    of a compound (a plural does not modify the noun after it). Kept as a candidate here;
    the parse stage decides whether it is the headline's verb."""
    tok = tokens[i]
    if not (0 < i <= MAX_OPENING_NOUNS and tok.pos_ in NOUN_TAGS):
        return False
    if form[0] != sense.lemma.split()[0]:
        return False
    last = tokens[i - 1].lower_
    if tokens[i - 1].pos_ not in NOUN_TAGS or not last.endswith("s") or last.endswith("ss"):
        return False
    if not all(t.pos_ in NOUN_TAGS | {"ADJ", "DET", "NUM"} for t in tokens[:i]):
        return False
    return not any(t.tag_ in FINITE_TAGS for t in tokens)


def _noun_key(words: list[Token]) -> Token:
    """The head word of a multi-word noun: before its first preposition, else the last."""
    for k in range(1, len(words) - 1):
        if words[k].pos_ == "ADP":
            return words[k - 1]
    return words[-1]


def find_triggers(sent: Span, lexicon: Lexicon, loose: bool = False) -> list[TriggerMatch]:
    """Longest lexicon matches in ``sent``, one per token position, part of speech checked
    (only loosely in a Title Case headline); a particle verb may have its object between
    verb and particle."""
    tokens = list(sent)
    lowers = [t.lower_ for t in tokens]
    # Doc.text joins the whole document on every access: slice the sentence's own text.
    sent_text, base = sent.text, sent.start_char
    found: list[TriggerMatch] = []
    months = month_names()
    i = 0
    while i < len(tokens):
        if lowers[i] in months and is_month_name(tokens, i):
            i += 1
            continue
        match = None
        fitting: list[tuple[int, TriggerSense]] = []
        split: list[tuple[int, TriggerSense]] = []
        for form, sense in lexicon.candidates(lowers[i]):
            n = len(form)
            if tuple(lowers[i : i + n]) != form:
                if sense.pos == "VERB" and _fits(sense, tokens[i].pos_, loose):
                    at = _split_particle(tokens, lowers, i, form)
                    if at > 0:
                        split.append((at, sense))
                continue
            # The part of speech is checked on the word that carries the sense: the first
            # word of a verb, the last word of a compound noun, the word before the
            # preposition of a noun phrase ("crimes against humanity", "state of emergency").
            key = tokens[i] if sense.pos != "NOUN" else _noun_key(tokens[i : i + n])
            slot = _verb_slot(tokens, i, loose) or (
                not loose and _verbless_base_form(tokens, i, form, sense)
            )
            pos = "VERB" if sense.pos == "VERB" and slot else key.pos_
            if not _fits(sense, pos, loose):
                continue
            fitting.append((n, sense))
            if (
                match is None
                or n > len(match[0])
                or (n == len(match[0]) and sense.weight > match[1].weight)
            ):
                match = (form, sense, key)
        if match is None:
            if split:
                at = min(j for j, _ in split)
                senses = sorted((s for j, s in split if j == at), key=lambda s: -s.weight)
                verb, particle = tokens[i], tokens[at]
                start, end = verb.idx, particle.idx + len(particle.text)
                text = sent_text[start - base : end - base]
                found.append(TriggerMatch(start, end, verb.idx, text, senses[0], tuple(senses)))
            i += 1
            continue
        form, sense, key = match
        last = tokens[i + len(form) - 1]
        start, end = tokens[i].idx, last.idx + len(last.text)
        same = [s for n, s in fitting if n == len(form)]
        others = sorted((s for s in same if s is not sense), key=lambda s: -s.weight)
        senses = (sense, *others)
        fallback = _shorter_match(tokens, i, key, fitting, len(form), sent_text, base)
        text = sent_text[start - base : end - base]
        found.append(TriggerMatch(start, end, key.idx, text, sense, senses, fallback))
        i += len(form)
    return found


def _shorter_match(
    tokens: list[Token],
    i: int,
    key: Token,
    fitting: list[tuple[int, TriggerSense]],
    longest: int,
    sent_text: str,
    base: int,
) -> TriggerMatch | None:
    """The longest shorter match starting at ``i`` whose head is the same word ``key``."""
    shorter = [(n, s) for n, s in fitting if n < longest and s.pos != "NOUN"]
    if not shorter or key.i != tokens[i].i:
        return None
    n = max(k for k, _ in shorter)
    senses = sorted((s for k, s in shorter if k == n), key=lambda s: -s.weight)
    last = tokens[i + n - 1]
    start, end = tokens[i].idx, last.idx + len(last.text)
    text = sent_text[start - base : end - base]
    return TriggerMatch(start, end, key.idx, text, senses[0], tuple(senses))
