"""ACLED codes follow ACLED's rules: who is attacked decides, not the verb alone."""

from __future__ import annotations

import pytest

from event_text import events_of, find
from wirewatch.extract.acled_rules import forms, party


def acled(text: str, trigger: str) -> tuple[str, str] | None:
    codes = find(events_of(text), trigger).acled
    return (codes["event_type"], codes["sub_event_type"]) if codes else None


BATTLE = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("text", "trigger", "codes"),
    [
        ("Gunmen attacked a police checkpoint in Maiduguri on Sunday.", "attacked", BATTLE),
        ("Gunmen attacked an army base in Borno on Sunday.", "attacked", BATTLE),
        ("Militants killed five soldiers in an ambush near Gao on Monday.", "killed", BATTLE),
        ("Soldiers killed 12 militants in Borno on Sunday.", "killed", BATTLE),
        (
            "Gunmen attacked a village in Zamfara on Sunday, killing 12 villagers.",
            "attacked",
            ATTACK,
        ),
        ("Gunmen killed three worshippers at a mosque in Kano on Friday.", "killed", ATTACK),
        ("Gunmen stormed a school in Katsina on Friday.", "stormed", ATTACK),
        ("Soldiers killed 12 civilians in the village of Moura on Sunday.", "killed", ATTACK),
    ],
)
def test_the_target_decides_battle_or_violence_against_civilians(text, trigger, codes):
    assert acled(text, trigger) == codes


def test_remote_violence_stays_remote_whoever_it_hits():
    codes = acled("Government aircraft bombed a market in Idlib on Tuesday.", "bombed")
    assert codes == ("Explosions/Remote violence", "Air/drone strike")


def test_a_plain_withdrawal_is_no_transfer_of_territory():
    codes = acled("Rebel forces withdrew from the town of Kidal on Monday.", "withdrew")
    assert codes == ("Strategic developments", "Other")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebel forces withdrew from Kidal and the army took control of the town on Monday.",
         "withdrew"),
        ("The rebels handed over the town of Kidal to the army on Monday.", "handed over"),
    ],
)  # fmt: skip
def test_territory_that_changes_hands_without_a_fight_is_a_transfer(text, trigger):
    assert acled(text, trigger) == ("Strategic developments", "Non-violent transfer of territory")


def test_arrests_by_state_forces_are_arrests():
    codes = acled("Police arrested 20 opposition activists in Harare on Monday.", "arrested")
    assert codes == ("Strategic developments", "Arrests")


def test_an_arrest_by_an_armed_group_is_an_abduction():
    codes = acled("Al-Shabaab militants arrested five aid workers in Baidoa on Monday.", "arrested")
    assert codes == ("Violence against civilians", "Abduction/forced disappearance")


def test_an_abduction_by_state_forces_stays_a_forced_disappearance():
    codes = acled("Police abducted an activist in Harare on Monday.", "abducted")
    assert codes == ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize(
    ("text", "trigger", "sub"),
    [
        ("Thousands of protesters marched in Nairobi on Monday.", "marched", "Peaceful protest"),
        ("Police dispersed protesters in Nairobi on Monday.", "dispersed",
         "Protest with intervention"),
        ("Police fired tear gas at protesters in Nairobi on Monday.", "tear gas",
         "Protest with intervention"),
        ("Thousands of protesters marched in Nairobi on Monday before police fired live "
         "ammunition at the crowd.", "marched", "Excessive force against protesters"),
        ("Police shot dead two protesters in Nairobi on Monday.", "shot",
         "Excessive force against protesters"),
    ],
)  # fmt: skip
def test_the_police_response_decides_the_protest_sub_event(text, trigger, sub):
    assert acled(text, trigger) == ("Protests", sub)


def test_a_clash_with_protesters_is_a_riot():
    codes = acled("Police clashed with protesters in Nairobi on Monday.", "clashed")
    assert codes == ("Riots", "Violent demonstration")


def test_a_mob_with_no_protest_behind_it_is_mob_violence():
    codes = acled("A mob lynched a suspected thief in Lagos on Monday.", "lynched")
    assert codes == ("Riots", "Mob violence")


def test_protesters_turning_violent_is_a_violent_demonstration():
    codes = acled("Protesters torched police cars in Lagos on Monday.", "torched")
    assert codes == ("Riots", "Violent demonstration")


def test_a_ceasefire_signed_is_an_agreement():
    text = "The government and the rebels signed a ceasefire agreement in Khartoum on Monday."
    assert acled(text, "signed") == ("Strategic developments", "Agreement")


def test_a_trade_deal_signed_is_no_acled_agreement():
    text = "The two governments signed a trade agreement in Beijing on Monday."
    assert acled(text, "signed") is None


def test_a_pledge_to_respect_a_ceasefire_has_no_code():
    text = "The government vowed to respect the ceasefire on Monday."
    assert all(e.acled is None for e in events_of(text).events)


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("a police checkpoint in the town", "armed"),
        ("the village market", "civilian"),
        ("three worshippers at a mosque", "civilian"),
        ("the refugee camp", "civilian"),
        ("dozens of protesters", "crowd"),
        ("the governor", None),
    ],
)
def test_party_reads_the_head_of_the_phrase(phrase, kind):
    assert party(phrase, None) == kind


def test_forms_undo_regular_and_irregular_inflection():
    assert "disperse" in forms("dispersed")
    assert "stop" in forms("stopped")
    assert "shoot" in forms("shot")


def test_villagers_beating_a_suspect_to_death_is_mob_violence():
    codes = acled("Villagers beat a suspected witch to death in Kisii on Monday.", "beat")
    assert codes == ("Riots", "Mob violence")


def test_fire_opened_on_protesters_is_excessive_force():
    text = "Troops opened fire on protesters in Khartoum on Monday, killing three."
    assert acled(text, "opened fire") == ("Protests", "Excessive force against protesters")


def test_a_rally_mourning_the_dead_stays_peaceful():
    text = "Hundreds of people rallied in Tehran on Sunday to mourn those killed by the military."
    assert acled(text, "rallied") == ("Protests", "Peaceful protest")


def test_fighting_that_kills_is_a_battle():
    text = "Fighting between the army and rebels killed 20 people in Kidal on Monday."
    assert acled(text, "killed") == BATTLE


def test_fighters_surrendering_is_an_agreement_a_suspect_turning_himself_in_is_not():
    rebels = acled("Twenty rebels surrendered to the army in Beni on Monday.", "surrendered")
    suspect = acled(
        "An opposition leader surrendered to the authorities in Caracas on Tuesday.", "surrendered"
    )
    assert rebels == ("Strategic developments", "Agreement")
    assert suspect == ("Strategic developments", "Other")
