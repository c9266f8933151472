"""Words with two senses: a month or a march, a walkout or an armed strike."""

from __future__ import annotations

import pytest

from wirewatch.api import extract_text


def _triggers(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in extract_text(text, published="2025-03-10").events]


@pytest.mark.parametrize(
    "text",
    [
        "On March 7 fighters crossed the river and overran the checkpoint.",
        "OSTREL, March 10 (Meridian Wire) - The alliance is ready to talk.",
        "Since March the rebels have shelled the town twice.",
        "The talks of 3 May ended without a deal.",
    ],
)
def test_a_month_in_a_date_triggers_nothing(text: str) -> None:
    assert not any(trigger in {"March", "May"} for _type, trigger in _triggers(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thousands march on the capital to demand elections.",
        "Thousands March on Capital to Demand Elections",
        "The protest march in May drew 10,000 people.",
    ],
)
def test_the_word_march_still_protests(text: str) -> None:
    assert "PROTEST" in {t for t, _ in _triggers(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Israel launched strikes on militant positions in Gaza on Sunday.",
        "The US carried out a strike against an al-Shabab camp.",
    ],
)
def test_a_strike_launched_at_someone_is_armed(text: str) -> None:
    assert [t for t, _ in _triggers(text)] == ["ASSAULT"]


def test_a_walkout_is_still_a_strike() -> None:
    assert "PROTEST" in {t for t, _ in _triggers("Teachers went on strike on Monday over pay.")}
