"""The model's attribute-ruler rules applied through a per-token cache, with identical results.

spaCy's ``attribute_ruler`` runs a Matcher with ~180 patterns over every token, which costs
about as much as the parser in ``en_core_web_sm``. Almost all of those patterns test one
token's tag, lowercase form, dependency label or whitespace flag, so what they assign to a
token depends only on those few values: it is worked out once per distinct combination and
then looked up. The handful of multi-token patterns are tried only where their first token
fits. Rules apply in the ruler's order (later ones win), as in spaCy. A ruler whose patterns
use anything else (operators, other attributes) is left in place untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

FACTORY = "wirewatch_attribute_rules"
# Token attributes a rule may test: matcher key -> (spaCy attribute id, holds a string).
TESTED = {
    "TAG": (TAG, True),
    "LOWER": (LOWER, True),
    "DEP": (DEP, True),
    "IS_SPACE": (IS_SPACE, False),
}
# A token's tested values, in TESTED order ('' for an unset label, a bool for IS_SPACE).
Values = tuple[Any, ...]
Test = Callable[[Values], bool]


class UnsupportedRule(ValueError):
    """A ruler pattern this module cannot reproduce exactly; the spaCy ruler stays."""


def _value_test(position: int, spec: Any) -> Test:
    if isinstance(spec, bool | str):
        return lambda values: values[position] == spec
    if not isinstance(spec, dict) or len(spec) != 1:
        raise UnsupportedRule(f"pattern value {spec!r}")
    ((op, arg),) = spec.items()
    if op == "IN" and isinstance(arg, list):
        members = frozenset(arg)
        return lambda values: values[position] in members
    if op == "NOT_IN" and isinstance(arg, list):
        members = frozenset(arg)
        return lambda values: values[position] not in members
    if op == "REGEX" and isinstance(arg, str):
        regex = re.compile(arg)
        return lambda values: bool(regex.search(values[position]))
    raise UnsupportedRule(f"pattern operator {op!r}")


def _token_test(token_spec: dict[str, Any]) -> Test:
    """One pattern token as a test of a token's values (all keys must hold, as in Matcher)."""
    names = list(TESTED)
    tests = []
    for key, spec in token_spec.items():
        if key.upper() not in TESTED:
            raise UnsupportedRule(f"pattern key {key!r}")
        tests.append(_value_test(names.index(key.upper()), spec))
    return lambda values: all(t(values) for t in tests)


@dataclass(frozen=True)
class _Rule:
    order: int
    attrs: dict[int, Any]
    index: int
    tokens: tuple[Test, ...]


class CachedAttributeRules:
    """Pipeline component: the attribute ruler's effect, computed once per distinct token."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._single: list[_Rule] = []
        self._multi: list[_Rule] = []
        self._merged: dict[Values, dict[int, Any]] = {}
        self._hits: dict[Values, list[_Rule]] = {}
        self._starts: dict[Values, list[_Rule]] = {}
        self._values: dict[tuple[int, ...], Values] = {}

    def take_rules(self, ruler: Any) -> None:
        """Copy the rules of a spaCy AttributeRuler (raises UnsupportedRule if one can't be)."""
        single, multi = [], []
        for order, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            for pattern in ruler.matcher.get(str(order))[1]:
                if any("OP" in spec or not isinstance(spec, dict) for spec in pattern):
                    raise UnsupportedRule(f"pattern {pattern!r}")
                if not -len(pattern) <= index < len(pattern):
                    raise UnsupportedRule(f"index {index} outside pattern {pattern!r}")
                rule = _Rule(order, attrs, index % len(pattern), tuple(map(_token_test, pattern)))
                (single if len(pattern) == 1 else multi).append(rule)
        self._single, self._multi = single, multi
        self._merged, self._hits, self._starts, self._values = {}, {}, {}, {}

    def _decode(self, ids: tuple[int, ...]) -> Values:
        values = self._values.get(ids)
        if values is None:
            strings = self.vocab.strings
            values = tuple(
                (strings[i] if i else "") if is_string else bool(i)
                for i, (_, is_string) in zip(ids, TESTED.values(), strict=True)
            )
            self._values[ids] = values
        return values

    def _single_hits(self, values: Values) -> list[_Rule]:
        hits = self._hits.get(values)
        if hits is None:
            hits = [r for r in self._single if r.tokens[0](values)]
            self._hits[values] = hits
            merged: dict[int, Any] = {}
            for rule in hits:
                merged.update(rule.attrs)
            self._merged[values] = merged
        return hits

    def _multi_starts(self, values: Values) -> list[_Rule]:
        starts = self._starts.get(values)
        if starts is None:
            starts = [r for r in self._multi if r.tokens[0](values)]
            self._starts[values] = starts
        return starts

    def __call__(self, doc: Doc) -> Doc:
        ids = doc.to_array([a for a, _ in TESTED.values()]).tolist()
        values = [self._decode(tuple(row)) for row in ids]
        extra: dict[int, list[_Rule]] = {}
        if self._multi:
            n = len(values)
            for start, first in enumerate(values):
                for rule in self._multi_starts(first):
                    end = start + len(rule.tokens)
                    if end <= n and all(
                        test(values[start + k]) for k, test in enumerate(rule.tokens[1:], 1)
                    ):
                        extra.setdefault(start + rule.index, []).append(rule)
        for i, v in enumerate(values):
            hits = self._single_hits(v)
            if i in extra:
                token = doc[i]
                for rule in sorted(hits + extra[i], key=lambda r: r.order):
                    set_token_attrs(token, rule.attrs)
            elif hits:
                set_token_attrs(doc[i], self._merged[v])
        return doc


def use_cached_attribute_rules(nlp: Language) -> bool:
    """Swap the pipeline's ``attribute_ruler`` for the cached version; False if left as is."""
    from spacy.language import Language

    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if isinstance(ruler, CachedAttributeRules):
        return True
    fast = CachedAttributeRules(nlp.vocab)
    try:
        fast.take_rules(ruler)
    except UnsupportedRule:
        return False
    if FACTORY not in Language.factories:
        Language.factory(FACTORY, func=lambda nlp, name: CachedAttributeRules(nlp.vocab))
    nlp.replace_pipe("attribute_ruler", FACTORY).take_rules(ruler)
    return True
