"""Interim cleaner used until the dedicated HTML and flattened-text cleaners land.

HTML: trafilatura's main text, title and date. Text: first line as title, the rest as
paragraphs. It exists so that the pipeline runs end to end; it does no comment detection.
"""

from __future__ import annotations

import re

import trafilatura

from wirewatch.clean.result import Cleaned

_BLANKS = re.compile(r"\n\s*\n+")


def clean_html(html: str, url: str | None = None) -> Cleaned:
    body = trafilatura.extract(html, url=url, include_comments=False) or ""
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = meta.title if meta else None
    date = meta.date if meta else None
    return Cleaned(
        body=_paragraphs(body),
        title=title,
        author=meta.author if meta else None,
        published=date,
        published_from="html-meta" if date else None,
    )


def clean_text(text: str, title_hint: str | None = None) -> Cleaned:
    lines = [ln.strip() for ln in text.splitlines()]
    first = next((i for i, ln in enumerate(lines) if ln), 0)
    title = title_hint or lines[first]
    rest = "\n".join(lines[first + 1 :]) if not title_hint else "\n".join(lines)
    if not rest.strip():
        return Cleaned(body=_paragraphs(text), title=None)
    return Cleaned(body=_paragraphs(rest), title=title)


def _paragraphs(text: str) -> str:
    paras = [" ".join(p.split()) for p in _BLANKS.split(text.replace("\r", ""))]
    paras = [p for p in paras if p]
    if len(paras) <= 1:
        paras = [" ".join(ln.split()) for ln in text.splitlines() if ln.strip()]
    return "\n\n".join(paras)
