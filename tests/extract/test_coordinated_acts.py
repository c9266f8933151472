"""Headlines and lead sentences that report a meeting and then another act ("Rivals Hold
Talks, Withdraw Fighters", "the two sides met and agreed to ..."): the later act is the news,
the meeting its setting. Also how PLOVER codes an agreement to end a conflict."""

from __future__ import annotations

from event_text import confidence, find, main_type, story, types
from wirewatch.extract.main_event import main_event


def test_a_verb_after_a_comma_in_a_headline_is_found() -> None:
    doc = story("Rivals Hold Talks, Withdraw Fighters")
    assert find(doc, "Withdraw").type == "RETREAT"
    assert main_event(doc).type == "RETREAT"


def test_an_earlier_clause_holds_no_object_of_the_later_verb() -> None:
    # "talks" belongs to the first clause: the fighters are withdrawn, not the talks left.
    doc = story("Rivals Hold Talks, Withdraw Fighters")
    assert all(e.type != "SANCTION" for e in doc.events)


def test_a_meeting_joined_by_and_to_a_later_act_is_its_setting() -> None:
    doc = story("Rival Factions Hold Talks and Withdraw Troops From Border")
    assert confidence(doc, "Hold Talks") < confidence(doc, "Withdraw") / 2
    assert main_event(doc).type == "RETREAT"


def test_two_meetings_joined_by_and_stay_a_meeting() -> None:
    assert main_type("Ministers Meet and Discuss Trade") == "CONSULT"


def test_a_circumstance_holds_no_object_of_the_verb() -> None:
    # "after talks" is when the army withdrew, not what it walked out of.
    assert main_type("Army Withdraws From Town After Talks") == "RETREAT"
    lead = "After two days of talks in Geneva, the rebels withdrew their fighters from the town."
    assert main_type("Breakthrough in the North", lead) == "RETREAT"


def test_a_meeting_in_a_lead_sentence_gives_way_to_the_act_agreed_there() -> None:
    lead = "Government and rebel negotiators met in Oslo on Friday and agreed to end the conflict."
    doc = story("Breakthrough in the North", lead)
    assert confidence(doc, "met") < confidence(doc, "agreed")
    assert main_event(doc).type == "AGREE"
    lead = "The two sides met in Doha on Tuesday and signed an agreement on trade."
    assert main_type("A Day in Doha", lead) == "SUPPORT"


def test_a_meeting_in_a_lead_sentence_with_no_other_act_keeps_its_weight() -> None:
    lead = "Defence ministers met in Brussels on Monday and discussed the crisis."
    doc = story("A Day in Brussels", lead)
    assert confidence(doc, "met") > 0.3
    assert main_event(doc).type == "CONSULT"


def test_an_agreement_to_end_a_war_is_coded_as_plover_says() -> None:
    # The codebook: "express willingness to end a conflict" is AGREE, while a declared halt
    # to fighting (a ceasefire declared, not yet observed) is a verbal concession.
    assert main_type("Warring Parties Agree to End War") == "AGREE"
    assert main_type("Rebels Agree to Stop Fighting") == "CONCEDE"


def test_joint_drills_that_begin_are_cooperation_not_one_army_mobilizing() -> None:
    doc = story("Joint Military Drills Begin as Defence Ministers Meet")
    assert find(doc, "Begin").type == "COOPERATE"
    assert main_event(doc).type == "COOPERATE"
    assert main_type("Naval Drills Begin off the Coast") == "MOBILIZE"


def test_a_to_clause_after_a_break_is_no_complement_of_the_meeting_before_it() -> None:
    # Headline-ese "Allies to Send" is "allies will send", not what the summit aims at.
    doc = story("NATO Summit: Allies to Send More Troops")
    assert confidence(doc, "Summit") < confidence(doc, "Send")
    assert main_event(doc).type == "MOBILIZE"


def test_an_event_noun_naming_who_people_are_is_no_event() -> None:
    # "aid agencies" and "protest groups" name organisations, not an aid or a protest.
    assert main_type("Aid Agencies Meet With Rebel Leaders") == "CONSULT"
    assert types(story("Aid Groups Hold Talks in Geneva")) == {"CONSULT"}
    assert main_type("Protest Groups Rally in Capital") == "PROTEST"
    assert main_type("Aid Convoy Reaches Besieged Town") == "AID"


def test_a_meeting_under_way_names_its_topic_before_or_after_the_verb() -> None:
    assert main_type("Donor Conference on Reconstruction Aid Opens in Oslo") == "CONSULT"
    assert main_type("Talks on Prisoner Release Begin in Doha") == "CONSULT"


def test_cooperation_a_headline_announces_with_to_is_a_pledge() -> None:
    # The codebook: "will sign an agreement" and future meetings are AGREE.
    assert main_type("Chad and Niger to Sign Trade Agreement") == "AGREE"
    assert main_type("Leaders to Meet in Geneva") == "AGREE"
    assert main_type("Rebels Return to Talks") == "CONSULT"


def test_a_participle_placing_the_subject_at_a_meeting_is_the_setting() -> None:
    doc = story("Envoys Meeting in Doha Secure Release of Hostages")
    assert confidence(doc, "Meeting") < confidence(doc, "Release")
    assert main_event(doc).type == "RETREAT"
    assert main_type("Ministers Meeting in Oslo") == "CONSULT"
