"""Forces sent to help or keep the peace are aid; a build-up stays a show of force. An act
re-read by its actor carries the CAMEO root of what it became."""

from __future__ import annotations

from event_text import events_of, find


def test_troops_sent_to_a_peacekeeping_mission_are_aid() -> None:
    doc = events_of("Britain is deploying 300 troops to the UN peacekeeping mission in Mali.")
    deployed = find(doc, "deploying")
    assert (deployed.type, deployed.cameo) == ("AID", "07")


def test_troops_arriving_to_help_deliver_aid_are_aid() -> None:
    doc = events_of("US troops have arrived in Nepal to help deliver aid to remote villages.")
    assert find(doc, "arrived").type == "AID"


def test_troops_massed_on_a_border_are_a_show_of_force() -> None:
    doc = events_of("Russia deployed 2,000 troops to the border with Ukraine on Monday.")
    deployed = find(doc, "deployed")
    assert (deployed.type, deployed.cameo) == ("MOBILIZE", "15")


def test_a_riot_carries_the_protest_root_not_the_attack_root() -> None:
    doc = events_of("Protesters attacked police with stones in Tehran on Friday.")
    riot = find(doc, "attacked")
    assert (riot.type, riot.mode, riot.cameo) == ("PROTEST", "riot", "14")
