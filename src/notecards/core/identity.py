"""A card's content key: what identifies a card independently of where it sits.

The key hashes the card's kind, its context (heading path) and its normalised question, so
it survives answer edits, reordering and moving or renaming the note. Cards that would share
a key (the same question twice) are told apart by source and occurrence, so two different
cards never share one. Edits to the question itself change the key; the sync layer matches
such vanished keys to new ones from the same note by similarity.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace
from operator import attrgetter

from notecards.core.model import Card, CardKind

_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|==)")
_EMPHASIS_HINT = re.compile(r"[*_~=]")
_EDGE_PUNCTUATION = " \t:：-–—→=.?？!"
KEY_LENGTH = 16
_KEY = attrgetter("key")


@functools.lru_cache(maxsize=8192)
def normalise_text(text: str) -> str:
    """Case, width, emphasis and spacing folded away, so trivial edits keep the key."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if _EMPHASIS_HINT.search(text):
        text = _EMPHASIS.sub("", text)
    return " ".join(text.split()).strip(_EDGE_PUNCTUATION)


def _digest(*parts: str) -> str:
    payload = "\x1f".join(parts).encode("utf-8")
    return hashlib.blake2b(payload, digest_size=KEY_LENGTH // 2).hexdigest()


@functools.lru_cache(maxsize=4096)
def context_path(context: tuple[str, ...]) -> str:
    """The normalised heading path a content key is made from."""
    return "\x1e".join(normalise_text(part) for part in context)


def content_key(kind: CardKind, question: str, context: tuple[str, ...]) -> str:
    """The key from content alone: kind, context path and question."""
    # _digest(kind.value, path, question), inlined: this runs for every card of every note
    # (and is inlined in turn where a note's cards are made, extract.pipeline.cards_of)
    payload = "\x1f".join((kind, context_path(context), normalise_text(question)))
    return hashlib.blake2b(payload.encode("utf-8"), digest_size=KEY_LENGTH // 2).hexdigest()


def base_key(card: Card) -> str:
    return content_key(card.kind, card.question, card.context)


def assign_keys(cards: Iterable[Card]) -> list[Card]:
    """Give every card a key, unique within the batch.

    A card that already has a key (its content key, set when it was made) starts from it.
    The first card with a given content keeps the plain content key; later ones (in the
    order given, which callers keep stable: by source, then line) get a key salted with
    their source and their occurrence number within it.
    """
    given = list(cards)
    keys = set(map(_KEY, given))
    if len(keys) == len(given) and "" not in keys:
        return given  # the common case: each card has a key of its own already
    seen: set[str] = set()
    occurrences: dict[tuple[str, str], int] = {}
    keyed: list[Card] = []
    for card in given:
        key = card.key or base_key(card)
        if key in seen:
            count = occurrences.get((key, card.source), 0) + 1
            occurrences[(key, card.source)] = count
            key = salted_key(key, card.source, count)
            while key in seen:  # pragma: no cover - a 64-bit collision
                key = _digest(key)
        seen.add(key)
        keyed.append(card if card.key == key else replace(card, key=key))
    return keyed


def salted_key(key: str, place: str, occurrence: int) -> str:
    """A key for the ``occurrence``-th card at ``place`` whose content key is taken."""
    return _digest(key, place, str(occurrence))


def sort_for_keys(cards: Sequence[Card]) -> list[Card]:
    """The stable order in which keys are assigned: by source, then line."""
    return sorted(cards, key=lambda card: (card.source, card.line))
