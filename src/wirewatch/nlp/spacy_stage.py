"""The ``spacy`` stage: tokens, tags, sentences, named entities, and (by default) syntax.

Documents stream through ``nlp.pipe`` in batches; the spaCy Docs are kept in
``Document.nlp_cache`` ("body" and "comments") for later stages, never serialised.
"""

from __future__ import annotations

from wirewatch.document import Document
from wirewatch.errors import StageError
from wirewatch.nlp.model import load_fast_model, load_parsing_model
from wirewatch.options import Options
from wirewatch.pipeline import register_stage


@register_stage("spacy", requires=["body"], assigns=["spacy"])
def spacy_stage(docs: list[Document], options: Options) -> list[Document | StageError]:
    """Run the fast spaCy pipeline over bodies (and comments when enabled)."""
    nlp = load_parsing_model() if options.parse_all else load_fast_model()
    for doc, sdoc in zip(docs, nlp.pipe((d.body for d in docs), batch_size=64), strict=True):
        doc.nlp_cache["body"] = sdoc
        doc.nlp_cache["parsed"] = options.parse_all
    if options.process_comments:
        pairs = [(d, c) for d in docs for c in d.comments if c.text.strip()]
        texts = (c.text for _, c in pairs)
        for d in docs:
            d.nlp_cache["comments"] = {}
        for (d, c), sdoc in zip(pairs, nlp.pipe(texts, batch_size=64), strict=True):
            d.nlp_cache["comments"][c.id] = sdoc
    return list(docs)
