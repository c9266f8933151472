"""A country's capital named by description: "the capital of Tajikistan", "the Afghan capital".

News names a capital this way as often as by its name, and an event placed there ("Putin
arrived in the capital of Tajikistan") needs the city's point, not the country's. The
description becomes a place of its own resolved to the country's national capital; the
country inside it stays a place too. These are descriptions rather than toponyms, so they
are added by the document pipeline only (the toponym evaluations read the geoparser).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.document import Place
from wirewatch.nlp.geo.gazetteer import Gazetteer
from wirewatch.nlp.geo.normalize import name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CAPITAL_WORDS = frozenset({"capital"})
# "the capital city of X", "X's capital city".
CITY_WORDS = frozenset({"city"})
POSSESSIVES = frozenset({"'s", "’s", "'"})
# Read as an adjective before "capital", these words say it is no city ("political capital").
NOT_CITY_BEFORE = frozenset(
    {
        "political",
        "venture",
        "working",
        "human",
        "social",
        "private",
        "foreign",
        "share",
        "equity",
        "seed",
        "risk",
        "cultural",
        "financial",
        "economic",
        "commercial",
        "spiritual",
        "tech",
        "fashion",
        "film",
        "music",
        "murder",
        "crime",
        "regional",
        "provincial",
        "state",
    }
)


def _capital_row(gaz: Gazetteer, country: str) -> int | None:
    rows = [i for i in gaz.capitals if gaz.country[i] == country]
    if not rows:
        return None
    return max(rows, key=lambda i: gaz.population[i])


class CapitalFinder:
    """Finds capital descriptions in a parsed or tagged document."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self._rows: dict[str, int | None] = {}

    def capital_of(self, country: str) -> int | None:
        if country not in self._rows:
            self._rows[country] = _capital_row(self.gaz, country)
        return self._rows[country]

    def find(self, doc: Doc, places: list[Place]) -> list[Place]:
        """Places for capital descriptions in ``doc`` whose country is among ``places`` (the
        places found in that same text: "of X", "X's") or named by an adjective ("the
        Afghan capital")."""
        countries = {p.start: p for p in places if p.feature == "country" and p.country}
        out: list[Place] = []
        for tok in doc:
            if tok.lower_ not in CAPITAL_WORDS or tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            if tok.i > 0 and doc[tok.i - 1].lower_ in NOT_CITY_BEFORE:
                continue
            found = self._after_of(doc, tok, countries) or self._before(doc, tok, countries)
            if found is None:
                continue
            start, end, country = found
            row = self.capital_of(country)
            if row is None:
                continue
            r = self.gaz.row(row)
            out.append(
                Place(
                    text=doc.text[start:end],
                    start=start,
                    end=end,
                    name=r.name,
                    country=r.country or None,
                    admin1=self.gaz.admin1_name(row),
                    lat=r.lat,
                    lon=r.lon,
                    geonameid=r.geonameid,
                    feature=r.kind,
                )
            )
        return out

    @staticmethod
    def _after_of(doc: Doc, tok: Token, countries: dict[int, Place]) -> tuple[int, int, str] | None:
        """ "capital (city) of (the) X" """
        j = tok.i + 1
        if j < len(doc) and doc[j].lower_ in CITY_WORDS:
            j += 1
        if j >= len(doc) or doc[j].lower_ != "of":
            return None
        j += 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        if j >= len(doc):
            return None
        place = countries.get(doc[j].idx)
        if place is None:
            return None
        start = tok.idx
        if tok.i > 0 and doc[tok.i - 1].lower_ == "the":
            start = doc[tok.i - 1].idx
        return start, place.end, str(place.country)

    def _before(
        self, doc: Doc, tok: Token, countries: dict[int, Place]
    ) -> tuple[int, int, str] | None:
        """ "X's capital (city)" or "the Afghan capital" """
        i = tok.i - 1
        if i < 0:
            return None
        end = tok.idx + len(tok.text)
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in CITY_WORDS:
            end = doc[tok.i + 1].idx + len(doc[tok.i + 1].text)
        if doc[i].text in POSSESSIVES and i > 0:
            owner = doc[i - 1]
            for p in countries.values():
                if p.start <= owner.idx < p.end:
                    return p.start, end, str(p.country)
            return None
        adj = doc[i]
        if not adj.text[:1].isupper() or i == 0 or doc[i - 1].lower_ != "the":
            return None
        country = self.gaz.demonyms.get(name_key(adj.text))
        if country is None or country not in self.gaz.country_rows:
            return None
        return doc[i - 1].idx, end, country
