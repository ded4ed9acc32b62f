"""Asking the cards: reveal, grade (0-5 under SM-2, 1-4 under FSRS), undo, bury, suspend, edit
the note; then the summary.

Every key goes straight to the study session, which stores each change before it returns;
this screen only draws what the session says.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, ProgressBar, Static

from notecards.grades import FSRS_CHOICES, GRADE_LABELS, GRADE_MEANINGS, GradeChoice
from notecards.storage.failures import DatabaseBusyError
from notecards.study import StudyError, StudySession
from notecards.tui.screens import NotecardsScreen
from notecards.tui.screens.help import HelpScreen
from notecards.tui.widgets.card_face import CardFace
from notecards.tui.widgets.grade_bar import GradeBar
from notecards.tui.widgets.status_line import StatusLine

# the help fits 60 x 20 (a few grade meanings wrap), so keep these short
_COMMON_KEYS = (
    ("u", "undo the last grade, burial or suspension"),
    ("b", "bury: set the card aside until tomorrow"),
    ("s", "suspend: set the card aside for good"),
    ("e", "open the note in $EDITOR, then sync it"),
    ("m", "math as TeX source / as symbols"),
    ("/, ?", "browse the cards / these keys"),
    ("q, Escape", "stop (the grades so far are saved)"),
)
KEYS = (
    ("Space, Enter", "show the answer"),
    *(
        (str(quality), f"{GRADE_LABELS[quality]}: {GRADE_MEANINGS[quality]}")
        for quality in range(6)
    ),
    ("", "below 4: asked again later today"),
    *_COMMON_KEYS,
)
# under FSRS: its four grades on 1-4
FSRS_KEYS = (
    ("Space, Enter", "show the answer"),
    *((choice.key, f"{choice.label}: {choice.meaning}") for choice in FSRS_CHOICES),
    ("", "again, hard: asked again later today"),
    *_COMMON_KEYS,
)


class ReviewScreen(NotecardsScreen):
    BINDINGS = [  # noqa: RUF012 (Textual's declaration style)
        # short labels: the footer holds every key it shows from 60 columns up; the grades
        # are under the card, and m (and every key) in the help
        Binding("space,enter", "reveal", "Answer"),
        *(Binding(str(key), f"grade_key('{key}')", "Grade", show=False) for key in range(6)),
        Binding("u", "undo", "Undo"),
        Binding("b", "bury", "Bury"),
        Binding("s", "suspend", "Suspend"),
        Binding("e", "edit", "Edit"),
        Binding("m", "toggle_tex", "TeX", show=False),
        Binding("slash", "browse", "Browse", show=False),
        Binding("question_mark", "help", "Keys"),
        Binding("q,escape", "leave", "Stop"),
    ]

    def __init__(self, session: StudySession) -> None:
        super().__init__()
        self.session = session
        self._browsed = False  # the card browser was opened over this screen

    def compose(self) -> ComposeResult:
        with Horizontal(id="where"):
            yield Static(id="crumb")
            yield Static(id="source")
        with Horizontal(id="progress-line"):
            yield ProgressBar(id="progress", show_eta=False, show_percentage=False)
            yield Static(id="counts")
        yield CardFace(id="face")
        yield GradeBar(id="grades")
        yield StatusLine()
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        await self.show_current()

    async def show_current(self) -> None:
        """Draw the session's current card, or end with the summary when there is none."""
        item = self.session.current
        if item is None:
            await self._finish()
            return
        card = item.queued.card
        crumb = Text(card.deck, style="bold")
        for part in card.context:
            crumb.append(" › ", style="dim")
            crumb.append(part)
        if item.reverse:
            crumb.append("  ⇄ reversed", style="italic magenta")
        if item.repeat:
            crumb.append("  ↻ again today", style="italic yellow")
        elif item.is_new:
            crumb.append("  ✦ new", style="italic blue")
        self.query_one("#crumb", Static).update(crumb)
        self.query_one("#source", Static).update(Text(f"{card.source}:{card.line}", style="dim"))
        done, remaining = self.session.done, self.session.remaining
        self.query_one(ProgressBar).update(total=done + remaining, progress=done)
        self.query_one("#counts", Static).update(f"{done} done · {remaining} to go")
        await self.query_one(CardFace).show(item.faces, self.session.revealed)
        revealed = self.session.revealed
        self.query_one(GradeBar).show(
            revealed, self.session.choices, self.session.previews() if revealed else None
        )

    async def _finish(self) -> None:
        """The summary if anything was graded; otherwise straight back."""
        from notecards.tui.screens.summary import SummaryScreen

        if self.session.done:
            await self.app.switch_screen(SummaryScreen(self.session.summary(), self.session))
        else:
            self.notecards.back()

    async def action_reveal(self) -> None:
        if self.session.current is None or self.session.revealed:
            return
        self.session.reveal()
        await self.show_current()

    def _choice(self, key: str) -> GradeChoice | None:
        return next((choice for choice in self.session.choices if choice.key == key), None)

    async def action_grade_key(self, key: str) -> None:
        """A digit: the grade it stands for under the session's scheduler, if any."""
        choice = self._choice(key)
        if choice is None:
            if self.session.current is not None and self.session.revealed:
                keys = ", ".join(choice.key for choice in self.session.choices)
                self.notify(f"Grade with {keys}.", severity="warning")
            return
        await self.action_grade(choice.quality)

    async def action_grade(self, quality: int) -> None:
        if self.session.current is None:
            return
        if not self.session.revealed:
            self.notify("Show the answer first (Space), then grade it.", severity="warning")
            return
        try:
            self.session.grade(quality)
        except (StudyError, DatabaseBusyError) as error:
            self.notify(f"Not graded: {error}", severity="error", timeout=8)
            return
        await self.show_current()

    async def action_undo(self) -> None:
        try:
            what = self.session.undo()
        except (StudyError, DatabaseBusyError) as error:
            self.notify(str(error), severity="warning")
            return
        self.notify({"grade": "Grade undone", "bury": "Unburied", "suspend": "Unsuspended"}[what])
        await self.show_current()

    async def _set_aside(self, bury: bool) -> None:
        try:
            if bury:
                self.session.bury()
            else:
                self.session.suspend()
        except (StudyError, DatabaseBusyError) as error:
            self.notify(str(error), severity="warning")
            return
        self.notify("Buried until tomorrow (u to undo)" if bury else "Suspended (u to undo)")
        await self.show_current()

    async def action_bury(self) -> None:
        await self._set_aside(bury=True)

    async def action_suspend(self) -> None:
        await self._set_aside(bury=False)

    async def action_edit(self) -> None:
        item = self.session.current
        if item is None:
            return
        path = item.note_path
        if not path.is_file():
            self.notify(f"The note is not there any more: {path}", severity="error")
            return
        if not self.notecards.edit_note(path, item.queued.card.line):
            return
        try:
            report = self.session.resync_current()
        except DatabaseBusyError as error:
            self.notify(f"Could not sync the note: {error}", severity="error")
            return
        if report is not None:
            self.notify(f"Note synced: {report.summary()}")
        await self.show_current()

    def action_toggle_tex(self) -> None:
        face = self.query_one(CardFace)
        face.show_tex = not face.show_tex

    def action_browse(self) -> None:
        self._browsed = True
        self.notecards.browse()

    async def on_screen_resume(self) -> None:
        if self._browsed:  # back from the browser, where cards may have been set aside
            self._browsed = False
            self.session.refresh()
            await self.show_current()

    def action_help(self) -> None:
        keys = KEYS if self.session.choices[0].key == "0" else FSRS_KEYS
        self.app.push_screen(HelpScreen("Reviewing", keys))

    async def action_leave(self) -> None:
        await self._finish()
