"""Territory taken in fighting: ACLED tells a state's forces retaking ground from an armed
group overtaking it."""

from __future__ import annotations

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
