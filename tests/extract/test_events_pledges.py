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
