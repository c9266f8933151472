"""Story ids typed by users: anything that cannot name a stored story is a clear error."""

from __future__ import annotations

import pytest

from wirewatch.store.queries import parse_story_id


@pytest.mark.parametrize("text", ["S12", "12", " s12 "])
def test_story_ids_parse(text: str) -> None:
    assert parse_story_id(text) == 12


@pytest.mark.parametrize(
    "text", ["S", "twelve", "S-1", "9223372036854775808", "S99999999999999999999"]
)
def test_ids_that_cannot_name_a_stored_story_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="is not a story id"):
        parse_story_id(text)
