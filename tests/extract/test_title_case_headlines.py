"""Title Case headlines: the parser must see a sentence, so verbs in verb position are found
and win over the nouns around them."""

from __future__ import annotations

from event_text import main_type, story


def headline_types(headline: str) -> list[str]:
    doc = story(headline)
    return [e.type for e in doc.events if e.span[0] < len(headline)]


def test_a_two_word_headline_is_title_case() -> None:
    # Read as running text, "Subsides" was a noun and only the fighting counted.
    assert main_type("Fighting Subsides") == "RETREAT"


def test_a_verb_after_to_is_no_name() -> None:
    assert "CONCEDE" in headline_types("Leaders Pledge to Lift Curfew")


def test_a_base_verb_after_a_plural_subject_is_the_verb() -> None:
    # The hostages are those released, not a kidnapping of their own.
    assert headline_types("Rebels Release Hostages") == ["RETREAT"]


def test_a_base_verb_after_a_longer_plural_subject_ends_the_name_before_it() -> None:
    # The tagger runs "Kosovo Rebels Return Seized Property" together as one name; the
    # verb ends the subject, and what follows it is its object with a participle.
    doc = story("Kosovo Rebels Return Seized Property")
    assert main_type("Kosovo Rebels Return Seized Property") == "RETREAT"
    seized = next(e for e in doc.events if e.trigger == "Seized")
    returned = next(e for e in doc.events if e.trigger == "Return")
    assert seized.confidence < returned.confidence / 2


def test_an_act_before_the_people_it_is_done_to_is_a_verb() -> None:
    assert headline_types("Police Arrest Protesters") == ["COERCE"]


def test_working_people_who_strike_protest() -> None:
    assert main_type("Miners Strike Over Pay") == "PROTEST"
    assert main_type("Workers Strike at Port") == "PROTEST"
    assert main_type("Rebels Strike Army Base") == "ASSAULT"


def test_an_s_verb_after_the_opening_noun_is_the_verb() -> None:
    # The parser took "Returns" for a noun and "Looted" for the verb.
    assert main_type("Militia Returns Looted Property") == "RETREAT"
    assert "RETREAT" in headline_types("Shelling Stops After Weeks of Fighting")


def test_only_the_first_verb_like_word_is_the_headline_verb() -> None:
    assert main_type("Government Bans Opposition Rallies") == "COERCE"


def test_the_word_after_an_opening_plural_is_in_verb_position() -> None:
    # Tagged as a preposition in Title Case, "Back" is the headline's verb.
    assert main_type("Allies Back Ceasefire Plan") == "SUPPORT"


def test_what_stops_is_the_topic_of_its_stopping() -> None:
    assert main_type("Shelling Stops After Weeks of Fighting") == "RETREAT"
    assert main_type("Clashes End in Border Town") == "RETREAT"


def test_a_short_headline_with_an_acronym_and_a_function_word_is_read_as_a_headline() -> None:
    assert main_type("UN Calls for Ceasefire") == "REQUEST"
