"""Stage registry: the chain is checked at start-up, failures stay per document."""

from __future__ import annotations

import pytest

from wirewatch.api import extract_text
from wirewatch.document import Document, document_id
from wirewatch.errors import PipelineConfigError, StageError
from wirewatch.options import Options
from wirewatch.pipeline import STAGES, build_pipeline, per_document, register_stage


def test_default_chain_is_valid_and_ordered() -> None:
    p = build_pipeline()
    names = [s.name for s in p.stages]
    assert names[0] == "clean"
    assert names.index("spacy") < names.index("entities")


def test_missing_requirement_is_a_clear_error() -> None:
    with pytest.raises(PipelineConfigError, match="needs spacy"):
        build_pipeline(["clean", "entities"])
    with pytest.raises(PipelineConfigError, match="unknown stage 'nope'"):
        build_pipeline(["clean", "nope"])


def test_a_failing_document_does_not_stop_the_batch() -> None:
    @register_stage("test-fail-odd", requires=["body"], assigns=["title"])
    @per_document
    def fail_odd(doc: Document, options: Options) -> Document:
        if "odd" in doc.body:
            raise StageError("odd document")
        doc.title = "even"
        return doc

    try:
        p = build_pipeline(["test-fail-odd"], Options())
        p_docs = [Document(body="odd one"), Document(body="even one")]
        # "body" is not an input field, so build the chain by hand after the check above
    except PipelineConfigError:
        p = build_pipeline(["clean", "test-fail-odd"])
        p.stages = [STAGES["test-fail-odd"]]
        p_docs = [Document(body="odd one"), Document(body="even one")]
    out = p.run(p_docs)
    assert isinstance(out[0], StageError) and str(out[0]) == "odd document"
    assert isinstance(out[1], Document) and out[1].title == "even"
    del STAGES["test-fail-odd"]


def test_document_id_is_stable_under_whitespace() -> None:
    assert document_id("A  b\n\nc") == document_id(" A b c ")
    assert document_id("A b c") != document_id("A b d")


def test_entities_have_offsets_into_the_body() -> None:
    doc = extract_text(
        "Border tension\n\nRussian Foreign Minister Sergei Lavrov met officials in Dushanbe "
        "on Tuesday.",
        published="2021-07-09",
    )
    assert doc.published_from == "input"
    assert doc.entities, "spaCy found no entities"
    for e in doc.entities:
        assert doc.body[e.start : e.end] == e.text
    assert any(e.text == "Sergei Lavrov" and e.label == "PERSON" for e in doc.entities)
