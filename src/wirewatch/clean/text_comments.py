"""Reader-comment sections of flattened news pages: records, authors, timestamps, nesting.

A flattened comment is an author line (a bullet + name, "Name says:", or a short name line
directly above a timestamp), its text, and a timestamp line. The timestamp either heads the
comment (right under the author) or closes it; text after a closing timestamp without a new
author line is a comment whose author line was lost. Nesting comes from indentation: a
comment's parent is the nearest earlier comment anchored further left.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from wirewatch.clean.text_lines import Line, LineClass, is_short_label, looks_like_name
from wirewatch.document import Dropped

AUTHOR_KINDS = ("bullet-author", "said-header")


@dataclass
class RawComment:
    """A comment before repeat removal; ``anchor`` is the indentation of its author line."""

    anchor: int
    author: str | None = None
    posted: str | None = None
    lines: list[Line] = field(default_factory=list)
    closed: bool = False
    parent: RawComment | None = None


def is_author_line(i: int, lines: list[Line], classes: list[LineClass]) -> bool:
    """An explicit author line, or a bare name line directly above a timestamp."""
    if classes[i].kind in AUTHOR_KINDS:
        return True
    return (
        classes[i].kind == "text"
        and i + 1 < len(lines)
        and classes[i + 1].kind == "timestamp"
        and not lines[i + 1].gap
        and is_short_label(lines[i].text, 4)
        and looks_like_name(lines[i].text)
    )


def starts_comments(i: int, lines: list[Line], classes: list[LineClass], look: int = 8) -> bool:
    """An author line followed closely by a timestamp: the first comment of a section."""
    if not is_author_line(i, lines, classes):
        return False
    return any(c.kind == "timestamp" for c in classes[i + 1 : i + 1 + look])


def parse_comments(
    lines: list[Line], classes: list[LineClass], dropped: list[Dropped]
) -> list[RawComment]:
    """Comment records of a comment region; cue lines inside it go to ``dropped``."""
    offset = _text_offset(lines, classes)
    comments: list[RawComment] = []
    current: RawComment | None = None
    for i, (line, cls) in enumerate(zip(lines, classes, strict=True)):
        if is_author_line(i, lines, classes):
            name = cls.name if cls.name else line.text
            current = RawComment(anchor=line.indent, author=name)
            comments.append(current)
        elif cls.kind == "timestamp":
            if current is None or current.closed or cls.date is None:
                dropped.append(Dropped("other", line.text))
                continue
            if current.posted is None:
                current.posted = cls.date.value
            current.closed = bool(current.lines)
        elif cls.kind == "text":
            if current is None or current.closed:
                current = RawComment(anchor=line.indent - offset)
                comments.append(current)
            current.lines.append(line)
        else:
            dropped.append(Dropped(drop_kind(cls.kind), line.text))
    _nest(comments)
    kept = [c for c in comments if c.lines]
    for c in kept:
        while c.parent is not None and not c.parent.lines:
            c.parent = c.parent.parent
    return kept


def drop_kind(cue_kind: str) -> str:
    """The contract's dropped kind for a line cue kind."""
    return {
        "navigation": "navigation",
        "comment-form": "comment-form",
        "comment-counter": "navigation",
        "related": "related",
        "caption": "caption",
        "byline": "byline",
        "profile": "byline",
    }.get(cue_kind, "other")


def _text_offset(lines: list[Line], classes: list[LineClass]) -> int:
    """Typical indentation of comment text relative to its author line (0 if flat)."""
    seen: Counter[int] = Counter()
    for i, cls in enumerate(classes):
        if cls.kind not in AUTHOR_KINDS:
            continue
        for j in range(i + 1, min(i + 4, len(lines))):
            if classes[j].kind == "text":
                seen[lines[j].indent - lines[i].indent] += 1
                break
    return seen.most_common(1)[0][0] if seen else 0


def _nest(comments: list[RawComment]) -> None:
    stack: list[int] = []
    for pos, c in enumerate(comments):
        while stack and comments[stack[-1]].anchor >= c.anchor:
            stack.pop()
        c.parent = comments[stack[-1]] if stack else None
        stack.append(pos)
