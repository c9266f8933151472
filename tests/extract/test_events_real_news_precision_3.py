"""Wordings of real conflict news that machine coders turn into false or misattributed events
(session 8): habits told as events, rights and needs told as deeds, a lost labour strike.
Each test names the wording and what an analyst expects of it."""

from __future__ import annotations

from event_text import events_of, find, types


def test_a_labour_strike_on_a_named_day_is_still_a_strike() -> None:
    event = find(events_of("Nurses in Varo struck on Monday over pay."), "struck")
    assert (event.type, event.mode) == ("PROTEST", "strike")
    assert event.source_text.startswith("Nurses")


def test_a_deal_struck_on_a_named_day_is_no_strike() -> None:
    doc = events_of("The unions struck a deal with Tosca on Monday.")
    assert "PROTEST" not in types(doc) and "ASSAULT" not in types(doc)


def test_a_practice_told_in_the_present_is_no_dated_event() -> None:
    event = find(events_of("The army routinely detains activists in Varo."), "detains")
    assert (event.type, event.modality) == ("COERCE", "hypothetical")


def test_an_adverb_of_frequency_on_a_passive_makes_a_habit() -> None:
    event = find(events_of("Activists are often detained by the police in Varo."), "detained")
    assert event.modality == "hypothetical"


def test_a_tendency_is_no_deed() -> None:
    event = find(events_of("The rebels tend to shell the town of Korvik at night."), "shell")
    assert (event.type, event.modality) == ("ASSAULT", "hypothetical")


def test_a_whenever_clause_tells_of_a_practice() -> None:
    doc = events_of("The militias burn villages whenever the army withdraws from Korvik.")
    assert find(doc, "burn").modality == "hypothetical"


def test_frequency_told_in_the_past_still_reports_what_happened() -> None:
    doc = events_of("The rebels repeatedly attacked the base at Korvik last week.")
    assert find(doc, "attacked").modality == "asserted"
    doc = events_of("Militants often shelled the town of Korvik during the siege.")
    assert find(doc, "shelled").modality == "asserted"


def test_a_right_to_act_is_not_the_act() -> None:
    doc = events_of("Orla has a legitimate right to protect its citizens from the militants.")
    event = find(doc, "protect")
    assert (event.type, event.modality) == ("AID", "hypothetical")


def test_a_need_to_seize_territory_seized_nothing() -> None:
    doc = events_of("The group saw an urgent need to seize the town of Korvik.")
    assert find(doc, "seize").modality == "hypothetical"


def test_an_arrest_a_party_was_unable_to_make_is_no_threat() -> None:
    event = find(events_of("The police were unable to arrest the suspects."), "arrest")
    assert (event.type, event.modality) == ("COERCE", "hypothetical")


def test_a_conjunct_shares_the_advice_of_its_verb() -> None:
    doc = events_of("Tosca said the fighters should be hunted down and killed.")
    assert find(doc, "killed").modality == "hypothetical"


def test_a_conjunct_with_its_own_subject_keeps_its_own_mood() -> None:
    doc = events_of("Tosca said Varo should be punished, and its troops killed two villagers.")
    assert find(doc, "killed").modality == "asserted"


def test_an_act_preferred_against_is_not_done() -> None:
    doc = events_of("Selva should rehabilitate, rather than prosecute, the returning fighters.")
    assert find(doc, "prosecute").modality == "negated"


def test_what_an_act_named_as_subject_relates_to_is_no_target() -> None:
    doc = events_of("The Orla withdrawal caps a string of defeats for the group.")
    assert find(doc, "withdrawal").target_text is None
    doc = events_of("The pullout of Varo's troops from Selva leaves it with less influence.")
    assert find(doc, "pullout").target_text != "it"


def test_what_an_act_named_as_subject_did_keeps_its_target() -> None:
    doc = events_of("A car bombing by the rebels killed 75 people in Korvik.")
    assert find(doc, "bombing").target_text.startswith("75 people")


def test_they_fleeing_under_fire_are_those_fired_on_not_the_shooters() -> None:
    doc = events_of("A sniper fired on the wives of the prisoners as they tried to flee.")
    assert all(e.source_text != "sniper" for e in doc.events if "flee" in e.trigger)


def test_they_in_a_clause_on_a_killing_are_the_counted_victims() -> None:
    doc = events_of(
        "The group said it had killed a number of soldiers as they tried to infiltrate Korvik."
    )
    assert find(doc, "infiltrate").source_text == "number of soldiers"


def test_they_agreeing_with_the_subject_stay_the_subject() -> None:
    doc = events_of("The rebels said they killed two soldiers as they stormed the base.")
    assert find(doc, "stormed").source_text == "rebels"


def test_an_opening_they_is_the_previous_sentence_plural_subject() -> None:
    doc = events_of(
        "Kurdish officials met envoys from Turkey on Monday. "
        "They later attacked the Turkish position at Korvik."
    )
    event = find(doc, "attacked")
    assert event.source_text == "They"
    assert event.source is None or doc.actors[event.source].name != "Turkey"


def test_an_opening_they_after_a_singular_subject_takes_the_nearest_group() -> None:
    doc = events_of("Turkey sent troops to the border on Monday. They attacked the rebels.")
    event = find(doc, "attacked")
    assert event.source is not None and doc.actors[event.source].name == "Turkey"


def test_freezing_weather_freezes_no_assets() -> None:
    doc = events_of(
        "The charity said 40 people have died owing to freezing weather and a lack of care."
    )
    assert "SANCTION" not in types(doc)


def test_assets_frozen_are_still_acted_on() -> None:
    doc = events_of("Orla froze the assets of the Varo Front on Monday.")
    assert find(doc, "froze").type in {"SANCTION", "COERCE"}


def test_a_warning_about_what_another_party_does_is_no_threat() -> None:
    doc = events_of("Aid agencies warned that Tosca was trying to force the refugees home.")
    assert "THREATEN" not in types(doc)


def test_a_warning_of_what_will_come_is_still_a_threat() -> None:
    doc = events_of("Orla warned Varo that it would retaliate.")
    assert find(doc, "warned").type == "THREATEN"
