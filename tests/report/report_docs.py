"""Hand-written Documents for the report tests, built with the real dataclasses.

Going through ``Document.to_dict`` keeps the renderers honest about the contract's JSON shape.
"""

from __future__ import annotations

from typing import Any

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

PLEDGE_BODY = (
    "The Collective Security Compact is ready to defend Varnesia if it is attacked, "
    "spokesperson Lidia Marchetti said on Monday.\n\n"
    '"We will act in full accordance with our obligations," she said in Tavra.'
)
ATTACK_BODY = (
    "Gunmen killed seven border guards near Korvik on Friday.\n\n"
    "Varnesia deployed 2,000 troops to the district on Sunday."
)


def pledge_doc() -> dict[str, Any]:
    """A pledge story with actors, a place, a conditional event, a quote and comments."""
    doc = Document(
        body=PLEDGE_BODY,
        title="Compact ready to defend Varnesia",
        url="https://wire.example/compact",
        site="Meridian Wire",
        published="2025-03-10",
        published_from="text",
        comments=[
            Comment(id="c1", text="Observers do not retake bridges.", author="riverwatcher"),
            Comment(
                id="c2",
                text="Agreed.",
                author="Kestrel_77",
                posted="2025-03-10T12:30",
                parent="c1",
                quotes=["c1"],
            ),
            Comment(id="c3", text="Says who?", author="mapnerd", quotes=["body"]),
        ],
        dropped=[
            Dropped(kind="related", text="Dravonian artillery drills on the Selva"),
            Dropped(kind="comment-form", text="Please enter your comment!"),
        ],
        actors={
            "A1": Actor(name="Collective Security Compact", kind="igo", sector="MIL"),
            "A2": Actor(name="Varnesia", country="VRN", kind="country", aliases=["Ostrel"]),
            "A3": Actor(name="Lidia Marchetti", kind="person"),
        },
        entities=[Entity(text="Lidia Marchetti", start=96, end=111, label="PERSON", actor="A3")],
        places=[
            Place(
                text="Tavra", start=170, end=175, name="Tavra", country="TVR", lat=44.5, lon=21.25
            )
        ],
        events=[
            Event(
                id="E1",
                type="SUPPORT",
                sentence=PLEDGE_BODY.split("\n\n")[0],
                span=(0, 120),
                trigger="ready to defend",
                modality="conditional",
                source="A1",
                target="A2",
                location=0,
                date=DateValue(
                    start="2025-03-10", end="2025-03-10", text="on Monday", precision="day"
                ),
                reported_by="A3",
                confidence=0.9,
            ),
            Event(
                id="E2",
                type="ASSAULT",
                sentence="Observers do not retake bridges.",
                span=(0, 32),
                trigger="retake",
                modality="negated",
                in_="comment:c1",
            ),
        ],
        quotes=[
            Quote(
                text="We will act in full accordance with our obligations,",
                span=(130, 182),
                kind="direct",
                speaker="A3",
                speaker_text="she",
                cue="said",
            ),
            Quote(
                text="Observers do not retake bridges.",
                span=(0, 32),
                kind="direct",
                in_="comment:c1",
            ),
        ],
    )
    return doc.to_dict()


def attack_doc() -> dict[str, Any]:
    """An attack story whose event has only written-out actor texts and a dangling place."""
    doc = Document(
        body=ATTACK_BODY,
        title="Seven border guards killed near Korvik",
        published="2025-03-08",
        published_from="html-meta",
        places=[Place(text="Korvik", start=43, end=49, name="Korvik", country="VRN")],
        events=[
            Event(
                id="E1",
                type="ASSAULT",
                sentence=ATTACK_BODY.split("\n\n")[0],
                span=(0, 57),
                trigger="killed",
                source_text="Gunmen",
                target_text="border guards",
                location=7,  # dangling on purpose: must not crash the report
                date=DateValue(
                    start="2025-03-07", end="2025-03-07", text="on Friday", precision="day"
                ),
                fatalities=7,
                confidence=0.7,
            )
        ],
        quotes=[
            Quote(
                text="seven border guards were killed",
                span=(0, 10),
                kind="indirect",
                speaker_text="the border service",
            )
        ],
    )
    return doc.to_dict()


def bare_doc() -> dict[str, Any]:
    """What a pipeline with no NLP stages yields: body and title only."""
    return Document(body="Just a body.", title="Bare page").to_dict()
