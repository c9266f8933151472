"""The exception hierarchy: every user-facing failure names its input and a reason.

Errors carry a stable ``code`` (as spaCy's E050-style codes do) so that users and tests can
match them without parsing prose.
"""

from __future__ import annotations


class WirewatchError(Exception):
    """Base class for everything wirewatch raises on purpose."""

    code = "W000"


class InputError(WirewatchError):
    """One input could not be read or processed; the others go on."""

    code = "W100"

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class PipelineConfigError(WirewatchError):
    """The requested stages do not form a valid chain (a stage's needs are not met)."""

    code = "W200"


class StageError(WirewatchError):
    """A stage failed on one document for a reason it could name (too large, too slow…)."""

    code = "W300"
