"""Speaker resolution in the quotes stage: pronouns, titles and unnamed officials."""

from __future__ import annotations

from wirewatch.api import extract_text


def _speakers(text: str) -> dict[str, str | None]:
    doc = extract_text(text, published="2024-03-01")
    return {
        q.text: (doc.actors[q.speaker].name if q.speaker else None)
        for q in doc.quotes
        if q.kind == "indirect"
    }


TEXT = (
    "Talks stall in Antalya\n\n"
    "Russian Foreign Minister Sergei Lavrov met Turkish officials in Antalya on Friday. "
    "The minister said the talks had failed to produce a ceasefire.\n\n"
    "Later he told reporters that the West was prolonging the war. "
    "A senior diplomat said the next round would be held in Geneva."
)


def test_title_and_pronoun_resolve_to_the_person_named_before():
    got = _speakers(TEXT)
    assert got["the talks had failed to produce a ceasefire"] == "Sergei Lavrov"
    assert got["the West was prolonging the war"] == "Sergei Lavrov"


def test_unnamed_official_keeps_no_actor():
    doc = extract_text(TEXT, published="2024-03-01")
    q = next(q for q in doc.quotes if "Geneva" in q.text)
    assert q.speaker_text == "A senior diplomat" and q.speaker is None


def test_title_without_a_titled_name_stays_unresolved():
    text = (
        "Talks stall in Antalya\n\n"
        "Sergei Lavrov met Turkish officials in Antalya on Friday. "
        "The general said the border crossings would stay closed until spring."
    )
    got = _speakers(text)
    assert got["the border crossings would stay closed until spring"] is None
