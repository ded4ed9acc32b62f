"""The first screen: every deck with what is due and new today; Enter studies one.

While a sync reads the notes and there is nothing to study yet (the first sync), it says so,
with the sync's progress, rather than that there are no cards.
"""

from __future__ import annotations

from rich.markup import escape
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from notecards.core.day_plan import DeckPlan
from notecards.study import StudySession
from notecards.tui.screens import NotecardsScreen
from notecards.tui.screens.help import HelpScreen
from notecards.tui.widgets.status_line import StatusLine
from notecards.tui.wording import nothing_due, plural, reading_notes

ALL_DECKS = "\x00all"
KEYS = (
    ("↑ ↓", "choose a deck"),
    ("Enter", "study it (its sub-decks included)"),
    ("/", "browse and search the cards"),
    ("i", "the inbox: new cards to accept or reject"),
    ("t", "statistics"),
    ("r", "sync the notes again"),
    ("?", "these keys"),
    ("q, Escape", "quit"),
)


class DeckTable(DataTable[Text]):
    """The decks, one row each; Enter selects the row under the cursor (the screen studies it).

    Enter belongs to the table, not to the screen, so that arrow keys typed just before it
    have moved the cursor by the time it is handled.
    """

    BINDINGS = [Binding("enter", "select_cursor", "Study")]  # noqa: RUF012


class DecksScreen(NotecardsScreen):
    BINDINGS = [  # noqa: RUF012 (Textual's declaration style)
        Binding("slash", "browse", "Browse", show=False),  # the footer is full at 60 columns
        Binding("i", "inbox", "Inbox", show=False),
        Binding("t", "stats", "Statistics"),
        Binding("r", "sync", "Sync notes"),
        Binding("question_mark", "help", "Keys"),
        Binding("q,escape", "quit", "Quit"),
    ]

    def __init__(self, session: StudySession) -> None:
        super().__init__()
        self.session = session
        self._empty = False  # nothing to study today, as the counts were last read
        self._after_sync: list[str | None] = []  # a deck to study once the sync is done

    def compose(self) -> ComposeResult:
        yield Static(f"[b]notecards[/b]  [dim]{escape(self.session.profile)}[/dim]", id="title")
        yield DeckTable(id="decks", cursor_type="row", zebra_stripes=True)
        yield Static(id="message")
        yield Static(id="to-fix")
        yield StatusLine()
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DeckTable)
        table.add_column("Deck", key="deck")
        table.add_column(Text("Due", justify="right"), key="due", width=6)
        table.add_column(Text("New", justify="right"), key="new", width=6)
        self.refresh_counts()
        table.focus()
        self.watch(self.app, "reading", self._show_reading, init=False)

    def on_screen_resume(self) -> None:
        self.refresh_counts()

    def _row(self, row: DeckPlan) -> tuple[Text, Text, Text]:
        if row.deck is None:
            name = Text("All decks", style="bold")
        else:
            name = Text("  " * row.depth + row.deck.split("::")[-1])
        due = Text(str(row.due), style="bold green" if row.due else "dim", justify="right")
        new = Text(str(row.new), style="bold blue" if row.new else "dim", justify="right")
        return name, due, new

    def refresh_counts(self) -> None:
        """Read the counts again (after a sync or a review) and keep the cursor's deck."""
        table = self.query_one(DeckTable)
        chosen = self._chosen()
        overview = self.session.overview()
        table.clear()
        table.add_row(*self._row(overview.total), key=ALL_DECKS)
        for row in overview.decks:
            table.add_row(*self._row(row), key=row.deck)
        keys = [ALL_DECKS, *(row.deck for row in overview.decks)]
        if chosen in keys:
            table.move_cursor(row=keys.index(chosen), animate=False)
        self._show_to_fix()
        total = overview.total
        self._empty = not (total.due or total.new)
        message = self.query_one("#message", Static)
        if not self._empty:
            message.update(
                f"Today: {plural(total.due, 'review')} and {plural(total.new, 'new card')}. "
                "[dim]Enter to study, / to browse, ? for the keys.[/dim]"
            )
        elif self.notecards.reading is not None:
            self._show_reading(self.notecards.reading)
        else:
            message.update(nothing_due(overview.next_due, self.session.today()))

    def _show_to_fix(self) -> None:
        """The flagged cards, and the new cards waiting in the inbox when triage is on (or
        cards wait in it all the same)."""
        counts = self.notecards.browser().counts()
        parts = []
        if counts.flagged:
            parts.append(f"{plural(counts.flagged, 'card')} flagged to fix (/ to browse)")
        if counts.inbox or self.notecards.triage:
            parts.append(f"{plural(counts.inbox, 'new card')} in the inbox (i to triage)")
        line = self.query_one("#to-fix", Static)
        line.update(Text(" · ".join(parts)))
        line.display = bool(parts)

    def _show_reading(self, reading: tuple[int, int] | None) -> None:
        if reading is not None and self._empty:
            self.query_one("#message", Static).update(reading_notes(*reading))

    def _chosen(self) -> str:
        table = self.query_one(DeckTable)
        if not table.row_count:
            return ALL_DECKS
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return key or ALL_DECKS

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_study()

    def action_study(self) -> None:
        chosen = self._chosen()
        deck = None if chosen == ALL_DECKS else chosen
        if self.notecards.syncing:
            self.notify("Still reading your notes; the decks are ready in a moment.")
            return
        self.study(deck)

    def study(self, deck: str | None) -> None:
        """Review ``deck`` (None: every deck), or say when its next card is due."""
        self.session.start(deck)
        if self.session.current is None and self.notecards.syncing:
            self._after_sync = [deck]
            self.notify(
                f"Reading your notes first; {deck or 'all decks'} opens when they are read."
            )
            return
        if self.session.current is None:
            next_due = self.session.overview().next_due
            self.notify(nothing_due(next_due, self.session.today(), deck or ""))
            return
        from notecards.tui.screens.review import ReviewScreen

        self.app.push_screen(ReviewScreen(self.session))

    def study_after_sync(self) -> None:
        """Study the deck asked for while the notes were being read, if there was one."""
        if self._after_sync:
            deck = self._after_sync.pop()
            if self.is_current:  # not if the user went on to something else meanwhile
                self.study(deck)

    def action_stats(self) -> None:
        from notecards.tui.screens.stats import StatsScreen

        self.app.push_screen(StatsScreen(self.session))

    def action_browse(self) -> None:
        chosen = self._chosen()
        self.notecards.browse(deck=None if chosen == ALL_DECKS else chosen)

    def action_inbox(self) -> None:
        self.notecards.browse(inbox=True)

    def action_sync(self) -> None:
        self.notecards.start_sync()

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen("Decks", KEYS))

    def action_quit(self) -> None:
        self.app.exit()
