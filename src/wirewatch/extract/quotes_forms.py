"""Two attribution forms with no clause after the cue, found from tags.

* Headline colon: ``Speaker: CLAUSE`` ("Lynch: No outside influence on FBI probe") — news
  headlines drop the speech verb. The speaker must be the whole short phrase before the
  colon and name someone (a person, organisation or group entity, or a person/media/document
  noun such as "official", "newspaper", "poll"); datelines ("MOSCOW:") and labels
  ("UPDATE:", "Photo:") are not speakers.
* Interjected attribution: ``PART, X says, PART`` ("This campaign, he says, is different") —
  the cue splits the reported sentence, so the content is the sentence around it, or the part
  after it when that part is a clause of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.extract.quotes_cues import CueLexicon
from wirewatch.extract.quotes_speakers import noun_phrase_before

Span = tuple[int, int]
HEADLINE_SPEAKER_MAX = 6
HEADLINE_MIN_WORDS = 4
SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP"})
PLACE_ENTS = frozenset({"GPE", "LOC", "DATE", "TIME"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def colon_headline(doc: Doc, lo: int, hi: int, lex: CueLexicon) -> tuple[Span, Span, str] | None:
    """(content, speaker, ":") for a ``Speaker: CLAUSE`` sentence, else None."""
    colon = next((k for k in range(lo + 1, min(hi, lo + HEADLINE_SPEAKER_MAX + 1))
                  if doc[k].text == ":"), None)  # fmt: skip
    if colon is None or colon + 1 >= hi:
        return None
    speaker = noun_phrase_before(doc, colon, lo)
    if speaker is None or speaker != (lo, colon):
        return None
    words = list(doc[lo:colon])
    if any(t.lower_ in lex.colon_not_speakers for t in words):
        return None
    if all(t.is_upper or not t.is_alpha for t in words):
        return None  # "MOSCOW:", "UPDATE:": datelines and labels are set in capitals
    places = any(t.ent_type_ in PLACE_ENTS for t in words)
    head = doc[colon - 1]
    nouns = lex.person_nouns | lex.media_nouns | lex.document_nouns | lex.body_nouns
    # a proper name the tagger saw but NER missed ("Issa:"), unless a place ("Syria: …")
    name = all(t.tag_ in ("NNP", "NNPS") or not t.is_alpha for t in words)
    if not (head.ent_type_ in SPEAKER_ENTS or head.lower_ in nouns or (name and not places)):
        return None
    if sum(1 for t in doc[colon + 1 : hi] if t.is_alpha) < HEADLINE_MIN_WORDS:
        return None  # "Kasich: Now or never" labels a section; a claim says more
    return (colon + 1, hi), speaker, ":"


def interjected(doc: Doc, lo: int, hi: int, speaker: Span, after: int) -> Span | None:
    """Content for "PART, X says, PART": ``speaker`` follows a comma and the cue (ending at
    ``after``) is followed by one; None unless reported words stand on both sides."""
    first = speaker[0]
    if first - 1 <= lo or doc[first - 1].text != "," or after >= hi or doc[after].text != ",":
        return None
    if after + 1 >= hi:
        return None
    tail = doc[after + 1 : hi]
    has_subject = tail[0].tag_ in ("PRP", "DT", "NNP", "NNPS", "NN", "NNS", "EX", "CD")
    if has_subject and any(t.tag_ in FINITE for t in tail):
        return (after + 1, hi)
    return (lo, hi)
