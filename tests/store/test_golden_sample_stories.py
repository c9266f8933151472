"""Golden stories: the bundled sample corpus and the two real seeds, ingested end to end.

The sample's eight pages tell one invented story (with one syndicated copy); the seeds are
a 2015 and a 2021 article about the same border, which must stay separate stories, linked
as related. Runs the real CLI in a subprocess so the sample's knowledge-base and gazetteer
extensions apply from a clean start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import require_data
from wirewatch.sample import sample_dir, sample_files

DAY = 10  # len("2025-03-08")


def wirewatch(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wirewatch", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    db = tmp_path_factory.mktemp("golden") / "stories.db"
    env = dict(os.environ)
    env["WIREWATCH_KB"] = str(sample_dir() / "actors.yaml")
    env["WIREWATCH_PLACES"] = str(sample_dir() / "places.yaml")
    done = wirewatch("ingest", *map(str, sample_files()), "--db", str(db), env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(wirewatch("stories", "--db", str(db), "--format", "json").stdout)


def main_story(stories: list[dict]) -> dict:
    return max(stories, key=lambda s: len(s["documents"]))


def test_sample_corpus_main_story_and_its_copy(stories: list[dict]) -> None:
    story = main_story(stories)
    assert len(story["documents"]) >= 7  # nine pages, one of them a syndicated copy
    assert len(story["copies"]) == 1
    assert sum(len(s["copies"]) for s in stories) == 1
    assert story["start"][:DAY] == "2025-03-08"


def test_sample_corpus_is_one_story(stories: list[dict]) -> None:
    assert len(stories) == 1 and len(stories[0]["documents"]) == 8


def test_events_are_merged_across_sources(stories: list[dict]) -> None:
    story = main_story(stories)
    docs = set(story["documents"])
    merged = [e for e in story["events"] if len(e["documents"]) > 1]
    assert merged, "no event is reported by two documents"
    seizure = [
        e
        for e in merged
        if e["type"] == "ASSAULT"
        and (e["source"] or {}).get("name") == "Selva Liberation Front"
        and (e["location"] or {}).get("name") == "Korvik"
    ]
    assert seizure, "the seizure of Korvik is not one merged event"
    for event in story["events"]:
        assert set(event["documents"]) <= docs
        assert {ev["document"] for ev in event["evidence"]} == set(event["documents"])
        assert all(ev["sentence"] for ev in event["evidence"])


def test_disagreements_cite_stated_claims(stories: list[dict]) -> None:
    for d in main_story(stories)["disagreements"]:
        assert len(d["claims"]) >= 2
        docs = {c["document"] for c in d["claims"]}
        assert len(docs) >= 2, f"a source cannot disagree with itself: {d}"


def test_summary_has_no_repeated_sentence(stories: list[dict]) -> None:
    sentences = [s["sentence"] for s in main_story(stories)["summary"]]
    assert sentences and len(sentences) == len(set(sentences))


def test_seeds_from_2015_and_2021_are_separate_related_stories(tmp_path: Path) -> None:
    db = tmp_path / "seeds.db"
    for name, published in (
        ("002_d8402820dddd5554.txt", "2015-09-29"),
        ("000_24e44d3951d9c417.txt", "2021-07-09"),
    ):
        path = require_data("seeds", name)
        done = wirewatch("ingest", str(path), "--published", published, "--db", str(db))
        assert done.returncode == 0, done.stderr
    stories = json.loads(wirewatch("stories", "--db", str(db), "--format", "json").stdout)
    assert len(stories) == 2
    years = sorted(s["start"][:4] for s in stories)
    assert years == ["2015", "2021"]
    first, second = stories
    assert second["id"] in first["related"] and first["id"] in second["related"]
    again = wirewatch("ingest", str(require_data("seeds", "000_24e44d3951d9c417.txt")),
                      "--published", "2021-07-09", "--db", str(db))  # fmt: skip
    assert again.returncode == 0 and "1 already stored" in again.stderr
