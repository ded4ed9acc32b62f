"""The keys under a card: how to reveal it, then the six SM-2 grades and what they mean.

The grades take the roomiest layout that fits the width, down to the bare numbers, so that
no grade is ever cut off (all six, labelled, fit from 60 columns up).
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.widgets import Static

from notecards.study import GRADE_LABELS

# red for failing grades, amber for the hard pass, green for the good ones
_GRADE_STYLES = ("red", "red", "red", "yellow", "green", "green")
# (between a grade's key and its label, between grades, labels shown): roomiest first
_LAYOUTS = ((" ", "  ", True), (" ", " ", True), ("", " ", True), ("", " ", False))


def _grades(gap: str, separator: str, labelled: bool) -> Text:
    text = Text()
    for quality, label in enumerate(GRADE_LABELS):
        if quality:
            text.append(separator)
        text.append(f" {quality} ", style=f"bold reverse {_GRADE_STYLES[quality]}")
        if labelled:
            text.append(f"{gap}{label}")
    return text


def grade_text(revealed: bool, width: int = 80) -> Text:
    """The line under the card in ``width`` cells: the reveal key, or the grades."""
    if not revealed:
        text = Text.assemble((" Space ", "bold reverse"), " show the answer")
        if text.cell_len + len("    grades come after") <= width:
            text.append("    grades come after", style="dim")
        return text
    for layout in _LAYOUTS:
        text = _grades(*layout)
        if text.cell_len <= width:
            return text
    return text


class GradeBar(Static):
    _revealed = False

    def show(self, revealed: bool) -> None:
        self._revealed = revealed
        self.update(grade_text(revealed, self.content_size.width or 80))
        self.set_class(revealed, "revealed")

    def on_resize(self, event: events.Resize) -> None:
        self.show(self._revealed)
