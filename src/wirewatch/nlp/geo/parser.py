"""The geoparser: text or spaCy Doc in, resolved ``Place`` list out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirewatch.document import Place
from wirewatch.nlp.geo.detect import Detector, Toponym
from wirewatch.nlp.geo.gazetteer import Gazetteer, data_file, read_yaml
from wirewatch.nlp.geo.resolve import Resolver, Weights

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

NER_DISABLE = ("parser", "lemmatizer")
MAX_TEXT_CHARS = 500_000


class Geoparser:
    """Detects place mentions and resolves them against the shipped gazetteer."""

    def __init__(
        self, gazetteer: Gazetteer, options: dict[str, Any], demonyms: bool = False
    ) -> None:
        self.gazetteer = gazetteer
        self.options = options
        gazetteer.set_default_populations(options.get("default_population") or {})
        self.detector = Detector(gazetteer, options.get("kind_words") or {}, demonyms=demonyms)
        kind_words = [w for ws in (options.get("kind_words") or {}).values() for w in ws]
        self.resolver = Resolver(
            gazetteer,
            Weights.from_options(options),
            kind_words,
            part_words=options.get("part_words") or (),
            natural_words=(options.get("kind_words") or {}).get("natural") or (),
        )

    @classmethod
    def load(
        cls,
        extra_places: list[Path] | None = None,
        demonyms: bool = False,
        options: dict[str, Any] | None = None,
    ) -> Geoparser:
        """``demonyms``: also take "Russian", "Afghan" as mentions of the country."""
        opts = options or read_yaml(data_file("gazetteer", "resolve.yaml"))
        return cls(Gazetteer.load(extra_places), opts, demonyms=demonyms)

    @staticmethod
    def nlp() -> Language:
        from wirewatch.nlp.model import load_model

        return load_model(disable=NER_DISABLE)

    def geoparse(
        self, text: str, spacy_doc: Doc | None = None, hint_countries: Iterable[str] = ()
    ) -> list[Place]:
        """Places in ``text``; reuses ``spacy_doc`` when it was made from the same text."""
        if spacy_doc is None or spacy_doc.text != text:
            spacy_doc = self.nlp()(text[:MAX_TEXT_CHARS])
        return self.places(spacy_doc, hint_countries)

    def geoparse_many(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[list[Place]]:
        """Batched: runs spaCy with ``nlp.pipe``."""
        capped = (t[:MAX_TEXT_CHARS] for t in texts)
        for doc in self.nlp().pipe(capped, batch_size=batch_size):
            yield self.places(doc)

    def places(self, doc: Doc, hint_countries: Iterable[str] = ()) -> list[Place]:
        """Detection then resolution on a ready spaCy Doc."""
        return self.resolve(self.detector.detect(doc), hint_countries)

    def resolve(self, toponyms: list[Toponym], hint_countries: Iterable[str] = ()) -> list[Place]:
        chosen = self.resolver.resolve(toponyms, hint_countries)
        g = self.gazetteer
        out: list[Place] = []
        for t in toponyms:
            i = chosen.get(t.key)
            if t.feature == "street":
                # The contract has no "street" feature: a street is "other", without a point.
                out.append(Place(text=t.text, start=t.start, end=t.end, name=t.text))
                continue
            if i is None:
                if self.resolver.feature_name(t.key) and t.source in ("ner", "gazetteer"):
                    # A river or a range the gazetteer lacks: named, not guessed onto a map.
                    out.append(
                        Place(text=t.text, start=t.start, end=t.end, name=t.text, feature="natural")
                    )
                # Otherwise no reading and not a street: too often a person or an
                # organisation that the model tagged as a place ("Hartmann", "Webb Center").
                continue
            row = g.row(i)
            out.append(
                Place(
                    text=t.text,
                    start=t.start,
                    end=t.end,
                    name=row.name,
                    country=row.country or None,
                    admin1=g.admin1_name(i),
                    lat=row.lat,
                    lon=row.lon,
                    geonameid=row.geonameid,
                    feature=row.kind,
                )
            )
        return out


@lru_cache(maxsize=1)
def get_geoparser() -> Geoparser:
    """The process-wide geoparser with shipped data and default options."""
    return Geoparser.load()


def geoparse(text: str, spacy_doc: Doc | None = None) -> list[Place]:
    """Places mentioned in ``text`` (char offsets into ``text``), resolved to GeoNames rows."""
    return get_geoparser().geoparse(text, spacy_doc)


# A person-tagged name after "in/near…" is taken for a place only when the gazetteer has it
# as a settlement or area of some size, or from a curated file.
KNOWN_PLACE_KINDS = frozenset({"city", "admin1", "admin2", "country"})
KNOWN_PLACE_MIN_POP = 5000


def is_known_place(name: str) -> bool:
    """Is ``name`` a settlement or area the gazetteer knows (for the entities stage)?"""
    from wirewatch.nlp.geo.normalize import name_key

    gaz = get_geoparser().gazetteer
    for i in gaz.lookup(name_key(name)):
        if i in gaz.curated_rows:
            return True
        if gaz.kind[i] in KNOWN_PLACE_KINDS and gaz.population[i] >= KNOWN_PLACE_MIN_POP:
            return True
    return False
