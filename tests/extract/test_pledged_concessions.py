"""A promised concession or withdrawal named by a noun ("Government Promises Concessions",
"agreed to a withdrawal"): PLOVER codes it as a concession (CONCEDE), not as a pledge to
cooperate (AGREE); CAMEO codes it as an intent to cooperate (03)."""

from __future__ import annotations

from event_text import main_type, story


def test_promised_concessions_are_a_concession() -> None:
    assert main_type("Government Promises Concessions to Opposition") == "CONCEDE"
    assert main_type("Cabinet Agrees to Concessions to End Crisis") == "CONCEDE"


def test_a_promised_withdrawal_is_a_concession_not_yet_a_retreat() -> None:
    doc = story("Army Promises Withdrawal From Border Town")
    pledged = [e for e in doc.events if e.trigger == "Withdrawal"]
    assert [(e.type, e.act, e.modality, e.cameo) for e in pledged] == [
        ("CONCEDE", "RETREAT", "intended", "03")
    ]


def test_a_pledge_in_running_text_is_coded_by_the_concession() -> None:
    lead = "The rebels agreed to a withdrawal of their fighters from the town on Monday."
    assert main_type("Breakthrough in the North", lead) == "CONCEDE"


def test_pledged_cooperation_stays_a_pledge() -> None:
    assert main_type("Leaders Pledge Aid") == "AGREE"


def test_a_pledged_act_keeps_the_weight_of_the_pledge_that_wraps_it() -> None:
    doc = story("Albania, Armenia Agree to Hold Regular High-Level Meetings")
    pledged = [e for e in doc.events if e.type == "AGREE"]
    assert pledged and max(e.confidence for e in pledged) > 0.4
