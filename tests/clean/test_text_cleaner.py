"""Flattened-text cleaner: one small hand-written page per rule, plus property tests."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.clean.repeats import RepeatIndex, strip_repeats
from wirewatch.clean.text import clean_text
from wirewatch.clean.text_dates import parse_date_line

ARTICLE = (
    "The ministry said on Friday that troops would be sent to the border region at once.\n"
    "\n"
    "Officials added that the move was a precaution and no fighting had been reported yet.\n"
)


def dropped(cleaned, kind):
    return [d.text for d in cleaned.dropped if d.kind == kind]


def test_title_site_suffix_is_split_off_and_dropped():
    c = clean_text("Troops sent to border | Example Daily\n\n" + ARTICLE)
    assert c.title == "Troops sent to border"
    assert "| Example Daily" in dropped(c, "other")
    assert "Example Daily" not in c.body


def test_dash_tail_kept_unless_it_names_a_site_or_the_title_repeats():
    c = clean_text("Troops sent to Afghanistan – Tajikistan Border\n\n" + ARTICLE)
    assert c.title == "Troops sent to Afghanistan – Tajikistan Border"
    page = "Troops sent to the border – Acme Premium\n\nTroops sent to the border\n\n" + ARTICLE
    c = clean_text(page)
    assert c.title == "Troops sent to the border"
    assert dropped(c, "duplicate") == ["Troops sent to the border"]


def test_title_hint_is_preferred():
    c = clean_text("Home\nSome Other Headline Here\n\n" + ARTICLE, title_hint="The real title")
    assert c.title == "The real title"


def test_header_tags_caption_and_heading():
    page = (
        "Troops head south – Acme News\n"
        "Russia Pakistan China\n\n"
        "Troops head south\n\n" + ARTICLE + "\nTroops head south\n\nSource: Pixabay\n\n"
        "Why the sudden need for troops?\n\n"
        "Analysts say the region has become less stable over the past year.\n"
    )
    c = clean_text(page)
    assert c.title == "Troops head south"
    assert "Russia Pakistan China" in dropped(c, "navigation")
    assert "Source: Pixabay" in dropped(c, "caption")
    assert "Troops head south" in dropped(c, "caption")
    assert "Why the sudden need for troops?" in c.body.split("\n\n")
    assert c.body.startswith("The ministry said")
    assert "Pixabay" not in c.body and "Troops head south" not in c.body


def test_body_paragraphs_are_separated_by_one_blank_line():
    c = clean_text("A headline for the test\n\n\n\n" + ARTICLE)
    assert c.body.count("\n\n") == 1 and "\n\n\n" not in c.body


def test_dateline_and_byline_in_header():
    page = "Troops sent\nBy Jane Smith\nPublished July 9, 2021\n\n" + ARTICLE
    c = clean_text(page)
    assert c.published == "2021-07-09" and c.published_from == "text"
    assert c.author == "Jane Smith"
    assert "By Jane Smith" in dropped(c, "byline")


def test_comment_forms_and_related_teasers_are_dropped():
    page = (
        "Troops sent\n\n" + ARTICLE + "\nRelated articles\n"
        "Army chief visits the front line\nMinistry denies new deployment plans\n\n"
        "Leave a Reply\nPlease enter your comment!\nPlease enter your name here\n"
    )
    c = clean_text(page)
    assert "Army chief visits the front line" in dropped(c, "related")
    assert "Related articles" in dropped(c, "related")
    assert "Please enter your comment!" in dropped(c, "comment-form")
    assert "Leave a Reply" in dropped(c, "comment-form")
    assert "Army chief" not in c.body and "Please enter" not in c.body


def test_identical_body_lines_collapse():
    c = clean_text("Troops sent\n\n" + ARTICLE + "\n" + ARTICLE)
    assert c.body.count("troops would be sent") == 1
    assert len(dropped(c, "duplicate")) == 2


THREADED = (
    "Troops sent\n\n" + ARTICLE + "\nComments (3)\n\n"
    "  • Alice\n\n"
    "    Russia is creeping into the region and a new standoff has started.\n\n"
    "    September 30, 2015 at 4:52 pm\n"
    "    • Bob\n\n"
    "      Why should anyone care who takes up the slack now?\n\n"
    "      September 30, 2015 at 5:10 pm\n"
    "  • Carol\n\n"
    "    creeping into the region and a new standoff has started\n\n"
    "    Not really, it is all talk and no action at all.\n\n"
    "    October 1, 2015 at 1:22 am\n"
    "\nSaved Articles\n"
)


def test_threaded_comments_authors_times_nesting():
    c = clean_text(THREADED)
    assert [x.author for x in c.comments] == ["Alice", "Bob", "Carol"]
    assert [x.id for x in c.comments] == ["c1", "c2", "c3"]
    assert c.comments[0].posted == "2015-09-30T16:52:00"
    assert c.comments[1].parent == "c1"
    assert c.comments[2].parent is None
    assert "Comments (3)" in dropped(c, "navigation")
    assert "Saved Articles" in dropped(c, "navigation")
    assert "Alice" not in c.body and "2015" not in c.body


def test_published_bounded_by_earliest_comment():
    c = clean_text(THREADED)
    assert c.published == "2015-09-30" and c.published_from == "comments"


def test_partial_sentence_quote_is_removed_and_attributed():
    c = clean_text(THREADED)
    carol = c.comments[2]
    assert carol.quotes == ["c1"]
    assert "new standoff" not in carol.text
    assert carol.text == "Not really, it is all talk and no action at all."
    assert any("new standoff" in t for t in dropped(c, "duplicate"))


def test_comment_without_author_line_after_a_timestamp():
    page = THREADED.replace(
        "  • Carol\n",
        "    An unsigned remark that lost its author line somehow.\n\n"
        "    September 30, 2015 at 6:00 pm\n  • Carol\n",
    )
    c = clean_text(page)
    assert [x.author for x in c.comments] == ["Alice", "Bob", None, "Carol"]


FORUM = (
    "What's new\n\n"
    "Troops ready to defend allies on the border\n\n"
    "SomeUser\n\nFeb 22, 2017\nReaction score\nUnited States\n"
    "Troops are ready to defend the border, officials say\n\n\n"
    + ARTICLE
    + "\nThe ministry added that reserves had been placed on alert across the south.\n"
    "Officials added that the move was a precaution and no fighting had been reported yet.\n"
    "I doubt this is only a precaution, they have been planning it for months.\n"
    "I doubt this is only a precaution, they have been planning it for months.\n"
    "You are wrong about that.\n"
    "Nobody believes official statements about troop movements any more.\n"
    "Last edited:\n"
    "Top Bottom\n"
)


def test_forum_profile_block_and_chrome_are_dropped_and_join_date_ignored():
    c = clean_text(FORUM)
    assert c.title == "Troops ready to defend allies on the border"
    assert c.published != "2017-02-22"
    bylines = dropped(c, "byline")
    for text in ("SomeUser", "Feb 22, 2017", "Reaction score", "United States"):
        assert text in bylines
        assert text not in c.body
    assert "What's new" in dropped(c, "navigation")
    assert "Top Bottom" in dropped(c, "navigation")
    assert "Last edited:" in dropped(c, "other")


def test_forum_replies_split_with_quotes():
    c = clean_text(FORUM)
    assert c.body.startswith("Troops are ready to defend the border")
    assert "reserves had been placed on alert" in c.body
    assert "I doubt" not in c.body
    texts = [x.text for x in c.comments]
    assert texts == [
        "I doubt this is only a precaution, they have been planning it for months.",
        "You are wrong about that.",
        "Nobody believes official statements about troop movements any more.",
    ]
    assert c.comments[0].quotes == ["body"]
    assert c.comments[1].quotes == ["c1"]
    assert c.comments[2].quotes == []
    everything = c.body + "\n".join(texts)
    assert everything.count("no fighting had been reported") == 1


def test_repeat_index_collapses_own_repeats_without_quoting_self():
    index = RepeatIndex()
    index.add("The army moved three brigades to the northern border overnight.", "body")
    line = "The army moved three brigades to the northern border overnight. Really?"
    result = strip_repeats([line, "Really?"], index, "c1")
    assert result.kept == ["Really?", None]
    assert result.quotes == ["body"]


def test_date_lines():
    assert parse_date_line("September 30, 2015 at 4:52 pm").value == "2015-09-30T16:52:00"
    assert parse_date_line("Posted on: 9 July 2021").value == "2021-07-09"
    assert parse_date_line("The war began on July 9, 2021 in the north") is None
    assert parse_date_line("Feb 30, 2017") is None


def test_empty_and_blank_input():
    for text in ("", "\n\n  \n", "\x00"):
        c = clean_text(text)
        assert c.body == "" and c.comments == []


def _input_lines(text: str) -> set[str]:
    text = unicodedata.normalize("NFC", text).replace("\r", "\n")
    return {re.sub(r"\s+", " ", x.expandtabs(4)).strip() for x in text.split("\n")}


_LINE = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            "  • Alice",
            "Comments (2)",
            "September 30, 2015 at 4:52 pm",
            "Reaction score",
            "Last edited:",
            "Feb 22, 2017",
            "Officials said the troops would stay on the border for weeks.",
            "Source: Pixabay",
            "Related articles",
            "Top Bottom",
        ]
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE, max_size=30).map("\n".join), st.none() | st.text(max_size=20))
def test_never_raises_and_body_lines_come_from_input(text, hint):
    c = clean_text(text, title_hint=hint)
    source = _input_lines(text)
    body_lines = {x for x in c.body.split("\n") if x}
    assert body_lines <= source
    comment_lines = {x for cm in c.comments for x in cm.text.split("\n") if x}
    assert not body_lines & comment_lines
    assert all(
        d.kind
        in {"navigation", "related", "comment-form", "duplicate", "caption", "byline", "other"}
        for d in c.dropped
    )


def test_runs_of_short_labels_are_menus_but_a_heading_is_not():
    menu = "\n".join(["Home", "World", "Asia", "Europe", "Sport", "Opinion"])
    page = "Troops sent\n\n" + menu + "\n\n" + ARTICLE + "\nWhat comes next\n\n" + ARTICLE[:60]
    page += "\n\n" + menu + "\n"
    c = clean_text(page)
    assert "Opinion" not in c.body and "Asia" not in c.body
    assert dropped(c, "navigation").count("Asia") == 2
    assert "What comes next" in c.body.split("\n\n")
