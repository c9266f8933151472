"""Lists the extractor dropped after the sentence that introduces them are put back."""

from __future__ import annotations

from wirewatch.clean.html_lists import (
    orphan_intros,
    restore_dropped_headings,
    restore_dropped_lists,
)
from wirewatch.clean.html_parse import parse_html

INTRO = "The inspectors asked the committee for three things:"
AFTER = "The committee has not yet replied to the inspectors."


def _page(between: str = "", wrapper: str = "article") -> str:
    return f"""<html><body><{wrapper}><p>{INTRO}</p>{between}<ul>
<li><a href="/a">Access to the northern depot</a></li>
<li><b>Records:</b> the fuel logs for March</li></ul>
<p>{AFTER}</p></{wrapper}></body></html>"""


def test_orphan_intro_needs_a_colon_and_no_list_after_it():
    assert orphan_intros([INTRO, AFTER]) == {INTRO}
    assert orphan_intros([INTRO, "- Access to the northern depot"]) == set()
    assert orphan_intros(["A sentence that ends normally.", AFTER]) == set()


def test_dropped_list_is_restored_after_its_intro():
    body = f"{INTRO}\n\n{AFTER}"
    out = restore_dropped_lists(parse_html(_page()), body)
    assert out.split("\n\n") == [
        INTRO,
        "- Access to the northern depot",
        "- Records: the fuel logs for March",
        AFTER,
    ]


def test_invisible_siblings_between_intro_and_list_are_skipped():
    body = f"{INTRO}\n\n{AFTER}"
    out = restore_dropped_lists(parse_html(_page("<style>.x{margin:0}</style>")), body)
    assert "- Access to the northern depot" in out


def test_lists_in_page_chrome_and_kept_lists_are_left_alone():
    body = f"{INTRO}\n\n{AFTER}"
    assert restore_dropped_lists(parse_html(_page(wrapper="nav")), body) == body
    kept = f"{INTRO}\n\nAccess to the northern depot\n\n{AFTER}"
    assert restore_dropped_lists(parse_html(_page()), kept) == kept


def test_table_rows_follow_their_intro():
    page = f"""<html><body><p>{INTRO}</p><table><tr><th>Item</th><th>Due</th></tr>
<tr><td>Depot access</td><td>May</td></tr></table><p>{AFTER}</p></body></html>"""
    out = restore_dropped_lists(parse_html(page), f"{INTRO}\n\n{AFTER}")
    assert "| Item | Due |\n\n| Depot access | May |" in out


def test_dropped_heading_is_restored_only_before_a_kept_paragraph():
    page = f"""<html><body><article><h2>Why was the depot closed?</h2><p>{AFTER}</p>
<h2>Other news</h2><p>Unrelated teaser the extractor left out.</p></article></body></html>"""
    out = restore_dropped_headings(parse_html(page), f"{INTRO}\n\n{AFTER}")
    assert out.split("\n\n") == [INTRO, "Why was the depot closed?", AFTER]


def test_heading_before_a_wrapper_or_list_is_restored_when_its_first_part_was_kept():
    page = f"""<html><body><article><h5>What happened next</h5><div><p>{AFTER}</p></div>
<h3>Steps taken</h3><ul><li>Roads were reopened.</li><li>Aid arrived.</li></ul>
<h3>Sponsored</h3><div><p>An advert the extractor left out.</p></div></article></body></html>"""
    body = f"{INTRO}\n\n{AFTER}\n\n- Roads were reopened.\n\n- Aid arrived."
    out = restore_dropped_headings(parse_html(page), body)
    assert out.split("\n\n") == [
        INTRO,
        "What happened next",
        AFTER,
        "Steps taken",
        "- Roads were reopened.",
        "- Aid arrived.",
    ]
