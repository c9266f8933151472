"""Inflections the trigger lexicon is matched by: a missing form is a trigger never found."""

from __future__ import annotations

import pytest

from wirewatch.extract.lexicon import verb_forms


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("agree", {"agrees", "agreed", "agreeing"}),
        ("flee", {"flees", "fleeing", "fled"}),
        ("move", {"moves", "moved", "moving"}),
        ("shell", {"shells", "shelled", "shelling"}),
        ("deny", {"denies", "denied", "denying"}),
        ("pull out", {"pulled out", "pulling out"}),
    ],
)
def test_verb_forms_cover_the_inflections_news_uses(base: str, forms: set[str]) -> None:
    assert forms <= verb_forms(base)


def test_a_final_e_is_dropped_before_ing_only_when_it_is_silent() -> None:
    assert "agreing" not in verb_forms("agree")
    assert "movving" not in verb_forms("move") and "moveing" not in verb_forms("move")
