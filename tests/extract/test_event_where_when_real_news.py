"""Where and when an event happened, as an analyst reads conflict news: the place and the
date of the act's own clause, not of another act, a party's origin or a speaker's title;
deaths the act caused, not a whole war's toll. Sentences are invented."""

from __future__ import annotations

from wirewatch.api import extract_text
from wirewatch.extract.fatalities import fatalities_in, toll_of_a_war

PUBLISHED = "2021-07-09"  # a Friday


def _events(text: str) -> list[tuple[str, str, str | None, str | None, int | None]]:
    doc = extract_text(text, published=PUBLISHED)
    out = []
    for e in doc.events:
        place = doc.places[e.location].name if e.location is not None else None
        day = e.date.start if e.date is not None else None
        out.append((e.type, e.trigger, place, day, e.fatalities))
    return out


def _by_trigger(text: str, trigger: str) -> tuple[str, str, str | None, str | None, int | None]:
    found = [e for e in _events(text) if trigger in e[1]]
    assert found, _events(text)
    return found[0]


def test_a_date_in_an_after_clause_dates_that_act_not_the_main_one() -> None:
    text = (
        "Civilians in Syria fled their homes on Tuesday. "
        "The town is under threat from Turkey after its forces shelled Afrin in March."
    )
    shelled = _by_trigger(text, "shelled")
    assert shelled[3] == "2021-03-01"
    threat = [e for e in _events(text) if "threat" in e[1]]
    assert all(e[3] != "2021-03-01" for e in threat)


def test_a_place_in_a_relative_clause_locates_that_clause_not_the_act() -> None:
    text = (
        "Fighting continues in Syria. Three hospitals were bombed on Monday in eastern Ghouta, "
        "which lies east of Damascus."
    )
    bombed = _by_trigger(text, "bombed")
    assert bombed[2] == "Eastern Ghouta"
    assert bombed[3] == "2021-07-05"


def test_where_a_speech_was_given_is_not_where_its_announced_act_happens() -> None:
    text = "The president announced during a speech in Ohio that troops would leave Syria."
    for event in _events(text):
        assert event[2] != "Ohio"


def test_a_party_origin_or_a_speakers_title_is_no_location() -> None:
    text = (
        "The Syrian Observatory for Human Rights said 40 people were killed on Tuesday. "
        "Forces loyal to Syria's president shelled the town."
    )
    for event in _events(text):
        assert event[2] != "Syria"


def test_a_place_the_act_happened_in_still_counts_inside_a_possessive() -> None:
    text = "Two soldiers were killed in Syria's north on Thursday."
    killed = _by_trigger(text, "killed")
    assert killed[2] == "Syria"
    assert killed[3] == "2021-07-08"


def test_a_patrol_clause_shares_the_acts_place_and_day() -> None:
    text = "Two soldiers were killed while conducting a patrol in Syria today."
    killed = _by_trigger(text, "killed")
    assert killed[2] == "Syria"
    assert killed[3] == PUBLISHED


def test_a_background_act_in_the_past_perfect_takes_no_date_of_the_sentence() -> None:
    text = (
        "Fighting continues in Syria. The bomber struck on Wednesday in the town of Manbij, "
        "where soldiers had gathered."
    )
    struck = _by_trigger(text, "struck")
    assert struck[3] == "2021-07-07"
    gathered = [e for e in _events(text) if "gathered" in e[1]]
    assert all(e[3] != "2021-07-07" for e in gathered)


def test_the_town_of_a_name_is_a_town_in_the_storys_country() -> None:
    text = (
        "US troops have been in Syria for years, and the US said they would stay. "
        "A bomb exploded on Wednesday in the town of Manbij."
    )
    doc = extract_text(text, published=PUBLISHED)
    assert any(p.name == "Manbij" and p.country == "SYR" for p in doc.places)


def test_conflict_regions_are_places() -> None:
    doc = extract_text(
        "Troops shelled eastern Ghouta and attacked villages in Rakhine state.",
        published=PUBLISHED,
    )
    names = {p.name for p in doc.places}
    assert {"Eastern Ghouta", "Rakhine State"} <= names


def test_deaths_of_any_named_group_are_counted() -> None:
    assert fatalities_in("Ten journalists were killed in two attacks.") == 10
    assert fatalities_in("Some 38 reporters have been murdered since 1992.") == 38
    assert fatalities_in("Officials said 194 people had died.") == 194
    assert fatalities_in("Five years were lost to the war.") is None


def test_a_wars_toll_is_not_the_strikes() -> None:
    text = "An airstrike hit a market in Idlib on Monday, in a war that has killed 400,000 people."
    assert toll_of_a_war(text)
    strike = _by_trigger(text, "airstrike")
    assert _by_trigger(text, "killed")[4] == 400_000
    assert strike[4] is None
    assert not toll_of_a_war("The airstrike killed 12 people in Idlib.")


def test_a_past_perfect_in_reported_speech_keeps_the_reports_date() -> None:
    text = "On Thursday, an official said about 100 militants had surrendered."
    surrendered = _by_trigger(text, "surrendered")
    assert surrendered[3] == "2021-07-08"


def test_a_place_in_the_doers_phrase_under_in_is_where_the_act_was() -> None:
    text = (
        "Fighting continues in Syria. Airstrikes on a town in Idlib province killed 13 civilians."
    )
    strike = _by_trigger(text, "Airstrikes")
    assert strike[2] == "Idlib Governorate"
    assert strike[4] == 13
    origin = _by_trigger("Fighters from Idlib province attacked the base.", "attacked")
    assert origin[2] is None


def test_a_sponsors_or_seats_place_is_no_location() -> None:
    text = "Two civilians were killed on Monday, the UK-based monitor said."
    killed = _by_trigger(text, "killed")
    assert killed[2] is None


def test_an_armed_group_is_not_a_town_of_the_same_alternate_name() -> None:
    doc = extract_text("Hamas fired rockets at the border.", published=PUBLISHED)
    assert all(p.country != "DEU" for p in doc.places)


def test_a_town_named_by_apposition_is_the_place_not_its_province() -> None:
    text = (
        "Fighting continues in Syria. Airstrikes on Khan Sheikhoun, a town in Idlib province, "
        "killed 13 civilians."
    )
    strike = _by_trigger(text, "irstrikes")
    assert strike[2] == "Khān Shaykhūn"


def test_a_capital_acting_as_a_passive_agent_is_no_location() -> None:
    text = "Turkey has been tasked by Moscow with forcing the group's withdrawal."
    for event in _events(text):
        assert event[2] != "Moscow"


def test_a_place_in_what_a_claim_says_is_not_where_it_was_condemned() -> None:
    text = "The minister condemned the claim that 10,000 fighters remained in Idlib."
    condemned = _by_trigger(text, "condemned")
    assert condemned[2] is None
