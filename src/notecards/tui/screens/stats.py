"""Statistics: past reviews as a calendar, the next 30 days, cards by state, retention."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from notecards.core.model import CardStatus
from notecards.dashboard import Stats
from notecards.study import StudySession
from notecards.tui.screens import NotecardsScreen
from notecards.tui.widgets.forecast import ForecastChart
from notecards.tui.widgets.heatmap import Heatmap
from notecards.tui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from notecards.fitting import DeckPrediction

_STATE_STYLES = {
    CardStatus.NEW: "blue",
    CardStatus.LEARNING: "yellow",
    CardStatus.REVIEW: "green",
    CardStatus.SUSPENDED: "magenta",
    CardStatus.BURIED: "cyan",
    CardStatus.RETIRED: "dim",
    CardStatus.REJECTED: "red",
}


def states_table(stats: Stats) -> Text:
    text = Text()
    for state in CardStatus:
        if state is CardStatus.REJECTED and not stats.by_state[state]:
            continue  # shown once the profile rejected a card
        text.append(f"{state.value:<10}", style=_STATE_STYLES[state])
        text.append(f"{stats.by_state[state]:>7}\n")
    text.rstrip()
    return text


def retention_table(stats: Stats) -> Table | Text:
    if not stats.retention:
        return Text("No reviews yet.", style="dim")
    table = Table(box=None, padding=(0, 2), show_edge=False)
    table.add_column("Deck")
    table.add_column("Reviews", justify="right")
    table.add_column("Graded 3+", justify="right")
    table.add_column("Retention", justify="right")
    for row in stats.retention:
        share = row.share
        style = "green" if share >= 0.85 else ("yellow" if share >= 0.7 else "red")
        table.add_row(
            Text(row.deck), str(row.reviews), str(row.passed), Text(f"{share:.0%}", style=style)
        )
    return table


def prediction_table(rows: Sequence[DeckPrediction]) -> Table | Text:
    """Per deck: reviews a day or more after the card's previous one, the share recalled,
    and the share the scheduler predicted."""
    if not rows:
        return Text("No card reviewed again on a later day yet.", style="dim")
    table = Table(box=None, padding=(0, 2), show_edge=False)
    table.add_column("Deck")
    table.add_column("Reviews", justify="right")
    table.add_column("Recalled", justify="right")
    table.add_column("Predicted", justify="right")
    for row in rows:
        gap = abs(row.actual - row.predicted)
        style = "green" if gap <= 0.05 else ("yellow" if gap <= 0.1 else "red")
        table.add_row(
            Text(row.deck),
            str(row.reviews),
            f"{row.actual:.0%}",
            Text(f"{row.predicted:.0%}", style=style),
        )
    return table


def triage_table(stats: Stats) -> Table:
    """Per deck: cards accepted, rejected and waiting in the inbox."""
    table = Table(box=None, padding=(0, 2), show_edge=False)
    table.add_column("Deck")
    for name in ("Cards", "Accepted", "Rejected", "Inbox"):
        table.add_column(name, justify="right")
    for row in stats.triage:
        table.add_row(
            Text(row.deck), str(row.cards), str(row.accepted), str(row.rejected), str(row.untriaged)
        )
    return table


class StatsScreen(NotecardsScreen):
    BINDINGS = [  # noqa: RUF012 (Textual's declaration style)
        Binding("q,escape", "back", "Back"),
    ]

    def __init__(self, session: StudySession) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        stats = self.session.stats()
        with VerticalScroll(id="stats"):
            yield Static("[b]Reviews[/b]", classes="heading")
            yield Heatmap(stats.daily_reviews, stats.today, id="heatmap")
            today = stats.plan.total
            yield Static(
                f"[b]Due in the next 30 days[/b]  Today: {today.due} to review, {today.new} new",
                classes="heading",
            )
            yield ForecastChart(stats.forecast, id="forecast")
            yield Static("[b]Cards by state[/b]", classes="heading")
            yield Static(states_table(stats), id="states")
            yield Static(
                "[b]Retention per deck[/b] [dim](share of reviews graded 3 or more)[/dim]",
                classes="heading",
            )
            yield Static(retention_table(stats), id="retention")
            name = "FSRS" if self.session.scheduler.kind == "fsrs" else "SM-2"
            yield Static(
                f"[b]Recall per deck, actual and predicted by {name}[/b] "
                "[dim](reviews a day or more after the card's previous one)[/dim]",
                classes="heading",
                id="predicted-heading",
            )
            yield Static(prediction_table(self.session.predicted_retention()), id="predicted")
            if stats.judged:  # once the profile rejected a card or triages new ones
                yield Static("[b]Cards accepted and rejected per deck[/b]", classes="heading")
                yield Static(triage_table(stats), id="triage")
        yield StatusLine()
        yield Footer()

    def action_back(self) -> None:
        self.notecards.back()
