"""Cards coming due over the next days, as a bar chart of block characters.

Each day is a bar two cells wide (the bar and a gap), or one cell when the width is short of
that, so that every day of the forecast is shown and nothing wraps.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.widget import Widget

from notecards.wording import plural

_BLOCKS = " ▁▂▃▄▅▆▇█"
_HEIGHT = 6
_COLUMN = 2
_LABEL_EVERY = 7  # days


def forecast_text(forecast: dict[date, int], width: int) -> Text:
    """The chart of ``forecast`` (cards due per day) in ``width`` cells."""
    days = sorted(forecast)
    counts = [forecast[day] for day in days]
    busiest = max(counts, default=0)
    scale = _HEIGHT * 8 / busiest if busiest else 0
    text = Text()
    axis_width = len(str(busiest))
    column = _COLUMN if axis_width + 1 + _COLUMN * len(days) <= width else 1
    for row in range(_HEIGHT, 0, -1):
        axis = str(busiest) if row == _HEIGHT else ("0" if row == 1 and not busiest else "")
        text.append(axis.rjust(axis_width) + " ", style="dim")
        for count in counts:
            eighths = round(count * scale) - (row - 1) * 8
            if count and eighths <= 0 and row == 1:
                eighths = 1  # a day with any card shows at least a sliver
            block = _BLOCKS[max(0, min(8, eighths))]
            text.append(block if column == 1 else block * (column - 1) + " ", style="cyan")
        text.append("\n")
    labels = ""
    for index, day in enumerate(days):
        if index % _LABEL_EVERY == 0:
            mark = "today" if index == 0 else day.strftime("%-d %b")
            start = index * column  # under its day's bar, if it clears the last label
            fits = axis_width + 1 + start + len(mark) <= width
            if fits and (not labels or len(labels) < start):
                labels = labels.ljust(start) + mark
    text.append(" " * (axis_width + 1) + labels, style="dim")
    week = sum(counts[:7])
    text.append(
        f"\n{week} due in the next 7 days, {sum(counts)} in the next {plural(len(days), 'day')}",
        style="dim",
    )
    return text


class ForecastChart(Widget):
    DEFAULT_CSS = "ForecastChart { height: 8; }"

    def __init__(self, forecast: dict[date, int], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.forecast = forecast

    def render(self) -> Text:
        return forecast_text(self.forecast, self.size.width)
