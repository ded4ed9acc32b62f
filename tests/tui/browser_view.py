"""What the browser screen draws, read back as plain text for its tests: the table's rows and
columns, the card beside it, the title and message lines; and what the database holds."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widget import Widget

from notecards.browsing import BrowseQuery, Browser, CardStatus
from notecards.study import StudySession
from notecards.tui.app import NotecardsApp
from notecards.tui.widgets.card_preview import CardPreview
from notecards.tui.widgets.card_table import CardTable


def drawn(app: NotecardsApp, widget: Widget | str) -> str:
    """What the screen shows where ``widget`` is (its children included), as plain lines."""
    found = app.screen.query_one(widget) if isinstance(widget, str) else widget
    region = found.region
    strips = app.screen._compositor.render_strips()
    return "\n".join(
        strips[y].crop(region.x, region.right).text.rstrip() for y in region.line_range
    )


def shown(widget: Widget) -> str:
    assert isinstance(widget.app, NotecardsApp)
    return drawn(widget.app, widget)


def table_lines(app: NotecardsApp) -> list[str]:
    """The table's rows as drawn, the header left out."""
    lines = shown(app.screen.query_one(CardTable)).splitlines()
    return [line for line in lines[1:] if len(line.strip()) > 1]  # not the scrollbar's


def questions(app: NotecardsApp) -> list[str]:
    """The first word of each drawn row's question (after the mark column)."""
    return [line[3:].split()[0] for line in table_lines(app)]


def marked(app: NotecardsApp) -> list[str]:
    return [line[3:].split()[0] for line in table_lines(app) if line[:3].strip() == "●"]


def column(app: NotecardsApp, header: str) -> list[str]:
    """The drawn cells of one column, by where its header is drawn."""
    start = shown(app.screen.query_one(CardTable)).splitlines()[0].index(header)
    return [line[start:].split("  ")[0].strip() for line in table_lines(app)]


def preview(app: NotecardsApp) -> str:
    """The selected card as drawn beside the table (its left border left out)."""
    lines = shown(app.screen.query_one(CardPreview)).splitlines()
    return "\n".join(line.removeprefix("▏").strip() for line in lines)


def message(app: NotecardsApp) -> str:
    return shown(app.screen.query_one("#browse-message"))


def title(app: NotecardsApp) -> str:
    return shown(app.screen.query_one("#title"))


def stored(session: StudySession, *statuses: CardStatus) -> list[str]:
    """The questions of the cards in these states, as the database has them now."""
    browser = Browser(session.database, session.profile, today=session.today())
    rows = browser.search(BrowseQuery(statuses=statuses, sort="question"))
    return [row.question for row in rows]


async def to_table(pilot: Pilot[None]) -> None:
    await pilot.press("enter")  # from the search box, where the browser opens
    await pilot.pause()


async def sorted_by_question(pilot: Pilot[None], app: NotecardsApp) -> None:
    await to_table(pilot)
    while "sorted by question" not in title(app):
        await pilot.press("o")
    await pilot.press("home")  # the cursor stays on its card through a sort: to the top
