"""Structural cues that make a capitalised name a place whatever the model tagged it.

News writes places in a few fixed shapes that a small NER model often misreads:

- the dateline that opens a story ("TORRINGTON — City Council…", "COLUMBUS, Ohio (AP) —"),
  which also names where the story is set;
- a legislator's home after a party label ("Sen. Tom Bakk, DFL-Cook", "D-W. Va.");
- a coordinated list before a plural kind word ("Barrow, Jackson and Madison counties");
- a town's own public body after its name ("Grovetown police", "Canaan Board of Finance").

The word lists are data (``data/gazetteer/cues.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirewatch.nlp.geo.gazetteer import data_file, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A dateline sits at the start of the text or of a sentence within the first few hundred
# characters (after a headline), in capitals, before a dash or an agency tag.
DATELINE_WINDOW = 600
_DATELINE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))"
    r"([A-Z][A-Za-z'’.]*(?:[ -][A-Z][A-Za-z'’.]*){0,3})"
    r"(?:,[ ]?[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?"
    r"[ ]?(?:\([A-Za-z ]{1,20}\))?"
    r"[ ]?(?:—|–|--|-|:)[ ]"
)
DATELINE_MIN_UPPER = 0.7
MAX_LIST_NAMES = 12
MAX_NAME_TOKENS = 3
HOME_SEPARATORS = {",", "(", ";"}
LIST_SEPARATORS = {",", "and", "or", "&"}
CIVIC_TAIL_CHARS = 40


@dataclass(frozen=True)
class CueSpan:
    """Token span of a name that a cue marks as a place; ``kind`` when the cue says it."""

    start: int
    end: int
    cue: str
    kind: str | None = None


def _capital_ratio(name: str) -> float:
    letters = [c for c in name if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def name_like(text: str) -> bool:
    """Capitalised, with letters and no digits: could be part of a proper name."""
    return (
        text[:1].isupper() and any(c.isalpha() for c in text) and not any(c.isdigit() for c in text)
    )


class Cues:
    """Finds cue spans in a spaCy Doc."""

    def __init__(self, spec: dict | None = None) -> None:
        spec = spec if spec is not None else read_yaml(data_file("gazetteer", "cues.yaml"))
        self.civic_heads = sorted(
            {h.lower() for h in spec.get("civic_heads") or []}, key=len, reverse=True
        )
        self.party_labels = {w.lower() for w in spec.get("party_labels") or []}
        self.list_kinds = {k.lower(): v for k, v in (spec.get("list_kinds") or {}).items()}

    def dateline(self, doc: Doc, doc_text: str | None = None) -> CueSpan | None:
        """The opening dateline's place name, when the story has one (``doc_text``: the
        Doc's text when the caller has it; ``Doc.text`` rebuilds it token by token)."""
        text = (doc.text if doc_text is None else doc_text)[:DATELINE_WINDOW]
        for m in _DATELINE.finditer(text):
            name = m.group(1)
            if len(name) < 3 or _capital_ratio(name) < DATELINE_MIN_UPPER:
                continue
            span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if span is None or len(span) > MAX_NAME_TOKENS + 1:
                continue
            return CueSpan(span.start, span.end, "dateline")
        return None

    def party_homes(self, doc: Doc) -> list[CueSpan]:
        """ "…, D-Hardy", "(R-Texas)": the name after a party label and a hyphen."""
        out = []
        for k in range(1, len(doc) - 2):
            tok = doc[k]
            if tok.lower_ not in self.party_labels or doc[k - 1].text not in HOME_SEPARATORS:
                continue
            dash = doc[k + 1]
            if dash.text not in {"-", "–"} or tok.whitespace_ or dash.whitespace_:
                continue
            end = k + 2
            while end < len(doc) and end < k + 2 + MAX_NAME_TOKENS and name_like(doc[end].text):
                end += 1
                if doc[end - 1].whitespace_ == "" and end < len(doc) and doc[end].is_punct:
                    break
            if end > k + 2:
                out.append(CueSpan(k + 2, end, "party"))
        return out

    def listed(self, doc: Doc) -> list[CueSpan]:
        """Names coordinated before a plural kind word ("Eastland and Callahan counties")."""
        out = []
        for t in doc:
            kind = self.list_kinds.get(t.lower_)
            if kind is None or t.i == 0:
                continue
            j = t.i
            names: list[CueSpan] = []
            while j > 0 and len(names) < MAX_LIST_NAMES:
                end = j
                start = end
                while start > 0 and end - start < MAX_NAME_TOKENS:
                    if not name_like(doc[start - 1].text):
                        break
                    start -= 1
                if start == end:
                    break
                names.append(CueSpan(start, end, "list", kind))
                j = start
                if j > 0 and doc[j - 1].lower_ in LIST_SEPARATORS:
                    j -= 1
                    if j > 0 and doc[j - 1].lower_ in LIST_SEPARATORS:
                        j -= 1
                    continue
                break
            # A lone name before the plural ("both Madison counties") is no list.
            if len(names) >= 2:
                out.extend(names)
        return out

    def civic_after(self, doc: Doc, j: int) -> bool:
        """Token j starts a public body's head ("police", "Board of Finance")."""
        if j >= len(doc):
            return False
        # From the tokens: Doc.text would rebuild the whole text on every call.
        parts: list[str] = []
        size, k = 0, j
        while k < len(doc) and size < CIVIC_TAIL_CHARS:
            parts.append(doc[k].text_with_ws)
            size += len(parts[-1])
            k += 1
        tail = "".join(parts)[:CIVIC_TAIL_CHARS].lower()
        for head in self.civic_heads:
            if tail.startswith(head) and not tail[len(head) : len(head) + 1].isalpha():
                return True
        return False
