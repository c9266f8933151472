"""Roles read at a sentence's main predicate, for attitudes that name no PLOVER act."""

from __future__ import annotations

from functools import lru_cache

import pytest

from wirewatch.extract.predicate_roles import main_predicate, predicate_roles
from wirewatch.nlp.model import load_model


@lru_cache(maxsize=1)
def _nlp():
    return load_model(disable=("ner", "lemmatizer"))


def roles(sentence: str) -> tuple[str | None, str | None]:
    sent = next(iter(_nlp()(sentence).sents))
    source, target = predicate_roles(sent)
    return (source.text if source else None, target.text if target else None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The farmers' union said it is skeptical of the new water plan.",
            ("farmers' union", "new water plan"),
        ),
        ("The mayor expressed pessimism about the budget talks.", ("mayor", "budget talks")),
        (
            "The minister expressed optimism on Monday that the central bank would cut rates.",
            ("minister", "central bank"),
        ),
        (
            "Union leaders said they hoped the company would raise wages.",
            ("Union leaders", "company"),
        ),
        ("The senator said she agrees with the committee.", ("senator", "committee")),
    ],
)
def test_attitude_and_what_it_is_about(sentence: str, expected: tuple[str, str]) -> None:
    assert roles(sentence) == expected


def test_reporting_verb_gives_way_to_what_is_reported() -> None:
    sent = next(iter(_nlp()("The ministry said it is confident about the plan.").sents))
    assert main_predicate(sent).text == "is"


def test_reporting_verb_with_its_own_object_is_the_predicate() -> None:
    sent = next(iter(_nlp()("The ministry told reporters that talks had failed.").sents))
    assert main_predicate(sent).text == "told"
