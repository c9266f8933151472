"""Stances and findings reported with a noun-phrase object, from the dependency parse.

News attributes positions without a clause: "Sanders criticized the accord", "the group
endorsed Cruz", "Clinton called for a ban on assault weapons", "Trump talked about trade",
"a new poll showed a narrow lead", "he asked workers if they planned to strike". What is
attributed is the verb's object (``object_verbs``; ``evidence_verbs`` when a document is the
subject), the object of its particle (``prep_object_verbs``) or, for ``question_verbs``, the
"if"/"whether" clause. The one holding it is the verb's subject: someone (a name, a person
pronoun, a person, body or title noun, a share of those polled), never a passive subject: a
passive's agent holds it ("the plan was criticized by experts"). A stance in a relative
clause ("Smith, who backs Cruz, said …") is background and one that is hedged or open
("may want", "whether he would support") is not held, so neither counts.
These quotes come after the clausal ones, so a verb that reports a clause is read as one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirewatch.extract.quotes_cues import CueLexicon
from wirewatch.extract.quotes_speakers import speaker_before
from wirewatch.extract.quotes_syntax import (
    PERFECT,
    Span,
    _carried_out,
    _owner,
    _someone,
    _speaker_span,
    _subject,
    _trim,
)

OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp"})
HEDGES = frozenset({"may", "might", "could", "should", "would"})
OPEN = frozenset({"if", "whether", "unless"})
WH = frozenset({"WRB", "WP"})  # "how", "who", "what"; "which" opens relative clauses too
TRAILING = frozenset({"for", "as", "of"})  # "praised X for …", "accused X of …"
TIME_ENTS = frozenset({"DATE", "TIME"})
FRAME_NOUNS = frozenset({"condition", "background", "record", "behalf", "occasion", "camera"})
EMPTY = frozenset({"PRP", "PRP$", "DT", "WDT", "WP", "WP$", "EX", "IN", "TO", "POS"})


def _asked(verb: Token) -> bool:
    """Whether the verb's sentence is a question (it ends in a question mark)."""
    sent = verb.sent
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote), None)
    return last is not None and last.text == "?"


def _held(verb: Token, lex: CueLexicon) -> bool:
    """Whether the verb states a stance as held, not one that is open or hypothetical:
    "whether he would support Y", "they may want to", "for Washington to oppose Y", a
    question and an adjectival participle ("pledged delegates") hold nothing."""
    lefts = list(verb.lefts)
    if any(k.dep_ == "mark" and k.lower_ in OPEN for k in lefts):
        return False
    if _asked(verb):
        return False  # "Do you support Trump?" asks for a stance, it reports none
    if any(k.dep_ == "aux" and k.lower_ in HEDGES for k in lefts):
        return False
    if any(k.dep_ == "aux" and k.tag_ == "TO" for k in lefts) and not _carried_out(verb, lex):
        return False  # "plans to back X"; but "went on to praise X", "tended to support X"
    if verb.tag_ == "VBN":
        return any(k.dep_ == "aux" and k.lower_ in PERFECT for k in lefts)
    return True


def _marked_by(verb: Token, marks: frozenset[str]) -> Token | None:
    """A clause of the verb introduced by one of ``marks`` ("calling for X to go", "asked
    workers if they planned …"); the parser hangs such clauses as adverbial."""
    for k in verb.rights:
        if k.dep_ in ("advcl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ in marks for m in k.lefts
        ):
            return k
    return None


def _object(verb: Token, lex: CueLexicon, evidence: bool) -> Span | None:
    """Token span of what the verb attributes: its particle's object, else its own object;
    a following "for"/"as"/"of" phrase belongs to it ("praised Trump for speaking out",
    "accused Republicans of placing …")."""
    low = verb.lower_
    preps = lex.prep_object_forms.get(low, frozenset())
    first: Token | None = None
    if low in lex.question_forms:
        clause = _marked_by(verb, OPEN)
        if clause is not None:
            return clause.left_edge.i + 1, clause.right_edge.i + 1
        clause = next((k for k in verb.rights if k.dep_ == "ccomp"), None)
        if clause is not None and clause.left_edge.tag_ in WH:  # "asked him how he felt"
            return clause.left_edge.i, clause.right_edge.i + 1
    if low in lex.view_forms:
        seen = _seen_as(verb)
        if seen is not None:
            return seen
    if low in lex.naming_forms:
        named = _named(verb)
        if named is not None:
            return named
    if preps:
        first = next((k for k in verb.rights if k.dep_ == "prep" and k.lower_ in preps), None)
        if first is not None and (
            first.i == first.right_edge.i
            or any(k.dep_ in ("dobj", "dative") and k.i < first.i for k in verb.rights)
        ):
            first = None  # "called a referendum for June": the particle follows the verb
        clause = _marked_by(verb, preps) if first is None else None
        if clause is not None:  # "is calling for the allies to step up"
            return clause.left_edge.i + 1, clause.right_edge.i + 1
    if first is None and (evidence or low in lex.object_forms):
        first = next((k for k in verb.rights if k.dep_ in OBJECT_DEPS), None)
        if first is not None and (first.tag_ in ("WDT", "WP") or first.ent_type_ in TIME_ENTS):
            return None  # "what he criticized"; "promised Sunday" is a misparsed date
    if first is None:
        return None
    end = first.right_edge.i + 1
    for k in verb.rights:
        if k.i > first.i and (k.dep_ == "oprd" or (k.dep_ == "prep" and k.lower_ in TRAILING)):
            end = max(end, k.right_edge.i + 1)
    start = first.i + 1 if first.dep_ == "prep" else first.left_edge.i
    return start, end


def _passive(verb: Token, lex: CueLexicon) -> tuple[Span, Span, str] | None:
    """ "The meeting was first reported by Politico", "Trump has been criticized by his rivals
    for failing to …": the agent holds the stance; what it holds is the passive subject, or the
    charge of a "for"/"as"/"of" phrase when there is one. Hedged or open passives ("may be
    backed by") hold nothing, as in the active."""
    kids = list(verb.children)
    subject = next((k for k in kids if k.dep_ == "nsubjpass"), None)
    agent = next((k for k in kids if k.dep_ == "agent"), None)
    if subject is None or agent is None or subject.i > verb.i:
        return None
    if any(k.dep_ == "aux" and k.lower_ in HEDGES for k in kids) or _asked(verb):
        return None
    if any(k.dep_ == "mark" and k.lower_ in OPEN for k in kids):
        return None
    holder = next((k for k in agent.children if k.dep_ == "pobj"), None)
    if holder is None:
        return None
    whole = next((k for k in holder.children if k.dep_ == "prep" and k.lower_ == "of"), None)
    member = next((k for k in whole.children if k.dep_ == "pobj"), None) if whole else None
    if not (_holds(holder, lex, False) or (member is not None and _holds(member, lex, False))):
        return None  # "was hit by a shell"
    doc = verb.doc
    start, end = subject.left_edge.i, subject.right_edge.i + 1
    if doc[start].tag_ in EMPTY and start + 1 == end:
        return None  # "it was reported by …": what "it" is, the sentence does not say
    speaker = (agent.i + 1, agent.right_edge.i + 1)
    charge = next((k for k in verb.rights if k.dep_ == "prep" and k.lower_ in TRAILING), None)
    if charge is not None and charge.i < charge.right_edge.i:
        start, end = charge.i + 1, charge.right_edge.i + 1  # "criticized … for failing to …"
    return _trim(doc, start, end), speaker, verb.text


def _seen_as(verb: Token) -> Span | None:
    """ "sees Cruz as a uniter", "cast her rival as offering …", "consider Clinton honest": the
    object with what it is held to be; None without that second part ("saw the convoy")."""
    obj = next((k for k in verb.rights if k.dep_ == "dobj"), None)
    if obj is not None and (obj.lower_.endswith(("self", "selves")) or obj.tag_ in EMPTY):
        return None  # "cast herself as …" presents oneself; "see it as …": of what, unsaid
    if obj is not None:
        for k in verb.rights:
            as_clause = k.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "as" for m in k.lefts
            )
            if k.i > obj.i and ((k.dep_ == "prep" and k.lower_ == "as") or as_clause):
                return obj.left_edge.i, k.right_edge.i + 1
        return None
    clause = next((k for k in verb.rights if k.dep_ in ("ccomp", "oprd", "xcomp")), None)
    if (
        clause is not None
        and clause.tag_ in ("JJ", "NN", "NNS")
        and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children)
    ):
        return clause.left_edge.i, clause.right_edge.i + 1  # a verbless small clause
    return None


def _named(verb: Token) -> Span | None:
    """ "called him divisive", "calling Trump a fascist" (parsed as a small clause): the
    object with what it is called; None without that second complement or when the name is
    quoted ("called Trump “unhinged”" is a direct quote of the subject's)."""
    rights = [k for k in verb.rights if k.dep_ in ("dobj", "oprd", "xcomp", "ccomp")]
    if any(k.dep_ == "oprd" for k in rights) or any(
        k.dep_ in ("xcomp", "ccomp") and any(c.dep_ in ("dobj", "attr") for c in k.children)
        for k in rights
    ):
        start, end = rights[0].left_edge.i, rights[-1].right_edge.i + 1
        words = [t for t in verb.doc[start:end] if t.is_alpha]
        if all(t.tag_ in ("NNP", "NNPS") for t in words):
            return None  # "called Naghmeh Abedini": one name split in two, a telephone call
        if not any(t.is_quote for t in verb.doc[start:end]):
            return start, end  # a quoted name is the framing verb's direct quote
    return None


def _holds(holder: Token, lex: CueLexicon, evidence: bool) -> bool:
    """Whether the subject can hold a stance: someone, a title ("the minister"), a share of
    those polled ("three-quarters"); for an evidence verb ("the poll showed"), a document."""
    low = holder.lower_
    if evidence:
        return low in lex.document_nouns
    return _someone(holder, lex) or low in lex.title_nouns or low in lex.share_nouns


def find_objects(doc: Doc, lex: CueLexicon, skip: set[int]) -> list[tuple[Span, Span, str]]:
    """(content, speaker, cue text) for each stance verb with someone as subject and an object
    holding a content word; verbs at token indices in ``skip`` (inside quotes) are ignored."""
    if not doc.has_annotation("DEP"):
        return []
    out: list[tuple[Span, Span, str]] = []
    for tok in doc:
        if tok.i in skip:
            continue
        if tok.tag_ in ("NN", "NNS"):
            if tok.lower_ in lex.stance_nouns:
                hit = _noun_object(tok, lex)
                if hit is not None:
                    out.append(hit)
            continue
        if not tok.tag_.startswith("VB"):
            continue
        low = tok.lower_
        evidence = lex.evidence(low) is not None and tok.tag_ in ("VBD", "VBZ", "VBP")
        if not (evidence or low in lex.object_forms or low in lex.prep_object_forms) and (
            low not in lex.question_forms
            and low not in lex.naming_forms
            and low not in lex.view_forms
        ):
            continue
        if tok.dep_ == "relcl":
            continue  # "X, who backs Cruz, …" is background
        if tok.tag_ == "VBN" and low in lex.object_forms:
            hit = _passive(tok, lex)
            if hit is not None:
                out.append(hit)
                continue
        if not _held(tok, lex):
            continue
        if tok.is_title and not tok.is_sent_start:
            continue  # a headline in title case: its tags and parse are unreliable
        span = _object(tok, lex, evidence)
        if span is None:
            continue
        start, end = _trim(doc, *span)
        if not any(t.is_alpha and t.tag_ not in EMPTY for t in doc[start:end]):
            continue  # "criticized it": nothing an analyst can read
        holder = _subject(tok, lex)  # a participle's noun ("a PAC backing X") is no holder
        if holder is None or not _holds(holder, lex, evidence):
            continue
        speaker = _speaker_span(holder, lex)
        if speaker[1] <= tok.i and holder.head.i == tok.i:
            near = speaker_before(doc, tok.i, holder.left_edge.i)
            speaker = near if near is not None else speaker
        if start <= speaker[0] < end:
            continue
        out.append(((start, end), speaker, tok.text))
    return out


def _noun_object(noun: Token, lex: CueLexicon) -> tuple[Span, Span, str] | None:
    """ "Pence's call for a special prosecutor", "his call to ban …", "her criticism of the
    deal": a stance noun with an owner (who holds it) and its object or aim."""
    owner = _owner(noun)
    if owner is None and noun.dep_ == "dobj" and noun.head.lower_ in lex.light_forms:
        owner = _subject(noun.head, lex)  # "made no mention of X", "raised questions about X"
        if owner is not None and not _holds(owner, lex, False):
            return None
    if owner is None:
        return None
    doc = noun.doc
    preps = lex.stance_nouns[noun.lower_]
    if owner.tag_ in EMPTY and owner.lower_ not in lex.pronouns and owner.tag_ != "PRP$":
        return None  # "whose criticism of …": the owner is named elsewhere
    for k in noun.rights:
        if k.dep_ == "prep" and k.lower_ in preps and k.i < k.right_edge.i:
            obj = next((c for c in k.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.ent_type_ in TIME_ENTS or obj.lower_ in FRAME_NOUNS):
                return None  # "remarks on Tuesday", "comments on condition of anonymity"
            span = _trim(doc, k.i + 1, k.right_edge.i + 1)
        elif k.dep_ == "acl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in k.lefts):
            span = _trim(doc, k.left_edge.i, k.right_edge.i + 1)
        else:
            continue
        if not any(t.is_alpha and t.tag_ not in EMPTY for t in doc[span[0] : span[1]]):
            return None  # "his criticism of it": nothing an analyst can read
        return span, _speaker_span(owner, lex), noun.text
    return None
