"""``python bench/run.py --only fsrs``: the three schedulers' predictions on the bundled real
review log (tests/fixtures/reviews, 12,580 reviews), beside srs-benchmark's published log
loss, and the time ``optimize`` takes to fit FSRS-6 to it (goal: under 10 s)."""

from __future__ import annotations

import tempfile
import time
from datetime import UTC
from pathlib import Path

from notecards import fitting
from notecards.storage.db import open_database
from notecards.storage.review_log import import_log, read_csv

LOG = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "reviews"
OPTIMIZE_GOAL_SECONDS = 10.0
PUBLISHED = {"SM-2": 0.722, "FSRS default": 0.346, "FSRS fitted": 0.346}  # srs-benchmark


def bench_fsrs() -> tuple[float, list[str]]:
    """Seconds ``optimize`` took, and the lines of the table."""
    with tempfile.TemporaryDirectory() as scratch:
        database = open_database(f"sqlite:///{Path(scratch) / 'log.db'}", create=True)
        with database.transaction() as connection:
            import_log(connection, "josh", read_csv(LOG / "py-fsrs-review-log.csv"), zone=UTC)
        start = time.perf_counter()
        optimized = fitting.optimize(database, "josh")
        seconds = time.perf_counter() - start
        evaluation = fitting.evaluate(database, "josh")
        database.close()
    lines = [
        f"{optimized.reviews:,} reviews; {evaluation.sm2.count:,} predicted, time-ordered",
        f"{'':<14}{'log loss':>10}{'RMSE (bins)':>13}{'AUC':>8}{'published log loss':>21}",
    ]
    for name, scores in (
        ("SM-2", evaluation.sm2),
        ("FSRS default", evaluation.fsrs_default),
        ("FSRS fitted", evaluation.fsrs_fitted),
    ):
        lines.append(
            f"{name:<14}{scores.log_loss:>10.4f}{scores.rmse_bins:>13.4f}{scores.auc:>8.4f}"
            f"{PUBLISHED[name]:>21.3f}"
        )
    lines.append(
        "published: srs-benchmark, unweighted means over 9,999 collections "
        "(FSRS-6 0.346, SM-2 0.722)"
    )
    return seconds, lines
