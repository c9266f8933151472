"""Capitals named by description become places at the capital's point, and events there
take that place as their location."""

from __future__ import annotations

from wirewatch.api import extract_text


def _places(text: str) -> dict[str, tuple[str, str | None]]:
    doc = extract_text(text, published="2021-07-09")
    return {p.text: (p.name, p.feature) for p in doc.places}


def test_capital_of_a_country_is_its_capital_city() -> None:
    found = _places("The minister arrived in the capital of Tajikistan on Monday.")
    assert found["the capital of Tajikistan"] == ("Dushanbe", "city")
    assert found["Tajikistan"] == ("Tajikistan", "country")


def test_possessive_and_adjective_forms() -> None:
    found = _places(
        "Rockets hit Syria's capital city. Later, fighting spread to the Afghan capital."
    )
    assert found["Syria's capital city"][0] == "Damascus"
    assert found["the Afghan capital"][0] == "Kabul"


def test_money_and_figurative_capitals_are_not_places() -> None:
    found = _places("Venture capital of Germany grew, and Paris is the fashion capital of France.")
    assert all(name not in {"Berlin"} for name, _ in found.values())
    assert "the fashion capital of France" not in found and "capital of France" not in found


def test_an_event_in_the_described_capital_is_located_there() -> None:
    doc = extract_text(
        "Putin arrived in the capital of Tajikistan this Monday for a summit.",
        published="2015-09-29",
    )
    located = [doc.places[e.location].name for e in doc.events if e.location is not None]
    assert "Dushanbe" in located
