"""Recipients of giving wherever the parser hangs them, and names not narrowed by a place."""

from __future__ import annotations

from functools import lru_cache

import pytest

from wirewatch.extract.roles import event_roles
from wirewatch.nlp.model import load_model


@lru_cache(maxsize=1)
def _nlp():
    return load_model(disable=("ner", "lemmatizer"))


def roles(sentence: str, trigger: str) -> tuple[str | None, str | None]:
    doc = _nlp()(sentence)
    source, target = event_roles(next(t for t in doc if t.text == trigger))
    return (source.text if source else None, target.text if target else None)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the recipient after a long object, hung by the parser on its last noun
        (
            "Police returned a silver ring engraved with the image of Peter the Great to "
            "Russian officials.",
            "returned",
            "Russian officials",
        ),
        # a passive gift: the thing given is not a party, the recipient is
        (
            "An ancient statue was returned to the government of Greece by customs officers.",
            "returned",
            "government of Greece",
        ),
    ],
)
def test_recipient(sentence: str, trigger: str, expected: str) -> None:
    assert roles(sentence, trigger)[1] == expected


def test_given_for_someone() -> None:
    _source, target = roles("The bank provides $45 million for farmers in Kenya.", "provides")
    assert target == "farmers in Kenya"


def test_passive_gift_keeps_the_giver_as_source() -> None:
    source, _target = roles(
        "An ancient statue was returned to the government of Greece by customs officers.",
        "returned",
    )
    assert source == "customs officers"


def test_a_name_is_not_narrowed_by_where_the_meeting_is() -> None:
    _source, target = roles("Netanyahu will meet President Emmanuel Macron in Paris.", "meet")
    assert target == "President Emmanuel Macron"


def test_a_common_noun_keeps_its_place() -> None:
    _source, target = roles("Militants attacked an army base in Helmand on Sunday.", "attacked")
    assert target == "army base in Helmand"


def test_purpose_clause_on_the_gift_is_done_by_the_giver_for_the_recipient() -> None:
    source, target = roles(
        "Japan provided the Kenyan army with trucks and radios to help secure the border.", "help"
    )
    assert (source, target) == ("Japan", "Kenyan army")


def test_request_for_a_named_party_is_about_that_party() -> None:
    _source, target = roles("The court rejected an extradition request for John Smith.", "rejected")
    assert target == "John Smith"


def test_request_for_a_thing_stays_the_request() -> None:
    _source, target = roles("The court rejected a request for a recount.", "rejected")
    assert target == "request"


def test_appeal_to_help_has_the_helped_as_target() -> None:
    _source, target = roles(
        "The agency launched an appeal for $5 million to help refugees.", "appeal"
    )
    assert target == "refugees"


def test_place_of_an_attacked_target_named_after_a_noun_trigger() -> None:
    _source, target = roles(
        "Russian jets launched an attack on rebel targets in Idlib province.", "attack"
    )
    assert target == "rebel targets in Idlib province"


def test_calling_off_a_strike_targets_the_party_settled_with() -> None:
    _source, target = roles(
        "Dock workers called off the strike after reaching an agreement with the port authority.",
        "called",
    )
    assert target == "port authority"


def test_a_strike_on_a_party_still_targets_that_party() -> None:
    _source, target = roles("Israeli jets carried out a strike on Hamas positions.", "carried")
    assert target == "Hamas positions"


def test_money_named_after_a_noun_of_giving_goes_to_the_recipient() -> None:
    _source, target = roles("The minister announced a suspension of aid to Pakistan.", "suspension")
    assert target == "Pakistan"


def test_against_names_the_party_of_a_protest_held_at_a_place() -> None:
    _source, target = roles(
        "Students held a protest demonstration at the university against the new law.",
        "demonstration",
    )
    assert target == "new law"


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # no recipient named: the place the help is for is the target
        (
            "The World Bank is mobilizing new funds to support schools in Malawi.",
            "mobilizing",
            "Malawi",
        ),
        (
            "Norway provided $20 million this year to fight the cholera outbreak in Haiti.",
            "provided",
            "Haiti",
        ),
    ],
)
def test_help_without_a_recipient_goes_to_the_place_named(
    sentence: str, trigger: str, expected: str
) -> None:
    assert roles(sentence, trigger)[1] == expected


def test_where_a_given_thing_was_once_taken_is_not_its_destination() -> None:
    _source, target = roles(
        "Customs officers returned a painting that was stolen from a gallery in Vienna.",
        "returned",
    )
    assert target is None


def test_a_named_recipient_hung_deep_in_a_long_object_is_found() -> None:
    _source, target = roles(
        "Police returned an old hand-written letter, missing since 1950, to Lyon.", "returned"
    )
    assert target == "Lyon"


def test_a_lifted_measure_in_the_passive_targets_the_party_it_was_on() -> None:
    source, target = roles("EU sanctions against Belarus were lifted on Monday.", "lifted")
    assert (source, target) == ("EU", "Belarus")


def test_condemned_attacks_target_the_place_hit_when_no_party_is_named() -> None:
    _source, target = roles("The minister condemned the attacks in Nairobi.", "condemned")
    assert target == "Nairobi"
