"""Event types and CAMEO codes: readings chosen by the parse, pledges, refusals, headlines."""

from __future__ import annotations

from event_text import events_of, find, types
from wirewatch.api import extract_text
from wirewatch.extract.main_event import main_event
from wirewatch.extract.mappings import cameo_code


def test_suspending_aid_is_a_sanction_not_an_eased_restriction() -> None:
    doc = events_of("The United States suspended military aid to Guatemala on Monday.")
    assert find(doc, "suspended").type == "SANCTION"


def test_lifting_a_state_of_emergency_is_a_concession() -> None:
    doc = events_of("The president lifted the state of emergency in the northern provinces.")
    e = find(doc, "lifted")
    assert e.type == "CONCEDE" and e.cameo == "08"


def test_refused_concession_is_a_rejection() -> None:
    doc = events_of("The government said it will not lift the ban on imports from the region.")
    e = find(doc, "lift")
    assert e.modality == "negated" and e.type == "REJECT" and e.cameo == "12"


def test_pledged_withdrawal_is_a_concession_with_intent_code() -> None:
    doc = events_of("The rebels said they will release three hostages next week.")
    e = find(doc, "release")
    assert e.type == "CONCEDE" and e.act == "RETREAT" and e.cameo == "03"


def test_denying_charges_is_a_statement_not_a_rejection() -> None:
    doc = events_of("The minister denied charges that he had taken bribes from the company.")
    assert find(doc, "denied").cameo == "01"


def test_defending_a_decision_is_verbal_support() -> None:
    doc = events_of("The minister defended the government's decision to close the camps.")
    assert find(doc, "defended").type == "SUPPORT"


def test_violating_a_ceasefire_is_force() -> None:
    doc = events_of("Government forces violated the ceasefire near the border on Sunday.")
    assert find(doc, "violated").type == "ASSAULT"


def test_title_case_headline_verbs_are_found() -> None:
    doc = extract_text(
        "Government Rejects Peace Agreement Between Rebels and Army\n\n"
        "The government on Monday said the deal was unacceptable and would not be signed.",
        published="2020-05-04",
    )
    assert "REJECT" in types(doc)
    event = main_event(doc)
    assert event is not None and event.type == "REJECT"


def test_main_event_prefers_the_main_clause() -> None:
    doc = events_of(
        "China donated medical supplies to several African countries to fight the epidemic."
    )
    event = main_event(doc)
    assert event is not None and event.type == "AID"


def test_cameo_code_of_intentions() -> None:
    assert cameo_code("RETREAT", "CONCEDE", "intended", "08") == "03"
    assert cameo_code("ASSAULT", "THREATEN", "intended", "19") == "13"
    assert cameo_code("CONCEDE", "REJECT", "negated", "08") == "12"
    assert cameo_code("ASSAULT", "ASSAULT", "asserted", "18") == "18"
