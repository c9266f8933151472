"""Day expressions that point back to a named day ("in the morning", "the next day")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirewatch.nlp.timex import find_timexes


def _days(text: str, published: str = "2025-03-14") -> list[tuple[str, str | None]]:
    return [(t.text, t.value.start if t.value else None) for t in find_timexes(text, published)]


def test_a_part_of_day_takes_the_day_named_before() -> None:
    text = "Redl visited the front on Friday.\n\nHe flew into Lenz in the morning."
    assert _days(text) == [("on Friday", "2025-03-14"), ("in the morning", "2025-03-14")]


def test_next_and_previous_days_count_from_the_last_day() -> None:
    text = "Rebels attacked on March 3. The day before, troops had left. The next day they came."
    assert _days(text) == [
        ("on March 3", "2025-03-03"),
        ("The day before", "2025-03-02"),
        ("The next day", "2025-03-03"),
    ]


def test_without_a_day_before_it_there_is_no_date() -> None:
    assert _days("About 300 people died the next day.") == []
    assert _days("Talks resumed in the morning.") == []


def test_a_month_is_not_a_day_to_point_back_to() -> None:
    assert _days("In March talks stalled. The next day the envoy left.") == [
        ("In March", "2025-03-01")
    ]


def test_the_day_before_yesterday_keeps_its_own_meaning() -> None:
    assert _days("The day before yesterday the army withdrew.") == [
        ("The day before yesterday", "2025-03-12")
    ]


FILLER = st.text(alphabet=st.sampled_from(list("abcdefgh ,.")), max_size=80)


@given(FILLER, FILLER)
def test_an_anaphor_never_comes_before_its_day(a: str, b: str) -> None:
    text = f"{a} the next day {b} on Friday {a}"
    found = find_timexes(text, "2025-03-14")
    assert [t.text for t in found if t.text.lower() == "the next day"] == []
