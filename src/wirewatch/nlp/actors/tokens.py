"""A flat, read-only copy of the token attributes the actor rules read.

Creating spaCy ``Token`` objects is the main cost of per-token Python loops; copying the few
attributes once per document into lists keeps resolution in the tens of microseconds per
hundred tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

_ATTRS = [
    "ORTH", "LOWER", "TAG", "IDX", "IS_SPACE", "IS_PUNCT", "IS_TITLE", "SENT_START", "ENT_IOB",
    "ENT_TYPE",
]  # fmt: skip


@dataclass
class Toks:
    text: str
    words: list[str]
    lower: list[str]
    tag: list[str]
    idx: list[int]
    space: list[bool]
    punct: list[bool]
    title: list[bool]
    sent_start: list[bool]
    ents: list[tuple[int, int, str]]

    @classmethod
    def from_doc(cls, sdoc, text: str) -> Toks:
        """Read attributes through ``Doc.to_array``: no per-token Python objects are made.

        ``text`` must be the Doc's text (``Doc.text`` itself rebuilds it token by token).
        """
        arr = sdoc.to_array(_ATTRS)
        strings = sdoc.vocab.strings
        cols = arr.T.tolist() if len(arr) else [[] for _ in _ATTRS]
        orth, low, tag, idx, space, punct, title, sent, iob, etype = cols
        names = {h: strings[h] for h in {*orth, *low, *tag, *etype}}
        ents: list[tuple[int, int, str]] = []
        start = -1
        for i, code in enumerate(iob):
            if start >= 0 and code != 1:  # anything but I closes the open entity
                ents.append((start, i, names[etype[start]]))
                start = -1
            if code == 3:  # B
                start = i
        if start >= 0:
            ents.append((start, len(iob), names[etype[start]]))
        return cls(
            text=text,
            words=[names[h] for h in orth],
            lower=[names[h] for h in low],
            tag=[names[h] for h in tag],
            idx=idx,
            space=[bool(x) for x in space],
            punct=[bool(x) for x in punct],
            title=[bool(x) for x in title],
            sent_start=[x == 1 for x in sent],
            ents=ents,
        )

    def __len__(self) -> int:
        return len(self.words)

    def span_text(self, start: int, end: int) -> str:
        return self.text[self.idx[start] : self.idx[end - 1] + len(self.words[end - 1])]

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        return self.idx[start], self.idx[end - 1] + len(self.words[end - 1])

    def matches(self, text: str) -> bool:
        """Cheap check that the tokens were made from ``text`` (first and last token agree)."""
        if not self.words:
            return not text.strip()
        for i in (0, len(self.words) - 1):
            w = self.words[i]
            if text[self.idx[i] : self.idx[i] + len(w)] != w:
                return False
        return self.idx[-1] + len(self.words[-1]) <= len(text)
