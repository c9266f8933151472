"""Geoparsing: place mentions → GeoNames-style places, on CPU with installed data only.

Names are imported lazily so that ``python -m wirewatch.nlp.geo.build`` runs cleanly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wirewatch.nlp.geo.parser import Geoparser, geoparse, get_geoparser

__all__ = ["Geoparser", "geoparse", "get_geoparser"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from wirewatch.nlp.geo import parser

        return getattr(parser, name)
    raise AttributeError(name)
