"""The cameo-spans scorer: sentences rebuilt as a page writes them, roles found by offset."""

from __future__ import annotations

from wirewatch.eval.events import _add, detokenized


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
