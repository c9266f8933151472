"""Pick the event a text is mainly about: early, central, confident, and reported as news.

News puts the main event in the headline and the first sentences, and repeats it: the
story's type is voted over all its events, weighted by position (headline and lead count
most), and the best-placed event of the winning type is the main event. An asserted event
in the body outranks a pledge, a hypothetical, or anything found in reader comments.
When a trained re-ranker is installed (:mod:`rerank`), it corrects the vote.
"""

from __future__ import annotations

from collections import defaultdict

from wirewatch.document import Document, Event
from wirewatch.extract.rerank import candidate_features, load_reranker

MODALITY_WEIGHT = {
    "asserted": 1.0,
    "intended": 0.95,
    "conditional": 0.8,
    "hypothetical": 0.6,
    "negated": 0.6,
}
# The headline states the story's event; the body repeats it among many others. Chosen on
# the synthetic stories' training templates (rule vote alone: 0.727 -> 0.762 with 4.0 and a
# repeat share of 0.1; anything from 3 to 10 and 0.05 to 0.15 is within 0.002).
HEADLINE_WEIGHT = 4.0
LEAD_WEIGHT = 1.4
# Further events of a type add to its vote, at this share of their score.
REPEAT_SHARE = 0.1
HEADLINE_MAX_CHARS = 300


def event_score(event: Event, body_length: int) -> float:
    position = event.span[0] / max(body_length, 1)
    early = 1.0 / (1.0 + 3.0 * position)
    modality = event.modality
    if modality == "negated" and event.act is not None:
        # "will not lift the embargo" is coded by its intent (REJECT): a refusal stated is
        # as much news as a pledge, not an act that did not happen
        modality = "intended"
    return event.confidence * MODALITY_WEIGHT.get(modality, 0.5) * early


def headline_span_end(body: str) -> int:
    """Where a headline set off by a blank line ends (0 when there is none)."""
    end = body.find("\n\n", 0, HEADLINE_MAX_CHARS + 1)
    return end if end > 0 else 0


def body_headline_end(doc: Document) -> int:
    """Where the body's own headline ends. A page whose title the cleaner took out has none
    left in its body: its first short paragraph is the lead, not a headline."""
    return 0 if doc.title else headline_span_end(doc.body)


def _position_weight(event: Event, headline_end: int, lead_end: int) -> float:
    if headline_end and event.span[0] < headline_end:
        return HEADLINE_WEIGHT
    if event.span[0] < lead_end:
        return LEAD_WEIGHT
    return 1.0


def story_layout(doc: Document) -> tuple[int, int]:
    """Where the headline ends and where the lead (first sentence with an event) ends."""
    headline_end = body_headline_end(doc)
    news = [e for e in doc.events if e.in_ == "body"]
    lead_end = min((e.span[1] for e in news if e.span[0] >= headline_end), default=0)
    return headline_end, lead_end


def rule_votes(doc: Document) -> dict[str, float]:
    """Each event type's share of the story: its best event plus part of the others; the
    headline and the first sentence with an event (the lead) weigh most."""
    news = [e for e in doc.events if e.in_ == "body"]
    headline_end, lead_end = story_layout(doc)
    scored: dict[str, list[float]] = defaultdict(list)
    for e in news:
        weight = _position_weight(e, headline_end, lead_end)
        scored[e.type].append(event_score(e, len(doc.body)) * weight)
    votes = {}
    for etype, scores in scored.items():
        scores.sort(reverse=True)
        votes[etype] = scores[0] + REPEAT_SHARE * sum(scores[1:])
    return votes


def coded_by_intent(doc: Document, votes: dict[str, float], headline_end: int) -> bool:
    """The rules' reading is a headline's pledge or threat, coded by its intent as the PLOVER
    codebook says ("pledge to increase cooperation" is AGREE); the re-ranker's training
    labels do not always follow that rule, so it may not overturn it."""
    top = max(votes, key=lambda t: votes[t])
    return any(
        e.act and e.type == top and e.span[0] < headline_end for e in doc.events if e.in_ == "body"
    )


def type_votes(doc: Document) -> dict[str, float]:
    """The rule-based votes, corrected by the trained re-ranker when one is installed. The
    re-ranker learnt from headlined news stories, so a text without a headline (a single
    sentence, a forum post) keeps the rule vote: on coded single sentences it did worse.
    A headline pledge or threat keeps it too (the re-ranker is neither trained nor
    cross-validated on those stories)."""
    votes = rule_votes(doc)
    reranker = load_reranker()
    headline_end, _lead_end = story_layout(doc)
    if reranker is None or len(votes) < 2 or not headline_end:
        return votes
    if coded_by_intent(doc, votes, headline_end):
        return votes
    return reranker.rerank(votes, candidate_features(doc, votes, headline_end))


def main_event(doc: Document) -> Event | None:
    news = [e for e in doc.events if e.in_ == "body"]
    if not news:
        return None
    votes = type_votes(doc)
    best_type = max(votes, key=lambda t: votes[t])
    of_type = [e for e in news if e.type == best_type]
    return max(of_type, key=lambda e: event_score(e, len(doc.body)))
