"""The event-type re-ranker: stable features, a correction that can flip the vote, and the
rules alone when no weights are installed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from wirewatch.document import Document, Event
from wirewatch.extract import main_event as main_event_module
from wirewatch.extract.main_event import main_event, rule_votes, story_layout, type_votes
from wirewatch.extract.rerank import (
    ALL_GROUPS,
    LEXICAL,
    N_FEATURES,
    TypeReranker,
    candidate_features,
    default_weights_path,
    feature_id,
    headline_parts,
    load_reranker,
    read_weights,
    save_weights,
    stem,
)

HEADLINE = "Government talks with unions"
BODY = (
    f"{HEADLINE}\n\nThe government met union leaders on Monday. "
    "It agreed to lift the curfew in the capital."
)


def _event(etype: str, trigger: str, sentence: str, modality: str = "asserted") -> Event:
    start = BODY.index(sentence)
    return Event(
        id="",
        type=etype,
        sentence=sentence,
        span=(start, start + len(sentence)),
        trigger=trigger,
        source_text="The government",
        target_text="the curfew",
        modality=modality,
        confidence=0.8,
    )


def _story() -> Document:
    events = [
        _event("CONSULT", "talks", HEADLINE),
        _event("CONSULT", "met", "The government met union leaders on Monday."),
        _event("CONCEDE", "lift", "It agreed to lift the curfew in the capital.", "intended"),
    ]
    return Document(body=BODY, events=events)


def test_features_are_deterministic_and_per_candidate():
    doc = _story()
    votes = rule_votes(doc)
    headline_end = story_layout(doc)[0]
    assert headline_end == len(HEADLINE)
    first = candidate_features(doc, votes, headline_end)
    second = candidate_features(doc, votes, headline_end)
    assert first == second
    assert set(first) == {"CONSULT", "CONCEDE"}
    assert feature_id("trig|CONCEDE|lift") in first["CONCEDE"]
    assert feature_id("trig|CONCEDE|lift") not in first["CONSULT"]
    assert feature_id("ctx|CONCEDE|curfew") in first["CONCEDE"]
    assert feature_id("hw|CONSULT|union") in first["CONSULT"]
    # The hash must not depend on the process (Python's str hash is salted).
    assert feature_id("bias|AGREE") == feature_id("bias|AGREE") < N_FEATURES
    assert feature_id("bias|AGREE") == 117009


def test_a_learned_correction_changes_the_vote():
    doc = _story()
    votes = rule_votes(doc)
    assert max(votes, key=votes.get) == "CONSULT"
    weights = np.zeros(N_FEATURES)
    weights[feature_id("trig|CONCEDE|lift")] = 3.0
    features = candidate_features(doc, votes, story_layout(doc)[0])
    reranked = TypeReranker(weights).rerank(votes, features)
    assert max(reranked, key=reranked.get) == "CONCEDE"
    assert TypeReranker(np.zeros(N_FEATURES)).rerank(votes, features) == pytest.approx(votes)


def test_main_event_follows_the_installed_reranker(monkeypatch):
    weights = np.zeros(N_FEATURES)
    weights[feature_id("trig|CONCEDE|lift")] = 3.0
    monkeypatch.setattr(main_event_module, "load_reranker", lambda: TypeReranker(weights))
    assert main_event(_story()).type == "CONCEDE"


def test_a_text_without_headline_keeps_the_rule_vote(monkeypatch):
    weights = np.zeros(N_FEATURES)
    weights[feature_id("bias|CONCEDE")] = 5.0
    monkeypatch.setattr(main_event_module, "load_reranker", lambda: TypeReranker(weights))
    sentence = "The government met union leaders and agreed to lift the curfew."
    events = [
        Event("", "CONSULT", sentence, (0, len(sentence)), "met", confidence=0.8),
        Event("", "CONCEDE", sentence, (0, len(sentence)), "lift", confidence=0.5),
    ]
    doc = Document(body=sentence, events=events)
    assert type_votes(doc) == rule_votes(doc)


def test_without_a_weights_file_the_rules_decide(monkeypatch, tmp_path):
    assert load_reranker(tmp_path / "absent.npz") is None
    monkeypatch.setattr(main_event_module, "load_reranker", lambda: None)
    doc = _story()
    assert type_votes(doc) == rule_votes(doc)
    assert main_event(doc).type == "CONSULT"


def test_weights_round_trip(tmp_path: Path):
    weights = np.zeros(N_FEATURES)
    weights[[5, 77, N_FEATURES - 1]] = [0.5, -1.25, 2.0]
    path = tmp_path / "w.npz"
    save_weights(path, weights, {"l2": "0.001"})
    assert np.allclose(read_weights(path), weights)


def test_stemming_joins_inflections():
    assert {stem(w) for w in ("eases", "eased", "easing")} == {"eas"}
    assert stem("UN") == "un"


def test_headline_words_after_a_circumstance_marker_are_apart():
    news, circumstances = headline_parts("Envoys Meet in Lima as Army Shells Border Towns")
    assert "meet" in news and "shell" not in news
    assert {"army", "shell"} <= set(circumstances)
    news, circumstances = headline_parts("After Long Talks, Rebels Free Hostages")
    assert "rebel" in news and circumstances == []


def test_shipped_weights_load_and_stay_small():
    path = default_weights_path()
    assert path.is_file(), "run `python -m wirewatch.extract.train` to build the weights"
    assert path.stat().st_size < 5_000_000
    reranker = load_reranker()
    assert reranker is not None
    assert reranker.weights.shape == (N_FEATURES,)
    assert np.count_nonzero(reranker.weights) > 0


def test_training_stops_with_a_message_without_the_data(monkeypatch):
    from wirewatch.extract import train

    monkeypatch.setattr(train, "dataset_path", lambda *parts: None)
    with pytest.raises(SystemExit, match="not available"):
        train.main([])


def test_a_headline_pledge_keeps_the_codebook_reading(monkeypatch):
    weights = np.zeros(N_FEATURES)
    weights[feature_id("bias|SUPPORT")] = 5.0
    monkeypatch.setattr(main_event_module, "load_reranker", lambda: TypeReranker(weights))
    headline = "Chad and Peru pledge to increase cooperation"
    body = f"{headline}\n\nThe two governments praised each other on Monday."
    lead = body.index("The two")
    pledge = Event("", "AGREE", headline, (0, len(headline)), "pledge", confidence=0.8)
    pledge.act = "COOPERATE"
    praise = Event("", "SUPPORT", body[lead:], (lead, len(body)), "praised", confidence=0.8)
    doc = Document(body=body, events=[pledge, praise])
    assert main_event(doc).type == "AGREE"  # coded by intent: the rules decide
    pledge.act = None
    assert main_event(doc).type == "SUPPORT"  # otherwise the correction applies


def test_structural_features_name_place_modality_actors_and_rivals():
    """Back-off features carry over to wording never seen in training: where a type's events
    stand, how they are asserted, who they involve, which types compete."""
    doc = _story()
    doc.events[2].source = "GOV"
    votes = rule_votes(doc)
    feats = candidate_features(doc, votes, story_layout(doc)[0], ALL_GROUPS)
    consult, concede = feats["CONSULT"], feats["CONCEDE"]
    # The headline holds CONSULT (its first trigger); CONCEDE stands only in the body.
    assert feature_id("head1|CONSULT") in consult
    assert feature_id("head|CONCEDE") not in concede
    assert feature_id("repeat|CONSULT") in consult
    assert feature_id("mod|CONCEDE|intended") in concede
    assert feature_id("src|CONCEDE") in concede and feature_id("src|CONSULT") not in consult
    assert feature_id("vs|CONCEDE|CONSULT") in concede
    assert feature_id("under|CONCEDE|CONSULT") in concede
    assert concede[feature_id("share|CONCEDE")] == pytest.approx(1 / 3)
    # The untyped back-offs are shared across types, so a weight learnt on one type applies
    # to a type seen in few stories.
    assert feature_id("head1") in consult and feature_id("head1") not in concede


def test_the_lead_sentence_is_marked_when_the_headline_lacks_the_type():
    headline = "Unions gather in the capital"
    body = f"{headline}\n\nThe government lifted the curfew. Later it met union leaders."
    lead = body.index("The government")
    met = body.index("Later")
    events = [
        Event("", "CONCEDE", body[lead:met].strip(), (lead, met - 1), "lifted", confidence=0.8),
        Event("", "CONSULT", body[met:], (met, len(body)), "met", confidence=0.8),
    ]
    doc = Document(body=body, events=events)
    feats = candidate_features(doc, rule_votes(doc), story_layout(doc)[0], ALL_GROUPS)
    assert feature_id("lead|CONCEDE") in feats["CONCEDE"]
    assert feature_id("lead|CONSULT") not in feats["CONSULT"]


def test_the_types_a_headline_puts_together_are_named_in_order():
    headline = "Rebels free hostages after long talks"
    body = f"{headline}\n\nThe rebels freed ten hostages."
    events = [
        Event("", "CONCEDE", headline, (0, len(headline)), "free", confidence=0.8),
        Event("", "CONSULT", headline, (0, len(headline)), "talks", confidence=0.3),
    ]
    doc = Document(body=body, events=events)
    feats = candidate_features(doc, rule_votes(doc), story_layout(doc)[0], ALL_GROUPS)
    assert feature_id("head1|CONCEDE") in feats["CONCEDE"]
    assert feature_id("hp|CONCEDE|CONSULT|after") in feats["CONCEDE"]
    assert feature_id("hp|CONSULT|CONCEDE|before") in feats["CONSULT"]
    assert feature_id("hlast|CONSULT") in feats["CONSULT"]


def test_feature_groups_can_be_left_out():
    doc = _story()
    votes = rule_votes(doc)
    lexical = candidate_features(doc, votes, story_layout(doc)[0], LEXICAL)
    assert feature_id("trig|CONCEDE|lift") in lexical["CONCEDE"]
    assert feature_id("head1|CONSULT") not in lexical["CONSULT"]
    assert feature_id("share|CONCEDE") not in lexical["CONCEDE"]


def test_template_folds_keep_a_template_together():
    from wirewatch.extract.train import FOLDS, template_fold

    assert template_fold("Army shells {town}") == template_fold("Army shells {town}")
    folds = {template_fold(f"template {i}") for i in range(200)}
    assert folds == set(range(FOLDS))


def test_each_template_weighs_the_same_in_training():
    from wirewatch.extract.train import Story, template_weights

    stories = [Story("big", "AGREE", [], [], []) for _ in range(3)]
    stories.append(Story("small", "AGREE", [], [], []))
    weights = template_weights(stories)
    assert weights.sum() == pytest.approx(len(stories))
    assert weights[:3].sum() == pytest.approx(weights[3])


def test_a_story_the_rules_decide_is_scored_on_the_rule_vote():
    from wirewatch.extract.train import Batch, Story

    feats = [{}, {feature_id("bias|SUPPORT"): 1.0}]
    weights = np.zeros(N_FEATURES)
    weights[feature_id("bias|SUPPORT")] = 5.0
    story = Story("t", "AGREE", ["AGREE", "SUPPORT"], [0.0, -1.0], feats)
    assert Batch([story]).accuracy(weights) == 0.0
    story.rules_decide = True
    assert Batch([story]).accuracy(weights) == 1.0
