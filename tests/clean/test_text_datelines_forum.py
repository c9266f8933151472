"""Flattened text: datelines inside and beside text, news-page chrome, and forum layouts.

Each page is invented and small; every test names the rule it pins down.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.clean.text import clean_text
from wirewatch.clean.text_dates import leading_dateline, parse_date_line

WIRE = "\n".join(
    [
        "Rebels seize river port after overnight raid",
        "",
        "By Ana Lind",
        "",
        "8 March 2025, 14:05 GMT",
        "",
        (
            "PORTVILLE, March 8 (Example Wire) - Rebel fighters seized the river port of "
            "Portville on Saturday, a day after a raid on a border post killed five guards, "
            "officials said."
        ),
        "",
        (
            "The fighters crossed the river before dawn on Friday and attacked the post with "
            "mortars, a spokesperson told reporters."
        ),
        "",
        "(Reporting by Ana Lind; Editing by Tom Berg)",
        "",
    ]
)

NEWS = "\n".join(
    [
        "Valley Courier",
        "Home  News  Region  Security  Opinion  Sport",
        "Subscribe  |  Log in",
        "",
        "Security",
        "",
        "Minister visits front as troops dig in near the river port",
        "",
        "By Jon Reyes",
        "March 14, 2025 at 6:20 pm",
        "Share   Tweet   Email   Print",
        "",
        (
            "DELTA CITY — The defence minister visited army positions near Portville on "
            'Friday and promised that the town would be retaken "within weeks, not months".'
        ),
        "",
        (
            "He told commanders that two more artillery battalions would arrive in the "
            "province next week, officials said."
        ),
        "",
        "Comments (3)",
        "",
        "    Vera K.",
        "    March 14, 2025 at 7:02 pm",
        ("Good that he finally came. People here have been sleeping in cellars for a week."),
        "    Reply",
        "",
        "        Tomas B.",
        "        March 14, 2025 at 7:40 pm",
        "        A photo opportunity is not a plan.",
        "        Reply",
        "",
        "    River_Farmer",
        "    March 15, 2025 at 7:48 am",
        '    "within weeks, not months" — we heard the same words about the floods.',
        "    Reply",
        "",
        "Leave a comment",
        "You must be logged in to post a comment.",
        "",
        "Most read",
        "1. Schools to stay closed until further notice",
        "2. Grain prices jump as the port stays shut",
        "",
        "© 2025 Valley Courier. All rights reserved.  Terms  Privacy",
        "",
    ]
)


def _kinds(cleaned, kind):
    return [d.text for d in cleaned.dropped if d.kind == kind]


# -- date lines --------------------------------------------------------------------------


def test_date_lines_with_weekday_time_zone_and_label():
    assert parse_date_line("8 March 2025, 14:05 GMT").value == "2025-03-08T14:05:00"
    assert parse_date_line("Monday, 10 March 2025").value == "2025-03-10"
    assert parse_date_line("Published: 12 March 2025 17:48 UTC").value == "2025-03-12T17:48:00"


def test_date_line_sharing_a_byline():
    line = parse_date_line("By Jon Reyes | March 14, 2025")
    assert (line.value, line.author) == ("2025-03-14", "Jon Reyes")
    line = parse_date_line("Posted on 9 July 2021 by Ann Lee")
    assert (line.value, line.author) == ("2021-07-09", "Ann Lee")
    assert parse_date_line("by the river bank 3 March 2025") is None
    assert parse_date_line("The war began on July 9, 2021 in the north") is None


def test_leading_wire_dateline():
    found = leading_dateline("PORTVILLE, March 8 (Example Wire) - Rebel fighters seized the port.")
    assert found.text == "PORTVILLE, March 8 (Example Wire) - "
    assert found.value is None  # no year: the dateline alone cannot date the page
    found = leading_dateline("NORTH/SOUTH CITY, May 3, 2024 (Wire) - Troops moved in overnight.")
    assert found.value == "2024-05-03"
    assert leading_dateline("DELTA CITY — The minister visited the front.").text == "DELTA CITY — "
    # Not datelines: a sentence in ordinary case, or capitals with no running text after them.
    assert leading_dateline("Officials, March 8 (Wire) - said the port fell.") is None
    assert leading_dateline("NATO — the end") is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_date_parsers_never_raise_and_datelines_are_prefixes(text):
    parse_date_line(text)
    found = leading_dateline(text)
    if found is not None:
        assert text.startswith(found.text)


# -- wire stories --------------------------------------------------------------------------


def test_wire_story_dated_by_its_date_line_and_dateline_moved_to_dropped():
    c = clean_text(WIRE)
    assert c.title == "Rebels seize river port after overnight raid"
    assert c.author == "Ana Lind"
    assert (c.published, c.published_from) == ("2025-03-08T14:05:00", "text")
    assert c.body.startswith("Rebel fighters seized the river port")
    assert "PORTVILLE, March 8 (Example Wire) -" in _kinds(c, "byline")
    assert "(Reporting by Ana Lind; Editing by Tom Berg)" in _kinds(c, "byline")
    assert "Reporting by" not in c.body and "14:05" not in c.body


def test_year_in_the_leading_dateline_dates_an_undated_story():
    text = (
        "Troops move in\n\nKYIV, May 3, 2024 (Example Wire) - Troops moved into the town "
        "overnight, officials said on Friday.\n"
    )
    c = clean_text(text)
    assert (c.published, c.published_from) == ("2024-05-03", "text")
    assert c.body.startswith("Troops moved into the town")


# -- news page copied as text ----------------------------------------------------------------


def test_headline_beats_site_name_and_section_label():
    c = clean_text(NEWS)
    assert c.title == "Minister visits front as troops dig in near the river port"
    assert c.author == "Jon Reyes"
    assert (c.published, c.published_from) == ("2025-03-14T18:20:00", "text")
    nav = _kinds(c, "navigation")
    for chrome in ("Valley Courier", "Security", "Subscribe | Log in"):
        assert chrome in nav
    assert c.body.startswith("The defence minister visited army positions")


def test_a_sentence_under_a_short_headline_is_not_the_title():
    c = clean_text("Calm on the border\n\nGuards reported calm on Monday.\n\nTalks resume.\n")
    assert c.title == "Calm on the border"
    assert c.body.startswith("Guards reported calm on Monday.")


def test_menu_rows_and_share_bars_are_navigation():
    c = clean_text(NEWS)
    nav = _kinds(c, "navigation")
    assert "Home News Region Security Opinion Sport" in nav
    assert "Share Tweet Email Print" in nav
    for word in ("Share", "Tweet", "Subscribe", "Log in", "Home"):
        assert word not in c.body


def test_comment_authors_with_initials_nesting_and_trailing_chrome():
    c = clean_text(NEWS)
    assert [(x.author, x.parent) for x in c.comments] == [
        ("Vera K.", None),
        ("Tomas B.", "c1"),
        ("River_Farmer", None),
    ]
    assert [x.posted[:16] for x in c.comments] == [
        "2025-03-14T19:02",
        "2025-03-14T19:40",
        "2025-03-15T07:48",
    ]
    assert all("Schools" not in x.text and "Reply" not in x.text for x in c.comments)
    assert "Schools to stay closed until further notice" in " ".join(_kinds(c, "related"))
    assert "Leave a comment" in _kinds(c, "comment-form")


def test_comment_quoting_a_phrase_of_the_article():
    c = clean_text(NEWS)
    last = c.comments[-1]
    assert last.quotes == ["body"]
    assert last.text == "we heard the same words about the floods."
    assert '"within weeks, not months"' in _kinds(c, "duplicate")
    # A quoted phrase nobody wrote before is the commenter's own text.
    assert c.comments[0].quotes == []


# -- forum threads ------------------------------------------------------------------------

REPOST = "\n".join(
    [
        "Rebels take the port, alliance says it is ready to help",
        "riverwatcher",
        "Joined: Feb 22, 2017",
        "Messages: 1,204",
        "Reposting from Example Wire:",
        (
            "PORTVILLE, March 10 (Example Wire) - The alliance is ready to defend the country "
            "if it is attacked by another state, the alliance's spokesperson said on Monday."
        ),
        (
            "The spokesperson said the alliance would send a team of military observers to "
            "the province this week at the request of the government."
        ),
        (
            "The government deployed 2,000 troops and armoured vehicles to the district on "
            "Sunday, the defence ministry said in a statement."
        ),
        "",
        (
            "The rebels are not a state, so the pledge changes nothing for the people stuck "
            "in the port."
        ),
        "They need the bridge back, not a communique.",
        "",
        "Observers do not retake bridges. Nobody here believes this ends quickly.",
        "",
    ]
)

FOOTERS = "\n".join(
    [
        "Observers arrive in the province",
        "mapnerd",
        "Joined: Jun 14, 2021",
        "Messages: 88",
        (
            "The first observer team landed this morning and drove south towards the river "
            "port district."
        ),
        "",
        ("They will stay at the forward headquarters near the farm, according to the ministry."),
        "Reply",
        "",
        (
            "About time. The barges have not moved for two weeks and grain prices are already "
            "rising."
        ),
        "Reply",
        "",
        "Kestrel_77",
        "Joined: Nov 3, 2019",
        "Messages: 1,020",
        "Observers can count shells, they cannot stop them.",
        "",
        "Still better than nothing at all.",
        "",
    ]
)


def test_repost_with_single_break_paragraphs_keeps_the_whole_article():
    c = clean_text(REPOST)
    assert c.author == "riverwatcher"
    paragraphs = c.body.split("\n\n")
    assert paragraphs[0] == "Reposting from Example Wire:"
    assert paragraphs[1].startswith("The alliance is ready to defend the country")
    assert paragraphs[-1].startswith("The government deployed 2,000 troops")
    assert "PORTVILLE, March 10 (Example Wire) -" in _kinds(c, "byline")
    # In this layout a blank line separates posts; a plain break separates paragraphs.
    assert [x.text for x in c.comments] == [
        "The rebels are not a state, so the pledge changes nothing for the people stuck in "
        "the port.\n\nThey need the bridge back, not a communique.",
        "Observers do not retake bridges. Nobody here believes this ends quickly.",
    ]


def test_posts_separated_by_a_blank_line_split_at_footers_and_profile_blocks():
    c = clean_text(FOOTERS)
    assert c.author == "mapnerd"
    assert c.body.endswith("according to the ministry.")
    assert [(x.author, x.text) for x in c.comments] == [
        (
            None,
            "About time. The barges have not moved for two weeks and grain prices are "
            "already rising.",
        ),
        (
            "Kestrel_77",
            "Observers can count shells, they cannot stop them.\n\n"
            "Still better than nothing at all.",
        ),
    ]
    assert "Reply" in _kinds(c, "navigation")
