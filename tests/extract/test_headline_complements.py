"""A headline act in a to-infinitive after another act is what that act refuses, threatens
or aims at: the governing act is the news, except after a pledge, which PLOVER codes by
what is pledged."""

from __future__ import annotations

from wirewatch.api import analyze_texts
from wirewatch.document import Document
from wirewatch.extract.main_event import main_event

BODY = "Officials gave no further details on Monday."


def story(headline: str) -> Document:
    return next(iter(analyze_texts([f"{headline}\n\n{BODY}"])))


def confidence(doc: Document, trigger: str) -> float:
    return next(e.confidence for e in doc.events if e.trigger == trigger)


def main_type(headline: str) -> str | None:
    event = main_event(story(headline))
    return event.type if event else None


def test_a_refusal_outranks_what_is_refused() -> None:
    assert main_type("Council Refuses to Lift Night Curfew in Port Town") == "REJECT"


def test_a_visit_outranks_its_purpose() -> None:
    assert main_type("Foreign Minister Visits Neighbour to Discuss Aid") == "CONSULT"


def test_a_threatened_act_counts_for_less_than_the_threat() -> None:
    doc = story("Ruling Party Threatens to Expel Dissident Lawmakers")
    assert confidence(doc, "Expel") < confidence(doc, "Threatens") / 2


def test_a_pledged_act_keeps_its_weight() -> None:
    doc = story("Mayor Agrees to Lift Night Curfew")
    assert main_type("Mayor Agrees to Lift Night Curfew") == "CONCEDE"
    assert confidence(doc, "Lift") > 0.3


def test_an_infinitive_opening_the_headline_is_its_news() -> None:
    assert main_type("Government to Lift Night Curfew") == "CONCEDE"
