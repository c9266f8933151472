"""The model's attribute-ruler rules applied through a cache, with identical results.

spaCy's ``attribute_ruler`` runs a Matcher with ~180 patterns over every token, which costs
about as much as the parser in ``en_core_web_sm``. Almost all of those patterns test one
token's tag, lowercase form, dependency label or whitespace flag, so what they assign to a
token depends only on those few values: it is worked out once per kind of token (see
:class:`CachedAttributeRules`) and then looked up. The handful of multi-token patterns are
tried only where their first token fits. Rules apply in the ruler's order (later ones win),
as in spaCy. A ruler whose patterns use anything else (operators, other attributes) is left
in place untouched.
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
# A kind of token: tag id, kind of lowercase form, dependency id, whitespace flag.
Kind = tuple[int, tuple[Any, ...], int, int]
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


def _lower_specs(pattern: list[dict[str, Any]]) -> list[Any]:
    return [spec for token in pattern for key, spec in token.items() if key.upper() == "LOWER"]


class CachedAttributeRules:
    """Pipeline component: the attribute ruler's effect, computed once per kind of token.

    A token's kind is its tag, dependency label and whitespace flag, plus its lowercase form
    when some rule names that form, else only the outcome of the rules' regular expressions
    on it: every token of one kind gets the same rules, so the cache stays small however
    large the vocabulary grows.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._single: list[_Rule] = []
        self._multi: list[_Rule] = []
        self._named_lowers: frozenset[str] = frozenset()
        self._lower_tests: list[Test] = []
        self._lower_kinds: dict[int, tuple[Any, ...]] = {}
        self._kind_lower: dict[tuple[Any, ...], str] = {}
        self._merged: dict[Kind, dict[int, Any]] = {}
        self._hits: dict[Kind, list[_Rule]] = {}
        self._starts: dict[Kind, list[_Rule]] = {}
        self._values: dict[Kind, Values] = {}

    def take_rules(self, ruler: Any) -> None:
        """Copy the rules of a spaCy AttributeRuler (raises UnsupportedRule if one can't be)."""
        single, multi = [], []
        named: set[str] = set()
        lower_tests: list[Test] = []
        for order, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            for pattern in ruler.matcher.get(str(order))[1]:
                if any("OP" in spec or not isinstance(spec, dict) for spec in pattern):
                    raise UnsupportedRule(f"pattern {pattern!r}")
                if not -len(pattern) <= index < len(pattern):
                    raise UnsupportedRule(f"index {index} outside pattern {pattern!r}")
                for spec in _lower_specs(pattern):
                    if isinstance(spec, str):
                        named.add(spec)
                    elif isinstance(spec, dict) and set(spec) == {"IN"}:
                        named.update(v for v in spec["IN"] if isinstance(v, str))
                    elif isinstance(spec, dict) and set(spec) <= {"NOT_IN", "REGEX"}:
                        lower_tests.append(_value_test(0, spec))
                    else:
                        raise UnsupportedRule(f"LOWER test {spec!r}")
                rule = _Rule(order, attrs, index % len(pattern), tuple(map(_token_test, pattern)))
                (single if len(pattern) == 1 else multi).append(rule)
        self._single, self._multi = single, multi
        self._named_lowers, self._lower_tests = frozenset(named), lower_tests
        self._lower_kinds, self._kind_lower = {}, {}
        self._merged, self._hits, self._starts, self._values = {}, {}, {}, {}

    def _lower_kind(self, lower_id: int) -> tuple[Any, ...]:
        """Lowercase forms of one kind pass and fail exactly the same rule tests: a form a
        rule names is a kind of its own; any other is known by its regular-expression
        outcomes. One form of each kind stands for all of them."""
        kind = self._lower_kinds.get(lower_id)
        if kind is None:
            lower = self.vocab.strings[lower_id] if lower_id else ""
            if lower in self._named_lowers:
                kind = (lower,)
            else:
                kind = (None, *(test((lower,)) for test in self._lower_tests))
            self._lower_kinds[lower_id] = kind
            self._kind_lower.setdefault(kind, lower)
        return kind

    def _token_values(self, kind: Kind) -> Values:
        values = self._values.get(kind)
        if values is None:
            strings = self.vocab.strings
            tag, lower_kind, dep, space = kind
            values = (
                strings[tag] if tag else "",
                self._kind_lower[lower_kind],
                strings[dep] if dep else "",
                bool(space),
            )
            self._values[kind] = values
        return values

    def _single_hits(self, kind: Kind) -> list[_Rule]:
        hits = self._hits.get(kind)
        if hits is None:
            values = self._token_values(kind)
            hits = [r for r in self._single if r.tokens[0](values)]
            self._hits[kind] = hits
            merged: dict[int, Any] = {}
            for rule in hits:
                merged.update(rule.attrs)
            self._merged[kind] = merged
        return hits

    def _multi_starts(self, kind: Kind) -> list[_Rule]:
        starts = self._starts.get(kind)
        if starts is None:
            values = self._token_values(kind)
            starts = [r for r in self._multi if r.tokens[0](values)]
            self._starts[kind] = starts
        return starts

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([a for a, _ in TESTED.values()]).tolist()
        lower_kinds = self._lower_kinds
        kinds = [
            (tag, lower_kinds.get(low) or self._lower_kind(low), dep, space)
            for tag, low, dep, space in rows
        ]
        extra: dict[int, list[_Rule]] = {}
        if self._multi:
            n = len(kinds)
            for start, first in enumerate(kinds):
                for rule in self._multi_starts(first):
                    end = start + len(rule.tokens)
                    if end <= n and all(
                        test(self._token_values(kinds[start + k]))
                        for k, test in enumerate(rule.tokens[1:], 1)
                    ):
                        extra.setdefault(start + rule.index, []).append(rule)
        for i, kind in enumerate(kinds):
            hits = self._hits.get(kind)
            if hits is None:
                hits = self._single_hits(kind)
            if i in extra:
                token = doc[i]
                for rule in sorted(hits + extra[i], key=lambda r: r.order):
                    set_token_attrs(token, rule.attrs)
            elif hits:
                set_token_attrs(doc[i], self._merged[kind])
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
