"""The keys of the screen it was opened from, over that screen; any key closes it."""

from __future__ import annotations

from rich.table import Table
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

KeyHelp = tuple[tuple[str, str], ...]


class HelpScreen(ModalScreen[None]):
    def __init__(self, title: str, keys: KeyHelp) -> None:
        super().__init__()
        self.title_text = title
        self.keys = keys

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold cyan", justify="right")
        table.add_column()
        for key, meaning in self.keys:
            table.add_row(key, meaning)
        with Vertical(id="help"):
            yield Static(f"[b]{self.title_text}[/b]", id="help-title")
            yield Static(table)
            yield Static("[dim]any key closes this[/dim]", id="help-close")

    def on_key(self, event: events.Key) -> None:
        event.stop()
        self.dismiss()

    def on_click(self) -> None:
        self.dismiss()
