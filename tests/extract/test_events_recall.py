"""Everyday wire wording for coercion, material cooperation, retreats and mobilization
(PLOVER COERCE, COOPERATE, RETREAT, MOBILIZE), and the words that keep each reading apart."""

from __future__ import annotations

from event_text import events_of, find, main_type, types


def test_raiding_homes_is_a_search_but_raiding_a_camp_an_assault() -> None:
    doc = events_of("Police raided the homes of four activists in Varo overnight.")
    assert find(doc, "raided").type == "COERCE" and find(doc, "raided").mode == "seize"
    doc = events_of("Rebels raided an army camp near Varo overnight, killing two soldiers.")
    assert find(doc, "raided").type == "ASSAULT"


def test_breaking_up_a_protest_restricts_assembly() -> None:
    doc = events_of("Riot police dispersed hundreds of protesters outside the Varo parliament.")
    assert find(doc, "dispersed").type == "COERCE"


def test_a_crackdown_on_protesters_is_not_the_protesters_acting() -> None:
    assert (
        main_type(
            "Crackdown on Protesters Leaves Hundreds in Jail",
            "A crackdown on protesters in Varo has left hundreds in jail, lawyers said.",
        )
        == "COERCE"
    )


def test_people_held_without_charge_are_detained() -> None:
    doc = events_of("Four union leaders have been held without charge in Varo since May.")
    assert find(doc, "held without charge").type == "COERCE"


def test_sealing_off_a_district_and_suspending_the_constitution_coerce() -> None:
    doc = events_of("Soldiers sealed off the old town of Varo on Tuesday.")
    assert find(doc, "sealed off").type == "COERCE"
    doc = events_of("The junta suspended the constitution of Varo on Tuesday.")
    assert find(doc, "suspended").type == "COERCE"


def test_withholding_food_from_people_coerces() -> None:
    doc = events_of("The governor withheld food supplies from villages in the north of Varo.")
    assert find(doc, "withheld").type == "COERCE" and find(doc, "withheld").mode == "withhold"


def test_spreading_disinformation_is_coercion() -> None:
    doc = events_of("State media in Varo spread false claims about the opposition leader.")
    assert find(doc, "spread").type == "COERCE"


def test_joint_manoeuvres_by_any_arm_are_cooperation() -> None:
    assert (
        main_type(
            "Varo and Tosca Hold Joint Naval Manoeuvres",
            "The navies of Varo and Tosca held joint naval manoeuvres in the strait on Monday.",
        )
        == "COOPERATE"
    )


def test_an_army_exercising_alone_mobilizes() -> None:
    assert (
        main_type(
            "Varo Navy Conducts Exercises in Strait",
            "The Varo navy conducted exercises in the strait on Monday.",
        )
        == "MOBILIZE"
    )
    doc = events_of("The Varo foreign minister held talks with his Tosca counterpart.")
    assert "MOBILIZE" not in types(doc)


def test_cooperation_in_a_material_field_is_cooperate() -> None:
    doc = events_of("Varo and Tosca are cooperating closely on counterterrorism.")
    assert find(doc, "cooperating").type == "COOPERATE"
    doc = events_of("Varo and Tosca vowed to cooperate more closely.")
    assert "COOPERATE" not in types(doc)


def test_resumed_flights_are_material_exchange() -> None:
    doc = events_of("Varo and Tosca resumed direct flights on Monday after a five-year halt.")
    assert find(doc, "resumed").type == "COOPERATE"


def test_scaling_back_a_military_presence_withdraws() -> None:
    doc = events_of("The Tosca army scaled back its military presence in northern Varo.")
    assert find(doc, "scaled back").type == "RETREAT"


def test_troops_back_to_barracks_withdraw_but_returning_fire_does_not() -> None:
    doc = events_of("Soldiers in Varo returned to their barracks on Monday.")
    assert find(doc, "returned to their barracks").type == "RETREAT"
    doc = events_of("Soldiers in Varo returned fire on the gunmen on Monday.")
    assert "RETREAT" not in types(doc)


def test_lifting_a_siege_retreats_but_lifting_a_curfew_concedes() -> None:
    doc = events_of("The Tosca army lifted the siege of Varo on Monday.")
    assert find(doc, "lifted").type == "RETREAT"
    doc = events_of("The Varo government lifted the curfew on Monday.")
    assert find(doc, "lifted").type == "CONCEDE"


def test_a_fleet_heading_out_and_rebels_regrouping_mobilize() -> None:
    doc = events_of("A naval fleet headed to the Gulf of Varo on Monday.")
    assert find(doc, "headed").type == "MOBILIZE"
    doc = events_of("The rebels regrouped in the hills above Varo, residents said.")
    assert find(doc, "regrouped").type == "MOBILIZE"


def test_drills_held_together_or_by_two_armies_are_joint() -> None:
    doc = events_of("The Varo and Tosca armies held drills together near the border on Monday.")
    assert find(doc, "drills").type == "COOPERATE"
    doc = events_of("Varo and Tosca began military exercises near the border on Monday.")
    assert find(doc, "exercises").type == "COOPERATE"
    doc = events_of("The Varo navy staged naval drills with the Tosca navy on Monday.")
    assert "COOPERATE" in types(doc)
    doc = events_of("The Varo army began military exercises near the border on Monday.")
    assert find(doc, "exercises").type == "MOBILIZE"


def test_a_group_disbanding_disarms_but_disbanding_a_group_bans_it() -> None:
    doc = events_of("The militia disbanded on Monday under the Varo peace deal.")
    assert find(doc, "disbanded").type == "RETREAT"
    doc = events_of("The Varo government disbanded the opposition party on Monday.")
    assert find(doc, "disbanded").type == "COERCE"


def test_a_group_declared_illegal_is_banned() -> None:
    doc = events_of("The Tosca Independence Party was declared illegal by the Varo court.")
    assert find(doc, "declared illegal").type == "COERCE"


def test_jets_sent_to_a_border_mobilize_weapons() -> None:
    doc = events_of("Varo sent fighter jets to its northern border on Monday.")
    event = find(doc, "sent")
    assert event.type == "MOBILIZE" and event.mode == "weapons"


def test_returned_artifacts_are_returned_property() -> None:
    doc = events_of("Tosca returned stolen artifacts to the Varo national museum on Monday.")
    assert find(doc, "returned").type == "RETREAT"


def test_warships_entering_waters_and_arms_spending_mobilize() -> None:
    doc = events_of("Two Varo warships entered the disputed waters on Monday.")
    assert find(doc, "entered").type == "MOBILIZE"
    doc = events_of("Officials from Varo entered the building on Monday.")
    assert "MOBILIZE" not in types(doc)
    doc = events_of("Varo raised its defense budget by a third on Monday.")
    assert find(doc, "raised").type == "MOBILIZE"


def test_forbidding_protests_restricts_them() -> None:
    doc = events_of("The Varo government forbade protests in the capital on Monday.")
    assert find(doc, "forbade").type == "COERCE"
