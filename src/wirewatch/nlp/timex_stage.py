"""The ``timexes`` stage: date expressions in bodies and comments, normalised to dates.

The body is anchored on the publication date; a comment on its own timestamp when it has
one (a reader writing "yesterday" means the day before they posted).
"""

from __future__ import annotations

from wirewatch.document import Document
from wirewatch.errors import StageError
from wirewatch.nlp.timex import find_timexes
from wirewatch.options import Options
from wirewatch.pipeline import register_stage


def _records(text: str, published: str | None, where: str) -> list[dict]:
    out = []
    for tx in find_timexes(text, published):
        record = tx.to_dict()
        record["in"] = where
        out.append(record)
    return out


@register_stage("timexes", requires=["body"], assigns=["timexes"])
def timex_stage(docs: list[Document], options: Options) -> list[Document | StageError]:
    """Resolve "on Friday", "last week", "in 2014"… against the publication date."""
    for doc in docs:
        doc.timexes = _records(doc.body, doc.published, "body")
        for c in doc.comments:
            anchor = c.posted or doc.published
            doc.timexes += _records(c.text, anchor, f"comment:{c.id}")
    return list(docs)
