"""Line model and one-line classification for flattened pages.

Flattened text keeps only line structure: which lines are blank-separated (paragraphs),
which follow each other directly (line breaks inside a block, or block boundaries) and the
indentation. Everything the cleaner decides starts from that, so it is captured once here.
Classification looks at one line alone; context rules live in ``text.py``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from wirewatch.clean.text_cues import text_cues
from wirewatch.clean.text_dates import DateLine, parse_date_line

MAX_INPUT_CHARS = 2_000_000  # longer inputs are cut: flattened pages are far smaller
MAX_CUE_LINE = 200  # cue patterns only run on lines at most this long

MENU_CELLS = 3  # a line of at least this many separated short labels is a menu
MAX_CELL_WORDS = 3
MAX_CUE_WORDS = 4  # longest navigation cue tried when reading a line as a run of cues

_BULLET = re.compile(r"^[•·▪◦‣●○■*–-]\s+(?P<name>\S.{0,59})$")
_SPACE = re.compile(r"\s+")
_CELL_SPLIT = re.compile(r"\s{2,}|\t|\s[|•·]\s")
_SENTENCE_MARK = re.compile(r"[.!?;:,\"“”]")
_INITIAL = re.compile(r"(?<!\w)[^\W\d_]\.")


@dataclass(frozen=True)
class Line:
    """A non-blank input line; ``gap`` says a blank line separates it from the previous one."""

    index: int  # position among all input lines (blank ones included)
    text: str  # trimmed, whitespace runs folded
    indent: int
    gap: bool
    cells: tuple[str, ...] = ()  # parts split at wide spaces or bars ("Home  News  Sport")


@dataclass(frozen=True)
class LineClass:
    """What a line is on its own: ``kind`` is "text" or a cue kind; extras per kind."""

    kind: str
    name: str | None = None  # author / byline name
    date: DateLine | None = None


TEXT = LineClass("text")


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with indentation and blank-line gaps; input beyond the bound is cut."""
    text = unicodedata.normalize("NFC", text[:MAX_INPUT_CHARS]).replace("\r\n", "\n")
    out: list[Line] = []
    gap = False
    for index, raw in enumerate(text.replace("\r", "\n").split("\n")):
        expanded = raw.expandtabs(4).replace("\xa0", " ")
        stripped = _SPACE.sub(" ", expanded).strip()
        if not stripped or not any(ch.isprintable() and not ch.isspace() for ch in stripped):
            gap = True
            continue
        indent = len(expanded) - len(expanded.lstrip())
        cells = tuple(c for c in (" ".join(x.split()) for x in _CELL_SPLIT.split(expanded)) if c)
        out.append(Line(index, stripped, indent, gap and bool(out), cells))
        gap = False
    return out


def cue_key(text: str) -> str:
    """The form cue lists are written in: lower case, curly quotes straightened."""
    return text.lower().replace("\u2019", "'").replace("\u2018", "'").strip()


def classify_line(line: Line) -> LineClass:
    """Cue kind of a line, using its layout too: a row of short labels is a menu."""
    cls = classify(line.text)
    if cls.kind == "text" and len(line.text) <= MAX_CUE_LINE and is_menu_row(line):
        return LineClass("navigation")
    return cls


def is_menu_row(line: Line) -> bool:
    """Menus, share bars and account links flattened onto one line.

    Either several short labels set apart by wide spaces or bars ("Home  News  Region  Sport"),
    or a line made only of navigation cues ("Share Tweet Email Print", "Subscribe | Log in").
    """
    cells = line.cells or (line.text,)
    if len(cells) >= MENU_CELLS and all(
        len(c.split()) <= MAX_CELL_WORDS and not _SENTENCE_MARK.search(c) for c in cells
    ):
        return True
    return all(_only_navigation_cues(c) for c in cells)


def _only_navigation_cues(text: str) -> bool:
    """``text`` reads as a run of navigation cues ("share tweet email print")."""
    ws = cue_key(text).split()
    if not ws or len(ws) > 3 * MAX_CUE_WORDS:
        return False
    cues = text_cues().kinds["navigation"].lines
    ok = [True] + [False] * len(ws)  # ok[i]: the first i words are a run of cues
    for end in range(1, len(ws) + 1):
        for size in range(1, min(MAX_CUE_WORDS, end) + 1):
            if ok[end - size] and " ".join(ws[end - size : end]) in cues:
                ok[end] = True
                break
    return ok[-1] and len(ws) > 1


def classify(text: str) -> LineClass:
    """Cue kind of one line ("text" when none applies)."""
    if len(text) > MAX_CUE_LINE:
        return TEXT
    date = parse_date_line(text)
    if date is not None:
        return LineClass("timestamp", date=date)
    key = cue_key(text)
    for kind, cues in text_cues().kinds.items():
        m = cues.match(key)
        if not m:
            continue
        name = None
        if isinstance(m, re.Match) and "name" in m.re.groupindex:
            start, end = m.span("name")
            name = (text if len(text) == len(key) else key)[start:end].strip()
        return LineClass(kind, name=name)
    m = _BULLET.match(text)
    if m and looks_like_name(m.group("name")):
        return LineClass("bullet-author", name=m.group("name").strip())
    return TEXT


def looks_like_name(s: str) -> bool:
    """A user or person name: a few words, no sentence punctuation (initials like "K." ok)."""
    words = s.split()
    bare = _INITIAL.sub("I", s)
    return 0 < len(words) <= 5 and len(s) <= 60 and not re.search(r"[.!?;]\s|[!?;]$|\.$", bare)


def is_short_label(text: str, max_words: int = 6) -> bool:
    """Menu/tag-like: a few words without sentence punctuation (initials like "K." ok)."""
    return len(text.split()) <= max_words and not _SENTENCE_MARK.search(_INITIAL.sub("I", text))


def words(text: str) -> int:
    return len(text.split())
