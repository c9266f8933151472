"""Forum threads flattened to text: the opening post is the body, later posts are comments.

Flattening drops the markup that delimits posts and quote boxes, so posts are recovered
from line structure and repeats:

* Paragraphs inside one post are blank-line separated; a post boundary (or the seam
  between a quote box and the reply under it) is a plain line break with no blank line.
* The opening post runs from the first content line until the first plain line break that
  is not a wrapped continuation (the next line starts lower-case or with an opening quote
  mark, or the previous line has no closing punctuation) — or until a line that repeats
  earlier text, or a post marker ("Last edited:", "Click to expand...", "X said:").
* After it, a reply is: optional leading quote lines (text repeating the body or an earlier
  post, found by :mod:`wirewatch.clean.repeats`), then its own text. A new post begins at a
  plain line break, or at a line that starts by repeating earlier text, once the current
  post has text of its own. Quoted text is removed (dropped as "duplicate") and the post
  lists whom it quoted; a post with nothing of its own is not a comment.

Known limits: a repost whose paragraphs are joined by plain line breaks ends the body
early; two replies separated by a blank line merge into one; authors are unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wirewatch.clean.repeats import MIN_EXACT_CHARS, RepeatIndex, normal_words, split_sentences
from wirewatch.clean.repeats import strip_repeats as strip
from wirewatch.clean.text_comments import drop_kind
from wirewatch.clean.text_lines import Line, LineClass
from wirewatch.document import Dropped

POST_BREAK_KINDS = ("post-marker", "said-header")
_OPENING = "“\"‘'«(„"
_CLOSING = ".!?…\"”’')]»:;"


@dataclass
class Post:
    pid: str
    paragraphs: list[list[str]] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    has_new: bool = False


@dataclass
class Thread:
    body: list[Line]
    posts: list[Post]


def split_thread(
    lines: list[Line], classes: list[LineClass], index: RepeatIndex, dropped: list[Dropped]
) -> Thread:
    """Body lines of the opening post and the replies after it (repeats stripped)."""
    body, start = _opening_post(lines, classes, index, dropped)
    posts: list[Post] = []
    current: Post | None = None
    force = True
    for line, cls in zip(lines[start:], classes[start:], strict=True):
        if cls.kind != "text":
            force = force or cls.kind in POST_BREAK_KINDS
            dropped.append(Dropped(drop_kind(cls.kind), line.text))
            continue
        boundary = force or not line.gap
        force = False
        if current is None or (current.has_new and (boundary or _leads_with_repeat(line, index))):
            current = Post(pid=f"p{len(posts)}")
            posts.append(current)
        result = strip([line.text], index, current.pid)
        dropped.extend(Dropped("duplicate", t) for t in result.removed)
        current.quotes.extend(q for q in result.quotes if q not in current.quotes)
        text = result.kept[0]
        if text is None:
            continue
        if line.gap and current.paragraphs and current.has_new:
            current.paragraphs.append([text])
        elif current.paragraphs:
            current.paragraphs[-1].append(text)
        else:
            current.paragraphs.append([text])
        current.has_new = True
    return Thread(body, [p for p in posts if p.has_new])


def _opening_post(
    lines: list[Line], classes: list[LineClass], index: RepeatIndex, dropped: list[Dropped]
) -> tuple[list[Line], int]:
    body: list[Line] = []
    for i, (line, cls) in enumerate(zip(lines, classes, strict=True)):
        if cls.kind != "text":
            dropped.append(Dropped(drop_kind(cls.kind), line.text))
            if cls.kind in POST_BREAK_KINDS and body:
                return body, i + 1
            continue
        if body and not line.gap and not _continues(body[-1], line, index):
            return body, i
        if index.line_owner(line.text) == "body":
            dropped.append(Dropped("duplicate", line.text))
            continue
        body.append(line)
        index.add(line.text, "body")
    return body, len(lines)


def _continues(prev: Line, line: Line, index: RepeatIndex) -> bool:
    """A plain line break inside one post: wrapped text, not a new block."""
    if _leads_with_repeat(line, index):
        return False
    first, last = line.text[0], prev.text[-1]
    return first in _OPENING or first.islower() or last not in _CLOSING


def _leads_with_repeat(line: Line, index: RepeatIndex) -> bool:
    """The line opens by repeating earlier text (a quote box flattened inline)."""
    owner = index.line_owner(line.text)
    if owner is not None and len(" ".join(normal_words(line.text))) >= MIN_EXACT_CHARS:
        return True
    sentences = split_sentences(line.text)
    return bool(sentences) and index.sentence_owner(sentences[0]) is not None
