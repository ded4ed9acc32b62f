"""The scheduler ``review`` runs with: --scheduler over the settings, fitted parameters used,
the cards rescheduled from their history on a switch (and said so), a bad name refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
import typer

from notecards import config
from notecards.core.scheduling import SchedulerKind
from notecards.scheduler_command import scheduler_for_review
from notecards.storage import rescheduling
from notecards.storage.db import Database
from notecards.storage.review_log import LoggedGrade, import_log

WHEN = datetime(2026, 1, 1, 9, tzinfo=UTC)


def test_switching_reschedules_and_says_so(
    database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    grades = [LoggedGrade(str(n), 3, WHEN, 0) for n in range(3)]
    with database.transaction() as connection:
        import_log(connection, "me", grades, zone=UTC)
    settings = replace(config.load(profile="me", environ={}), database_url=database.url)
    assert scheduler_for_review(database, settings, None).kind is SchedulerKind.SM2
    assert capsys.readouterr().err == ""  # already SM-2's schedules: nothing to do
    fsrs = scheduler_for_review(database, settings, "FSRS")
    assert fsrs.kind is SchedulerKind.FSRS
    assert "3 cards rescheduled by FSRS from their review history" in capsys.readouterr().err
    fitted = tuple([*fsrs.parameters[:-1], 0.3])
    with database.transaction() as connection:
        rescheduling.store_fitted(connection, "me", rescheduling.Fitted(fitted, WHEN, 500))
    fsrs_settings = replace(settings, scheduler="fsrs")
    assert scheduler_for_review(database, fsrs_settings, None).parameters == fitted
    assert "3 cards rescheduled by FSRS" in capsys.readouterr().err  # new parameters
    assert scheduler_for_review(database, fsrs_settings, "sm2").kind is SchedulerKind.SM2
    assert "3 cards rescheduled by SM-2" in capsys.readouterr().err


def test_a_bad_scheduler_is_refused(database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    settings = config.load(profile="me", environ={})
    with pytest.raises(typer.Exit) as stopped:
        scheduler_for_review(database, settings, "anki")
    assert stopped.value.exit_code == 2
    assert "--scheduler must be sm2 or fsrs, not 'anki'" in capsys.readouterr().err
