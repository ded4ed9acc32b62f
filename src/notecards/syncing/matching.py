"""Matching the cards found in notes to the cards stored: which found card is which card.

See :mod:`notecards.sync` for the rules, in the order they are tried.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Connection

from notecards.core import identity
from notecards.storage import repo

# similarity (0-100) for a vanished card to be taken for the same card, edited
QUESTION_SIMILARITY = 80.0
COMBINED_SIMILARITY = 75.0

Note = tuple[str, str]  # (root, source)


def _similarity(left: str, right: str) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.ratio(left, right))


# a found card offered to the matcher: (record, content key, root)
Offer = tuple[repo.CardRecord, str, str]


def card_record(fields: tuple[str, str, str, str, str, str, str, int]) -> repo.CardRecord:
    return tuple.__new__(repo.CardRecord, fields)


def _edit_score(stored: repo.StoredCard, record: repo.CardRecord, base_key: str) -> float | None:
    """How surely a found card is a vanished one edited (None: it is not)."""
    if stored.base_key == base_key:
        return 300.0
    question = _similarity(
        identity.normalise_text(stored.record.question), identity.normalise_text(record.question)
    )
    if question >= QUESTION_SIMILARITY:
        return 100.0 + question
    answer = _similarity(stored.record.answer, record.answer)
    combined = 0.5 * question + 0.5 * answer
    if answer >= QUESTION_SIMILARITY and combined >= COMBINED_SIMILARITY:
        return combined
    return None


class Matcher:
    """Decides, card by card, which stored card each found card is."""

    def __init__(self, connection: Connection, vanishing: list[repo.StoredCard]) -> None:
        self.connection = connection
        self.stored_cards = repo.has_cards(connection)
        self.vanishing = {stored.id: stored for stored in vanishing}
        self.notes_with_vanishing: set[Note] = {
            (stored.root, stored.record.source) for stored in vanishing
        }
        self.entries: dict[str, repo.KeyEntry | None] = {}
        self.claimed: set[int] = set()
        self.taken: set[str] = set()  # keys given to cards in this sync
        self.ready: list[repo.Placement] = []  # new cards to write now
        self.held: list[repo.Placement] = []  # new cards that may be edits
        self.updates: list[tuple[int, repo.CardRecord, str, str, str]] = []
        self.deferred: list[Offer] = []  # cards that moved between notes
        self.revived = 0

    def prefetch(self, offers: Sequence[Offer]) -> None:
        """Look up, in one go, the keys these cards will ask about first: their own."""
        if not self.stored_cards:
            return  # nothing stored yet: every key is free but for this sync's own
        wanted = {offer[1] for offer in offers}
        unknown = [key for key in wanted if key not in self.entries]
        if unknown:
            entries = repo.key_entries(self.connection, unknown)
            for key in unknown:
                self.entries[key] = entries.get(key)

    def _entry(self, key: str) -> repo.KeyEntry | None:
        if not self.stored_cards:
            return None
        if key not in self.entries:
            self.entries[key] = repo.key_entries(self.connection, [key]).get(key)
        return self.entries[key]

    def offer(
        self, record: repo.CardRecord, base_key: str, root: str, *, final: bool = False
    ) -> None:
        """Place one found card under its key, a salted key, or a stored card's key."""
        key, salts = base_key, 0
        while True:
            entry = None if key in self.taken else self._entry(key)
            if key in self.taken or (
                entry is not None
                and (
                    entry.id in self.claimed
                    or (not entry.retired and entry.id not in self.vanishing)
                )
            ):
                # this sync (a found card, or one that revived a retired card) or another
                # note's card holds the key
                salts += 1
                key = identity.salted_key(base_key, f"{root}/{record.source}", salts)
                continue
            if entry is None:
                self._place(record, key, base_key, root, None)
            elif entry.id in self.vanishing:
                if (entry.root, entry.source) != (root, record.source) and not final:
                    self.deferred.append((record, base_key, root))
                    return
                self._place(record, key, base_key, root, entry.id)
            else:
                self.revived += 1
                self._place(record, key, base_key, root, entry.id)
            return

    def _place(
        self, record: repo.CardRecord, key: str, base_key: str, root: str, card_id: int | None
    ) -> None:
        self.taken.add(key)
        if card_id is None:
            note = (root, record.source)
            target = self.held if note in self.notes_with_vanishing else self.ready
            target.append((record, key, base_key, root))
            return
        self.claimed.add(card_id)
        stored = self.vanishing.get(card_id)
        unchanged = (
            stored is not None
            and stored.record == record
            and (stored.key, stored.base_key, stored.root) == (key, base_key, root)
        )
        if not unchanged:
            self.updates.append((card_id, record, key, base_key, root))

    def settle_moves(self) -> None:
        """Cards that moved to another note, taken now that every note has been read."""
        deferred, self.deferred = self.deferred, []
        for record, base_key, root in deferred:
            self.offer(record, base_key, root, final=True)

    def match_edits(self) -> None:
        """New cards of a changed note that are its vanished cards edited keep those cards."""
        leftovers: dict[Note, list[repo.StoredCard]] = defaultdict(list)
        for stored in self.vanishing.values():
            if stored.id not in self.claimed:
                leftovers[(stored.root, stored.record.source)].append(stored)
        pairs: list[tuple[float, int, int]] = []
        for index, (record, _key, base_key, root) in enumerate(self.held):
            for stored in leftovers.get((root, record.source), ()):
                if stored.record.kind == record.kind:
                    score = _edit_score(stored, record, base_key)
                    if score is not None:
                        pairs.append((score, index, stored.id))
        matched: set[int] = set()
        for _, index, stored_id in sorted(pairs, key=lambda pair: -pair[0]):
            if index in matched or stored_id in self.claimed:
                continue
            matched.add(index)
            self.claimed.add(stored_id)
            record, key, base_key, root = self.held[index]
            self.updates.append((stored_id, record, key, base_key, root))
        self.ready.extend(item for index, item in enumerate(self.held) if index not in matched)
        self.held = []

    def unclaimed(self) -> list[repo.StoredCard]:
        return [stored for stored in self.vanishing.values() if stored.id not in self.claimed]
