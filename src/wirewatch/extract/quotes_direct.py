"""Direct quotes: text in quotation marks and the cue and speaker attached to it.

For each quoted span the cue is looked for right after the closing mark ("“…,” she said",
"“…,” said the spokesperson") and then before the opening mark in the same sentence
("Lavrov said: “…”", "the ministry said the move was “…”"). A quote with no cue of its own
takes the speaker of the quote it continues (a paragraph reopening an unclosed quote) or of a
quote right before it in the same or previous paragraph (news convention).

Scare-quote rule: a quoted phrase of at most ``scare_max_words`` words (3) is speech only when
a cue is *attached* to it — the cue or its speaker follows the closing mark with nothing but
punctuation in between, or precedes the opening mark with at most a colon, comma or "that"
between. Otherwise it is a scare quote or a title and is skipped. Longer quoted text in Title
Case without sentence punctuation ("“The Art of the Deal”") is a title unless a cue is attached.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from wirewatch.extract.quotes_cues import CueLexicon, load_cues
from wirewatch.extract.quotes_marks import MarkSpan, find_mark_spans, paragraphs
from wirewatch.extract.quotes_speakers import (
    QUOTE_CHARS,
    noun_phrase_after,
    sentence_subject,
    speaker_before,
)

WORD = re.compile(r"\w+")
STOPS = {".", "!", "?", ";"}
PERFECT = {"has", "have", "had", "'s", "’s", "having"}
PUNCT_BETWEEN = {",", ":", "—", "–", "-", "that", "..."}
SUBJECT_WINDOW = 60  # tokens back from a quote to look for its sentence's subject
TITLE_BEFORE = {"'s", "’s", "on", "of", "in"}  # "Fox News’s “Hannity,”", "star of “Scandal”"


@dataclass
class Found:
    """A quote before speaker resolution: char spans of content and speaker, and the cue."""

    start: int
    end: int
    kind: str
    cue: str | None = None
    speaker: tuple[int, int] | None = None
    attached: bool = False
    framed: bool = False  # a speech or framing verb of the speaker precedes it in the sentence


class TokenIndex:
    """Character offset to token index, for a Doc over the same text."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = doc.to_array("IDX").tolist()  # no Token objects: much faster

    def at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def chars(self, span: tuple[int, int]) -> tuple[int, int]:
        a, b = span
        return (self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1].text))


def is_cue(doc: Doc, j: int, lex: CueLexicon) -> str | None:
    """Base form of the speech verb at token ``j`` (verb-tagged, phrasal particle present)."""
    tok = doc[j]
    base = lex.base(tok.text)
    if base is None or not tok.tag_.startswith("VB"):
        return None
    if tok.tag_ == "VBN":
        k = j - 1
        while k >= 0 and k > j - 3 and doc[k].tag_ in ("RB", "RBR"):
            k -= 1  # "have already stated"
        coordinated = k >= 0 and k == j - 1 and doc[k].lower_ in ("but", "and")
        named = j + 1 < len(doc) and doc[j + 1].text in (":", ",") and k == j - 1
        named = named and doc[k].tag_ in ("NNP", "NNPS", "PRP")
        if coordinated or named:  # "…, but cautioned:", "Trump tweeted:" tagged as participles
            return _phrasal_ok(doc, j, base, lex)
        if k < 0 or doc[k].lower_ not in PERFECT:
            return None  # "a book called …", "was told": not the speaker's own act of saying
    return _phrasal_ok(doc, j, base, lex)


def _phrasal_ok(doc: Doc, j: int, base: str, lex: CueLexicon) -> str | None:
    """``base`` unless it is a phrasal cue whose particle is missing after token ``j``."""
    particle = lex.phrasal.get(base)
    if particle and (j + 1 >= len(doc) or doc[j + 1].lower_ != particle):
        return None
    return base


def _according_at(doc: Doc, j: int, lex: CueLexicon) -> int | None:
    """Token index just after an "according to"-style phrase starting at ``j``."""
    first = doc[j].lower_
    for phrase in lex.according_to:
        if phrase[0] != first:
            continue
        n = len(phrase)
        if j + n <= len(doc) and tuple(t.lower_ for t in doc[j : j + n]) == phrase:
            return j + n
    return None


def _boundary(tok_text: str) -> bool:
    return tok_text in STOPS or "\n" in tok_text


def _after(doc: Doc, ti: TokenIndex, span: MarkSpan, lex: CueLexicon) -> Found | None:
    """Cue after the closing mark: “…,” she said / “…,” said X / “…,” according to X."""
    close_tok = ti.at(span.close_mark) if span.close_mark is not None else None
    if close_tok is None:
        return None
    lo = close_tok + 1
    hi = min(len(doc), lo + lex.window_after)
    for j in range(lo, hi):
        tok = doc[j]
        if _boundary(tok.text) or tok.text in QUOTE_CHARS:
            break
        rest = _according_at(doc, j, lex)
        if rest is not None:
            sp = noun_phrase_after(doc, rest, hi)
            attached = all(doc[k].text in PUNCT_BETWEEN for k in range(lo, j))
            return Found(span.start, span.end, "direct", "according to", _c(ti, sp), attached)
        base = is_cue(doc, j, lex)
        if base is None:
            continue
        sp = speaker_before(doc, j, lo)
        first = sp[0] if sp else j
        attached = all(doc[k].text in PUNCT_BETWEEN for k in range(lo, first))
        if sp is None and attached:
            k = j + 1 + (1 if lex.phrasal.get(base) else 0)
            sp = noun_phrase_after(doc, k, min(len(doc), k + lex.window_after))
        return Found(span.start, span.end, "direct", doc[j].text, _c(ti, sp), attached)
    return None


def _clause_start(doc: Doc, open_tok: int, window: int, marks: bool = True) -> int:
    """First token of the sentence part before ``open_tok`` (after a stop, or a closing mark
    when ``marks``)."""
    lo = max(0, open_tok - window)
    j = open_tok - 1
    while j >= lo:
        text = doc[j].text
        if "\n" in text and j - 1 >= lo and doc[j - 1].text == ":" and j + 1 == open_tok:
            j -= 1  # "Cruz continued:" closing the paragraph before the quote
            continue
        if _boundary(text) or (marks and text in '”»"'):
            break
        j -= 1
    return j + 1


def _participle_frame(doc: Doc, lo: int, hi: int, lex: CueLexicon) -> int | None:
    """A "…, saying/calling" participle in ``[lo, hi)``: its subject is the main clause's."""
    for k in range(lo, hi):
        tok = doc[k]
        if tok.tag_ != "VBG" or not lex.frames(tok.text):
            continue
        if k == lo or doc[k - 1].text in (",", "and", "—") or doc[k - 1].text in QUOTE_CHARS:
            return k
    return None


def _subject(doc: Doc, ti: TokenIndex, span: MarkSpan, lex: CueLexicon) -> Found | None:
    """The sentence subject for quoted words with no cue ("X mocked Y for “…”")."""
    open_tok = ti.at(span.open_mark)
    first = _clause_start(doc, open_tok, SUBJECT_WINDOW)
    participle = _participle_frame(doc, first, open_tok, lex)
    if participle is not None:  # "X delivered a defense of “…,” saying the city was “…”"
        main = _clause_start(doc, participle, SUBJECT_WINDOW, marks=False)
        hit = sentence_subject(doc, main, participle)
        if hit is not None:
            hit = (hit[0], participle)
    else:
        hit = sentence_subject(doc, first, open_tok)
    if hit is None:
        return None
    sp, verb = hit
    framing = [k for k in range(verb, open_tok) if doc[k].tag_.startswith("VB")]
    framed = any(lex.frames(doc[k].text) for k in framing)
    cue = next((doc[k].text for k in framing if lex.frames(doc[k].text)), doc[verb].text)
    return Found(span.start, span.end, "direct", cue, _c(ti, sp), False, framed)


def _before(doc: Doc, ti: TokenIndex, span: MarkSpan, lex: CueLexicon) -> Found | None:
    """Cue before the opening mark in the same sentence: X said: “…” / X said the … “…”."""
    open_tok = ti.at(span.open_mark)
    first = _clause_start(doc, open_tok, lex.window_before)
    for j in range(open_tok - 1, first - 1, -1):
        rest = _according_at(doc, j, lex)
        if rest is not None:
            sp = noun_phrase_after(doc, rest, open_tok)
            if sp is not None:
                attached = all(doc[k].text in PUNCT_BETWEEN for k in range(sp[1], open_tok))
                return Found(span.start, span.end, "direct", "according to", _c(ti, sp), attached)
        base = is_cue(doc, j, lex)
        if base is None:
            continue
        sp = speaker_before(doc, j, first)
        if sp is None and j == first:  # "Said Dorothy Poynter, who …, “…”"
            sp = noun_phrase_after(doc, j + 1, open_tok)
        if sp is None:
            continue
        between = range(j + 1 + (1 if lex.phrasal.get(base) else 0), open_tok)
        attached = all(doc[k].text in PUNCT_BETWEEN for k in between)
        return Found(span.start, span.end, "direct", doc[j].text, _c(ti, sp), attached, True)
    return None


def _c(ti: TokenIndex, span: tuple[int, int] | None) -> tuple[int, int] | None:
    return ti.chars(span) if span is not None else None


def _is_title(text: str) -> bool:
    words = WORD.findall(text)
    if not words or len(words) > 8 or any(ch in text for ch in ".!?,"):
        return False
    small = {"of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "with", "by"}
    return all(w[0].isupper() or w.lower() in small for w in words)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, and the comma that news style puts inside the closing mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def find_direct(text: str, doc: Doc) -> list[Found]:
    """Direct quotes with their cue and speaker; scare quotes and titles are left out."""
    lex = load_cues()
    ti = TokenIndex(doc)
    spans = find_mark_spans(text)
    paras = [p[0] for p in paragraphs(text)]
    found: list[Found | None] = []
    for span in spans:
        after = _after(doc, ti, span, lex)
        if after is not None and text[span.start : span.end].rstrip().endswith("."):
            nxt = doc[ti.at(span.close_mark) + 1] if span.close_mark is not None else None
            if nxt is None or not nxt.text[:1].islower():
                after = None  # “… .” Trump said Monday … starts a new statement
        before = _before(doc, ti, span, lex)
        pick = next(
            (f for f in (after, before) if f is not None and f.attached and f.speaker),
            None,
        )
        pick = pick or next((f for f in (after, before) if f is not None and f.speaker), None)
        pick = pick or _subject(doc, ti, span, lex) or after or before
        start, end = _trim(text, span.start, span.end)
        if pick is None:
            pick = Found(start, end, "direct")
        pick.start, pick.end = start, end
        if not pick.speaker:
            _inherit(pick, span, spans, found, paras)
        keep = _is_speech(text, pick, lex) and not _is_show_title(doc, ti, span, text)
        found.append(pick if keep else None)
    _backfill(spans, found)
    return [f for f in found if f is not None and f.end > f.start]


def _backfill(spans: list[MarkSpan], found: list[Found | None]) -> None:
    """A quote over several paragraphs is often cued only at its end: share the speaker."""
    for i in range(len(spans) - 1, -1, -1):
        prev_i = spans[i].continues
        cur = found[i]
        if prev_i is None or cur is None or cur.speaker is None:
            continue
        prev = found[prev_i]
        if prev is not None and prev.speaker is None:
            prev.speaker, prev.cue, prev.attached = cur.speaker, cur.cue, True


def _para_index(paras: list[int], char: int) -> int:
    return bisect_right(paras, char) - 1


def _inherit(
    pick: Found, span: MarkSpan, spans: list[MarkSpan], found: list[Found | None], paras: list[int]
) -> None:
    """Speaker of the quote this one continues, or of the quote just before it."""
    if span.continues is not None:
        prev = found[span.continues]
        if prev is not None:
            pick.speaker, pick.cue, pick.attached = prev.speaker, prev.cue, True
        return
    mine = _para_index(paras, span.open_mark)
    for prev in reversed(found):
        if prev is None:
            continue
        if mine - _para_index(paras, prev.start) > 1:
            return
        if prev.speaker:
            pick.speaker, pick.cue = prev.speaker, prev.cue
        return


def _is_show_title(doc: Doc, ti: TokenIndex, span: MarkSpan, text: str) -> bool:
    """A title-cased name after a possessive or "on/of/in": a programme, book or film."""
    open_tok = ti.at(span.open_mark)
    if open_tok == 0 or doc[open_tok - 1].lower_ not in TITLE_BEFORE:
        return False
    return _is_title(text[span.start : span.end].strip().rstrip(",."))


def _is_speech(text: str, f: Found, lex: CueLexicon) -> bool:
    content = text[f.start : f.end]
    words = len(WORD.findall(content))
    if words <= lex.scare_max_words:
        if _is_title(content):
            return f.attached and f.cue is not None
        return (f.attached or f.framed) and f.cue is not None and f.speaker is not None
    if _is_title(content):
        return f.attached and f.cue is not None
    return True
