"""Two stories become one when a later report is close to both (bridging), whatever order
the reports arrived in; their merged events cite every report once."""

from __future__ import annotations

from serve.corpus import DUSHANBE, RUSSIA, TAJIK
from wirewatch.document import document_id
from wirewatch.link.config import load_link_config
from wirewatch.link.stories import Decision
from wirewatch.store.ingest import ingest_documents
from wirewatch.store.queries import all_stories
from wirewatch.store.sqlite import connect

PLEDGE = (
    "Moscow promised garrison reinforcements, armoured brigades and helicopter squadrons "
    "for the mountainous southern frontier."
)
OBSERVERS = (
    "Alliance ministers approved an observation mission with unarmed monitors, satellite "
    "imagery and liaison officers, reporting weekly."
)


def report(site: str, body: str, published: str) -> dict:
    lead = body.split(".")[0]
    return {
        "id": document_id(body),
        "url": f"https://{site}.example/{published}",
        "site": site,
        "title": lead[:60],
        "published": published,
        "body": body,
        "actors": {"A1": RUSSIA, "A2": TAJIK},
        "places": [DUSHANBE],
        "events": [
            {
                "id": "E1",
                "type": "AGREE",
                "source": "A1",
                "target": "A2",
                "location": 0,
                "date": {
                    "start": "2021-07-09",
                    "end": "2021-07-09",
                    "text": "",
                    "precision": "day",
                },
                "sentence": lead,
                "span": [0, len(lead)],
                "in": "body",
                "trigger": "promised",
                "modality": "asserted",
            }
        ],
    }


FIRST = report("wire-a", PLEDGE, "2021-07-09")
SECOND = report("wire-b", OBSERVERS, "2021-07-10")
# Shares words with both, but no run of words: not a copy of either.
BRIDGE = report(
    "wire-c",
    "Garrison reinforcements from Moscow, armoured brigades and helicopter squadrons will "
    "guard the southern frontier; unarmed monitors, liaison officers and satellite imagery "
    "make up the observation mission alliance ministers approved.",
    "2021-07-11",
)


def _stories(tmp_path, docs, **overrides) -> list[dict]:
    cfg = load_link_config(key_weight=0.0, event_weight=0.0, join_threshold=0.4, **overrides)
    db = tmp_path / "w.db"
    ingest_documents(docs, db, cfg)
    conn = connect(db)
    try:
        return list(all_stories(conn))
    finally:
        conn.close()


def test_without_a_bridge_the_two_reports_are_two_stories(tmp_path) -> None:
    assert len(_stories(tmp_path, [FIRST, SECOND])) == 2


def test_a_report_close_to_both_stories_merges_them(tmp_path) -> None:
    stories = _stories(tmp_path, [FIRST, SECOND, BRIDGE], bridge_threshold=0.4)
    assert len(stories) == 1
    story = stories[0]
    assert set(story["documents"]) == {FIRST["id"], SECOND["id"], BRIDGE["id"]}
    assert story["start"][:10] == "2021-07-09"
    # The pledge was reported by all three: one merged event citing each report once.
    pledges = [e for e in story["events"] if e["type"] == "AGREE"]
    assert len(pledges) == 1
    assert sorted(pledges[0]["documents"]) == sorted(story["documents"])


def test_a_bridge_below_the_bridge_threshold_leaves_them_apart(tmp_path) -> None:
    stories = _stories(tmp_path, [FIRST, SECOND, BRIDGE], bridge_threshold=0.99)
    assert len(stories) == 2


def test_the_smaller_story_is_folded_into_the_larger(tmp_path, monkeypatch) -> None:
    """The choice of stories is forced here; what is tested is the merge itself."""
    import wirewatch.link.linker as linker

    cfg = load_link_config(join_threshold=0.99)
    db = tmp_path / "w.db"
    ingest_documents([FIRST, SECOND], db, cfg)  # two stories: S1 (first), S2 (second)
    second_story = Decision(2, 1.0)
    monkeypatch.setattr(linker, "choose_story", lambda *a: second_story)
    more = [
        report("wire-d", "Unarmed monitors will file weekly reports.", "2021-07-10"),
        report("wire-e", "Liaison officers joined the monitors in the valley.", "2021-07-10"),
    ]
    ingest_documents(more, db, cfg)  # S2 now holds three reports
    monkeypatch.setattr(linker, "choose_story", lambda *a: Decision(1, 0.5, (), (2,)))
    ingest_documents([BRIDGE], db, cfg)  # closest to S1, bridging to the larger S2
    conn = connect(db)
    try:
        stories = list(all_stories(conn))
        ids = [r[0] for r in conn.execute("SELECT id FROM stories")]
    finally:
        conn.close()
    assert ids == [2]
    assert len(stories[0]["documents"]) == 5
    assert all(event["documents"] for event in stories[0]["events"])
    pledges = [e for e in stories[0]["events"] if e["type"] == "AGREE"]
    assert len(pledges) == 1 and len(pledges[0]["documents"]) == 5
