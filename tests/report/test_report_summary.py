"""The terminal summary: who did what to whom, quotes, places, and honest empty sections."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from report_docs import attack_doc, bare_doc, pledge_doc

from wirewatch.report.summary import summarize


def test_event_reads_as_who_did_what_to_whom_where_when() -> None:
    text = summarize([pledge_doc()])
    assert (
        "Collective Security Compact —[SUPPORT, conditional]→ Varnesia, Tavra (TVR), 2025-03-10, "
        "according to Lidia Marchetti (Compact ready to defend Varnesia)"
    ) in text


def test_event_falls_back_to_written_text_and_survives_dangling_place() -> None:
    text = summarize([attack_doc()])
    assert "Gunmen —[ASSAULT]→ border guards, 2025-03-07, 7 killed" in text


def test_comment_events_and_quotes_are_not_counted_as_news() -> None:
    text = summarize([pledge_doc()])
    assert "Top events (1 distinct, 1 reported)" in text
    assert "(1 more found in comments, not counted as news)" in text
    assert "Quotes (1 distinct, 1 reported)" in text
    assert "Observers do not retake bridges" not in text


def test_documents_quotes_and_places_are_listed() -> None:
    text = summarize([pledge_doc(), attack_doc()])
    assert "Documents (2)" in text
    assert "2025-03-10 (from text) · 3 comments · 2 events · Meridian Wire" in text
    assert "2025-03-08 (from html-meta) · 0 comments · 1 event" in text
    assert "Lidia Marchetti: “We will act in full accordance with our obligations,”" in text
    assert "the border service (indirect): seven border guards were killed" in text
    assert "Tavra (TVR): 44.50, 21.25 · 1 mention" in text
    assert "Korvik (VRN): coordinates unknown · 1 mention" in text


def test_empty_sections_say_none_found_yet() -> None:
    text = summarize([bare_doc()])
    assert "Documents (1)" in text
    assert "Bare page" in text
    assert "date unknown · 0 comments · 0 events" in text
    for heading in (
        "Top events (0 distinct, 0 reported)",
        "Quotes (0 distinct, 0 reported)",
        "Places (0)",
    ):
        section = text.split(heading, 1)[1]
        assert section.split("\n", 3)[2].strip() == "none found yet"


def test_no_documents_at_all() -> None:
    text = summarize([])
    assert text.startswith("Documents (0)")
    assert text.count("none found yet") == 4


def test_limits_cap_long_lists() -> None:
    docs = [pledge_doc() for _ in range(5)]
    for day, doc in enumerate(docs, 10):
        doc["events"][0]["date"]["start"] = doc["events"][0]["date"]["end"] = f"2025-03-{day}"
        doc["quotes"][0]["text"] = f"Statement number {day}"
    text = summarize(docs, max_events=2, max_quotes=1)
    assert text.count("—[SUPPORT, conditional]→") == 2
    assert "… and 3 more" in text
    assert "… and 4 more" in text


def test_syndicated_copies_are_merged_into_one_line() -> None:
    docs = [pledge_doc() for _ in range(4)]
    for n, doc in enumerate(docs):
        doc["title"] = f"Copy {n}"
    text = summarize(docs)
    assert "Top events (1 distinct, 4 reported)" in text
    assert text.count("—[SUPPORT, conditional]→") == 1
    assert "2025-03-10, according to Lidia Marchetti (Copy 0; Copy 1; +2 more)" in text
    assert "Quotes (1 distinct, 4 reported)" in text


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["title", "events", "quotes", "places", "actors", "comments", "published"]),
        st.one_of(
            st.none(),
            st.text(max_size=20),
            st.integers(),
            st.lists(
                st.one_of(
                    st.none(),
                    st.integers(),
                    st.text(max_size=5),
                    st.dictionaries(
                        st.sampled_from(
                            ["type", "source", "location", "date", "in", "text", "name"]
                        ),
                        st.one_of(st.none(), st.integers(), st.text(max_size=5)),
                    ),
                ),
                max_size=3,
            ),
            st.dictionaries(st.text(max_size=3), st.text(max_size=5), max_size=2),
        ),
    )
)
def test_malformed_documents_never_crash(doc: dict) -> None:
    assert "Documents (1)" in summarize([doc])


GOLDEN = Path(__file__).parent / "golden" / "summary_pledge_attack_bare.txt"


def test_summary_matches_golden_file() -> None:
    """Whole-output check; regenerate with WIREWATCH_UPDATE_GOLDEN=1 after a deliberate change."""
    text = summarize([pledge_doc(), attack_doc(), bare_doc()])
    if os.environ.get("WIREWATCH_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")
