"""The app's screens: decks, review, summary, statistics and the key help."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
