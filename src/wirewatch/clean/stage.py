"""The ``clean`` stage: RawPage → title, body, comments, dropped, publication date."""

from __future__ import annotations

from wirewatch.clean.depth import max_depth
from wirewatch.clean.html import clean_html
from wirewatch.clean.result import Cleaned
from wirewatch.clean.text import clean_text
from wirewatch.document import Document, Dropped
from wirewatch.errors import StageError
from wirewatch.ingest.raw import RawPage
from wirewatch.options import Options
from wirewatch.pipeline import per_document, register_stage
from wirewatch.timebox import time_limit


def clean_page(raw: RawPage, options: Options) -> Cleaned:
    """Dispatch on the input's kind; a cleaner's ValueError becomes a named failure."""
    try:
        with time_limit(options.time_limit, "cleaning"):
            if raw.html is not None:
                depth = max_depth(raw.html, options.max_html_depth)
                if depth > options.max_html_depth:
                    raise StageError(
                        f"HTML is nested more than {options.max_html_depth} elements deep; "
                        "refusing it as malformed or hostile"
                    )
                return clean_html(raw.html, raw.url)
            return clean_text(raw.text or "", title_hint=raw.title)
    except RecursionError:
        raise StageError("page is nested too deeply to parse") from None
    except ValueError as err:
        raise StageError(str(err)) from None


@register_stage(
    "clean",
    requires=["raw"],
    assigns=["title", "body", "comments", "dropped", "published", "published_from", "author"],
)
@per_document
def clean_stage(doc: Document, options: Options) -> Document:
    """Split the page into main text, comments and dropped boilerplate."""
    raw: RawPage = doc.raw
    cleaned = clean_page(raw, options)
    body = cleaned.body.strip()
    if not body:
        raise StageError("no main text found on the page")
    if len(body) > options.max_body_chars:
        cut = body.rfind("\n\n", 0, options.max_body_chars)
        cut = cut if cut > 0 else options.max_body_chars
        cleaned.dropped.append(Dropped("other", f"[{len(body) - cut} characters over the limit]"))
        body = body[:cut].rstrip()
    doc.body = body
    doc.title = raw.title or cleaned.title
    doc.author = cleaned.author
    doc.comments = cleaned.comments
    doc.dropped = cleaned.dropped
    if doc.published:
        doc.published_from = "input"
    elif cleaned.published:
        doc.published = cleaned.published
        doc.published_from = cleaned.published_from
    return doc
