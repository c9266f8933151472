# ruff: noqa: E501  (template sentences read better unbroken)
"""A labelled story-clustering set, generated from templates written for wirewatch.

Each story is a scenario (actors, place, event type, date, numbers, people); its documents
are reports by different outlets with varied wording, dates a few days apart, and the
structured actors/places/events a full pipeline would produce. The set includes syndicated
copies and forum reposts (same story), the same place and actors in another year (another
story) and different events with the same actors in the same week (another story).
Deterministic for a given seed; nothing here is copied from any dataset.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from wirewatch.document import document_id

# (name, ISO3, [(place, lat, lon), ...], neighbour index)
COUNTRIES: list[tuple[str, str, list[tuple[str, float, float]]]] = [
    ("Russia", "RUS", [("Belgorod", 50.6, 36.6), ("Rostov", 47.2, 39.7)]),
    ("Tajikistan", "TJK", [("Dushanbe", 38.5, 68.8), ("Khorog", 37.5, 71.5)]),
    ("Afghanistan", "AFG", [("Kunduz", 36.7, 68.9), ("Herat", 34.3, 62.2)]),
    ("Ukraine", "UKR", [("Kharkiv", 50.0, 36.2), ("Mariupol", 47.1, 37.5)]),
    ("Armenia", "ARM", [("Goris", 39.5, 46.3), ("Jermuk", 39.8, 45.7)]),
    ("Azerbaijan", "AZE", [("Ganja", 40.7, 46.4), ("Lachin", 39.6, 46.5)]),
    ("Ethiopia", "ETH", [("Mekelle", 13.5, 39.5), ("Gondar", 12.6, 37.5)]),
    ("Sudan", "SDN", [("El Fasher", 13.6, 25.3), ("Kassala", 15.5, 36.4)]),
    ("Mali", "MLI", [("Gao", 16.3, -0.04), ("Mopti", 14.5, -4.2)]),
    ("Niger", "NER", [("Tillaberi", 14.2, 1.5), ("Diffa", 13.3, 12.6)]),
    ("India", "IND", [("Leh", 34.2, 77.6), ("Tawang", 27.6, 91.9)]),
    ("China", "CHN", [("Kashgar", 39.5, 76.0), ("Lhasa", 29.7, 91.1)]),
    ("Colombia", "COL", [("Cucuta", 7.9, -72.5), ("Arauca", 7.1, -70.8)]),
    ("Venezuela", "VEN", [("San Cristobal", 7.8, -72.2), ("Maracaibo", 10.6, -71.6)]),
    ("Somalia", "SOM", [("Kismayo", -0.4, 42.5), ("Baidoa", 3.1, 43.6)]),
    ("Kenya", "KEN", [("Mandera", 3.9, 41.9), ("Garissa", -0.5, 39.6)]),
    ("Myanmar", "MMR", [("Myawaddy", 16.7, 98.5), ("Lashio", 22.9, 97.8)]),
    ("Thailand", "THA", [("Mae Sot", 16.7, 98.6), ("Chiang Rai", 19.9, 99.8)]),
    ("Serbia", "SRB", [("Raska", 43.3, 20.6), ("Novi Pazar", 43.1, 20.5)]),
    ("Kosovo", "XKX", [("Mitrovica", 42.9, 20.9), ("Zvecan", 42.9, 20.8)]),
    ("Iraq", "IRQ", [("Sinjar", 36.3, 41.9), ("Mosul", 36.3, 43.1)]),
    ("Turkey", "TUR", [("Hakkari", 37.6, 43.7), ("Sirnak", 37.5, 42.5)]),
    ("DR Congo", "COD", [("Goma", -1.7, 29.2), ("Bunia", 1.6, 30.3)]),
    ("Rwanda", "RWA", [("Gisenyi", -1.7, 29.3), ("Cyangugu", -2.5, 28.9)]),
]
PAIRS = [(0, 1), (2, 1), (0, 3), (4, 5), (6, 7), (8, 9), (10, 11), (12, 13), (14, 15), (16, 17)]
PAIRS += [(18, 19), (20, 21), (22, 23), (5, 4), (3, 0), (11, 10)]

FIRST = ["Amir", "Lena", "Tomas", "Nadia", "Viktor", "Samira", "Joao", "Keiko", "Omar", "Irina"]
FIRST += ["Pavel", "Aisha", "Dmitri", "Grace", "Hassan", "Mariam", "Ruslan", "Chen", "Luis"]
LAST = ["Karimov", "Osei", "Halvorsen", "Qureshi", "Mendes", "Tanaka", "Abadi", "Petrenko"]
LAST += ["Lindqvist", "Farah", "Novak", "Alvarez", "Rahimi", "Okafor", "Sato", "Duarte", "Nasser"]
OUTLETS = ["Daily Ledger", "Wire Courier", "Morning Sentinel", "Frontier Post", "Global Desk"]
OUTLETS += ["Evening Herald", "Regional Times", "The Observer Net", "Capital Bulletin"]
UNITS = ["201st Motor Rifle Division", "4th Mountain Brigade", "special forces", "border guards"]
UNITS += ["armoured columns", "artillery units", "air defence batteries", "marine infantry"]

# Event frames: type, headlines, leads, details. Slots: {src} {tgt} {place} {n} {unit} {person}
# {role} {weekday} {org} {km}.
FRAMES: dict[str, dict[str, list[str]]] = {
    "MOBILIZE": {
        "head": [
            "{src} moves {n} troops to {place}",
            "{src} reinforces positions near {place}",
            "Troop build-up near {place} alarms {tgt}",
            "{src} deploys {unit} close to {tgt}",
        ],
        "lead": [
            "{src} has deployed {n} troops and {unit} to {place}, close to the border with {tgt}.",
            "About {n} {src_adj} soldiers arrived in {place} on {weekday}, officials said.",
            "{src} sent {unit} with roughly {n} personnel to the area around {place}.",
            "Satellite images show {src_adj} {unit} massing near {place}, some {km} km from {tgt}.",
        ],
        "detail": [
            "The deployment includes tanks, rocket launchers and field hospitals.",
            "Commanders described the move as a precaution after weeks of tension.",
            "Residents of {place} reported long convoys of military trucks overnight.",
            "The build-up is the largest in the region for several years.",
            "{tgt} summoned the {src_adj} ambassador to explain the deployment.",
        ],
    },
    "ASSAULT": {
        "head": [
            "Shelling kills {n} in {place}",
            "{src} strikes {place} as fighting intensifies",
            "Deadly attack on {place} blamed on {src}",
            "{n} dead after artillery fire hits {place}",
        ],
        "lead": [
            "At least {n} people were killed when artillery shells hit {place} on {weekday}.",
            "{src_adj} forces shelled {place}, killing {n} people, according to local officials.",
            "An attack on {place} left {n} dead and dozens wounded, {tgt} authorities said.",
            "Rockets fired by {src_adj} {unit} struck residential districts of {place}, killing {n}.",
        ],
        "detail": [
            "Hospitals in {place} appealed for blood donations as casualties mounted.",
            "Witnesses described hearing explosions for several hours before dawn.",
            "Rescue workers were still searching the rubble of a collapsed apartment block.",
            "The strike hit a market and a school that was being used as a shelter.",
            "Power and water supplies to {place} were cut after the bombardment.",
        ],
    },
    "AGREE": {
        "head": [
            "{src} and {tgt} sign deal in {place}",
            "Agreement reached between {src} and {tgt}",
            "{src}, {tgt} seal pact after talks in {place}",
            "Breakthrough as {src} and {tgt} agree terms",
        ],
        "lead": [
            "{src} and {tgt} signed an agreement in {place} on {weekday} to end the dispute over the border crossing.",
            "Negotiators from {src} and {tgt} reached a deal in {place} covering prisoner exchanges and border trade.",
            "After two days of talks in {place}, {src} and {tgt} agreed to reopen the border crossing and exchange prisoners.",
            "The governments of {src} and {tgt} concluded a pact in {place} that foresees a joint border commission.",
        ],
        "detail": [
            "The agreement provides for the release of {n} detainees within a month.",
            "A joint commission will meet every quarter to monitor implementation.",
            "Traders welcomed the deal, saying the closure had cost them heavily.",
            "The text of the accord has not been published in full.",
            "Mediators from the {org} attended the signing ceremony.",
        ],
    },
    "PROTEST": {
        "head": [
            "Thousands rally in {place} against {tgt}",
            "Protesters fill streets of {place}",
            "Mass demonstration in {place} over {tgt} policy",
            "Police disperse crowds in {place}",
        ],
        "lead": [
            "Thousands of people marched through {place} on {weekday} to protest against the policies of {tgt}.",
            "Demonstrators gathered in central {place}, chanting slogans against {tgt}; organisers claimed {n} took part.",
            "A large crowd, estimated at {n} people, rallied in {place} against {tgt}.",
            "Protesters blocked the main roads of {place} in a show of anger at {tgt}.",
        ],
        "detail": [
            "Riot police used tear gas to disperse part of the crowd near the governor's office.",
            "Organisers said they would continue the demonstrations until their demands were met.",
            "Several shops in the city centre closed early as the crowds grew.",
            "Protest leaders demanded the resignation of regional officials.",
            "Students and trade unions joined the march in the afternoon.",
        ],
    },
    "THREATEN": {
        "head": [
            "{src} warns {tgt} of retaliation",
            "{src} threatens response over {place}",
            "Tensions rise as {src} issues ultimatum to {tgt}",
            "{src} says it is ready to act in {place}",
        ],
        "lead": [
            "{src} warned {tgt} on {weekday} that it would respond with force to any incursion near {place}.",
            "{src_adj} officials threatened {tgt} with serious consequences over the situation in {place}.",
            "{src} said it was ready to use military means to defend its interests around {place}.",
            "In a sharply worded statement, {src} gave {tgt} {n} hours to withdraw from positions near {place}.",
        ],
        "detail": [
            "The warning came after a series of incidents along the disputed frontier.",
            "Diplomats said the statement marked a significant escalation in rhetoric.",
            "{tgt} rejected the ultimatum and called it a provocation.",
            "Military analysts said the threat should be taken seriously.",
            "The foreign ministry repeated the warning in a late-night briefing.",
        ],
    },
    "AID": {
        "head": [
            "Aid convoy reaches {place}",
            "{src} sends humanitarian aid to {tgt}",
            "Relief supplies arrive in {place}",
            "{src} pledges emergency assistance for {place}",
        ],
        "lead": [
            "A convoy of {n} trucks carrying food and medicine from {src} reached {place} on {weekday}.",
            "{src} delivered humanitarian supplies to {tgt}, including tents, flour and medical kits, to {place}.",
            "Relief organised by {src} arrived in {place}, where thousands have been displaced.",
            "{src} pledged emergency aid worth {n} million dollars for families displaced around {place}.",
        ],
        "detail": [
            "Aid workers said the needs of displaced families far exceeded the supplies.",
            "The {org} coordinated the distribution with local authorities.",
            "Many families have been sleeping in schools and mosques for weeks.",
            "A second convoy is expected to leave next week.",
            "Doctors warned of a risk of cholera in the overcrowded camps.",
        ],
    },
    "SANCTION": {
        "head": [
            "{src} imposes sanctions on {tgt}",
            "New penalties target {tgt} officials",
            "{src} freezes assets over {place} crackdown",
            "{src} expands sanctions against {tgt}",
        ],
        "lead": [
            "{src} imposed sanctions on {n} officials from {tgt} on {weekday} over the crackdown in {place}.",
            "{src} announced asset freezes and travel bans against {tgt} commanders linked to events in {place}.",
            "New {src_adj} sanctions target {n} individuals and companies in {tgt}.",
            "{src} cut financial ties with {tgt} banks, citing abuses in {place}.",
        ],
        "detail": [
            "The measures include asset freezes and bans on travel.",
            "{tgt} called the sanctions illegal and promised reciprocal steps.",
            "Economists said the impact on trade would be limited at first.",
            "The list of targeted entities was published in the official gazette.",
            "Human rights groups said the penalties were long overdue.",
        ],
    },
    "CONSULT": {
        "head": [
            "{src} and {tgt} hold talks in {place}",
            "Leaders of {src} and {tgt} meet in {place}",
            "Talks in {place} seek to ease tensions",
            "{src} envoy visits {tgt} for consultations",
        ],
        "lead": [
            "Senior officials from {src} and {tgt} met in {place} on {weekday} to discuss the security situation.",
            "The foreign ministers of {src} and {tgt} held talks in {place} about border security.",
            "Delegations from {src} and {tgt} gathered in {place} for a round of consultations.",
            "{src_adj} and {tgt_adj} negotiators began a new round of talks in {place}.",
        ],
        "detail": [
            "Both sides described the meeting as constructive but gave few details.",
            "The talks were the first high-level contact in months.",
            "A further meeting is planned before the end of the month.",
            "Observers from the {org} followed the discussions.",
            "Officials said trade and water sharing were also on the agenda.",
        ],
    },
}
ORGS = ["Collective Security Treaty Organization (CSTO)", "African Union (AU)"]
ORGS += ["Organization for Security and Co-operation in Europe (OSCE)", "United Nations (UN)"]
ROLES = ["defence minister", "foreign ministry spokeswoman", "regional governor", "army spokesman"]
QUOTES = [
    '"We will not allow the situation in {place} to get out of control," {person}, the {role}, said.',
    '{person}, the {role}, told reporters that "every option remains on the table".',
    '"The people of {place} deserve security," said {person}, the {role}.',
    'According to {person}, the {role}, "the coming days will be decisive".',
]
FILLER = [
    "Analysts say the situation remains fragile.",
    "The claims could not be independently verified.",
    "International observers called for restraint on all sides.",
    "The region has a long history of disputes over land and water.",
    "Officials promised more information in the coming days.",
    "Journalists have limited access to the area.",
]
ADJ = {
    "Russia": "Russian", "Tajikistan": "Tajik", "Afghanistan": "Afghan", "Ukraine": "Ukrainian",
    "Armenia": "Armenian", "Azerbaijan": "Azerbaijani", "Ethiopia": "Ethiopian",
    "Sudan": "Sudanese", "Mali": "Malian", "Niger": "Nigerien", "India": "Indian",
    "China": "Chinese", "Colombia": "Colombian", "Venezuela": "Venezuelan",
    "Somalia": "Somali", "Kenya": "Kenyan", "Myanmar": "Myanmar", "Thailand": "Thai",
    "Serbia": "Serbian", "Kosovo": "Kosovan", "Iraq": "Iraqi", "Turkey": "Turkish",
    "DR Congo": "Congolese", "Rwanda": "Rwandan",
}  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class Scenario:
    story: str
    frame: str
    src: int
    tgt: int
    place: tuple[str, float, float]
    place_country: int
    date: dt.date
    n: int
    km: int
    unit: str
    org: str
    people: list[tuple[str, str]] = field(default_factory=list)


def _actor(i: int) -> dict[str, Any]:
    name, iso, _ = COUNTRIES[i]
    return {"name": name, "country": iso, "sector": "GOV", "kind": "country", "aliases": []}


def _scenarios(rng: random.Random, n_stories: int) -> list[Scenario]:
    out: list[Scenario] = []
    frames = sorted(FRAMES)
    for k in range(n_stories):
        src, tgt = PAIRS[k % len(PAIRS)]
        pc = rng.choice((src, tgt))
        place = rng.choice(COUNTRIES[pc][2])
        year = 2014 + (k * 3) % 10
        date = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(0, 330))
        people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)) for _ in range(2)]
        out.append(
            Scenario(
                story=f"S{k + 1:03d}",
                frame=frames[(k * 5 + k // len(PAIRS)) % len(frames)],
                src=src,
                tgt=tgt,
                place=place,
                place_country=pc,
                date=date,
                n=rng.choice([40, 120, 300, 1500, 2000, 5000, 7000, 12]),
                km=rng.choice([5, 12, 20, 45, 80]),
                unit=rng.choice(UNITS),
                org=rng.choice(ORGS),
                people=people,
            )
        )
    # Hard cases: the same place and actors years later (another story), and a different
    # event with the same actors in the same week (another story).
    extra: list[Scenario] = []
    for k, base in enumerate(out[: n_stories // 3]):
        years = 3 + k % 4
        later = Scenario(**{**base.__dict__})
        later.story = f"{base.story}-later"
        later.date = base.date.replace(year=base.date.year + years)
        later.n = rng.choice([60, 250, 900, 3000])
        later.people = [
            (f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)) for _ in range(2)
        ]
        if k % 2:
            later.frame = frames[(frames.index(base.frame) + 3) % len(frames)]
        extra.append(later)
    for k, base in enumerate(out[n_stories // 3 : n_stories // 3 + n_stories // 6]):
        same_week = Scenario(**{**base.__dict__})
        same_week.story = f"{base.story}-other"
        same_week.frame = frames[(frames.index(base.frame) + 1 + k % 3) % len(frames)]
        same_week.date = base.date + dt.timedelta(days=2)
        same_week.place = rng.choice(COUNTRIES[base.tgt][2])
        same_week.place_country = base.tgt
        same_week.people = [
            (f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)) for _ in range(2)
        ]
        extra.append(same_week)
    return out + extra


def _slots(s: Scenario) -> dict[str, Any]:
    src, tgt = COUNTRIES[s.src][0], COUNTRIES[s.tgt][0]
    return {
        "src": src,
        "tgt": tgt,
        "src_adj": ADJ[src],
        "tgt_adj": ADJ[tgt],
        "place": s.place[0],
        "n": f"{s.n:,}",
        "km": s.km,
        "unit": s.unit,
        "org": s.org,
    }


def _report(s: Scenario, rng: random.Random, outlet: str, index: int) -> dict[str, Any]:
    """One outlet's report of the scenario, with actors, place and the main event."""
    frame = FRAMES[s.frame]
    slots = _slots(s)
    day = s.date + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 5]))
    slots["weekday"] = WEEKDAYS[s.date.weekday()]
    lead = rng.choice(frame["lead"]).format(**slots)
    details = rng.sample(frame["detail"], k=rng.randint(2, 4))
    person, role = rng.choice(s.people)
    quote = rng.choice(QUOTES).format(person=person, role=role, place=s.place[0])
    filler = rng.sample(FILLER, k=rng.randint(1, 2))
    org_line = f"The {s.org} said it was following events in {s.place[0]} closely."
    sentences = [lead, *[x.format(**slots) for x in details], quote, *filler]
    if rng.random() < 0.5:
        sentences.insert(2, org_line)
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    body = "\n\n".join(paragraphs)
    title = rng.choice(frame["head"]).format(**slots)
    title = title[0].upper() + title[1:]
    start = body.index(lead)
    place = {
        "text": s.place[0], "start": body.find(s.place[0]), "end": body.find(s.place[0])
        + len(s.place[0]), "in": "body", "name": s.place[0],
        "country": COUNTRIES[s.place_country][1], "admin1": None, "lat": s.place[1],
        "lon": s.place[2], "geonameid": None, "feature": "city",
    }  # fmt: skip
    event = {
        "id": "E1", "type": s.frame, "mode": None, "context": [], "cameo": None, "acled": None,
        "source": "A1", "target": "A2", "source_text": COUNTRIES[s.src][0],
        "target_text": COUNTRIES[s.tgt][0], "location": 0,
        "date": {"start": s.date.isoformat(), "end": s.date.isoformat(),
                 "text": slots["weekday"], "precision": "day"},
        "sentence": lead, "span": [start, start + len(lead)], "in": "body",
        "trigger": "", "modality": "asserted", "reported_by": None,
        "fatalities": s.n if s.frame == "ASSAULT" else None, "confidence": 0.8,
    }  # fmt: skip
    return {
        "id": document_id(body),
        "url": f"https://example.org/{outlet.lower().replace(' ', '-')}/{s.story}/{index}",
        "site": outlet,
        "title": title,
        "published": day.isoformat(),
        "body": body,
        "comments": [],
        "actors": {"A1": _actor(s.src), "A2": _actor(s.tgt)},
        "places": [place],
        "events": [event],
        "quotes": [],
        "story": s.story,
    }


def _copy(doc: dict[str, Any], rng: random.Random, outlet: str, forum: bool) -> dict[str, Any]:
    """A syndicated copy (credit line, new headline) or a forum repost of ``doc``."""
    body = doc["body"]
    if forum:
        body = f"Posted by user{rng.randint(100, 999)}: worth reading.\n\n{body}"
    else:
        body = f"{body}\n\nThis article first appeared in {doc['site']}."
    out = {**doc, "body": body, "site": outlet, "id": document_id(body)}
    out["url"] = doc["url"].replace("example.org", "mirror.example.net") + ("/forum" * forum)
    day = dt.date.fromisoformat(doc["published"]) + dt.timedelta(days=rng.choice([0, 1]))
    out["published"] = day.isoformat()
    out["copy_of"] = doc["id"]
    return out


def story_documents(seed: int = 7, n_stories: int = 30) -> list[dict[str, Any]]:
    """Documents (contract JSON plus a gold ``story`` label), shuffled as a feed would be."""
    rng = random.Random(seed)
    docs: list[dict[str, Any]] = []
    for s in _scenarios(rng, n_stories):
        outlets = rng.sample(OUTLETS, k=rng.randint(4, 7))
        reports = [_report(s, rng, o, i) for i, o in enumerate(outlets)]
        docs += reports
        for r in reports[: rng.choice([0, 1, 1, 2])]:
            docs.append(_copy(r, rng, rng.choice(OUTLETS), forum=rng.random() < 0.3))
    unique = {d["id"]: d for d in docs}
    out = sorted(unique.values(), key=lambda d: (d["published"], d["id"]))
    return out


def text_only(doc: dict[str, Any]) -> dict[str, Any]:
    """The document as today's pipeline may give it: no actors, places or events."""
    return {**doc, "actors": {}, "places": [], "events": []}
