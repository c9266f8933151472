"""Where a story's sources disagree: counts, dates, and expansions of one acronym.

Claims are compared only where the sources speak of the same thing: numbers and dates within
the mentions of one merged event; acronym expansions across the whole story (an acronym
names one organisation within a story).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_QUANTITY_FILE = Path(__file__).with_name("quantities.yaml")
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[,\u202f ]\d{3})+|\d+(?:\.\d+)?)(\s+(?:thousand|million))?"
    r"((?:[\s-]+[A-Za-z'’-]{1,30}){1,4})"
)
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_NAME_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_JOINERS = frozenset({"of", "the", "for", "and", "on", "in", "de", "du", "des", "la", "al"})
MAX_SCAN = 200_000


@lru_cache(maxsize=1)
def quantity_nouns() -> dict[str, str]:
    data = yaml.safe_load(_QUANTITY_FILE.read_text(encoding="utf-8"))
    return {noun: label for label, nouns in data.items() for noun in nouns}


def quantities(sentence: str) -> dict[str, float]:
    """Counts in a sentence by label, e.g. {"soldiers": 7000.0} for "7,000 soldiers"."""
    nouns = quantity_nouns()
    out: dict[str, float] = {}
    for m in _NUMBER.finditer(sentence[:MAX_SCAN]):
        value = float(re.sub(r"[,\u202f ]", "", m.group(1)))
        if m.group(2):
            value *= 1_000 if "thousand" in m.group(2) else 1_000_000
        for word in re.split(r"[\s-]+", m.group(3).strip().lower()):
            label = nouns.get(word.strip("'’"))
            if label:
                out.setdefault(label, value)
                break
    return out


def acronym_expansions(text: str) -> dict[str, str]:
    """ACRONYM → the words before "(ACRONYM)" whose initials spell it."""
    out: dict[str, str] = {}
    for m in _ACRONYM.finditer(text[:MAX_SCAN]):
        acro = m.group(1)
        letters = [c for c in acro if c.isupper()]
        before = _NAME_WORD.findall(text[max(0, m.start() - 200) : m.start()])[-12:]
        picked: list[str] = []
        need = list(reversed(letters))
        for word in reversed(before):
            if not need:
                break
            if word.lower() in _JOINERS and picked:
                picked.append(word)
                continue
            if word[0].upper() == need[0] and word[0].isupper():
                picked.append(word)
                need.pop(0)
            else:
                break
        while picked and picked[-1].lower() in _JOINERS:
            picked.pop()
        if not need and picked:
            out.setdefault(acro, " ".join(reversed(picked)))
    return out


def _across_sources(claims_by_value: dict[Any, list[dict[str, str]]]) -> bool:
    """Do two sources state different values? One page giving two dates for what merged
    into one event is its own inconsistency (often two acts merged), not sources at odds."""
    docs = [{c["document"] for c in claims} for claims in claims_by_value.values()]
    return any(a != b or len(a) > 1 for i, a in enumerate(docs) for b in docs[i + 1 :])


def story_disagreements(
    events: list[dict[str, Any]], bodies: dict[str, str]
) -> list[dict[str, Any]]:
    """Disagreements for a story from its merged events' evidence and its documents' bodies."""
    found: list[dict[str, Any]] = []
    for ev in events:
        what = ev["type"]
        by_label: dict[str, dict[float, list[dict[str, str]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for item in ev["evidence"]:
            for label, value in quantities(item["sentence"] or "").items():
                by_label[label][value].append(
                    {"document": item["document"], "text": item["sentence"]}
                )
        for label, values in sorted(by_label.items()):
            if _across_sources(values):
                found.append(
                    {"about": f"number of {label} ({what} event)",
                     "claims": [c for v in sorted(values) for c in values[v]]}
                )  # fmt: skip
        dates: dict[str, list[dict[str, str]]] = defaultdict(list)
        for item in ev["evidence"]:
            if item.get("date"):
                dates[item["date"]].append({"document": item["document"], "text": item["date"]})
        if _across_sources(dates):
            found.append(
                {"about": f"date of the {what} event",
                 "claims": [c for d in sorted(dates) for c in dates[d]]}
            )  # fmt: skip
    expansions: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for doc_id, body in bodies.items():
        for acro, words in acronym_expansions(body).items():
            expansions[acro][words.lower()].append(
                {"document": doc_id, "text": f"{words} ({acro})"}
            )
    for acro, variants in sorted(expansions.items()):
        if len(variants) > 1:
            found.append(
                {"about": f"expansion of {acro}",
                 "claims": [c for v in sorted(variants) for c in variants[v]]}
            )  # fmt: skip
    return found
