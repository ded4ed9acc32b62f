"""How dates, durations and counts are put into words on screen."""

from __future__ import annotations

from datetime import date

from notecards.wording import plural

__all__ = ["day_phrase", "duration", "nothing_due", "plural"]


def day_phrase(day: date, today: date) -> str:
    """``today``, ``tomorrow``, ``in 5 days (Sun 8 Mar)`` or the date itself."""
    days = (day - today).days
    stamp = f"{day:%a} {day.day} {day:%b}"
    if days <= 0:
        return "today"
    if days == 1:
        return f"tomorrow ({stamp})"
    if days < 60:
        return f"in {days} days ({stamp})"
    return f"on {stamp} {day.year}"


def nothing_due(next_due: date | None, today: date, where: str = "") -> str:
    place = f" in {where}" if where else ""
    if next_due is None:
        return f"Nothing to study{place}: there are no cards yet, or all are set aside."
    return f"Nothing due{place} now. The next card is due {day_phrase(next_due, today)}."


def reading_notes(done: int, total: int) -> str:
    """What the decks screen says while a sync reads the notes and nothing is there to study."""
    after = "The decks fill in when they are read."
    if not total:
        return f"Reading your notes… {after}"
    return f"Reading your notes… {done:,} of {total:,} ({done * 100 // total}%). {after}"


def duration(seconds: float) -> str:
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, rest = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {rest} s" if rest else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"
