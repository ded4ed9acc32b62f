"""The keys under a card: how to reveal it, then the grades, what they mean, and the interval
each would give.

Under SM-2 the grades are its six qualities (0-5); under FSRS, Again, Hard, Good and Easy on
1-4. Under each grade, on a second line, is the interval it would set (``1d``, ``6d``,
``3.2mo``, ``1.4y``). The grades take the roomiest layout that fits the width, down to the
bare keys, so that no grade is ever cut off (all six, labelled, fit from 60 columns up).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual import events
from textual.widgets import Static

from notecards.grades import SM2_CHOICES, GradeChoice

# red for failing grades, amber for the hard pass, green for the good ones (by SM-2 quality)
_GRADE_STYLES = ("red", "red", "red", "yellow", "green", "green")
# (between a grade's key and its label, between grades, labels shown): roomiest first
_LAYOUTS = ((" ", "  ", True), (" ", " ", True), ("", " ", True), ("", " ", False))


def interval_words(days: int) -> str:
    """An interval in a few characters: ``1d``, ``45d``, ``3.2mo``, ``1.4y``."""
    if days < 100:
        return f"{days}d"
    if days < 365:
        return f"{days / 30.4:.1f}mo"
    return f"{days / 365.25:.1f}y"


def _grades(
    choices: Sequence[GradeChoice],
    intervals: Mapping[int, int],
    layout: tuple[str, str, bool],
) -> Text:
    gap, separator, labelled = layout
    text, under = Text(), Text()
    for index, choice in enumerate(choices):
        if index:
            text.append(separator)
        column = text.cell_len
        text.append(f" {choice.key} ", style=f"bold reverse {_GRADE_STYLES[choice.quality]}")
        if labelled:
            text.append(f"{gap}{choice.label}")
        if choice.quality in intervals:
            room = text.cell_len - column  # the grade's own width, so intervals never meet
            words = interval_words(intervals[choice.quality])[:room]
            under.append(" " * (column - under.cell_len))
            under.append(f"{words:^{room}}" if len(words) < room else words, style="dim")
    if intervals:
        text.append("\n")
        text.append_text(under)
    return text


def grade_text(
    revealed: bool,
    width: int = 80,
    choices: Sequence[GradeChoice] = SM2_CHOICES,
    intervals: Mapping[int, int] | None = None,
) -> Text:
    """The lines under the card in ``width`` cells: the reveal key, or the grades, with the
    interval each would give under it (``intervals``, by SM-2 quality)."""
    if not revealed:
        text = Text.assemble((" Space ", "bold reverse"), " show the answer")
        if text.cell_len + len("    grades come after") <= width:
            text.append("    grades come after", style="dim")
        return text
    for layout in _LAYOUTS:
        text = _grades(choices, intervals or {}, layout)
        if max(line.cell_len for line in text.split()) <= width:
            return text
    return text


class GradeBar(Static):
    _revealed = False
    _choices: Sequence[GradeChoice] = SM2_CHOICES
    _intervals: Mapping[int, int] | None = None

    def show(
        self,
        revealed: bool,
        choices: Sequence[GradeChoice] = SM2_CHOICES,
        intervals: Mapping[int, int] | None = None,
    ) -> None:
        self._revealed, self._choices, self._intervals = revealed, choices, intervals
        self.update(grade_text(revealed, self.content_size.width or 80, choices, intervals))
        self.set_class(revealed, "revealed")

    def on_resize(self, event: events.Resize) -> None:
        self.show(self._revealed, self._choices, self._intervals)
