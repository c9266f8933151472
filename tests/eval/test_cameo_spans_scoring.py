"""The cameo-spans scorer: sentences rebuilt as a page writes them, roles found by offset."""

from __future__ import annotations

from wirewatch.api import analyze_texts
from wirewatch.eval.events import _add, _predicate_tokens, detokenized


def test_possessive_is_rebuilt_without_spaces_and_spans_follow() -> None:
    tokens = ["Saudi", "Arabia", "’", "s", "Asir", "region"]
    text, spans = detokenized(tokens)
    assert text == "Saudi Arabia’s Asir region"
    assert [text[a:b] for a, b in spans] == tokens


def test_a_lone_apostrophe_keeps_its_spaces() -> None:
    text, _spans = detokenized(["the", "'", "war", "'", "he", "said"])
    assert text == "the ' war ' he said"


def test_counts_are_true_false_positives_and_misses() -> None:
    counts = [0, 0, 0]
    _add(counts, gold={1, 2, 3}, predicted={2, 3, 4, 5})
    assert counts == [2, 2, 1]


def test_a_sentence_without_an_event_is_read_at_its_predicate_and_left_unchanged() -> None:
    tokens = ["The", "union", "said", "it", "is", "skeptical", "of", "the", "plan", "."]
    text, spans = detokenized(tokens)
    doc = next(iter(analyze_texts([text])))
    assert doc.events == []  # an attitude names no PLOVER act: no event is made up
    predicted = _predicate_tokens(doc, text, spans)
    assert predicted == {"S": {1}, "T": {8}}
