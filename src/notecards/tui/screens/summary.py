"""The end of a session: what was reviewed, how it went, and when the next card is due."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Static

from notecards.grades import SM2_CHOICES, GradeChoice
from notecards.study import StudySession
from notecards.study_items import SessionSummary
from notecards.tui.screens import NotecardsScreen
from notecards.tui.widgets.status_line import StatusLine
from notecards.tui.wording import day_phrase, duration, plural

_BAR_WIDTH = 30


def summary_table(summary: SessionSummary, choices: Sequence[GradeChoice] = SM2_CHOICES) -> Text:
    """One line per grade the scheduler offers, best first: its name, a bar and the count."""
    text = Text()
    busiest = max(summary.grades, default=0) or 1
    for choice in reversed(choices):
        quality = choice.quality
        count = summary.grades[quality]
        bar = "█" * round(count * _BAR_WIDTH / busiest)
        style = "green" if quality >= 4 else ("yellow" if quality == 3 else "red")
        text.append(f"{choice.key} {choice.label:<9} ", style="bold")
        text.append(f"{bar:<{_BAR_WIDTH}}", style=style)
        text.append(f" {count:>4}\n")
    text.rstrip()
    return text


class SummaryScreen(NotecardsScreen):
    BINDINGS = [  # noqa: RUF012 (Textual's declaration style)
        Binding("enter,q,escape", "done", "Back to the decks"),
        Binding("t", "stats", "Statistics"),
    ]

    def __init__(self, summary: SessionSummary, session: StudySession) -> None:
        super().__init__()
        self.summary = summary
        self.session = session

    def compose(self) -> ComposeResult:
        summary = self.summary
        today = self.session.today()
        finished = self.session.current is None
        heading = "Session complete" if finished else "Session stopped"
        per_card = summary.seconds / summary.answers if summary.answers else 0
        lines = [
            f"[b]{heading}[/b]",
            "",
            f"{plural(summary.reviewed, 'card')} reviewed"
            + (
                f" ({plural(summary.answers, 'answer')} with repeats)"
                if summary.answers != summary.reviewed
                else ""
            ),
            f"Time spent: {duration(summary.seconds)}"
            + (f" ({duration(per_card)} a card)" if summary.answers else ""),
        ]
        if summary.next_due is not None:
            lines.append(f"Next card due: {day_phrase(summary.next_due, today)}")
        if not finished:
            lines.append(f"[dim]{plural(self.session.remaining, 'card')} left for today[/dim]")
        with Vertical(id="summary"):
            yield Static("\n".join(lines), id="summary-text")
            yield Static(summary_table(summary, self.session.choices), id="grades-table")
        yield StatusLine()
        yield Footer()

    def action_done(self) -> None:
        self.notecards.back()

    def action_stats(self) -> None:
        from notecards.tui.screens.stats import StatsScreen

        self.app.push_screen(StatsScreen(self.session))
