"""The keys under a card: how to reveal it, then the six SM-2 grades and what they mean."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from notecards.study import GRADE_LABELS

# red for failing grades, amber for the hard pass, green for the good ones
_GRADE_STYLES = ("red", "red", "red", "yellow", "green", "green")


def grade_text(revealed: bool) -> Text:
    if not revealed:
        return Text.assemble(
            (" Space ", "bold reverse"), " show the answer    ", ("grades come after", "dim")
        )
    text = Text()
    for quality, label in enumerate(GRADE_LABELS):
        if quality:
            text.append("  ")
        text.append(f" {quality} ", style=f"bold reverse {_GRADE_STYLES[quality]}")
        text.append(f" {label}")
    return text


class GradeBar(Static):
    def show(self, revealed: bool) -> None:
        self.update(grade_text(revealed))
        self.set_class(revealed, "revealed")
