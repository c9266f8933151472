"""The two real seeds run through the whole pipeline once per test session, shared by the
golden tests of events, quotes and actors."""

from __future__ import annotations

from functools import lru_cache

from conftest import require_data
from wirewatch.api import extract
from wirewatch.document import Document


def normalize(text: str | None) -> str:
    """Quotes straightened, whitespace folded, lower case: how golden snippets are compared."""
    text = (text or "").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).lower()


@lru_cache(maxsize=4)
def seed_document(name: str, published: str) -> Document:
    """The seed file ``name`` processed with ``published`` as its publication date."""
    path = require_data("seeds", name)
    out = next(extract([str(path)], defaults={"published": published}))
    assert isinstance(out, Document), out
    return out
