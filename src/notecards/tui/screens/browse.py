"""The card browser: search, filter and sort the cards, see one as in review, act on a few.

Every key goes to the :class:`~notecards.browse_session.BrowseSession`, which goes to the
:class:`~notecards.browsing.Browser` (each change is stored before it returns); this screen
draws what the session holds and says what each action did on the message line.

Typing goes to the search box (``/`` from the table, where the browser opens when asked from
another screen); Enter, ↓ or Escape go back to the table, where the letters are the keys.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Input, Select, Static

from notecards.browse_session import STATUSES, BrowseSession, Done, deck_choices
from notecards.browsing import BrowseError, CardStatus
from notecards.storage.failures import DatabaseBusyError
from notecards.tui.screens import NotecardsScreen
from notecards.tui.screens.help import HelpScreen
from notecards.tui.widgets.card_face import CardFace
from notecards.tui.widgets.card_preview import CardPreview
from notecards.tui.widgets.card_table import CardTable
from notecards.tui.widgets.status_line import StatusLine

KEYS = (
    ("/", "search (Enter, ↓, Escape: back to the cards)"),
    ("Home, End", "the first card, the last"),
    ("d, c, t", "filter by deck, state, tag (combined)"),
    ("o, O", "sort by the next column, reverse (or click one)"),
    ("Space, *", "mark the card, mark all or none"),
    ("s", "suspend the marked or current cards (again: unsuspend)"),
    ("b", "bury until tomorrow"),
    ("f", "flag: fix this later (again: unflag)"),
    ("x", "reject: not a card, never asked (again: restore)"),
    ("R", "reset: new again, history kept"),
    ("e", "open the note at the card in $EDITOR, then sync it"),
    ("u", "undo the last action"),
    ("i", "the inbox (new cards to triage), or all cards"),
    ("Enter, a", "inbox: accept the card, the rest of its note"),
    ("m, p", "math as TeX or symbols; hide or show the card"),
    ("?", "these keys"),
    ("q, Escape", "back"),
)


_TYPING_PAUSE_SECONDS = 0.15


class SearchBox(Input):
    """The search words (Enter, ↓ and Escape go to the table: the screen's bindings)."""


class BrowseScreen(NotecardsScreen):
    # below 90 columns the filters and the card beside the table take less room (app.tcss)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (90, "-wide")]  # noqa: RUF012
    BINDINGS = [  # noqa: RUF012 (Textual's declaration style)
        # priority: the focus moves before the next key is handed out, so that keys typed
        # at once ("/roi", "roi⏎x") land where they were meant (a letter on the table acts)
        Binding("slash", "to_search", "Search", priority=True),
        Binding("enter,down,escape", "to_table", "Cards", show=False, priority=True),
        Binding("space", "mark", "Mark", show=False),
        Binding("asterisk", "mark_all", "Mark all", show=False),
        Binding("s", "act('suspend')", "Suspend"),
        Binding("b", "act('bury')", "Bury", show=False),
        Binding("f", "act('flag')", "Flag"),
        Binding("x", "act('reject')", "Reject"),
        Binding("R", "act('reset')", "Reset", show=False),
        Binding("a", "act('accept_rest_of_note')", "Accept note", show=False),
        Binding("e", "edit", "Edit", show=False),
        Binding("u", "undo", "Undo"),
        Binding("o", "next_sort", "Sort", show=False),
        Binding("O", "reverse", "Reverse", show=False),
        Binding("d", "pick('deck')", "Deck", show=False),
        Binding("c", "pick('state')", "State", show=False),
        Binding("t", "pick('tag')", "Tag", show=False),
        Binding("i", "inbox", "Inbox", show=False),
        Binding("m", "toggle_tex", "TeX", show=False),
        Binding("p", "toggle_preview", "Preview", show=False),
        Binding("question_mark", "help", "Keys"),
        Binding("q", "leave", "Back"),
        Binding("escape", "escape", "Back", show=False),
    ]

    def __init__(self, session: BrowseSession, *, search_first: bool = False) -> None:
        super().__init__()
        self.browse = session
        self.search_first = search_first
        self._preview_due = False  # the card under the cursor is to be drawn beside the table
        self._typing: Timer | None = None  # the card is drawn when this goes off

    def compose(self) -> ComposeResult:
        browser = self.browse.browser
        yield Static(id="title")
        with Horizontal(id="browse-bar"):
            yield SearchBox(
                self.browse.query.text,
                placeholder="/ search question, answer, headings, tags, path",
                id="search",
                compact=True,
            )
            yield Select(
                [(deck, deck) for deck in deck_choices(browser.decks(), self.browse.deck)],
                prompt="all decks",
                value=self.browse.deck or Select.NULL,
                id="deck-filter",
                compact=True,
            )
            yield Select(
                [(status, status) for status in STATUSES],
                prompt="any state",
                value=self.browse.status or Select.NULL,
                id="state-filter",
                compact=True,
            )
            # the tags are read once the cards are drawn (reading them all takes a while)
            yield Select([], prompt="any tag", id="tag-filter", compact=True)
        with Horizontal(id="browse-body"):
            yield CardTable(id="cards")
            yield CardPreview(id="preview")
        yield Static(id="browse-message")
        yield StatusLine()
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        for select in self.query(Select):
            self.watch(select, "expanded", self._filter_list_closed, init=False)
        await self.redraw()
        self.call_after_refresh(self._read_tags)
        if self.search_first:
            self.query_one(SearchBox).focus()
        else:
            self.query_one(CardTable).focus()

    def _read_tags(self) -> None:
        tags = self.browse.browser.tags()
        self.query_one("#tag-filter", Select).set_options((tag, tag) for tag in tags)

    # --- drawing --------------------------------------------------------------------------------

    @property
    def table(self) -> CardTable:
        return self.query_one(CardTable)

    async def redraw(self) -> None:
        """The title, the table (cursor kept on its card) and the preview, from the session."""
        session = self.browse
        self._show_title()
        table = self.table
        table.fill(session.rows, session.marked, self.notecards.session.today())
        table.show_sort(session.query.sort, session.query.descending)
        self.preview_soon()

    async def relist(self) -> None:
        """List the cards again (after a sync, which may have changed them)."""
        self.browse.refresh()
        await self.redraw()

    def preview_soon(self) -> None:
        """Show the card under the cursor once the table is drawn: a keystroke's listing is
        not kept waiting for the card's markdown, and a held key draws the last card only.
        While words are typed, the card waits for a pause in the typing."""
        if not self._preview_due and self._typing is None:
            self._preview_due = True
            self.call_after_refresh(self.show_preview)

    def _typed(self) -> None:
        """A letter typed: the card beside the table is drawn after a pause in the typing
        (drawing markdown takes longer than a search; the next letter is not kept waiting)."""
        if self._typing is not None:
            self._typing.stop()
        self._typing = self.set_timer(_TYPING_PAUSE_SECONDS, self._typing_paused)

    def _typing_paused(self) -> None:
        if self._typing is not None:
            self._typing.stop()
            self._typing = None
            self.preview_soon()

    async def show_preview(self) -> None:
        self._preview_due = False
        card = self.table.current_card()
        detail = self.browse.detail(card) if card is not None else None
        await self.query_one(CardPreview).show(detail, self.notecards.session.today())

    def say(self, message: str) -> None:
        self.query_one("#browse-message", Static).update(Text(message))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.preview_soon()

    async def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        await self.action_act("accept")

    async def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        column = str(event.column_key.value)
        if column in ("mark",):
            return
        self.browse.sort_by(column)
        await self.redraw()

    # --- searching and filtering ----------------------------------------------------------------

    @on(Input.Changed, "#search")
    async def search_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.browse.search(event.value)
        self._typed()
        await self.redraw()

    @on(Select.Changed)
    async def filter_changed(self, event: Select.Changed) -> None:
        event.stop()
        value = None if event.value is Select.NULL else str(event.value)
        if event.select.id == "deck-filter":
            self.browse.filter_deck(value)
        elif event.select.id == "state-filter":
            self.browse.filter_status(next((s for s in STATUSES if s == value), None))
        elif event.select.id == "tag-filter":
            self.browse.filter_tag(value)
        await self.redraw()

    def _filter_list_closed(self, expanded: bool) -> None:
        """A filter's list closed, chosen from or not: back to the cards."""
        if not expanded:
            self.call_after_refresh(self.set_focus, self.table)

    def action_to_search(self) -> None:
        search = self.query_one(SearchBox)
        if search.has_focus or not self.table.has_focus:
            raise SkipAction  # a / typed in the box, or in a filter's list
        self.set_focus(search)

    def action_to_table(self) -> None:
        if not self.query_one(SearchBox).has_focus:
            raise SkipAction  # the key is the table's (Enter accepts, ↓ moves) or a list's
        self._typing_paused()  # the card at once: the typing is over
        self.set_focus(self.table)

    def action_pick(self, which: str) -> None:
        select = self.query_one(f"#{which}-filter", Select)
        select.focus()
        select.action_show_overlay()

    async def action_inbox(self) -> None:
        """Show the inbox, or every card when it shows."""
        status: CardStatus | None = None if self.browse.inbox else "untriaged"
        self.query_one("#state-filter", Select).value = status or Select.NULL
        self.browse.filter_status(status)
        await self.redraw()

    async def action_next_sort(self) -> None:
        self.browse.next_sort()
        await self.redraw()

    async def action_reverse(self) -> None:
        self.browse.reverse()
        await self.redraw()

    # --- marks and actions ----------------------------------------------------------------------

    def action_mark(self) -> None:
        card = self.table.current_card()
        if card is None:
            return
        self.browse.toggle_mark(card)
        self.table.set_mark(card, card in self.browse.marked)
        self.table.action_cursor_down()
        self._show_title()

    def action_mark_all(self) -> None:
        self.browse.toggle_all()
        for row in self.browse.rows:
            self.table.set_mark(row.card_id, row.card_id in self.browse.marked)
        self._show_title()

    def _show_title(self) -> None:
        where = "Inbox" if self.browse.inbox else "Browse"
        title = Text(where, style="bold")
        title.append(f"  {self.browse.describe()}", style="dim")
        self.query_one("#title", Static).update(title)

    async def action_act(self, action: str) -> None:
        """Apply ``action`` (a :class:`BrowseSession` method) to the marked or current card."""
        card = self.table.current_card()
        method = {
            "suspend": self.browse.suspend,
            "bury": self.browse.bury,
            "flag": self.browse.flag,
            "reject": self.browse.reject,
            "reset": self.browse.reset,
            "accept": self.browse.accept,
            "accept_rest_of_note": self.browse.accept_rest_of_note,
        }[action]
        await self._done(lambda: method(card))

    async def action_undo(self) -> None:
        await self._done(self.browse.undo, undoable=False)

    async def _done(self, act: Callable[[], Done], *, undoable: bool = True) -> None:
        try:
            done = act()
        except (BrowseError, DatabaseBusyError) as error:
            self.say(f"Not done: {error}")
            return
        self.say(done.message + (" (u to undo)" if done.changed and undoable else ""))
        await self.redraw()

    async def action_edit(self) -> None:
        card = self.table.current_card()
        if card is None:
            return
        detail = self.browse.detail(card)
        path = detail.note_path
        if not path.is_file():
            self.say(f"The note is not there any more: {path}")
            return
        if not self.notecards.edit_note(path, detail.row.line):
            return
        await self._done(lambda: self.browse.resync_note(card), undoable=False)

    def action_toggle_tex(self) -> None:
        face = self.query_one("#preview-face", CardFace)
        face.show_tex = not face.show_tex

    def action_toggle_preview(self) -> None:
        preview = self.query_one(CardPreview)
        preview.display = not preview.display

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen("Browsing", KEYS))

    def action_escape(self) -> None:
        if self.table.has_focus:
            self.action_leave()
        else:
            self.set_focus(self.table)

    def action_leave(self) -> None:
        self.notecards.back()
