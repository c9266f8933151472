"""A target is the party acted on: a describing apposition and where a person or an office
holder happens to be are left out; names in apposition and a group's place stay."""

from __future__ import annotations

import pytest

from wirewatch.api import extract_text


def _target(text: str, trigger_word: str) -> str | None:
    doc = extract_text(text, published="2019-05-01")
    return next(e for e in doc.events if trigger_word in e.trigger.lower()).target_text


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a description in apposition is not who was hit
        ("Hezbollah threatened to shell Haifa, Israel's third largest city.", "shell", "Haifa"),
        (
            "Norway contributed $5 million to the Sahel Relief Fund, a pooled fund run by the UN.",
            "contributed",
            "Sahel Relief Fund",
        ),
        # where an official or a person is does not say who they are
        (
            "Poland summoned the Egyptian ambassador in Warsaw to complain about the raid.",
            "complain",
            "Egyptian ambassador",
        ),
    ],
)
def test_descriptions_and_whereabouts_are_left_out(text: str, trigger: str, expected: str) -> None:
    assert _target(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "kept"),
    [
        # a name in apposition says who
        (
            "The president called his Lebanese counterpart, Michel Aoun, on Tuesday.",
            "called",
            "Michel Aoun",
        ),
        # a group's place says which group
        (
            "Iraqi warplanes pounded Islamic State positions in eastern Syria.",
            "pounded",
            "eastern Syria",
        ),
    ],
)
def test_names_and_a_group_s_place_stay(text: str, trigger: str, kept: str) -> None:
    assert kept in (_target(text, trigger) or "")


def test_where_a_counterpart_was_hosted_is_not_who() -> None:
    assert _target("Putin hosted his Turkish counterpart in Sochi.", "hosted") == (
        "his Turkish counterpart"
    )
