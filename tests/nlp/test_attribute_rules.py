"""The cached attribute rules must annotate exactly as spaCy's attribute_ruler does."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from wirewatch.nlp.attribute_rules import CachedAttributeRules, UnsupportedRule
from wirewatch.nlp.model import load_model, load_parsing_model

COLUMNS = [POS, TAG, DEP, HEAD, LEMMA, MORPH]
TEXTS = [
    "Rebels shelled the town on Friday, and it wasn't the first time they'd done so.",
    "I ain't gonna sign it, y'all. We gotta go! Let's see what they say; c'mon.",
    "There are reports that troops were seen near the border.\n\nWho did you tell?",
    "  The ministry said   it had  \n  nothing to add.  ",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_annotations_as_spacy_ruler(text: str) -> None:
    ours = load_parsing_model()
    assert isinstance(ours.get_pipe("attribute_ruler"), CachedAttributeRules)
    cached = ours.get_pipe("attribute_ruler")
    # Run our pipeline up to the ruler, then compare against spaCy's ruler on a copy.
    doc = ours.make_doc(text)
    for name, proc in ours.pipeline:
        if name == "attribute_ruler":
            break
        doc = proc(doc)
    reference = doc.copy()
    cached(doc)
    spacy_ruler = load_model(disable=("parser", "ner", "lemmatizer", "tagger", "tok2vec"))
    spacy_ruler.get_pipe("attribute_ruler")(reference)
    assert (doc.to_array(COLUMNS) == reference.to_array(COLUMNS)).all()
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in reference]
    assert [str(t.morph) for t in doc] == [str(t.morph) for t in reference]


def test_later_rules_win_and_multi_token_rules_apply() -> None:
    nlp = load_model(disable=("parser", "ner", "lemmatizer", "tagger", "tok2vec"))
    vocab = nlp.vocab

    class Ruler:  # the parts of spaCy's AttributeRuler that take_rules reads
        def __init__(self) -> None:
            from spacy.matcher import Matcher

            self.matcher, self.attrs, self.indices = Matcher(vocab), [], []

        def add(self, patterns, attrs, index=0):  # type: ignore[no-untyped-def]
            from spacy.tokens._retokenize import normalize_token_attrs

            self.matcher.add(str(len(self.attrs)), patterns)
            self.attrs.append(normalize_token_attrs(vocab, attrs))
            self.indices.append(index)

    ruler = Ruler()
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"}, 0)
    ruler.add([[{"LOWER": {"IN": ["gon", "x"]}}]], {"LEMMA": "gone"}, 0)
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, -1)
    ruler.add([[{"LOWER": {"REGEX": "^ye?s$"}}]], {"LEMMA": "yes"}, 0)
    fast = CachedAttributeRules(vocab)
    fast.take_rules(ruler)
    doc = fast(nlp.make_doc("gon na ys gon yes"))
    assert [t.lemma_ for t in doc] == ["gone", "to", "yes", "gone", "yes"]


def test_unknown_pattern_forms_are_refused() -> None:
    nlp = load_model(disable=("parser", "ner", "lemmatizer", "tagger", "tok2vec"))
    from spacy.matcher import Matcher

    class Ruler:
        def __init__(self) -> None:
            self.matcher, self.attrs, self.indices = Matcher(nlp.vocab), [{}], [0]
            self.matcher.add("0", [[{"LOWER": "a", "OP": "+"}]])

    with pytest.raises(UnsupportedRule):
        CachedAttributeRules(nlp.vocab).take_rules(Ruler())
