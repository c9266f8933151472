"""Plain-text terminal summary of a batch of Document dicts (what ``wirewatch demo`` prints).

Sections that no stage has filled yet say so ("none found yet") instead of vanishing, so a
reader can tell an empty result from a missing stage.
"""

from __future__ import annotations

from typing import Any

from wirewatch.report.view import (
    actor_name,
    as_dict,
    as_list,
    confidence,
    coordinates,
    doc_title,
    event_sentence,
    is_from_body,
    place_label,
    shorten,
)

NONE_YET = "  none found yet"
MAX_EVENTS = 15
MAX_QUOTES = 12
MAX_PLACES = 20
QUOTE_CHARS = 200
MAX_TITLES_PER_LINE = 2


def summarize(
    docs: list[dict[str, Any]],
    max_events: int = MAX_EVENTS,
    max_quotes: int = MAX_QUOTES,
    max_places: int = MAX_PLACES,
) -> str:
    """A readable multi-section summary: documents, top events, quotes, places."""
    docs = [as_dict(d) for d in docs]
    sections = [
        _documents_section(docs),
        _events_section(docs, max_events),
        _quotes_section(docs, max_quotes),
        _places_section(docs, max_places),
    ]
    return "\n\n".join(sections) + "\n"


def _heading(text: str) -> str:
    return f"{text}\n{'=' * len(text)}"


def _documents_section(docs: list[dict[str, Any]]) -> str:
    lines = [_heading(f"Documents ({len(docs)})")]
    if not docs:
        lines.append(NONE_YET)
    for n, doc in enumerate(docs, 1):
        published = doc.get("published") or "date unknown"
        origin = doc.get("published_from")
        when = f"{published} (from {origin})" if origin and doc.get("published") else published
        ncomments = len(as_list(doc.get("comments")))
        noun = "comment" if ncomments == 1 else "comments"
        lines.append(f"  {n}. {doc_title(doc)}")
        nevents = len(as_list(doc.get("events")))
        counts = f"{ncomments} {noun} · {nevents} {'event' if nevents == 1 else 'events'}"
        lines.append(f"     {when} · {counts}{_where(doc)}")
    return "\n".join(lines)


def _where(doc: dict[str, Any]) -> str:
    site = doc.get("site") or doc.get("url")
    return f" · {shorten(site, 80)}" if site else ""


def _events_section(docs: list[dict[str, Any]], limit: int) -> str:
    found: list[tuple[str, str, float]] = []
    in_comments = 0
    for doc in docs:
        for event in as_list(doc.get("events")):
            event = as_dict(event)
            if is_from_body(event):
                line = event_sentence(doc, event, with_title=False)
                found.append((line, doc_title(doc), confidence(event)))
            else:
                in_comments += 1
    groups = _grouped(found)
    lines = [_heading(f"Top events ({len(groups)} distinct, {len(found)} reported)")]
    if not groups:
        lines.append(NONE_YET)
    lines.extend(f"  - {line} ({titles})" for line, titles in groups[:limit])
    if len(groups) > limit:
        lines.append(f"  … and {len(groups) - limit} more")
    if in_comments:
        lines.append(f"  ({in_comments} more found in comments, not counted as news)")
    return "\n".join(lines)


def _quotes_section(docs: list[dict[str, Any]], limit: int) -> str:
    found: list[tuple[str, str, float]] = []
    for doc in docs:
        for quote in as_list(doc.get("quotes")):
            quote = as_dict(quote)
            if is_from_body(quote):
                found.append((_quote_line(doc, quote), doc_title(doc), 0.0))
    groups = _grouped(found)
    lines = [_heading(f"Quotes ({len(groups)} distinct, {len(found)} reported)")]
    if not groups:
        lines.append(NONE_YET)
    lines.extend(f"  - {line} ({titles})" for line, titles in groups[:limit])
    if len(groups) > limit:
        lines.append(f"  … and {len(groups) - limit} more")
    return "\n".join(lines)


def _quote_line(doc: dict[str, Any], quote: dict[str, Any]) -> str:
    speaker = actor_name(doc, quote.get("speaker"), quote.get("speaker_text")) or "unknown speaker"
    text = shorten(quote.get("text"), QUOTE_CHARS)
    if quote.get("kind") == "indirect":
        return f"{speaker} (indirect): {text}"
    return f"{speaker}: “{text}”"


def _grouped(found: list[tuple[str, str, float]]) -> list[tuple[str, str]]:
    """Identical lines merged (syndicated copies repeat them), best score first.

    Returns each line with the titles of the documents it came from, at most
    ``MAX_TITLES_PER_LINE`` of them named.
    """
    best: dict[str, float] = {}
    titles: dict[str, list[str]] = {}
    for line, title, score in found:
        best[line] = max(score, best.get(line, score))
        if title not in titles.setdefault(line, []):
            titles[line].append(title)
    order = sorted(best, key=lambda line: -best[line])  # stable: ties keep first-seen order
    out = []
    for line in order:
        named = titles[line][:MAX_TITLES_PER_LINE]
        rest = len(titles[line]) - len(named)
        out.append((line, "; ".join(named) + (f"; +{rest} more" if rest else "")))
    return out


def _places_section(docs: list[dict[str, Any]], limit: int) -> str:
    counts: dict[tuple[str, str | None], int] = {}
    for doc in docs:
        for place in as_list(doc.get("places")):
            place = as_dict(place)
            label = place_label(place)
            if not label:
                continue
            key = (label, coordinates(place))
            counts[key] = counts.get(key, 0) + 1
    lines = [_heading(f"Places ({len(counts)})")]
    if not counts:
        lines.append(NONE_YET)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    for (label, coords), n in ranked[:limit]:
        where = coords or "coordinates unknown"
        mentions = "mention" if n == 1 else "mentions"
        lines.append(f"  - {label}: {where} · {n} {mentions}")
    if len(ranked) > limit:
        lines.append(f"  … and {len(ranked) - limit} more")
    return "\n".join(lines)
