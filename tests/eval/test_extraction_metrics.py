"""Metric functions on tiny strings with known values, and a smoke run of the evaluations."""

from __future__ import annotations

import pytest

from conftest import require_data
from wirewatch.eval.extraction import eval_scrapinghub, eval_wcxb_articles, eval_wcxb_forums
from wirewatch.eval.extraction_metrics import (
    mean_prf,
    shingle_scores,
    shingle_tp_fp_fn,
    shingles,
    tokens,
    word_prf,
)


def test_tokens_are_word_runs() -> None:
    assert tokens("Kyiv's mayor, 2024!") == ["Kyiv", "s", "mayor", "2024"]
    assert tokens(None) == []


def test_short_text_is_one_shingle() -> None:
    assert shingles("a b") == {("a", "b"): 1}
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("") == {}


def test_shingle_counts_are_normalised() -> None:
    # truth shingles: abcd, bcde; prediction: abcd, bcdf -> tp 1, fp 1, fn 1.
    assert shingle_tp_fp_fn("a b c d e", "a b c d f") == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert shingle_tp_fp_fn("a b c d", "a b c d") == (1.0, 0.0, 0.0)
    assert shingle_tp_fp_fn("", "") == (0.0, 0.0, 0.0)
    # case matters in this benchmark
    assert shingle_tp_fp_fn("A b c d", "a b c d") == (0.0, 0.5, 0.5)


def test_shingle_scores_skip_undefined_pages() -> None:
    pages = [(1.0, 0.0, 0.0), (0.0, 0.0, 1.0)]  # perfect page; page with empty prediction
    s = shingle_scores(pages)
    assert s["precision"] == 1.0  # the empty prediction does not enter precision
    assert s["recall"] == 0.5
    assert s["f1"] == pytest.approx(2 * 0.5 / 1.5)


def test_word_prf_known_values() -> None:
    assert word_prf("The cat sat", "the cat sat down") == pytest.approx((1.0, 0.75, 6 / 7))
    assert word_prf("a a b", "a b b") == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert word_prf("", "") == (1.0, 1.0, 1.0)
    assert word_prf("x", "") == (0.0, 0.0, 0.0)
    assert word_prf("", "x") == (0.0, 0.0, 0.0)


def test_mean_prf_averages_pages() -> None:
    assert mean_prf([(1.0, 0.5, 0.6), (0.0, 0.5, 0.2)]) == pytest.approx(
        {"precision": 0.5, "recall": 0.5, "f1": 0.4}
    )
    assert mean_prf([]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


@pytest.mark.parametrize(
    ("folder", "fn"),
    [
        ("scrapinghub", eval_scrapinghub),
        ("wcxb-dev", eval_wcxb_articles),
        ("wcxb-dev", eval_wcxb_forums),
    ],
)
def test_dataset_evaluations_smoke(folder: str, fn) -> None:  # type: ignore[no-untyped-def]
    require_data("extraction", folder)
    res = fn(5)
    assert res.skipped is None
    assert res.n == 5
    assert 0.0 <= res.metrics["f1"] <= 1.0
    assert "trafilatura_f1" in res.reference
    assert res.reference["errors"] == 0


def test_warm_up_page_gives_both_extractors_text() -> None:
    # The timed pages must not pay for imports: the warm-up really runs both sides.
    from wirewatch.eval.extraction import _WARM_PAGE, our_prediction, reference_prediction

    assert "extractors' modules" in our_prediction(_WARM_PAGE, None, True)
    assert "extractors' modules" in reference_prediction(_WARM_PAGE, None)
