"""A story's main event from headline-ese: circumstances and participles are background,
phrases are inflected, what a verb halts or asks for is its topic."""

from __future__ import annotations

from event_text import main_type, story
from wirewatch.extract.background import background_start
from wirewatch.extract.lexicon import phrase_forms
from wirewatch.extract.main_event import main_event


def test_a_phrase_matches_in_any_tense() -> None:
    forms = phrase_forms("raised the possibility")
    assert {"raise the possibility", "raises the possibility", "raising the possibility"} <= forms
    assert "take control of" in phrase_forms("took control of")
    assert phrase_forms("on alert") == {"on alert"}


def test_circumstance_markers() -> None:
    assert background_start("curfew imposed following recent protests".split()) == 2
    assert background_start("rebels regroup in the wake of defeat".split()) == 2
    assert background_start("army shells the town".split()) == 4


def test_what_follows_after_or_amid_is_background() -> None:
    assert main_type("Nationwide Curfew Imposed Following Recent Protests") == "COERCE"
    assert main_type("Mayor of Dhaka Resigns Amidst Investigation into Wrongdoing") == "RETREAT"


def test_a_participle_before_a_noun_names_an_earlier_act() -> None:
    headline = "Court Rules that Police Must Return Confiscated Vehicles"
    assert main_type(headline) == "RETREAT"


def test_declaring_a_ceasefire_is_a_concession() -> None:
    assert main_type("Rebels in Azerbaijan declare a nationwide ceasefire") == "CONCEDE"


def test_halting_a_gerund_is_the_event_not_the_fighting() -> None:
    assert main_type("Rebels in Grenada agree to stop fighting") == "CONCEDE"


def test_an_attack_on_computer_networks_is_a_cyber_operation() -> None:
    assert main_type("Foreign hackers target government network in Fiji") == "COERCE"


def test_an_appeal_outranks_what_it_asks_for() -> None:
    assert main_type("Peacekeepers Urge Rebel Leader to Meet with Army Chiefs") == "REQUEST"


def test_aid_arriving_is_no_visit() -> None:
    doc = story("Emergency humanitarian aid arrives in Chad")
    assert all(e.type != "CONSULT" for e in doc.events)


def test_a_compound_noun_or_phrase_needs_no_listed_object() -> None:
    assert main_type("Kenya declares cease-fire with Uganda") == "CONCEDE"
    assert main_type("Ghana and Togo Express Mutual Respect for Each Other") == "SUPPORT"


def test_a_plural_verb_before_its_object_is_the_headline_verb() -> None:
    assert main_type("After Long Talks, the Rebel Group Releases Hostages") == "RETREAT"


def test_a_modifier_opening_the_headline_is_no_verb() -> None:
    doc = story("Mass Deportations Reported in Kenya")
    assert all(e.type != "MOBILIZE" for e in doc.events)


def test_promised_arrests_are_a_threat() -> None:
    event = main_event(story("Officials promise arrests if corruption continues"))
    assert event is not None and event.type == "THREATEN" and event.act == "COERCE"


def test_circumstances_hold_no_object_of_the_headline_verb() -> None:
    # "talks" after "as" is not what stopped: no suspended talks (SANCTION).
    assert main_type("Hostilities temporarily stop as talks begin in Nairobi") != "SANCTION"


def test_raising_a_militia_mobilizes() -> None:
    assert main_type("Far-right paramilitary group formed in Chad") == "MOBILIZE"


def test_a_pledge_of_restraint_is_a_concession() -> None:
    assert main_type("Mayor Announced that Police Will Not Beat Protesters") == "CONCEDE"
    doc = story("Army Says Little", "The army did not attack the city on Monday.")
    assert [e.type for e in doc.events if e.trigger == "attack"] == ["ASSAULT"]


def test_damage_done_by_a_crowd_is_a_riot() -> None:
    assert main_type("Shops smashed by violent protesters in Kenya") == "PROTEST"
