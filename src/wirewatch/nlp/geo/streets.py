"""Street and route names ("Darby Street", "Highway 19", "County Road 56") from tokens.

They are places in local news, yet no gazetteer lists them; a token pattern finds them:
capitalised words before a street suffix, or a route prefix before a number. The word
lists are data (``data/gazetteer/streets.yaml``) so that an analyst can extend them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirewatch.nlp.geo.gazetteer import data_file, read_yaml
from wirewatch.nlp.geo.words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class StreetSpan:
    start_token: int
    end_token: int


def _fold(word: str) -> str:
    return word.lower().rstrip(".")


class StreetFinder:
    """Finds street and route token spans in a spaCy Doc."""

    def __init__(self, spec: dict | None = None) -> None:
        spec = spec if spec is not None else read_yaml(data_file("gazetteer", "streets.yaml"))
        self.suffixes = {_fold(w) for w in spec.get("suffixes") or []}
        self.prefixes = [tuple(_fold(w) for w in p.split()) for p in spec.get("prefixes") or []]
        self.prefixes.sort(key=len, reverse=True)
        # Longest first, per first word: a route can only start where its first word stands.
        self._prefixes_by_first: dict[str, list[tuple[str, ...]]] = {}
        for prefix in self.prefixes:
            if prefix:
                self._prefixes_by_first.setdefault(prefix[0], []).append(prefix)
        self.not_in_name = {_fold(w) for w in spec.get("not_in_name") or []}
        self.before = {_fold(w) for w in spec.get("before") or []}

    @staticmethod
    def _capitalised(text: str) -> bool:
        return text[:1].isupper() or text[:1].isdigit()

    def _route_at(self, words: list[str], folds: list[str], i: int) -> int | None:
        """End token of "Highway 19" / "Interstate 395" starting at token i, or None."""
        if not words[i][:1].isupper():
            return None
        n = len(words)
        for prefix in self._prefixes_by_first.get(folds[i], ()):
            j = i + len(prefix)
            if j >= n:
                continue
            if all(folds[i + k] == w for k, w in enumerate(prefix)):
                nxt = words[j]
                if nxt[:1].isdigit() and len(nxt) <= 5:
                    return j + 1
                if nxt == "-" and j + 1 < n and words[j + 1][:1].isdigit():
                    return j + 2
        return None

    def find(self, doc: Doc) -> list[StreetSpan]:
        out: list[StreetSpan] = []
        words, _ = words_of(doc)
        folds = [_fold(w) for w in words]
        i = 0
        n = len(doc)
        while i < n:
            end = self._route_at(words, folds, i)
            if end is not None:
                out.append(StreetSpan(i, end))
                i = end
                continue
            word = folds[i]
            if word in self.suffixes and words[i][:1].isupper() and i > 0:
                stop = i + 1
                start = i
                while (
                    start > 0
                    and i - start < MAX_NAME_WORDS
                    and self._capitalised(words[start - 1])
                    and folds[start - 1] not in self.not_in_name
                    and folds[start - 1] not in self.suffixes
                    and doc[start - 1].is_alpha | words[start - 1][:1].isdigit()
                ):
                    start -= 1
                if (
                    start < i
                    and self._located(doc, start)
                    and not self._sentence_start_only(doc, start, i)
                ):
                    out.append(StreetSpan(start, stop))
            i += 1
        return out

    def _located(self, doc: Doc, start: int) -> bool:
        """A street name counts after a house number or a word such as "on" or "at":
        "the Main Street program" is a name, "on Main Street" a place."""
        if start == 0:
            return False
        prev = doc[start - 1].text
        return prev[:1].isdigit() or _fold(prev) in self.before

    @staticmethod
    def _sentence_start_only(doc: Doc, start: int, suffix: int) -> bool:
        """ "Drive carefully" style: one sentence-initial word before a verb-like suffix."""
        return suffix - start == 1 and doc[start].is_sent_start and doc[suffix].pos_ == "VERB"
