"""Cards from flat plain-text exports of blog posts (placeholder until written)."""

from __future__ import annotations

from notecards.core.extract.markdown import CardSink


def is_flat_export(text: str, source: str) -> bool:
    return False


def extract(text: str, sink: CardSink) -> None:
    return None
