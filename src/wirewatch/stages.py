"""Imports every module that registers a pipeline stage (see pipeline.STAGES)."""

from wirewatch.clean import stage as _clean  # noqa: F401
from wirewatch.extract import events as _events  # noqa: F401
from wirewatch.extract import quotes_stage as _quotes  # noqa: F401
from wirewatch.nlp import entities_stage as _entities  # noqa: F401
from wirewatch.nlp import places_stage as _places  # noqa: F401
from wirewatch.nlp import spacy_stage as _spacy  # noqa: F401
from wirewatch.nlp import timex_stage as _timexes  # noqa: F401
