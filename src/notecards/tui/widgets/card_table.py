"""The browser's table of cards: a mark, the question with its note title and headings, deck,
state, due, interval, ease, lapses and source; the sort column's header shows its arrow.

User text is drawn as ``rich.text.Text`` (never markup). Each row's key is its card id.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey, RowKey

from notecards.browsing import SORT_COLUMNS, BrowseRow

MARK = "●"
_CHUNK = 40  # rows drawn at a time, at the least (two screens' worth on a tall terminal)
FLAG = "⚑"
# (key, header, width): room for the header's sort arrow too
COLUMNS: tuple[tuple[str, str, int | None], ...] = (
    ("mark", " ", 1),
    ("question", "Question", 28),
    ("deck", "Deck", 10),
    ("state", "State", 11),
    ("due", "Due", 6),
    ("interval", "Ivl", 5),
    ("ease", "Ease", 6),
    ("lapses", "Lap", 5),
    ("source", "Source", 20),
)
_STATE_STYLES = {
    "new": "blue",
    "learning": "yellow",
    "review": "green",
    "suspended": "magenta",
    "buried": "cyan",
    "retired": "dim",
    "rejected": "red",
}
_RIGHT = frozenset({"interval", "ease", "lapses"})


def _header(key: str, label: str) -> Text:
    return Text(label, justify="right" if key in _RIGHT else "left")


def clipped(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` columns with an ellipsis when longer."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: max(width - 1, 0)] + "…"


def due_text(due: date | None, today: date) -> str:
    """A short due date: ``today``, ``Mar 12``, or ``2027`` beyond this year."""
    if due is None:
        return "—"
    if due <= today:
        return "today" if due == today else "late"
    if due.year == today.year:
        return f"{due:%b} {due.day}"
    return str(due.year)


def row_cells(row: BrowseRow, marked: bool, today: date) -> list[Text]:
    """One card's cells, in the order of :data:`COLUMNS`."""
    question = Text(clipped(row.question, 200))
    if row.title:
        question.append(f"  {clipped(row.title, 80)}", style="dim")
    if row.untriaged:
        state = Text("inbox", style="bold blue")
    else:
        state = Text(row.status, style=_STATE_STYLES.get(row.status, ""))
    if row.flagged:
        state.append(f" {FLAG}", style="bold red")
    muted = "dim" if row.status in ("rejected", "retired") else ""
    cells = [
        Text(MARK if marked else " ", style="bold yellow"),
        question,
        Text(row.deck),
        state,
        Text(due_text(row.due, today)),
        Text(f"{row.interval}" if row.interval else "—", justify="right"),
        Text(f"{row.ease:.2f}"[:4], justify="right"),
        Text(str(row.lapses), justify="right"),
        Text(f"{row.source}:{row.line}"),
    ]
    if muted:
        for cell in cells[1:]:
            cell.stylize(muted)
    return cells


class CardTable(DataTable[Text]):
    """The listed cards, one row each (the row key is the card id)."""

    BINDINGS = [  # noqa: RUF012 (Textual's declaration style)
        Binding("enter", "select_cursor", "Accept", show=False),
        Binding("home", "scroll_top", "First card", show=False),
        Binding("end", "scroll_bottom", "Last card", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._rows: list[BrowseRow] = []
        self._marked: set[int] = set()
        self._today = date.min
        self._adding = False

    def on_mount(self) -> None:
        for key, header, width in COLUMNS:
            self.add_column(_header(key, header), key=key, width=width)

    def show_sort(self, sort: str, descending: bool) -> None:
        """The sort column's header with its arrow, the others plain."""
        for key, header, _ in COLUMNS:
            label = header
            if key == sort and key in SORT_COLUMNS:
                label = f"{header} {'▼' if descending else '▲'}"
            column = self.columns[ColumnKey(key)]
            column.label = _header(key, label)
        self._require_update_dimensions = True
        self.refresh()

    def current_card(self) -> int | None:
        """The card id under the cursor, None when the table is empty."""
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return int(key) if key is not None else None

    def fill(self, rows: list[BrowseRow], marked: set[int], today: date) -> None:
        """Show ``rows``, keeping the cursor on the same card when it is still listed.

        The rows are added a chunk at a time (:meth:`_add_more`): the first at once, the next
        when the cursor or the view comes near the end of those drawn, so that a keystroke
        of a search that finds a thousand cards draws two screens of them."""
        current = self.current_card()
        index = self.cursor_row
        self._rows = []  # nothing to add while the old rows are cleared
        self.clear()
        self._rows, self._marked, self._today = rows, marked, today
        if not rows:
            return
        ids = [row.card_id for row in rows]
        if current in ids:
            index = ids.index(current)
        index = min(index, len(rows) - 1)
        self._add_more(index + 1)
        self.move_cursor(row=index, animate=False)

    def _add_more(self, at_least: int = 0) -> None:
        """Draw the next chunk of rows (and as many as ``at_least`` rows in all)."""
        if self._adding:  # adding a row moves the cursor, which would add rows again
            return
        start = self.row_count
        stop = min(len(self._rows), max(at_least, start + self._chunk))
        self._adding = True
        try:
            for row in self._rows[start:stop]:
                cells = row_cells(row, row.card_id in self._marked, self._today)
                self.add_row(*cells, key=str(row.card_id))
        finally:
            self._adding = False

    def _near_the_end(self) -> bool:
        bottom = max(self.cursor_row, round(self.scroll_y) + self.size.height)
        return self.row_count < len(self._rows) and bottom >= self.row_count - self._chunk // 2

    @property
    def _chunk(self) -> int:
        return max(_CHUNK, 2 * self.size.height)

    def _add_if_near_the_end(self) -> None:
        if self._near_the_end():
            self._add_more()

    def watch_cursor_coordinate(self, old: Coordinate, new: Coordinate) -> None:
        super().watch_cursor_coordinate(old, new)
        self._add_if_near_the_end()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._near_the_end():
            self.call_after_refresh(self._add_if_near_the_end)

    def action_scroll_bottom(self) -> None:
        self._add_more(len(self._rows))
        super().action_scroll_bottom()

    def set_mark(self, card_id: int, marked: bool) -> None:
        """Draw the card's mark (a row not drawn yet is drawn with it when it comes)."""
        if RowKey(str(card_id)) in self.rows:
            mark = Text(MARK if marked else " ", style="bold yellow")
            self.update_cell(str(card_id), "mark", mark)
