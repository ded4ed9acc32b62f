"""``notecards optimize`` and ``notecards evaluate``, and the scheduler ``review`` runs with.

The fitting and the measures are :mod:`notecards.fitting`; this is what the command line says
around them: a progress bar on a terminal, a table, and one line for each thing kept.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

from notecards.boundary import EXIT_BAD_PATH, fail, load_settings, opened
from notecards.options import DatabaseOption, ProfileOption

if TYPE_CHECKING:
    from notecards.config import Settings
    from notecards.core.scheduling import Scheduler
    from notecards.fitting import Scores
    from notecards.storage.db import Database

# srs-benchmark's published log loss (unweighted means over 9,999 collections)
PUBLISHED_LOG_LOSS = {"FSRS-6": 0.346, "SM-2": 0.722}


def scheduler_for_review(database: Database, settings: Settings, kind: str | None) -> Scheduler:
    """The scheduler a review runs with (``--scheduler``, else the settings'), the profile's
    cards rescheduled from their history first if they followed another one."""
    from notecards import schedulers
    from notecards.config import SCHEDULERS

    if kind is not None and kind.lower() not in SCHEDULERS:
        raise fail(f"--scheduler must be sm2 or fsrs, not {kind!r}", EXIT_BAD_PATH)
    scheduler = schedulers.in_effect(database, settings, kind.lower() if kind else None)
    with _progress("rescheduling your cards from their history") as tick:
        count = schedulers.align(
            database, settings.profile, scheduler, lambda done, total: tick("", done, total)
        )
    if count:
        name = "FSRS" if scheduler.kind == "fsrs" else "SM-2"
        typer.echo(f"{count} cards rescheduled by {name} from their review history", err=True)
    return scheduler


@contextmanager
def _progress(description: str) -> Iterator[Callable[[str, int, int], None]]:
    """A progress bar on standard error when it is a terminal; silent otherwise."""
    if not sys.stderr.isatty():
        yield lambda what, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=1)

        def tick(what: str, done: int, total: int) -> None:
            bar.update(task, description=what or description, completed=done, total=total)

        yield tick


def _figure(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.4f}"


def optimize(database: DatabaseOption = None, profile: ProfileOption = None) -> None:
    """Fit FSRS-6's 21 parameters to your own reviews and keep them for your profile.

    Needs at least 400 reviews (with fewer, the default parameters stay, and it says so).
    The parameters are kept in the database, with your profile, and used by
    `notecards review --scheduler fsrs` from then on (your cards are rescheduled from their
    history with them when a review starts). It prints how well the default and the fitted
    parameters predict your reviews (log loss and RMSE, lower is better); `notecards
    evaluate` compares them on later reviews only.
    """
    from notecards import fitting

    settings = load_settings(database, profile)
    with opened(settings) as db, _progress("fitting FSRS-6") as tick:
        result = fitting.optimize(db, settings.profile, tick)
    if result.default is not None and result.fitted is not None:
        typer.echo(f"{result.reviews} reviews; predicting them (lower is better):")
        typer.echo(f"  {'':<16}{'log loss':>10}{'RMSE (bins)':>13}")
        for name, scores in (("FSRS default", result.default), ("FSRS fitted", result.fitted)):
            typer.echo(f"  {name:<16}{_figure(scores.log_loss):>10}{_figure(scores.rmse_bins):>13}")
    if result.parameters is None:
        typer.echo(f"kept the defaults: {result.why}")
        return
    assert result.default is not None and result.fitted is not None
    gain = 100 * (1 - result.fitted.log_loss / result.default.log_loss)
    typer.echo(
        f"fitted parameters kept for profile {settings.profile}: log loss {gain:.1f}% lower "
        "than the defaults' on these reviews (see `notecards evaluate` for later reviews)"
    )
    typer.echo("parameters: " + ", ".join(f"{value:.4f}" for value in result.parameters))


def evaluate(database: DatabaseOption = None, profile: ProfileOption = None) -> None:
    """How well SM-2, FSRS with default parameters and FSRS fitted to your reviews predict
    whether you recall a card, on your own history.

    Time-ordered: your reviews are cut into five parts by time, and each part after the first
    is predicted using only the reviews before it (the fitted parameters are fitted to those
    alone). Log loss and RMSE (bins, as srs-benchmark defines it): lower is better; AUC:
    higher is better, 0.5 is chance. Reviews on the same day as the card's previous one are
    not predicted.
    """
    from notecards import fitting

    settings = load_settings(database, profile)
    with opened(settings) as db, _progress("evaluating") as tick:
        result = fitting.evaluate(db, settings.profile, tick)
    if result.sm2.count == 0:
        typer.echo(
            f"{result.reviews} reviews: too few to evaluate "
            "(no card was reviewed again on a later day)"
        )
        return
    typer.echo(
        f"{result.reviews} reviews; {result.sm2.count} predicted, each from earlier reviews only"
    )
    typer.echo(_table(result.sm2, result.fsrs_default, result.fsrs_fitted))
    if result.fitted_parts < fitting.SPLITS - 1:
        typer.echo(
            f"(FSRS fitted: {fitting.SPLITS - 1 - result.fitted_parts} of "
            f"{fitting.SPLITS - 1} parts had under {fitting.MINIMUM_REVIEWS} reviews before "
            "them and used the defaults)"
        )


def _table(sm2: Scores, default: Scores, fitted: Scores) -> str:
    lines = [f"{'':<16}{'log loss':>10}{'RMSE (bins)':>13}{'AUC':>8}"]
    for name, scores in (("SM-2", sm2), ("FSRS default", default), ("FSRS fitted", fitted)):
        lines.append(
            f"{name:<16}{_figure(scores.log_loss):>10}{_figure(scores.rmse_bins):>13}"
            f"{_figure(scores.auc):>8}"
        )
    return "\n".join(lines)
