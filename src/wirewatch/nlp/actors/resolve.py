"""Resolve entity mentions to actors {name, country, sector, kind, aliases}.

Rules, in the order a mention meets them:
- KB names: countries, capitals and seats of power, IGOs, armed groups, media, people. A person's
  office is the one valid at the publication date; past all offices they are ELI.
- A country word followed by group or office words takes that sector: "Afghan government forces"
  is AFG MIL, "US military presence" USA MIL; a plain country, capital or demonym is its GOV.
- A capital after a locative word ("in Moscow", "Kabul-based", "capital Dushanbe") is a place,
  not an actor; elsewhere ("Moscow said", "designated by Moscow") it is the government.
  "to/from Moscow" stays linked: the events stage can still read the preposition.
- People not in the KB take country and sector from their title chain ("Russian Foreign
  Ministry spokesperson Maria Zakharova", "General Colonel Anatoly Sidorov", "aide for Kremlin,
  Yuri Ushakov") or an apposition after the name.
- Re-mentions: surname, misspelt surname, "the Russian top diplomat" (the holder of that office
  named earlier, else the KB holder at the publication date).
- Acronyms in brackets and their expansions co-refer; a KB acronym wins over a wrong expansion.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from wirewatch.document import Actor, Entity
from wirewatch.nlp.actors.coref import DocActors
from wirewatch.nlp.actors.entities_fix import (
    PLACE_LABELS,
    STANCE_PREFIXES,
    Mention,
    find_mentions,
)
from wirewatch.nlp.actors.kb import AliasHit, KbActor, KnowledgeBase, load_kb
from wirewatch.nlp.actors.tokens import Toks

SECTOR_NOUN = {
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "JUD": "judiciary",
    "LEG": "legislature",
    "PRM": "paramilitaries",
    "PTY": "parties",
    "REB": "rebels",
    "SPY": "intelligence",
    "UAF": "gunmen",
    "UNK": "actors",
    "AGR": "farmers",
    "BUS": "business",
    "CRM": "criminals",
    "CVL": "civilians",
    "EDU": "education sector",
    "ELI": "former officials",
    "JRN": "media",
    "LAB": "labour",
    "MED": "health sector",
    "REF": "refugees",
    "OPP": "opposition",
    "PRE": "breakaway authorities",
    "REL": "religious figures",
    "SOC": "civil society",
}
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PRM"})
# Sectors of bodies that carry their own names beside a demonym.
NAMED_BODY_SECTORS = frozenset({"SOC", "MED", "EDU", "BUS", "JRN", "REL", "LAB", "PTY"})
NP_TAGS = frozenset({"NN", "NNS", "JJ", "JJR", "JJS", "NNP", "NNPS", "VBN", "HYPH", "CD", "POS"})
MAX_NP = 6
MAX_CHAIN = 12
COORDINATORS = frozenset({"and", "or", "but", "nor"})
STOP_WORDS_CHAIN = frozenset({"and", "or", "but", "said", "says", "told", "that", "who", "which"})
MAX_TEXT_CHARS = 2_000_000


# "US-backed forces", "Iran-aligned militias": the country word names a patron, not the group
# (the events stage reads such compounds as backers too).
BACKING_WORDS = frozenset(
    "backed supported sponsored funded financed armed trained allied aligned inspired "
    "affiliated linked friendly".split()
)
GROUP_KINDS = frozenset({"armed-group", "organization", "igo"})
# Words for a government that a leader's name can qualify ("the Assad regime").
LEADER_RULED = frozenset({"government", "regime", "administration", "cabinet", "junta"})


def _iso_date(published: str | None) -> str | None:
    if not published or len(published) < 4 or not published[:4].isdigit():
        return None
    return published[:10] if len(published) >= 10 else published[:4] + "-07-01"


def _kind_for(sector: str | None, default: str = "organization") -> str:
    if sector == "JRN":
        return "media"
    if sector in ("REB", "UAF", "PRM"):
        return "armed-group"
    return default


class _Resolver:
    def __init__(self, toks: Toks, kb: KnowledgeBase, date: str | None, reg: DocActors) -> None:
        self.toks = toks
        self.kb = kb
        self.date = date
        self.reg = reg
        self.lowers = toks.lower
        self.mentions: list[Mention] = []
        self.by_start: dict[int, Mention] = {}
        self.by_end: dict[int, Mention] = {}
        self.actor_of: dict[int, str | None] = {}  # id(mention) -> actor id
        self.country_counts: Counter = Counter()

    # ---- KB readings -------------------------------------------------------------------
    def pick(self, hits: tuple[AliasHit, ...]) -> AliasHit | None:
        """One reading; ambiguous aliases go by date, then by countries the text mentions."""
        actor_hits = [h for h in hits if h.actor_id is not None]
        if not actor_hits:
            return None
        ids = list(dict.fromkeys(h.actor_id for h in actor_hits))
        if len(ids) > 1:
            dated = [i for i in ids if self._valid_now(self.kb.actors[i])]
            ids = dated or ids
        if len(ids) > 1:
            scores = {i: self.country_counts[self._country_of(self.kb.actors[i])] for i in ids}
            top = max(scores.values())
            ids = [i for i in ids if scores[i] == top] if top > 0 else ids
        if len(ids) != 1:
            return None
        return next(h for h in actor_hits if h.actor_id == ids[0])

    def _valid_now(self, a: KbActor) -> bool:
        if a.kind != "person" or self.date is None:
            return True
        return a.role_at(self.date) is not None

    def _country_of(self, a: KbActor) -> str | None:
        if a.kind == "person":
            role = a.role_at(self.date)
            return role.country if role else a.country
        return a.country

    # ---- actors ------------------------------------------------------------------------
    def country_actor(self, a: KbActor, sector: str | None, alias: str) -> str:
        if sector in (None, "GOV") or a.kind != "country":
            if a.kind != "country":
                return self.org_actor(a, alias)
            return self.reg.get(a.name, "country", a.country, "GOV", alias, a.id)
        adj = a.adjective or a.name
        kind = "country" if sector in STATE_SECTORS else _kind_for(sector)
        return self.reg.get(f"{adj} {SECTOR_NOUN[sector]}", kind, a.country, sector, alias)

    def org_actor(self, a: KbActor, alias: str) -> str:
        return self.reg.get(a.name, a.kind, a.country, a.sector_at(self.date), alias, a.id)

    def person_actor(self, a: KbActor, alias: str) -> str:
        role = a.role_at(self.date)
        if role is not None:
            country, sector = role.country, role.sector
        elif a.roles:
            first = min(a.roles, key=lambda r: r.start)
            last = max(a.roles, key=lambda r: r.end)
            if self.date is not None and self.date > last.end:
                country, sector = last.country, "ELI"
            else:
                country, sector = first.country, None
        else:
            country, sector = a.country, a.sector
        aid = self.reg.get(a.name, "person", country, sector, alias, a.id)
        if role is not None:
            self.reg.info[aid].offices.add(
                self.kb.offices.get(tuple(role.office.split()), role.office)
            )
        return aid

    # ---- context -----------------------------------------------------------------------
    def right_np(self, end: int) -> tuple[str | None, str | None, int, bool]:
        """Sector and office words after a country word: (sector, office, np_end, name_follows)."""
        t, k = self.toks, end
        words: list[str] = []
        name_follows = False
        while k < len(t) and len(words) < MAX_NP:
            m = self.by_start.get(k)
            if m is not None:
                name_follows = m.label in ("PERSON", "ORG")
                break
            if t.space[k] or t.tag[k] not in NP_TAGS:
                if t.words[k] == "," and k + 1 < len(t):
                    nxt = self.by_start.get(k + 1)
                    name_follows = nxt is not None and nxt.label == "PERSON"
                break
            if t.tag[k] == "POS" and k != end:
                break
            words.append(t.lower[k])
            k += 1
        if len(words) > 1 and words[0] in ("-", "–") and words[1] in BACKING_WORDS:
            return None, None, k, name_follows  # "Turkish-backed rebels": Turkey backs them
        sector, office = self._scan_words(words)
        return sector, office, k, name_follows

    def _scan_words(self, words: list[str]) -> tuple[str | None, str | None]:
        """Rightmost non-neutral sector phrase (the head), and any office phrase."""
        kb = self.kb
        sector = office = None
        i = 0
        while i < len(words):
            for size in range(min(kb.sector_max_len, len(words) - i), 0, -1):
                key = tuple(words[i : i + size])
                if key in kb.offices:
                    office = kb.offices[key]
                if key in kb.sector_words:
                    if kb.sector_words[key] is not None:
                        sector = kb.sector_words[key]
                    i += size - 1
                    break
            i += 1
        return sector, office

    def chain(self, start: int) -> tuple[str | None, str | None, str | None, bool]:
        """Country, sector and office from the title chain before a name (and apposition after)."""
        t = self.toks
        j = start - 1
        if j >= 0 and t.words[j] == ",":
            j -= 1
        lo = j
        while lo >= 0 and start - lo <= MAX_CHAIN:
            if t.space[lo] or t.lower[lo] in STOP_WORDS_CHAIN:
                break
            if t.punct[lo] and t.words[lo] not in ("-", "–", "'s", "’s", "."):
                break
            tag = t.tag[lo]
            if tag.startswith("VB") and not (tag == "VBN" and lo > 0 and t.words[lo - 1] == "-"):
                break
            m = self._mention_ending_at(lo + 1)
            if m is not None and m.label == "PERSON":
                break
            if t.sent_start[lo]:
                lo -= 1
                break
            lo -= 1
        left = range(lo + 1, j + 1)
        country, sector, office, former = self._cues(left, resolved=True)
        if country is None and sector is None:
            right = self._apposition(start)
            if right is not None:
                country, sector, office, former = self._cues(right, resolved=False)
        if former and sector in STATE_SECTORS:
            sector = "ELI"
        return country, sector, office, former

    def _apposition(self, start: int) -> range | None:
        m = self.by_start.get(start)
        end = m.end if m else start + 1
        t = self.toks
        if end + 1 >= len(t) or t.words[end] != "," or t.lower[end + 1] in COORDINATORS:
            return None  # "Congress, and the Nato allies" is a list, not an apposition
        k = end + 1
        while k < len(t) and k - end <= 8:
            if (t.punct[k] and t.words[k] not in ("-", "'s", "’s")) or t.tag[k].startswith("VB"):
                break
            if t.lower[k] in self.kb.locatives and not self._org_follows(k + 1):
                break  # "X, the effect of … in Syria": where something happens is no title
            k += 1
        return range(end + 1, k)

    def _org_follows(self, k: int) -> bool:
        """Does an organisation's name start at ``k`` (after an article): "a fighter in the YPG"?"""
        if k < len(self.toks) and self.toks.lower[k] == "the":
            k += 1
        m = self.by_start.get(k)
        return m is not None and m.label == "ORG"

    def _mention_ending_at(self, end: int) -> Mention | None:
        return self.by_end.get(end)

    def _cues(self, span: range, resolved: bool):
        """Nearest-first cues in ``span``: sector words and mentioned actors."""
        if not span:
            return None, None, None, False
        words = [self.lowers[i] for i in span]
        former = any(w in self.kb.former for w in words)
        country = sector = office = None
        # Mentions inside the chain, nearest to the name first.
        cue_mentions = [
            m for i in span if (m := self.by_start.get(i)) is not None and m.end <= span.stop
        ]
        cue_mentions += [x for m in cue_mentions for x in m.inner]
        positions: list[tuple[int, str | None, str | None]] = []
        for m in cue_mentions:
            c, s = self._mention_country_sector(m, resolved)
            positions.append((m.end, c, s))
        # Sector words: scan every sub-span, record end positions.
        kb = self.kb
        i = 0
        while i < len(words):
            for size in range(min(kb.sector_max_len, len(words) - i), 0, -1):
                key = tuple(words[i : i + size])
                if key in kb.offices:
                    office = kb.offices[key]
                if key in kb.sector_words:
                    if kb.sector_words[key] is not None:
                        positions.append((span.start + i + size, None, kb.sector_words[key]))
                    i += size - 1
                    break
            i += 1
        nearest_first = sorted(positions, key=lambda p: -p[0]) if resolved else positions
        for _, c, s in nearest_first:
            if sector is None and s is not None:
                sector = s
            if country is None and c is not None:
                country = c
        return country, sector, office, former

    def _mention_country_sector(self, m: Mention, resolved: bool) -> tuple[str | None, str | None]:
        aid = self.actor_of.get(id(m)) if resolved else None
        if aid is not None:
            a = self.reg.actors[aid]
            if a.kind == "person":
                return None, None
            return a.country, a.sector if a.kind != "country" or a.sector != "GOV" else None
        hit = self.pick(m.hits) if m.hits else None
        if hit is None:
            return None, None
        a = self.kb.actors[hit.actor_id]
        if a.kind == "person":
            return None, None
        if hit.how == "capital":
            return a.country, None  # "Kabul-based expert": a country, not a government post
        sector = hit.sector or (a.sector_at(self.date) if a.kind != "country" else None)
        return a.country, sector

    # ---- mentions ----------------------------------------------------------------------
    def text_of(self, start: int, end: int) -> str:
        return self.toks.span_text(start, end)

    def resolve(self, m: Mention) -> tuple[str | None, int]:
        """(actor id or None, entity end token) for one mention."""
        text = self.text_of(m.start, m.end)
        if self._stance_prefixed(m):
            return None, m.end
        partner = m.alias_of
        if partner is not None and partner.start < m.start and id(partner) in self.actor_of:
            aid = self.actor_of[id(partner)]
            if aid is not None and not m.hits:
                self.reg.add_alias(aid, text)
                return aid, m.end
        hits = m.hits
        if partner is not None and partner.start > m.start and partner.hits and m.label != "PERSON":
            hit = self.pick(partner.hits)
            if hit is not None and self.kb.actors[hit.actor_id].kind != "country":
                return self.from_hit(hit, m, text)
        if hits:
            hit = self.pick(hits)
            if hit is not None:
                return self.from_hit(hit, m, text)
            if all(h.actor_id is None for h in hits):
                return None, m.end
        return self.unknown(m, text), m.end

    def _stance_prefixed(self, m: Mention) -> bool:
        t, i = self.toks, m.start
        return i >= 2 and t.words[i - 1] in ("-", "–") and t.lower[i - 2] in STANCE_PREFIXES

    def _leaders_government(self, a: KbActor, m: Mention) -> tuple[str, int] | None:
        """ "The Erdoğan government", "the Assad regime": a leader's name before a word for
        government names the state's government (PLOVER codes the country, sector GOV); so
        does "Trump's administration"."""
        t, k = self.toks, m.end
        if k + 1 < len(t) and t.tag[k] == "POS":
            k += 1
        if k >= len(t) or t.lower[k] not in LEADER_RULED or self.by_start.get(k) is not None:
            return None
        role = a.role_at(self.date)
        country = self.kb.actors.get(role.country if role else a.country or "")
        if country is None or country.kind != "country":
            return None
        m.label = "ORG"
        phrase = self.text_of(m.start, k + 1)
        aid = self.reg.get(country.name, "country", country.country, "GOV", phrase, country.id)
        return aid, k + 1

    def from_hit(self, hit: AliasHit, m: Mention, text: str) -> tuple[str | None, int]:
        a = self.kb.actors[hit.actor_id]
        if a.kind == "person":
            ruled = self._leaders_government(a, m)
            if ruled is not None:
                return ruled
            return self.person_actor(a, text), m.end
        if a.kind != "country":
            return self.org_actor(a, text), m.end
        if hit.how == "seat":
            return self.country_actor(a, hit.sector, text), m.end
        if hit.how == "capital":
            return (None if self._locative(m) else self.country_actor(a, "GOV", text)), m.end
        sector, office, np_end, name_follows = self.right_np(m.end)
        if office and not name_follows:
            pid = self._office_person(office, a.country)
            if pid is not None:
                m.label = "PERSON"
                self.reg.add_alias(pid, self.text_of(m.start, np_end))
                return pid, np_end
        if sector and not name_follows:
            return self.country_actor(a, sector, text), m.end
        return self.country_actor(a, "GOV", text), m.end

    def _office_person(self, office: str, country: str | None) -> str | None:
        pid = self.reg.office_holder(office, country)
        if pid is not None:
            return pid
        holders = self.kb.holders(office, country, self.date)
        if len(holders) == 1:
            return self.person_actor(self.kb.actors[holders[0]], "")
        return None

    def _locative(self, m: Mention) -> bool:
        t = self.toks
        j = m.start - 1
        while j >= 0 and t.lower[j] in ("the", "of", ","):
            j -= 1
        if j >= 0 and t.lower[j] in self.kb.locatives:
            return True
        e = m.end
        return e + 1 < len(t) and t.words[e] in ("-", "–") and t.lower[e + 1] == "based"

    def unknown(self, m: Mention, text: str) -> str | None:
        reg = self.reg
        single = m.end - m.start == 1 and self.toks.title[m.start]
        if m.label == "PERSON" or (single and m.label in ("ORG", "GPE", "NORP", "LOC")):
            pid = reg.person_by_name(text)
            if pid is not None:
                m.label = "PERSON"
                reg.add_alias(pid, text)
                return pid
        known = reg.by_alias(text)
        if known is not None:
            return known
        if m.label == "PERSON":
            country, sector, office, _ = self.chain(m.start)
            aid = reg.get(text, "person", country, sector, text)
            if office:
                reg.info[aid].offices.add(office)
            return aid
        if m.inner:
            aid = self._from_inner(m, text)
            if aid is not None or m.label != "ORG":
                return aid
        if m.label == "ORG":
            sector, _ = self._scan_words([self.lowers[i] for i in range(m.start, m.end)])
            country, ctx_sector, _, _ = self.chain(m.start)
            sector = sector or ctx_sector
            return reg.get(text, _kind_for(sector), country, sector, text)
        return None

    def _from_inner(self, m: Mention, text: str) -> str | None:
        """A descriptive name around KB words: "Russian Foreign Ministry", "Northern Afghan"."""
        if m.label in PLACE_LABELS or m.label == "EVENT":
            return None
        hits = [h for x in m.inner if x.hits and (h := self.pick(x.hits)) is not None]
        if not hits:
            return None
        # "British Isis": a group named inside says whose the name is, a nationality before
        # it only where its members come from
        groups = [h for h in hits if self.kb.actors[h.actor_id].kind in GROUP_KINDS]
        hit = groups[-1] if groups else hits[0]
        a = self.kb.actors[hit.actor_id]
        rest = [self.lowers[i] for i in range(m.start, m.end) if not _inside(i, m.inner)]
        sector, _ = self._scan_words(rest)
        if a.kind == "country":
            if m.label == "ORG" and sector in NAMED_BODY_SECTORS:
                # "Syrian Observatory for Human Rights", "Syrian Red Crescent": a body with
                # its own name, not the country's civil society or its government
                return self.reg.get(text, _kind_for(sector), a.country, sector, text)
            return self.country_actor(a, sector or hit.sector or "GOV", text)
        if a.kind == "person":
            return None
        if sector and sector != a.sector and a.country and a.kind != "igo":
            return self.reg.get(text, _kind_for(sector), a.country, sector, text)
        return self.org_actor(a, text)


def _inside(i: int, ms: list[Mention]) -> bool:
    return any(m.start <= i < m.end for m in ms)


def resolve_actors(
    text: str,
    spacy_doc,
    published: str | None = None,
    *,
    kb: KnowledgeBase | None = None,
    actors: dict[str, Actor] | None = None,
    in_: str = "body",
    is_place: Callable[[str], bool] | None = None,
) -> tuple[dict[str, Actor], list[Entity]]:
    """Corrected entities of ``spacy_doc`` (a Doc of ``text``), each linked to a document actor.

    ``actors`` continues an existing actor table (e.g. the body's, when resolving a comment) so
    one real-world actor keeps one id across a whole Document; ``in_`` marks the entities.
    Works with or without the dependency parser: only tags, sentence starts and NER are read.
    """
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(f"text longer than {MAX_TEXT_CHARS} characters")
    toks = Toks.from_doc(spacy_doc, text)
    if not toks.matches(text):
        raise ValueError("spacy_doc was not made from this text")
    kb = kb or load_kb()
    reg = DocActors(actors)
    r = _Resolver(toks, kb, _iso_date(published), reg)
    r.mentions = find_mentions(toks, kb, is_place)
    r.by_start = {m.start: m for m in r.mentions}
    r.by_end = {m.end: m for m in r.mentions}
    for m in r.mentions:
        for x in [m, *m.inner]:
            for h in x.hits:
                if h.actor_id is not None and kb.actors[h.actor_id].kind == "country":
                    r.country_counts[kb.actors[h.actor_id].country] += 1
    entities: list[Entity] = []
    for m in r.mentions:
        aid, end = r.resolve(m)
        r.actor_of[id(m)] = aid
        start_char, end_char = toks.char_span(m.start, end)
        entities.append(
            Entity(
                text=text[start_char:end_char],
                start=start_char,
                end=end_char,
                label=m.label,
                actor=aid,
                in_=in_,
            )
        )
    return reg.actors, entities
