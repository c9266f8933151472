"""Geoparser mechanisms added for local news: streets, places inside names, weak small-town
mentions kept only in local context, person cues, and coherence between names."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.nlp.geo import geoparse
from wirewatch.nlp.geo.streets import StreetFinder

_BLANK = spacy.blank("en")


def by_text(text: str) -> dict:
    return {p.text: p for p in geoparse(text)}


def test_streets_and_routes_are_places_without_points() -> None:
    places = by_text("The crash on Darby Street closed Interstate 395 for two hours.")
    for name in ("Darby Street", "Interstate 395"):
        assert places[name].feature == "other"
        assert places[name].lat is None


def test_street_finder_ignores_plain_words() -> None:
    finder = StreetFinder()
    doc = _BLANK("He would drive down the road to the court.")
    assert finder.find(doc) == []
    doc = _BLANK("She lives at 420 Augusta St. near County Road 56.")
    spans = [doc[s.start_token : s.end_token].text for s in finder.find(doc)]
    assert "County Road 56" in spans
    assert any(s.endswith("Augusta St.") for s in spans)


def test_route_prefixes_longest_first_and_with_a_hyphen() -> None:
    doc = _BLANK("Trucks left State Route 9 for U.S. Highway 1, then I - 95 and Route 123456.")
    spans = [doc[s.start_token : s.end_token].text for s in StreetFinder().find(doc)]
    assert spans == ["State Route 9", "U.S. Highway 1", "I - 95"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("Ab Highway Street 12 -.,in"), max_size=120))
def test_street_spans_stay_inside_the_doc(text: str) -> None:
    doc = _BLANK(text)
    for span in StreetFinder().find(doc):
        assert 0 <= span.start_token < span.end_token <= len(doc)


def test_place_inside_an_organisation_name() -> None:
    places = by_text("The Minnesota Department of Transportation closed the bridge on Friday.")
    assert places["Minnesota"].feature == "admin1"
    assert places["Minnesota"].country == "USA"


def test_country_in_a_mistagged_person_name_is_not_a_surname() -> None:
    text = (
        "Egypt wants closer ties. Former US ambassador to Egypt Dan Kurtzer said Egypt must reform."
    )
    egypt = [p for p in geoparse(text) if p.text == "Egypt"]
    assert len(egypt) >= 2
    assert all(p.country == "EGY" for p in egypt)


def test_county_and_town_agree_on_a_state() -> None:
    text = (
        "Decatur police and DeKalb County deputies searched the area near Stone Mountain on Monday."
    )
    places = by_text(text)
    assert places["Decatur"].admin1 == "Georgia"
    assert places["DeKalb County"].admin1 == "Georgia"
    assert places["DeKalb County"].lat is not None


def test_person_title_blocks_a_small_town_reading() -> None:
    text = "Mayor Mullins said the Columbia, South Carolina, center will open in June."
    assert "Mullins" not in by_text(text)


def test_weak_town_kept_when_local_dropped_when_far() -> None:
    local = "Schaumburg, Illinois, officials met residents from Roselle on Tuesday."
    assert by_text(local)["Roselle"].admin1 == "Illinois"
    far = "Officials in Kabul, Afghanistan, met Roselle on Tuesday."
    assert "Roselle" not in by_text(far)
