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


def test_a_danger_defied_is_no_rejection() -> None:
    doc = events_of("The dangers that some brave reporters defy prove how much we need them.")
    assert "REJECT" not in types(doc)


def test_a_party_defied_is_still_rejected() -> None:
    doc = events_of("The rebels defied Varo and kept fighting.")
    assert find(doc, "defied").type == "REJECT"


def test_proof_supplied_is_no_aid() -> None:
    doc = events_of("The persecution of these reporters would supply the proof.")
    assert not types(doc) & {"AID", "AGREE"}


def test_fighting_terrorism_is_a_policy_not_a_battle() -> None:
    doc = events_of("The two armies are fighting terrorism in the region.")
    assert "ASSAULT" not in types(doc)


def test_an_act_a_party_must_do_is_not_done() -> None:
    doc = events_of("Varo must withdraw its troops from Tosca.")
    assert find(doc, "withdraw").modality == "hypothetical"


def test_the_purpose_of_a_duty_is_not_done() -> None:
    doc = events_of("The soldiers must stay in the region to protect Varo.")
    assert find(doc, "protect").modality == "hypothetical"


def test_the_purpose_of_a_deed_keeps_its_modality() -> None:
    doc = events_of("The soldiers stayed in the region to protect Varo.")
    assert find(doc, "protect").modality == "asserted"


def test_help_asked_for_in_come_to_aid_is_the_asked_party_s_and_not_given() -> None:
    doc = events_of("Orla has urged Varo to come to Tosca's aid.")
    event = find(doc, "aid")
    assert (event.source_text, event.target_text) == ("Varo", "Tosca")
    assert event.modality == "hypothetical"


def test_coming_to_a_party_s_aid_helps_that_party() -> None:
    doc = events_of("Varo came to Tosca's aid after the floods.")
    event = find(doc, "aid")
    assert (event.source_text, event.target_text, event.modality) == ("Varo", "Tosca", "asserted")
