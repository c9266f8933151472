"""Where a target phrase ends: a date in apposition and the attack someone fell in are
circumstances of the act, not part of who it was done to."""

from __future__ import annotations

from functools import lru_cache

import pytest

from wirewatch.extract.roles import event_roles, phrase
from wirewatch.nlp.model import load_model


@lru_cache(maxsize=1)
def _nlp():
    return load_model(disable=("ner", "lemmatizer"))


def _phrase_of(sentence: str, head: str) -> str:
    doc = _nlp()(sentence)
    return phrase(next(t for t in doc if t.text == head)).text


@pytest.mark.parametrize(
    ("sentence", "head", "expected"),
    [
        (
            "Norland summoned Eastmark's ambassador Monday to complain about the remarks.",
            "ambassador",
            "Eastmark's ambassador",
        ),
        (
            "The bombers killed 52 people in coordinated attacks in the capital.",
            "people",
            "52 people",
        ),
    ],
)
def test_circumstances_end_the_phrase(sentence: str, head: str, expected: str) -> None:
    assert _phrase_of(sentence, head) == expected


def test_a_name_that_is_a_month_stays_a_name() -> None:
    sentence = "Norland's envoy met the British Prime Minister Theresa May in London."
    assert _phrase_of(sentence, "May").endswith("Theresa May")


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "Norland will ease its restrictions on humanitarian assistance to Eastmark.",
            "ease",
            "Eastmark",
        ),
        ("Velia agreed to lift the ban on imports of Norlandic beef.", "lift", "Norlandic beef"),
    ],
)
def test_a_measure_on_a_thing_bears_on_whom_the_thing_goes_to(
    sentence: str, trigger: str, expected: str
) -> None:
    doc = _nlp()(sentence)
    _source, target = event_roles(next(t for t in doc if t.text == trigger))
    assert target is not None and target.text == expected


def test_troops_sent_to_a_mission_go_where_the_mission_is() -> None:
    doc = _nlp()("Norland is deploying 300 troops to the UN peacekeeping mission in Velia.")
    _source, target = event_roles(next(t for t in doc if t.text == "deploying"))
    assert target is not None and target.text == "Velia"
