"""The app's screens: decks, review, summary, statistics and the key help.

User text (deck names, paths, error messages such as ``[SQL: ...]``) never goes through
Textual markup: it is drawn as ``rich.text.Text``, escaped, or notified with markup off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.notifications import SeverityLevel
from textual.screen import Screen

if TYPE_CHECKING:
    from notecards.tui.app import NotecardsApp


class NotecardsScreen(Screen[None]):
    """A full screen of the notecards app, which can reach the app's own methods."""

    @property
    def notecards(self) -> NotecardsApp:
        from notecards.tui.app import NotecardsApp

        assert isinstance(self.app, NotecardsApp)
        return self.app

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """A notification whose message is plain text unless ``markup`` is asked for."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)
