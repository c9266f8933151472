"""Parsing contract the cleaner and trafilatura rely on, and whitespace folding."""

from __future__ import annotations

from lxml import html as lxml_html

from wirewatch.clean.html_dropped import find_dropped
from wirewatch.clean.html_parse import parse_html
from wirewatch.clean.html_text import element_text, tidy


def test_every_element_is_an_html_element_with_text_content() -> None:
    root = parse_html(
        "<html><body><form><input name='q'></form><p>Shells <b>hit</b> the port.</p></body></html>"
    )
    # trafilatura accepts only lxml.html trees and calls text_content() throughout.
    assert all(isinstance(el, lxml_html.HtmlElement) for el in root.iter())
    assert root.find(".//p").text_content() == "Shells hit the port."


def test_tidy_folds_spaces_per_line_and_separates_paragraphs() -> None:
    text = "  Troops\u00a0 entered\t the town. \n\n \t \nResidents fled.  "
    assert tidy(text) == "Troops entered the town.\n\nResidents fled."


def test_dropped_blocks_inside_kept_posts_are_not_reported() -> None:
    root = parse_html(
        """<html><body><div class="post"><nav>Thread tools</nav><p>My report</p></div>
<nav>Site menu</nav></body></html>"""
    )
    post = root.find(".//div")
    assert [d.text for d in find_dropped(root, {post})] == ["Site menu"]
    assert [d.text for d in find_dropped(root)] == ["Thread tools", "Site menu"]


def test_code_blocks_go_but_json_ld_and_following_text_stay() -> None:
    from wirewatch.clean.html import drop_code_blocks

    root = parse_html(
        """<html><head><style>p{}</style><script type="application/ld+json">{"@type": "NewsArticle"}
</script></head><body><p>Before<script>var x = 1;</script> after.</p>
<script>track()</script>Tail text</body></html>"""
    )
    drop_code_blocks(root)
    assert [s.get("type") for s in root.iter("script")] == ["application/ld+json"]
    assert root.find(".//style") is None
    assert root.find(".//p").text_content() == "Before after."
    assert "Tail text" in root.find("body").text_content()


def test_parsing_the_utf8_bytes_gives_the_same_tree_as_the_text() -> None:
    from lxml import etree

    from wirewatch.clean.html_parse import utf8

    for page in (
        '<meta charset="iso-8859-1"><p>Café — 20 € <b>hit</b></p>',
        "\ufeff<p>Emoji \U0001f600 and a\x0cb</p>",
        "<html><body><p>one</p></body></html><html><script>x()</script></html>",
    ):
        as_text = etree.tostring(parse_html(page).getroottree(), encoding="unicode")
        as_bytes = etree.tostring(parse_html(page, utf8(page)).getroottree(), encoding="unicode")
        assert as_text == as_bytes
    assert utf8("lone \ud800 surrogate") is None


def test_tidy_folds_every_run_kind_as_one_space() -> None:
    assert tidy("a \t b\u00a0c\td  e\u2009f") == "a b c d e\u2009f"
    assert tidy("a\u00a0\nb") == "a\n\nb"


def test_code_blocks_after_the_root_element_are_dropped_too() -> None:
    from wirewatch.clean.html import code_blocks

    # libxml2 puts a script after </html> in a second <html>, a sibling of the root.
    root = parse_html("<html><body><p>x</p><style>p{}</style></body></html><script>a()</script>")
    assert [el.tag for el in code_blocks(root)] == ["style", "script"]


def test_content_after_an_early_document_end_is_parsed_into_the_body() -> None:
    # A header include rendered as a whole document closes body and html before the story.
    story = "Shelling hit the eastern district overnight, officials said."
    page = (
        "<html><body><header><nav><a href='/'>Home</a></nav></header></body></html>"
        f"\n<div class='story'><h1>Report</h1><p>{story}</p></div></body></html>"
    )
    root = parse_html(page)
    assert root.find(".//p").text_content() == story
    assert root.find(".//body//header") is not None


def test_trailing_script_after_the_document_end_leaves_the_page_as_is() -> None:
    from wirewatch.clean.html_parse import drop_early_document_end

    page = "<html><body><p>Text</p></body></html>\n<script>var x = 1;</script>\n"
    assert drop_early_document_end(page) == page


def test_element_bound_covers_the_parsers_implied_elements() -> None:
    from wirewatch.clean.html_parse import _COUNT, element_bound

    # Loose text gets implied html/body/p elements; stray end tags create none.
    for page in ("text only", "x<p>y</p>z<table>q<tr>w<td>e</table>", "a</p></p>b", "<td>x"):
        assert _COUNT(parse_html(page)) <= element_bound(page)


def test_pages_over_the_element_limit_are_refused(monkeypatch) -> None:
    import pytest

    from wirewatch.clean import html_parse
    from wirewatch.clean.errors import CleaningError

    monkeypatch.setattr(html_parse, "MAX_ELEMENTS", 50)
    parse_html("<html><body>" + "<p>x</p>" * 40 + "</body></html>")
    with pytest.raises(CleaningError):
        parse_html("<html><body>" + "<p>x</p>" * 60 + "</body></html>")


def test_tidy_without_anything_to_fold_only_splits_paragraphs() -> None:
    assert tidy(" Troops entered.\n\n\nResidents fled. \n") == "Troops entered.\n\nResidents fled."
    assert tidy("One\u00a0space") == "One space"


def test_head_metadata_goes_but_title_json_ld_and_body_microdata_stay() -> None:
    from wirewatch.clean.html import drop_head_metadata

    root = parse_html(
        """<html><head><meta charset="utf-8"><title>Port shelled</title>
<link rel="canonical" href="https://example.org/a"><meta name="author" content="Ana">
<script type="application/ld+json">{"@type": "NewsArticle"}</script></head>
<body><p>Shells hit the port.<meta itemprop="datePublished" content="2024-01-02"></p>
</body></html>"""
    )
    drop_head_metadata(root)
    assert [el.tag for el in root.find("head")] == ["title", "script"]
    assert root.find(".//p/meta") is not None


def test_metadata_is_read_before_the_head_is_trimmed() -> None:
    from wirewatch.clean.html import clean_html

    story = "<p>Shelling hit the port district overnight, officials said on Monday.</p>" * 8
    page = (
        '<html><head><meta name="author" content="Ana Diaz">'
        '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
        f"<title>Port shelled</title></head><body><article>{story}</article></body></html>"
    )
    cleaned = clean_html(page)
    assert cleaned.author == "Ana Diaz" and (cleaned.published or "").startswith("2024-03-05")
    assert "Shelling hit the port district" in cleaned.body


def test_ordered_list_items_carry_their_numbers() -> None:
    root = parse_html(
        "<html><body><div><p>Steps:</p><ol start='3'><li>Close the valve.</li>"
        "<li>Drain the tank.</li></ol><ul><li>Gloves</li></ul></div></body></html>"
    )
    text = element_text(root.find(".//div"))
    assert text == "Steps:\n\n3. Close the valve.\n\n4. Drain the tank.\n\nGloves"


def test_template_list_items_are_not_numbered() -> None:
    # A comment list is an <ol> of classed items; a post read from one item is not "1.".
    root = parse_html(
        "<html><body><ol class='commentlist'><li class='comment' id='c1'><p>First.</p></li>"
        "<li class='comment' id='c2'><p>Second.</p></li></ol></body></html>"
    )
    items = root.findall(".//li")
    assert [element_text(li) for li in items] == ["First.", "Second."]
    assert element_text(root.find(".//ol")) == "First.\n\nSecond."


def test_link_text_shortened_with_an_ellipsis_reads_as_its_address() -> None:
    href = "https://en.example.org/wiki/Comparison_of_ferry_operators"
    root = parse_html(
        f"<html><body><p>See <a href='{href}'>https://en.example.org/wiki/Compa … rs</a></p>"
        f"<p><a href='{href}'>operators ... list</a> and "
        f"<a href='https://other.example.org/x'>https://en.example.org/wiki/Compa ... ators</a>"
        "</p></body></html>"
    )
    text = element_text(root.find(".//body"))
    # Only an abbreviation of the link's own address is expanded: prose and a mismatched
    # address stay as written.
    assert text.split("\n\n") == [
        f"See {href}",
        "operators ... list and https://en.example.org/wiki/Compa ... ators",
    ]


def test_table_cells_keep_their_words_apart() -> None:
    root = parse_html(
        "<html><body><table><tr><th>Budget</th><th>Pick</th></tr>"
        "<tr><td>Entry</td><td>RX 7600</td></tr></table></body></html>"
    )
    assert element_text(root.find(".//table")) == "Budget Pick\n\nEntry RX 7600"
