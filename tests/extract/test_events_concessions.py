"""Concessions typed as the PLOVER manual types them: a request granted, regret voiced, an
acquittal, a prosecution or a plan given up, a rally allowed; and an aid official's trip is
a visit, not aid arriving."""

from __future__ import annotations

from event_text import events_of, find, main_type, types


def test_granting_a_request_concedes_and_the_request_is_its_background() -> None:
    doc = events_of("The electoral board granted the opposition's request for a recount.")
    assert find(doc, "granted").type == "CONCEDE"
    assert (
        main_type(
            "Authorities Approve Union Request for Pay Talks",
            "The ministry approved a request from the teachers' union to reopen pay talks.",
        )
        == "CONCEDE"
    )


def test_heeding_calls_concedes_but_a_call_alone_is_a_request() -> None:
    doc = events_of("The government heeded calls from the opposition for electoral reform.")
    assert find(doc, "heeded").type == "CONCEDE"
    doc = events_of("The opposition called for electoral reform on Monday.")
    assert find(doc, "called for").type == "REQUEST"


def test_regret_and_apology_are_verbal_concessions_not_support() -> None:
    doc = events_of("The interior minister apologized for the police violence in the capital.")
    assert find(doc, "apologized").type == "CONCEDE"
    doc = events_of("The government expressed regret over the civilian deaths on Friday.")
    assert find(doc, "expressed regret").type == "CONCEDE"
    doc = events_of("The president praised the police for their restraint.")
    assert find(doc, "praised").type == "SUPPORT"


def test_an_apology_stays_verbal_cooperation_in_cameo_terms() -> None:
    doc = events_of("The interior minister apologized for the police violence in the capital.")
    assert (find(doc, "apologized").cameo or "").startswith("05")


def test_an_acquittal_or_a_dropped_case_concedes() -> None:
    doc = events_of("A court in Dakar acquitted the opposition leader on Monday.")
    assert find(doc, "acquitted").type == "CONCEDE"
    doc = events_of("Prosecutors dropped the case against the journalist on Monday.")
    assert find(doc, "dropped").type == "CONCEDE"


def test_admitting_mistakes_concedes() -> None:
    doc = events_of("The prime minister admitted mistakes in the handling of the crisis.")
    assert find(doc, "admitted").type == "CONCEDE"


def test_allowing_a_rally_eases_a_restriction_and_banning_it_coerces() -> None:
    doc = events_of("Authorities allowed an opposition rally in the capital on Saturday.")
    assert find(doc, "allowed").type == "CONCEDE"
    doc = events_of("Authorities prohibited an opposition rally in the capital on Saturday.")
    assert find(doc, "prohibited").type == "COERCE"


def test_giving_up_a_plan_concedes() -> None:
    doc = events_of("The city abandoned plans to demolish the old market after protests.")
    assert find(doc, "abandoned").type == "CONCEDE"


def test_troops_pulled_from_a_region_retreat_and_promised_it_is_a_concession() -> None:
    doc = events_of("The army pulled troops from the border region on Sunday.")
    assert find(doc, "pulled troops").type == "RETREAT"
    doc = events_of("The government promised to pull troops from the border region.")
    assert find(doc, "pull troops").type == "CONCEDE"


def test_an_aid_official_who_arrives_visits_but_arriving_medics_bring_aid() -> None:
    assert (
        main_type(
            "UN Aid Chief Visits Refugee Camp",
            "The UN humanitarian chief visited a refugee camp on Monday and met local officials.",
        )
        == "CONSULT"
    )
    doc = events_of("Doctors and nurses arrived in the flooded town on Monday.")
    assert find(doc, "arrived").type == "AID"


def test_an_organisation_leaving_a_country_sanctions_and_forces_leaving_retreat() -> None:
    doc = events_of("The aid group withdrew from Afghanistan on Thursday, citing security risks.")
    assert find(doc, "withdrew").type == "SANCTION"
    doc = events_of("Two oil companies left the country last year.")
    assert find(doc, "left").type == "SANCTION"
    doc = events_of("The army withdrew from the town on Tuesday.")
    assert find(doc, "withdrew").type == "RETREAT"


def test_fighting_ended_is_a_ceasefire_observed_and_promised_a_concession() -> None:
    doc = events_of("The rebels ended the offensive on the capital on Sunday.")
    assert find(doc, "ended").type == "RETREAT"
    doc = events_of("The rebels agreed to end the offensive on the capital.")
    assert find(doc, "end").type == "CONCEDE"


def test_meeting_a_deadline_is_no_consultation() -> None:
    doc = events_of("The ministry met the deadline for the new budget on Friday.")
    assert "CONSULT" not in types(doc)
    doc = events_of("The foreign minister met his Turkish counterpart in Ankara on Friday.")
    assert find(doc, "met").type == "CONSULT"


def test_security_raised_for_a_summit_mobilizes() -> None:
    doc = events_of("The government increased security around the parliament on Monday.")
    assert find(doc, "increased").type == "MOBILIZE"
    assert main_type("Ruritania Boosts Security Ahead of Summit") == "MOBILIZE"
    doc = events_of("The firm brought in new officers to run the board.")
    assert "MOBILIZE" not in types(doc)


def test_what_talks_are_about_is_their_topic() -> None:
    assert main_type("Talks on Humanitarian Assistance Held in Geneva") == "CONSULT"
    doc = events_of("The two ministers held talks on humanitarian assistance in Geneva.")
    talks = find(doc, "held talks")
    # the topic is no act of its own: absent, or less sure than the talks about it
    aid = [e for e in doc.events if "assistance" in e.trigger]
    assert all(talks.confidence > e.confidence for e in aid)
    assert all(e.target_text != "Geneva" for e in aid)


def test_mass_deportations_are_an_assault_and_a_deported_person_coercion() -> None:
    doc = events_of("Authorities carried out mass deportations of ethnic Uzbeks last month.")
    assert find(doc, "mass deportations").type == "ASSAULT"
    doc = events_of("Police deported two foreign journalists on Monday.")
    assert find(doc, "deported").type == "COERCE"


def test_a_deal_reached_finalizes_an_agreement_and_a_great_deal_is_none() -> None:
    doc = events_of("The two sides reached a deal on power sharing late on Tuesday.")
    assert find(doc, "reached").type == "SUPPORT"
    assert not events_of("The company has a great deal of work.").events


def test_striking_workers_are_strikers_not_a_blow() -> None:
    assert main_type("Striking Workers Block Roads") == "PROTEST"
    doc = events_of("Rebels struck an army base near the border on Monday.")
    assert find(doc, "struck").type == "ASSAULT"
