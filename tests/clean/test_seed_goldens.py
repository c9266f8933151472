"""The two real seed pages against expectations written by reading them (golden files).

The expectation files hold only short snippets; the pages themselves stay in ../shared/data
and these tests skip when it is absent.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from conftest import require_data
from wirewatch.clean.result import Cleaned
from wirewatch.clean.text import clean_text

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "seeds"
EXPECTATIONS = sorted(GOLDEN.glob("*.expect.json"))


def _fold(s: str) -> str:
    return " ".join(s.replace("\u2013", "-").replace("\u2014", "-").split())


def _clean(expect: dict) -> tuple[Cleaned, float]:
    text = require_data("seeds", expect["seed"]).read_text(encoding="utf-8")
    started = time.perf_counter()
    cleaned = clean_text(text)
    return cleaned, time.perf_counter() - started


def _comment_with(cleaned: Cleaned, snippet: str):
    found = [c for c in cleaned.comments if snippet in c.text]
    assert found, f"no comment contains {snippet!r}"
    return found[0]


@pytest.fixture(params=EXPECTATIONS, ids=[p.name.split(".")[0] for p in EXPECTATIONS])
def case(request) -> tuple[dict, Cleaned, float]:
    expect = json.loads(request.param.read_text(encoding="utf-8"))
    cleaned, seconds = _clean(expect)
    return expect, cleaned, seconds


def test_title(case):
    expect, cleaned, _ = case
    if "author" in expect:
        assert cleaned.author == expect["author"]
    assert _fold(cleaned.title or "") == _fold(expect["title"])
    for bad in expect.get("title_not_contains", []):
        assert bad not in (cleaned.title or "")


def test_body_snippets(case):
    expect, cleaned, _ = case
    assert cleaned.body.startswith(expect["body_starts_with"])
    for snippet in expect["body_contains"]:
        assert snippet in cleaned.body, snippet
    for snippet in expect["body_not_contains"]:
        assert snippet not in cleaned.body, snippet
    paragraphs = {_fold(p) for p in cleaned.body.split("\n\n")}
    for line in expect.get("body_paragraph_never", []):
        assert _fold(line) not in paragraphs


def test_comments(case):
    expect, cleaned, _ = case
    assert expect["comments_min"] <= len(cleaned.comments) <= expect["comments_max"]
    assert [c.id for c in cleaned.comments] == [
        f"c{i}" for i in range(1, len(cleaned.comments) + 1)
    ]
    for snippet in expect.get("comments_contain", []):
        _comment_with(cleaned, snippet)
    authors = {c.author for c in cleaned.comments}
    assert set(expect.get("comment_authors_include", [])) <= authors
    if "first_comment" in expect:
        first = cleaned.comments[0]
        want = expect["first_comment"]
        assert (first.author, first.posted, first.parent) == (
            want["author"],
            want["posted"],
            want["parent"],
        )
    by_id = {c.id: c for c in cleaned.comments}
    for child, parent in expect.get("parents", []):
        c = next(x for x in cleaned.comments if x.author == child)
        got = by_id[c.parent].author if c.parent else None
        assert got == parent, (child, got)


def test_publication_date(case):
    expect, cleaned, _ = case
    assert cleaned.published == expect["published"]
    if "published_from" in expect:
        assert cleaned.published_from == expect["published_from"]
    for bad in expect.get("published_not", []):
        assert not (cleaned.published or "").startswith(bad)


def test_repeats_collapsed_and_quotes_listed(case):
    expect, cleaned, _ = case
    everything = "\n".join([cleaned.body, *(c.text for c in cleaned.comments)])
    for snippet in expect["once_across_body_and_comments"]:
        assert everything.count(snippet) == 1, snippet
    owners = {q for c in cleaned.comments for q in c.quotes}
    assert set(expect.get("quoted_owners_include", [])) <= owners
    for rule in expect.get("comment_quotes", []):
        quoting = _comment_with(cleaned, rule["comment_contains"])
        quoted = _comment_with(cleaned, rule["quotes_comment_containing"])
        assert quoted.id in quoting.quotes


def test_dropped(case):
    expect, cleaned, _ = case
    for kind, snippets in expect["dropped_contains"].items():
        texts = [d.text for d in cleaned.dropped if d.kind == kind]
        for snippet in snippets:
            assert snippet in texts, (kind, snippet)


# Cleaning speed is reported by `make bench`, not asserted here: timed tests fail on busy
# machines for reasons unrelated to the code.
