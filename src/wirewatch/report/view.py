"""Read Document JSON dicts into plain values the renderers share.

Reports take Document dicts as stored or exported, which may come from older runs or partial
pipelines: every key may be missing, ids may dangle, indexes may be out of range. These helpers
turn such gaps into labelled placeholders instead of exceptions, so one odd document never
breaks a whole report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

UNKNOWN_ACTOR = "unknown actor"
MAX_COMMENT_DEPTH = 6  # deeper replies are shown flat under the last level
MAX_LABEL_CHARS = 160


@dataclass
class CommentNode:
    """One comment placed in its reply thread; ``orphan`` marks a parent that was not found."""

    comment: dict[str, Any]
    children: list[CommentNode] = field(default_factory=list)
    orphan: bool = False


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def shorten(text: Any, limit: int = MAX_LABEL_CHARS) -> str:
    """One line of at most ``limit`` characters, so a runaway field cannot flood a report."""
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def doc_title(doc: dict[str, Any]) -> str:
    return shorten(doc.get("title")) or "(untitled)"


def is_from_body(item: dict[str, Any]) -> bool:
    """Events and quotes found in comments never count as reported news (CONTRACT.md)."""
    return item.get("in", "body") in (None, "body")


def paragraphs(body: Any) -> list[str]:
    """Body paragraphs (separated by blank lines), without regexes over unbounded text."""
    out: list[str] = []
    current: list[str] = []
    for line in str(body or "").splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def actor_name(doc: dict[str, Any], actor_id: Any, fallback: Any = None) -> str | None:
    """Display name of an actor id, else the text as written, else None."""
    actor = as_dict(as_dict(doc.get("actors")).get(actor_id)) if isinstance(actor_id, str) else {}
    name = actor.get("name")
    if name:
        return shorten(name)
    if fallback:
        return shorten(fallback)
    return shorten(actor_id) if actor_id else None


def place_at(doc: dict[str, Any], index: Any) -> dict[str, Any] | None:
    """The place an event's ``location`` index points to, or None when it dangles."""
    places = as_list(doc.get("places"))
    if isinstance(index, int) and not isinstance(index, bool) and 0 <= index < len(places):
        return as_dict(places[index])
    return None


def place_label(place: dict[str, Any] | None) -> str | None:
    if not place:
        return None
    name = shorten(place.get("name") or place.get("text"))
    country = place.get("country")
    return f"{name} ({country})" if country and name else name or None


def coordinates(place: dict[str, Any]) -> str | None:
    lat, lon = place.get("lat"), place.get("lon")
    if isinstance(lat, int | float) and isinstance(lon, int | float):
        return f"{lat:.2f}, {lon:.2f}"
    return None


def date_label(date: Any) -> str | None:
    """``start`` (or ``start–end``), falling back to the date text as written."""
    d = as_dict(date)
    start, end = d.get("start"), d.get("end")
    if start and end and end != start:
        return f"{start}–{end}"
    if start:
        return str(start)
    return shorten(d.get("text"), 40) or None


def event_label(event: dict[str, Any]) -> str:
    """``TYPE`` plus the modality when it is not a plain assertion, e.g. ``SUPPORT, intended``."""
    etype = str(event.get("type") or "EVENT")
    modality = event.get("modality")
    return f"{etype}, {modality}" if modality and modality != "asserted" else etype


def event_sentence(doc: dict[str, Any], event: dict[str, Any], with_title: bool = True) -> str:
    """Who did what to whom, where, when: ``A —[TYPE, mode]→ B, Place, date (doc title)``."""
    source = actor_name(doc, event.get("source"), event.get("source_text")) or UNKNOWN_ACTOR
    target = actor_name(doc, event.get("target"), event.get("target_text"))
    line = f"{source} —[{event_label(event)}]→ {target or UNKNOWN_ACTOR}"
    extras = [
        place_label(place_at(doc, event.get("location"))),
        date_label(event.get("date")),
    ]
    fatalities = event.get("fatalities")
    if isinstance(fatalities, int) and not isinstance(fatalities, bool):
        extras.append(f"{fatalities} killed")
    reporter = actor_name(doc, event.get("reported_by"))
    if reporter:
        extras.append(f"according to {reporter}")
    line += "".join(f", {x}" for x in extras if x)
    if with_title:
        line += f" ({doc_title(doc)})"
    return line


def confidence(item: dict[str, Any]) -> float:
    value = item.get("confidence")
    return float(value) if isinstance(value, int | float) else 0.0


def thread_comments(comments: Any, max_depth: int = MAX_COMMENT_DEPTH) -> list[CommentNode]:
    """Comments as reply trees in page order.

    A parent that does not exist makes the comment a root marked ``orphan``; comments caught
    in a parent cycle also become roots, so every comment is shown exactly once.
    """
    items = [as_dict(c) for c in as_list(comments)]
    first_index: dict[str, int] = {}
    for i, c in enumerate(items):
        cid = c.get("id")
        if isinstance(cid, str) and cid not in first_index:
            first_index[cid] = i
    children: dict[int, list[int]] = {}
    roots: list[tuple[int, bool]] = []
    for i, c in enumerate(items):
        parent = c.get("parent")
        p = first_index.get(parent) if isinstance(parent, str) else None
        if parent is None or p == i:
            roots.append((i, False))
        elif p is None:
            roots.append((i, True))
        else:
            children.setdefault(p, []).append(i)

    seen: set[int] = set()

    def build(i: int, depth: int, orphan: bool = False) -> CommentNode:
        seen.add(i)
        node = CommentNode(items[i], orphan=orphan)
        kids = [k for k in children.get(i, []) if k not in seen]
        if depth >= max_depth:
            node.children = [CommentNode(items[k]) for k in _descendants(kids, children, seen)]
        else:
            node.children = [build(k, depth + 1) for k in kids if k not in seen]
        return node

    trees = [build(i, 1, orphan) for i, orphan in roots]
    # Whatever is left sits in a parent cycle: show it rather than lose it.
    trees.extend(build(i, 1, True) for i in range(len(items)) if i not in seen)
    return trees


def _descendants(start: list[int], children: dict[int, list[int]], seen: set[int]) -> list[int]:
    """All not-yet-shown descendants of ``start`` in depth-first page order (marks them seen)."""
    out: list[int] = []
    stack = list(reversed(start))
    while stack:
        i = stack.pop()
        if i in seen:
            continue
        seen.add(i)
        out.append(i)
        stack.extend(reversed(children.get(i, [])))
    return out


def comment_authors(doc: dict[str, Any]) -> dict[str, str]:
    """Comment id -> author, built once per document for quote and ``in`` labels."""
    out: dict[str, str] = {}
    for c in as_list(doc.get("comments")):
        cid, author = as_dict(c).get("id"), as_dict(c).get("author")
        if isinstance(cid, str) and author and cid not in out:
            out[cid] = str(author)
    return out


def quoted_label(target: Any, authors: dict[str, str]) -> str:
    """What a comment quotes, readable: ``the article`` or ``c2 (Vera K.)``."""
    if target == "body":
        return "the article"
    author = authors.get(target) if isinstance(target, str) else None
    return f"{target} ({shorten(author, 60)})" if author else shorten(target, 60)


def where_label(where: Any, authors: dict[str, str]) -> str:
    """``in`` field as a reader sees it: ``body`` or ``comment c3 by Vera K.``."""
    if where in (None, "body"):
        return "body"
    text = str(where)
    if text.startswith("comment:"):
        cid = text.split(":", 1)[1]
        author = authors.get(cid)
        return (
            f"comment {shorten(cid, 40)} by {shorten(author, 60)}"
            if author
            else f"comment {shorten(cid, 40)}"
        )
    return shorten(text, 40)
