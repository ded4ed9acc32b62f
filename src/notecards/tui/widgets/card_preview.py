"""The browser's selected card: where it comes from and how it stands, then its front and back
drawn as in review (:class:`~notecards.tui.widgets.card_face.CardFace`: math, code, markdown).
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from notecards.browsing import CardDetail
from notecards.core.faces import Faces
from notecards.tui.widgets.card_face import CardFace
from notecards.tui.wording import plural

_HISTORY_SHOWN = 3


def head_text(detail: CardDetail, today: date) -> Text:
    """Deck and headings, source, tags, the schedule and the last reviews, a line each."""
    row = detail.row
    text = Text(row.deck, style="bold")
    for part in detail.context:
        text.append(" › ", style="dim")
        text.append(part)
    text.append(f"\n{row.source}:{row.line}", style="dim")
    if detail.tags:
        text.append("  " + " ".join(f"#{tag}" for tag in detail.tags), style="cyan")
    text.append("\n")
    text.append(row.status, style="bold")
    if row.untriaged:
        text.append(" (in the inbox)", style="blue")
    if row.flagged:
        text.append(" ⚑ flagged", style="bold red")
    if row.due is not None:
        days = (row.due - today).days
        when = "today" if days == 0 else (f"in {days} d" if days > 0 else f"{-days} d late")
        text.append(f" · due {row.due.isoformat()} ({when})")
    if row.interval:
        text.append(f" · every {plural(row.interval, 'day')}")
    text.append(f" · ease {row.ease:.2f} · {plural(row.lapses, 'lapse')}")
    if detail.history:
        shown = detail.history[-_HISTORY_SHOWN:]
        text.append(f"\n{plural(len(detail.history), 'review')}: ", style="dim")
        text.append(
            ", ".join(
                f"{line.reviewed_at:%Y-%m-%d} q{line.quality}→{line.interval}d" for line in shown
            ),
            style="dim",
        )
    else:
        text.append("\nnever reviewed", style="dim")
    return text


class CardPreview(Vertical):
    """The head and both faces of one card; empty when no card is listed."""

    def compose(self) -> ComposeResult:
        yield Static(id="preview-head")
        yield CardFace(id="preview-face")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: CardDetail | None = None

    async def show(self, detail: CardDetail | None, today: date) -> None:
        if detail == self._shown and detail is not None:
            return  # drawn already (markdown is slow to draw again)
        self._shown = detail
        head = self.query_one("#preview-head", Static)
        face = self.query_one(CardFace)
        if detail is None:
            head.update(Text("No card matches.", style="dim"))
            await face.show(Faces("", ""), revealed=False)
            return
        head.update(head_text(detail, today))
        await face.show(detail.faces, revealed=True)
