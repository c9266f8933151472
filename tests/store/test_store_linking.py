"""Cross-document linking on hand-written reports: copies, stories, merged events, disagreements."""

from __future__ import annotations

import json
import os
from pathlib import Path

from wirewatch.document import document_id
from wirewatch.store.ingest import ingest_documents
from wirewatch.store.queries import all_stories
from wirewatch.store.sqlite import connect

GOLDEN = Path(__file__).parents[1] / "golden" / "stories" / "pledge.json"
RUSSIA = {"name": "Russia", "country": "RUS", "sector": "GOV", "kind": "country", "aliases": []}
TAJIK = {"name": "Tajikistan", "country": "TJK", "sector": "GOV", "kind": "country", "aliases": []}
DUSHANBE = {
    "text": "Dushanbe", "start": 0, "end": 8, "in": "body", "name": "Dushanbe", "country": "TJK",
    "admin1": None, "lat": 38.54, "lon": 68.78, "geonameid": 1221874, "feature": "city",
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
    "wire-e": "Refugee agencies warned that fighting in northern Afghanistan could push "
    "thousands of people north in the coming weeks.",
}


def doc(site, title, lead, published, date="2021-07-09", extra="", event_type="SUPPORT"):
    body = f"{lead}\n\n{BACKGROUND.get(site, '')} {extra}".strip()
    return {
        "id": document_id(body),
        "url": f"https://{site}.example/{published}/{len(title)}",
        "site": site,
        "title": title,
        "published": published,
        "body": body,
        "actors": {"A1": RUSSIA, "A2": TAJIK},
        "places": [DUSHANBE],
        "events": [
            {
                "id": "E1",
                "type": event_type,
                "source": "A1",
                "target": "A2",
                "location": 0,
                "date": {"start": date, "end": date, "text": "on Friday", "precision": "day"},
                "sentence": lead,
                "span": [0, len(lead)],
                "in": "body",
                "trigger": "ready",
                "modality": "asserted",
            }
        ],
    }


PLEDGE = [
    doc("wire-a", "Russia ready to defend Tajikistan", "Russia is ready to defend Tajikistan "
        "with 7,000 troops of the Collective Security Treaty Organization (CSTO), the foreign "
        "ministry said on Friday.", "2021-07-09"),
    doc("wire-b", "Moscow pledges support to Dushanbe", "Moscow pledged on Friday to help "
        "Tajikistan with 6,000 soldiers if the Afghan crisis spills over, in line with the "
        "Central States Treaty Organization (CSTO) charter.", "2021-07-09"),
    doc("wire-c", "Russia vows to protect Tajik border", "Russia vowed to protect "
        "Tajikistan, saying its 7,000 troops at the base were ready.", "2021-07-10"),
    doc("wire-d", "Kremlin backs Tajikistan", "The Kremlin said Russia would stand by "
        "Tajikistan and use its base in Dushanbe if needed.", "2021-07-10"),
    doc("wire-e", "Russia promises Tajikistan help as Taliban advance", "Russia promised "
        "Tajikistan military help on Friday as the Taliban advanced.", "2021-07-11"),
]  # fmt: skip
REPOST = {
    **PLEDGE[0],
    "body": "Posted by steppe_watcher: interesting.\n\n" + PLEDGE[0]["body"],
    "site": "forum",
    "published": "2021-07-12",
}
REPOST["id"] = document_id(REPOST["body"])
OLD = doc("wire-a", "Russia reinforces Tajik base after Kunduz falls", "Russia sent "
          "helicopters to its base in Tajikistan after the Taliban seized Kunduz.",
          "2015-10-01", date="2015-10-01", event_type="MOBILIZE")  # fmt: skip


def stories(db):
    conn = connect(db)
    try:
        return list(all_stories(conn))
    finally:
        conn.close()


def test_five_outlets_and_a_repost_make_one_story_with_one_merged_event(tmp_path):
    db = tmp_path / "w.db"
    report = ingest_documents([*PLEDGE, REPOST], db)
    assert report.copies == 1
    [story] = stories(db)
    assert set(story["documents"]) == {d["id"] for d in PLEDGE}
    assert story["copies"] == [{"document": REPOST["id"], "original": PLEDGE[0]["id"]}]
    [event] = story["events"]
    assert event["type"] == "SUPPORT"
    assert event["source"]["country"] == "RUS" and event["target"]["country"] == "TJK"
    assert len(event["documents"]) == 5
    assert REPOST["id"] not in event["documents"]
    assert {e["document"] for e in event["evidence"]} == {d["id"] for d in PLEDGE}
    abouts = {d["about"]: d for d in story["disagreements"]}
    claims = {c["text"] for c in abouts["expansion of CSTO"]["claims"]}
    assert claims == {
        "Collective Security Treaty Organization (CSTO)",
        "Central States Treaty Organization (CSTO)",
    }
    soldiers = abouts["number of soldiers (SUPPORT event)"]["claims"]
    assert {c["document"] for c in soldiers} == {PLEDGE[0]["id"], PLEDGE[1]["id"], PLEDGE[2]["id"]}
    assert story["start"] == "2021-07-09" and story["end"] == "2021-07-11"


def test_story_json_matches_golden(tmp_path):
    db = tmp_path / "w.db"
    ingest_documents([*PLEDGE, REPOST, OLD], db)
    got = json.loads(json.dumps(stories(db)))
    if os.environ.get("WIREWATCH_UPDATE_GOLDEN"):  # regenerate deliberately, then review
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_same_place_years_apart_is_a_separate_related_story(tmp_path):
    db = tmp_path / "w.db"
    ingest_documents([OLD, *PLEDGE], db)
    got = stories(db)
    assert len(got) == 2
    old, new = got
    assert old["documents"] == [OLD["id"]]
    assert new["related"] == [old["id"]] and old["related"] == [new["id"]]


def test_ingest_order_does_not_change_the_grouping(tmp_path):
    a = stories_of(tmp_path / "a.db", [*PLEDGE, REPOST, OLD])
    b = stories_of(tmp_path / "b.db", [OLD, REPOST, *reversed(PLEDGE)])
    assert a == b


def stories_of(db, docs):
    ingest_documents(docs, db)
    return sorted(
        sorted([*s["documents"], *(c["document"] for c in s["copies"])]) for s in stories(db)
    )


def test_an_earlier_copy_arriving_late_becomes_the_original(tmp_path):
    db = tmp_path / "w.db"
    early = {**REPOST, "published": "2021-07-08"}
    ingest_documents([PLEDGE[0], early], db)
    [story] = stories(db)
    assert story["documents"] == [early["id"]]
    assert story["copies"] == [{"document": PLEDGE[0]["id"], "original": early["id"]}]
    [event] = story["events"]
    assert event["documents"] == [early["id"]]
    assert story["start"] == "2021-07-08"


def test_comment_events_are_not_news_mentions(tmp_path):
    d = doc("wire-z", "Russia ready", "Russia is ready to defend Tajikistan.", "2021-07-09")
    d["events"][0]["in"] = "comment:c1"
    db = tmp_path / "w.db"
    ingest_documents([d], db)
    [story] = stories(db)
    assert story["events"] == []
    assert story["summary"][0]["document"] == d["id"]
