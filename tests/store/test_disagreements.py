"""Disagreements are between sources: one page's own inconsistency is not one."""

from __future__ import annotations

from wirewatch.link.disagreements import story_disagreements


def _event(*evidence: tuple[str, str, str]) -> dict:
    return {
        "type": "ASSAULT",
        "evidence": [{"document": d, "sentence": s, "date": t} for d, s, t in evidence],
    }


def test_two_sources_with_different_counts_and_dates_disagree() -> None:
    event = _event(
        ("a", "Shelling killed 12 civilians in Orla.", "2025-03-16"),
        ("b", "Shelling killed 15 civilians in Orla.", "2025-03-17"),
    )
    found = {d["about"]: d for d in story_disagreements([event], {})}
    assert set(found) == {"number of people (ASSAULT event)", "date of the ASSAULT event"}
    assert {c["document"] for c in found["date of the ASSAULT event"]["claims"]} == {"a", "b"}


def test_one_page_giving_two_dates_is_no_disagreement_between_sources() -> None:
    event = _event(
        ("a", "Shelling hit Orla.", "2025-03-16"),
        ("a", "The shelling of Orla went on.", "2025-03-17"),
        ("b", "Orla was shelled.", "2025-03-16"),
    )
    dates = [d for d in story_disagreements([event], {}) if d["about"].startswith("date")]
    # b says the 16th and a also says the 17th: two sources are at odds after all
    assert len(dates) == 1
    alone = _event(
        ("a", "Shelling hit Orla.", "2025-03-16"), ("a", "Orla was shelled.", "2025-03-17")
    )
    assert story_disagreements([alone], {}) == []
