"""The card browser with no user interface: find cards, look at one, change many, undo.

The browser screen (``notecards browse``) and the ``cards``/``card``/``suspend``... commands
use only this module, never storage directly. A :class:`Browser` is one profile's view of a
database. Every change is committed before the method making it returns, and can be undone
(several levels deep) as long as nobody changed those cards since.

Searching: every word of :attr:`BrowseQuery.text` must occur in the card's question, answer,
context (note title and headings), tags or source path, as a substring, case aside (a
syllable prefix finds a Korean word: ``인플레`` finds ``인플레이션``); see
:mod:`notecards.storage.searching`. Deck filters include sub-decks; states are OR-ed, every
other filter AND-ed. Rejected cards are only listed when "rejected" is among the states.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple, get_args

from notecards.core.faces import Faces, faces
from notecards.localday import local_date
from notecards.storage import browsing as stored
from notecards.storage import marking
from notecards.storage.browse_filters import Search
from notecards.storage.repo import card_of

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from notecards.storage.db import Database
    from notecards.sync import SyncReport

CardStatus = Literal[
    "new",
    "learning",
    "review",
    "suspended",
    "buried",
    "retired",
    "rejected",
    "flagged",
    "untriaged",
]
STATUSES: tuple[CardStatus, ...] = get_args(CardStatus)
SORT_COLUMNS = ("question", "deck", "state", "due", "interval", "ease", "lapses", "source")
UNDO_DEPTH = 100


class BrowseError(Exception):
    """An action that cannot be done; the message says why, for the user."""


@dataclass(frozen=True)
class BrowseQuery:
    text: str = ""  # words in question/answer/context/tags/source path
    decks: tuple[str, ...] = ()  # a deck includes its sub-decks ("a" matches "a::b")
    statuses: tuple[CardStatus, ...] = ()  # OR within statuses, AND with the other filters
    tags: tuple[str, ...] = ()
    sort: str = "due"  # one of SORT_COLUMNS
    descending: bool = False
    limit: int = 1000


@dataclass(frozen=True)
class BrowseRow:
    card_id: int  # database id (internal)
    stable_id: str  # the id of `notecards cards --json` (origin key based)
    question: str
    title: str  # the note title and headings (the card's context joined " › ")
    deck: str
    status: CardStatus  # the main state: new/learning/review/suspended/buried/retired/rejected
    flagged: bool
    due: date | None
    interval: int
    ease: float  # SM-2 easiness, e.g. 2.5
    lapses: int
    source: str  # note path relative to its root
    line: int
    untriaged: bool = False  # a new card waiting in the inbox (config triage = true)


class ReviewLine(NamedTuple):
    reviewed_at: datetime  # aware, UTC
    quality: int
    interval: int  # days, after the grade


@dataclass(frozen=True)
class CardDetail:
    row: BrowseRow
    faces: Faces  # as the review screen shows it
    context: tuple[str, ...]
    tags: tuple[str, ...]
    note_path: Path  # absolute path of the note file (for the editor)
    history: tuple[ReviewLine, ...]  # oldest first
    answer: str = ""  # markdown source
    kind: str = "basic"


@dataclass(frozen=True)
class BrowseCounts:
    flagged: int  # live cards flagged by the profile
    inbox: int  # new cards waiting to be accepted or rejected


@dataclass(frozen=True)
class DeckTriage:
    deck: str
    cards: int  # live cards (retired ones aside)
    accepted: int  # neither rejected nor waiting in the inbox
    rejected: int
    untriaged: int  # waiting in the inbox


@dataclass(frozen=True)
class _Change:
    """One undoable change: what it was, and the rows before and after it."""

    what: str
    before: marking.StateRows
    after: marking.StateRows


def _row(found: stored.FoundCard) -> BrowseRow:
    status = found.state if found.state in STATUSES else "new"
    return BrowseRow(
        card_id=found.card_id,
        stable_id=found.origin_key,
        question=found.question,
        title=" › ".join(found.context),
        deck=found.deck,
        status=status,
        flagged=found.flagged,
        due=found.due,
        interval=found.interval,
        ease=found.easiness_centi / 100,
        lapses=found.lapses,
        source=found.source,
        line=found.line,
        untriaged=found.untriaged,
    )


def _search(query: BrowseQuery) -> Search:
    if query.sort not in SORT_COLUMNS:
        raise BrowseError(f"cannot sort by {query.sort!r}: one of {', '.join(SORT_COLUMNS)}")
    unknown = [status for status in query.statuses if status not in STATUSES]
    if unknown:
        raise BrowseError(f"no state {unknown[0]!r}: one of {', '.join(STATUSES)}")
    return Search(
        text=query.text,
        decks=query.decks,
        states=tuple(query.statuses),
        tags=query.tags,
        sort=query.sort,
        descending=query.descending,
        limit=max(0, query.limit),
    )


def _filters(search: Search) -> tuple[object, ...]:
    """What decides which cards a search finds (its sort and limit aside)."""
    return (search.text, search.decks, search.states, search.tags)


class Browser:
    """One profile's card browser over a database; every action can be undone."""

    def __init__(self, database: Database, profile: str, *, today: date | None = None) -> None:
        self.database = database
        self.profile = profile
        self._today = today
        self._undo: list[_Change] = []
        # the filters of the last search, its day and how many cards it found
        self._counted: tuple[tuple[object, ...], date, int] | None = None

    def today(self) -> date:
        """The day the browser works in: given, else the local calendar day now."""
        return self._today or local_date(datetime.now(UTC))

    # --- finding -----------------------------------------------------------------------------

    def search(self, query: BrowseQuery) -> list[BrowseRow]:
        """The cards found, sorted, at most ``query.limit``."""
        search = _search(query)
        today = self.today()
        with self.database.reading() as connection:
            found = stored.find(connection, self.profile, search, today)
        self._counted = (_filters(search), today, found.total)
        return [_row(card) for card in found.cards]

    def count(self, query: BrowseQuery) -> int:
        """How many cards ``query`` finds, its limit aside (known at no cost right after a
        search with the same filters, as the browser asks it)."""
        search = _search(query)
        today = self.today()
        if self._counted is not None and self._counted[:2] == (_filters(search), today):
            return self._counted[2]
        with self.database.reading() as connection:
            return stored.count(connection, self.profile, search, today)

    def detail(self, card_id: int) -> CardDetail:
        with self.database.reading() as connection:
            row = stored.one(connection, self.profile, card_id, self.today())
            if row is None:
                raise BrowseError(f"no card {card_id}")
            lapses = stored.lapse_counts(connection, self.profile, [card_id]).get(card_id, 0)
            history = stored.history(connection, self.profile, card_id)
        card = card_of(row)
        return CardDetail(
            row=_row(stored.found_card(row, lapses)),
            faces=faces(card),
            context=card.context,
            tags=card.tags,
            note_path=Path(row.root) / row.source,
            history=tuple(
                ReviewLine(line.reviewed_at, line.quality, line.interval) for line in history
            ),
            answer=card.answer,
            kind=card.kind.value,
        )

    def decks(self) -> list[str]:
        with self.database.reading() as connection:
            return stored.deck_names(connection)

    def tags(self) -> list[str]:
        with self.database.reading() as connection:
            return stored.tag_names(connection)

    def counts(self) -> BrowseCounts:
        with self.database.reading() as connection:
            flagged, inbox = stored.flag_and_inbox_counts(connection, self.profile)
        return BrowseCounts(flagged=flagged, inbox=inbox)

    def deck_report(self) -> list[DeckTriage]:
        """Per deck: cards accepted, rejected and still to triage (the extractor's precision
        on the user's own notes)."""
        with self.database.reading() as connection:
            rows = stored.deck_triage(connection, self.profile)
        return [
            DeckTriage(row.deck, row.cards, row.accepted, row.rejected, row.untriaged)
            for row in rows
        ]

    def ids_of(self, stable_ids: Sequence[str]) -> dict[str, int]:
        """The database ids of cards named by the stable ids of ``cards --json`` (unknown ones
        are absent)."""
        with self.database.reading() as connection:
            return stored.card_ids_of(connection, stable_ids)

    # --- changing ----------------------------------------------------------------------------

    def _apply(
        self, what: str, card_ids: Sequence[int], change: Callable[[Connection], int]
    ) -> int:
        if not card_ids:
            return 0
        self._counted = None
        with self.database.transaction() as connection:
            marking.hold_cards(connection, self.profile, card_ids)
            before = marking.snapshots(connection, self.profile, card_ids)
            changed = change(connection)
            after = marking.snapshots(connection, self.profile, card_ids) if changed else before
        if changed:
            self._undo.append(_Change(f"{what} {_cards(changed)}", before, after))
            del self._undo[:-UNDO_DEPTH]
        return changed

    def suspend(self, card_ids: Sequence[int]) -> int:
        return self._apply(
            "suspend", card_ids, lambda c: marking.suspend(c, self.profile, card_ids, True)
        )

    def unsuspend(self, card_ids: Sequence[int]) -> int:
        return self._apply(
            "unsuspend", card_ids, lambda c: marking.suspend(c, self.profile, card_ids, False)
        )

    def bury(self, card_ids: Sequence[int]) -> int:
        """Set the cards aside until tomorrow (the local day)."""
        today = self.today()
        return self._apply(
            "bury", card_ids, lambda c: marking.bury(c, self.profile, card_ids, today)
        )

    def flag(self, card_ids: Sequence[int]) -> int:
        return self._apply(
            "flag", card_ids, lambda c: marking.flag(c, self.profile, card_ids, True)
        )

    def unflag(self, card_ids: Sequence[int]) -> int:
        return self._apply(
            "unflag", card_ids, lambda c: marking.flag(c, self.profile, card_ids, False)
        )

    def reject(self, card_ids: Sequence[int]) -> int:
        """Never ask these cards again (until restored); kept through every sync."""
        now = datetime.now(UTC)
        return self._apply(
            "reject", card_ids, lambda c: marking.reject(c, self.profile, card_ids, True, now)
        )

    def restore(self, card_ids: Sequence[int]) -> int:
        """Take back a rejection."""
        now = datetime.now(UTC)
        return self._apply(
            "restore", card_ids, lambda c: marking.reject(c, self.profile, card_ids, False, now)
        )

    def reset(self, card_ids: Sequence[int]) -> int:
        """Forget the cards' schedules (they are new again); their review history stays."""
        return self._apply("reset", card_ids, lambda c: marking.reset(c, self.profile, card_ids))

    def accept(self, card_ids: Sequence[int]) -> int:
        """Triage: the cards leave the inbox for the new cards' queue."""
        return self._apply("accept", card_ids, lambda c: marking.accept(c, self.profile, card_ids))

    def accept_rest_of_note(self, card_id: int) -> int:
        """Triage: accept this card and every card of its note still in the inbox."""
        with self.database.reading() as connection:
            waiting = marking.untriaged_of_note(connection, self.profile, card_id)
        return self.accept(waiting)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> str | None:
        """Take back the last change; what was undone (e.g. "suspend 3 cards"), None if
        there is nothing to undo. Raises :class:`BrowseError` when those cards were changed
        elsewhere since (a review in another window): undoing would lose that."""
        if not self._undo:
            return None
        change = self._undo[-1]
        ids = list(change.after)
        self._counted = None
        with self.database.transaction() as connection:
            marking.hold_cards(connection, self.profile, ids)
            if marking.snapshots(connection, self.profile, ids) != change.after:
                self._undo.pop()
                raise BrowseError(
                    f"cannot undo {change.what}: the cards were changed elsewhere since"
                )
            marking.restore(connection, self.profile, change.before)
        self._undo.pop()
        return change.what

    # --- the note ----------------------------------------------------------------------------

    def resync_note(self, card_id: int) -> SyncReport | None:
        """After the card's note was edited: sync its notes folder (only changed notes are
        read). None when the folder is gone."""
        from notecards.sync import sync

        with self.database.reading() as connection:
            row = stored.one(connection, self.profile, card_id, self.today())
        if row is None:
            raise BrowseError(f"no card {card_id}")
        root = Path(row.root)
        if not root.exists():
            return None
        return sync(self.database, [root])


def _cards(count: int) -> str:
    return f"{count} card" if count == 1 else f"{count} cards"
