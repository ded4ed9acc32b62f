"""The app's status (notes being synced, what a sync did), at the foot of every screen."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class StatusLine(Static):
    """Shows ``app.status`` as plain text (no markup: it holds paths and errors) and hides
    itself when there is nothing to say."""

    def on_mount(self) -> None:
        self.watch(self.app, "status", self._show, init=True)

    def _show(self, text: str) -> None:
        self.update(Text(text, no_wrap=True, overflow="ellipsis"))
        self.display = bool(text)
