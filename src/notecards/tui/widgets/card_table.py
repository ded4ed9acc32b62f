"""The browser's table of cards: a mark, the question with its note title and headings, deck,
state, due, interval, ease, lapses and source; the sort column's header shows its arrow.

User text is drawn as ``rich.text.Text`` (never markup). Each row's key is its card id.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from notecards.browsing import SORT_COLUMNS, BrowseRow

MARK = "●"
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
        """Show ``rows``, keeping the cursor on the same card when it is still listed."""
        current = self.current_card()
        index = self.cursor_row
        self.clear()
        for row in rows:
            self.add_row(*row_cells(row, row.card_id in marked, today), key=str(row.card_id))
        if not rows:
            return
        ids = [row.card_id for row in rows]
        if current in ids:
            index = ids.index(current)
        self.move_cursor(row=min(index, len(rows) - 1), animate=False)

    def set_mark(self, card_id: int, marked: bool) -> None:
        self.update_cell(str(card_id), "mark", Text(MARK if marked else " ", style="bold yellow"))
