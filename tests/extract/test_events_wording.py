"""Everyday news wording: synonyms, phrasal verbs and nouns for acts that the codebook's own
definitions do not list, each coded within its PLOVER type's definition."""

from __future__ import annotations

import pytest

from event_text import events_of, find
from wirewatch.api import analyze_texts
from wirewatch.extract.main_event import main_event


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype"),
    [
        ("Gunmen gunned down two soldiers near the market on Monday.", "gunned down", "ASSAULT"),
        ("The rebels caved in to government pressure on Friday.", "caved in", "CONCEDE"),
        (
            "The opposition lashed out at the finance minister on Tuesday.",
            "lashed out at",
            "ACCUSE",
        ),
        ("Parliament snubbed the proposal from Brussels on Monday.", "snubbed", "REJECT"),
        ("The union pressed for higher wages in talks on Monday.", "pressed for", "REQUEST"),
        ("Ankara congratulated the new president of Chile on Sunday.", "congratulated", "SUPPORT"),
    ],
)
def test_synonyms_and_phrasal_verbs_name_their_type(
    sentence: str, trigger: str, etype: str
) -> None:
    assert find(events_of(sentence), trigger).type == etype


def test_giving_up_territory_is_a_retreat_but_giving_up_hope_is_no_event() -> None:
    doc = events_of("The militia gave up control of the port city on Sunday.")
    assert find(doc, "gave up").type == "RETREAT"
    doc = events_of("The families gave up hope of a rescue on Sunday.")
    assert not [e for e in doc.events if "gave up" in e.trigger]


def test_a_fine_imposed_is_a_sanction() -> None:
    doc = events_of("The regulator fined the state broadcaster $2 million on Friday.")
    assert find(doc, "fined").type == "SANCTION"


def headline_events(headline: str) -> list[tuple[str, str]]:
    """(type, trigger) of a headline's events, read as the synthetic stories give them."""
    doc = next(iter(analyze_texts([f"{headline}\n\nOfficials gave no further details."])))
    return [(e.type, e.trigger) for e in doc.events]


def test_testing_a_missile_mobilizes_but_testing_morale_is_no_event() -> None:
    assert ("MOBILIZE", "Tests") in headline_events("Pyongyang Tests New Ballistic Missile")
    assert not headline_events("Army Tests Troops Morale")


def test_agreeing_to_demands_concedes() -> None:
    assert ("CONCEDE", "Agrees") in headline_events("Government Agrees to Strikers' Demands")
    assert ("CONCEDE", "Caves In") in headline_events("Government Caves In to Pressure From Unions")


def test_a_meeting_that_produced_the_news_is_its_setting() -> None:
    doc = next(iter(analyze_texts(["Peace Talks Lead to Withdrawal of Troops\n\nNo details."])))
    event = main_event(doc)
    assert event is not None and event.type == "RETREAT"


def test_hosting_an_event_gives_way_to_it_but_hosting_talks_is_a_meeting() -> None:
    assert headline_events("Malta Hosts Joint Naval Drills with Italy") == [
        ("COOPERATE", "Joint Naval Drills")
    ]
    assert ("CONSULT", "Hosts") in headline_events("Malta Hosts Talks Between Rivals")


def test_talks_beside_another_act_are_its_setting() -> None:
    doc = next(iter(analyze_texts(["Rebels Make Concessions in Nuclear Talks\n\nNo details."])))
    event = main_event(doc)
    assert event is not None and event.type == "CONCEDE"
    doc = next(iter(analyze_texts(["Peace Talks Resume in Doha\n\nNo details."])))
    event = main_event(doc)
    assert event is not None and event.type == "CONSULT"


def test_moving_forces_mobilizes_and_giving_up_weapons_retreats() -> None:
    assert ("MOBILIZE", "Scrambles") in headline_events("China Scrambles Fighter Jets Near Taiwan")
    assert ("RETREAT", "Abandon") in headline_events("Rebels Abandon Positions Near Aleppo")
    assert ("COOPERATE", "Sells") in headline_events("Germany Sells Tanks to Qatar")


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype"),
    [
        ("The army stood down its border units on Monday.", "stood down", "RETREAT"),
        ("The two armies began to disengage along the river on Friday.", "disengage", "RETREAT"),
        ("The government backed down on the fuel tax on Monday.", "backed down", "CONCEDE"),
        ("The rebels declared a ceasefire on Monday.", "declared a ceasefire", "CONCEDE"),
    ],
)
def test_forces_leaving_a_standoff_retreat_and_backing_down_concedes(
    sentence: str, trigger: str, etype: str
) -> None:
    assert find(events_of(sentence), trigger).type == etype
