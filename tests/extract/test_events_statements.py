"""Statements are not PLOVER events; names, troop movements and giving read by their words."""

from __future__ import annotations

from event_text import events_of, types


def test_condolences_are_no_event_but_the_bombing_mourned_is_kept() -> None:
    doc = events_of(
        "The foreign minister of Norway expressed condolences to the families of the "
        "villagers who were killed in the bombing."
    )
    assert not [e for e in doc.events if "condolence" in e.trigger]
    assert "ASSAULT" in types(doc)


def test_claiming_responsibility_is_no_event_of_its_own() -> None:
    doc = events_of("The rebel group claimed responsibility for the attack on the convoy.")
    assert not [e for e in doc.events if "claimed" in e.trigger]


def test_declining_to_comment_is_no_rejection() -> None:
    doc = events_of("The ministry of defence declined to comment on the report.")
    assert "REJECT" not in types(doc)


def test_a_plain_rejection_still_counts() -> None:
    doc = events_of("The government of Chad rejected the proposal from the opposition.")
    assert "REJECT" in types(doc)


def test_a_trigger_inside_an_organisation_name_is_no_event() -> None:
    doc = events_of(
        "Officials of the Collective Security Treaty Organization gathered in the capital."
    )
    assert "SUPPORT" not in types(doc)


def test_forces_arriving_mobilize_and_officials_arriving_consult() -> None:
    forces = events_of("Russian forces arrived at the border with Ukraine on Tuesday.")
    assert "MOBILIZE" in types(forces) and "CONSULT" not in types(forces)
    envoy = events_of("The Chinese foreign minister arrived in Moscow for talks on Tuesday.")
    assert "CONSULT" in types(envoy)


def test_troops_marching_are_no_protest() -> None:
    doc = events_of("Thousands of Russian troops marched into the town on Sunday.")
    assert "PROTEST" not in types(doc)


def test_giving_euros_is_aid() -> None:
    doc = events_of("Germany provided 6 million euros to the refugee agency of the United Nations.")
    assert "AID" in types(doc)


def test_fighting_an_epidemic_is_no_assault() -> None:
    doc = events_of("The army of Liberia is fighting the Ebola epidemic in the north.")
    assert "ASSAULT" not in types(doc)


def test_releasing_a_statement_is_no_release() -> None:
    doc = events_of("The senator released a statement after the vote in the Senate.")
    assert "RETREAT" not in types(doc)


def test_a_news_conference_is_where_words_were_said_not_a_meeting() -> None:
    doc = events_of("The minister told a news conference that the border was calm.")
    assert "CONSULT" not in types(doc)


def test_a_peace_conference_is_still_a_meeting() -> None:
    doc = events_of("Afghan and Pakistani envoys held a conference in Doha on Friday.")
    assert "CONSULT" in types(doc)


def test_boots_marching_are_troops_not_protesters() -> None:
    doc = events_of("Russian boots will soon be marching along the Afghan border.")
    assert "PROTEST" not in types(doc)
