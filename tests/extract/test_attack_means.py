"""The means of an attack gives its PLOVER mode and ACLED sub-event; a munition is no
attacker; an attack named again in a phrase on its verb is one event."""

from __future__ import annotations

import pytest

from event_text import events_of, find
from wirewatch.extract.attack_means import means_words
from wirewatch.extract.lexicon import default_lexicon

AIR = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
SHELLING = {
    "event_type": "Explosions/Remote violence",
    "sub_event_type": "Shelling/artillery/missile attack",
}
# The PLOVER codebook's ASSAULT modes.
ASSAULT_MODES = {
    "abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive",
    "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
    "crowd-control", "cleansing", "massacre", "unconventional",
}  # fmt: skip
IED = {
    "event_type": "Explosions/Remote violence",
    "sub_event_type": "Remote explosive/landmine/IED",
}


@pytest.mark.parametrize(
    ("text", "trigger", "mode", "acled"),
    [
        ("Varan warplanes attacked the town of Selva on Tuesday.", "attacked", "aerial", AIR),
        (
            "Tosca sent in aircraft to attack the rebel-held province of Orla.",
            "attack",
            "aerial",
            AIR,
        ),
        ("Militants attacked the army base with drones on Sunday.", "attacked", "drone", AIR),
        ("Rebels fired rockets at the airport in Selva.", "fired", "heavy-weapons", SHELLING),
        ("A roadside bomb killed four soldiers near Orla.", "bomb", "explosives", IED),
    ],
)
def test_the_means_names_mode_and_acled_sub_event(
    text: str, trigger: str, mode: str, acled: dict[str, str]
) -> None:
    event = find(events_of(text), trigger)
    assert (event.type, event.mode, event.acled) == ("ASSAULT", mode, acled)


def test_a_suicide_car_bomb_is_a_suicide_attack_not_just_explosives() -> None:
    event = find(events_of("A suicide car bomb killed 12 people at a market in Selva."), "bomb")
    assert event.mode == "suicide-attack"
    assert event.acled == {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Suicide bomb",
    }


def test_killing_names_no_weapon() -> None:
    """A killing is no shooting: the verb alone gives no mode."""
    event = find(events_of("Unknown assailants killed a village elder in Orla."), "killed")
    assert event.type == "ASSAULT"
    assert event.mode is None


def test_a_target_aircraft_is_not_the_means() -> None:
    event = find(events_of("Rebels shot down a drone over Selva on Friday."), "shot down")
    assert event.mode != "drone"


def test_a_munition_is_not_the_attacker() -> None:
    event = find(events_of("Cluster bombs hit several villages in southern Orla."), "bomb")
    assert event.source is None and event.source_text is None


def test_an_attack_named_again_in_a_phrase_on_its_verb_is_one_event() -> None:
    doc = events_of("Israeli jets killed seven people in an air strike on Gaza on Tuesday.")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    (attack,) = attacks
    assert attack.source_text == "Israeli jets"
    assert attack.fatalities == 7
    assert attack.mode == "aerial"


def test_every_means_mode_is_a_plover_assault_mode() -> None:
    assert {m.mode for m in means_words().means} <= ASSAULT_MODES


def test_every_assault_trigger_mode_is_a_plover_assault_mode() -> None:
    senses = [s for forms in default_lexicon().index.values() for _, s in forms]
    modes = {s.mode for s in senses if s.type == "ASSAULT"} - {None}
    assert modes <= ASSAULT_MODES


def test_a_munition_that_names_its_owner_stands_for_the_attacker() -> None:
    """Event coders read "Varan government missiles" as Varan's government attacking."""
    event = find(events_of("Varan government missiles struck a depot near Orla."), "struck")
    assert event.source_text == "Varan government missiles"


def test_rockets_fired_at_a_place_hit_that_place() -> None:
    event = find(events_of("Rebels fired rockets at the airport in Selva."), "fired")
    assert event.source_text == "Rebels"
    assert event.target_text is not None and "airport" in event.target_text
