"""Indirect speech the reader used to miss: inflected cues, speech verbs with a noun-phrase
object, and what the quoted speaker is held to have said."""

from __future__ import annotations

import pytest

from wirewatch.extract.quotes import find_quotes
from wirewatch.extract.quotes_cues import inflect


def indirect(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(q.speaker_text, q.text, q.cue) for q in find_quotes(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("base", "past", "ing"),
    [
        ("pan", "panned", "panning"),
        ("slam", "slammed", "slamming"),
        ("prefer", "preferred", "preferring"),
        ("tweet", "tweeted", "tweeting"),
        ("back", "backed", "backing"),
    ],
)
def test_inflected_forms_double_a_final_consonant_only_where_english_does(base, past, ing):
    forms = inflect(base, [])
    assert past in forms and ing in forms


def test_british_spelling_of_l_verbs_is_generated_too():
    assert {"labelled", "labeled"} <= set(inflect("label", []))


def test_a_doubled_form_is_a_cue():
    found = indirect("The defence minister is panning the government's new budget plan.")
    assert found == [("The defence minister", "the government's new budget plan", "panning")]


def test_speech_verb_with_an_object_reports_the_object():
    [(speaker, content, cue)] = indirect("The mayor lamented the slow pace of reconstruction.")
    assert (speaker, cue) == ("The mayor", "lamented")
    assert content == "the slow pace of reconstruction"


def test_accused_of_keeps_the_charge():
    [(speaker, content, cue)] = indirect(
        "The opposition party accused the governor of hiding the real casualty figures."
    )
    assert (speaker, cue) == ("The opposition party", "accused")
    assert content.endswith("of hiding the real casualty figures")


def test_a_stated_aim_is_attributed_to_who_holds_it():
    [(speaker, content, cue)] = indirect("The rebel commander plans to retake the airport soon.")
    assert (speaker, cue) == ("The rebel commander", "plans")
    assert content.startswith("to retake the airport")


def test_a_thing_holds_no_aim_and_a_passive_names_no_holder():
    assert indirect("The storm is expected to reach the coast by Friday.") == []
    assert indirect("The bridge seems to need repairs.") == []


def test_an_owned_stance_noun_reports_its_object():
    found = indirect("Lawmakers echoed the minister's call for an independent inquiry.")
    assert [(cue, content) for _, content, cue in found] == [("call", "an independent inquiry")]


def test_a_particle_on_is_read_from_the_lexicon():
    # a bare "on" in YAML is the boolean true; the lexicon must keep it a word
    found = indirect("The envoy commented on the conditions in the refugee camps.")
    assert [(s, c) for s, c, _ in found] == [("The envoy", "the conditions in the refugee camps")]


def test_a_self_presentation_and_a_time_are_no_stances():
    assert indirect("The senator cast herself as a champion of farmers.") == []
    assert indirect("Voters gathered for his remarks on Tuesday night.") == []


def test_a_stance_noun_without_owner_is_nobodys():
    assert indirect("Crowds gathered after a call for calm from the mosque.") == []


def test_a_view_of_something_as_something_is_attributed():
    [(speaker, content, cue)] = indirect("Most residents regard the militia as the main threat.")
    assert (speaker, cue, content) == (
        "Most residents",
        "regard",
        "the militia as the main threat",
    )


def test_seeing_or_regarding_without_a_view_is_no_attribution():
    assert indirect("The soldiers saw the convoy near the bridge.") == []
    assert indirect("The soldiers regard the convoy with suspicion.") == []


def test_an_infinitive_speech_verb_carried_out_has_the_head_subject_as_speaker():
    found = indirect("The envoy went on to say that the talks had collapsed.")
    assert found == [("The envoy", "the talks had collapsed", "say")]
    found = indirect("The governor continued to insist the dam was safe.")
    assert found == [("The governor", "the dam was safe", "insist")]


def test_an_infinitive_speech_verb_not_yet_carried_out_has_no_speaker():
    found = indirect("The envoy is going to say that the talks had collapsed.")
    assert [cue for _, _, cue in found if cue == "say"] == []


def test_a_passive_stance_is_held_by_its_agent():
    found = indirect("The truce was rejected by the rebel leaders on Sunday.")
    assert [(s, c, cue) for s, c, cue in found] == [("the rebel leaders", "The truce", "rejected")]


def test_a_passive_charge_is_what_the_agent_holds():
    [(speaker, content, cue)] = indirect(
        "The governor has been criticized by several lawmakers for ignoring the floods."
    )
    assert (speaker, content, cue) == ("several lawmakers", "ignoring the floods", "criticized")


def test_a_passive_by_a_thing_is_no_stance():
    assert indirect("The convoy was hit by a shell near the border.") == []


def test_a_person_noun_subject_holds_a_stance():
    found = indirect("Her husband praised the rescue workers.")
    assert found == [("Her husband", "the rescue workers", "praised")]


def test_a_light_verb_makes_its_subject_the_owner_of_a_stance_noun():
    found = indirect("The president made no mention of the hostages.")
    assert found == [("The president", "the hostages", "mention")]


def test_a_gerund_adjunct_shares_its_verbs_subject():
    found = indirect("The minister opened by talking about the refugee crisis.")
    assert found == [("The minister", "the refugee crisis", "talking")]


def test_a_gerund_can_open_a_bare_reported_clause():
    found = indirect("He said rebuilding the port could take a decade.")
    assert found == [("He", "rebuilding the port could take a decade", "said")]


def test_a_headline_title_is_no_speaker():
    assert indirect("The Long Road: Stories From The Front Line Of The War") == []


def test_a_date_after_the_cue_is_not_what_was_said():
    assert indirect("The minister said Sunday in the capital as the crowd cheered.") == []
    found = indirect("The minister said Saturday night the talks had failed.")
    assert found == [("The minister", "the talks had failed", "said")]
