"""A sentence giving the toll of "the fighting" just told adds to that attack; it is no new
attack of its own."""

from __future__ import annotations

from event_text import events_of


def _attacks(text: str) -> list[tuple[str, int | None]]:
    doc = events_of(text)
    return [(e.trigger, e.fatalities) for e in doc.events if e.type == "ASSAULT"]


def test_the_toll_of_the_fighting_goes_to_the_attack_it_reports_on() -> None:
    found = _attacks(
        "Government troops recaptured the town of Kunduz on Monday. "
        "Three soldiers were killed and nine wounded in the fighting, a spokesman said."
    )
    assert found == [("recaptured", 3)]


def test_a_separate_attack_is_not_folded_into_the_one_before() -> None:
    found = _attacks(
        "Government troops recaptured the town of Kunduz on Monday. "
        "In a separate attack, three policemen were killed near Herat."
    )
    assert len(found) >= 2
    assert ("recaptured", None) in found


def test_a_report_with_its_own_attacker_stays_an_event() -> None:
    found = _attacks(
        "Government troops recaptured the town of Kunduz on Monday. "
        "The Taliban attacked a checkpoint in the fighting, killing two guards."
    )
    assert any(trigger == "attacked" for trigger, _ in found)


def test_a_toll_far_from_any_attack_is_kept_as_told() -> None:
    filler = "The ministry published a long report on the economy and the budget. " * 12
    found = _attacks(
        "Government troops recaptured the town of Kunduz on Monday. "
        + filler
        + "Three soldiers were killed in the fighting."
    )
    assert ("recaptured", None) in found
    assert len(found) >= 2


def test_killing_done_by_an_attack_is_that_attack_not_a_second_one() -> None:
    found = _attacks(
        "The gunmen attacked the Korvik checkpoint before dawn on Friday, killing seven "
        "guards and wounding 12 others."
    )
    assert found == [("attacked", 7)]


def test_an_attack_that_killed_is_one_event_with_its_toll() -> None:
    found = _attacks("A car bomb killed 12 people at a market in Kabul.")
    assert len(found) == 1 and found[0][1] == 12


def test_deaths_go_to_the_attack_stated_beside_them() -> None:
    found = dict(
        _attacks(
            "Fighters seized the border town of Korvik on Saturday, a day after an attack "
            "on a border post killed seven guards."
        )
    )
    assert found.get("seized", "missing") is None
    assert 7 in found.values()


def test_an_attack_that_killed_is_one_event_with_its_victims() -> None:
    doc = events_of("Rebels launched an attack on Monday that killed seven soldiers.")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert [(e.trigger, e.target_text, e.fatalities) for e in attacks] == [
        ("attack", "seven soldiers", 7)
    ]


def test_a_toll_told_of_the_place_of_an_attack_is_the_attacks() -> None:
    """ "The attack in Selva, which killed 50": "which" is the attack, not the town."""
    doc = events_of(
        "Tosca said Varan was responsible for Saturday's chemical attack in Selva, which "
        "killed at least 50 people."
    )
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].fatalities == 50
    assert attacks[0].source_text != "Selva"
