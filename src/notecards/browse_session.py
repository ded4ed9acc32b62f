"""The card browser without a screen: the search being built, the cards it lists, the marked
cards and what is done to them, each action said in one sentence for the user.

The screen (:mod:`notecards.tui.screens.browse`) only draws what this holds and passes keys
on; everything it shows comes from :class:`notecards.browsing.Browser`, never from storage.

- The query: words typed, one deck, one state and one tag (each optional, all combined), and
  the sort column and direction (any of :data:`notecards.browsing.SORT_COLUMNS`).
- Marks: cards marked with Space; an action applies to the marked cards that are listed, or
  to the card under the cursor when none is. A search that no longer lists a marked card
  drops its mark, so that no action ever reaches a card the user cannot see.
- The inbox (triage): the browser filtered to untriaged new cards, where Enter accepts,
  ``x`` rejects and ``a`` accepts the rest of the note.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from notecards.browsing import SORT_COLUMNS, STATUSES, BrowseError, BrowseQuery, CardStatus
from notecards.wording import plural

if TYPE_CHECKING:
    from notecards.browsing import Browser, BrowseRow, CardDetail

__all__ = ["INBOX", "STATUSES", "BrowseSession", "Done", "deck_choices"]

INBOX: tuple[CardStatus, ...] = ("untriaged",)
DEFAULT_LIMIT = 1000


def deck_choices(decks: Sequence[str], chosen: str | None = None) -> list[str]:
    """Every deck a filter can pick: those holding cards, the decks above them (``a`` for
    ``a::b``, which lists both) and the one ``chosen`` already, sorted."""
    found = {deck for deck in decks if deck}
    for deck in list(found):
        parts = deck.split("::")
        found.update("::".join(parts[:depth]) for depth in range(1, len(parts)))
    if chosen:
        found.add(chosen)
    return sorted(found)


@dataclass(frozen=True, slots=True)
class Done:
    """What an action did: its sentence, and whether anything changed."""

    message: str
    changed: int


class BrowseSession:
    """One browser's state over a :class:`~notecards.browsing.Browser`."""

    def __init__(
        self,
        browser: Browser,
        *,
        inbox: bool = False,
        text: str = "",
        deck: str | None = None,
        limit: int = DEFAULT_LIMIT,
    ) -> None:
        self.browser = browser
        self.query = BrowseQuery(
            text=text,
            decks=(deck,) if deck else (),
            statuses=INBOX if inbox else (),
            limit=limit,
        )
        self.rows: list[BrowseRow] = []
        self.total = 0  # cards the query finds, beyond the listed ones too
        self.marked: set[int] = set()
        self.refresh()

    # --- the query ------------------------------------------------------------------------------

    @property
    def inbox(self) -> bool:
        """Whether the browser shows the inbox: untriaged new cards only."""
        return self.query.statuses == INBOX

    @property
    def deck(self) -> str | None:
        return self.query.decks[0] if self.query.decks else None

    @property
    def status(self) -> CardStatus | None:
        return self.query.statuses[0] if self.query.statuses else None

    @property
    def tag(self) -> str | None:
        return self.query.tags[0] if self.query.tags else None

    def refresh(self) -> None:
        """List the cards the query finds (again: after an action, or an edit)."""
        self.rows = self.browser.search(self.query)
        if len(self.rows) < self.query.limit:
            self.total = len(self.rows)
        else:  # free right after the search (the Browser keeps the search's count)
            self.total = self.browser.count(self.query)
        listed = {row.card_id for row in self.rows}
        self.marked &= listed

    def _requery(self, **changes: object) -> None:
        query = replace(self.query, **changes)  # type: ignore[arg-type]
        if query != self.query:
            self.query = query
            self.refresh()

    def search(self, text: str) -> None:
        self._requery(text=text)

    def filter_deck(self, deck: str | None) -> None:
        self._requery(decks=(deck,) if deck else ())

    def filter_status(self, status: CardStatus | None) -> None:
        self._requery(statuses=(status,) if status else ())

    def filter_tag(self, tag: str | None) -> None:
        self._requery(tags=(tag,) if tag else ())

    def sort_by(self, column: str) -> None:
        """Sort by ``column``; by the same column again, the other way round."""
        if column not in SORT_COLUMNS:
            raise ValueError(f"cannot sort by {column!r}")
        if column == self.query.sort:
            self._requery(descending=not self.query.descending)
        else:
            self._requery(sort=column, descending=False)

    def next_sort(self) -> None:
        """Sort by the next column (ascending), the first after the last."""
        index = SORT_COLUMNS.index(self.query.sort) if self.query.sort in SORT_COLUMNS else -1
        self._requery(sort=SORT_COLUMNS[(index + 1) % len(SORT_COLUMNS)], descending=False)

    def reverse(self) -> None:
        self._requery(descending=not self.query.descending)

    def describe(self) -> str:
        """The listing in words: ``6 cards · 2 marked · sorted by due ↑``."""
        listed = len(self.rows)
        if self.total > listed:
            count = f"{listed:,} of {self.total:,} cards"
        else:
            count = plural(self.total, "card")
        parts = [count]
        if self.marked:
            parts.append(f"{len(self.marked)} marked")
        arrow = "↓" if self.query.descending else "↑"
        parts.append(f"sorted by {self.query.sort} {arrow}")
        return " · ".join(parts)

    # --- marks ----------------------------------------------------------------------------------

    def toggle_mark(self, card_id: int) -> None:
        if card_id in self.marked:
            self.marked.discard(card_id)
        elif any(row.card_id == card_id for row in self.rows):
            self.marked.add(card_id)

    def toggle_all(self) -> None:
        """Mark every listed card, or unmark them all when they all are."""
        listed = {row.card_id for row in self.rows}
        self.marked = set() if listed and listed <= self.marked else listed

    def targets(self, current: int | None) -> list[BrowseRow]:
        """The cards an action applies to: the marked ones, else the one under the cursor."""
        if self.marked:
            return [row for row in self.rows if row.card_id in self.marked]
        return [row for row in self.rows if row.card_id == current]

    def row(self, card_id: int) -> BrowseRow | None:
        return next((row for row in self.rows if row.card_id == card_id), None)

    def detail(self, card_id: int) -> CardDetail:
        return self.browser.detail(card_id)

    # --- actions --------------------------------------------------------------------------------

    def _apply(
        self,
        rows: Sequence[BrowseRow],
        action: Callable[[Sequence[int]], int],
        done: str,
        unchanged: str,
    ) -> Done:
        if not rows:
            return Done("No card to act on", 0)
        changed = action([row.card_id for row in rows])
        self.refresh()
        if not changed:
            return Done(unchanged, 0)
        return Done(f"{plural(changed, 'card')} {done}", changed)

    def suspend(self, current: int | None) -> Done:
        """Suspend the cards; when all of them are suspended already, unsuspend them."""
        rows = self.targets(current)
        if rows and all(row.status == "suspended" for row in rows):
            return self._apply(rows, self.browser.unsuspend, "unsuspended", "Nothing unsuspended")
        return self._apply(rows, self.browser.suspend, "suspended", "Already suspended")

    def bury(self, current: int | None) -> Done:
        rows = self.targets(current)
        return self._apply(rows, self.browser.bury, "buried until tomorrow", "Already set aside")

    def flag(self, current: int | None) -> Done:
        """Flag the cards ("fix this later"); when all of them are flagged, unflag them."""
        rows = self.targets(current)
        if rows and all(row.flagged for row in rows):
            return self._apply(rows, self.browser.unflag, "unflagged", "Nothing unflagged")
        return self._apply(rows, self.browser.flag, "flagged", "Already flagged")

    def reject(self, current: int | None) -> Done:
        """Reject the cards (not cards: never asked again); when all are, restore them."""
        rows = self.targets(current)
        if rows and all(row.status == "rejected" for row in rows):
            return self._apply(rows, self.browser.restore, "restored", "Nothing restored")
        return self._apply(rows, self.browser.reject, "rejected", "Already rejected")

    def reset(self, current: int | None) -> Done:
        rows = self.targets(current)
        return self._apply(
            rows, self.browser.reset, "reset to new (history kept)", "Nothing to reset"
        )

    def accept(self, current: int | None) -> Done:
        """Triage: the cards waiting in the inbox leave it for the daily new queue."""
        rows = [row for row in self.targets(current) if row.untriaged]
        if not rows:
            return Done("Nothing to accept: Enter accepts new cards waiting in the inbox (i)", 0)
        return self._apply(rows, self.browser.accept, "accepted", "Not accepted")

    def accept_rest_of_note(self, current: int | None) -> Done:
        """Triage: accept the card under the cursor and its note's other cards in the inbox."""
        if current is None or self.row(current) is None:
            return Done("No card to act on", 0)
        changed = self.browser.accept_rest_of_note(current)
        self.refresh()
        if not changed:
            return Done("No card of this note waits in the inbox", 0)
        return Done(f"{plural(changed, 'card')} of this note accepted", changed)

    def undo(self) -> Done:
        try:
            what = self.browser.undo()
        except BrowseError as error:
            self.refresh()
            return Done(str(error), 0)
        if what is None:
            return Done("Nothing to undo", 0)
        self.refresh()
        return Done(f"Undone: {what}", 1)

    def resync_note(self, card_id: int) -> Done:
        """After the note was edited: sync it again and list the cards anew."""
        report = self.browser.resync_note(card_id)
        self.refresh()
        if report is None:
            return Done("The note's folder is not there: nothing synced", 0)
        return Done(f"Note synced: {report.summary()}", 1)
