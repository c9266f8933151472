"""A site named after its place locates the act there; "the gunmen" names the group
already named."""

from __future__ import annotations

from wirewatch.api import extract_text


def _first(text: str):  # type: ignore[no-untyped-def]
    doc = extract_text(text, published="2021-10-04")
    assert doc.events, text
    return doc, doc.events[0]


def test_an_attack_on_a_named_airport_happened_there() -> None:
    doc, e = _first(
        "Taliban fighters launched an attack on Kunduz airport, officials in Kabul said."
    )
    assert e.location is not None and doc.places[e.location].name == "Kunduz"


def test_a_place_named_as_a_party_is_not_a_site() -> None:
    doc, e = _first("The minister met the Kabul ambassador in Moscow on Monday.")
    assert e.location is not None and doc.places[e.location].name == "Moscow"


def test_the_gunmen_are_the_group_named_before() -> None:
    doc = extract_text(
        "Kunduz falls\n\nTaliban fighters seized the town of Kunduz on Monday.\n\n"
        "The gunmen then attacked the police headquarters with mortars.",
        published="2021-10-04",
    )
    attack = next(e for e in doc.events if e.trigger == "attacked")
    assert attack.source_text == "gunmen"
    assert attack.source is not None and doc.actors[attack.source].name == "Taliban"


def test_gunmen_with_no_group_before_them_stay_unnamed() -> None:
    doc = extract_text(
        "The gunmen attacked the police headquarters with mortars.", published="2021-10-04"
    )
    attack = next(e for e in doc.events if e.trigger == "attacked")
    assert attack.source is None
