"""An act with no object of its own is aimed at the named party or place its prepositions
name: "withdrew its troops from X", "called for sanctions against X", "mediation between X
and Y", "remained on alert in X"; never a date, a plain circumstance or the act itself."""

from __future__ import annotations

import pytest

from wirewatch.api import extract_text


def _event(text: str, trigger_word: str):
    doc = extract_text(text, published="2019-05-01")
    return next(e for e in doc.events if trigger_word in e.trigger.lower())


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Norland is willing to withdraw its troops from Eastmark.", "withdraw", "Eastmark"),
        ("The council withdrew its peacekeepers from the Lebanese border.", "withdrew", "Lebanese"),
        (
            "A senator called for sanctions against Norland's state-run banks.",
            "called for",
            "Norland's state-run banks",
        ),
        (
            "The envoy launched a mediation effort between Norland and Eastmark.",
            "mediation",
            "Norland and Eastmark",
        ),
        ("Norlandic troops remained on alert in Port Vell.", "alert", "Port Vell"),
        (
            "Two hundred rebels surrendered on Friday in the Helmand province.",
            "surrendered",
            "Helmand province",
        ),
        (
            "The army will withdraw its units from the disputed territory of Kashmir.",
            "withdraw",
            "disputed territory of Kashmir",
        ),
    ],
)
def test_an_act_without_object_bears_on_the_named_party(
    text: str, trigger: str, expected: str
) -> None:
    event = _event(text, trigger)
    assert event.target_text is not None
    assert expected in event.target_text


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a date or a plain circumstance names no party
        ("Two hundred rebels surrendered on Friday in the morning.", "surrendered"),
        ("The workers stopped work on Dec. 10 in protest.", "stopped work"),
    ],
)
def test_dates_and_circumstances_are_no_target(text: str, trigger: str) -> None:
    event = _event(text, trigger)
    target = event.target_text or ""
    assert "Friday" not in target and "Dec" not in target and "morning" not in target


def test_the_trigger_s_own_noun_gives_way_to_the_party_it_is_aimed_at() -> None:
    event = _event("Norland imposed sanctions on Eastmark over the dispute.", "sanctions")
    assert event.target_text == "Eastmark"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The ministry shared evidence with the Velian police under a treaty.", "Velian police"),
        ("Norland has been sharing intelligence with its Eastmark counterparts.", "counterparts"),
    ],
)
def test_what_is_shared_is_no_party_the_side_shared_with_is(text: str, target: str) -> None:
    event = _event(text, "shar")
    assert event.type == "COOPERATE"
    assert target in (event.target_text or "")


def test_calling_a_leader_is_a_telephone_call() -> None:
    event = _event("The Norlandic president called his Eastmark counterpart on Tuesday.", "called")
    assert (event.type, event.mode) == ("CONSULT", "phone")
    assert "counterpart" in (event.target_text or "")


def test_calling_a_leader_something_is_no_call() -> None:
    doc = extract_text("The senator called the president a liar.", published="2019-05-01")
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_the_trigger_s_own_noun_is_never_the_target() -> None:
    event = _event("The city council imposed a curfew after the riots.", "curfew")
    assert event.target_text != "curfew"


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Norway provided the Velian army with armoured vehicles.", "provided", "Velian army"),
        ("Japan handed over 30 ambulances to the Velian police.", "handed over", "Velian police"),
    ],
)
def test_goods_given_are_aid_to_whom_they_are_given(text: str, trigger: str, target: str) -> None:
    event = _event(text, trigger)
    assert event.type == "AID"
    assert event.target_text == target


def test_coordinated_verbs_share_one_object() -> None:
    event = _event("The council condemned and rejected the proposal by Norland.", "condemned")
    assert "proposal" in (event.target_text or "") or "Norland" in (event.target_text or "")


def test_giving_in_to_demands_concedes_to_whoever_made_them() -> None:
    event = _event("The Velian government accepted the demands by the striking miners.", "accepted")
    assert event.type == "CONCEDE"
    assert "miners" in (event.target_text or "")


def test_against_names_the_side_even_without_a_name() -> None:
    event = _event("The army launched an offensive against militants near the border.", "offensive")
    assert "militants" in (event.target_text or "")


def test_a_team_of_medical_experts_sent_is_aid() -> None:
    event = _event("The ministry sent a team of medical experts to the Velian hospital.", "sent")
    assert event.type == "AID"


def test_an_extradited_person_goes_to_the_state_that_receives_him() -> None:
    event = _event("Norland extradited the preacher to Eastmark.", "extradited")
    assert event.target_text == "Eastmark"


def test_where_an_act_done_together_took_place_is_no_party() -> None:
    event = _event("The two sides signed a trade deal in Velgrad.", "signed")
    assert "Velgrad" not in (event.target_text or "")


def test_a_ceasefire_agreed_bears_on_where_it_holds() -> None:
    event = _event("Norland has agreed to a ceasefire in Eastmark.", "ceasefire")
    assert event.target_text == "Eastmark"


def test_receiving_a_delegation_hosts_a_visit() -> None:
    event = _event("The prime minister received a delegation from Norland.", "received")
    assert (event.type, event.mode) == ("CONSULT", "visit")


def test_a_lawsuit_against_a_visiting_leader_is_aimed_at_the_leader() -> None:
    event = _event(
        "A lawyer filed a lawsuit in a Paris court against visiting Crown Prince Karim Velan.",
        "lawsuit",
    )
    assert "Karim Velan" in (event.target_text or "")


def test_refuting_someone_s_comments_is_aimed_at_the_comments_not_their_topic() -> None:
    event = _event("Velia refuted the Norlandic president's comments on land reform.", "refuted")
    assert event.type == "REJECT"
    assert event.target_text == "Norlandic president's comments"
