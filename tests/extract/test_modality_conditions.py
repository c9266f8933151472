"""Warnings with a condition in what they warn of, and acts only named as possible."""

from __future__ import annotations

from wirewatch.api import extract_text


def _events(text: str) -> list[tuple[str, str, str]]:
    doc = extract_text("Border tension\n\n" + text, published="2025-03-10")
    return [(e.type, e.trigger, e.modality) for e in doc.events]


def test_a_warning_whose_content_is_conditional_is_conditional() -> None:
    found = _events("Arden warned that Pell would respond if Varnesian shells fell again.")
    assert ("THREATEN", "warned", "conditional") in found


def test_a_plain_warning_stays_asserted() -> None:
    found = _events("Arden warned that Pell had lost patience with its neighbour.")
    assert ("THREATEN", "warned", "asserted") in found


def test_any_raid_is_only_possible() -> None:
    found = _events("Redl warned that any further raids from the south would be answered.")
    assert ("ASSAULT", "raids", "hypothetical") in found


def test_raids_that_happened_are_asserted() -> None:
    found = _events("Rebels carried out further raids on border posts on Sunday.")
    assert ("ASSAULT", "raids", "asserted") in found


def _threat_target(text: str) -> str | None:
    doc = extract_text("Border tension\n\n" + text, published="2025-03-10")
    threats = [e for e in doc.events if e.type == "THREATEN" and e.modality == "conditional"]
    assert threats, text
    return doc.actors[threats[0].target].name if threats[0].target else None


def test_a_conditional_threat_is_aimed_at_the_party_of_its_condition() -> None:
    found = _threat_target("Russia warned it would retaliate if NATO deployed troops in Ukraine.")
    assert found == "NATO"


def test_a_condition_with_no_named_party_gives_no_target() -> None:
    assert _threat_target("Russia warned it would retaliate if the talks failed.") is None


def test_a_response_promised_to_any_act_is_conditional() -> None:
    found = _events("Redl warned that any further raids from the south would be answered.")
    assert ("THREATEN", "warned", "conditional") in found


def test_an_act_agreed_to_is_intended_even_with_words_between() -> None:
    found = _events("The ministers agreed on Thursday to send aid to the flooded province.")
    sent = [modality for _, trigger, modality in found if trigger.startswith("send")]
    assert sent and set(sent) == {"intended"}


def test_a_purpose_clause_does_not_make_an_act_intended() -> None:
    found = _events("The rebels attacked the convoy on Monday to seize its fuel.")
    assert ("ASSAULT", "attacked", "asserted") in found


def test_an_act_only_likely_or_within_reach_is_hypothetical() -> None:
    found = _events("Analysts said the rebels are likely to attack Kunduz within days.")
    assert ("ASSAULT", "attack", "hypothetical") in found


def test_a_month_named_may_is_no_supposition() -> None:
    found = _events("In May, rebels attacked the garrison in Kunduz.")
    assert ("ASSAULT", "attacked", "asserted") in found


def test_the_cue_lists_drive_modality() -> None:
    from wirewatch.extract.lexicon import modality_cues

    cues = modality_cues()
    assert {"if", "unless"} <= set(cues["conditional"])
    assert "not" in cues["negated"] and "likely" in cues["hypothetical"]


def test_an_act_someone_else_hopes_for_is_no_pledge() -> None:
    found = _events("Erdogan voiced his wish that the Saudi king would help heal the breach.")
    assert ("AID", "help", "hypothetical") in found
    assert not any(kind == "AGREE" for kind, _, _ in found)


def test_hoping_to_act_oneself_is_an_intention() -> None:
    found = _events("Russia hopes to sign a deal with Iran next week.")
    assert any(modality == "intended" for _, _, modality in found)
