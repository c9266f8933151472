"""Structural place cues: datelines, a legislator's home, listed counties, a town's public
bodies; and the capital-over-region preference."""

from __future__ import annotations

import spacy

from wirewatch.nlp.geo import geoparse
from wirewatch.nlp.geo.cues import Cues

_BLANK = spacy.blank("en")


def spans(found: list, doc) -> list[str]:
    return [doc[c.start : c.end].text for c in found]


def test_dateline_in_capitals_after_a_headline() -> None:
    cues = Cues()
    doc = _BLANK("Council approves budget. SPRINGFIELD — The city council voted on Monday.")
    found = cues.dateline(doc)
    assert found is not None and doc[found.start : found.end].text == "SPRINGFIELD"
    doc = _BLANK("COLUMBUS, Ohio (AP) — Lawmakers met.")
    found = cues.dateline(doc)
    assert found is not None and doc[found.start : found.end].text == "COLUMBUS"


def test_no_dateline_in_ordinary_title_case_or_mid_sentence() -> None:
    cues = Cues()
    assert cues.dateline(_BLANK("Home - the latest news from around the world.")) is None
    assert cues.dateline(_BLANK("He said the FBI agents - all of them - left.")) is None


def test_party_label_home() -> None:
    cues = Cues()
    doc = _BLANK("Sen. Jane Doe, D-Kanawha, and Rep. John Roe, R-W. Va., spoke.")
    assert spans(cues.party_homes(doc), doc) == ["Kanawha", "W. Va."]
    # A hyphen without the comma before it is not a party label ("D-Day").
    doc = _BLANK("On D-Day the troops landed.")
    assert cues.party_homes(doc) == []


def test_listed_counties() -> None:
    cues = Cues()
    doc = _BLANK("Schools in Barrow, Jackson and Madison counties closed early.")
    found = cues.listed(doc)
    assert sorted(spans(found, doc)) == ["Barrow", "Jackson", "Madison"]
    assert {c.kind for c in found} == {"admin2"}
    # One name before the plural is no list ("both Madison counties").
    assert cues.listed(_BLANK("Officials from both Madison counties met.")) == []


def test_civic_head_after_a_name() -> None:
    cues = Cues()
    doc = _BLANK("Grovetown police and the Canaan Board of Finance met.")
    assert cues.civic_after(doc, 1)
    assert cues.civic_after(doc, 5)
    assert not cues.civic_after(doc, 2)


def test_listed_counties_resolve_to_counties_in_one_state() -> None:
    text = "Voters in Oconee, Oglethorpe and Madison counties, Georgia, go to the polls."
    places = {p.text: p for p in geoparse(text)}
    assert places["Oglethorpe"].feature == "admin2"
    assert places["Oglethorpe"].admin1 == "Georgia"


def test_town_before_its_police_is_a_place() -> None:
    text = "Grovetown police said the man was arrested near Augusta, Georgia."
    places = {p.text: p for p in geoparse(text)}
    assert "Grovetown" in places
    assert places["Grovetown"].admin1 == "Georgia"


def test_washington_alone_is_the_capital_but_washington_state_is_the_state() -> None:
    capital = [p for p in geoparse("Officials in Washington said talks would resume.")]
    assert capital and capital[0].feature == "city" and capital[0].lon > -80
    state = [p for p in geoparse("Wildfires spread across Washington state on Monday.")]
    assert state and state[0].feature == "admin1"


def test_a_first_name_before_a_surname_is_no_place() -> None:
    text = "Officers Ron McCurry and Chad Walker arrested him. Later Chad Walker said it was over."
    assert all(p.text != "Chad" for p in geoparse(text))
    assert any(p.country == "TCD" for p in geoparse("Troops crossed into Chad on Monday."))
