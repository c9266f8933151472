"""The ``places`` stage: place mentions resolved to GeoNames rows with coordinates.

The countries of the document's actors are passed as context, so "Kunduz" in a story about
Afghanistan lands in Afghanistan. Comments are geoparsed with the same context, marked.
Capitals named by description ("the capital of Tajikistan") are added as places here.
"""

from __future__ import annotations

from functools import lru_cache

from wirewatch.document import Document, Place
from wirewatch.errors import StageError
from wirewatch.nlp.geo import get_geoparser
from wirewatch.nlp.geo.capitals import CapitalFinder
from wirewatch.options import Options
from wirewatch.pipeline import register_stage


@lru_cache(maxsize=1)
def _capitals() -> CapitalFinder:
    return CapitalFinder(get_geoparser().gazetteer)


def _with_capitals(sdoc, places: list[Place]) -> list[Place]:  # type: ignore[no-untyped-def]
    found = places + _capitals().find(sdoc, places)
    return sorted(found, key=lambda p: (p.start, -p.end))


@register_stage("places", requires=["spacy", "entities"], assigns=["places"])
def places_stage(docs: list[Document], options: Options) -> list[Document | StageError]:
    """Geoparse bodies and comments with the document's actor countries as hints."""
    parser = get_geoparser()
    for doc in docs:
        hints = {a.country for a in doc.actors.values() if a.country}
        places = _with_capitals(doc.nlp_cache["body"], parser.places(doc.nlp_cache["body"], hints))
        for cid, sdoc in doc.nlp_cache.get("comments", {}).items():
            for place in _with_capitals(sdoc, parser.places(sdoc, hints)):
                place.in_ = f"comment:{cid}"
                places.append(place)
        doc.places = places
    return list(docs)
