"""Where an event happened: a place that acts ("Moscow is ready") is no location, and
violence at a named place is an event even when no party is named."""

from __future__ import annotations

from wirewatch.api import extract_text


def _located(text: str) -> list[tuple[str, str | None]]:
    doc = extract_text(text, published="2021-07-09")
    return [
        (e.type, doc.places[e.location].name if e.location is not None else None)
        for e in doc.events
    ]


def test_a_capital_that_acts_is_not_where_the_event_happened() -> None:
    found = _located("The ministry said that Moscow is ready to defend its allies.")
    assert found and all(place != "Moscow" for _, place in found)


def test_a_protest_in_a_capital_is_located_there() -> None:
    assert ("PROTEST", "Moscow") in _located("Protesters rallied in Moscow against the war.")


def test_fighting_at_a_named_place_is_an_event_without_parties() -> None:
    assert ("ASSAULT", "Kunduz") in _located("Fighting broke out in Kunduz on Monday.")
    assert ("PROTEST", "Tehran") in _located("Protests erupted in Tehran after the vote.")


def test_fighting_without_a_named_place_or_party_is_no_event() -> None:
    assert _located("The fighting continues.") == []


def test_the_object_of_in_is_the_place_not_an_owner_inside_the_phrase() -> None:
    found = _located("Obama declared an end to America's long mission in Afghanistan.")
    assert ("RETREAT", "Afghanistan") in found


def test_ending_a_war_is_no_withdrawal() -> None:
    assert not any(t == "RETREAT" for t, _ in _located("Both sides called for an end to the war."))


def test_an_agreement_made_at_a_meeting_is_located_where_the_meeting_was() -> None:
    found = _located(
        "Defence ministers of the alliance agreed on Thursday to send observers to the "
        "Herat province, the secretary-general said after a meeting in Almaty."
    )
    agreements = [place for kind, place in found if kind == "AGREE"]
    assert agreements and all(place == "Almaty" for place in agreements)


def test_a_deployment_done_is_still_located_at_its_destination() -> None:
    found = _located("NATO sent observers to Herat on Thursday.")
    assert any(place and place.startswith("Her") for _, place in found)


def test_what_was_said_does_not_locate_the_saying() -> None:
    doc = extract_text("The minister warned that rebels would attack in Kunduz soon.")
    warnings = [e for e in doc.events if e.trigger == "warned"]
    assert warnings and all(e.location is None for e in warnings)
