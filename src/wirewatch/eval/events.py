"""Event evaluations on ../shared/data/events.

- ``plover-synthetic``: PLOVER type of each synthetic story's main event, on a fixed split
  of held-out title templates (stories from one template share wording, so whole templates
  are held out; nothing in wirewatch is trained on them).
- ``cameo-quad``: CAMEO quad class (0 neutral, 1 verbal and 2 material cooperation,
  3 verbal and 4 material conflict) of each coded sentence's main event; no event is 0.
- ``cameo-spans``: token-overlap F1 of the main event's source and target phrases against
  the gold S/T spans.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from collections import Counter
from pathlib import Path

from wirewatch.api import analyze_texts
from wirewatch.eval.registry import EvalResult, dataset_path, register_eval
from wirewatch.extract.main_event import main_event

SYNTHETIC = ("events", "ngec-synthetic", "gpt_synthetic_events_2023-10-19_19.csv.zip")
CAMEO_CLASS = ("events", "conflibert", "cameo_class.train.tsv")
CAMEO_SPANS = ("events", "conflibert", "cameo_ner.train.txt")
HELD_OUT_SHARE = 5  # one template in five is held out
DEV_LINES = 600  # cameo-quad: lines used while writing rules


def held_out_template(title: str) -> bool:
    """The fixed split: a template is held out by a hash of its title, never by row."""
    return int(hashlib.sha1(title.encode("utf-8")).hexdigest(), 16) % HELD_OUT_SHARE == 0


_DATELINE = re.compile(r"\s*\([^()]{1,40}\)\s*(?:--|-|—)\s*$")


def story_text(row: dict[str, str]) -> str:
    """Headline and story as a reader sees them (the prompt holds the headline and a
    "(Reuters) --" dateline, which is dropped)."""
    headline = _DATELINE.sub("", row.get("prompt") or "").strip()
    return f"{headline}\n\n{row['text'].strip()}" if headline else row["text"]


def load_synthetic(path: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".csv"))
        return list(csv.DictReader(io.TextIOWrapper(zf.open(name), encoding="utf-8")))


@register_eval("plover-synthetic")
def eval_plover_synthetic(limit: int | None) -> EvalResult:
    path = dataset_path(*SYNTHETIC)
    if path is None:
        return EvalResult("plover-synthetic", skipped="events/ngec-synthetic not found")
    rows = [r for r in load_synthetic(path) if held_out_template(r["title"])]
    rows = rows[:limit] if limit else rows
    correct, found = 0, 0
    confusion: Counter[tuple[str, str]] = Counter()
    for row, doc in zip(rows, analyze_texts(story_text(r) for r in rows), strict=True):
        event = main_event(doc)
        predicted = event.type if event else "NONE"
        found += event is not None
        correct += predicted == row["label"]
        confusion[(row["label"], predicted)] += 1
    n = len(rows)
    return EvalResult(
        "plover-synthetic",
        metrics={"type_accuracy": correct / n if n else 0.0},
        n=n,
        reference={
            "stories_with_an_event": found / n if n else 0.0,
            "top_confusions": {f"{g}>{p}": c for (g, p), c in confusion.most_common(20) if g != p},
        },
    )


# The coded sentences put CAMEO 16 (reduce relations: sanctions, expulsions, aid cut,
# cancelled visits) with the verbal conflicts, not with force: of the sentences whose act
# is a sanction, nearly all carry label 3.
VERBAL_CONFLICT_ROOTS = frozenset({9, 10, 11, 12, 13, 16})


def quad_class(cameo: str | None) -> int:
    if not cameo:
        return 0
    root = int(cameo[:2])
    if root <= 2:
        return 0
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root in VERBAL_CONFLICT_ROOTS:
        return 3
    return 4


@register_eval("cameo-quad")
def eval_cameo_quad(limit: int | None) -> EvalResult:
    path = dataset_path(*CAMEO_CLASS)
    if path is None:
        return EvalResult("cameo-quad", skipped="events/conflibert not found")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            text, label = line.rsplit("\t", 1)
            if label.strip().isdigit():
                rows.append((text, int(label)))
    rows = rows[:limit] if limit else rows
    hits = []
    confusion: Counter[tuple[int, int]] = Counter()
    for (_text, label), doc in zip(rows, analyze_texts(t for t, _ in rows), strict=True):
        event = main_event(doc)
        predicted = quad_class(event.cameo if event else None)
        hits.append(predicted == label)
        confusion[(label, predicted)] += 1
    n = len(rows)
    # Rules were developed on the first DEV_LINES lines; the rest shows how they carry over.
    dev, rest = hits[:DEV_LINES], hits[DEV_LINES:]
    return EvalResult(
        "cameo-quad",
        metrics={"accuracy": sum(hits) / n if n else 0.0},
        n=n,
        reference={
            "accuracy_dev_lines": sum(dev) / len(dev) if dev else 0.0,
            "accuracy_other_lines": sum(rest) / len(rest) if rest else 0.0,
            "confusion_gold_predicted": {f"{g}>{p}": c for (g, p), c in sorted(confusion.items())},
        },
    )


def read_bio(path: Path) -> list[tuple[list[str], list[str]]]:
    sentences, tokens, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        word, _, tag = line.rpartition(" ")
        tokens.append(word)
        tags.append(tag)
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def _token_spans(tokens: list[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for tok in tokens:
        spans.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return spans


def _tokens_in(text_span: tuple[int, int] | None, spans: list[tuple[int, int]]) -> set[int]:
    if text_span is None:
        return set()
    s, e = text_span
    return {i for i, (a, b) in enumerate(spans) if a < e and b > s}


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@register_eval("cameo-spans")
def eval_cameo_spans(limit: int | None) -> EvalResult:
    path = dataset_path(*CAMEO_SPANS)
    if path is None:
        return EvalResult("cameo-spans", skipped="events/conflibert not found")
    data = read_bio(path)
    data = data[:limit] if limit else data
    texts = [" ".join(toks) for toks, _ in data]
    counts = {"S": [0, 0, 0], "T": [0, 0, 0]}
    for (toks, tags), text, doc in zip(data, texts, analyze_texts(texts), strict=True):
        spans = _token_spans(toks)
        event = main_event(doc)
        predicted = {"S": set(), "T": set()}
        if event is not None:
            for role, phrase in (("S", event.source_text), ("T", event.target_text)):
                if phrase:
                    start = text.find(phrase, max(0, event.span[0]))
                    if start >= 0:
                        predicted[role] = _tokens_in((start, start + len(phrase)), spans)
        for role in ("S", "T"):
            gold = {i for i, t in enumerate(tags) if t.endswith(f"-{role}")}
            tp = len(gold & predicted[role])
            counts[role][0] += tp
            counts[role][1] += len(predicted[role]) - tp
            counts[role][2] += len(gold) - tp
    source_f1 = _f1(*counts["S"])
    target_f1 = _f1(*counts["T"])
    return EvalResult(
        "cameo-spans",
        metrics={
            "source_f1": source_f1,
            "target_f1": target_f1,
            "mean_f1": (source_f1 + target_f1) / 2,
        },
        n=len(data),
    )
