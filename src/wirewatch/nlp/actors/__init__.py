"""Actor resolution: entities linked to {name, country, sector, kind, aliases} via the KB."""

from wirewatch.nlp.actors.coref import resolve_pronoun
from wirewatch.nlp.actors.kb import KnowledgeBase, check_kb, load_kb
from wirewatch.nlp.actors.resolve import resolve_actors

__all__ = ["KnowledgeBase", "check_kb", "load_kb", "resolve_actors", "resolve_pronoun"]
