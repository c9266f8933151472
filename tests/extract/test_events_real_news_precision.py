"""Wordings of real conflict news that machine coders turn into false or misattributed
events: each test names the wording and what an analyst expects of it."""

from __future__ import annotations

from event_text import events_of, find, main_type, story, types
from wirewatch.api import extract_text
from wirewatch.extract.main_event import main_event, story_layout


def test_a_crime_committed_is_no_pledge_and_its_doer_is_the_agent() -> None:
    doc = events_of("Massacres have been committed by the Varan militia in Orla.")
    assert "AGREE" not in types(doc)
    event = find(doc, "Massacres")
    assert event.type == "ASSAULT"
    assert event.source_text is not None and "militia" in event.source_text


def test_a_commitment_to_a_ceasefire_is_still_a_pledge() -> None:
    doc = events_of("Tosca committed 500 troops to the peace mission in Orla.")
    assert find(doc, "committed").type == "AGREE"


def test_a_noun_phrase_with_a_preposition_is_carried_by_its_first_noun() -> None:
    doc = events_of("Militias committed crimes against humanity in Orla, the UN said.")
    event = find(doc, "crimes against humanity")
    assert event.type == "ASSAULT"
    assert event.source_text == "Militias"
    assert event.target_text is None  # "humanity" is part of the name of the act


def test_forces_fought_alongside_are_allies() -> None:
    doc = events_of("The Kurds said the forces they had fought alongside had abandoned them.")
    assert find(doc, "fought").type == "COOPERATE"


def test_fighting_beside_allies_against_an_enemy_is_an_attack_on_the_enemy() -> None:
    doc = events_of("Kurdish fighters fought alongside Tosca troops against the Varan militia.")
    event = find(doc, "fought")
    assert event.type == "ASSAULT"
    assert event.target_text is not None and "Varan" in event.target_text


def test_seeking_to_act_is_an_aim_not_an_appeal() -> None:
    doc = events_of("The mediators sought to calm tensions in Orla.")
    assert "REQUEST" not in types(doc)


def test_seeking_revenge_asks_no_one() -> None:
    doc = events_of("The families of the victims sought revenge in Selva.")
    assert "REQUEST" not in types(doc)


def test_aid_sought_is_not_aid_given() -> None:
    doc = events_of("The UN was seeking aid for the war victims in Orla.")
    assert find(doc, "seeking").type == "REQUEST"
    assert all(e.modality != "asserted" for e in doc.events if e.type == "AID")


def test_crimes_committed_by_a_force_are_no_pledge_of_that_force() -> None:
    doc = events_of("The UN documented atrocities committed by the Varan militia in Orla.")
    assert "AGREE" not in types(doc)


def test_an_attack_only_threatened_is_hypothetical() -> None:
    doc = events_of("Kurdish leaders toured Tosca to warn of the threat of a Varan attack.")
    assert find(doc, "attack").modality == "hypothetical"


def test_an_attack_foreseen_with_a_is_hypothetical_and_the_attack_is_not_asserted() -> None:
    doc = events_of("A further attack on Orla will only bring more war, the governor said.")
    assert find(doc, "attack").modality == "hypothetical"


def test_the_investigator_of_an_attack_is_not_its_attacker() -> None:
    doc = events_of("The attack on the Selva checkpoint will be investigated by the UN.")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert all(e.source_text != "UN" for e in attacks)


def test_warning_of_a_risk_threatens_no_one() -> None:
    doc = events_of("Officials warned of the risk of renewed fighting in Selva.")
    assert "THREATEN" not in types(doc)
    assert find(doc, "fighting").modality == "hypothetical"


def test_warning_of_consequences_is_still_a_threat() -> None:
    doc = events_of("Varan warned Tosca of serious consequences if its troops crossed the border.")
    assert find(doc, "warned").type == "THREATEN"


def test_civilians_fleeing_are_no_retreat() -> None:
    doc = events_of("Thousands of residents fled the town of Orla on Sunday.")
    assert "RETREAT" not in types(doc)


def test_fighters_fleeing_retreat() -> None:
    doc = events_of("Varan fighters fled the town of Orla on Sunday.")
    assert find(doc, "fled").type == "RETREAT"


def test_closing_ones_eyes_restricts_nothing_but_closing_a_road_does() -> None:
    assert "COERCE" not in types(events_of("The tall fighter closed his eyes and smiled."))
    assert find(events_of("Varan troops closed the road to Orla."), "closed").type == "COERCE"


def test_pleading_innocence_and_a_call_home_ask_for_nothing() -> None:
    assert "REQUEST" not in types(events_of("Two women from Tosca plead their innocence."))
    assert "REQUEST" not in types(events_of("He made an urgent call home on Monday."))


def test_calls_for_a_ceasefire_are_a_request() -> None:
    doc = events_of("There were renewed calls for a ceasefire in Selva.")
    assert "REQUEST" in types(doc)


def test_an_attack_held_off_did_not_happen() -> None:
    doc = events_of("In September Tosca persuaded Varan to hold off from an attack on Orla.")
    assert find(doc, "attack").modality == "negated"


def test_the_party_kept_from_an_act_is_its_doer_and_the_act_is_negated() -> None:
    doc = events_of("Police prevented the Varan militia from storming the parliament.")
    event = find(doc, "storming")
    assert event.modality == "negated"
    assert event.source_text is not None and "militia" in event.source_text


def test_an_attack_on_a_province_happened_in_that_province() -> None:
    doc = events_of(
        "Varan sent in aircraft to attack the rebel-held province of Idlib, as ministers "
        "gathered in Brussels."
    )
    event = find(doc, "attack")
    assert event.location is not None
    assert doc.places[int(event.location)].name == "Idlib"


def test_millions_who_fled_a_country_are_no_retreat() -> None:
    doc = events_of("The refugees joined the four million who have already fled the country.")
    assert "RETREAT" not in types(doc)


def test_an_act_investigated_is_neither_planned_nor_done_by_the_investigators() -> None:
    doc = events_of(
        "UN inspectors will arrive in Orla tonight to investigate the alleged use of "
        "chemical weapons in Selva."
    )
    assert "THREATEN" not in types(doc)
    use = find(doc, "chemical weapons")
    assert use.type == "ASSAULT"
    assert use.source_text is None or "inspectors" not in use.source_text


def test_who_condemns_an_attack_did_not_carry_it_out() -> None:
    doc = events_of("Tosca condemned the attack on the Selva checkpoint.")
    assert find(doc, "attack").source_text != "Tosca"


def test_who_launches_an_attack_carries_it_out() -> None:
    doc = events_of("Varan troops launched an attack on Selva on Monday.")
    event = find(doc, "attack")
    assert event.source_text is not None and "Varan" in event.source_text


def test_strikes_awaiting_a_decision_have_not_happened() -> None:
    doc = events_of("Western leaders put off a final decision on military strikes in Selva.")
    assert find(doc, "strikes").modality == "hypothetical"


def test_a_promised_strike_is_a_threat_not_a_strike() -> None:
    doc = events_of("The president stepped back from his promise of a missile strike on Selva.")
    assert "ASSAULT" not in types(doc)


def test_an_attack_that_would_take_place_names_no_attacker() -> None:
    doc = events_of("He never said when an attack on Selva would take place.")
    event = find(doc, "attack")
    assert event.modality == "hypothetical"
    assert event.source_text is None


def test_hosting_bases_is_no_meeting_but_hosting_a_leader_is() -> None:
    assert "CONSULT" not in types(events_of("Orla hosts Tosca's military bases on the coast."))
    doc = events_of("The Varan president hosted the Tosca president in Selva on Monday.")
    assert find(doc, "hosted").type == "CONSULT"


def test_fighters_left_in_a_town_did_not_leave_it() -> None:
    doc = events_of("There could be more Varan fighters left in the town of Orla.")
    assert "RETREAT" not in types(doc)


def test_a_happening_that_leaves_something_in_a_state_withdraws_from_nothing() -> None:
    assert types(events_of("The war left the city of Orla in ruins.")) <= {"ASSAULT"}
    assert find(events_of("Varan troops left Orla on Monday."), "left").type == "RETREAT"


def test_an_act_only_reported_on_takes_no_intention_from_the_report() -> None:
    doc = events_of("The envoy said he would report the outcome of the talks to the council.")
    assert find(doc, "talks").modality == "asserted"


def test_an_act_not_allowed_is_negated_and_refused_by_no_one_who_would_do_it() -> None:
    doc = events_of("Tosca will not allow Varan delegates to attend the talks in Selva.")
    event = find(doc, "talks")
    assert (event.type, event.modality) == ("CONSULT", "negated")


def test_a_cue_across_a_clause_break_does_not_govern_the_act() -> None:
    doc = events_of(
        "The UN said the envoy would attend the talks in Selva, a decision hailed by Varan."
    )
    assert find(doc, "hailed").modality == "asserted"


def test_meeting_preconditions_is_no_meeting() -> None:
    doc = events_of("Few of the preconditions set by the UN have been met by Varan.")
    assert "CONSULT" not in types(doc)


def test_if_attacked_names_the_defended_as_who_would_be_attacked() -> None:
    doc = events_of("Varan is ready to defend Orla if attacked, the minister said.")
    attack = find(doc, "attacked")
    assert attack.modality == "hypothetical"
    assert attack.source_text is None
    assert attack.target_text == "Orla"


def test_agreeing_on_a_judgement_is_no_agreement_to_act() -> None:
    doc = events_of("The two leaders agreed the Varan regime had a pattern of dangerous behaviour.")
    assert "AGREE" not in types(doc)


def test_agreeing_to_act_is_still_an_agreement() -> None:
    doc = events_of("The two leaders agreed to keep working closely together on Orla.")
    assert find(doc, "agreed").type == "AGREE"


def test_a_ban_that_will_not_be_lifted_is_refused() -> None:
    doc = events_of("Varan will not lift the ban on imports from Tosca.")
    assert find(doc, "lift").type == "REJECT"


def test_the_possessor_of_an_arrest_or_release_suffered_it() -> None:
    doc = events_of("The family launched a petition calling for Robinson's release from Orla.")
    assert find(doc, "release").target_text == "Robinson"
    assert find(doc, "release").source_text is None


def test_the_possessor_of_an_attack_did_it_and_its_object_was_hit() -> None:
    doc = events_of("Varan's attack on Selva killed 12 people on Monday.")
    event = find(doc, "attack")
    assert (event.source_text, event.target_text, event.fatalities) == ("Varan", "Selva", 12)


def test_fighting_one_quit_is_no_longer_going_on() -> None:
    doc = events_of("Prakash told police he had decided to quit fighting for the Varan militia.")
    assert find(doc, "fighting").modality == "negated"
    assert "THREATEN" not in types(doc)


def test_a_plot_to_kill_is_no_killing() -> None:
    doc = events_of("He was linked to an alleged plot to behead a police officer in Orla.")
    assert find(doc, "behead").modality == "hypothetical"


def test_his_arrest_at_the_border_was_suffered_by_him() -> None:
    doc = events_of("Officials interviewed him in the months after his arrest at the Orla border.")
    event = find(doc, "arrest")
    assert event.source_text is None


def test_a_private_persons_travel_is_no_visit_between_parties() -> None:
    assert "CONSULT" not in types(events_of("The children's aunt had travelled to Orla with them."))
    assert "CONSULT" not in types(events_of("Thousands of tourists visited Selva last year."))


def test_a_ministers_visit_is_still_a_visit() -> None:
    doc = events_of("The Varan foreign minister visited Selva on Monday.")
    assert find(doc, "visited").type == "CONSULT"


def test_a_schoolgirl_who_left_the_country_did_not_withdraw() -> None:
    doc = events_of("The schoolgirl who left Tosca to join the militia spoke on Monday.")
    assert "RETREAT" not in types(doc)


def test_who_compares_two_attacks_did_neither() -> None:
    doc = events_of("She compared the Orla bombing to airstrikes by the Varan army.")
    assert all(e.source_text != "She" for e in doc.events)


def test_a_conviction_in_an_if_clause_is_nobodys_threat_and_the_convicted_suffers_it() -> None:
    doc = events_of("She said that if she was charged and convicted, her family would help.")
    assert "THREATEN" not in types(doc)
    assert find(doc, "convicted").source_text is None


def test_what_a_pledge_is_meant_to_do_is_intended_not_done() -> None:
    doc = events_of("Ministers met in Selva to pledge $5bn to support Tosca and Orla.")
    assert all(e.modality != "asserted" for e in doc.events if e.type == "SUPPORT")


def test_where_talks_were_held_is_their_venue_not_a_party() -> None:
    doc = events_of("The two leaders held talks in Selva on Tuesday.")
    talks = find(doc, "held talks")
    assert talks.type == "CONSULT"
    assert talks.target_text is None


def test_a_ceasefire_in_a_country_still_bears_on_it() -> None:
    doc = events_of("The rebels agreed to a ceasefire in Orla on Friday.")
    assert find(doc, "agreed").target_text == "Orla"


def test_one_party_talking_about_a_war_consults_no_one() -> None:
    doc = events_of("The general talked about the war for an hour on Monday.")
    assert "CONSULT" not in types(doc)


def test_talking_with_a_partner_or_together_is_a_consultation() -> None:
    doc = events_of("The Varan minister talked with the Tosca envoy in Selva.")
    assert find(doc, "talked").type == "CONSULT"
    doc = events_of("Varo and Tosca talked on Sunday about the border.")
    assert find(doc, "talked").type == "CONSULT"
    doc = events_of("The president spoke by phone on Friday, his office said.")
    assert find(doc, "spoke by phone").type == "CONSULT"


def test_a_second_participle_tagged_as_a_past_tense_shares_the_passive_subject() -> None:
    doc = events_of("In March three reporters were run over and killed over 48 hours.")
    killed = find(doc, "killed")
    assert killed.source_text is None
    assert "reporters" in (killed.target_text or "")


def test_a_participle_set_off_after_a_name_tells_what_befell_that_name() -> None:
    doc = events_of(
        "It is not necessary to show the courage of the reporter Mira Holt, killed in a car "
        "bomb near her home last year, to be at risk."
    )
    killed = find(doc, "killed")
    assert killed.source_text in (None, "car bomb")
    assert "Mira Holt" in (killed.target_text or "")


def test_the_main_clauses_negation_does_not_reach_its_adverbial_clause() -> None:
    doc = events_of("Even if most reporters are killed by gangs, these are not the only threats.")
    assert find(doc, "killed").modality != "negated"
    doc = events_of("The army did not launch an attack on Selva.")
    assert find(doc, "attack").modality == "negated"


def test_an_act_named_again_in_a_phrase_on_its_verb_is_one_event() -> None:
    doc = events_of("A Varan court sentenced 13 reporters to long jail terms on Monday.")
    sanctions = [e for e in doc.events if e.type == "SANCTION"]
    assert [e.trigger for e in sanctions] == ["sentenced"]


def test_what_someone_faces_or_risks_has_not_happened_and_befalls_them() -> None:
    doc = events_of("Two reporters face long jail terms in Orla.")
    terms = find(doc, "jail terms")
    assert (terms.type, terms.modality) == ("SANCTION", "hypothetical")
    assert terms.source_text is None and "reporters" in (terms.target_text or "")
    doc = events_of("The opposition leader risks arrest if he returns to Selva.")
    arrest = find(doc, "arrest")
    assert (arrest.type, arrest.modality) == ("COERCE", "hypothetical")
    assert arrest.source_text is None


def test_an_until_clause_on_a_refusal_is_its_unmet_condition() -> None:
    doc = events_of("Varo will not lift the embargo until Tosca signs the covenant.")
    assert find(doc, "signs").modality == "hypothetical"
    assert main_event(doc).type == "REJECT"
    doc = events_of("Fighting went on until the rebels withdrew from Selva.")
    assert find(doc, "withdrew").modality == "asserted"


def test_people_forced_to_flee_are_expelled_by_what_forced_them() -> None:
    doc = events_of("Varan airstrikes forced 5,000 villagers to flee to Orla on Monday.")
    flight = find(doc, "flee")
    assert (flight.type, flight.mode) == ("SANCTION", "expel")
    assert flight.source_text == "Varan airstrikes"
    assert "villagers" in (flight.target_text or "")
    assert "RETREAT" not in types(doc)


def test_who_violates_an_agreement_did_not_make_it() -> None:
    doc = events_of("Washington promised a strong response to any campaign that violated the deal.")
    assert all(e.source_text != "any campaign" for e in doc.events)


def test_advice_is_hypothetical_and_no_threat() -> None:
    doc = events_of("Selva should also be asked to offer refuge, he said.")
    assert find(doc, "asked").modality == "hypothetical"
    doc = events_of("The EU should impose sanctions on Varo, the minister said.")
    sanction = find(doc, "sanctions")
    assert (sanction.type, sanction.modality) == ("SANCTION", "hypothetical")


def test_a_negation_reaches_a_purpose_clause_but_not_a_conjunct_with_its_own_subject() -> None:
    doc = events_of(
        "Varan forces have not taken action to stop attacks, and the spokesman accused them "
        "of betrayal."
    )
    assert find(doc, "accused").modality == "asserted"


def test_a_truce_agreed_between_two_sides_was_made_by_them() -> None:
    doc = events_of("The shelling rips up a ceasefire agreed last year between Varo and Tosca.")
    agreed = find(doc, "agreed")
    assert agreed.source_text == "Varo" and agreed.target_text == "Tosca"


def test_a_possessive_before_a_misread_verb_names_who_made_the_call() -> None:
    doc = events_of("The president had earlier rejected Erdoğan’s calls for a ceasefire in Idlib.")
    assert find(doc, "calls for").source_text == "Erdoğan"


def test_the_leader_of_a_led_attack_is_its_source() -> None:
    doc = events_of("Tosca will not stand by and watch a Varan-led attack on Orla province.")
    assert find(doc, "attack").source_text == "Varan"


def test_who_is_pleaded_with_would_do_the_act_and_is_the_party_asked() -> None:
    doc = events_of("At the summit Erdogan pleaded with Russia and Iran to halt the offensive.")
    assert find(doc, "pleaded").target_text == "Russia and Iran"
    assert find(doc, "halt").source_text == "Russia and Iran"


def test_firing_at_people_is_shooting_but_firing_at_least_twenty_is_not() -> None:
    doc = events_of("Police fired at protesters in Selva on Monday.")
    fired = find(doc, "fired at")
    assert fired.type == "ASSAULT" and "protesters" in (fired.target_text or "")
    assert types(events_of("The company fired at least 20 workers on Monday.")) == set()


def test_jet_fighters_are_the_military_not_rebels() -> None:
    doc = events_of("Russian jet fighters bombed the town of Selva on Monday.")
    assert doc.actors[find(doc, "bombed").source].sector == "MIL"


def test_a_negated_condition_is_hypothetical() -> None:
    doc = events_of("If the rebels are not disarmed, they will be jailed, the minister said.")
    assert all(e.modality != "negated" for e in doc.events)


def test_a_meeting_as_subject_does_no_deed() -> None:
    doc = events_of("A resident said the Selva summit had calmed nerves in the town.")
    assert all(e.target_text != "nerves" for e in doc.events)


def test_a_clause_acting_on_its_own_object_is_no_part_of_the_attackers_name() -> None:
    doc = events_of("Russia answered an attack by a swarm of drones targeting a Russian airbase.")
    attack = find(doc, "attack")
    assert attack.source_text == "swarm of drones" and attack.source is None


def test_whose_casualties_they_are_is_no_attacker() -> None:
    doc = events_of("Reports of Russian casualties in Selva were confirmed on Monday.")
    casualties = find(doc, "casualties")
    assert casualties.source_text is None and casualties.target_text == "Russian"


def test_strikes_from_drones_are_air_strikes_and_a_bare_strike_a_walkout() -> None:
    doc = events_of("They answered with hours of strikes from drones and bombers on the attackers.")
    strikes = find(doc, "strikes")
    assert (strikes.type, strikes.mode) == ("ASSAULT", "aerial")
    walkout = find(events_of("Teachers began a strike over pay on Monday."), "strike")
    assert walkout.type == "PROTEST"


def test_a_gerund_with_by_names_its_doer() -> None:
    doc = events_of(
        "Almost 200 civilians have been killed in airstrikes and shelling by forces loyal to "
        "the Varan president in Selva."
    )
    assert (find(doc, "shelling").source_text or "").startswith("forces loyal to the Varan")


def test_a_clause_on_an_act_noun_is_done_by_whoever_carried_out_the_act() -> None:
    doc = events_of("Rebel groups answered with a wave of bombardment targeting Selva, killing 12.")
    assert find(doc, "targeting").source_text == "Rebel groups"


def test_a_sentences_first_word_and_a_decade_are_no_parties() -> None:
    doc = events_of("Exact death tolls were unclear.")
    assert all(e.source_text != "Exact" for e in doc.events)
    doc = events_of("If the massacre of the 1990s was Selva, this is the massacre of our time.")
    assert all(e.target_text != "1990s" for e in doc.events)


def test_an_act_as_the_object_of_its_own_kind_of_verb_is_no_target() -> None:
    doc = events_of("The group has fought a decades-long insurgency inside Tosca.")
    assert find(doc, "fought").target_text is None


def test_an_attack_on_an_idea_is_a_figure_of_speech() -> None:
    doc = events_of("The Varan plan was a blatant attack on Tosca's sovereignty, Tosca said.")
    assert "ASSAULT" not in types(doc)


def test_when_a_conflict_began_is_not_who_protested() -> None:
    doc = events_of("The conflict began in March 2011 with anti-government protests in Selva.")
    assert all(e.source_text != "conflict" for e in doc.events)


def test_a_death_no_one_is_named_as_dealing_is_nobodys_threat() -> None:
    doc = events_of("The UN warned that 29 civilians will die if they are not evacuated.")
    assert find(doc, "die").type == "ASSAULT"


def test_pressure_put_on_a_party_asks_it_to_act_whether_or_not_it_was_put() -> None:
    doc = events_of("Moscow put pressure on Kyiv to accept the offer.")
    assert find(doc, "put pressure on").type == "REQUEST"
    doc = events_of("Varo has not put pressure on the regime to negotiate at Geneva.")
    talks = find(doc, "negotiate")
    assert (talks.type, talks.modality, talks.source_text) == ("CONSULT", "hypothetical", "regime")
    assert talks.target_text is None


def test_a_backer_named_beside_a_party_is_not_the_party() -> None:
    doc = events_of("Two British Isis militants were seized by US-backed Kurdish fighters.")
    captured = find(doc, "seized")
    assert captured.source is None or doc.actors[captured.source].name != "United States"
    assert doc.actors[captured.target].name == "Islamic State"


def test_an_accusation_beside_its_conviction_is_not_coded() -> None:
    doc = events_of("The fourth member, Aine Davis, was convicted on terror charges in Turkey.")
    assert types(doc) == {"SANCTION"}


def test_recorded_on_film_struck_a_rapprochement_and_without_are_no_blows() -> None:
    assert types(events_of("The beheadings were captured on film and shown in videos.")) == set()
    doc = events_of("While Ankara has not struck a rapprochement with Damascus, it told Moscow.")
    assert "ASSAULT" not in types(doc) and "PROTEST" not in types(doc)
    doc = events_of("We can roam around without feeling targeted.")
    assert all(e.modality == "negated" for e in doc.events)
    doc = events_of("Nurses in Selva struck on Monday.")
    assert "ASSAULT" not in types(doc)


def test_clearing_mines_is_no_attack_and_a_volunteer_travelling_no_visit() -> None:
    doc = events_of("Hall was in Selva helping to clear mines with the Kurdish militia.")
    assert "ASSAULT" not in types(doc)
    assert "ASSAULT" in types(events_of("Rebels planted mines along the road to Selva."))
    doc = events_of("Ollie Hall, a UK national who travelled to Syria to help, died on Friday.")
    assert "CONSULT" not in types(doc)


def test_efforts_to_broker_a_deal_have_not_made_one() -> None:
    doc = events_of("Russia's efforts to broker a Syrian peace deal outside Geneva stumbled.")
    assert all(e.modality == "hypothetical" for e in doc.events if "deal" in e.trigger)


def test_who_dismisses_a_conference_does_not_hold_it() -> None:
    doc = events_of("Alloush dismissed the Selva conference on Monday.")
    assert find(doc, "conference").source_text != "Alloush"


def test_where_a_conference_is_staged_is_its_venue() -> None:
    doc = events_of("The EU is due to stage a reconstruction conference next year in Brussels.")
    assert find(doc, "conference").target_text is None


def test_who_is_forced_to_act_does_the_act_and_can_is_only_possible() -> None:
    doc = events_of("The army forced the rebels to withdraw from Selva on Monday.")
    assert find(doc, "withdraw").source_text == "rebels"
    doc = events_of("Sanctions can force the regime to make concessions.")
    assert find(doc, "concessions").modality == "hypothetical"


def test_a_town_seized_is_ground_taken_even_when_its_name_is_unknown() -> None:
    doc = events_of("Fighters of the Front seized the Varnesian border town of Korvik on Saturday.")
    seized = find(doc, "seized")
    assert (seized.type, seized.mode) == ("ASSAULT", None)


def test_a_page_whose_title_was_taken_out_has_no_headline_left_in_its_body() -> None:
    text = (
        "Armed group seizes border town\n\nBy Ana Vel\n\n"
        "Fighters of the Front seized the border town of Korvik on Saturday.\n\n"
        "Residents said the fighters controlled the bridge by the evening."
    )
    doc = extract_text(text, published="2025-03-08")
    assert doc.title
    assert story_layout(doc)[0] == 0
    assert find(doc, "seized").type == "ASSAULT"


def test_acts_spoken_of_in_general_are_no_events_but_particular_ones_are() -> None:
    doc = events_of("Attacks on reporters, like attacks on doctors, are not just attacks on us.")
    assert "ASSAULT" not in types(doc)
    assert "ASSAULT" not in types(events_of("Airstrikes are a war crime, the envoy said."))
    assert "ASSAULT" in types(events_of("The attacks on reporters in Selva are a warning."))
    assert "ASSAULT" in types(events_of("Varan airstrikes are pounding Selva."))


def test_parties_agreeing_among_themselves_to_a_measure_make_a_pact_not_a_threat() -> None:
    pact = events_of("Finance ministers meeting in Varna agreed to impose new rules on banks.")
    assert find(pact, "impose").type == "AGREE"
    assert find(events_of("Varo and Tosca agreed to ban fishing in the bay."), "ban").type == (
        "AGREE"
    )
    headline = "Finance Ministers Gathered in Varna Agree to Impose New Banking Capital Rules"
    assert main_type(headline, "The ministers met on Tuesday.") == "AGREE"
    # one side's decision to act against a named party stays a threat
    assert find(events_of("Russia agreed to impose sanctions on Ukraine."), "impose").type == (
        "THREATEN"
    )
    assert find(events_of("Rebels agreed to attack the city."), "attack").type == "THREATEN"


def test_a_headline_passive_without_its_auxiliary_names_what_was_acted_on() -> None:
    doc = story("Social Media Platforms Temporarily Suspended in North Varo After Unrest")
    event = find(doc, "Suspended")
    assert (event.type, event.mode) == ("COERCE", "withhold")
    assert event.source_text is None and event.target_text == "Social Media Platforms"
    # running text with a closing stop keeps the parse's subject as the doer
    assert find(events_of("Varo suspended aid to Tosca."), "suspended").type == "SANCTION"


def test_suspending_assembly_restricts_it_and_suspending_talks_is_a_sanction() -> None:
    doc = events_of("Police suspended all public gatherings in the capital.")
    assert (find(doc, "suspended").type, find(doc, "suspended").mode) == ("COERCE", "restrict")
    assert find(events_of("Varo suspended talks with Tosca."), "suspended").type == "SANCTION"
    # those who hold the protests pausing them concede a pause; they ban nothing
    own = find(events_of("The opposition suspended its protests for two weeks."), "suspended")
    assert own.type == "CONCEDE"


def test_material_handed_to_a_party_is_aid_and_information_shared_is_cooperation() -> None:
    doc = events_of("Varo transferred military equipment to Tosca.")
    assert (find(doc, "transferred").type, find(doc, "transferred").target_text) == (
        "AID",
        "Tosca",
    )
    shared = find(events_of("Varo shared vaccine doses with Tosca."), "shared")
    assert (shared.type, shared.target_text) == ("AID", "Tosca")
    assert find(events_of("Varo opened a field hospital in Tosca."), "field hospital").type == (
        "AID"
    )
    intelligence = find(events_of("Varo shared intelligence with Tosca."), "shared")
    assert (intelligence.type, intelligence.target_text) == ("COOPERATE", "Tosca")
