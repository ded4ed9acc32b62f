"""A calendar heatmap of reviews per day: one column per week, Monday at the top.

As many weeks as fit the width are shown; nothing in it wraps.
"""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text
from textual.widget import Widget

from notecards.wording import plural

_SHADES = ("grey23", "green4", "green3", "green1", "bright_green")
_WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "Sun")
_CELL = "■ "
_LABEL_WIDTH = 4


def _shade(count: int, busiest: int) -> str:
    if count <= 0 or busiest <= 0:
        return _SHADES[0]
    level = 1 + min(3, (count * 4 - 1) // busiest)
    return _SHADES[level]


def _month_row(first_monday: date, weeks: int) -> str:
    """Month names over the weeks in which a month begins."""
    row = [" "] * (weeks * len(_CELL))
    for week in range(weeks):
        sunday = first_monday + timedelta(weeks=week, days=6)
        if sunday.day > 7:
            continue
        label = sunday.strftime("%b")
        position = week * len(_CELL)
        around = row[max(0, position - 1) : position + len(label) + 1]
        if position + len(label) <= len(row) and all(char == " " for char in around):
            row[position : position + len(label)] = label
    return "".join(row).rstrip()


def heatmap_text(daily: dict[date, int], today: date, width: int) -> Text:
    """As many whole weeks up to ``today`` as fit in ``width`` cells, newest on the right."""
    weeks = max(1, min(53, (width - _LABEL_WIDTH) // len(_CELL)))
    this_monday = today - timedelta(days=today.weekday())
    first_monday = this_monday - timedelta(weeks=weeks - 1)
    busiest = max((count for day, count in daily.items() if day >= first_monday), default=0)
    text = Text(" " * _LABEL_WIDTH)
    text.append(_month_row(first_monday, weeks), style="dim")
    for weekday in range(7):
        text.append("\n" + _WEEKDAYS[weekday].ljust(_LABEL_WIDTH), style="dim")
        for week in range(weeks):
            day = first_monday + timedelta(weeks=week, days=weekday)
            if day > today:
                break
            text.append(_CELL, style=_shade(daily.get(day, 0), busiest))
    shown = sum(count for day, count in daily.items() if first_monday <= day <= today)
    active = sum(1 for day, count in daily.items() if first_monday <= day <= today and count)
    summary = f"{plural(shown, 'review')} on {plural(active, 'day')} in the last {weeks} weeks"
    text.append("\n" + summary, style="dim")
    legend_width = len("    less ") + len(_CELL) * len(_SHADES) + len("more")
    # the legend beside the summary when both fit, else on a line of its own
    text.append("    less " if len(summary) + legend_width <= width else "\nless ", style="dim")
    for shade in _SHADES:
        text.append(_CELL, style=shade)
    text.append("more", style="dim")
    return text


class Heatmap(Widget):
    DEFAULT_CSS = "Heatmap { height: 10; }"

    def __init__(self, daily: dict[date, int], today: date, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.daily = daily
        self.today = today

    def render(self) -> Text:
        return heatmap_text(self.daily, self.today, self.size.width)
