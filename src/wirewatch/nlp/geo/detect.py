"""Finds toponyms: spaCy's place entities, repaired and completed with the gazetteer.

The small English model misses or mislabels many places ("Kunduz" as ORG, "Shir Khan
Bandar" as PERSON), so gazetteer phrases and strong single names fill in, while capital-
isation, a stoplist of English words, and a digit check keep "Along", "Of" and "201st" out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from wirewatch.nlp.geo.cues import Cues, CueSpan, name_like
from wirewatch.nlp.geo.gazetteer import Gazetteer, data_file, read_yaml
from wirewatch.nlp.geo.normalize import name_key
from wirewatch.nlp.geo.streets import StreetFinder
from wirewatch.nlp.geo.words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Labels that the small model gives to places it does not know; trusted on a strong match.
MISLABELLED = {"ORG", "NORP", "PERSON", "PRODUCT"}
CONNECTORS = {"of", "de", "del", "la", "el", "al", "and", "upon", "on", "du", "des", "da", "-"}
MAX_PHRASE_TOKENS = 5
STRONG_KINDS = {"country", "admin1", "admin2", "natural", "other"}
STRONG_CITY_POP = 100_000
STRONG_PERSON_CITY_POP = 1_000_000
SENTENCE_END = set('.!?"“”:;\n')
# Labels of names that may carry a place inside ("Minnesota Department of Transportation",
# "Alexandria police", "University of Georgia"): LGL and TR-News annotate those places.
CARRIER_LABELS = {"ORG", "PERSON", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP"}
# Words after which a name inside a longer name is a place ("University of Georgia").
EMBED_AFTER = {"of", "in", "at", "for", "from"}
# Words before a name that make it a place mention ("in Lombard", "near Roselle").
LOCATIVE = {
    "in",
    "at",
    "near",
    "from",
    "to",
    "outside",
    "into",
    "across",
    "around",
    "toward",
    "towards",
    "through",
    "between",
    "downtown",
    "suburban",
    "nearby",
}
# Words around a name that say a town is meant rather than its same-named state ("told
# reporters in New York", "a New York-based firm"), or the state ("upstate New York").
CITY_BEFORE = {"in", "at"}
# Kind words that make the name after "of" a place ("the town of Manbij", "the city of Kobani").
KIND_OF = {"town", "city", "village", "district", "province", "region", "suburb", "port"}
CITY_AFTER = ("-based", "–based")
STATE_BEFORE = {"upstate", "downstate"}
# ", Ont." / ", W. Va." / ", DE" right after a town.
_REGION_SHORT = re.compile(r", ?([A-Z][a-z]{0,4}\.(?: ?[A-Z][a-z]{0,3}\.){0,2}|[A-Z]{2}\b)")
# Sources of toponyms found by a structural cue (wirewatch.nlp.geo.cues).
CUED_SOURCES = ("cue", "civic")
# Words that open a natural feature's name ("River Jordan").
NATURAL_PREFIXES = ("river",)
SPEECH_VERBS = {"said", "says", "told", "added", "explained", "noted", "wrote", "asked"}
POSSESSIVES = {"'s", "’s", "'", "’"}
# ", South Carolina" / ", Ill." after a name: up to three capitalised words.
_AFTER_COMMA = re.compile(r" ?, ?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})")
NAMED_ENTITY_SKIP = {"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"}


@dataclass
class Toponym:
    """A place mention before resolution; ``qualifier`` is the text of "Town, <qualifier>"."""

    start: int
    end: int
    text: str
    key: str
    source: str
    demonym_country: str | None = None
    qualifiers: list[str] = field(default_factory=list)
    kind_hint: str | None = None
    needs_match: bool = False
    # A weak mention (a small town's name the model did not tag as a place) is kept only
    # when its reading lies where the document's other places are; ``locative`` marks one
    # after "in/at/near/from".
    weak: bool = False
    locative: bool = False
    feature: str | None = None
    # A name that may stand for its county ("D-Braxton", "Barrow and Jackson counties").
    county_ok: bool = False
    # The story's dateline: where it is set, so it weighs more as context.
    dateline: bool = False
    # A region's short form after its town ("Roselle, Ill.", "Barrie, Ont.").
    region_short: bool = False
    # Said of a town rather than a region: "in/at New York", "New York-based".
    city_cue: bool = False


def is_feature_name(key: str, natural_words: set[str]) -> bool:
    """ "Selva River", "River Jordan", "Zagros Mountains": a natural feature's name by its
    own words."""
    head, _, last = key.rpartition(" ")
    first, _, rest = key.partition(" ")
    return bool(head and last in natural_words) or bool(rest and first in NATURAL_PREFIXES)


def _stoplist(gaz: Gazetteer) -> set[str]:
    words = set()
    for line in data_file("gazetteer", "stoplist.txt").read_text("utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(name_key(line))
    return words


class Detector:
    """Turns a spaCy Doc into toponyms; holds the stoplist and kind words."""

    def __init__(
        self, gaz: Gazetteer, kind_words: dict[str, list[str]], demonyms: bool = False
    ) -> None:
        self.gaz = gaz
        self.stop = _stoplist(gaz)
        self.kind_word = {w: kind for kind, ws in kind_words.items() for w in ws}
        self.natural_words = set(kind_words.get("natural") or ())
        self.demonyms = demonyms
        self.streets = StreetFinder()
        self.cues = Cues()
        cues = read_yaml(data_file("gazetteer", "person_cues.yaml")) or {}
        self.titles = {w.lower() for w in cues.get("titles") or []}
        self.verbs_after = {w.lower() for w in cues.get("verbs_after") or []}
        self.place_heads = {w.lower() for w in cues.get("place_heads") or []}
        self.roles = self.titles | {w.lower() for w in cues.get("roles") or []}

    # --- tests on names --------------------------------------------------------------

    def strong(self, key: str, min_city_pop: int = STRONG_CITY_POP) -> bool:
        """The name's likeliest reading is a well-known place (safe without NER support)."""
        for i in self.gaz.lookup(key)[:3]:
            kind = self.gaz.kind[i]
            if kind in STRONG_KINDS or (kind == "city" and self.gaz.population[i] >= min_city_pop):
                return True
            if i in self.gaz.curated_rows:
                return True
        return False

    def is_area(self, key: str) -> bool:
        """The name's likeliest reading is a country or a first-level region."""
        rows = self.gaz.lookup(key)
        return bool(rows) and self.gaz.kind[rows[0]] in ("country", "admin1")

    def has_town(self, key: str) -> bool:
        """Some reading of the name is a populated place (a weak mention can resolve)."""
        return any(self.gaz.kind[i] in ("city", "admin2") for i in self.gaz.lookup(key))

    def demonym(self, key: str) -> str | None:
        """Country of a demonym, singular or plural ("Afghan", "Afghans")."""
        if not self.demonyms:
            return None
        found = self.gaz.demonyms.get(key)
        if found is None and key.endswith("s"):
            found = self.gaz.demonyms.get(key[:-1])
        return found

    @staticmethod
    def _name_like(tok: Token) -> bool:
        return name_like(tok.text)

    @staticmethod
    def _sentence_initial(text: str, start: int) -> bool:
        j = start - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        return j < 0 or text[j] in SENTENCE_END

    # --- main ------------------------------------------------------------------------

    def detect(self, doc: Doc) -> list[Toponym]:
        text = doc.text
        found: list[Toponym] = []
        taken = [False] * len(doc)

        def claim(a: int, b: int, top: Toponym) -> None:
            for k in range(a, b):
                taken[k] = True
            found.append(top)

        ents = tuple(doc.ents)  # Doc.ents rebuilds its tuple on every access
        words, lowers = words_of(doc)
        common = {low for word, low in zip(words, lowers, strict=True) if word[:1].islower()}
        ent_label = [""] * len(doc)
        for ent in ents:
            for k in range(ent.start, ent.end):
                ent_label[k] = ent.label_
        # 0. street and route names ("Darby Street", "Highway 19").
        for st in self.streets.find(doc):
            if any(taken[k] for k in range(st.start_token, st.end_token)):
                continue
            span = doc[st.start_token : st.end_token]
            top = Toponym(span.start_char, span.end_char, span.text, name_key(span.text), "street")
            top.feature = "street"
            claim(st.start_token, st.end_token, top)
        # 0b. structural cues: dateline, a legislator's home, "X and Y counties".
        for cue in self._cue_spans(doc, text):
            if any(taken[k] for k in range(cue.start, cue.end)):
                continue
            top = self._cue_toponym(doc, cue)
            if top is not None:
                claim(cue.start, cue.end, top)
        # 1. multi-word gazetteer names, longest first ("Shir Khan Bandar", "Amu Darya").
        i = 0
        while i < len(doc):
            if taken[i] or not name_like(words[i]):
                i += 1
                continue
            hit = self._phrase_at(doc, i, ent_label, common)
            if hit is None:
                i += 1
                continue
            j, key = hit
            if any(taken[k] for k in range(i, j)):
                i += 1
                continue
            span = doc[i:j]
            claim(i, j, Toponym(span.start_char, span.end_char, span.text, key, "gazetteer"))
            i = j
        # 2. spaCy entities.
        for ent in ents:
            if any(taken[k] for k in range(ent.start, ent.end)):
                continue
            tops = self._from_entity(ent, text, common)
            for top in tops:
                claim(ent.start, ent.end, top)
            if not tops and ent.label_ in CARRIER_LABELS:
                for a, b, top in self._embedded(doc, ent, taken, common):
                    claim(a, b, top)
        # 3. strong single names the model did not tag at all.
        for i, word in enumerate(words):
            if taken[i] or ent_label[i] or not name_like(word):
                continue
            tok = doc[i]
            key = name_key(tok.text)
            if key in self.stop:
                continue
            country = self.demonym(key)
            end = tok.idx + len(tok.text)
            if country is not None:
                claim(tok.i, tok.i + 1, Toponym(tok.idx, end, tok.text, key, "demonym", country))
            elif self._sentence_initial(text, tok.idx):
                continue
            elif self.strong(key):
                claim(tok.i, tok.i + 1, Toponym(tok.idx, end, tok.text, key, "gazetteer"))
            elif self._civic(doc, key, tok.i + 1, common):
                claim(tok.i, tok.i + 1, Toponym(tok.idx, end, tok.text, key, "civic"))
            elif (
                self.has_town(key)
                and not tok.is_upper
                and not self._person_cue(doc, tok.i, tok.i + 1)
            ):
                top = Toponym(tok.idx, end, tok.text, key, "gazetteer", weak=True)
                top.locative = self._locative(doc, tok.i) or self._kind_apposition(doc, tok.i + 1)
                claim(tok.i, tok.i + 1, top)
        # 4. a single name that is part of a person's full name here ("Kristina Ripley")
        # is a surname, not a town, wherever it stands alone.
        persons = [
            ent
            for ent in ents
            if (ent.label_ == "PERSON" and self._person_like(ent)) or _initialled(ent)
        ]
        surnames = {name_key(tok.text) for ent in persons if len(ent) > 1 for tok in ent}
        # A name that a cue marks as a place here ("Alexandria police", "Greer, South
        # Carolina") is no surname.
        placed = {t.key for t in found if t.source in CUED_SOURCES or self._placed(doc, text, t)}
        surnames = {k for k in surnames if not self.is_area(k) and k not in placed}
        found[:] = [
            t for t in found if t.source in ("demonym", *CUED_SOURCES) or t.key not in surnames
        ]
        for t in found:
            if t.weak and t.key in placed:
                t.weak = False
        # A name right before a surname used in this text is a first name ("Chad Walker",
        # "Nadia Moayyad"), whatever place shares it; so is a name between a title and
        # another name ("spokesperson Nadia Farouk").
        family = {name_key(ent[-1].text) for ent in persons} - placed
        # A speaker's name ("Karimova said") marks the name before it as a first name
        # unless that is a state or a country ("the Arizona Republican asked").
        speakers = self._speakers(doc) - placed
        found[:] = [
            t
            for t in found
            if t.source in CUED_SOURCES
            or t.key in placed
            or not (
                self._first_name(doc, t, family)
                or (self._first_name(doc, t, speakers) and not self.is_area(t.key))
                or self._titled_name(doc, t)
            )
        ]
        # 5. one sense per document: a name taken as a place once is a place everywhere
        # ("Gainesville" tagged GPE once and PERSON later).
        self._propagate(doc, text, ents, found, taken, surnames)
        found.sort(key=lambda t: t.start)
        self._region_shorts(text, found)
        self._link(text, found)
        return found

    def _propagate(
        self,
        doc: Doc,
        doc_text: str,
        ents: tuple[Span, ...],
        found: list[Toponym],
        taken: list[bool],
        surnames: set[str],
    ) -> None:
        known = {
            t.key for t in found if t.key in self.gaz.index and t.source != "demonym" and not t.weak
        }
        known -= surnames
        if not known:
            return
        for ent in ents:
            if ent.label_ in NAMED_ENTITY_SKIP:
                continue
            if any(taken[k] for k in range(ent.start, ent.end)):
                continue
            start, end, text = _trim(ent, doc_text)
            key = name_key(text)
            if key in known:
                found.append(Toponym(start, end, text, key, "entity"))
                for k in range(ent.start, ent.end):
                    taken[k] = True
        for tok in doc:
            if taken[tok.i] or not self._name_like(tok):
                continue
            key = name_key(tok.text)
            if key in known and " " not in key:
                found.append(Toponym(tok.idx, tok.idx + len(tok.text), tok.text, key, "entity"))
                taken[tok.i] = True

    def _phrase_at(
        self, doc: Doc, i: int, ent_label: list[str], common: set[str]
    ) -> tuple[int, str] | None:
        """Longest 2+-token gazetteer name starting at token i, or None."""
        if name_key(doc[i].text) not in self.gaz.first_words:
            return None
        stop = min(len(doc), i + MAX_PHRASE_TOKENS)
        end = i + 1
        while end < stop and (self._name_like(doc[end]) or doc[end].text.lower() in CONNECTORS):
            end += 1
        for j in range(end, i + 1, -1):
            if not self._name_like(doc[j - 1]):
                continue
            span = doc[i:j]
            key = name_key(span.text)
            if key not in self.gaz.index:
                continue
            words = key.split()
            if all(w in self.stop or w in CONNECTORS for w in words):
                continue
            labels = {ent_label[k] for k in range(i, j)} - {""}
            # Inside an organisation or person name ("White House", "Los Angeles Times"
            # aside) a phrase counts only when it is a well-known place.
            if labels - PLACE_LABELS and not (self.strong(key) or self._civic(doc, key, j, common)):
                continue
            return j, key
        return None

    @staticmethod
    def _next_name(doc: Doc, top: Toponym) -> tuple[Span, Token] | None:
        """The one-token span of a one-word toponym and the capitalised token after it."""
        if " " in top.key or top.source == "demonym":
            return None
        span = doc.char_span(top.start, top.end)
        if span is None or len(span) != 1 or span.end >= len(doc) or not span[-1].whitespace_:
            return None
        nxt = doc[span.end]
        if not Detector._name_like(nxt) or nxt.is_upper:
            return None
        return span, nxt

    def _first_name(self, doc: Doc, top: Toponym, family: set[str]) -> bool:
        found = self._next_name(doc, top)
        return found is not None and name_key(found[1].text) in family

    def _titled_name(self, doc: Doc, top: Toponym) -> bool:
        """ "Minister Nadia Farouk": a name between a title or role noun and another
        capitalised name is a first name (not "Governor of Texas" nor "in Paris County")."""
        found = self._next_name(doc, top)
        if found is None:
            return False
        span, nxt = found
        if nxt.lower_ in self.kind_word or nxt.lower_ in self.place_heads:
            return False
        return span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in self.roles

    def _person_like(self, ent: Span) -> bool:
        """A PERSON entity of a name and a place's head word ("Greer Station", "Alexandria
        Commonwealth's") is a mistagged place or body, not a person's name."""
        toks = [t for t in ent if t.text not in POSSESSIVES]
        # "Sam Houston State University" is still named after a person.
        return len(toks) != 2 or toks[-1].lower_ not in self.place_heads

    def _placed(self, doc: Doc, text: str, top: Toponym) -> bool:
        """The text itself marks this mention as a place: its region follows ("Greer, South
        Carolina", "Roselle, Ill.") or a public body of its own ("Alexandria police")."""
        regions = self._region_after(text, top.end)
        g = self.gaz
        if any(g.within(i, q) for q in regions for i in g.lookup(top.key)):
            return True
        span = doc.char_span(top.start, top.end)
        return span is not None and self.cues.civic_after(doc, span.end)

    def _region_after(self, text: str, end: int) -> list[int]:
        """Rows of the country or region named right after ", " (its short form too)."""
        m = _AFTER_COMMA.match(text, end, end + 40)
        if m is None:
            return []
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            key = name_key(" ".join(words[:n]))
            if key in self.gaz.state_short and (n > 1 or "." in words[0] or words[0].isupper()):
                return [self.gaz.state_short[key]]
            if (n > 1 or key not in self.stop) and self.is_area(key):
                return list(self.gaz.lookup(key)[:1])
        return []

    def _speakers(self, doc: Doc) -> set[str]:
        """Single names used as a person's here: right before a speech verb ("Farouk
        said"), whatever the model tagged them; well-known places speak for their
        governments ("Moscow said") and stay places."""
        out = set()
        for tok in doc[1:]:
            if tok.lower_ in SPEECH_VERBS and self._name_like(doc[tok.i - 1]):
                out.add(name_key(doc[tok.i - 1].text))
        return {k for k in out if not self.is_area(k) and not self.strong(k)}

    def _civic(self, doc: Doc, key: str, j: int, common: set[str]) -> bool:
        """A town's name before its public body ("Grovetown police"); a word the text also
        writes in lower case ("Border Police", "border") is a common noun, not a town."""
        return (
            key not in self.stop
            and key not in common
            and self.has_town(key)
            and self.cues.civic_after(doc, j)
        )

    def _cue_spans(self, doc: Doc, text: str) -> list[CueSpan]:
        spans = self.cues.party_homes(doc) + self.cues.listed(doc)
        dateline = self.cues.dateline(doc, text)
        return [dateline, *spans] if dateline is not None else spans

    def _cue_toponym(self, doc: Doc, cue: CueSpan) -> Toponym | None:
        """A cue's name as a toponym when the gazetteer knows it (or its county)."""
        a = cue.start
        while a < cue.end and doc[a].lower_ == "the":
            a += 1
        if a == cue.end:
            return None
        span = doc[a : cue.end]
        key = name_key(span.text)
        if key in self.stop or self.demonym(key) is not None:
            return None
        county = cue.cue in ("party", "list")
        known = key in self.gaz.index or (
            county and any(f"{key} {w}" in self.gaz.index for w in ("county", "parish"))
        )
        if cue.cue == "party" and key in self.gaz.state_short:
            known = True
        if not known:
            return None
        top = Toponym(span.start_char, span.end_char, span.text, key, "cue")
        top.county_ok = county
        top.kind_hint = cue.kind
        top.dateline = cue.cue == "dateline"
        return top

    @staticmethod
    def _kind_apposition(doc: Doc, end: int) -> bool:
        """ "Khan Sheikhoun, a town in Idlib": the apposition says what the name is."""
        if end + 2 >= len(doc) or doc[end].text != ",":
            return False
        return doc[end + 1].lower_ in {"a", "an", "the"} and doc[end + 2].lower_ in KIND_OF

    @staticmethod
    def _locative(doc: Doc, i: int) -> bool:
        if i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in KIND_OF:
            return True
        return i > 0 and doc[i - 1].lower_ in LOCATIVE

    def _person_cue(self, doc: Doc, start: int, end: int) -> bool:
        """ "Mayor Mullins", "Bell said": a person's name, not a town's."""
        if start > 0 and doc[start - 1].lower_.rstrip(".") in self.titles:
            return True
        return end < len(doc) and doc[end].lower_ in self.verbs_after

    def _embedded(
        self, doc: Doc, ent: Span, taken: list[bool], common: set[str]
    ) -> list[tuple[int, int, Toponym]]:
        """Places inside a longer name: at its start or after "of" ("Alexandria police",
        "University of Georgia"). Only well-known places: a small town's name inside an
        organisation's is too often a person's or a brand's."""
        out: list[tuple[int, int, Toponym]] = []
        k = ent.start
        while k < ent.end:
            tok = doc[k]
            at_slot = (
                k == ent.start
                or doc[k - 1].lower_ in EMBED_AFTER
                or (k == ent.start + 1 and doc[ent.start].lower_ == "the")
            )
            if taken[k] or not at_slot or not self._name_like(tok) or tok.lower_ == "the":
                k += 1
                continue
            best = None
            for j in range(min(ent.end, k + MAX_PHRASE_TOKENS), k, -1):
                if not self._name_like(doc[j - 1]):
                    continue
                key = name_key(doc[k:j].text)
                if key in self.gaz.index and key not in self.stop:
                    best = (j, key)
                    break
            if best is None or (best[0] == ent.end and k == ent.start):
                k += 1
                continue
            j, key = best
            span = doc[k:j]
            top = Toponym(span.start_char, span.end_char, span.text, key, "embedded")
            if self.demonym(key) is not None:
                k += 1
                continue
            if self.strong(key):
                out.append((k, j, top))
            elif self._civic(doc, key, j, common):
                top.source = "civic"
                out.append((k, j, top))
            else:
                k += 1
                continue
            k = j
        return out

    def _from_entity(self, ent: Span, doc_text: str, common: set[str]) -> list[Toponym]:
        label = ent.label_
        if label not in PLACE_LABELS and label not in MISLABELLED:
            return []
        start, end, text = _trim(ent, doc_text)
        if not text or any(c.isdigit() for c in text):
            return []
        key = name_key(text)
        country = self.demonym(key)
        if country is not None:
            return [Toponym(start, end, text, key, "demonym", demonym_country=country)]
        if key in self.stop:
            return []
        if label == "NORP":
            label = "ORG"
        if label in MISLABELLED:
            min_pop = STRONG_PERSON_CITY_POP if label == "PERSON" else STRONG_CITY_POP
            if key in self.stop:
                return []
            if is_feature_name(key, self.natural_words):
                # "the River Selva" tagged ORG: a feature by its own words.
                return [Toponym(start, end, text, key, "ner")]
            if self.strong(key, min_pop):
                return [Toponym(start, end, text, key, "entity")]
            if self._civic(ent.doc, key, _end_token(ent, end), common):
                return [Toponym(start, end, text, key, "civic")]
            if self.has_town(key) and not self._person_cue(ent.doc, ent.start, ent.end):
                top = Toponym(start, end, text, key, "entity", weak=True)
                top.locative = self._locative(ent.doc, ent.start) or self._kind_apposition(
                    ent.doc, ent.end
                )
                return [top]
            return []
        if key in self.gaz.index or "," not in text:
            if key in self.stop and key not in self.gaz.index:
                return []
            return [Toponym(start, end, text, key, "ner", needs_match=label == "FAC")]
        # "Long Beach, California" as one entity: one toponym per part.
        parts: list[Toponym] = []
        offset = start
        for piece in text.split(","):
            lead = len(piece) - len(piece.lstrip())
            piece_text = piece.strip()
            if piece_text:
                s = offset + lead
                parts.append(
                    Toponym(s, s + len(piece_text), piece_text, name_key(piece_text), "ner")
                )
            offset += len(piece) + 1
        return parts

    def _region_shorts(self, text: str, found: list[Toponym]) -> None:
        """The short region after "Town, " is a place mention of its own ("Barrie, Ont.",
        "Dover, Del."): written with its dot or as a capitalised postal code."""
        added: list[Toponym] = []
        for top in found:
            m = _REGION_SHORT.match(text, top.end, top.end + 24)
            if m is None:
                continue
            short = m.group(1)
            key = name_key(short)
            if key not in self.gaz.state_short or not ("." in short or short.isupper()):
                continue
            start, end = m.start(1), m.end(1)
            found[:] = [t for t in found if not (t.start < end and start < t.end)]
            added.append(Toponym(start, end, short, key, "cue", region_short=True))
        if added:
            found.extend(added)
            found.sort(key=lambda t: t.start)

    def _link(self, text: str, found: list[Toponym]) -> None:
        """Reads "Town, Region" pairs and kind words ("Kunduz province") around toponyms."""
        for a, b in pairwise(found):
            between = text[a.end : b.start]
            if between.strip() == "," and len(between) <= 3:
                a.qualifiers.append(b.key)
        for top in found:
            before = text[max(0, top.start - 16) : top.start].split()
            if before and before[-1].lower() == "the":
                before = before[:-1]
            if before and before[-1].lower() in LOCATIVE:
                top.locative = True
            after = text[top.end : top.end + 40]
            prev = text[max(0, top.start - 16) : top.start].split()
            if (prev and prev[-1].lower() in CITY_BEFORE) or after.lower().startswith(CITY_AFTER):
                top.city_cue = True
            if prev and prev[-1].lower() in STATE_BEFORE:
                top.kind_hint = "admin1"
            rest = after.lstrip(" ")
            if rest.startswith(","):
                short = rest[1:].lstrip(" ").split(" ", 1)[0].rstrip(",;:)")
                key = name_key(short)
                if key in self.gaz.state_short and short[:1].isupper():
                    top.qualifiers.append(key)
            word = after.strip().split(" ", 1)[0].lower().strip(".,;:") if after.strip() else ""
            last = top.key.rpartition(" ")[2]
            if word in self.kind_word:
                top.kind_hint = self.kind_word[word]
                self._take_kind_word(top, after, word)
            elif " " in top.key and last in self.kind_word:
                top.kind_hint = self.kind_word[last]

    def _take_kind_word(self, top: Toponym, after: str, word: str) -> None:
        """ "Idlib province" names the province, not its same-named capital: when the name
        with its kind word is a gazetteer entry, the mention is that entry."""
        if top.source == "demonym" or top.feature == "street":
            return
        key = f"{top.key} {word}"
        if key not in self.gaz.index:
            return
        lead = len(after) - len(after.lstrip(" "))
        if not after[lead:].lower().startswith(word):
            return
        top.end += lead + len(word)
        top.text = f"{top.text}{after[: lead + len(word)]}"
        top.key = key


def _initialled(ent: Span) -> bool:
    """ "Tyrise M. Bell" tagged ORG: a name, an initial and a name make a person."""
    if len(ent) != 3:
        return False
    first, mid, last = ent
    return (
        len(mid.text) == 2
        and mid.text[0].isupper()
        and mid.text[1] == "."
        and first.text[:1].isupper()
        and first.is_alpha
        and last.text[:1].isupper()
        and last.is_alpha
    )


def _end_token(ent: Span, end_char: int) -> int:
    """Index of the first token after the trimmed entity text ending at ``end_char``."""
    k = ent.end
    while k > ent.start and ent.doc[k - 1].idx >= end_char:
        k -= 1
    return k


def _trim(ent: Span, text: str) -> tuple[int, int, str]:
    """Drops a leading "the" and a trailing possessive (``text`` is the doc's: Doc.text
    is rebuilt from the tokens on every access)."""
    toks = list(ent)
    while toks and toks[0].lower_ in {"the"}:
        toks = toks[1:]
    while toks and toks[-1].text in {"'s", "’s", "'", "’", "-", ","}:
        toks = toks[:-1]
    if not toks:
        return ent.start_char, ent.start_char, ""
    start = toks[0].idx
    end = toks[-1].idx + len(toks[-1].text)
    return start, end, text[start:end]
