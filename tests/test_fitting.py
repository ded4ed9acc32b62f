"""``optimize`` and ``evaluate`` on a real review log (tests/fixtures/reviews, 12,580 reviews
of 1,205 cards, py-fsrs's test data), imported into a database as one profile's history."""

from __future__ import annotations

import math
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from notecards import fitting
from notecards.cli import app
from notecards.core.fsrs_model import DEFAULT_PARAMETERS, PARAMETER_COUNT
from notecards.core.prediction import Graded
from notecards.storage import rescheduling
from notecards.storage.db import Database, open_database
from notecards.storage.review_log import LoggedGrade, import_log, read_csv

LOG = Path(__file__).parent / "fixtures" / "reviews" / "py-fsrs-review-log.csv"


@pytest.fixture(scope="module")
def log_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database holding the whole log as profile ``josh`` (imported once)."""
    file = tmp_path_factory.mktemp("log") / "log.db"
    database = open_database(f"sqlite:///{file}", create=True)
    with database.transaction() as connection:
        count = import_log(connection, "josh", read_csv(LOG), zone=UTC)
    database.close()
    assert count == 12_580
    return file


@pytest.fixture
def josh(log_database: Path, tmp_path: Path) -> str:
    """A fresh copy of it, for one test; its URL."""
    copy = tmp_path / "josh.db"
    shutil.copyfile(log_database, copy)
    return f"sqlite:///{copy}"


def test_the_bundled_log_is_whole_and_keeps_its_licence() -> None:
    grades = read_csv(LOG)
    assert len(grades) == 12_580 and len({grade.card for grade in grades}) == 1_205
    assert "MIT License" in (LOG.parent / "LICENSE").read_text(encoding="utf-8")


def test_optimize_fits_21_parameters_that_predict_better_and_keeps_them(josh: str) -> None:
    database = open_database(josh)
    try:
        result = fitting.optimize(database, "josh", now=datetime(2026, 1, 1, tzinfo=UTC))
        assert result.reviews == 12_580 and result.parameters is not None
        assert len(result.parameters) == PARAMETER_COUNT
        assert result.parameters != DEFAULT_PARAMETERS
        assert result.default is not None and result.fitted is not None
        assert result.fitted.log_loss < result.default.log_loss
        assert result.fitted.rmse_bins < result.default.rmse_bins
        with database.reading() as connection:
            kept = rescheduling.fitted(connection, "josh")
            assert rescheduling.fitted(connection, "someone else") is None
        assert kept is not None and kept.parameters == result.parameters
        assert kept.reviews == 12_580
    finally:
        database.close()


def test_optimize_command_prints_the_gain(josh: str) -> None:
    result = CliRunner().invoke(app, ["optimize", "--db", josh, "--profile", "josh"])
    assert result.exit_code == 0, result.output
    assert "12580 reviews" in result.output
    assert "FSRS default" in result.output and "FSRS fitted" in result.output
    assert "fitted parameters kept for profile josh: log loss" in result.output


def test_under_400_reviews_optimize_keeps_the_defaults_and_says_so(database: Database) -> None:
    grades = read_csv(LOG)[:399]
    with database.transaction() as connection:
        import_log(connection, "new", grades, zone=UTC)
    result = fitting.optimize(database, "new")
    assert result.parameters is None and result.reviews == 399
    assert "399 reviews are too few" in result.why
    with database.reading() as connection:
        assert rescheduling.fitted(connection, "new") is None


def test_optimize_stores_per_profile_on_both_databases(database: Database) -> None:
    """Two profiles on one database: each keeps its own parameters."""
    grades = read_csv(LOG)
    cards = sorted({grade.card for grade in grades})
    first = [grade for grade in grades if grade.card in set(cards[:300])]
    with database.transaction() as connection:
        import_log(connection, "ann", first, zone=UTC)
    assert fitting.optimize(database, "ann").parameters is not None
    with database.reading() as connection:
        assert rescheduling.fitted(connection, "ann") is not None
        assert rescheduling.fitted(connection, "ben") is None


def test_evaluate_is_time_ordered_and_fsrs_beats_sm2(josh: str) -> None:
    database = open_database(josh)
    try:
        cards = fitting.load_reviews(database, "josh")
    finally:
        database.close()
    result = fitting.evaluate_reviews(cards)
    assert result.reviews == 12_580
    assert result.fitted_parts == fitting.SPLITS - 1
    counts = {result.sm2.count, result.fsrs_default.count, result.fsrs_fitted.count}
    assert len(counts) == 1 and 0 < counts.pop() < 12_580  # the same later reviews for all
    for scores in (result.sm2, result.fsrs_default, result.fsrs_fitted):
        assert 0 < scores.log_loss < 1 and 0 < scores.rmse_bins < 0.5 and 0.5 < scores.auc < 1
    assert result.fsrs_default.log_loss < result.sm2.log_loss
    assert result.fsrs_fitted.rmse_bins < result.fsrs_default.rmse_bins


def test_evaluate_command_prints_the_table(josh: str) -> None:
    result = CliRunner().invoke(app, ["evaluate", "--db", josh, "--profile", "josh"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    header = next(line for line in lines if "log loss" in line)
    assert header.split() == ["log", "loss", "RMSE", "(bins)", "AUC"]
    for name in ("SM-2", "FSRS default", "FSRS fitted"):
        row = next(line for line in lines if line.startswith(name))
        figures = [float(value) for value in row[len(name) :].split()]
        assert len(figures) == 3 and all(math.isfinite(value) for value in figures)


def test_a_log_row_that_is_wrong_names_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("card_id,review_rating,review_time,review_duration\n1,3,yesterday,0\n")
    with pytest.raises(ValueError, match=r"bad.csv:2: not a review"):
        read_csv(bad)


def test_imported_reviews_follow_the_log(database: Database) -> None:
    when = datetime(2026, 1, 1, 9, tzinfo=UTC)
    grades = [
        LoggedGrade("a", 3, when, 0),
        LoggedGrade("a", 1, when + timedelta(days=1), 0),
        LoggedGrade("a", 3, when + timedelta(days=1, minutes=5), 0),  # a same-day repeat
    ]
    with database.transaction() as connection:
        assert import_log(connection, "p", grades, zone=UTC) == 3
    (card,) = fitting.load_reviews(database, "p")
    assert [review.quality for review in card.reviews] == [4, 1, 4]
    with database.reading() as connection:
        (log,) = rescheduling.card_logs(connection, "p")
    assert [review.scheduled for review in log.reviews] == [True, True, False]


def test_evaluate_predicts_each_part_from_earlier_reviews_only(josh: str) -> None:
    """Changing every grade of the last part changes none of the predictions before it (the
    fitted parameters of each part are fitted to earlier reviews), and some in it."""
    database = open_database(josh)
    try:
        cards = fitting.load_reviews(database, "josh")
    finally:
        database.close()
    parts = fitting.predict_parts(cards)
    assert len(parts) == fitting.SPLITS - 1 and all(part.fitted for part in parts)
    last_start = fitting.boundaries(cards)[-1]

    def flipped(card: fitting.CardReviews) -> fitting.CardReviews:
        reviews = tuple(
            Graded(1 if review.quality >= 3 else 4, review.day) if when >= last_start else review
            for review, when in zip(card.reviews, card.times, strict=True)
        )
        return fitting.CardReviews(card.card_id, card.deck, reviews, card.times)

    changed = fitting.predict_parts([flipped(card) for card in cards])
    assert changed[:-1] == parts[:-1]
    assert changed[-1].sm2 != parts[-1].sm2


def test_evaluate_with_no_history_says_so(database: Database) -> None:
    result = CliRunner().invoke(app, ["evaluate", "--db", database.url, "--profile", "nobody"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        "0 reviews: too few to evaluate (no card was reviewed again on a later day)"
    )
