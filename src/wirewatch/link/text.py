"""Words, shingles and weighted terms: the text features linking compares documents by.

Tokenising is one linear regex pass over text already capped by the pipeline
(``max_body_chars``); everything here is deterministic so re-ingest gives the same features.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_STOPWORDS_FILE = Path(__file__).with_name("stopwords.txt")
MAX_TEXT_CHARS = 400_000


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    words: set[str] = set()
    for line in _STOPWORDS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


def words(text: str) -> list[str]:
    """Lowercased word tokens (letters or numbers), accents folded."""
    text = text[:MAX_TEXT_CHARS]
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def shingles(tokens: list[str], k: int) -> set[str]:
    """Overlapping k-word windows; a short text is one shingle of all its words."""
    if len(tokens) < k:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + k]) for i in range(len(tokens) - k + 1)}


def stem(word: str) -> str:
    """A crude plural fold (troops → troop) so inflection does not split a story."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    if word.endswith("'s"):
        return word[:-2]
    return word


def content_terms(title: str | None, body: str) -> Counter[str]:
    """Counts of content words; title words count double (headlines name the story)."""
    stop = stopwords()
    counts: Counter[str] = Counter()
    for weight, text in ((2, title or ""), (1, body)):
        for w in words(text):
            if len(w) < 3 or w in stop or w[0].isdigit():
                continue
            counts[stem(w)] += weight
    return counts


def tfidf(counts: Counter[str], df: dict[str, int], n_docs: int, keep: int) -> dict[str, float]:
    """Sublinear tf x smoothed idf, the ``keep`` heaviest terms, L2-normalised."""
    weights = {
        t: (1.0 + math.log(c)) * (math.log((n_docs + 1) / (df.get(t, 0) + 1)) + 1.0)
        for t, c in counts.items()
    }
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:keep]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


def normalize_name(name: str) -> str:
    """Case- and accent-folded name with single spaces: the key actors/places are matched by."""
    return " ".join(words(name))
