"""The keys of the screen it was opened from, over that screen; any key closes it."""

from __future__ import annotations

from rich.table import Table
from textual import events
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Static

KeyHelp = tuple[tuple[str, str], ...]


def keys_table(keys: KeyHelp) -> Table:
    """The keys right-aligned in one column, what each does in the next."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", justify="right", no_wrap=True)
    table.add_column()
    for key, meaning in keys:
        table.add_row(key, meaning)
    return table


class HelpScreen(ModalScreen[None]):
    """A box of keys over the screen it was opened from, which stays in sight around it.

    Taller than the terminal, the box scrolls with the screen (a ModalScreen scrolls).
    """

    def __init__(self, title: str, keys: KeyHelp) -> None:
        super().__init__()
        self.title_text = title
        self.keys = keys

    def compose(self) -> ComposeResult:
        # one widget, so that its width is measured against the screen's (a box around the
        # table would be sized by its child and its child by it: 0 x 0)
        box = Static(keys_table(self.keys), id="help")
        box.border_title = self.title_text
        box.border_subtitle = "any key closes this"
        yield box

    def on_key(self, event: events.Key) -> None:
        event.stop()
        self.dismiss()

    def on_click(self) -> None:
        self.dismiss()
