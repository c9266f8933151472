"""Wordings of real conflict news (outside Syria) that machine coders turn into false or
misattributed events: each test names the wording and what an analyst expects of it."""

from __future__ import annotations

from event_text import events_of, find, types


def test_an_offensive_threatened_is_a_threat_not_a_battle() -> None:
    doc = events_of("Orla has threatened a full-scale military offensive against Varo.")
    assert "ASSAULT" not in types(doc)
    event = find(doc, "offensive")
    assert (event.type, event.modality, event.mode) == ("THREATEN", "intended", "violence")
    assert event.source_text == "Orla" and event.target_text == "Varo"


def test_sanctions_threatened_are_a_threat_not_imposed() -> None:
    doc = events_of("Tosca has threatened sanctions against Selva.")
    assert "SANCTION" not in types(doc)
    assert find(doc, "sanctions").type == "THREATEN"


def test_an_act_warned_of_is_foreseen_not_done() -> None:
    doc = events_of("Orla warned of airstrikes against Varo.")
    assert find(doc, "airstrikes").modality == "hypothetical"


def test_what_a_protest_is_part_of_is_no_party_and_the_protest_no_doer() -> None:
    doc = events_of("The group said the protest there was part of a wider day of action.")
    assert all(e.target_text != "part" and e.source_text != "protest" for e in doc.events)


def test_a_crowd_demonstrating_on_a_place_does_not_target_it() -> None:
    doc = events_of("About 100 protesters demonstrated on the railway tracks.")
    assert find(doc, "demonstrated").target_text is None


def test_a_crowd_marching_in_a_town_does_not_target_it() -> None:
    doc = events_of("The activists are marching in Tosca in solidarity with the miners.")
    assert find(doc, "marching").target_text in {None, "miners"}


def test_a_crowd_demonstrating_against_a_party_targets_it() -> None:
    doc = events_of("Thousands of people demonstrated against Varo in the capital.")
    assert find(doc, "demonstrated").target_text == "Varo"
