"""Fixtures: a store built in a tmp dir from :mod:`corpus`, and a TestClient over it.

This folder is a package so this conftest does not take the module name ``conftest`` from
tests/conftest.py (which other test files import ``require_data`` from).
"""

from __future__ import annotations

import warnings

import pytest

# Starlette asks for the "httpx2" fork in its TestClient; httpx is what the project pins.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from fastapi.testclient import TestClient  # noqa: E402

from wirewatch.serve.app import create_app  # noqa: E402
from wirewatch.store.ingest import ingest_documents  # noqa: E402

from .corpus import DOCS  # noqa: E402


@pytest.fixture(scope="session")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "w.db"
    report = ingest_documents(DOCS, path)
    assert report.stored == len(DOCS)
    return path


@pytest.fixture(scope="session")
def app(db):
    return create_app(db)


@pytest.fixture
def client(app):
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def stories(app):
    with TestClient(app) as c:
        return c.get("/api/stories").json()


@pytest.fixture(scope="session")
def pledge(stories):
    """The story the four wires were linked into."""
    return max(stories, key=lambda s: len(s["documents"]))
