"""Geoparser behaviour on hand-written sentences, plus a smoke run of the LGL/TR-News evals."""

from __future__ import annotations

import time

import pytest

from conftest import require_data
from wirewatch.eval.geo import haversine_km
from wirewatch.nlp.geo import Geoparser, geoparse, get_geoparser
from wirewatch.nlp.geo.normalize import name_key


@pytest.fixture(scope="module")
def geoparser() -> Geoparser:
    return get_geoparser()


def by_text(text: str) -> dict:
    return {p.text: p for p in geoparse(text)}


def near(place, lat: float, lon: float, km: float = 50.0) -> bool:
    return place.lat is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


def test_gazetteer_load_time_is_reported() -> None:
    t0 = time.perf_counter()
    gp = Geoparser.load()
    seconds = time.perf_counter() - t0
    print(f"gazetteer + geoparser load: {seconds:.2f} s, {len(gp.gazetteer.name)} rows")
    assert len(gp.gazetteer.name) > 100_000


def test_kunduz_city_in_afghanistan() -> None:
    places = by_text("Kunduz fell to the Taliban on Sunday.")
    kunduz = places["Kunduz"]
    assert kunduz.country == "AFG"
    assert near(kunduz, 36.7, 68.9)
    assert kunduz.feature == "city"
    assert (kunduz.start, kunduz.end) == (0, 6)


def test_long_beach_california_is_in_the_us_not_australia() -> None:
    places = by_text("Police in Long Beach, California, arrested two men.")
    assert places["Long Beach"].country == "USA"
    assert places["Long Beach"].admin1 == "California"
    assert places["California"].feature == "admin1"


def test_paris_texas_versus_paris() -> None:
    texas = by_text("The storm hit Paris, Texas, overnight.")["Paris"]
    assert texas.country == "USA" and texas.admin1 == "Texas"
    france = by_text("Leaders met in Paris on Monday.")["Paris"]
    assert france.country == "FRA" and near(france, 48.86, 2.35)


def test_state_abbreviation_qualifies_the_town() -> None:
    places = by_text("He grew up in Springfield, Ill., and moved away.")
    assert places["Springfield"].admin1 == "Illinois"


def test_moscow_is_russia_and_dushanbe_tajikistan() -> None:
    places = by_text("Moscow said it would send troops to Dushanbe.")
    assert places["Moscow"].country == "RUS"
    assert places["Dushanbe"].country == "TJK" and near(places["Dushanbe"], 38.54, 68.78)


def test_rivers_are_natural_features() -> None:
    text = "Fighters crossed the Pyanj River near Shir Khan Bandar, upstream of the Amu Darya."
    places = by_text(text)
    assert places["Pyanj River"].feature == "natural"
    assert places["Amu Darya"].feature == "natural"
    assert places["Shir Khan Bandar"].country == "AFG"
    for p in places.values():
        assert text[p.start : p.end] == p.text


def test_ordinal_unit_is_not_a_place() -> None:
    places = by_text("Russia's 201st military base in Tajikistan held drills.")
    assert not any("201" in p.text for p in places.values())
    assert places["Tajikistan"].feature == "country"
    assert places["Tajikistan"].country == "TJK"


def test_common_words_are_not_places() -> None:
    places = geoparse("Along the way, the bath of water was hot and all of it spilled.")
    assert places == []


def test_country_name_is_a_country() -> None:
    places = by_text("Officials in Afghanistan and the U.S. disagreed.")
    assert places["Afghanistan"].feature == "country"
    assert places["Afghanistan"].country == "AFG"
    assert places["U.S."].country == "USA"


def test_province_reading_in_country_context() -> None:
    places = geoparse("Tajikistan deployed troops to its Badakhshan province on the border.")
    province = next(p for p in places if p.text.startswith("Badakhshan"))
    assert province.country == "TJK"
    assert province.feature == "admin1"


def test_spacy_doc_is_reused(geoparser: Geoparser) -> None:
    text = "Shelling was reported in Aleppo, Syria."
    doc = geoparser.nlp()(text)
    places = geoparser.geoparse(text, spacy_doc=doc)
    assert [p.text for p in places] == ["Aleppo", "Syria"]
    assert places[0].country == "SYR"


def test_user_places_file_extends_the_gazetteer(tmp_path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "places:\n  - {name: Zorbania Ridge, kind: natural, country: TJK, point: [38.0, 70.0]}\n"
    )
    gp = Geoparser.load(extra_places=[extra])
    doc = gp.nlp()("Patrols reached Zorbania Ridge at dawn.")
    places = gp.places(doc)
    assert [(p.text, p.feature, p.country) for p in places] == [
        ("Zorbania Ridge", "natural", "TJK")
    ]


def test_name_key_folds_spelling_variants() -> None:
    assert name_key("St. Louis") == name_key("Saint-Louis") == "st louis"
    assert name_key("Mazār-e Sharīf") == "mazar e sharif"


@pytest.mark.parametrize(("name", "corpus"), [("lgl", "lgl.xml"), ("trnews", "TR-News.xml")])
def test_eval_smoke(name: str, corpus: str) -> None:
    require_data("geo", corpus)
    from wirewatch.eval.registry import EVALUATIONS

    result = EVALUATIONS[name](5)
    assert result.skipped is None and result.n == 5
    assert 0.0 < result.metrics["recall"] <= 1.0
    assert 0.0 < result.metrics["acc161_resolved"] <= 1.0
