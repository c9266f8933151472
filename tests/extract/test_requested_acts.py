"""An act asked for has not happened, and the one asked would do it."""

from __future__ import annotations

from event_text import events_of, find


def test_an_act_urged_is_hypothetical_and_done_by_the_party_urged() -> None:
    doc = events_of("The UN urged Varan to withdraw its troops from Selva.")
    request, retreat = find(doc, "urged"), find(doc, "withdraw")
    assert (request.type, request.modality, request.source_text) == ("REQUEST", "asserted", "UN")
    assert retreat.modality == "hypothetical"
    assert retreat.source_text == "Varan"


def test_called_on_names_the_party_asked() -> None:
    event = find(events_of("Rebels called on the UN to send food to Orla."), "send")
    assert event.modality == "hypothetical"
    assert event.source_text == "UN"


def test_a_demanded_release_is_not_a_release() -> None:
    event = find(events_of("Tosca demanded that Varan release the prisoners."), "release")
    assert event.modality == "hypothetical"
    assert event.source_text == "Varan"


def test_a_force_called_for_is_not_deployed() -> None:
    doc = events_of(
        "The Kurdish leader called for an observer force to be stationed on the border."
    )
    assert find(doc, "stationed").modality == "hypothetical"


def test_a_sanction_asked_for_is_no_threat() -> None:
    event = find(events_of("Activists urged the EU to impose sanctions on Varan."), "impose")
    assert (event.type, event.modality) == ("SANCTION", "hypothetical")


def test_asking_to_act_oneself_keeps_the_subject() -> None:
    event = find(events_of("Varan asked to meet the Tosca envoy in Selva."), "meet")
    assert event.modality == "hypothetical"
    assert event.source_text == "Varan"


def test_a_telephone_call_asks_for_nothing() -> None:
    doc = events_of(
        "The Tosca foreign minister called Varan's envoy on Friday to discuss the crisis."
    )
    event = find(doc, "discuss")
    assert event.modality == "asserted"
    assert event.source_text is not None and "Tosca" in event.source_text


def test_an_order_is_the_act_of_the_one_who_gave_it() -> None:
    """CAMEO and PLOVER code a directive as its issuer's act."""
    event = find(
        events_of("The Varan president ordered the newspapers to suspend publication."), "suspend"
    )
    assert event.source_text is not None and "president" in event.source_text


def test_calling_an_attack_a_crime_asks_for_nothing() -> None:
    doc = events_of("Tosca called the attack on Selva a war crime.")
    assert find(doc, "attack").modality == "asserted"
