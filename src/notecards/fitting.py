"""FSRS fitted to a profile's own reviews (``optimize``), and how well each scheduler predicts
them (``evaluate``, and the predicted retention per deck in ``stats``).

- :func:`optimize` fits FSRS-6's 21 parameters to every review of the profile and keeps them
  in the database (``profile_schedulers``: they belong to the profile's reviews, which live
  there, and follow the profile to every machine that uses the database); under
  :data:`MINIMUM_REVIEWS` reviews it keeps the defaults and says so.
- :func:`evaluate` is time-ordered: the reviews are cut by time into :data:`SPLITS` parts, and
  each part after the first is predicted by SM-2, FSRS with default parameters and FSRS with
  parameters fitted to the reviews before that part only, so no prediction uses what came
  after it.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from notecards.core import fsrs_model
from notecards.core.fsrs_model import DEFAULT_PARAMETERS, Model
from notecards.core.prediction import (
    Graded,
    Prediction,
    auc,
    fsrs_predictions,
    log_loss,
    rmse_bins,
    sm2_predictions,
)
from notecards.core.scheduling import Scheduler, SchedulerKind, rating_of
from notecards.storage import rescheduling
from notecards.storage.tables import CARDS

if TYPE_CHECKING:
    from notecards.storage.db import Database

MINIMUM_REVIEWS = 400
SPLITS = 5
Progress = Callable[[str, int, int], None]  # (what, done, in all)


@dataclass(frozen=True, slots=True)
class CardReviews:
    """One card's reviews by the profile, oldest first, with their times and the card's deck."""

    card_id: int
    deck: str
    reviews: tuple[Graded, ...]
    times: tuple[datetime, ...]


def load_reviews(database: Database, profile: str) -> list[CardReviews]:
    """Every card the profile graded, with its reviews."""
    with database.reading() as connection:
        decks = {row.id: row.deck for row in connection.execute(select(CARDS.c.id, CARDS.c.deck))}
        return [
            CardReviews(
                log.card_id,
                decks.get(log.card_id, ""),
                tuple(Graded(review.quality, review.day) for review in log.reviews),
                log.times,
            )
            for log in rescheduling.card_logs(connection, profile)
        ]


def _history(reviews: Sequence[Graded]) -> list[tuple[int, int]]:
    """FSRS's view of a card's reviews: (rating, days since the previous review)."""
    return [
        (rating_of(review.quality), (review.day - reviews[index - 1].day).days if index else 0)
        for index, review in enumerate(reviews)
    ]


def review_count(cards: Sequence[CardReviews]) -> int:
    return sum(len(card.reviews) for card in cards)


def fit(cards: Sequence[CardReviews]) -> tuple[float, ...]:
    """FSRS-6 parameters fitted to these reviews."""
    return fsrs_model.fit([_history(card.reviews) for card in cards])


@dataclass(frozen=True, slots=True)
class Scores:
    """How well one model predicted: log loss and RMSE (bins) (lower is better), AUC
    (higher is better), over ``count`` predicted reviews."""

    log_loss: float
    rmse_bins: float
    auc: float
    count: int


def scores(predictions: Sequence[Prediction]) -> Scores:
    return Scores(log_loss(predictions), rmse_bins(predictions), auc(predictions), len(predictions))


@dataclass(frozen=True, slots=True)
class Optimized:
    """What ``optimize`` did: ``parameters`` is None when it kept the defaults (see ``why``)."""

    reviews: int
    parameters: tuple[float, ...] | None
    default: Scores | None = None
    fitted: Scores | None = None
    why: str = ""


def optimize(
    database: Database,
    profile: str,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Optimized:
    """Fit FSRS to the profile's reviews and keep the parameters if they predict them better
    than the defaults (compared on those same reviews)."""
    say = progress or (lambda what, done, total: None)
    say("reading the reviews", 0, 1)
    cards = load_reviews(database, profile)
    count = review_count(cards)
    say("reading the reviews", 1, 1)
    if count < MINIMUM_REVIEWS:
        return Optimized(
            count,
            None,
            why=f"{count} reviews are too few to fit FSRS to (it takes {MINIMUM_REVIEWS}); "
            "the default parameters stay",
        )
    say("fitting FSRS-6", 0, 1)
    parameters = fit(cards)
    say("fitting FSRS-6", 1, 1)
    default, fitted = [], []
    default_model, fitted_model = Model(DEFAULT_PARAMETERS), Model(parameters)
    for done, card in enumerate(cards, 1):
        default += fsrs_predictions(default_model, card.reviews)
        fitted += fsrs_predictions(fitted_model, card.reviews)
        if done % 200 == 0 or done == len(cards):
            say("comparing with the defaults", done, len(cards))
    before, after = scores(default), scores(fitted)
    if not after.log_loss <= before.log_loss:
        return Optimized(
            count,
            None,
            before,
            after,
            "the fitted parameters predict your reviews no better than the defaults, which stay",
        )
    with database.transaction() as connection:
        rescheduling.store_fitted(
            connection,
            profile,
            rescheduling.Fitted(parameters, now or datetime.now(UTC), count),
        )
    return Optimized(count, parameters, before, after)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """``evaluate``'s table: each model's scores on the same later reviews."""

    reviews: int
    sm2: Scores
    fsrs_default: Scores
    fsrs_fitted: Scores
    fitted_parts: int  # parts predicted by fitted parameters (the others had too few before)


def evaluate(database: Database, profile: str, progress: Progress | None = None) -> Evaluation:
    """SM-2, FSRS default and FSRS fitted, time-ordered, on the profile's reviews."""
    return evaluate_reviews(load_reviews(database, profile), progress)


def boundaries(cards: Sequence[CardReviews]) -> list[datetime]:
    """The times that cut the predictable reviews into :data:`SPLITS` parts."""
    times = sorted(
        card.times[index]
        for card in cards
        for index in range(1, len(card.reviews))
        if card.reviews[index].day > card.reviews[index - 1].day
    )
    if not times:
        return []
    return [times[len(times) * part // SPLITS] for part in range(1, SPLITS)]


@dataclass(frozen=True, slots=True)
class Part:
    """One time part's predictions by each model; ``fitted``: FSRS was fitted for it."""

    sm2: list[Prediction]
    fsrs_default: list[Prediction]
    fsrs_fitted: list[Prediction]
    fitted: bool


def predict_parts(cards: Sequence[CardReviews], progress: Progress | None = None) -> list[Part]:
    """Each time part after the first, predicted by the three models from what came before."""
    say = progress or (lambda what, done, total: None)
    cuts = boundaries(cards)
    default_model = Model(DEFAULT_PARAMETERS)
    parts: list[Part] = []
    for number, start in enumerate(cuts):
        end = cuts[number + 1] if number + 1 < len(cuts) else None
        trained = [card for card in (_before(card, start) for card in cards) if card.reviews]
        model, fitted = default_model, False
        if review_count(trained) >= MINIMUM_REVIEWS:
            try:
                model, fitted = Model(fit(trained)), True
            except ValueError:
                model = default_model
        part = Part([], [], [], fitted)
        for card in cards:
            wanted = [start <= time and (end is None or time < end) for time in card.times]
            if not any(wanted):
                continue
            part.sm2.extend(sm2_predictions(card.reviews, wanted))
            part.fsrs_default.extend(fsrs_predictions(default_model, card.reviews, wanted))
            part.fsrs_fitted.extend(fsrs_predictions(model, card.reviews, wanted))
        parts.append(part)
        say("predicting each part from the ones before it", number + 1, len(cuts))
    return parts


def evaluate_reviews(cards: Sequence[CardReviews], progress: Progress | None = None) -> Evaluation:
    """:func:`evaluate` on reviews already read."""
    parts = predict_parts(cards, progress)
    return Evaluation(
        review_count(cards),
        scores([item for part in parts for item in part.sm2]),
        scores([item for part in parts for item in part.fsrs_default]),
        scores([item for part in parts for item in part.fsrs_fitted]),
        sum(part.fitted for part in parts),
    )


def _before(card: CardReviews, moment: datetime) -> CardReviews:
    kept = bisect.bisect_left(card.times, moment)
    return CardReviews(card.card_id, card.deck, card.reviews[:kept], card.times[:kept])


@dataclass(frozen=True, slots=True)
class DeckPrediction:
    """A deck's recall: the share of its predictable reviews recalled, and predicted."""

    deck: str
    reviews: int
    actual: float
    predicted: float


def predicted_retention(
    database: Database, profile: str, scheduler: Scheduler
) -> list[DeckPrediction]:
    """Per deck, the profile's recall beside what its scheduler predicted (``stats``)."""
    return retention_by_deck(
        load_reviews(database, profile),
        scheduler.parameters,
        fsrs=scheduler.kind is SchedulerKind.FSRS,
    )


def retention_by_deck(
    cards: Sequence[CardReviews], parameters: Sequence[float] | None, *, fsrs: bool
) -> list[DeckPrediction]:
    """Per deck, the recall rate of reviews a day or more after the one before, beside what
    the scheduler (FSRS with ``parameters``, else SM-2) predicted for them."""
    model = Model(parameters or DEFAULT_PARAMETERS) if fsrs else None
    by_deck: dict[str, list[Prediction]] = defaultdict(list)
    for card in cards:
        predicted = (
            fsrs_predictions(model, card.reviews) if model else sm2_predictions(card.reviews)
        )
        by_deck[card.deck] += predicted
    return [
        DeckPrediction(
            deck,
            len(found),
            sum(item.recalled for item in found) / len(found),
            math.fsum(item.p for item in found) / len(found),
        )
        for deck, found in sorted(by_deck.items())
        if found
    ]
