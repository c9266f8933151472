"""Territory taken in fighting (ACLED tells a state's forces retaking ground from an armed
group overtaking it), and forces moved short of fighting."""

from __future__ import annotations

import pytest

from event_text import events_of, types
from wirewatch.api import extract_text


def _territory(text: str) -> list[tuple[str, str | None]]:
    doc = extract_text(text, published="2015-10-01")
    return [
        (e.trigger, (e.acled or {}).get("sub_event_type"))
        for e in doc.events
        if e.type == "ASSAULT"
    ]


def test_state_forces_regain_territory() -> None:
    found = _territory("Afghan troops recaptured the city of Kunduz on Thursday.")
    assert ("recaptured", "Government regains territory") in found


def test_an_armed_group_overtakes_territory() -> None:
    found = _territory("The Taliban captured the city of Kunduz on Monday.")
    assert ("captured", "Non-state actor overtakes territory") in found


def test_retake_is_inflected() -> None:
    found = _territory("Afghan troops retook the city of Kunduz on Thursday.")
    assert ("retook", "Government regains territory") in found


def _gain(text: str) -> list[tuple[str | None, str | None, str | None]]:
    doc = extract_text(text, published="2021-07-05")
    return [
        (e.source_text, e.target_text, (e.acled or {}).get("sub_event_type"))
        for e in doc.events
        if e.type == "ASSAULT"
    ]


def test_territorial_gains_need_no_named_place() -> None:
    """The words name the territory themselves; "on the border" says where, not whom."""
    found = _gain("The Taliban has made territorial gains in the north, on the Tajik border.")
    assert found == [("Taliban", None, "Non-state actor overtakes territory")]


def test_gains_against_a_party_target_it() -> None:
    found = _gain("The rebels made territorial gains against the army near the capital.")
    assert [(s, t) for s, t, _ in found] == [("rebels", "army")]


def test_seized_territory_is_taken_ground() -> None:
    found = _gain("Islamic State fighters seized territory in eastern Syria on Sunday.")
    assert found and found[0][2] == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Varnesia has since moved around 2,000 troops into the district.", "Varnesia"),
        ("Russia moved tanks and artillery closer to the border.", "Russia"),
    ],
)
def test_moving_forces_is_mobilizing(text: str, source: str) -> None:
    doc = extract_text(text, published="2025-03-10")
    assert [(e.type, e.source_text) for e in doc.events] == [("MOBILIZE", source)]


def test_moving_something_else_is_not() -> None:
    doc = extract_text("The ministry moved its offices to a new building.", published="2025-03-10")
    assert not [e for e in doc.events if e.type == "MOBILIZE"]


def test_a_place_left_in_a_state_saw_no_withdrawal() -> None:
    doc = events_of("Afghanistan has been left in a precarious position since the war.")
    assert "RETREAT" not in types(doc)
    doc = events_of("Foreign troops left Afghanistan in August.")
    assert "RETREAT" in types(doc)
