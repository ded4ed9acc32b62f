"""The app's status (notes being synced, what a sync did), at the foot of every screen."""

from __future__ import annotations

from textual.widgets import Static


class StatusLine(Static):
    """Shows ``app.status`` and hides itself when there is nothing to say."""

    def on_mount(self) -> None:
        self.watch(self.app, "status", self._show, init=True)

    def _show(self, text: str) -> None:
        self.update(text)
        self.display = bool(text)
