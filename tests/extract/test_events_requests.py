"""An appeal needs something asked for; a question put to someone is no REQUEST event."""

from __future__ import annotations

import pytest

from wirewatch.api import extract_text


def _requests(text: str) -> list[str]:
    doc = extract_text(text, published="2015-10-01")
    return [e.trigger for e in doc.events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Kabul asked Pakistan to do more against the militants.",
        "Afghanistan asked for international help.",
        "Iraq asked the United Nations for help.",
        "The opposition asked that the talks resume.",
    ],
)
def test_asking_for_something_is_an_appeal(text: str) -> None:
    assert any("ask" in t.lower() for t in _requests(text))


@pytest.mark.parametrize(
    "text",
    [
        "When asked about the deployment, Lavrov said nothing.",
        "Reporters asked Lavrov about the border.",
        "Asked whether troops would be sent, the minister declined to comment.",
    ],
)
def test_a_question_is_no_appeal(text: str) -> None:
    assert not any("ask" in t.lower() for t in _requests(text))
