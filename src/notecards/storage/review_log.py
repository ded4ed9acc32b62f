"""A review log exported from another program (py-fsrs's CSV: card_id, review_rating 1-4,
review_time, review_duration) brought into a database as one profile's history.

Each card of the log becomes a card of its own (``card <id>`` in ``deck``) and each review a
grade, in time order, exactly as a review session stores it: FSRS ratings as SM-2 qualities
(Again 1, Hard 3, Good 4, Easy 5), the first grade of a card on a day scheduling it (by
``scheduler``) and later ones that day logged as repeats. The tests and ``make bench`` use it
for the real log in ``tests/fixtures/reviews/``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path

from sqlalchemy import Connection, insert

from notecards.core.scheduling import Scheduler, quality_of
from notecards.storage import grading
from notecards.storage.tables import CARDS


@dataclass(frozen=True, slots=True)
class LoggedGrade:
    """One row of the log."""

    card: str
    rating: int
    when: datetime
    duration_ms: int


def read_csv(path: Path) -> list[LoggedGrade]:
    """The log's rows in time order; ``ValueError`` naming the line of a row that is wrong."""
    grades: list[LoggedGrade] = []
    with path.open(newline="", encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                grades.append(
                    LoggedGrade(
                        row["card_id"],
                        int(row["review_rating"]),
                        datetime.fromisoformat(row["review_time"]),
                        int(row.get("review_duration") or 0),
                    )
                )
            except (KeyError, TypeError, ValueError) as error:
                raise ValueError(f"{path}:{line}: not a review: {error}") from None
    return sorted(grades, key=lambda grade: grade.when)


def _add_cards(
    connection: Connection, names: Iterable[str], deck: str, now: datetime
) -> dict[str, int]:
    ids: dict[str, int] = {}
    for line, name in enumerate(names, start=1):
        key = f"log{name}"[:32]
        ids[name] = connection.execute(
            insert(CARDS)
            .values(
                key=key,
                origin_key=key,
                base_key=key,
                deck=deck,
                kind="basic",
                question=f"card {name}",
                answer="",
                context="",
                tags="",
                root="",
                source="review-log.csv",
                line=line,
                retired=False,
                created_at=now,
                updated_at=now,
            )
            .returning(CARDS.c.id)
        ).scalar_one()
    return ids


def import_log(
    connection: Connection,
    profile: str,
    grades: Sequence[LoggedGrade],
    *,
    deck: str = "review-log",
    zone: tzinfo,
    scheduler: Scheduler | None = None,
    decks: dict[str, str] | None = None,
) -> int:
    """Store ``grades`` as ``profile``'s reviews of new cards (``decks`` may put some cards in
    other decks); returns the number of reviews stored. Days are local days in ``zone``."""
    names = list(dict.fromkeys(grade.card for grade in grades))
    ids: dict[str, int] = {}
    start = grades[0].when if grades else datetime.now(zone)
    by_deck: dict[str, list[str]] = {}
    for name in names:
        by_deck.setdefault((decks or {}).get(name, deck), []).append(name)
    for card_deck, members in by_deck.items():
        ids |= _add_cards(connection, members, card_deck, start)
    last_day: dict[str, date] = {}
    for grade in grades:
        today = grade.when.astimezone(zone).date()
        grading.record_grade(
            connection,
            profile,
            ids[grade.card],
            quality_of(grade.rating),
            when=grade.when,
            today=today,
            duration_ms=grade.duration_ms,
            reschedule=last_day.get(grade.card) != today,
            scheduler=scheduler,
        )
        last_day[grade.card] = today
    return len(grades)
