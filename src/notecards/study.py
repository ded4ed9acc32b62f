"""A review session with no user interface: what to ask, grading, undo, bury and suspend.

The TUI is a thin layer over this; tests drive it directly. Every change is committed before
the method that makes it returns, so a grade survives the process being killed the moment
after (the next card is only shown once the grade is stored).

The day's work follows SM-2 and the profile's daily limits:

- the queue holds the cards due today (up to ``reviews_per_day`` reviews a day) and new
  cards (up to ``new_per_day`` a day), new ones spread evenly among the reviews;
- a card graded below 4 comes back later the same day, and keeps coming back until it is
  graded 4 or 5; those repeats are logged but do not change its schedule again (a session
  started later the same day picks up such cards too);
- undo takes back the last grade, burial or suspension, several levels deep, restoring the
  stored schedule and review history exactly.

"Today" is the local calendar day of the session's clock, by the zone's own rules. What
the decks screen shows (the day plan) and the statistics come from :mod:`notecards.dashboard`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from notecards import dashboard
from notecards.config import DEFAULT_NEW_PER_DAY, DEFAULT_REVIEWS_PER_DAY
from notecards.core.model import NoteWarning
from notecards.core.scheduling import Scheduler, SchedulerKind, grades, previews
from notecards.core.sm2 import QUALITIES
from notecards.dashboard import Limits, Overview, Stats
from notecards.grades import (
    FSRS_CHOICES,
    SM2_CHOICES,
    GradeChoice,
    other_schedulers,
)
from notecards.localday import day_start, local_date
from notecards.storage import grading, rescheduling, reviewing
from notecards.storage.reviewing import SAME_DAY_PASS
from notecards.study_items import (
    Action,
    SessionSummary,
    StudyItem,
    Tally,
    interleave,
    item_of,
)

if TYPE_CHECKING:
    from notecards.fitting import DeckPrediction
    from notecards.storage.db import Database
    from notecards.sync import Progress, SyncReport

Clock = Callable[[], datetime]

REQUEUE_GAP = 3  # a card graded below 4 comes back after this many others
MAX_ANSWER_MS = 5 * 60 * 1000  # a card left on screen longer counts this long


class StudyError(Exception):
    """An action that cannot be done now; the message says why, for the user."""


def utc_now() -> datetime:
    return datetime.now(UTC)


class StudySession:
    """One profile's reviews on one database."""

    def __init__(
        self,
        database: Database,
        profile: str,
        *,
        new_per_day: int = DEFAULT_NEW_PER_DAY,
        reviews_per_day: int = DEFAULT_REVIEWS_PER_DAY,
        notes: Sequence[Path] = (),
        clock: Clock = utc_now,
        scheduler: Scheduler | None = None,
    ) -> None:
        self.database = database
        self.scheduler = scheduler or Scheduler()
        self.profile = profile
        self.new_per_day = new_per_day
        self.reviews_per_day = reviews_per_day
        self.notes = tuple(notes)
        self.clock = clock
        self.deck: str | None = None
        self.current: StudyItem | None = None
        self.revealed = False
        self._queue: list[StudyItem] = []
        self._history: list[Action] = []
        self._tally = Tally()
        self._shown_at = clock()

    # --- time -----------------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """The local calendar day of the session's clock (the zone's own rules: DST-safe)."""
        return local_date(self.clock())

    def _day_start(self) -> datetime:
        return day_start(self.today())

    # --- notes ----------------------------------------------------------------------------------

    def sync_notes(self, progress: Progress | None = None) -> SyncReport | None:
        """Sync the remembered notes folders (None when there are none, or none exist)."""
        from notecards.sync import sync

        roots = [root for root in self.notes if root.exists()]
        if not roots:
            return None
        problem = self._daily_backup()
        report = sync(self.database, roots, progress=progress)
        if problem is not None:
            report.warnings.append(problem)
        return report

    def _daily_backup(self) -> NoteWarning | None:
        """Today's automatic backup of the database, before the day's first sync (see
        :mod:`notecards.storage.backup`); a warning if it could not be written."""
        from notecards.storage.backup import backups_folder, daily_backup

        try:
            daily_backup(self.database, self.today())
        except OSError as error:
            file = self.database.file
            where = str(backups_folder(file)) if file is not None else self.database.url
            return NoteWarning(where, 1, f"cannot make today's backup: {error.strerror}")
        return None

    # --- the decks ------------------------------------------------------------------------------

    @property
    def limits(self) -> Limits:
        return Limits(self.new_per_day, self.reviews_per_day)

    def overview(self) -> Overview:
        """Every deck (and its parents) with today's plan, and the next day with work."""
        return dashboard.overview(self.database, self.profile, self.today(), self.limits)

    # --- studying -------------------------------------------------------------------------------

    def start(self, deck: str | None = None) -> None:
        """Build today's queue for ``deck`` (and the decks under it; None: every deck)."""
        today = self.today()
        with self.database.reading() as connection:
            activity = reviewing.day_activity(connection, self.profile, self._day_start())
            new_left = activity.new_left(self.new_per_day)
            reviews_left = activity.reviews_left(self.reviews_per_day)
            repeats = reviewing.cards_to_ask(
                connection, self.profile, today, activity.repeats, deck
            )
            due = reviewing.due_cards(connection, self.profile, today, deck, reviews_left)
            new = reviewing.new_cards(connection, self.profile, today, deck, new_left)
        wanted = list(repeats.values())
        asked = {queued.card_id for queued in wanted}
        due = [queued for queued in due if queued.card_id not in asked]
        new = [queued for queued in new if queued.card_id not in asked]
        self.deck = deck
        self._queue = [item_of(queued, repeat=True) for queued in wanted]
        self._queue += [item_of(queued) for queued in interleave(due, new)]
        self._history = []
        self._tally = Tally()
        self.current = None
        self._advance()

    def _advance(self) -> None:
        self.current = self._queue.pop(0) if self._queue else None
        self.revealed = False
        self._shown_at = self.clock()

    @property
    def done(self) -> int:
        """Grades given in this session."""
        return sum(self._tally.grades.values())

    @property
    def remaining(self) -> int:
        """Cards still to ask, the current one and repeats included."""
        return len(self._queue) + (1 if self.current is not None else 0)

    @property
    def can_undo(self) -> bool:
        return bool(self._history)

    @property
    def choices(self) -> tuple[GradeChoice, ...]:
        """The grades this session's scheduler offers, in key order."""
        return FSRS_CHOICES if self.scheduler.kind is SchedulerKind.FSRS else SM2_CHOICES

    def previews(self) -> dict[int, int]:
        """For the current card, the interval in days each grade would set (by quality);
        a same-day repeat moves nothing: it keeps its interval whatever the grade."""
        item = self.current
        if item is None:
            return {}
        schedule = item.queued.schedule
        if item.repeat and schedule is not None and schedule.due is not None:
            return dict.fromkeys(grades(self.scheduler), schedule.interval)
        return previews(self.scheduler, schedule, self.today())

    def reveal(self) -> None:
        if self.current is None:
            raise StudyError("there is no card to show")
        self.revealed = True

    def _answer_ms(self, now: datetime) -> int:
        elapsed = int((now - self._shown_at).total_seconds() * 1000)
        return max(0, min(elapsed, MAX_ANSWER_MS))

    def grade(self, quality: int) -> grading.Graded:
        """Grade the current card (after its answer was shown), store it, and move on."""
        if quality not in grades(self.scheduler):
            if self.scheduler.kind is SchedulerKind.SM2:
                raise ValueError(f"a grade is 0 to 5, not {quality}")
            raise ValueError(
                f"an FSRS grade is 1, 3, 4 or 5 (again, hard, good, easy), not {quality}"
            )
        item = self.current
        if item is None:
            raise StudyError("there is no card to grade")
        if not self.revealed:
            raise StudyError("show the answer before grading")
        now = self.now()
        duration = self._answer_ms(now)
        with self.database.transaction() as connection:
            reviewing.hold_card(connection, self.profile, item.card_id)
            before = reviewing.state_snapshot(connection, self.profile, item.card_id)
            if other_schedulers(self.scheduler, before):
                # graded by the other scheduler since the switch (a session still open under
                # it): its history decides where it stands under this one
                rescheduling.reschedule_card(connection, self.profile, item.card_id, self.scheduler)
            reschedule = not item.repeat or before is None or before["due"] is None
            graded = grading.record_grade(
                connection,
                self.profile,
                item.card_id,
                quality,
                when=now,
                today=self.today(),
                duration_ms=duration,
                reschedule=reschedule,
                scheduler=self.scheduler,
            )
            after = reviewing.state_snapshot(connection, self.profile, item.card_id)
        self._history.append(
            Action(
                "grade",
                item,
                tuple(self._queue),
                self._tally.copy(),
                before,
                after,
                graded.review_id,
            )
        )
        self._tally.graded.add(item.card_id)
        self._tally.grades[quality] += 1
        self._tally.milliseconds += duration
        if quality < SAME_DAY_PASS:
            again = StudyItem(
                replace(item.queued, schedule=graded.after), repeat=True, reverse=item.reverse
            )
            self._queue.insert(min(REQUEUE_GAP, len(self._queue)), again)
        self._advance()
        return graded

    def _set_aside(
        self, what: str, *, suspended: bool | None = None, buried_until: date | None = None
    ) -> None:
        item = self.current
        if item is None:
            raise StudyError(f"there is no card to {what}")
        with self.database.transaction() as connection:
            reviewing.hold_card(connection, self.profile, item.card_id)
            before = reviewing.state_snapshot(connection, self.profile, item.card_id)
            grading.set_aside(
                connection,
                self.profile,
                item.card_id,
                suspended=suspended,
                buried_until=buried_until,
            )
            after = reviewing.state_snapshot(connection, self.profile, item.card_id)
        self._history.append(
            Action(what, item, tuple(self._queue), self._tally.copy(), before, after)
        )
        self._queue = [queued for queued in self._queue if queued.card_id != item.card_id]
        self._advance()

    def bury(self) -> None:
        """Set the current card aside until tomorrow."""
        self._set_aside("bury", buried_until=self.today() + timedelta(days=1))

    def suspend(self) -> None:
        """Set the current card aside until it is unsuspended."""
        self._set_aside("suspend", suspended=True)

    def undo(self) -> str:
        """Take back the last grade, burial or suspension; the card is asked again.

        Returns what was undone (``grade``, ``bury`` or ``suspend``).
        """
        if not self._history:
            raise StudyError("nothing to undo")
        action = self._history.pop()
        with self.database.transaction() as connection:
            reviewing.hold_card(connection, self.profile, action.item.card_id)
            now = reviewing.state_snapshot(connection, self.profile, action.item.card_id)
            if now != action.after:
                raise StudyError(
                    "this card was changed elsewhere (another session?) since; "
                    "it cannot be undone here"
                )
            reviewing.restore_state(connection, self.profile, action.item.card_id, action.before)
            if action.review_id is not None:
                reviewing.delete_review(connection, self.profile, action.review_id)
        self._queue = list(action.queue)
        self._tally = action.tally
        self.current = action.item
        self.revealed = False
        self._shown_at = self.clock()
        return action.what

    # --- editing the note -----------------------------------------------------------------------

    def resync_current(self) -> SyncReport | None:
        """After the current card's note was edited: sync its folder and refresh the queue.

        Cards whose text is gone leave the queue; the others show their new text.
        """
        from notecards.sync import sync

        if self.current is None:
            return None
        root = Path(self.current.queued.root)
        if not root.exists():
            return None
        problem = self._daily_backup()
        report = sync(self.database, [root])
        if problem is not None:
            report.warnings.append(problem)
        self.refresh()
        return report

    def refresh(self) -> None:
        """After cards were changed elsewhere (the browser, an editor and a sync): the cards
        that may no longer be asked today (rejected, suspended, buried, retired) leave the
        queue, and the others show their stored text. The current card stays if it may
        still be asked."""
        if self.current is None:
            return
        items = [self.current, *self._queue]
        with self.database.reading() as connection:
            fresh = reviewing.cards_to_ask(
                connection, self.profile, self.today(), [item.card_id for item in items]
            )
        refreshed = [
            replace(item, queued=fresh[item.card_id]) for item in items if item.card_id in fresh
        ]
        current_kept = bool(refreshed) and refreshed[0].card_id == self.current.card_id
        if current_kept:
            self.current, self._queue = refreshed[0], refreshed[1:]
        else:
            self._queue = refreshed
            self._advance()

    # --- the end --------------------------------------------------------------------------------

    def summary(self) -> SessionSummary:
        with self.database.reading() as connection:
            next_due = reviewing.next_due(connection, self.profile, self.today())
        grades = tuple(self._tally.grades.get(quality, 0) for quality in QUALITIES)
        return SessionSummary(
            reviewed=len(self._tally.graded),
            answers=sum(grades),
            grades=grades,
            seconds=self._tally.milliseconds / 1000,
            next_due=next_due,
        )

    def stats(self) -> Stats:
        return dashboard.stats(self.database, self.profile, self.today(), self.limits)

    def predicted_retention(self) -> list[DeckPrediction]:
        """Per deck, recall beside what this session's scheduler predicted for it."""
        from notecards.fitting import predicted_retention

        return predicted_retention(self.database, self.profile, self.scheduler)
