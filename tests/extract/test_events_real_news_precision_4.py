"""Wordings of real conflict news that machine coders turn into false or misattributed events
(session 8, fourth reading): acts avoided, offered as alternatives, done by whoever might do
them or meant for an object, reported as done; doers taken from where a withdrawal went,
lost from a decision, or read from a comparison. Each test names the wording and what an
analyst expects of it."""

from __future__ import annotations

from event_text import events_of, find
from wirewatch.document import Event


def _maybe(doc_events: list[Event], trigger: str) -> Event | None:
    return next((e for e in doc_events if trigger in e.trigger), None)


def test_alternatives_put_to_someone_are_not_done() -> None:
    doc = events_of("The commander ordered the guards either to surrender or leave the fort.")
    assert find(doc, "surrender").modality == "hypothetical"
    doc = events_of("The militia told the villagers to leave or be shot.")
    assert find(doc, "shot").modality == "hypothetical"


def test_a_threat_of_alternatives_stays_a_threat() -> None:
    doc = events_of("The army threatened to attack or blockade the port of Korvik.")
    assert find(doc, "attack").type == "THREATEN"


def test_acts_told_as_alternatives_in_the_past_happened() -> None:
    doc = events_of("Five guards were killed or wounded in the raid on Korvik on Monday.")
    assert find(doc, "killed").modality == "asserted"


def test_an_act_evaded_did_not_happen_and_the_evader_would_have_suffered_it() -> None:
    event = find(events_of("The opposition leader evaded arrest in Varo on Monday."), "arrest")
    assert (event.type, event.modality) == ("COERCE", "negated")
    assert event.source_text is None
    assert event.target_text is not None and "leader" in event.target_text


def test_an_act_a_withdrawal_is_meant_to_avoid_is_only_feared() -> None:
    doc = events_of("The rebels left the ridge on Tuesday to avoid an assault on the village.")
    event = _maybe(doc.events, "assault")
    assert event is None or event.modality == "hypothetical"
    assert find(doc, "left").modality == "asserted"


def test_an_act_of_whoever_may_do_it_is_no_dated_event() -> None:
    doc = events_of("The council said any party that attacks the convoy will be punished.")
    event = find(doc, "attacks")
    assert (event.type, event.modality) == ("ASSAULT", "hypothetical")
    doc = events_of("Whoever shells the hospital will face trial, the general said.")
    assert find(doc, "shells").modality == "hypothetical"


def test_a_relative_clause_on_a_particular_party_still_reports_a_deed() -> None:
    doc = events_of("The militia that attacked the convoy on Monday withdrew from Korvik.")
    assert find(doc, "attacked").modality == "asserted"


def test_what_an_object_is_meant_for_has_not_happened() -> None:
    doc = events_of("Police in Varo seized rifles intended for use in an attack on the port.")
    event = find(doc, "attack")
    assert (event.type, event.modality) == ("ASSAULT", "hypothetical")
    assert find(doc, "seized").modality == "asserted"


def test_an_attempted_attack_is_an_attack_as_cameo_codes_it() -> None:
    event = find(events_of("Militants tried to storm the army base at Korvik on Friday."), "storm")
    assert (event.type, event.modality) == ("ASSAULT", "asserted")


def test_a_pullout_from_a_country_is_not_done_by_that_country() -> None:
    doc = events_of("Kurdish leaders were alarmed by the US pullout from Syria last month.")
    event = find(doc, "pullout")
    assert event.source_text == "US"
    doc = events_of("Leaders condemned the withdrawal of Russian troops from Varo.")
    assert find(doc, "withdrawal").source_text == "Russian troops"


def test_aid_from_a_country_still_comes_from_it() -> None:
    doc = events_of("Officials welcomed the humanitarian aid from Japan on Monday.")
    assert find(doc, "aid").source_text == "Japan"


def test_the_party_named_before_a_decision_does_its_act() -> None:
    doc = events_of("The US decision to withdraw troops from Varo shocked its allies.")
    event = find(doc, "withdraw")
    assert event.source_text == "US"
    assert event.modality == "intended"
    doc = events_of("The Turkish move to expel the envoy angered Berlin.")
    assert find(doc, "expel").source_text == "Turkish"


def test_what_a_pronoun_is_compared_with_is_not_what_it_stands_for() -> None:
    doc = events_of("Like Hamas, they have fired rockets at the town of Korvik.")
    event = find(doc, "fired")
    assert event.source is None or doc.actors[event.source].name != "Hamas"


def test_who_suffered_an_attack_did_not_make_it() -> None:
    event = find(events_of("The town of Korvik suffered heavy airstrikes on Monday."), "airstrikes")
    assert event.source_text is None
    assert event.target_text is not None and "Korvik" in event.target_text


def test_an_act_named_as_the_reason_for_a_penalty_is_told_as_done() -> None:
    doc = events_of("The general said Orla would pay a price for attacking the convoy.")
    event = find(doc, "attacking")
    assert (event.type, event.modality) == ("ASSAULT", "asserted")


def test_a_boycott_a_state_imposes_is_a_sanction() -> None:
    doc = events_of("Varo and Tosca imposed an economic boycott on Orla last year.")
    assert find(doc, "boycott").type == "SANCTION"
    doc = events_of("Students in Varo launched a boycott of classes on Monday.")
    assert find(doc, "boycott").type == "PROTEST"


def test_a_definite_group_takes_up_the_armed_subject_of_its_sentence() -> None:
    doc = events_of(
        "Turkey regards the YPG as a threat. The militia led the campaign against Islamic "
        "State, and Washington supported the group with weapons."
    )
    event = find(doc, "supported")
    assert event.target is not None and doc.actors[event.target].name == "YPG"


def test_force_lent_to_a_party_is_not_aimed_at_it() -> None:
    doc = events_of("Tosca supported the Varo militia with airstrikes on Monday.")
    event = find(doc, "airstrikes")
    assert event.source_text == "Tosca"
    assert event.target_text is None or "militia" not in event.target_text


def test_the_party_accused_of_an_act_is_its_doer_not_the_accuser() -> None:
    event = find(events_of("Tosca accuses Orla of backing the rebels."), "backing")
    assert event.source_text == "Orla"
    doc = events_of("The militias were found guilty of shelling the town of Korvik.")
    assert find(doc, "shelling").source_text == "militias"


def test_at_the_hands_of_names_the_doer() -> None:
    doc = events_of(
        "The leader, whose killing at the hands of the rebels shocked Varo, was buried."
    )
    event = find(doc, "killing")
    assert event.source_text == "rebels"
    assert event.target_text == "leader"
    event = find(events_of("He was killed at the hands of the rebels."), "killed")
    assert event.source_text is not None and "rebels" in event.source_text


def test_an_assault_being_prepared_is_intended_not_done() -> None:
    event = find(events_of("The army is preparing an assault on the town of Korvik."), "assault")
    assert event.modality == "intended"
    event = find(events_of("The army launched an assault on the town of Korvik."), "assault")
    assert event.modality == "asserted"


def test_an_act_only_raised_is_hypothetical_but_one_spoken_of_happened() -> None:
    event = find(events_of("The Tosca council is considering sanctions against Varo."), "sanctions")
    assert event.modality == "hypothetical"
    event = find(events_of("Officials spoke about the attack on Korvik on Monday."), "attack")
    assert event.modality == "asserted"


def test_the_party_persuaded_does_the_act_it_was_persuaded_to() -> None:
    doc = events_of("The massacre in Korvik persuaded Trump to launch missile strikes on Varo.")
    event = find(doc, "strikes")
    assert event.source is not None and doc.actors[event.source].name == "Donald Trump"


def test_a_doer_named_before_the_act_beats_the_verb_subject() -> None:
    doc = events_of("Iran has set up a bank to resist US sanctions on its oil firms.")
    event = find(doc, "sanctions")
    assert event.source is not None and doc.actors[event.source].name == "United States"


def test_an_act_named_as_subject_is_not_done_by_the_place_it_hit() -> None:
    doc = events_of("A chemical attack on Douma in April persuaded Trump to act.")
    event = find(doc, "attack")
    assert event.target is not None and event.source != event.target


def test_support_withdrawn_is_no_longer_given() -> None:
    doc = events_of("The Varo senate has withdrawn support for the war in Korvik.")
    assert find(doc, "support").modality == "negated"


def test_a_probable_act_is_a_guess_not_a_pledge() -> None:
    event = find(events_of("Orla will probably agree a deal with Tosca."), "agree")
    assert event.modality == "hypothetical"


def test_a_dummy_it_names_no_doer() -> None:
    doc = events_of("It took the gunmen seven minutes to kill the dissident in Korvik.")
    assert find(doc, "kill").source_text == "gunmen"
    doc = events_of("It is Israel that has launched strikes on Varo this year.")
    event = find(doc, "strikes")
    assert event.source is not None and doc.actors[event.source].name == "Israel"
