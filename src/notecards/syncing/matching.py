"""Matching the cards found in notes to the cards stored: which found card is which card.

See :mod:`notecards.sync` for the rules, in the order they are tried. The matcher keeps
what it decided note by note (an :class:`Outcome` each), so that a note's cards can be
written together with the note's own record.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from notecards.core import identity
from notecards.storage import repo
from notecards.syncing.similarity import QUESTION_SIMILARITY, carry_score, edit_score, move_score

Note = tuple[str, str]  # (root, source)
# a found card offered to the matcher: (record, content key, root)
Offer = tuple[repo.CardRecord, str, str]
# a stored card rewritten: (card id, record, key, base key, root)
Update = tuple[int, repo.CardRecord, str, str, str]
# who holds each of some keys (see repo.key_entries)
Lookup = Callable[[list[str]], dict[str, repo.KeyEntry]]


def card_record(fields: tuple[str, str, str, str, str, str, str, int]) -> repo.CardRecord:
    return tuple.__new__(repo.CardRecord, fields)


@dataclass
class Outcome:
    """What one note's cards come to: cards to insert and stored cards to rewrite."""

    inserts: list[repo.Placement] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)


@dataclass
class Settlement:
    """What is left to write once every note has been read."""

    outcomes: dict[Note, Outcome]
    retired: list[tuple[Note, int]]  # (the note it vanished from, card id)
    links: list[tuple[Note, Note]]  # a card moved from the first note to the second


class Matcher:
    """Decides, card by card, which stored card each found card is.

    ``open_notes`` are the notes whose new cards may turn out to be stored cards edited
    (notes with vanishing cards, and new notes named or placed like a deleted note): their
    outcome is only known once every note has been read. Other notes are settled as soon
    as their cards have been offered, unless one of their cards came from another note.
    Notes whose text is unchanged but were extracted by earlier rules (:meth:`rules_changed`)
    carry their vanished cards over to the cards they now make in the same place.
    """

    def __init__(
        self,
        vanishing: Sequence[repo.StoredCard],
        *,
        stored_cards: bool,
        lookup: Lookup,
        new_notes: Iterable[Note] = (),
        gone_notes: Iterable[Note] = (),
    ) -> None:
        self.stored_cards = stored_cards
        self.lookup = lookup
        self.vanishing = {stored.id: stored for stored in vanishing}
        self.vanishing_in: dict[Note, list[int]] = defaultdict(list)
        for stored in vanishing:
            self.vanishing_in[(stored.root, stored.record.source)].append(stored.id)
        self.gone_notes = set(gone_notes)
        # a new note may be a deleted one, moved (same name) or renamed (same folder)
        names = {_name(note) for note in self.gone_notes}
        folders = {_folder(note) for note in self.gone_notes}
        self.new_notes = {
            note for note in new_notes if _name(note) in names or _folder(note) in folders
        }
        self.open_notes: set[Note] = set(self.vanishing_in) | self.new_notes
        self.outcomes: dict[Note, Outcome] = {}
        self.entries: dict[str, repo.KeyEntry | None] = {}
        self.claimed: set[int] = set()
        self.taken: set[str] = set()  # keys given to cards in this sync
        self.deferred: list[Offer] = []  # cards that moved between notes
        self.links: list[tuple[Note, Note]] = []
        self.reworded: set[Note] = set()  # notes whose text is unchanged, not their rules
        self.revived = 0
        self.carried = 0  # cards carried over to what new rules make of the same text

    def prefetch(self, offers: Sequence[Offer]) -> None:
        """Look up, in two queries, the keys these cards will ask about: their own, then
        the salted keys of those whose own key is taken (a question asked twice)."""
        if not self.stored_cards:
            return  # nothing stored yet: every key is free but for this sync's own
        self._fetch({offer[1] for offer in offers})
        asked = Counter(offer[1] for offer in offers)
        in_note: Counter[tuple[str, str]] = Counter()
        salted: set[str] = set()
        for record, base_key, root in offers:
            place = f"{root}/{record.source}"
            in_note[(place, base_key)] += 1
            if asked[base_key] > 1 or base_key in self.taken or self.entries.get(base_key):
                # the n-th card with this key in its note tries salts 1 to n
                salted.update(
                    identity.salted_key(base_key, place, salt)
                    for salt in range(1, in_note[(place, base_key)] + 1)
                )
        self._fetch(salted)

    def _fetch(self, keys: set[str]) -> None:
        unknown = [key for key in keys if key not in self.entries]
        if unknown:
            entries = self.lookup(unknown)
            for key in unknown:
                self.entries[key] = entries.get(key)

    def _entry(self, key: str) -> repo.KeyEntry | None:
        if not self.stored_cards:
            return None
        if key not in self.entries:
            self.entries[key] = self.lookup([key]).get(key)
        return self.entries[key]

    def outcome(self, note: Note) -> Outcome:
        found = self.outcomes.get(note)
        if found is None:
            found = self.outcomes[note] = Outcome()
        return found

    def offer(
        self, record: repo.CardRecord, base_key: str, root: str, *, final: bool = False
    ) -> None:
        """Place one found card under its key, a salted key, or a stored card's key."""
        key, salts = base_key, 0
        note = (root, record.source)
        self.outcome(note)
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
                if (entry.root, entry.source) != note and not final:
                    self.deferred.append((record, base_key, root))
                    self.open_notes.add(note)
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
        note = (root, record.source)
        if card_id is None:
            self.outcome(note).inserts.append((record, key, base_key, root))
            return
        self._claim(card_id, note, (card_id, record, key, base_key, root))

    def _claim(self, card_id: int, note: Note, update: Update) -> bool:
        """Give a stored card the found card's text and place; whether that changed it."""
        self.claimed.add(card_id)
        stored = self.vanishing.get(card_id)
        if stored is not None and (stored.root, stored.record.source) != note:
            self.links.append(((stored.root, stored.record.source), note))
        _, record, key, base_key, root = update
        unchanged = (
            stored is not None
            and stored.record == record
            and (stored.key, stored.base_key, stored.root) == (key, base_key, root)
        )
        if not unchanged:
            self.outcome(note).updates.append(update)
        return not unchanged

    def rules_changed(self, note: Note) -> None:
        """A note read again only because earlier rules extracted it: its text is as
        stored, so a vanished card is carried over to the new card on its line (or, failing
        that, to a card alike, as an edit is), not left to similarity alone."""
        self.reworded.add(note)

    def keep(self, note: Note) -> None:
        """A note whose stored cards stay as they are (unreadable, or its text unchanged)."""
        for card_id in self.vanishing_in.pop(note, ()):
            del self.vanishing[card_id]
        self.open_notes.discard(note)

    def take_settled(self, notes: Iterable[Note]) -> list[tuple[Note, Outcome]]:
        """The outcomes of those of ``notes`` (all of whose cards were offered) that are
        final already, forgotten here: they are the caller's to write."""
        return [
            (note, self.outcomes.pop(note) if note in self.outcomes else Outcome())
            for note in notes
            if note not in self.open_notes
        ]

    def settle(self) -> Settlement:
        """Once every note has been read: moves taken, edits matched, the rest retired."""
        deferred, self.deferred = self.deferred, []
        for record, base_key, root in deferred:
            self.offer(record, base_key, root, final=True)
        self._match_edits()
        retired = [
            ((stored.root, stored.record.source), stored.id)
            for stored in self.vanishing.values()
            if stored.id not in self.claimed
        ]
        outcomes, self.outcomes = self.outcomes, {}
        return Settlement(outcomes, retired, self.links)

    def _match_edits(self) -> None:
        """New cards of open notes that are vanished cards edited (in the same note, in a
        note it moved cards to, or in a deleted note), or reworded by new rules (in the same
        note, its text unchanged), keep those cards."""
        leftovers: dict[Note, list[repo.StoredCard]] = defaultdict(list)
        for stored in self.vanishing.values():
            if stored.id not in self.claimed:
                leftovers[(stored.root, stored.record.source)].append(stored)
        if not leftovers:
            return
        moved_from: dict[Note, set[Note]] = defaultdict(set)
        for old, new in self.links:
            moved_from[new].add(old)
        pairs: list[tuple[float, Note, int, int]] = []
        for note in self.open_notes & self.outcomes.keys():
            related = [note, *moved_from.get(note, ())]
            for index, (record, _key, base_key, _root) in enumerate(self.outcomes[note].inserts):
                for old in related:
                    carrying = old == note and note in self.reworded
                    for stored in leftovers.get(old, ()):
                        if stored.record.kind == record.kind:
                            score = (carry_score if carrying else edit_score)(
                                stored, record, base_key
                            )
                            if score is not None:
                                pairs.append((score, note, index, stored.id))
        pairs.extend(self._moves_from_gone_notes(leftovers))
        matched: set[tuple[Note, int]] = set()
        for _, note, index, stored_id in sorted(pairs, key=lambda pair: -pair[0]):
            if (note, index) in matched or stored_id in self.claimed:
                continue  # one found card per stored card, and one stored card per found card
            matched.add((note, index))
            record, key, base_key, root = self.outcomes[note].inserts[index]
            changed = self._claim(stored_id, note, (stored_id, record, key, base_key, root))
            stored = self.vanishing[stored_id]
            if changed and note in self.reworded and (stored.root, stored.record.source) == note:
                self.carried += 1
        for note in {note for note, _ in matched}:
            outcome = self.outcomes[note]
            outcome.inserts = [
                item for index, item in enumerate(outcome.inserts) if (note, index) not in matched
            ]

    def _moves_from_gone_notes(
        self, leftovers: dict[Note, list[repo.StoredCard]]
    ) -> list[tuple[float, Note, int, int]]:
        """Cards of deleted notes that reappear, edited, in new notes of the same name or in
        the same folder (a note moved or renamed)."""
        gone = [stored for note in self.gone_notes for stored in leftovers.get(note, ())]
        found = [
            (note, index, record)
            for note in self.new_notes & self.outcomes.keys()
            for index, (record, *_rest) in enumerate(self.outcomes[note].inserts)
        ]
        if not gone or not found:
            return []
        from rapidfuzz import fuzz, process

        questions = [identity.normalise_text(record.question) for _, _, record in found]
        pairs = []
        for stored in gone:
            close = process.extract(
                identity.normalise_text(stored.record.question),
                questions,
                scorer=fuzz.ratio,
                score_cutoff=QUESTION_SIMILARITY,
                limit=None,
            )
            for _, _, position in close:
                note, index, record = found[position]
                if stored.record.kind == record.kind and _moved(stored, note):
                    score = move_score(stored, record)
                    if score is not None:
                        pairs.append((score, note, index, stored.id))
        return pairs


def _name(note: Note) -> str:
    return note[1].rpartition("/")[2]


def _folder(note: Note) -> tuple[str, str]:
    return note[0], note[1].rpartition("/")[0]


def _moved(stored: repo.StoredCard, note: Note) -> bool:
    """Whether ``note`` may be the stored card's note moved (same name, another folder) or
    renamed (same root and folder)."""
    old = (stored.root, stored.record.source)
    return _name(old) == _name(note) or _folder(old) == _folder(note)
