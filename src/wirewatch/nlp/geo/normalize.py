"""One normal form for place names, shared by the gazetteer build and the lookup.

Case, accents, punctuation and "Saint"/"St." spellings vary between news text and GeoNames;
folding them the same way on both sides is what lets a plain dict lookup do the matching.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DROP = re.compile(r"[.'’`´]")
_SPLIT = re.compile(r"[^0-9a-z]+")
_SAINT = {"saint": "st", "ste": "st", "sainte": "st", "mount": "mt", "fort": "ft"}
MAX_NAME_CHARS = 120


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Casefolded, accent-free, punctuation-free form: "St. Louis" and "Saint-Louis" agree."""
    s = unicodedata.normalize("NFKD", name[:MAX_NAME_CHARS])
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = _DROP.sub("", s)
    words = [w for w in _SPLIT.split(s) if w]
    return " ".join(_SAINT.get(w, w) for w in words)


def is_latin_name(name: str) -> bool:
    """True for names written in Latin script, the only ones English news text uses."""
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)
