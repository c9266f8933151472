"""Quotes as analysts read conflict reporting: speakers of pronouns, titles and possessors,
scare quotes, and news text whose paragraphs were flattened into one line. Invented text."""

from __future__ import annotations

from wirewatch.api import extract_text


def _by_text(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = extract_text(text, published="2024-03-01")
    return {
        q.text: (q.speaker_text, doc.actors[q.speaker].name if q.speaker else None)
        for q in doc.quotes
    }


def _speaker_of(text: str, fragment: str) -> str | None:
    got = _by_text(text)
    hits = [who for quote, (_, who) in got.items() if fragment in quote]
    assert hits, f"no quote containing {fragment!r} in {sorted(got)}"
    return hits[0]


def test_pronoun_after_quote_skips_people_named_in_the_reported_words():
    text = (
        "Ceasefire doubts\n\n"
        "Defence Minister Tomas Varga said on Monday that no deal was possible while "
        "General Piotr Halas remained in command of the northern army. "
        "“We have waited long enough for a sign of good faith,” he said."
    )
    assert _speaker_of(text, "waited long enough") == "Tomas Varga"


def test_pronoun_after_unnamed_speaker_is_not_the_official_named_earlier():
    text = (
        "Shelling resumes\n\n"
        "The governor, Anton Berezin, said the bridge would reopen within a week. "
        "Marek Dudek, a baker in the old town, said the night had been the worst so far. "
        "“Nobody slept, the windows shook until dawn,” he said."
    )
    assert _speaker_of(text, "Nobody slept") != "Anton Berezin"


def test_a_newly_named_person_is_the_antecedent_of_he():
    text = (
        "Talks in Valmora\n\n"
        "The foreign minister, Ilse Brandt, said the talks were useful. "
        "Later Brandt met the rebel negotiator Karim Haddad in the old palace. "
        "“We are not ready to lay down our weapons,” he said."
    )
    assert _speaker_of(text, "lay down our weapons") == "Karim Haddad"


def test_title_goes_to_its_own_office_holder_not_a_name_near_the_words():
    text = (
        "Border row\n\n"
        "Her lawyer said the fight to bring Lena Okafor home could see the home secretary "
        "in court. "
        "The home secretary said the case was under review."
    )
    assert _speaker_of(text, "under review") is None


def test_name_set_off_after_a_title_is_the_speaker():
    text = (
        "Border row\n\n"
        "The shadow foreign secretary, Ruth Calder, said her party was “not in favour of "
        "closing the crossings”, but added: “We will not stand in the way of a vote.”"
    )
    got = _by_text(text)
    assert got["We will not stand in the way of a vote."] == ("Ruth Calder", "Ruth Calder")


def test_possessor_of_a_deputy_is_not_the_speaker():
    text = (
        "Strike warning\n\n"
        "Foreign Minister Oleg Sarkov met the envoy on Tuesday. "
        "Sarkov’s deputy said a direct clash with the alliance was unlikely."
    )
    assert _speaker_of(text, "a direct clash") != "Oleg Sarkov"


def test_a_date_before_the_name_is_not_part_of_the_speaker():
    text = (
        "Spy chief speaks\n\n"
        "On Friday Marta Kowal, the head of the intelligence service, said that returning "
        "fighters were “potentially very dangerous” and must be questioned."
    )
    speakers = {who for who, _ in _by_text(text).values()}
    assert "Marta Kowal" in speakers and not any("Friday" in (s or "") for s in speakers)


def test_mixed_quote_ending_in_quoted_words_keeps_its_closing_mark():
    text = (
        "Camp appeal\n\n"
        "She said she wanted to go home to “live quietly with her child”. "
        "The camp was crowded."
    )
    got = _by_text(text)
    assert any(q.endswith("with her child”") for q in got), sorted(got)


def test_flattened_paragraphs_continue_one_quote_with_its_speaker():
    text = (
        "The lawyer for the family, Amir Naseri, said on Sunday: “We will go to court if we "
        "must. The minister has no power to do this. “We will appeal every decision that "
        "strips a child of a country.” The ministry declined to comment."
    )
    got = _by_text(text)
    continued = [v for q, v in got.items() if q.startswith("We will appeal every")]
    assert continued and continued[0][1] == "Amir Naseri", got
    assert any(q.startswith("We will go to court") for q in got), sorted(got)


def test_coordinated_cue_takes_its_own_subject_not_a_relative_clause():
    text = (
        "Family statement\n\n"
        "The family said they were shocked by what Nadia Rahimi told the newspaper, but "
        "cautioned: “Those are the words of a frightened girl in a dangerous camp.”"
    )
    got = _by_text(text)
    quote = next(v for q, v in got.items() if q.startswith("Those are the words"))
    assert quote[0] == "The family" and quote[1] != "Nadia Rahimi"


def test_a_named_speaker_before_a_colon_is_not_passed_over_for_an_earlier_verb():
    text = (
        "Withdrawal\n\n"
        "Senior officials were informed of the decision on Tuesday night, and after reports "
        "surfaced on Wednesday morning, Halvorsen tweeted: “We have defeated the rebels in "
        "the valley, our only reason for being there.”"
    )
    got = _by_text(text)
    quote = next(v for q, v in got.items() if q.startswith("We have defeated"))
    assert quote[0] == "Halvorsen", got


def test_a_person_the_quote_talks_about_by_name_is_not_its_speaker():
    text = (
        "Volunteers at the front\n\n"
        "“I went there to help the wounded,” said Maria Kovac, a nurse from Split. "
        "It was there that she met Elena Novak, who later died in an airstrike. "
        "“Elena and I were the same age and shared a tent for months,” she says."
    )
    assert _speaker_of(text, "same age") == "Maria Kovac"
    # a newly named person whom the quote does not mention still takes the pronoun
    other = (
        "Volunteers at the front\n\n"
        "“I went there to help the wounded,” said Maria Kovac, a nurse from Split. "
        "Elena Novak, a medic, arrived a week later. "
        "“The shelling never stopped,” she says."
    )
    assert _speaker_of(other, "shelling never stopped") == "Elena Novak"
