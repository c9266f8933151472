"""Errors the cleaners raise for input they refuse, with a reason the caller can report."""

from __future__ import annotations


class CleaningError(ValueError):
    """A page that cannot be cleaned safely (too large, too deeply nested, not HTML)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
