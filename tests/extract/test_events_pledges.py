"""A pledge of money or aid is PLOVER AGREE with the AID act; other pledges keep no act."""

from __future__ import annotations

from wirewatch.api import extract_text


def _pledges(text: str) -> list[tuple[str, str | None]]:
    doc = extract_text(text, published="2015-09-29")
    return [(e.type, e.act) for e in doc.events if e.type == "AGREE"]


def test_pledged_money_is_a_pledge_of_aid() -> None:
    assert ("AGREE", "AID") in _pledges("Donors met in Tokyo and pledged $16 billion in aid.")
    assert ("AGREE", "AID") in _pledges("Japan promised new loans to Kenya.")


def test_a_pledge_of_something_else_has_no_aid_act() -> None:
    assert _pledges("The European Union pledged support for the talks.") == [("AGREE", None)]


def _targets(text: str) -> list[str | None]:
    doc = extract_text(text, published="2021-07-09")
    return [doc.actors[e.target].name if e.target else None for e in doc.events]


def test_an_ally_named_by_relation_is_the_other_country_of_the_sentence() -> None:
    text = "As the Taliban reach the Tajikistan border, Russia vows to defend its close ally."
    assert "Tajikistan" in _targets(text)


def test_an_ally_stays_unresolved_without_one_other_country() -> None:
    assert _targets("Russia vowed to defend its ally.") == [None]
    text = "With Iran and Iraq watching, Russia vowed to defend its ally."
    assert "Iran" not in _targets(text) and "Iraq" not in _targets(text)


def _modalities(text: str) -> list[tuple[str, str]]:
    doc = extract_text(text, published="2025-03-10")
    return [(e.trigger, e.modality) for e in doc.events if e.type == "AGREE"]


def test_an_if_clause_inside_reported_words_makes_the_pledge_conditional() -> None:
    # The parser hangs "if … attacked" on "said"; it still conditions the pledge.
    text = (
        "The alliance is ready to defend Varnesia if the country is attacked by another "
        "state, the alliance's spokesperson said on Monday."
    )
    assert ("defend", "conditional") in _modalities(text)
    assert _modalities("Russia will defend Tajikistan, Lavrov said.") == [("defend", "intended")]
