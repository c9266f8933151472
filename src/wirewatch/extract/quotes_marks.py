"""Quotation-mark spans: where quoted text is, before anyone asks who said it.

Works on characters only (no spaCy), paragraph by paragraph, so a stray mark can never
swallow the rest of an article. Each double mark (“ ” " « ») is read as opening or closing
from its neighbours rather than its glyph alone, because real pages mix glyphs ("review“ of").
Single marks (‘ ’ ') are used only outside double-quoted text and only where they cannot be
apostrophes ("don’t", "’90s", "voters’").

News convention for long quotes: a paragraph that opens a quote without closing it, followed
by a paragraph that opens with a mark, continues the same quote. Each paragraph's part is a
separate :class:`MarkSpan` (so every span is clean text) linked by ``continues``. Pages
whose paragraphs were flattened into one line keep the convention inside the line: an
unclosed quote whose next sentence opens with a mark continues there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE = '“”"«»„'
SINGLE = "‘’'"
OPEN_GLYPHS = "“«„‘"
CLOSE_GLYPHS = "”»’"
PARAGRAPH = re.compile(r"\n\s*\n|\n")
MAX_PARAGRAPH = 20_000
CONTINUES_PREVIOUS = -1  # placeholder ``continues``: the span right before, in one paragraph


@dataclass
class MarkSpan:
    """Quoted content (marks excluded) ``[start, end)``; ``closed`` is False at a paragraph end."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    closed: bool
    continues: int | None = None  # index of the MarkSpan this one continues


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty line block; long blocks are cut to stay bounded."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in PARAGRAPH.finditer(text):
        _add_paragraph(out, text, pos, m.start())
        pos = m.end()
    _add_paragraph(out, text, pos, len(text))
    return out


def _add_paragraph(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_PARAGRAPH:
        out.append((start, start + MAX_PARAGRAPH))
        start += MAX_PARAGRAPH
    if end > start:
        out.append((start, end))


def _role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for the mark at ``i`` inside paragraph ``[lo, hi)``."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    opens = (prev.isspace() or prev in "([{—–-/:" or prev in DOUBLE) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    ch = text[i]
    if ch in OPEN_GLYPHS:
        return "open"
    if ch in CLOSE_GLYPHS:
        return "close"
    return "either"


def _double_spans(text: str, lo: int, hi: int) -> list[MarkSpan]:
    spans: list[MarkSpan] = []
    opened: int | None = None
    reopened = False  # the open span continues the unclosed span before it
    for i in range(lo, hi):
        if text[i] not in DOUBLE:
            continue
        role = _role(text, i, lo, hi)
        if opened is None:
            if role in ("open", "either"):
                opened = i
        elif role in ("close", "either"):
            spans.append(
                MarkSpan(opened + 1, i, opened, i, True, CONTINUES_PREVIOUS if reopened else None)
            )
            opened = None
        else:  # a second opening mark: the first one was never closed, restart here
            if _sentence_end_before(text, i, opened):
                # a page whose paragraphs were flattened into one line: "… concern. “The …"
                # reopens the same long quote, as a new paragraph would
                spans.append(MarkSpan(opened + 1, i, opened, None, False))
                reopened = True
            opened = i
            continue
        reopened = False
    if opened is not None:
        spans.append(
            MarkSpan(opened + 1, hi, opened, None, False, CONTINUES_PREVIOUS if reopened else None)
        )
    return spans


def _sentence_end_before(text: str, i: int, opened: int) -> bool:
    """The mark at ``i`` follows a finished sentence of the quote opened at ``opened``."""
    j = i - 1
    while j > opened and text[j].isspace():
        j -= 1
    return j > opened + 1 and j < i - 1 and text[j] in ".!?…"


def _is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev.isalnum() and nxt.isalnum():  # don’t, O’Malley
        return True
    return nxt.isdigit() and not prev.isalnum()  # ’90s


def _single_spans(text: str, lo: int, hi: int, taken: list[MarkSpan]) -> list[MarkSpan]:
    """Single-quoted spans outside ``taken``; the opener must follow space or a bracket."""
    blocked = [(s.open_mark, (s.close_mark if s.close_mark is not None else s.end)) for s in taken]
    spans: list[MarkSpan] = []
    opened: int | None = None
    for i in range(lo, hi):
        ch = text[i]
        if ch not in SINGLE or any(a <= i <= b for a, b in blocked):
            continue
        if _is_apostrophe(text, i, lo, hi):
            continue
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if opened is None:
            if (prev.isspace() or prev in "([{—–-:") and nxt.isalpha() and ch != "’":
                opened = i
        elif not prev.isspace() and (nxt.isspace() or not nxt.isalnum()):
            if prev == "s" and ch != "’" and nxt.isspace():
                continue  # plural possessive: voters' choice
            spans.append(MarkSpan(opened + 1, i, opened, i, True))
            opened = None
    return spans


def find_mark_spans(text: str) -> list[MarkSpan]:
    """All quoted spans in reading order, with multi-paragraph continuations linked."""
    out: list[MarkSpan] = []
    for lo, hi in paragraphs(text):
        double = _double_spans(text, lo, hi)
        single = _single_spans(text, lo, hi, double)
        para = sorted((s for s in double + single if s.end > s.start), key=lambda s: s.start)
        if para and out and not out[-1].closed and para[0].open_mark == lo:
            para[0].continues = len(out) - 1
        for k, span in enumerate(para):
            if span.continues == CONTINUES_PREVIOUS:
                before = para[k - 1] if k > 0 else None
                linked = before is not None and before.close_mark is None
                span.continues = len(out) + k - 1 if linked else None
        out.extend(para)
    return out
