"""A headline act in a to-infinitive after another act is what that act refuses, threatens
or aims at: the governing act is the news, except after a pledge, which PLOVER codes by
what is pledged. A meeting beside another act is its setting, unless it is under way;
a request that is granted is the topic of the concession."""

from __future__ import annotations

from event_text import confidence, main_type, story


def test_a_refusal_outranks_what_is_refused() -> None:
    assert main_type("Council Refuses to Lift Night Curfew in Port Town") == "REJECT"


def test_a_visit_outranks_its_purpose() -> None:
    assert main_type("Foreign Minister Visits Neighbour to Discuss Aid") == "CONSULT"


def test_a_threatened_act_counts_for_less_than_the_threat() -> None:
    doc = story("Ruling Party Threatens to Expel Dissident Lawmakers")
    assert confidence(doc, "Expel") < confidence(doc, "Threatens") / 2


def test_a_pledged_act_keeps_its_weight() -> None:
    doc = story("Mayor Agrees to Lift Night Curfew")
    assert main_type("Mayor Agrees to Lift Night Curfew") == "CONCEDE"
    assert confidence(doc, "Lift") > 0.3


def test_an_infinitive_opening_the_headline_is_its_news() -> None:
    assert main_type("Government to Lift Night Curfew") == "CONCEDE"


def test_a_meeting_under_way_is_the_news_and_its_subject_the_topic() -> None:
    doc = story("Donor Conference Opens in Oslo on Reconstruction Aid")
    assert main_type("Donor Conference Opens in Oslo on Reconstruction Aid") == "CONSULT"
    assert confidence(doc, "Reconstruction Aid") < confidence(doc, "Donor Conference")


def test_a_meeting_beside_an_act_is_still_its_setting() -> None:
    assert main_type("Rebels Make Concessions in Nuclear Talks") == "CONCEDE"


def test_armed_forces_arriving_mobilize() -> None:
    assert main_type("Naval Fleet Arrives Off Coast of Island") == "MOBILIZE"
    assert main_type("Rebel Fighters Arrive in Capital") == "MOBILIZE"


def test_a_granted_request_is_the_topic_of_the_concession() -> None:
    doc = story("President Heeds Calls to Pardon Jailed Activists")
    assert main_type("President Heeds Calls to Pardon Jailed Activists") == "CONCEDE"
    # "Heeds" is read as the verb it is (not as the start of a name): the request it
    # grants is its topic, below the concession.
    assert confidence(doc, "Calls") < confidence(doc, "Heeds")
