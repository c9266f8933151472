"""Date normalisation: the golden cases exactly, the documented choices, and properties."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.eval.timex import check_case, evaluate_timex, golden_path, load_cases
from wirewatch.nlp.timex import find_timexes, resolve_timex

CASES_PATH = golden_path()
CASES = load_cases(CASES_PATH) if CASES_PATH else []


def test_golden_file_is_substantial():
    assert len(CASES) >= 60
    assert any(c["expr"] is None for c in CASES)
    assert any(c["published"] is None for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['published']}|{c['sentence'][:50]}")
def test_golden_case(case):
    problem = check_case(case)
    assert problem is None, problem


def test_golden_accuracy_reported(capsys):
    result = evaluate_timex(None)
    assert result.skipped is None
    with capsys.disabled():
        print(
            f"\ntimex golden accuracy {result.metrics['accuracy']:.3f} on {result.n} cases, "
            f"{result.reference['us_per_sentence']:.0f} µs/sentence"
        )
    assert result.metrics["accuracy"] == 1.0


def _only(text, published, **kw):
    found = find_timexes(text, published, **kw)
    assert len(found) == 1, found
    return found[0]


def test_tense_hint_overrides_local_guess():
    text = "The ministers meet on Friday."
    past = _only(text, "2021-07-07", tense_hint=lambda s, e: "past")
    future = _only(text, "2021-07-07", tense_hint=lambda s, e: "future")
    assert (past.value.start, future.value.start) == ("2021-07-02", "2021-07-09")


def test_hint_returning_none_falls_back_to_local_cues():
    t = _only("They will meet on Friday.", "2021-07-07", tense_hint=lambda s, e: None)
    assert t.value.start == "2021-07-09"


def test_hint_receives_the_expression_span():
    seen = []
    text = "Talks on Friday."
    find_timexes(text, "2021-07-07", tense_hint=lambda s, e: seen.append(text[s:e]))
    assert seen == ["on Friday"]


def test_later_counts_from_anchor_when_given():
    t = _only("Two days later the town fell.", "2021-07-09", anchor="2021-07-01")
    assert (t.value.start, t.value.end) == ("2021-07-03", "2021-07-03")


def test_published_datetime_and_date_objects_are_accepted():
    for pub in ("2021-07-09T23:10:00+02:00", date(2021, 7, 9)):
        assert _only("It happened yesterday.", pub).value.start == "2021-07-08"


def test_unusable_published_string_leaves_relative_unresolved():
    t = _only("It happened yesterday.", "last Tuesday-ish")
    assert (t.value.start, t.value.end, t.value.precision) == (None, None, "day")


def test_multiple_expressions_are_ordered_and_do_not_overlap():
    text = "Fighting began on Friday, July 9 and resumed last week; talks end next year."
    found = find_timexes(text, "2021-07-20")
    assert [t.text for t in found] == ["on Friday, July 9", "last week", "next year"]


def test_resolve_timex_reads_past_or_future():
    assert resolve_timex("on Friday", "2021-07-07").start == "2021-07-02"
    assert resolve_timex("on Friday", "2021-07-07", future=True).start == "2021-07-09"
    assert resolve_timex("no date here", "2021-07-07") is None


def test_to_dict_is_plain_json():
    d = _only("It happened yesterday.", "2021-07-09").to_dict()
    assert d == {
        "text": "yesterday",
        "start": 12,
        "end": 21,
        "value": {
            "start": "2021-07-08",
            "end": "2021-07-08",
            "text": "yesterday",
            "precision": "day",
        },
    }


def test_long_pathological_input_is_handled():
    # Speed is measured by the benchmark; here the point is that a hostile run of date-like
    # words completes with well-formed, non-overlapping spans.
    text = ("in " * 20000) + ("May " * 20000) + ("1 " * 20000) + " 2015-" * 5000
    found = find_timexes(text, "2021-07-09")
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    assert all(text[t.start : t.end] == t.text for t in found)


published_values = st.one_of(
    st.none(),
    st.dates(),
    st.datetimes(),
    st.dates().map(date.isoformat),
    st.text(max_size=12),
)
# Text that often contains date words, so the properties are exercised beyond "no match".
date_words = st.sampled_from(
    [
        "on", "Friday", "last", "next", "week", "May", "1", "2015", "in", "since", "ago",
        "two", "days", "the", "past", "late", "July", "mid-2014", "yesterday", "later",
        "more than", "a", ",", "2015-05-01", "December", "year", "this", "29", "February",
    ]
)  # fmt: skip
texty = st.one_of(st.text(max_size=200), st.lists(date_words, max_size=25).map(" ".join))


@settings(max_examples=400, deadline=None)
@given(text=texty, published=published_values)
def test_never_raises_and_spans_index_the_input(text, published):
    found = find_timexes(text, published)
    last_end = 0
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.start >= last_end
        last_end = t.end
        v = t.value
        assert v is not None and v.text == t.text
        assert v.precision in ("day", "week", "month", "year")
        if v.start and v.end:
            assert v.start <= v.end


@settings(max_examples=200, deadline=None)
@given(published=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_past_weekday_is_within_the_week_before_publication(published):
    t = _only("He said on Tuesday that it was over.", published)
    day = date.fromisoformat(t.value.start)
    assert day.weekday() == 1
    assert published - timedelta(days=6) <= day <= published
