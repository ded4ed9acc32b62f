"""The notecards app: screens over one ``StudySession``, which tests may inject.

On start it syncs the remembered notes folders in a worker thread, showing progress in the
status line (and on the decks screen while it has nothing else to show, as on the first
sync), so that the decks are usable at once when nothing changed.

It is the screens' error boundary: a database error raised by any screen, key or worker
ends the app with status 1 and the error's one line in :attr:`NotecardsApp.failure` (the
command prints it), instead of Textual's traceback. A busy database is the exception: a
screen that meets one says so and lets the user try again.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from textual.app import App
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.reactive import reactive
from textual.worker import Worker, WorkerFailed, WorkerState

from notecards.editor import EditorNotFoundError, editor_command
from notecards.storage.failures import DatabaseBusyError
from notecards.study import StudySession
from notecards.tui.screens.decks import DecksScreen

if TYPE_CHECKING:
    from notecards.browsing import Browser

FirstScreen = Literal["decks", "review", "stats", "browse", "inbox"]
# runs an editor command and returns its exit status; tests give one that edits directly
EditorRunner = Callable[[list[str]], int]
_PROGRESS_EVERY_SECONDS = 0.1
_SYNC_MESSAGE_SECONDS = 6.0


class SyncProgress(Message):
    """How far the background sync has read (posted from its thread)."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class NotecardsApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "notecards"
    ENABLE_COMMAND_PALETTE = False

    status: reactive[str] = reactive("")
    # (notes read, notes to read) while a sync runs, (0, 0) before it knows; None otherwise
    reading: reactive[tuple[int, int] | None] = reactive(None)

    def __init__(
        self,
        session: StudySession,
        *,
        first_screen: FirstScreen = "decks",
        deck: str | None = None,
        sync_on_start: bool = True,
        run_editor: EditorRunner | None = None,
        search: str = "",
        triage: bool = False,
    ) -> None:
        super().__init__()
        self.session = session
        self.first_screen = first_screen
        self.deck = deck
        self.sync_on_start = sync_on_start
        self.run_editor = run_editor
        self.triage = triage  # new cards wait in an inbox: the decks screen counts them
        self.search = search  # the words the browser opens with (notecards browse --search)
        self.failure: str | None = None  # the database error that ended the app, if one did
        self._last_progress = 0.0

    def on_mount(self) -> None:
        if self.first_screen == "stats":
            from notecards.tui.screens.stats import StatsScreen

            self.push_screen(StatsScreen(self.session))
            return
        if self.first_screen in ("browse", "inbox"):
            self.browse(inbox=self.first_screen == "inbox", text=self.search, deck=self.deck)
            return
        decks = DecksScreen(self.session)
        self.push_screen(decks)
        if self.sync_on_start:
            self.start_sync()
        if self.first_screen == "review":
            decks.study(self.deck)

    # --- the error boundary ---------------------------------------------------------------------

    def _handle_exception(self, error: Exception) -> None:
        cause = error.error if isinstance(error, WorkerFailed) else error
        found = self.session.database.explain(cause)
        if found is None:  # not the database's: a bug, shown as Textual shows it
            super()._handle_exception(error)
            return
        if isinstance(error, WorkerFailed) and isinstance(found, DatabaseBusyError):
            return  # a sync that met a busy database: the status line says so
        self.fail(str(found))
        # what Textual does on a crash, so that nothing (a test's Pilot) waits on the screen
        # whose message loop the error stopped
        self._exception_event.set()

    def fail(self, message: str) -> None:
        """End the app: ``message`` says why (one line), and the exit status is 1."""
        if self.failure is None:
            self.failure = message
        self.exit(return_code=1)

    # --- navigation ---------------------------------------------------------------------------

    def back(self) -> None:
        """Leave the current screen: back to the decks, or out of the app from the first one."""
        if len(self.screen_stack) > 2:
            self.pop_screen()
        else:
            self.exit()

    def browser(self) -> Browser:
        """A card browser over the session's database, for the session's profile and day."""
        from notecards.browsing import Browser

        return Browser(self.session.database, self.session.profile, today=self.session.today())

    def browse(self, *, inbox: bool = False, text: str = "", deck: str | None = None) -> None:
        """Open the card browser (the inbox: new cards to triage) over the current screen."""
        from notecards.browse_session import BrowseSession
        from notecards.tui.screens.browse import BrowseScreen

        session = BrowseSession(self.browser(), inbox=inbox, text=text, deck=deck)
        self.push_screen(BrowseScreen(session, search_first=not inbox))

    # --- syncing the notes ----------------------------------------------------------------------

    @property
    def syncing(self) -> bool:
        return self.reading is not None

    def start_sync(self) -> None:
        """Sync the remembered notes folders in the background."""
        if self.syncing or not any(root.exists() for root in self.session.notes):
            if not self.syncing and self.session.notes:
                self.status = "The notes folder is not there: " + ", ".join(
                    str(root) for root in self.session.notes
                )
            return
        self.reading = (0, 0)
        self.status = "Checking your notes…"
        # a database error in the sync reaches the boundary (_handle_exception); others and
        # a busy database leave the app running with "Sync failed: ..." on the status line
        self.run_worker(self._sync, thread=True, exclusive=True, group="sync", name="sync")

    def _sync(self) -> str:
        report = self.session.sync_notes(progress=self._progress_from_worker)
        if report is None:
            return ""
        warnings = f"; {len(report.warnings)} warnings" if report.warnings else ""
        shown = report.cards_changed or warnings
        return f"Notes synced: {report.summary()}{warnings}" if shown else ""

    def _progress_from_worker(self, phase: str, done: int, total: int) -> None:
        # never wait on the screen from here: the sync holds the write lock meanwhile
        now = time.monotonic()
        if done != total and now - self._last_progress < _PROGRESS_EVERY_SECONDS:
            return
        self._last_progress = now
        self.post_message(SyncProgress(done, total))

    def on_sync_progress(self, message: SyncProgress) -> None:
        if self.syncing:
            self.reading = (message.done, message.total)
            self.status = f"Reading notes… {message.done}/{message.total}"

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name != "sync" or event.state not in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
            WorkerState.CANCELLED,
        ):
            return
        self.reading = None
        if event.state is WorkerState.SUCCESS:
            self.status = str(event.worker.result or "")
        else:
            self.status = f"Sync failed: {event.worker.error}"
        if self.status:
            shown = self.status
            self.set_timer(_SYNC_MESSAGE_SECONDS, lambda: self._clear_status(shown))
        from notecards.tui.screens.browse import BrowseScreen

        for screen in self.screen_stack:
            if isinstance(screen, DecksScreen):
                screen.refresh_counts()
                screen.study_after_sync()
            elif isinstance(screen, BrowseScreen):  # the sync may have changed its cards
                screen.call_later(screen.relist)

    def _clear_status(self, shown: str) -> None:
        if self.status == shown:
            self.status = ""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """A notification whose message is plain text (paths, errors) unless ``markup``."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    # --- the editor -----------------------------------------------------------------------------

    def edit_note(self, path: Path, line: int) -> bool:
        """Open the note at ``line`` in the user's editor; False if that could not be done."""
        try:
            command = editor_command(path, line)
        except EditorNotFoundError as error:
            self.notify(str(error), severity="error")
            return False
        try:
            if self.run_editor is not None:
                status = self.run_editor(command)
            else:
                with self.suspend():
                    status = subprocess.call(command)
        except OSError as error:
            self.notify(f"Could not start {command[0]}: {error.strerror}", severity="error")
            return False
        if status != 0:
            self.notify(f"{command[0]} exited with status {status}", severity="warning")
        return True
