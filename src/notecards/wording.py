"""Counts in words, for every message the user reads: ``1 card``, ``2 cards``, ``1 day``."""

from __future__ import annotations


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``count`` and ``noun``, in the plural unless ``count`` is 1 (``many``: the plural form)."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {many or noun + 's'}"
