"""The ``entities`` stage: spaCy's named entities as contract ``entities`` records."""

from __future__ import annotations

from wirewatch.document import Document, Entity
from wirewatch.errors import StageError
from wirewatch.options import Options
from wirewatch.pipeline import register_stage

# Labels an analyst follows; numbers, percentages and the like are left to other stages.
KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})


def _entities(sdoc, where: str) -> list[Entity]:
    return [
        Entity(text=e.text, start=e.start_char, end=e.end_char, label=e.label_, in_=where)
        for e in sdoc.ents
        if e.label_ in KEPT_LABELS
    ]


@register_stage("entities", requires=["spacy"], assigns=["entities"])
def entities_stage(docs: list[Document], options: Options) -> list[Document | StageError]:
    """Collect named entities from the body and comments, with offsets into each."""
    for doc in docs:
        doc.entities = _entities(doc.nlp_cache["body"], "body")
        for cid, sdoc in doc.nlp_cache.get("comments", {}).items():
            doc.entities += _entities(sdoc, f"comment:{cid}")
    return list(docs)
