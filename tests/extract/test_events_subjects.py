"""Acts whose type the subject decides (fighting that stops, troops that arrive) and the
codebook's line between diplomatic cooperation (SUPPORT) and material cooperation."""

from __future__ import annotations

from event_text import events_of, find, story
from wirewatch.extract.lexicon import build_lexicon
from wirewatch.extract.main_event import main_event


def test_fighting_that_stops_is_a_ceasefire_in_force() -> None:
    doc = events_of("The fighting stopped on Sunday morning in the northern province of Varo.")
    e = find(doc, "stopped")
    assert e.type == "RETREAT" and e.mode == "ceasefire"


def test_a_side_halting_its_attacks_observes_a_ceasefire_and_declaring_it_concedes() -> None:
    # The PLOVER manual: "observing a ceasefire or otherwise ending active conflicts" is
    # RETREAT; a declared halt, not yet carried out, is CONCEDE.
    doc = events_of("The rebels halted their attacks on army positions near Varo on Sunday.")
    assert find(doc, "halted").type == "RETREAT"
    doc = events_of("The rebels announced a suspension of their attacks on army positions.")
    assert find(doc, "suspension").type == "CONCEDE"


def test_a_headline_with_hostilities_stopping_is_a_retreat() -> None:
    doc = story(
        "Hostilities Stop in Northern Province as Talks Begin",
        "Officials in Varo said the calm was holding on Sunday.",
    )
    event = main_event(doc)
    assert event is not None and event.type == "RETREAT"


def test_officials_arriving_meet_but_troops_arriving_mobilize() -> None:
    doc = events_of("The foreign minister arrived in Varo on Sunday for two days of talks.")
    assert find(doc, "arrived").type == "CONSULT"
    doc = events_of("Hundreds of soldiers arrived in Varo on Sunday, witnesses said.")
    assert find(doc, "arrived").type == "MOBILIZE"


def test_a_militia_that_begins_operating_mobilizes() -> None:
    doc = story(
        "Pro-Government Militias Begin Operating Near the Capital",
        "Residents said the group had set up checkpoints on the main road.",
    )
    event = main_event(doc)
    assert event is not None and event.type == "MOBILIZE"


def test_security_tightened_in_either_word_order_mobilizes() -> None:
    doc = events_of("Security was tightened around the parliament in Varo on Sunday.")
    assert find(doc, "tightened").type == "MOBILIZE"


def test_troops_sent_in_the_passive_mobilize() -> None:
    doc = events_of("Extra troops were sent to the border town of Varo on Sunday.")
    assert find(doc, "sent").type == "MOBILIZE"


def test_cooperation_without_a_material_field_is_diplomatic_support() -> None:
    doc = events_of("Ghana and Peru announced a new partnership on Friday in Accra.")
    assert find(doc, "partnership").type == "SUPPORT"
    doc = events_of("Ghana and Peru expanded judicial cooperation on Friday in Accra.")
    assert find(doc, "cooperation").type == "COOPERATE"


def test_a_subject_list_is_kept_for_verbs_only() -> None:
    lexicon = build_lexicon(
        [{"type": "MOBILIZE", "verbs": ["arrive"], "nouns": ["arrival"], "subjects": ["troops"]}]
    )
    senses = {
        form: sense for first in ("arrive", "arrival") for form, sense in lexicon.candidates(first)
    }
    assert senses[("arrive",)].subjects == frozenset({"troops"})
    assert senses[("arrival",)].subjects == frozenset()


def test_a_headline_to_future_is_a_pledge_not_the_act() -> None:
    doc = story("Rebels to Release Hostages Next Week", "Mediators said talks went well.")
    event = main_event(doc)
    assert event is not None and event.type == "CONCEDE" and event.modality == "intended"


def test_a_to_infinitive_under_a_finite_verb_keeps_its_own_reading() -> None:
    doc = events_of("The rebels went to Varo on Monday to release the hostages.")
    e = find(doc, "release")
    assert e.type == "RETREAT" and e.modality == "asserted"


def test_an_order_to_withdraw_troops_is_no_deployment() -> None:
    doc = events_of("Officials said the army was ordered to withdraw its troops from Varo.")
    assert all(e.type != "MOBILIZE" for e in doc.events)


def test_bowing_to_a_demand_is_a_concession_whoever_demanded_it() -> None:
    doc = events_of("The government bowed to the protesters' demands on Monday in Varo.")
    assert find(doc, "bowed").type == "CONCEDE"


def test_expelling_people_deports_but_expelling_an_envoy_sanctions() -> None:
    doc = events_of("The government expelled two foreign journalists from Varo on Monday.")
    assert find(doc, "expelled").type == "COERCE"
    doc = events_of("The government expelled the Peruvian ambassador on Monday.")
    assert find(doc, "expelled").type == "SANCTION"


def test_troops_leaving_withdraw_and_rebels_handing_over_weapons_disarm() -> None:
    doc = events_of("Hundreds of soldiers left the disputed valley on Sunday, officials said.")
    assert find(doc, "left").type == "RETREAT"
    doc = events_of("About 300 rebels handed over their weapons to monitors in Varo on Sunday.")
    e = find(doc, "handed over")
    assert e.type == "RETREAT" and e.mode == "disarm"


def test_raising_troop_numbers_mobilizes_and_handing_over_suspects_cooperates() -> None:
    doc = events_of("Peru boosted troop numbers along its northern border on Sunday.")
    assert find(doc, "boosted").type == "MOBILIZE"
    doc = events_of("Peru handed over two suspects to Chilean police on Sunday.")
    assert find(doc, "handed over").type == "COOPERATE"


def test_closing_a_newspaper_censors_but_a_factory_closure_is_no_event() -> None:
    doc = events_of("The interior ministry ordered the closure of two newspapers on Monday.")
    assert find(doc, "closure").type == "COERCE"
    doc = events_of("The factory closure left 300 workers in Varo without jobs.")
    assert all(e.type != "COERCE" for e in doc.events)
