"""Names that look like places but are not (a first name after a role, a feature name
that only shares a word with a town), and names whose wording picks the reading (a city
over its same-named state, a town marked by its region or its public body)."""

from __future__ import annotations

from wirewatch.nlp.geo import geoparse


def by_text(text: str) -> dict:
    return {p.text: p for p in geoparse(text)}


def test_first_name_after_a_role_noun_is_no_place() -> None:
    text = (
        "UN spokesperson Nadia Farouk told reporters on Monday that the convoy was delayed. "
        "The route is unsafe, Farouk said."
    )
    assert "Nadia" not in by_text(text)


def test_first_name_before_a_speaker_is_no_place() -> None:
    text = "Aid worker Nadia Karimova met families in the camp. Karimova said food was short."
    assert "Nadia" not in by_text(text)


def test_river_name_never_reads_as_a_town_sharing_a_word() -> None:
    places = by_text("Clashes near the Selva River border displaced hundreds of families.")
    river = places["Selva River"]
    assert river.feature == "natural"
    assert river.lat is None and river.country is None


def test_river_first_form_and_curated_rivers() -> None:
    places = by_text("Boats crossed the River Selva while others waited on the Danube River.")
    assert places["River Selva"].lat is None
    assert places["Danube River"].feature == "natural"
    assert places["Danube River"].lat is not None


def test_town_named_after_a_lake_keeps_its_reading() -> None:
    places = by_text("The fair moved from Fergus Falls to Elbow Lake, Minnesota, this year.")
    assert places["Elbow Lake"].feature == "city"
    assert places["Elbow Lake"].admin1 == "Minnesota"


def test_in_new_york_is_the_city() -> None:
    places = by_text("The envoy told reporters in New York that talks would resume.")
    assert places["New York"].feature == "city"
    assert by_text("A New York-based charity sent tents.")["New York"].feature == "city"


def test_state_cues_keep_new_york_the_state() -> None:
    assert by_text("Snow closed roads across upstate New York.")["New York"].feature == "admin1"
    assert by_text("Voters in New York state backed it.")["New York"].feature == "admin1"
    listed = by_text("Delegates came from Missouri, New York, Ohio and Virginia.")
    assert listed["New York"].feature == "admin1"


def test_town_with_its_public_body_is_no_surname() -> None:
    text = (
        "Alexandria police found the car on Monday. Alexandria Commonwealth's Attorney "
        "Randy Sengel said the case began in Alexandria, Virginia."
    )
    alexandria = [p for p in geoparse(text) if p.text == "Alexandria"]
    assert len(alexandria) >= 2
    assert all(p.admin1 == "Virginia" for p in alexandria)


def test_weak_town_takes_its_local_reading() -> None:
    text = (
        "Delano and Montgomery officials met in Minnesota on Friday. Buses left Rochester "
        "and St. Paul, then stopped in Watertown before noon."
    )
    assert by_text(text)["Watertown"].admin1 == "Minnesota"


def test_region_demonyms_name_their_region() -> None:
    from wirewatch.nlp.geo.parser import Geoparser, get_geoparser

    base = get_geoparser()
    parser = Geoparser(base.gazetteer, base.options, demonyms=True)
    text = "South Ossetian officials met Texans and Russian diplomats."
    places = {p.text: p for p in parser.geoparse(text)}
    assert places["South Ossetian"].name == "South Ossetia"
    assert places["Texans"].name == "Texas"
    assert places["Russian"].country == "RUS"


def test_name_initial_name_is_a_person_whatever_the_label() -> None:
    import spacy

    from wirewatch.nlp.geo.detect import _initialled

    blank = spacy.blank("en")
    assert _initialled(blank("Tyrise M. Bell")[0:3])
    assert not _initialled(blank("New York City")[0:3])
    assert not _initialled(blank("St. Louis County")[0:3])


def test_chinese_and_iranian_provinces_are_regions() -> None:
    places = by_text("Floods hit Hunan while protests spread in Fars Province.")
    assert places["Hunan"].feature == "admin1" and places["Hunan"].country == "CHN"
    assert places["Fars Province"].country == "IRN"


def test_initialisms_never_read_as_towns_spelt_so() -> None:
    places = by_text("The EU and the UK signed the deal in Brussels.")
    assert places["EU"].name == "European Union"
    assert places["UK"].country == "GBR"
