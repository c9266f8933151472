"""A small corpus of hand-written pages and its serial output, shared by the scale tests."""

from __future__ import annotations

import pytest

from wirewatch.api import extract

from .helpers import DEFAULTS, OPTIONS, Record, as_records
from .pages import write_corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return write_corpus(tmp_path_factory.mktemp("scale") / "pages")


@pytest.fixture(scope="session")
def serial(corpus: list[str]) -> list[Record]:
    """The reference: the serial path's output on the corpus."""
    return as_records(extract(corpus, OPTIONS, DEFAULTS))
