"""Speaker phrases from part-of-speech tags, without the dependency parser.

A speaker is the noun phrase right before a cue ("a top Russian CSTO official told"), or right
after an inverted one ("said the spokesperson"). The phrase is grown over noun-phrase tags,
so it ends at verbs, clause punctuation and most prepositions; "of" joins nouns ("the head of
the delegation"). An appositive ("Zakharova, the spokeswoman, said") yields the name before
it, which is what an actor resolver can use. A document head ("a statement from the
Kremlin") yields who issued it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.extract.quotes_cues import load_cues

NP_TAGS = {"NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "DT", "PRP$", "POS", "CD", "HYPH"}
NP_ENTS = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
HEAD_TAGS = {"NNP", "NNPS", "NN", "NNS", "PRP"}
JOINERS = {"of", "for", "at", "&", "and"}
SKIP_WORDS = {
    "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "did",
    "does", "do", "also", "later", "then", "once", "again", "recently", "previously",
    "repeatedly", "publicly", "privately", "reportedly", "earlier", "just", "not",
    "never", "further", "separately", "already", "still", "often", "frequently",
}  # fmt: skip
MAX_SPEAKER_TOKENS = 12
NOT_SPEAKER_ENTS = {"DATE", "TIME"}  # "Earlier on Friday, a top official told …"
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
QUOTE_CHARS = set("“”\"«»‘’'")

Span = tuple[int, int]  # token indices [start, end)


def _is_np_token(doc: Doc, j: int) -> bool:
    t = doc[j]
    if t.text in QUOTE_CHARS or t.is_space:
        return False
    if t.tag_ in NP_TAGS or t.ent_type_ in NP_ENTS:
        return not (t.tag_.startswith("VB") and t.ent_type_ == "")
    # "Kabul-based", "U.S.-backed": a participle joined by a hyphen modifies the noun
    return t.tag_ in ("VBN", "VBG") and j > 0 and doc[j - 1].tag_ == "HYPH"


def _joins(doc: Doc, j: int, lo: int, hi: int) -> bool:
    """A preposition/conjunction between two noun-phrase tokens ("head of the delegation")."""
    if doc[j].lower_ not in JOINERS or j - 1 < lo or j + 1 >= hi:
        return False
    if doc[j].lower_ == "and":  # "Smith and Wesson" but not "Trump and Clinton said"
        return doc[j - 1].ent_type_ == "ORG" and doc[j + 1].ent_type_ == "ORG"
    return _is_np_token(doc, j - 1) and _is_np_token(doc, j + 1)


def _valid(doc: Doc, start: int, end: int) -> Span | None:
    while start < end and (
        doc[start].tag_ in {"POS", "HYPH", "CC", ","}
        or (
            doc[start].ent_type_ in NOT_SPEAKER_ENTS
            and doc[end - 1].ent_type_ not in NOT_SPEAKER_ENTS
        )
    ):
        start += 1  # "On Friday Alex Younger said": the date is not part of the speaker
    while end > start and doc[end - 1].tag_ in ("DT", "HYPH", "POS", "PRP$", "JJ", "CD"):
        end -= 1
    if end <= start or doc[end - 1].tag_ not in HEAD_TAGS:
        return None
    if all(doc[k].ent_type_ in NOT_SPEAKER_ENTS for k in range(start, end)):
        return None  # a date or a time is never a speaker
    if end - start > MAX_SPEAKER_TOKENS:
        start = end - MAX_SPEAKER_TOKENS
    return (start, end)


def _skip_left(doc: Doc, j: int, lo: int) -> int:
    """Index of the last token before ``j`` that is not an adverb or auxiliary."""
    while j >= lo and (doc[j].tag_ in ("RB", "RBR", "MD") or doc[j].lower_ in SKIP_WORDS):
        j -= 1
    return j


def noun_phrase_before(doc: Doc, end: int, lo: int) -> Span | None:
    """The noun phrase ending at token ``end`` (exclusive), not reaching before ``lo``."""
    j = end - 1
    while j >= lo and (_is_np_token(doc, j) or _joins(doc, j, lo, end)):
        j -= 1
    return _valid(doc, j + 1, end)


def noun_phrase_after(doc: Doc, start: int, hi: int) -> Span | None:
    """The noun phrase starting at token ``start``, not reaching ``hi``."""
    j = start
    while j < hi and (_is_np_token(doc, j) or _joins(doc, j, start, hi)):
        j += 1
    span = _valid(doc, start, j)
    if span is None or span[0] != start:
        return span
    return _appositive_name(doc, _issuer(doc, span, hi), hi)


def _appositive_name(doc: Doc, span: Span, hi: int) -> Span:
    """ "said political expert, Haroon Mir, in …": widen a title to the name after it."""
    end = span[1]
    if doc[end - 1].tag_ not in ("NN", "NNS") or end + 1 >= hi or doc[end].text != ",":
        return span
    k = end + 1
    while k < hi and k - end <= 5 and doc[k].tag_ in ("NNP", "NNPS"):
        k += 1
    if k == end + 1 or (k < hi and doc[k].text not in (",", ".", ";") and doc[k].tag_ != "IN"):
        return span
    return (span[0], k)


def _issuer(doc: Doc, span: Span, hi: int) -> Span:
    """A document head names its issuer: "a statement from the Kremlin" -> "the Kremlin"."""
    end = span[1]
    lex = load_cues()
    if (
        doc[end - 1].lower_ in lex.document_nouns
        and end < hi
        and doc[end].lower_
        in (
            "from",
            "by",
            "of",
        )
    ):
        inner = noun_phrase_after(doc, end + 1, hi)
        if inner is not None:
            return inner
    return span


def _skip_parenthesis(doc: Doc, j: int, lo: int) -> int:
    """Index of the token before a "( … )" group ending at ``j`` (or ``j`` itself)."""
    if doc[j].text != ")":
        return j
    for k in range(j - 1, max(lo, j - 12) - 1, -1):
        if doc[k].text == "(":
            return k - 1 if k - 1 >= lo else j
    return j


def _main_subject(doc: Doc, comma: int, lo: int) -> Span | None:
    """Subject of the finite verb before a participle clause ("Sanders wrote, saying ...")."""
    for k in range(comma - 1, lo - 1, -1):
        if doc[k].tag_ in ("VBD", "VBZ", "VBP"):
            j = _skip_left(doc, k - 1, lo)
            if j >= lo and doc[j].tag_ == "PRP":
                return (j, j + 1) if doc[j].lower_ in load_cues().pronouns else None
            return noun_phrase_before(doc, j + 1, lo) if j >= lo else None
    return None


def _conjunct_subject(doc: Doc, cue: int, lo: int) -> Span | None:
    """Subject of the verb a coordinated cue is joined to (from the parse, when there is one)."""
    tok = doc[cue]
    if not doc.has_annotation("DEP") or tok.dep_ != "conj":
        return None
    subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i >= lo]
    if not subjects:
        return None
    subj = subjects[0]
    if subj.tag_ == "PRP":
        return (subj.i, subj.i + 1) if subj.lower_ in load_cues().pronouns else None
    return noun_phrase_before(doc, subj.i + 1, lo)


def speaker_before(doc: Doc, cue: int, lo: int) -> Span | None:
    """Speaker of a cue verb at token ``cue``: pronoun, noun phrase, or name before an
    appositive or relative clause ("Trump, who spoke in Ohio, said")."""
    j = _skip_left(doc, cue - 1, lo)
    if j < lo:
        return None
    if doc[cue].tag_ == "VBG" and doc[j].text == ",":
        return _main_subject(doc, j, lo)  # "X did Y, saying ..."
    if doc[j].lower_ in ("but", "and") and doc[cue].tag_ in ("VBD", "VBZ"):
        # "the family said they were shocked by what Begum told …, but cautioned:" – the
        # coordinated verb shares its first conjunct's subject, not a relative clause's
        return _conjunct_subject(doc, cue, lo)
    j = _skip_parenthesis(doc, j, lo)
    if doc[j].text == "," and j - 1 >= lo and doc[j - 1].text == ")":
        j = _skip_parenthesis(doc, j - 1, lo) + 1  # "Gov. John Kasich (R-OH), said"
        span = noun_phrase_before(doc, j, lo)
        if span is not None:
            return span
    tok = doc[j]
    lex = load_cues()
    if tok.tag_ == "PRP":
        return (j, j + 1) if tok.lower_ in lex.pronouns else None
    if tok.text == ",":
        k = j - 1
        while k >= lo and k > j - 16 and doc[k].text != ",":
            k -= 1
        if k >= lo and doc[k].text == ",":
            name = noun_phrase_before(doc, k, lo)
            if name is not None:
                return _name_after_title(doc, name, k, j) or name
        return None
    span = noun_phrase_before(doc, j + 1, lo)
    if span is None:
        return None
    # "Maria Zakharova, the ministry's spokeswoman said": prefer the name before the comma
    s = span[0]
    if s - 1 > lo and doc[s - 1].text == "," and doc[s].tag_ == "DT":
        name = noun_phrase_before(doc, s - 1, lo)
        if (
            name is not None
            and doc[name[1] - 1].tag_ in ("NNP", "NNPS")
            and not (name[0] > lo and doc[name[0] - 1].tag_ in ("IN", "RB", "RBR"))
        ):
            return name  # not "Earlier on Friday, a top official said"
    return span


def _name_after_title(doc: Doc, title: Span, comma: int, close: int) -> Span | None:
    """ "The shadow home secretary, Diane Abbott, said": the name set off after a title.

    Only a definite or possessed common-noun title before the first comma and a proper name alone
    between the commas; "Trump, the president, said" keeps the name before the comma.
    """
    definite = doc[title[0]].lower_ == "the" or any(
        doc[k].tag_ in ("POS", "PRP$") for k in range(*title)
    )  # "the deputy", "Lavrov’s deputy", "their solicitor"
    if not definite or doc[title[1] - 1].tag_ not in ("NN", "NNS"):
        return None
    inner = range(comma + 1, close)
    if not inner or not all(doc[k].tag_ in ("NNP", "NNPS", "HYPH") for k in inner):
        return None
    return (comma + 1, close)


def sentence_subject(doc: Doc, lo: int, hi: int) -> tuple[Span, int] | None:
    """Subject and finite verb of the first clause in tokens ``[lo, hi)`` that has one.

    For quoted words with no speech verb ("Cruz is praising Bush as “a man who …”", "Trump,
    who leads, mocked Rubio for “having a tough night”") the sentence subject is the speaker.
    """
    for k in range(lo, hi):
        tok = doc[k]
        if tok.tag_ not in FINITE_TAGS or tok.text in QUOTE_CHARS:
            continue
        if k > lo and doc[k - 1].lower_ in ("who", "which", "that"):
            continue
        span = speaker_before(doc, k, lo)
        if span is not None:
            return span, k
    return None
