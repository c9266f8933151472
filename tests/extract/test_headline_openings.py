"""Where a headline's meeting is only the setting of its news: a circumstance opening the
headline ("After Weeks of Talks, ..."), a meeting before a break that another act follows
("Cabinet Meets, Deploys Troops"), and a negotiation whose object is the act it achieved
("Negotiates Release of Hostages")."""

from __future__ import annotations

from event_text import confidence, main_type, story
from wirewatch.extract.main_event import main_event


def test_talks_opening_the_headline_are_background() -> None:
    headline = "After Weeks of Negotiation, Rebels Withdraw From Border Town"
    doc = story(headline)
    assert confidence(doc, "Negotiation") < confidence(doc, "Withdraw") / 2
    assert main_event(doc).type == "RETREAT"


def test_an_opening_circumstance_with_no_act_after_the_break_keeps_its_weight() -> None:
    doc = story("After the Summit, a Quiet Week in the Capital")
    assert confidence(doc, "Summit") > 0.2


def test_a_meeting_before_a_break_is_where_the_later_act_was_decided() -> None:
    headline = "Cabinet Meets, Deploys Troops to Border"
    doc = story(headline)
    assert confidence(doc, "Meets") < confidence(doc, "Deploys")
    assert main_event(doc).type == "MOBILIZE"


def test_a_meeting_under_way_before_a_break_keeps_its_weight() -> None:
    doc = story("Peace Talks Resume in Geneva; Rebels Release Two Hostages")
    assert confidence(doc, "Peace Talks") > 0.3


def test_a_visit_before_a_break_keeps_its_weight() -> None:
    doc = story("Foreign Minister Visits Kabul, Pledges Reconstruction Aid")
    assert confidence(doc, "Visits") > 0.3


def test_a_negotiated_release_is_the_release() -> None:
    assert main_type("Government Negotiates Release of Two Hostages") == "RETREAT"


def test_talks_about_an_act_or_a_plan_to_negotiate_stay_talk() -> None:
    assert main_type("Envoys Discuss Prisoner Swap") == "CONSULT"
    doc = story("Government Negotiates With Rebels Over Release of Hostages")
    assert main_event(doc).type == "CONSULT"
