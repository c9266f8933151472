"""The ``entities`` stage: corrected named entities, each linked to a document actor.

spaCy's entities are fixed by the knowledge base (countries are never NORP or PERSON,
multi-word places are places, "201st" is not a place) and resolved to actors with country,
sector and kind; one real-world actor keeps one id across the body and the comments.
"""

from __future__ import annotations

from wirewatch.document import Document
from wirewatch.errors import StageError
from wirewatch.nlp.actors.resolve import resolve_actors
from wirewatch.nlp.geo.parser import is_known_place
from wirewatch.options import Options
from wirewatch.pipeline import register_stage


@register_stage("entities", requires=["spacy"], assigns=["entities", "actors"])
def entities_stage(docs: list[Document], options: Options) -> list[Document | StageError]:
    """Resolve entities and actors in the body, then in each comment (marked)."""
    for doc in docs:
        actors, entities = resolve_actors(
            doc.body, doc.nlp_cache["body"], doc.published, is_place=is_known_place
        )
        texts = {c.id: c.text for c in doc.comments}
        for cid, sdoc in doc.nlp_cache.get("comments", {}).items():
            actors, more = resolve_actors(
                texts[cid],
                sdoc,
                doc.published,
                actors=actors,
                in_=f"comment:{cid}",
                is_place=is_known_place,
            )
            entities += more
        doc.actors, doc.entities = actors, entities
    return list(docs)
