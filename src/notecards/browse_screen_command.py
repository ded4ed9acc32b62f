"""``notecards browse``: the card browser in the terminal (search, filter, triage, fix).

The commands that change cards by id, for scripts, are :mod:`notecards.browse_commands`.
"""

from __future__ import annotations

from typing import Annotated

import typer

from notecards.boundary import load_settings, opened
from notecards.completion import complete_deck
from notecards.options import DatabaseOption, ProfileOption


def browse(
    search: Annotated[
        str,
        typer.Option(
            "--search", help="Start with these words in the search box.", show_default=False
        ),
    ] = "",
    deck: Annotated[
        str | None,
        typer.Option(
            "--deck",
            help="Start with the cards of this deck (and the decks under it) only.",
            autocompletion=complete_deck,
        ),
    ] = None,
    inbox: Annotated[
        bool,
        typer.Option(
            "--inbox",
            help="Start in the inbox: the new cards a sync found, waiting to be accepted or "
            "rejected (triage = true in the config).",
        ),
    ] = False,
    database: DatabaseOption = None,
    profile: ProfileOption = None,
) -> None:
    """Browse, search and fix the cards in the terminal.

    A table of the cards (question with its note title and headings, deck, state, due,
    interval, ease, lapses, source) beside the selected card as review shows it. Type to
    search (words in the question, answer, headings, tags and path; a word's start finds it,
    Korean included); d, c and t filter by deck, state and tag; o sorts by the next column
    and O reverses. Space marks cards; s suspends, b buries, f flags, x rejects (never
    asked again, kept through every sync), R resets the schedule, e edits the note at the
    card (then syncs it), u undoes. In the inbox, Enter accepts and a accepts the rest of
    the note. ? lists the keys, q quits. The notes are not synced first: run notecards sync.
    """
    from notecards.cli import _need_terminal, _run_screens
    from notecards.study import StudySession
    from notecards.tui.app import NotecardsApp

    settings = load_settings(database, profile)
    _need_terminal("browse")
    with opened(settings) as db:
        session = StudySession(db, settings.profile, notes=list(settings.notes))
        _run_screens(
            NotecardsApp(
                session,
                first_screen="inbox" if inbox else "browse",
                deck=deck,
                search=search,
                sync_on_start=False,
                triage=settings.triage,
            )
        )
