"""Finding text that repeats earlier text: forum quotes, re-posted lines, echoed sentences.

Replies in flattened threads carry the quoted text inline, without markers. We index every
original sentence twice: by the hash of its normalised form (whole-sentence repeats) and by
hashed word shingles (partial repeats, e.g. a reply quoting half a sentence). Checking a new
sentence costs O(words), so a page is processed in linear time, never O(n^2) on characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_NON_WORD = re.compile(r"[^\w]+")

SHINGLE = 5  # words per shingle
MIN_EXACT_CHARS = 20  # shorter sentences only count as repeats when identical lines
MIN_SHINGLE_WORDS = 7  # partial matching needs this many words
COVERAGE = 0.9  # share of a sentence's shingles seen before
MIN_QUOTED_WORDS = 3  # a phrase in quotation marks this long may be a quote of earlier text
MIN_QUOTED_CHARS = 12
MAX_QUOTED_SPANS = 4  # quoted phrases checked per sentence
MAX_QUOTE_SCAN = 400_000  # characters of earlier text searched for one quoted phrase

# A phrase in quotation marks inside a reader's sentence ("“within weeks, not months” — ...").
_QUOTED = re.compile(r"[“\"]([^“”\"\n]{8,300})[”\"]")
_LEFTOVER = " \t—–-:;,."


def normal_words(text: str) -> list[str]:
    """Lower-cased word tokens, punctuation and quote marks gone ("…“We’ve" → "we", "ve")."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return [w for w in _NON_WORD.split(folded) if w]


def line_key(text: str) -> str:
    """Identity of a line for collapsing: its words, or the bare text if it has none."""
    return " ".join(normal_words(text)) or " ".join(text.split())


def split_sentences(text: str) -> list[str]:
    """Sentences of one line/paragraph, by terminal punctuation followed by a space."""
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


@dataclass
class Piece:
    """A sentence of a checked paragraph and, if it repeats earlier text, whose it was."""

    text: str
    owner: str | None


@dataclass
class RepeatIndex:
    """Sentences and shingles of original text, each mapped to its first owner."""

    sentences: dict[str, str] = field(default_factory=dict)
    shingles: dict[int, str] = field(default_factory=dict)
    lines: dict[str, str] = field(default_factory=dict)
    flat: dict[str, list[str]] = field(default_factory=dict)  # owner -> its normalised text

    def add(self, text: str, owner: str) -> None:
        """Register ``text`` (one line or paragraph) as original text of ``owner``."""
        self.lines.setdefault(line_key(text), owner)
        self.flat.setdefault(owner, []).append(" ".join(normal_words(text)))
        for sentence in split_sentences(text):
            ws = normal_words(sentence)
            if not ws:
                continue
            self.sentences.setdefault(" ".join(ws), owner)
            for h in _shingle_hashes(ws):
                self.shingles.setdefault(h, owner)

    def line_owner(self, text: str) -> str | None:
        """Owner of an identical earlier line (any length), else None."""
        key = line_key(text)
        return self.lines.get(key) if key else None

    def sentence_owner(self, sentence: str) -> str | None:
        """Owner of earlier text this sentence repeats wholly or (mostly) in part."""
        ws = normal_words(sentence)
        key = " ".join(ws)
        if len(key) >= MIN_EXACT_CHARS and key in self.sentences:
            return self.sentences[key]
        if len(ws) < MIN_SHINGLE_WORDS:
            return None
        hashes = _shingle_hashes(ws)
        owners = Counter(self.shingles[h] for h in hashes if h in self.shingles)
        if sum(owners.values()) >= COVERAGE * len(hashes):
            return owners.most_common(1)[0][0]
        return None

    def phrase_owner(self, phrase: str) -> str | None:
        """Owner of earlier text containing ``phrase`` word for word (body first, then newest)."""
        ws = normal_words(phrase)
        key = " ".join(ws)
        if len(ws) < MIN_QUOTED_WORDS or len(key) < MIN_QUOTED_CHARS:
            return None
        needle = f" {key} "
        owners = list(self.flat)
        order = (["body"] if "body" in self.flat else []) + [o for o in owners[::-1] if o != "body"]
        scanned = 0
        for owner in order:
            for text in self.flat[owner]:
                scanned += len(text)
                if needle in f" {text} ":
                    return owner
                if scanned > MAX_QUOTE_SCAN:
                    return None
        return None

    def pieces(self, text: str) -> list[Piece]:
        """``text`` cut into sentences, each with the owner it repeats (None: new text)."""
        whole = self.line_owner(text)
        if whole is not None:
            return [Piece(text, whole)]
        return [Piece(s, self.sentence_owner(s)) for s in split_sentences(text)]


def _shingle_hashes(ws: list[str]) -> list[int]:
    if len(ws) < SHINGLE:
        return [hash(tuple(ws))]
    return [hash(tuple(ws[i : i + SHINGLE])) for i in range(len(ws) - SHINGLE + 1)]


@dataclass
class Stripped:
    """A block with its repeats taken out: kept lines, what it quoted, what was removed.

    ``kept`` is aligned with the input lines: None where the whole line was a repeat.
    """

    kept: list[str | None]
    quotes: list[str]
    removed: list[str]
    first_repeats: bool  # the block's first sentence repeats earlier text (a leading quote)


def strip_repeats(lines: list[str], index: RepeatIndex, own: str) -> Stripped:
    """Remove sentences of ``lines`` that repeat earlier text; register the rest as ``own``'s.

    A whole-line match counts at any length against the body (identical lines collapse) but
    needs ``MIN_EXACT_CHARS`` against other comments, so two readers writing "Agreed." are not
    taken as quoting each other. Repeats of ``own`` text collapse without a quote.
    """
    kept: list[str | None] = []
    quotes: list[str] = []
    removed: list[str] = []
    first: bool | None = None
    for line in lines:
        owner = index.line_owner(line)
        short = len(" ".join(normal_words(line))) < MIN_EXACT_CHARS
        if owner is not None and (owner in ("body", own) or not short):
            pieces = [Piece(line, owner)]
        else:
            pieces = [Piece(s, index.sentence_owner(s)) for s in split_sentences(line)]
            pieces = [q for p in pieces for q in _split_quoted(p, index)]
        new = [p.text for p in pieces if p.owner is None]
        for p in pieces:
            if first is None:
                first = p.owner is not None
            if p.owner is None:
                continue
            removed.append(p.text)
            if p.owner != own and p.owner not in quotes:
                quotes.append(p.owner)
        if new:
            text = " ".join(new)
            kept.append(text)
            index.add(text, own)
        else:
            kept.append(None)
    return Stripped(kept, quotes, removed, bool(first))


def _split_quoted(piece: Piece, index: RepeatIndex) -> list[Piece]:
    """A new sentence with quoted phrases of earlier text cut out as repeats of their owner.

    Readers quote a few words of the article in quotation marks ("“within weeks, not months”
    — we heard that before"): too short for sentence matching, but the marks make it safe to
    look the phrase up word for word.
    """
    if piece.owner is not None:
        return [piece]
    out: list[Piece] = []
    rest = piece.text
    for m in list(_QUOTED.finditer(piece.text))[:MAX_QUOTED_SPANS]:
        owner = index.phrase_owner(m.group(1))
        if owner is None:
            continue
        out.append(Piece(m.group(0), owner))
        rest = rest.replace(m.group(0), " ", 1)
    if not out:
        return [piece]
    rest = " ".join(rest.split()).lstrip(_LEFTOVER).rstrip(" \t—–-:;,")
    if normal_words(rest):
        out.append(Piece(rest, None))
    return out
