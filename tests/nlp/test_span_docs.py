"""Sentences copied out with a shared export must equal spaCy's own Span.as_doc copies."""

from __future__ import annotations

from wirewatch.nlp.model import load_parsing_model
from wirewatch.nlp.span_docs import sentence_docs

TEXT = (
    "Rebels shelled Kharkiv on Friday, the governor said. Two people died.\n\n"
    "UN Secretary-General António Guterres urged restraint; the talks in Geneva resume "
    "on Monday. Troops withdrew from the border area, which they had held since May."
)


def _state(doc):  # type: ignore[no-untyped-def]
    head = doc._get_array_attrs()
    return (
        doc.text,
        head,
        doc.to_array(head).tolist(),
        [(e.start, e.end, e.label_) for e in doc.ents],
        [(s.start, s.end) for s in doc.sents],
        doc.tensor.tolist(),
    )


def test_sentence_docs_equal_as_doc_and_leave_the_parent_unchanged() -> None:
    nlp = load_parsing_model()
    doc, other = nlp(TEXT), nlp("Police arrested three men. They were released.")
    before = _state(doc)
    spans = [*doc.sents, *other.sents, next(iter(doc.sents))]
    expected = [_state(s.as_doc()) for s in spans]
    assert [_state(d) for d in sentence_docs(spans)] == expected
    assert _state(doc) == before
    assert len(expected) > 4
