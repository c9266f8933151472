"""A name the small model tags as a person is a place after "in/near…" (or "to" after a
verb of motion) when the gazetteer knows it; and a he/she after a quote never stands for a
name inside the quotation marks."""

from __future__ import annotations

from wirewatch.api import extract_text
from wirewatch.nlp.actors.entities_fix import find_mentions
from wirewatch.nlp.actors.kb import load_kb
from wirewatch.nlp.actors.tokens import Toks
from wirewatch.nlp.model import load_model


def _labels(text: str) -> dict[str, set[str]]:
    doc = extract_text(text, published="2016-03-28")
    out: dict[str, set[str]] = {}
    for e in doc.entities:
        out.setdefault(e.text, set()).add(e.label)
    return out


def test_a_known_town_after_a_locative_is_a_place_in_every_mention() -> None:
    labels = _labels("Government forces retook Palmyra. Fighting continued in Palmyra.")
    assert "PERSON" not in labels["Palmyra"]


def _mention_labels(text: str) -> dict[str, str]:
    toks = Toks.from_doc(load_model()(text), text)
    # Every name counts as known to the gazetteer here: only the context decides.
    found = find_mentions(toks, load_kb(), is_place=lambda name: True)
    return {toks.span_text(m.start, m.end): m.label for m in found}


def test_to_leads_to_a_place_only_after_a_verb_of_motion() -> None:
    wrote = _mention_labels("The senator wrote to Maria Lopez on Monday.")
    went = _mention_labels("The senator travelled to Maria Lopez on Monday.")
    assert wrote["Maria Lopez"] == "PERSON"
    assert went["Maria Lopez"] == "GPE"


def test_he_after_a_quote_is_the_person_named_before_the_quote() -> None:
    doc = extract_text(
        'Defence Minister Tomas Redl visited the front on Friday. "We will not cede a '
        'single metre of the Selva bank," he said.',
        published="2025-03-15",
    )
    speakers = {doc.actors[q.speaker].name for q in doc.quotes if q.speaker}
    assert speakers == {"Tomas Redl"}


def _speakers(text: str) -> dict[str, tuple[str, str | None, str | None, str] | None]:
    doc = extract_text(text, published="2015-10-01")
    out = {}
    for q in doc.quotes:
        a = doc.actors.get(q.speaker) if q.speaker else None
        out[q.speaker_text] = (a.name, a.country, a.sector, a.kind) if a else None
    return out


def test_an_unnamed_speaker_of_one_country_is_an_unnamed_person_of_its_sector() -> None:
    found = _speakers(
        '"The border is quiet," an Afghan army officer told reporters. '
        "A senior diplomat said the talks would resume."
    )
    assert found["an Afghan army officer"] == ("Afghan army officer", "AFG", "MIL", "person")
    assert found["A senior diplomat"] is None


def test_unnamed_speakers_in_groups_get_no_person_actor() -> None:
    found = _speakers("Afghan officials said the city had fallen.")
    assert found.get("Afghan officials") is None
