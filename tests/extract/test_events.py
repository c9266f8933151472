"""Events: type, roles by syntax, modality, ACLED/CAMEO codes, dates, fatalities, comments."""

from __future__ import annotations

import pytest

from event_text import find
from wirewatch.api import extract_text
from wirewatch.document import Document


def events_of(text: str, published: str | None = "2015-09-29") -> Document:
    return extract_text("Headline for the test\n\n" + text, published=published)


def test_territory_taken_passive_like_fall_to() -> None:
    doc = events_of("Only yesterday, the northern Afghan city of Kunduz fell to the Taliban.")
    e = find(doc, "fell to")
    assert e.type == "ASSAULT" and e.modality == "asserted"
    assert e.source_text == "Taliban" and "Kunduz" in e.target_text
    assert e.acled == {
        "event_type": "Battles",
        "sub_event_type": "Non-state actor overtakes territory",
    }
    assert e.date is not None and e.date.start == "2015-09-28" and e.date.precision == "day"


def test_conditional_pledge_is_not_an_attack() -> None:
    doc = events_of(
        "The alliance is ready to defend Tajikistan if it is attacked by another state."
    )
    pledge = find(doc, "defend")
    assert pledge.type == "AGREE" and pledge.act == "AID"
    assert pledge.modality == "conditional"
    assert pledge.acled is None and pledge.cameo == "03"
    assert pledge.source_text == "alliance" and pledge.target_text == "Tajikistan"
    attack = find(doc, "attacked")
    assert attack.modality == "hypothetical" and attack.acled is None
    assert attack.source_text == "another state"


def test_intended_and_negated() -> None:
    doc = events_of(
        "Russia is set to redeploy its troops to the Tajik border. "
        "The government did not attack the rebels."
    )
    move = find(doc, "redeploy")
    assert move.type == "MOBILIZE" and move.modality == "intended"
    assert move.source_text == "Russia" and "border" in move.target_text
    assert find(doc, "attack").modality == "negated"


def test_passive_voice_swaps_roles_and_fatalities() -> None:
    doc = events_of("The checkpoint was attacked by gunmen on Friday, killing seven border guards.")
    e = find(doc, "attacked")
    assert e.source_text == "gunmen" and e.target_text == "checkpoint"
    assert e.fatalities == 7
    assert e.date.start == "2015-09-25"


def test_victims_as_subject() -> None:
    doc = events_of("Already 22 people have lost their lives in gun battles this month.")
    e = find(doc, "lost their lives")
    assert e.target_text == "22 people" and e.fatalities == 22


@pytest.mark.parametrize(
    "sentence",
    [
        "This recent recapture clearly demonstrates the strength of the movement.",
        "The ministry wants to take control of the situation quickly.",
    ],
)
def test_figurative_uses_are_not_events(sentence: str) -> None:
    doc = events_of(sentence)
    assert not [e for e in doc.events if e.type in {"PROTEST", "ASSAULT"}]


def test_request_restraint() -> None:
    doc = events_of("Zakharova called on the opposing sides of the conflict to show restraint.")
    e = find(doc, "called on")
    assert e.type == "REQUEST" and e.source_text == "Zakharova"
    assert "opposing sides" in e.target_text


def test_without_publication_date_the_event_date_stays_unknown() -> None:
    doc = events_of("Troops attacked the village on Friday.", published=None)
    assert find(doc, "attacked").date is None


def test_events_in_comments_are_marked() -> None:
    html = (
        "<html><body><article><h1>Border news</h1><p>The ministry said the border was calm "
        "and talks would continue next week in the capital, officials added.</p></article>"
        "<ol class='commentlist'><li class='comment' id='comment-1'><div class='comment-author'>"
        "<cite class='fn'>reader1</cite></div><div class='comment-content'><p>The army "
        "attacked the rebels in the hills last year.</p></div></li></ol></body></html>"
    )
    doc = extract_text(html)
    assert doc.comments, "comment not found"
    in_comments = [e for e in doc.events if e.in_.startswith("comment:")]
    assert in_comments and all(e.in_ != "body" for e in in_comments)
    for e in in_comments:
        cid = e.in_.split(":", 1)[1]
        text = next(c.text for c in doc.comments if c.id == cid)
        assert text[e.span[0] : e.span[1]].strip() == e.sentence.strip()


def test_evidence_spans_point_into_the_body() -> None:
    doc = events_of("Gunmen attacked the post. Later the army deployed troops to the area.")
    assert doc.events
    for e in doc.events:
        assert doc.body[e.span[0] : e.span[1]] == e.sentence
        assert e.trigger in e.sentence
        assert 0 < e.confidence <= 1
