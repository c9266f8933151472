"""The ``places`` stage: place mentions resolved to GeoNames rows with coordinates.

The countries of the document's actors are passed as context, so "Kunduz" in a story about
Afghanistan lands in Afghanistan. Comments are geoparsed with the same context, marked.
"""

from __future__ import annotations

from wirewatch.document import Document
from wirewatch.errors import StageError
from wirewatch.nlp.geo import get_geoparser
from wirewatch.options import Options
from wirewatch.pipeline import register_stage


@register_stage("places", requires=["spacy", "entities"], assigns=["places"])
def places_stage(docs: list[Document], options: Options) -> list[Document | StageError]:
    """Geoparse bodies and comments with the document's actor countries as hints."""
    parser = get_geoparser()
    for doc in docs:
        hints = {a.country for a in doc.actors.values() if a.country}
        places = parser.places(doc.nlp_cache["body"], hints)
        for cid, sdoc in doc.nlp_cache.get("comments", {}).items():
            for place in parser.places(sdoc, hints):
                place.in_ = f"comment:{cid}"
                places.append(place)
        doc.places = places
    return list(docs)
