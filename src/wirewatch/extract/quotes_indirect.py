"""Indirect (reported) speech without quotation marks, from tags and the cue lexicon.

When the Doc is parsed, ``quotes_syntax`` finds reported clauses first (any number per
sentence); these tag patterns then fill in sentences the parse left out, one per sentence,
first match wins (PolNeAR-style attributions do not nest), with ``quotes_forms`` adding the
headline "Speaker: claim" and the interjected "PART, X says, PART"; last, ``quotes_objects``
adds stances with a noun-phrase object ("X criticized the accord") where nothing else stands:

* ``X was quoted as saying (that) CLAUSE``
* ``X said/told RT/noted ... that CLAUSE`` and, for verbs safe without "that"
  (``bare_clause_verbs``), ``X said CLAUSE``; for addressee verbs ("told RT", "told reporters
  on Friday") the addressee is skipped, so a media outlet there is never the speaker
* ``CLAUSE, X said.`` / ``CLAUSE, said X.``
* ``according to X, CLAUSE`` / ``CLAUSE, according to X.`` — only when the sentence has no
  speech verb with its own speaker, so "Lavrov said, according to TASS, that …" credits Lavrov.

The content runs to the end of the sentence (or from its start to the comma before the
speaker), without the final punctuation.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.extract.quotes_cues import CueLexicon, load_cues
from wirewatch.extract.quotes_direct import Found, TokenIndex, _according_at, is_cue
from wirewatch.extract.quotes_forms import colon_headline, interjected
from wirewatch.extract.quotes_objects import find_objects
from wirewatch.extract.quotes_speakers import (
    noun_phrase_after,
    speaker_before,
)
from wirewatch.extract.quotes_syntax import find_syntactic

CLAUSE_START = {
    *("PRP", "DT", "NNP", "NNPS", "NN", "NNS", "CD", "EX", "PDT", "JJ", "PRP$", "WRB"),
    "VBG",  # a gerund subject: "he said legalizing it could create jobs"
}
BE_FORMS = {"is", "was", "were", "are", "be", "been", "being"}
MIN_CONTENT_WORDS = 3
CLAUSE_VERBS = {"VBD", "VBZ", "VBP", "MD", "VB"}
OBJECT_PRONOUNS = {"him", "her", "them", "us", "me"}
MAX_SOURCE_TAIL = 20  # tokens from an "according to" phrase's head to its closing comma
MAX_GAP = 7  # tokens between a cue and its "that" ("told reporters on Friday that")
MAX_TIME_WORDS = 4
TIME_ENTS = frozenset({"DATE", "TIME"})


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence token ranges, also cut at line breaks (the senter may join paragraphs)."""
    out: list[tuple[int, int]] = []
    start = 0
    for tok in doc:
        if tok.i > start and tok.is_sent_start:
            out.append((start, tok.i))
            start = tok.i
        if "\n" in tok.text and tok.is_space:
            if tok.i > start:
                out.append((start, tok.i))
            start = tok.i + 1
    if len(doc) > start:
        out.append((start, len(doc)))
    return out


def _content_end(doc: Doc, start: int, end: int) -> int:
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def _words(doc: Doc, a: int, b: int) -> int:
    return sum(1 for t in doc[a:b] if t.is_alpha or t.like_num)


def _that_after(doc: Doc, k: int, hi: int, lex: CueLexicon, base: str) -> tuple[int, bool]:
    """Start of the reported clause after a cue ending at ``k``, and whether "that" marked it."""
    if base in lex.addressee:
        addressee = noun_phrase_after(doc, k, hi)
        if addressee is not None:
            k = addressee[1]
    for j in range(k, min(hi, k + MAX_GAP)):
        if doc[j].lower_ == "that" and doc[j].tag_ in ("IN", "WDT", "DT"):
            return j + 1, True
        if doc[j].lower_ == "according":
            continue  # "said, according to TASS, that ..."
        if doc[j].tag_.startswith("VB") or doc[j].text in (":", ";") or doc[j].is_quote:
            break
    return k, False


def _past_time(doc: Doc, k: int, hi: int) -> int:
    """Index after the date or time words that open a bare reported clause: "said Saturday
    night the talks …" reports "the talks …", and "said Sunday in Virginia as the crowd
    roared" reports nothing (what follows the date is no clause)."""
    j = k
    while j < hi and j - k < MAX_TIME_WORDS and doc[j].ent_type_ in TIME_ENTS:
        j += 1
    return j


def _clause_follows(doc: Doc, k: int, hi: int) -> bool:
    if k >= hi or doc[k].tag_ not in CLAUSE_START:
        return False
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[k + 1 : hi])


def _final_cue(doc: Doc, j: int, hi: int) -> bool:
    """The cue (and its speaker) closes the sentence: "..., X said (on Friday)." """
    rest = [t for t in doc[j + 1 : hi] if not t.is_punct]
    return len(rest) <= 4 and not any(t.tag_.startswith("VB") for t in rest)


def _comma_before(doc: Doc, lo: int, first: int) -> int | None:
    if first - 1 >= lo and doc[first - 1].text in (",", "—", "–"):
        return first - 1
    return None


def _sentence_quote(doc: Doc, lo: int, hi: int, lex: CueLexicon, quoted: set[int]) -> tuple | None:
    """(content tokens, speaker tokens, cue text) for the first attribution in a sentence."""
    according: tuple | None = None
    for j in range(lo, hi):
        if j in quoted:
            continue  # a cue inside a direct quote belongs to the quoted speaker's story
        rest = _according_at(doc, j, lex)
        if rest is not None and according is None:
            according = _according(doc, lo, hi, j, rest)
            continue
        base = is_cue(doc, j, lex) or _evidence_cue(doc, j, lo, lex)
        if base is None:
            continue
        tok = doc[j]
        prev = doc[j - 1].lower_ if j > lo else ""
        if tok.tag_ == "VBN" and prev in BE_FORMS:
            continue  # "was told", "is said to": passive, the subject is not the speaker
        k = j + 1 + (1 if lex.phrasal.get(base) else 0)
        if tok.lower_ in ("saying", "telling") and prev == "as" and j - 2 >= lo:
            speaker = speaker_before(doc, j - 2, lo)  # "X was quoted as saying"
        else:
            speaker = speaker_before(doc, j, lo)
        if speaker is not None:
            start, marked = _that_after(doc, k, hi, lex, base)
            if not marked:
                start = _past_time(doc, start, hi)  # "said Sunday (that) …"
            bare = base in lex.bare_clause or lex.evidence(base) is not None
            if marked or (bare and _clause_follows(doc, start, hi)):
                return (start, _content_end(doc, start, hi)), speaker, tok.text
            comma = _comma_before(doc, lo, speaker[0])
            if comma is not None and _final_cue(doc, j, hi):
                return (lo, _content_end(doc, lo, comma)), speaker, tok.text
            if k < hi and doc[k].text == ":":
                return (k + 1, _content_end(doc, k + 1, hi)), speaker, tok.text
            inner = interjected(doc, lo, hi, speaker, k)
            if inner is not None:  # "This campaign, he says, is different"
                return (inner[0], _content_end(doc, inner[0], inner[1])), speaker, tok.text
            continue
        comma = _comma_before(doc, lo, j)
        if comma is not None:
            after = noun_phrase_after(doc, k, hi)
            if after is not None and _final_cue(doc, after[1] - 1, hi):
                return (lo, _content_end(doc, lo, comma)), after, tok.text
    return according


def _evidence_cue(doc: Doc, j: int, lo: int, lex: CueLexicon) -> str | None:
    """Base of a finite evidence verb whose subject is a document ("the records show")."""
    base = lex.evidence(doc[j].text)
    if base is None or doc[j].tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subject = speaker_before(doc, j, lo)
    if subject is None or doc[subject[1] - 1].lower_ not in lex.document_nouns:
        return None
    return base


def _according(doc: Doc, lo: int, hi: int, j: int, rest: int) -> tuple | None:
    if rest < hi and doc[rest].lower_ in OBJECT_PRONOUNS:
        speaker: tuple[int, int] | None = (rest, rest + 1)  # "according to him, …"
    else:
        speaker = noun_phrase_after(doc, rest, hi)
    if speaker is None or doc[speaker[1] - 1].lower_ in load_cues().not_sources:
        return None  # "as per Washington's plan": a plan says nothing
    end = speaker[1]
    if _opens(doc, lo, j):  # (But) according to X (conducted by Y for Z), CLAUSE
        comma = _source_comma(doc, end, hi)
        if comma is not None:
            return (comma + 1, _content_end(doc, comma + 1, hi)), speaker, "according to"
        return None
    comma = _comma_before(doc, lo, j)
    if comma is not None:  # CLAUSE, according to X.
        return (lo, _content_end(doc, lo, comma)), speaker, "according to"
    if _final_cue(doc, end - 1, hi) and _clause_follows(doc, lo, j):
        return (lo, _content_end(doc, lo, j)), speaker, "according to"  # CLAUSE according to X.
    return None


def _opens(doc: Doc, lo: int, j: int) -> bool:
    """Token ``j`` starts the sentence, but for conjunctions and adverbs ("But, …")."""
    return all(t.tag_ in ("CC", "RB", ",") for t in doc[lo:j])


def _source_comma(doc: Doc, end: int, hi: int) -> int | None:
    """The comma closing a sentence-initial "according to" phrase that may run on past its
    noun phrase ("According to early results of exit polls conducted by X for Y, …")."""
    for k in range(end, min(hi, end + MAX_SOURCE_TAIL)):
        if doc[k].text == ",":
            return k if k + 1 < hi else None
        if doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD") or doc[k].text in (":", ";"):
            return None
    return None


def _headline(doc: Doc, lo: int, hi: int, lex: CueLexicon) -> tuple | None:
    hit = colon_headline(doc, lo, hi, lex)
    if hit is None:
        return None
    (a, b), speaker, cue = hit
    return (a, _content_end(doc, a, b)), speaker, cue


def find_indirect(doc: Doc, quoted: list[tuple[int, int]]) -> list[Found]:
    """Reported speech per sentence; cue words inside ``quoted`` (direct quotes) are ignored.

    With a parse, each speech verb's own clause comes first (several per sentence, exact
    bounds); the tag patterns then fill in what the parse missed, one per sentence.
    The content may contain quoted words (a mixed quote); ``find_quotes`` decides its kind.
    """
    lex = load_cues()
    ti = TokenIndex(doc)
    inside: set[int] = set()
    for a, b in quoted:
        inside.update(range(ti.at(max(0, a)), ti.at(max(0, b - 1)) + 1))
    hits = find_syntactic(doc, lex, inside)
    sentences = _sentences(doc)
    for n, (lo, hi) in enumerate(sentences):
        line_end = hi
        if doc[hi - 1].text == ":" and n + 1 < len(sentences) and sentences[n + 1][0] == hi:
            line_end = sentences[n + 1][1]  # "Ann Coulter: …" split by the senter at the colon
        hit = _sentence_quote(doc, lo, hi, lex, inside) or _headline(doc, lo, line_end, lex)
        if hit is not None:
            hits.append(hit)
    clausal = len(hits)
    hits.extend(find_objects(doc, lex, inside))  # stances after clauses: a clause reads first
    out: list[Found] = []
    for n, ((a, b), speaker, cue) in enumerate(hits):
        if b <= a:
            continue
        if n < clausal and _words(doc, a, b) < MIN_CONTENT_WORDS:
            continue
        if n < clausal and cue != ":" and not any(t.tag_ in CLAUSE_VERBS for t in doc[a:b]):
            continue  # "In a speech last July, he said.": what was said is a clause
        start, end = ti.chars((a, b))
        if any(start < f.end and f.start < end for f in out):
            continue
        out.append(Found(start, end, "indirect", cue, ti.chars(speaker), True))
    return sorted(out, key=lambda f: f.start)
