"""Documents cross process boundaries as contract dicts and come back unchanged."""

from __future__ import annotations

import pytest

from wirewatch.document import (
    Actor,
    Comment,
    DateValue,
    Document,
    Dropped,
    Entity,
    Event,
    Place,
    Quote,
)
from wirewatch.errors import InputError
from wirewatch.scale.codec import decode, document_from_dict, encode


def full_document() -> Document:
    body = 'Rebels shelled Dornava on Tuesday, the governor said. "It was terrible," she said.'
    return Document(
        body=body,
        title="Shelling in Dornava",
        url="https://example.org/a",
        site="Example",
        published="2024-03-03",
        published_from="meta",
        author="A. Writer",
        source_name="a.txt",
        comments=[Comment("c1", "Awful.", "reader", "2024-03-04", None, ["body"])],
        dropped=[Dropped("boilerplate", "Subscribe now")],
        actors={"REB": Actor("Rebels", None, "REB", "group", ["rebel fighters"])},
        entities=[Entity("Dornava", 15, 22, "GPE", None, "body")],
        places=[Place("Dornava", 15, 22, "Dornava", "XX", "East", 1.5, 2.5, 42, "city")],
        events=[
            Event(
                id="e1",
                type="ASSAULT",
                sentence=body[:53],
                span=(0, 53),
                trigger="shelled",
                mode="bombardment",
                context=["civilians"],
                cameo="195",
                acled={"event_type": "Explosions/Remote violence"},
                source="REB",
                source_text="Rebels",
                location=0,
                date=DateValue("2024-02-27", "2024-02-27", "Tuesday", "day"),
                fatalities=4,
                confidence=0.8,
            )
        ],
        quotes=[Quote("It was terrible,", (55, 72), "direct", None, "she", "said", "body")],
        timexes=[{"text": "Tuesday", "start": 31, "end": 38, "value": "2024-02-27"}],
    )


def test_document_round_trips_through_its_contract_dict() -> None:
    doc = full_document()
    back = decode(encode(doc))
    assert isinstance(back, Document)
    assert back.to_dict() == doc.to_dict()
    assert back.events[0].span == (0, 53)
    assert back.events[0].date == doc.events[0].date
    assert back.quotes[0].in_ == "body"


def test_errors_round_trip_with_name_and_reason() -> None:
    back = decode(encode(InputError("x.html", "is over the limit")))
    assert isinstance(back, InputError)
    assert (back.name, back.reason) == ("x.html", "is over the limit")


def test_a_dict_whose_id_does_not_match_its_body_is_refused() -> None:
    d = full_document().to_dict()
    d["body"] = d["body"] + " Tampered."
    with pytest.raises(ValueError, match="does not match"):
        document_from_dict(d)
