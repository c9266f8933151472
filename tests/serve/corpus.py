"""Hand-made Document dicts for the serve tests (contract JSON, no pipeline needed).

Four wires report one pledge (with a disagreement on troop numbers); one forum page carries
hostile markup in every text field, comments, and an event found only in a comment.
"""

from __future__ import annotations

import hashlib

from wirewatch.document import document_id

RUSSIA = {"name": "Russia", "country": "RUS", "sector": "GOV", "kind": "country", "aliases": []}
TAJIK = {"name": "Tajikistan", "country": "TJK", "sector": "GOV", "kind": "country", "aliases": []}
DUSHANBE = {
    "text": "Dushanbe", "start": 0, "end": 8, "in": "body", "name": "Dushanbe", "country": "TJK",
    "admin1": None, "lat": 38.54, "lon": 68.78, "geonameid": 1221874, "feature": "city",
}  # fmt: skip
KABUL = {
    "text": "Kabul", "start": 0, "end": 5, "in": "body", "name": "Kabul", "country": "AFG",
    "admin1": "Kabul", "lat": 34.53, "lon": 69.17, "geonameid": 1138958, "feature": "city",
}  # fmt: skip
BACKGROUND = {
    "wire-a": "The Taliban have seized several districts along the Afghan border in recent "
    "weeks, and hundreds of Afghan soldiers have fled across the Panj river.",
    "wire-b": "Tajik officials said they had called up reservists and reinforced posts "
    "along the mountainous frontier with Afghanistan.",
    "wire-c": "Analysts in Moscow said the statement was meant as a signal to the Taliban "
    "leadership as much as to Dushanbe.",
    "wire-d": "Russian and Tajik forces held joint exercises near the border last spring, "
    "and further drills are planned this autumn.",
}
HOSTILE = "<script>alert('x')</script>"


def event(sentence, etype="SUPPORT", date="2021-07-09", location=0, where="body", eid="E1"):
    return {
        "id": eid, "type": etype, "source": "A1", "target": "A2", "location": location,
        "date": {"start": date, "end": date, "text": "on Friday", "precision": "day"},
        "sentence": sentence, "span": [0, len(sentence)], "in": where, "trigger": "ready",
        "modality": "asserted",
    }  # fmt: skip


def wire(site, title, lead, published):
    body = f"{lead}\n\n{BACKGROUND[site]}"
    return {
        "id": document_id(body), "url": f"https://{site}.example/{published}", "site": site,
        "title": title, "published": published, "body": body,
        "actors": {"A1": RUSSIA, "A2": TAJIK}, "places": [DUSHANBE], "events": [event(lead)],
    }  # fmt: skip


PLEDGE = [
    wire("wire-a", "Russia ready to defend Tajikistan", "Russia is ready to defend Tajikistan "
         "with 7,000 troops of the Collective Security Treaty Organization (CSTO), the foreign "
         "ministry said on Friday.", "2021-07-09"),
    wire("wire-b", "Moscow pledges support to Dushanbe", "Moscow pledged on Friday to help "
         "Tajikistan with 6,000 soldiers if the Afghan crisis spills over, in line with the "
         "Central States Treaty Organization (CSTO) charter.", "2021-07-09"),
    wire("wire-c", "Russia vows to protect Tajik border", "Russia vowed to protect "
         "Tajikistan, saying its 7,000 troops at the base were ready.", "2021-07-10"),
    wire("wire-d", "Kremlin backs Tajikistan", "The Kremlin said Russia would stand by "
         "Tajikistan and use its base in Dushanbe if needed.", "2021-07-10"),
]  # fmt: skip

FORUM_LEAD = f"Protesters marched in Kabul {HOSTILE} on Monday against the 100% price rise."
FORUM_COMMENT = f"I was there <b>bold</b> {HOSTILE} and the police beat people in Kabul."
FORUM_BODY = f"{FORUM_LEAD}\n\nShops stayed closed & traders said <i>nothing</i> had changed."
FORUM = {
    "id": document_id(FORUM_BODY),
    "url": "javascript:alert(1)",
    "site": f"forum {HOSTILE}",
    "title": f"Kabul protest {HOSTILE}",
    "published": "2022-03-14",
    "body": FORUM_BODY,
    "comments": [
        {"id": "c1", "author": f"user{HOSTILE}", "posted": "2022-03-14", "text": FORUM_COMMENT,
         "parent": None, "quotes": ["body"]},
        {"id": "c2", "author": "other", "posted": None, "text": "Reply to c1.", "parent": "c1",
         "quotes": []},
    ],
    "dropped": [{"kind": "navigation", "text": f"Home | News {HOSTILE}"}],
    "actors": {"A1": {**RUSSIA, "name": "Protesters", "country": "AFG", "sector": "CVL",
                      "kind": "organization"},
               "A2": {**TAJIK, "name": "Government", "country": "AFG"}},
    "places": [KABUL],
    "events": [
        event(FORUM_LEAD, etype="PROTEST", date="2022-03-14"),
        event(FORUM_COMMENT, etype="ASSAULT", date="2022-03-14", where="comment:c1", eid="E2"),
    ],
    "quotes": [{"speaker": "A2", "speaker_text": "traders", "text": f"nothing {HOSTILE}",
                "span": [0, 5], "cue": "said", "kind": "indirect", "in": "body"}],
}  # fmt: skip

DOCS = [*PLEDGE, FORUM]


def file_digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
