"""Loads the date-expression word lists (data/timex.yaml) once, with lookups by lower case.

The lists live in data so an analyst can add a month abbreviation or a tense cue without
touching the grammar; this module only turns them into dictionaries the grammar can use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Lexicon:
    month_names: dict[str, int]  # full names, as written ("March") -> month number
    month_abbrevs: dict[str, int]  # "Sept" -> 9
    weekdays: dict[str, int]  # "Friday" -> 4 (Monday is 0)
    weekday_blockers_after: tuple[str, ...]
    weekday_blockers_before: tuple[str, ...]
    date_prepositions: tuple[str, ...]
    range_from: frozenset[str]
    range_until: frozenset[str]
    year_count_nouns: tuple[str, ...]
    numbers: dict[str, int]
    vague_numbers: dict[str, tuple[int, int]]
    units: dict[str, tuple[str, int]]
    approximations: tuple[str, ...]
    open_ended: frozenset[str]
    relative: dict[str, int]
    month_parts: dict[str, tuple[int, int]]
    year_parts: dict[str, tuple[int, int]]
    week_parts: dict[str, tuple[int, int]]
    decade_parts: dict[str, tuple[int, int]]
    day_words: dict[str, tuple[int, int]]
    day_parts: tuple[str, ...]
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    not_past_ed: frozenset[str]


def _lower_keys(d: dict) -> dict:
    return {str(k).lower(): v for k, v in d.items()}


@cache
def load_lexicon() -> Lexicon:
    """The word lists from the packaged YAML file, parsed once per process."""
    source = resources.files("wirewatch") / "data" / "timex.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    months = {int(k): v for k, v in data["months"].items()}
    return Lexicon(
        month_names={v["name"]: k for k, v in months.items()},
        month_abbrevs={a: k for k, v in months.items() for a in v.get("abbrevs", [])},
        weekdays={name: i for i, name in enumerate(data["weekdays"])},
        weekday_blockers_after=tuple(data["weekday_blockers_after"]),
        weekday_blockers_before=tuple(data["weekday_blockers_before"]),
        date_prepositions=tuple(data["date_prepositions"]),
        range_from=frozenset(w.lower() for w in data["range_from"]),
        range_until=frozenset(w.lower() for w in data["range_until"]),
        year_count_nouns=tuple(data["year_count_nouns"]),
        numbers={k: int(v) for k, v in _lower_keys(data["numbers"]).items()},
        vague_numbers={k: (v[0], v[1]) for k, v in _lower_keys(data["vague_numbers"]).items()},
        units={k: (v[0], int(v[1])) for k, v in _lower_keys(data["units"]).items()},
        approximations=tuple(data["approximations"]),
        open_ended=frozenset(w.lower() for w in data["open_ended"]),
        relative={k: int(v) for k, v in _lower_keys(data["relative"]).items()},
        month_parts={k: (v[0], v[1]) for k, v in _lower_keys(data["month_parts"]).items()},
        year_parts={k: (v[0], v[1]) for k, v in _lower_keys(data["year_parts"]).items()},
        week_parts={k: (v[0], v[1]) for k, v in _lower_keys(data["week_parts"]).items()},
        decade_parts={k: (v[0], v[1]) for k, v in _lower_keys(data["decade_parts"]).items()},
        day_words={k: (v[0], v[1]) for k, v in _lower_keys(data["day_words"]).items()},
        day_parts=tuple(data["day_parts"]),
        future_cues=tuple(data["future_cues"]),
        past_cues=tuple(data["past_cues"]),
        not_past_ed=frozenset(w.lower() for w in data["not_past_ed"]),
    )
