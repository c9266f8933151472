"""Dates, death counts and targets of events as conflict news tells them: offsets counted
from the story's own time line, acts announced but not done, one toll per clause, deaths
nobody caused, light verbs with act nouns, two targets in one blow. Sentences are invented."""

from __future__ import annotations

from wirewatch.api import extract_text
from wirewatch.document import Event
from wirewatch.extract.fatalities import fatalities_in, fatality_mentions
from wirewatch.nlp.timex import find_timexes

PUBLISHED = "2021-01-19"  # a Tuesday, in January: "last autumn" is months before


def _events(text: str) -> list[Event]:
    return extract_text(f"Headline for the test\n\n{text}", published=PUBLISHED).events


def _event(text: str, trigger: str) -> Event:
    found = [e for e in _events(text) if trigger in e.trigger]
    assert found, [e.trigger for e in _events(text)]
    return found[0]


def _day(event: Event) -> tuple[str | None, str | None] | None:
    return (event.date.start, event.date.end) if event.date is not None else None


# --- 1. "later" counts from the time last mentioned, never past publication ----------------


def _timex(text: str, expr: str) -> tuple[str | None, str | None]:
    found = [t for t in find_timexes(text, PUBLISHED) if t.text == expr]
    assert found, [t.text for t in find_timexes(text, PUBLISHED)]
    return found[0].value.start, found[0].value.end


def test_months_later_counts_from_the_month_mentioned_before() -> None:
    text = "Troops shelled the village in October. Two months later, rebels attacked the town."
    assert _timex(text, "Two months later") == ("2020-12-01", "2020-12-31")


def test_a_past_offset_with_nothing_to_count_from_is_not_put_after_publication() -> None:
    text = "Rebels attacked the town. Two months later, they seized the border crossing."
    assert _timex(text, "Two months later") == (None, None)
    seized = _event(text, "seized")
    assert seized.date is None or (seized.date.start or "") <= PUBLISHED


def test_a_week_later_after_an_undated_past_act_gives_no_future_date() -> None:
    text = "The army launched an offensive in the north. A week later, troops captured the airport."
    captured = _event(text, "captured")
    assert captured.date is None


def test_the_following_month_is_the_month_after_the_one_mentioned() -> None:
    text = "The army withdrew in October. The following month, rebels retook the town."
    assert _timex(text, "The following month") == ("2020-11-01", "2020-11-30")


def test_a_coarse_time_moved_by_an_offset_keeps_its_coarse_precision() -> None:
    found = find_timexes("In 2019 the war began. Two months later the city fell.", PUBLISHED)
    later = next(t for t in found if t.text == "Two months later").value
    assert (later.start, later.end, later.precision) == ("2019-03-01", "2020-02-29", "year")


def test_a_future_offset_still_counts_from_publication() -> None:
    assert _timex("The talks will resume two weeks later.", "two weeks later")[0] > PUBLISHED


def test_a_later_event_dated_by_its_own_offset() -> None:
    text = "Troops shelled the village in October. Two months later, rebels attacked the town."
    assert _day(_event(text, "attacked")) == ("2020-12-01", "2020-12-31")
    assert _day(_event(text, "shelled")) == ("2020-10-01", "2020-10-31")


# --- 3. an act announced is not dated by the announcing -----------------------------------


def test_an_announced_act_takes_no_date_from_the_announcement() -> None:
    text = "Organisers announced on Friday that farmers would march on the capital."
    march = _event(text, "march")
    assert (march.type, march.modality) == ("PROTEST", "intended")
    assert march.date is None


def test_a_promise_is_dated_when_it_was_made() -> None:
    # PLOVER codes a promised withdrawal as the promise (CONCEDE): Friday's statement
    text = "The government announced on Friday that troops would leave the region."
    leave = _event(text, "leave")
    assert (leave.type, leave.modality) == ("CONCEDE", "intended")
    assert _day(leave) == ("2021-01-15", "2021-01-15")


def test_an_announced_act_keeps_a_date_its_own_clause_gives() -> None:
    text = "The minister announced on Friday that troops would leave the region next month."
    assert _day(_event(text, "leave")) == ("2021-02-01", "2021-02-28")


def test_by_a_month_is_a_deadline_with_no_start() -> None:
    text = "The president said on Monday that the army would withdraw from the town by March."
    assert _day(_event(text, "withdraw")) == (None, "2021-03-31")


def test_a_threat_made_on_a_day_keeps_that_day() -> None:
    text = "Rebels threatened on Sunday to attack the army base."
    threat = [e for e in _events(text) if e.type == "THREATEN" and e.modality == "asserted"]
    assert threat and _day(threat[0]) == ("2021-01-17", "2021-01-17")
    # the attack threatened is coded as the threat too, made that Sunday
    attack = [e for e in _events(text) if e.modality == "intended"]
    assert all(e.type == "THREATEN" and _day(e) == ("2021-01-17", "2021-01-17") for e in attack)


# --- 2. one death count per clause ---------------------------------------------------------


def test_each_clause_keeps_its_own_death_count() -> None:
    text = "61 were killed in the first raid and 194 had died by the end of the week."
    assert _event(text, "killed").fatalities == 61
    assert _event(text, "died").fatalities == 194


def test_a_hyphenated_number_is_one_count() -> None:
    assert fatalities_in("Sixty-one people were killed in the raid.") == 61
    assert fatality_mentions("Twenty-three were killed and forty-five had died later.") == (
        (23, 0),
        (45, 29),
    )


def test_an_age_is_no_death_count() -> None:
    assert fatalities_in("A man aged 61 died in hospital.") is None


def test_two_strikes_two_tolls() -> None:
    text = "An air strike killed 12 people in Idlib and shelling killed 5 civilians in Hama."
    assert _event(text, "air strike").fatalities == 12
    assert _event(text, "shelling").fatalities == 5


def test_a_single_toll_still_goes_to_the_attack_that_caused_it() -> None:
    text = "Rebels attacked the town and 12 soldiers were killed."
    assert _event(text, "attacked").fatalities == 12


# --- 5. a death nobody dealt is no attack ---------------------------------------------------


def test_deaths_of_disease_hunger_or_mishap_are_no_attack() -> None:
    for text in (
        "Twelve people died of cholera in the camp.",
        "Five children died of hunger in the besieged town.",
        "Nine people died in a car crash near Homs.",
    ):
        assert not [e for e in _events(text) if e.type == "ASSAULT"], text


def test_migrants_dying_on_the_journey_are_no_attack() -> None:
    for text in (
        "Hundreds of migrants died or disappeared while crossing the sea.",
        "Dozens of migrants died trying to reach Europe.",
    ):
        assert not [e for e in _events(text) if e.type == "ASSAULT"], text


def test_violent_deaths_stay_attacks() -> None:
    assert _event("Two soldiers died of their wounds in hospital.", "died").type == "ASSAULT"
    assert _event("Three people died in the shelling of Aleppo.", "died").type == "ASSAULT"
    assert _event("Forty civilians were killed in Aleppo.", "killed").type == "ASSAULT"


# --- 4. a light verb with an act noun: the noun's "on" object is the target ----------------


def test_a_name_the_tagger_folds_into_a_date_is_still_the_target() -> None:
    event = _event("Israel has launched strikes on Varo this year.", "strikes")
    assert (event.source_text, event.target_text) == ("Israel", "Varo")


def test_a_measure_of_acts_keeps_their_doer_and_target() -> None:
    for text, doer, hit in (
        ("Israel has launched a wave of strikes on Varo.", "Israel", "Varo"),
        ("Russian jets carried out dozens of strikes on rebel-held areas.", "jets", "areas"),
        ("Rebels staged a series of attacks on army posts.", "Rebels", "army posts"),
    ):
        event = _event(text, "strikes" if "strikes" in text else "attacks")
        assert doer in (event.source_text or "") and hit in (event.target_text or ""), text


def test_light_verbs_with_act_nouns_name_the_party_hit() -> None:
    for text, hit in (
        ("The army carried out raids against rebel positions.", "rebel positions"),
        ("Militants staged attacks on police stations.", "police stations"),
        ("Jets conducted airstrikes on the town of Varo.", "town of Varo"),
    ):
        event = next(e for e in _events(text) if e.type == "ASSAULT")
        assert event.target_text == hit, text


# --- 6. two targets, one place: the first target's ------------------------------------------


def _place(text: str, trigger: str) -> str | None:
    doc = extract_text(f"Headline for the test\n\n{text}", published=PUBLISHED)
    event = next(e for e in doc.events if trigger in e.trigger)
    return doc.places[event.location].name if event.location is not None else None


def test_a_blow_at_two_sites_is_placed_at_the_first() -> None:
    text = (
        "Israeli jets struck an airbase in north-western Syria and a naval station on the "
        "Mediterranean."
    )
    assert _place(text, "struck") == "Syria"
    assert (
        _place("Rebels attacked a checkpoint in Homs and a police station in Hama.", "attacked")
        == "Homs"
    )


def test_a_place_shared_by_both_sites_still_counts() -> None:
    assert _place("Jets struck a depot and a bridge in Idlib.", "struck") == "Idlib"
