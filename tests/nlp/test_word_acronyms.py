"""An acronym that spells a word ("IS") is read as the name it is, except among capitals."""

from __future__ import annotations

from event_text import events_of, find
from wirewatch.document import Document
from wirewatch.nlp.model import load_parsing_model


def _actor_names(doc: Document, actor_id: str | None) -> str | None:
    return doc.actors[actor_id].name if actor_id else None


def test_is_before_a_noun_is_the_group_and_the_subject_of_the_attack() -> None:
    doc = events_of("IS fighters attacked the town of Tel Abyad on Sunday, killing 12 people.")
    attack = find(doc, "attacked")
    assert attack.source_text == "IS fighters"
    assert _actor_names(doc, attack.source) == "Islamic State"
    assert attack.fatalities == 12


def test_is_as_the_object_of_a_strike_is_the_target() -> None:
    doc = events_of("Coalition jets bombed IS positions near Mosul on Friday.")
    assert _actor_names(doc, find(doc, "bombed").target) == "Islamic State"


def test_the_parser_reads_a_name_not_a_verb() -> None:
    sent = load_parsing_model()("IS militants seized two villages near the border.")
    assert sent[0].tag_ != "VBZ"
    assert sent[0].head.text == "militants"


def test_in_an_all_capitals_headline_is_stays_the_verb() -> None:
    sent = load_parsing_model()("THE WAR IS OVER, SAYS PRESIDENT")
    assert sent[2].norm_ == "is"
    doc = events_of("THE WAR IS OVER FOR THE VILLAGE OF TEL ABYAD")
    assert all(a.name != "Islamic State" for a in doc.actors.values())


def test_the_lower_case_verb_is_untouched() -> None:
    sent = load_parsing_model()("The army is ready to defend the border.")
    assert sent[2].norm_ == "is"
    assert sent[2].pos_ == "AUX"


def test_a_leaders_government_is_the_state_not_the_person() -> None:
    doc = events_of("The Erdoğan government sentenced 13 reporters to long jail terms.")
    actor = doc.actors[find(doc, "sentenced").source]
    assert (actor.name, actor.sector) == ("Turkey", "GOV")
    doc = events_of("The Assad regime bombed the town on Tuesday.")
    actor = doc.actors[find(doc, "bombed").source]
    assert (actor.name, actor.sector) == ("Syria", "GOV")
    doc = events_of("Erdoğan met the Syrian envoy in Ankara on Tuesday.")
    assert doc.actors[find(doc, "met").source].kind == "person"
