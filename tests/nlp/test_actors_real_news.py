"""Actors as an analyst reads conflict news: places are never parties, a patron named in a
compound is not the group it backs, and well-known states, groups and agencies resolve to their
country and sector. Invented sentences only."""

from __future__ import annotations

from wirewatch.api import extract_text
from wirewatch.document import Document


def _doc(text: str, published: str = "2018-03-01") -> Document:
    return extract_text(text, published=published)


def _actor_of(doc: Document, text: str):
    for e in doc.entities:
        if e.text == text:
            return doc.actors.get(e.actor) if e.actor else None
    raise AssertionError(f"no entity {text!r} in {[e.text for e in doc.entities]}")


def _codes(doc: Document, text: str) -> tuple[str | None, str | None, str]:
    a = _actor_of(doc, text)
    assert a is not None, f"{text!r} resolved to no actor"
    return a.country, a.sector, a.kind


def test_a_name_after_the_town_of_is_a_place_not_an_organisation() -> None:
    doc = _doc("Rebels shelled the town of al-Qaryatain and the village of Kafr Nasih on Monday.")
    assert not any(a.name in ("al-Qaryatain", "Kafr Nasih") for a in doc.actors.values())


def test_a_known_region_after_a_locative_is_a_place() -> None:
    doc = _doc(
        "Jets pounded rebel positions in eastern Ghouta. Ghouta has been besieged for years."
    )
    assert all(a.name != "Ghouta" for a in doc.actors.values())


def test_a_river_named_in_lower_case_is_a_place() -> None:
    doc = _doc("The militia withdrew to the east of the Euphrates river last week.")
    assert all("Euphrates" not in a.name for a in doc.actors.values())


def test_a_patron_in_a_backed_compound_is_not_the_group() -> None:
    doc = _doc("Turkish-backed rebels captured three villages near the border on Sunday.")
    assert all(a.name != "Turkish rebels" for a in doc.actors.values())
    assert _codes(doc, "Turkish") == ("TUR", "GOV", "country")


def test_a_name_after_pro_or_anti_names_no_party() -> None:
    doc = _doc(
        "Pro-government militias and anti-Hezbollah protesters clashed with pro-Assad gunmen."
    )
    assert _actor_of(doc, "Hezbollah") is None
    assert all(a.name != "pro-Assad" for a in doc.actors.values())


def test_a_possessive_ending_is_no_part_of_a_name() -> None:
    doc = _doc("Critics attacked Donald Trump’s decision. Trump’s envoy resigned on Friday.")
    assert "Trump’s" not in {e.text for e in doc.entities}


def test_syrian_opposition_groups_are_rebels_of_syria() -> None:
    doc = _doc(
        "The Free Syrian Army and Jaish al-Islam said they would observe the truce, while "
        "Faylaq al-Rahman rejected it."
    )
    for name in ("Free Syrian Army", "Jaish al-Islam", "Faylaq al-Rahman"):
        assert _codes(doc, name) == ("SYR", "REB", "armed-group")


def test_iraqi_militias_loyal_to_the_state_are_paramilitaries() -> None:
    doc = _doc("The Popular Mobilisation Forces entered the town as the Peshmerga pulled back.")
    assert _codes(doc, "Popular Mobilisation Forces")[:2] == ("IRQ", "PRM")
    assert _codes(doc, "Peshmerga")[:2] == ("IRQ", "MIL")


def test_a_historical_state_and_an_agency_resolve() -> None:
    doc = _doc("Inspectors from the OPCW recalled that the Soviet Union had signed the treaty.")
    assert _codes(doc, "OPCW") == ("IGO", None, "igo")
    assert _codes(doc, "Soviet Union")[0] == "RUS"


def test_mercenaries_of_a_country_are_its_paramilitaries() -> None:
    doc = _doc("Russian mercenaries attacked a base held by Kurdish fighters.")
    assert _codes(doc, "Russian")[:2] == ("RUS", "PRM")


def test_a_coordinated_name_after_a_comma_is_no_apposition() -> None:
    doc = _doc("The plan will worry many in Parliament, and the Nato allies will object.")
    a = _actor_of(doc, "Parliament")
    assert a is None or a.country != "IGO"


def test_lower_case_al_spelling_of_a_broadcaster_resolves() -> None:
    doc = _doc("The commander told al-Jazeera that the offensive would continue.")
    assert _codes(doc, "al-Jazeera") == ("QAT", "JRN", "media")


def test_a_place_in_a_clause_after_a_name_gives_no_nationality() -> None:
    doc = _doc(
        "According to weapons expert Miles Hartley-Brook, the use of gas in Syria is rising. "
        "Omar Haddad, a fighter in the Free Syrian Army, disagreed."
    )
    assert _codes(doc, "Miles Hartley-Brook")[0] is None
    assert _codes(doc, "Omar Haddad")[0] == "SYR"


def test_a_leaders_possessive_administration_is_the_states_government() -> None:
    doc = _doc(
        "Donald Trump spoke on Monday. Trump’s administration exempted eight countries from "
        "its sanctions on Iranian oil."
    )
    assert _codes(doc, "Trump’s administration") == ("USA", "GOV", "country")
    sanctions = [e for e in doc.events if e.trigger and "sanction" in e.trigger]
    assert all(doc.actors[e.source].country != "IRN" for e in sanctions if e.source)
