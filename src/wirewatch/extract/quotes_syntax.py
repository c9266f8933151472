"""Reported speech from the dependency parse: a speech verb, its subject and its clause.

The tag patterns of ``quotes_indirect`` need the reported clause right after the cue (or a
comma before an inverted speaker). The parse also finds what sits between them — "X said on
Friday during a news conference that …", "X says despite Y, she plans …", "who said he …",
"X did Y and says …", "X did Y, saying …" — because the clause is the verb's ``ccomp`` child
wherever it stands. Used only when the Doc carries a parse (the pipeline parses by default).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirewatch.extract.quotes_cues import CueLexicon
from wirewatch.extract.quotes_direct import is_cue
from wirewatch.extract.quotes_speakers import speaker_before

Span = tuple[int, int]  # token indices [start, end)

CLAUSE_DEPS = frozenset({"ccomp"})
SUBJECT_DEPS = frozenset({"nsubj"})
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
INHERIT_DEPS = frozenset({"conj", "advcl", "xcomp"})  # "did Y and says", "did Y, saying"
RELATIVE = frozenset({"who", "that", "which"})
SPEAKER_RIGHT_STOP = frozenset({"relcl", "appos", "acl", "punct", "prep", "cc", "conj", "case"})
MAX_HOPS = 3
TRAILING_ADJUNCTS = frozenset({"prep", "advcl", "npadvmod", "advmod", "punct", "dep"})
PERSON_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
AGENT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
PERFECT = frozenset({"has", "have", "had", "'s", "’s", "having"})
ISSUER_PREPS = frozenset({"from", "by", "of", "in"})
MARKS = frozenset({"that", "whether", "if"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
OWNER_ENTS = frozenset({"PERSON", "ORG", "NORP"})
GERUND_PREPS = frozenset({"by", "after", "before", "while", "without", "in", "when"})


def _subject(verb: Token, lex: CueLexicon) -> Token | None:
    """The speaker token: the verb's own subject, or one inherited from the verb it hangs on."""
    for _ in range(MAX_HOPS):
        kids = list(verb.children)
        if any(k.dep_ in PASSIVE_DEPS for k in kids):
            return None  # "is said to", "was told": the subject is not the speaker
        subjects = [k for k in kids if k.dep_ in SUBJECT_DEPS]
        # two subjects are a title and the name after it, split by a comma: take the nearer
        subj = max(
            subjects, key=lambda k: (k.i < verb.i, k.i if k.i < verb.i else -k.i), default=None
        )
        if subj is not None:
            if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
                return verb.head  # "Smith, who said …": Smith
            return subj
        if verb.dep_ == "relcl":
            return verb.head
        if _gerund_adjunct(verb):
            verb = verb.head.head  # "began by talking about …", "after saying he was …"
            continue
        if verb.dep_ not in INHERIT_DEPS or verb.head is verb:
            return None
        if verb.dep_ in ("advcl", "xcomp") and verb.tag_ != "VBG":
            if not _carried_out(verb, lex):
                return None  # "wants to say", "refused to say": nothing was said
            if verb.head.dep_ == "acomp":  # "voters were more likely to say …"
                verb = verb.head
        head = verb.head
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and lex.base(head.head.text):
            head = head.head  # "X said A and said B", parsed with B's verb under A
        verb = head
    return None


def _gerund_adjunct(verb: Token) -> bool:
    """A gerund in a manner or time phrase of another verb, which shares that verb's subject
    ("began by talking about", "after saying", "without naming her")."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.lower_ in GERUND_PREPS
        and prep.head.tag_.startswith("VB")
    )


def _carried_out(verb: Token, lex: CueLexicon) -> bool:
    """Whether an infinitive speech verb was carried out by its head's subject: "went on to
    say", "continued to insist", "took to Twitter to say", "were likely to say" (a poll's
    answer); not "wants/refused/plans to say" nor "is going to say" (not said yet)."""
    head = verb.head
    if not any(k.dep_ == "aux" and k.tag_ == "TO" for k in verb.lefts):
        return False
    base = lex.onset_heads.get(head.lower_)
    if base is None:
        return False
    if base == "go":
        return any(k.dep_ == "prt" and k.lower_ == "on" for k in head.children)
    return True


def _speaker_span(subj: Token, lex: CueLexicon) -> Span:
    """The subject phrase without what trails it (relative clause, appositive, prepositions);
    an appositive proper name stands for a title ("a hopeful, Carly Fiorina, says"), and a
    document's issuer for the document ("reports in various media outlets state")."""
    if subj.lower_ in lex.document_nouns:
        for prep in subj.rights:
            if prep.dep_ == "prep" and prep.lower_ in ISSUER_PREPS:
                obj = next((k for k in prep.children if k.dep_ == "pobj"), None)
                if obj is not None:
                    return _speaker_span(obj, lex)
    for k in subj.rights:
        if k.dep_ == "appos" and k.tag_ in ("NNP", "NNPS"):
            left = min((c.i for c in k.lefts if c.dep_ in ("compound", "amod")), default=k.i)
            return (left, k.i + 1)
    start = subj.left_edge.i
    end = subj.i + 1
    for k in subj.rights:
        if k.dep_ in SPEAKER_RIGHT_STOP:
            break
        end = k.right_edge.i + 1
    return (start, end)


def _trim(doc: Doc, start: int, end: int) -> Span:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].tag_ == "CC"
    ):
        end -= 1
    return (start, end)


def _own_end(clause: Token, lex: CueLexicon) -> int:
    """End of the clause before a coordinated speech verb that reports its own clause
    ("he said A and said that B": A ends before "and said")."""
    end = clause.right_edge.i + 1
    for tok in clause.subtree:
        if tok.dep_ == "conj" and tok.i > clause.i and lex.base(tok.text) and _clause(tok):
            return min(end, tok.i)
    return end


def _full_clause(k: Token) -> bool:
    """A clause with its own subject and a finite verb."""
    kids = list(k.children)
    finite = k.tag_ in FINITE_TAGS or any(c.tag_ in FINITE_TAGS for c in kids)
    return finite and any(c.dep_ in CLAUSE_SUBJECTS for c in kids)


def _clause(verb: Token) -> Token | None:
    """The verb's complement clause, when it is a full clause.

    A "that"-clause after adjuncts is often hung on the adjunct's noun as a relative clause
    ("said during a news conference that he may wait"); a relative clause marked by the
    complementizer (not a relative pronoun) is taken back as the verb's complement.
    """
    for k in verb.children:
        if k.dep_ in CLAUSE_DEPS and _full_clause(k):
            return k
    for k in verb.rights:
        if k.dep_ != "prep":
            continue
        for t in k.subtree:
            if t.dep_ == "relcl" and _marked(t) and _full_clause(t):
                return t
    return None


def _marked(clause: Token) -> bool:
    return any(k.dep_ == "mark" and k.lower_ in MARKS for k in clause.children)


def _closes(verb: Token) -> bool:
    """ "…, X said (on Friday after meeting aides)." : only adjuncts of the cue follow it."""
    return all(k.dep_ in TRAILING_ADJUNCTS for k in verb.rights)


def _someone(tok: Token, lex: CueLexicon) -> bool:
    """Whether a subject names a person or a body that can ask or promise."""
    if tok.tag_ == "PRP":
        return tok.lower_ in PERSON_PRONOUNS
    if tok.ent_type_ in AGENT_ENTS or tok.tag_ in ("NNP", "NNPS"):
        return True
    low = tok.lower_
    return low in lex.person_nouns or low in lex.body_nouns or low in lex.title_nouns


def _verb_kind(doc: Doc, tok: Token, lex: CueLexicon) -> str | None:
    """ "speech", "evidence" ("polls show"), "belief" ("X believes …"), "directive"
    ("urged X to") or "intent" ("plans to"), or None."""
    if lex.base(tok.text) is not None and is_cue(doc, tok.i, lex) is not None:
        return "speech"
    if lex.evidence(tok.text) is not None and tok.tag_ in FINITE_TAGS:
        return "evidence"
    if lex.belief(tok.text) is not None and tok.tag_ != "VBN":
        return "belief"
    if lex.directive(tok.text) is not None and (
        tok.tag_ != "VBN" or any(k.dep_ == "aux" and k.lower_ in PERFECT for k in tok.lefts)
    ):
        return "directive"
    if lex.intent(tok.text) is not None and tok.tag_ != "VBN" and not tok.is_title:
        return "intent"  # a title-case headline ("Delegates Planning To …") parses badly
    return None


def _content(tok: Token, kind: str, lex: CueLexicon) -> Span | None:
    """Token span of what ``tok`` reports: its clause, or for a directive verb its addressee
    and infinitive ("urged the judge to give …")."""
    clause = _clause(tok)
    if clause is not None:
        bare = kind in ("evidence", "belief") or (lex.base(tok.text) or "") in lex.bare_clause
        if not bare and not _marked(clause):
            return None  # "it continued …": only "that" makes such a verb report speech
        if clause.i < tok.i and not _closes(tok):
            return None  # a clause before the cue is reported only when the cue ends it
        start, end = clause.left_edge.i, _own_end(clause, lex)
        if clause.doc[start].dep_ == "mark" and clause.doc[start].lower_ == "that":
            start += 1  # the complementizer is not part of what was said
        return start, end
    if kind == "speech" and tok.dep_ == "advcl" and _as_clause(tok):
        return _host(tok)  # "…, as Clinton supporters point out."
    if lex.directive(tok.text) is None and lex.intent(tok.text) is None:
        return None
    for k in tok.rights:
        if k.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in k.lefts):
            return min(tok.i + 1, k.left_edge.i), k.right_edge.i + 1
    return None


def _as_clause(verb: Token) -> bool:
    """ "as X noted": the cue sits in an "as"-clause with no object of its own."""
    kids = list(verb.children)
    has_as = any(k.dep_ == "mark" and k.lower_ == "as" for k in kids)
    return has_as and not any(k.dep_ in ("dobj", "ccomp", "xcomp", "attr") for k in kids)


def _host(verb: Token) -> Span | None:
    """The clause an "as X said" clause comments on: its head's clause without it."""
    head = verb.head
    lo, hi = verb.left_edge.i, verb.right_edge.i + 1
    if lo > head.i:  # "CLAUSE, as X said."
        return head.left_edge.i, lo
    if hi <= head.i:  # "As X said, CLAUSE."
        return hi, head.right_edge.i + 1
    return None


def _noun_report(noun: Token, lex: CueLexicon) -> tuple[Span, Span, str] | None:
    """ "Trump's claim that Mexico will pay": a report noun, its owner and its clause."""
    owner = _owner(noun)
    if owner is None:
        return None
    doc = noun.doc
    clause = next(
        (k for k in noun.rights if k.dep_ in ("acl", "ccomp") and _marked(k) and _full_clause(k)),
        None,
    )
    if clause is not None:
        start = clause.left_edge.i
        if doc[start].lower_ == "that":
            start += 1
        return _trim(doc, start, clause.right_edge.i + 1), _speaker_span(owner, lex), noun.text
    return None


def _owner(noun: Token) -> Token | None:
    """Who a report noun belongs to: a possessor ("Pence's call"), a group or person named as
    its modifier ("Republican calls") or a "from"/"by" phrase ("calls from her rivals")."""
    for k in noun.children:
        if k.dep_ == "poss":
            return k
        if k.i < noun.i and k.dep_ in ("amod", "compound") and k.ent_type_ in OWNER_ENTS:
            return k
        if k.i > noun.i and k.dep_ == "prep" and k.lower_ in ("from", "by"):
            obj = next((c for c in k.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.ent_type_ in OWNER_ENTS or obj.tag_ in ("NNP", "NNPS")):
                return obj
    return None


def find_syntactic(doc: Doc, lex: CueLexicon, skip: set[int]) -> list[tuple[Span, Span, str]]:
    """(content, speaker, cue text) for each reporting verb with a subject and a clausal (or,
    for directives, infinitival) complement; verbs at token indices in ``skip`` (inside
    direct quotes) are ignored."""
    if not doc.has_annotation("DEP"):
        return []
    out: list[tuple[Span, Span, str]] = []
    for tok in doc:
        if tok.i in skip:
            continue
        if tok.tag_ in ("NN", "NNS"):
            if tok.lower_ in lex.report_nouns:
                hit = _noun_report(tok, lex)
                if hit is not None:
                    out.append(hit)
            continue
        if not tok.tag_.startswith("VB"):
            continue
        kind = _verb_kind(doc, tok, lex)
        if kind is None:
            continue
        content = _content(tok, kind, lex)
        if content is None:
            continue
        subj = _subject(tok, lex)
        if subj is None or (kind == "evidence" and subj.lower_ not in lex.document_nouns):
            continue  # "polls show …" reports; "he showed …" does not
        infinitive = _clause(tok) is None  # "promised to …": a pledge needs someone to make it
        if infinitive and tok.dep_ == "relcl":
            continue  # "X, who has pledged to …": a relative clause recalls, it does not report
        if (infinitive or kind in ("directive", "belief", "intent")) and not _someone(subj, lex):
            continue  # "the debate promised to be close", "it feels like …"
        speaker = _speaker_span(subj, lex)
        if speaker[1] <= tok.i and subj.head is tok:
            # the subject stands right before its verb: the tag reading knows the appositive
            # and title conventions ("a top aide for the Kremlin, Yuri Ushakov told")
            near = speaker_before(doc, tok.i, subj.left_edge.i)
            speaker = near if near is not None else speaker
        start, end = content
        if start < tok.i < end:
            continue  # the cue sits inside its own clause: a misparse
        if start <= speaker[0] < end:
            end = speaker[0]  # "CLAUSE, X said": never let the speaker into the content
        out.append((_trim(doc, start, end), speaker, tok.text))
    return out
