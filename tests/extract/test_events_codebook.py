"""Event types the PLOVER codebook defines by mode: convictions, withdrawals from talks,
joint manoeuvres, diplomatic ties, shut-off utilities, split particle verbs, bare headlines."""

from __future__ import annotations

from event_text import events_of, find
from wirewatch.api import analyze_texts


def test_a_conviction_is_a_sanction_and_an_arrest_stays_coercion() -> None:
    doc = events_of("A court in Lagos sentenced the former governor to ten years in prison.")
    assert find(doc, "sentenced").type == "SANCTION"
    doc = events_of("Police arrested the former governor at the airport on Monday.")
    assert find(doc, "arrested").type == "COERCE"


def test_leaving_talks_is_a_sanction_but_leaving_a_town_is_a_retreat() -> None:
    doc = events_of("The rebels withdrew from the peace talks on Tuesday.")
    assert find(doc, "withdrew").type == "SANCTION"
    doc = events_of("The rebels withdrew from the town on Tuesday.")
    assert find(doc, "withdrew").type == "RETREAT"


def test_joint_manoeuvres_are_cooperation_a_lone_drill_mobilizes() -> None:
    doc = events_of("Indian and French navies held joint naval exercises off Goa on Monday.")
    assert find(doc, "joint naval exercises").type == "COOPERATE"


def test_diplomatic_ties_are_verbal_support() -> None:
    doc = events_of("Ghana and Kosovo established diplomatic ties on Friday.")
    assert find(doc, "established").type == "SUPPORT"


def test_shutting_off_the_internet_is_coercion() -> None:
    doc = events_of("The government cut off the internet in three provinces on Sunday.")
    assert find(doc, "cut off").type == "COERCE"


def test_a_particle_verb_split_by_its_object_is_found() -> None:
    doc = events_of("The army pulled its troops out of the valley on Monday.")
    e = find(doc, "pulled its troops out")
    assert e.type == "RETREAT"


def test_a_sanction_raised_as_a_possibility_is_a_threat() -> None:
    doc = events_of("The foreign minister said Lisbon could suspend relations with Caracas.")
    e = find(doc, "suspend")
    assert e.type == "THREATEN" and e.act == "SANCTION"


def test_a_bare_headline_event_counts_but_not_in_the_body() -> None:
    headlined, plain = analyze_texts(
        [
            "Ceasefire begins in the border region\n\nThe city was quiet.",
            "The city was quiet. Ceasefire begins in the border region.",
        ]
    )
    assert find(headlined, "Ceasefire").type == "RETREAT"
    assert not [e for e in plain.events if "Ceasefire" in e.trigger]


def test_a_light_verb_gives_way_to_the_event_it_takes() -> None:
    doc = events_of("Ghana and Togo signed an aid package worth two billion dollars.")
    types = {e.type for e in doc.events}
    assert "AID" in types and "SUPPORT" not in types


def test_people_acted_upon_give_way_to_the_act() -> None:
    doc = events_of("Police fired tear gas at protesters in the capital on Monday.")
    assert {e.type for e in doc.events} == {"ASSAULT"}


def test_announcing_a_strike_concedes_nothing() -> None:
    doc = events_of("The teachers' union announced a general strike on Monday.")
    assert "CONCEDE" not in {e.type for e in doc.events}


def test_a_police_raid_is_law_enforcement_and_a_crowd_blocking_a_road_protests() -> None:
    doc = events_of("Police raided the offices of a rights group in Lagos on Monday.")
    assert find(doc, "raided").type == "COERCE"
    doc = events_of("Protesters blocked the border crossing near Kabul on Monday.")
    assert find(doc, "blocked").type == "PROTEST"


def test_what_a_verb_acts_upon_counts_for_less_than_the_verb() -> None:
    doc = events_of("The rebels declared a nationwide ceasefire on Monday.")
    declared, ceasefire = find(doc, "declared"), find(doc, "ceasefire")
    assert declared.type == "CONCEDE" and ceasefire.confidence < declared.confidence


def test_imposing_sanctions_is_a_sanction() -> None:
    doc = events_of("The European Union imposed sanctions on Belarus on Monday.")
    assert find(doc, "sanctions").type == "SANCTION"
    assert "COERCE" not in {e.type for e in doc.events}


def test_shelving_a_plan_is_a_concession() -> None:
    doc = events_of("The government shelved plans to raise fuel taxes after the protests.")
    assert find(doc, "shelved").type == "CONCEDE"


def test_a_headline_the_parser_misreads_still_has_its_event() -> None:
    (doc,) = analyze_texts(["Rebels Attack Army Base Near Capital\n\nThe town was quiet."])
    assert "ASSAULT" in {e.type for e in doc.events}
    assert "MOBILIZE" not in {e.type for e in doc.events}


def test_a_verb_read_as_a_noun_argument_is_not_an_event() -> None:
    (doc,) = analyze_texts(["Police Station Burned Down after Night of Rioting\n\nIt was late."])
    assert "MOBILIZE" not in {e.type for e in doc.events}


def test_a_misparsed_headline_finds_its_objects_by_sight() -> None:
    (doc,) = analyze_texts(["Kosovo and Ghana Expand Diplomatic Ties\n\nThe talks went well."])
    assert "SUPPORT" in {e.type for e in doc.events}


def test_police_raids_named_on_the_noun_are_law_enforcement() -> None:
    doc = events_of("Police raids on the community continued on Monday.")
    assert find(doc, "raids").type == "COERCE"


def test_a_headline_verb_outranks_the_event_nouns_it_takes() -> None:
    (doc,) = analyze_texts(["Rebels Quit Seychelles Peace Talks\n\nThe talks had lasted a year."])
    headline = [e for e in doc.events if e.span[0] < doc.body.index("\n\n")]
    quit_ = next(e for e in headline if e.trigger == "Quit")
    assert quit_.type == "SANCTION"
    assert all(e.confidence < quit_.confidence for e in headline if e is not quit_)
