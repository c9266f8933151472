"""Forces sent to help are aid, not a show of force.

"Britain is deploying 300 troops to the UN peacekeeping mission in Mali", "US troops arrived
in Nepal to help deliver aid": the deployment verb is the same as in a build-up on a border,
but PLOVER codes military personnel provided to a recipient, and peacekeeping (CAMEO 074), as
AID. The purpose clause or the mission named decides; the words are data (``roles.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.extract.clauses import is_to_infinitive
from wirewatch.extract.roles import role_words

PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})
MAX_SUBTREE_TOKENS = 40


def sent_to_help(trigger: Token) -> bool:
    """Does the deployment ``trigger`` names serve to help, rescue or keep the peace?"""
    words = role_words()
    for child in trigger.children:
        purpose = child.dep_ in PURPOSE_DEPS and child.lower_ in words.helping_verbs
        if purpose and is_to_infinitive(child):
            return True
    subtree = list(trigger.subtree)[:MAX_SUBTREE_TOKENS]
    return any(t.lower_ in words.helping_words for t in subtree)
