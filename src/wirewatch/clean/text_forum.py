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

Some flatteners use the opposite convention: paragraphs joined by plain line breaks and
posts separated by blank lines. An opening post whose first paragraphs are long lines joined
by plain breaks (a reposted article) reveals that layout; then a blank line ends a post.

Whatever the layout, the lines a post's chrome leaves behind always separate posts: a
profile block (cut out before this module runs; ``breaks`` marks where), a timestamp, a
"Reply"/"Quote" footer or a post marker. A profile block's name line is the post's author.

Known limits: two replies separated only by a blank line, with no chrome between them, still
merge in the blank-line layout; replies without a profile block have no author.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from wirewatch.clean.repeats import MIN_EXACT_CHARS, RepeatIndex, normal_words, split_sentences
from wirewatch.clean.repeats import strip_repeats as strip
from wirewatch.clean.text_comments import drop_kind
from wirewatch.clean.text_lines import Line, LineClass
from wirewatch.document import Dropped

POST_BREAK_KINDS = ("post-marker", "said-header", "timestamp", "profile", "navigation", "byline")
LONG_LINE_WORDS = 15  # plain-break-joined lines this long are paragraphs of one repost
_OPENING = "“\"‘'«(„"
_CLOSING = ".!?…\"”’')]»:;"


@dataclass
class Post:
    pid: str
    author: str | None = None
    paragraphs: list[list[str]] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    has_new: bool = False


@dataclass
class Thread:
    body: list[Line]
    posts: list[Post]
    author: str | None = None  # of the opening post


def split_thread(
    lines: list[Line],
    classes: list[LineClass],
    index: RepeatIndex,
    dropped: list[Dropped],
    breaks: dict[int, str | None] | None = None,
) -> Thread:
    """Body lines of the opening post and the replies after it (repeats stripped).

    ``breaks`` maps positions preceded by cut-out post chrome (a profile block) to the
    author name found in it, if any.
    """
    breaks = breaks or {}
    body, start, blank_ends_post = _opening_post(lines, classes, index, dropped, breaks)
    posts: list[Post] = []
    current: Post | None = None
    force = True
    author: str | None = None
    for pos in range(start, len(lines)):
        line, cls = lines[pos], classes[pos]
        if pos in breaks:
            force, author = True, breaks[pos] or author
        if cls.kind != "text":
            force = force or cls.kind in POST_BREAK_KINDS
            dropped.append(Dropped(drop_kind(cls.kind), line.text))
            continue
        boundary = force or (line.gap if blank_ends_post else not line.gap)
        force = False
        if current is None or (current.has_new and (boundary or _leads_with_repeat(line, index))):
            current = Post(pid=f"p{len(posts)}", author=author)
            posts.append(current)
        elif current.author is None:
            current.author = author
        author = None
        result = strip([line.text], index, current.pid)
        dropped.extend(Dropped("duplicate", t) for t in result.removed)
        current.quotes.extend(q for q in result.quotes if q not in current.quotes)
        text = result.kept[0]
        if text is None:
            continue
        new_paragraph = (not line.gap) if blank_ends_post else line.gap
        if new_paragraph and current.paragraphs and current.has_new:
            current.paragraphs.append([text])
        elif current.paragraphs:
            current.paragraphs[-1].append(text)
        else:
            current.paragraphs.append([text])
        current.has_new = True
    opening_author = breaks.get(0)
    return Thread(body, [p for p in posts if p.has_new], opening_author)


def _opening_post(
    lines: list[Line],
    classes: list[LineClass],
    index: RepeatIndex,
    dropped: list[Dropped],
    breaks: dict[int, str | None],
) -> tuple[list[Line], int, bool]:
    """Opening post lines, where replies start, and whether a blank line ends a post."""
    body: list[Line] = []
    blank_ends_post = False
    for i, (line, cls) in enumerate(zip(lines, classes, strict=True)):
        if body and i in breaks:
            return body, i, blank_ends_post
        if cls.kind != "text":
            dropped.append(Dropped(drop_kind(cls.kind), line.text))
            if cls.kind in POST_BREAK_KINDS and body:
                return body, i + 1, blank_ends_post
            continue
        if body and blank_ends_post and line.gap:
            return body, i, blank_ends_post
        if body and not line.gap and not _continues(body[-1], line, index):
            if blank_ends_post and not _leads_with_repeat(line, index):
                line = replace(line, gap=True)  # a paragraph break of this layout
            elif _repost_paragraph(body, line, index):
                blank_ends_post = True
                body[1:] = [replace(b, gap=True) for b in body[1:]]
                line = replace(line, gap=True)
            else:
                return body, i, blank_ends_post
        if index.line_owner(line.text) == "body":
            dropped.append(Dropped("duplicate", line.text))
            continue
        body.append(line)
        index.add(line.text, "body")
    return body, len(lines), blank_ends_post


def _repost_paragraph(body: list[Line], line: Line, index: RepeatIndex) -> bool:
    """A plain break between two long lines of an opening post with no blank-line paragraphs.

    That is the layout of a reposted article whose paragraphs are joined by single line
    breaks, not the seam between the opening post and the first reply.
    """
    if any(b.gap for b in body[1:]) or _leads_with_repeat(line, index):
        return False
    return len(body[-1].text.split()) >= LONG_LINE_WORDS and len(line.text.split()) >= (
        LONG_LINE_WORDS
    )


def _continues(prev: Line, line: Line, index: RepeatIndex) -> bool:
    """A plain line break inside one post: wrapped text, not a new block."""
    if _leads_with_repeat(line, index):
        return False
    first, last = line.text[0], prev.text[-1]
    # A line ending in ":" introduces what follows ("Reposting from Meridian Wire:").
    return first in _OPENING or first.islower() or last not in _CLOSING or last == ":"


def _leads_with_repeat(line: Line, index: RepeatIndex) -> bool:
    """The line opens by repeating earlier text (a quote box flattened inline)."""
    owner = index.line_owner(line.text)
    if owner is not None and len(" ".join(normal_words(line.text))) >= MIN_EXACT_CHARS:
        return True
    sentences = split_sentences(line.text)
    return bool(sentences) and index.sentence_owner(sentences[0]) is not None
