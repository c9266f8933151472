"""Stances with a noun-phrase object ("X criticized the accord") and who holds them."""

from __future__ import annotations

from wirewatch.extract.quotes import find_quotes


def stances(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(q.speaker_text, q.text, q.cue) for q in find_quotes(text) if q.kind == "indirect"]


def test_object_of_a_stance_verb_is_attributed_to_its_subject():
    text = "The foreign minister criticized the ceasefire agreement on Monday."
    assert stances(text) == [("The foreign minister", "the ceasefire agreement", "criticized")]


def test_particle_object_is_what_is_called_for():
    found = stances("The opposition leader called for an independent inquiry into the shelling.")
    assert found == [
        ("The opposition leader", "an independent inquiry into the shelling", "called")
    ]


def test_for_phrase_belongs_to_praise():
    [(speaker, content, cue)] = stances("The governor praised the rescue teams for their speed.")
    assert (speaker, cue) == ("The governor", "praised")
    assert content == "the rescue teams for their speed"


def test_things_hold_no_stance():
    assert stances("The new bridge supported heavy trucks for decades.") == []


def test_passive_subject_holds_nothing_and_relative_clauses_are_not_stances():
    # the passive's agent holds the stance, its subject is what is held
    found = stances("The plan was criticized by several experts last week.")
    assert found == [("several experts", "The plan", "criticized")]
    assert stances("The plan was criticized last week.") == []
    assert stances("Smith, who backs the governor, arrived in the capital late.") == []


def test_hedged_or_open_stances_are_not_held():
    assert stances("The council may want to reconsider the budget next year.") == []
    assert stances("Nobody knows whether the mayor would support the new plan.") == []


def test_pronoun_object_says_nothing():
    assert stances("The general criticized it sharply.") == []


def test_a_clause_is_read_before_the_object():
    [(speaker, content, cue)] = stances("The ministry denied that troops had crossed the river.")
    assert (speaker, cue) == ("The ministry", "denied")
    assert content == "troops had crossed the river"


def test_call_for_with_an_infinitive_clause():
    [(speaker, content, cue)] = stances(
        "The senator is calling for the allies to step up their efforts against the militants."
    )
    assert (speaker, cue) == ("The senator", "calling")
    assert content.startswith("the allies to step up")


def test_question_after_the_addressee():
    [(speaker, content, cue)] = stances("He asked the workers if they planned to strike.")
    assert (speaker, cue) == ("He", "asked")
    assert content == "they planned to strike"


def test_a_share_of_those_polled_holds_a_stance():
    [(speaker, content, _)] = stances("About three-quarters support a temporary ban on imports.")
    assert "three-quarters" in (speaker or "")
    assert content == "a temporary ban on imports"


def test_a_document_shows_what_it_records():
    [(speaker, content, cue)] = stances("A new poll showed a narrow lead for the opposition.")
    assert (speaker, cue) == ("A new poll", "showed")
    assert content == "a narrow lead for the opposition"
    assert stances("The soldier showed the reporters a map of the front.") == []


def test_naming_needs_what_something_is_called():
    [(speaker, content, cue)] = stances("The senator called the ceasefire a dangerous illusion.")
    assert (speaker, cue) == ("The senator", "called")
    assert content == "the ceasefire a dangerous illusion"
    assert stances("The mayor called a referendum for June.") == []


def test_question_with_a_wh_word():
    [(speaker, content, _)] = stances("A reporter asked the general how the convoy was hit.")
    assert speaker == "A reporter"
    assert content == "how the convoy was hit"


def test_a_question_holds_no_stance():
    assert stances("Do you support the new governor?") == []
