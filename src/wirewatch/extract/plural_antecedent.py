"""The plural subject of the sentence before: what a sentence-opening "they" stands for.

"Aid agencies fear a flood of refugees. They also warned …": the reader takes "they" for
the agencies, not for the nearest group named in between. Only the candidate sentence is
parsed, so the previous sentence's subject is read from its tags: the first noun phrase
before its first finite verb that does not stand after a preposition.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Words that may stand between a preposition and its noun ("in the two northern towns").
MODIFIER_POS = frozenset({"DET", "ADJ", "NUM", "ADV", "PART", "PRON"})
MAX_SUBJECT_SCAN = 25  # tokens into the previous sentence


def _runs(tokens: list[Token]) -> list[list[Token]]:
    """Runs of adjacent nouns, "X and Y" joined into one."""
    runs: list[list[Token]] = []
    for tok in tokens:
        joined = runs and len(runs[-1]) and runs[-1][-1].i == tok.i - 1
        if tok.pos_ in NOUN_POS:
            if joined:
                runs[-1].append(tok)
            else:
                runs.append([tok])
        elif tok.lower_ == "and" and joined and runs[-1][-1].pos_ in NOUN_POS:
            runs[-1].append(tok)
    return [run for run in runs if run[-1].pos_ in NOUN_POS]


def _after_preposition(run: list[Token]) -> bool:
    k = run[0].i - 1
    sent_start = run[0].sent.start
    while k >= sent_start and run[0].doc[k].pos_ in MODIFIER_POS:
        k -= 1
    return k >= sent_start and run[0].doc[k].pos_ == "ADP"


def previous_plural_subject(sent: Span) -> tuple[int, int] | None:
    """Character span (in the unit's text) of the previous sentence's subject when it is a
    plural noun phrase ("aid agencies", "Kurdish officials", "Orla and Varo"); else None."""
    if sent.start == 0:
        return None
    prev = sent.doc[sent.start - 1].sent
    tokens: list[Token] = []
    for tok in list(prev)[:MAX_SUBJECT_SCAN]:
        if tok.tag_ in FINITE_TAGS:
            break
        tokens.append(tok)
    else:
        return None  # no finite verb: a heading or a fragment
    subject = next((run for run in _runs(tokens) if not _after_preposition(run)), None)
    if subject is None:
        return None
    plural = subject[-1].tag_ in PLURAL_TAGS or any(t.lower_ == "and" for t in subject)
    if not plural:
        return None
    return subject[0].idx, subject[-1].idx + len(subject[-1].text)


COMPARING_PREPS = frozenset({"like", "unlike"})


def compared_spans(sent: Span) -> list[tuple[int, int]]:
    """Character spans (in the sentence's doc) of what a "like"/"unlike" phrase compares
    with: "Like Isis, they film themselves" says "they" are not Isis, so no pronoun of the
    sentence stands for it."""
    spans = []
    for tok in sent:
        if tok.lower_ in COMPARING_PREPS and tok.dep_ == "prep":
            for obj in tok.children:
                if obj.dep_ == "pobj":
                    right = obj.right_edge
                    spans.append((obj.left_edge.idx, right.idx + len(right.text)))
    return spans
