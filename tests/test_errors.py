"""The command line's error boundary: every database failure is one line and a non-zero exit.

Faults are injected into real databases, SQLite and PostgreSQL alike: a schema revision from
a newer notecards, triggers that make writes fail as the server would (a duplicate key, an
internal error, bad data), a table gone from under the reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url
from typer.testing import CliRunner, Result

from notecards.cli import app
from notecards.redact import display_url
from notecards.storage import db
from notecards.storage.db import open_database
from tests.conftest import notes_folder

runner = CliRunner()
NOTES = {
    "ml/cnn.md": "- Stride: 필터의 보폭\n- Padding: 가장자리를 채우기\n",
    "math/analysis.md": "- Supremum: 최소 상계\n",
}


@pytest.fixture(autouse=True)
def screens_without_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """``review`` and ``stats`` run here without a terminal: a failure comes before the
    screens would start."""
    monkeypatch.setattr("notecards.cli._need_terminal", lambda command: None)


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    return notes_folder(tmp_path / "notes", NOTES)


@pytest.fixture
def stocked(database_url: str, notes: Path) -> str:
    """A database synced from the notes, by the command line."""
    result = runner.invoke(app, ["sync", str(notes), "--db", database_url])
    assert result.exit_code == 0, result.output
    return database_url


def shown(url: str) -> str:
    """How messages name a database: a SQLite file by its path, else the URL (no password)."""
    return url.removeprefix("sqlite:///") if url.startswith("sqlite") else display_url(url)


def execute(url: str, *statements: str) -> None:
    database = open_database(url)
    try:
        with database.transaction() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    finally:
        database.close()


def run(url: str, *arguments: str) -> Result:
    return runner.invoke(app, [*arguments, "--db", url])


def assert_one_line(result: Result, line: str, status: int = 1) -> None:
    """What the user sees: the exit status, and exactly one line on standard error."""
    assert "Traceback" not in result.output
    assert result.stderr == f"notecards: {line}\n", result.output
    assert result.exit_code == status


def commands(tmp_path: Path, notes: Path) -> list[list[str]]:
    """Every command that opens the database (backup only where it copies: SQLite)."""
    return [
        ["due"],
        ["due", "--json"],
        ["cards"],
        ["export", "anki", str(tmp_path / "out.apkg")],
        ["sync", str(notes)],
        ["remind"],
        ["review", "--no-sync"],
        ["stats"],
    ]


def test_a_database_made_by_a_newer_notecards_is_refused_by_every_command(
    stocked: str, tmp_path: Path, notes: Path
) -> None:
    execute(stocked, "UPDATE alembic_version SET version_num = '0099'")
    line = (
        f"the database {shown(stocked)} was made by a newer notecards (schema revision 0099; "
        f"this one knows up to {db.HEAD_REVISION}): upgrade notecards to use it"
    )
    everything = commands(tmp_path, notes)
    if stocked.startswith("sqlite"):
        everything.append(["backup", str(tmp_path / "copy.db")])
    for command in everything:
        assert_one_line(run(stocked, *command), line)
    database = open_database(stocked, migrate=False)
    with database.reading() as connection:  # nothing tried to "upgrade" it
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").all() == [
            ("0099",)
        ]
        assert connection.exec_driver_sql("SELECT count(*) FROM cards").scalar() == 3
    database.close()


def _failing_card_inserts(url: str, code: str = "23505") -> None:
    """Make inserting a card fail as the server would: with PostgreSQL's SQLSTATE ``code``
    (SQLite's trigger fails as a constraint does)."""
    if url.startswith("sqlite"):
        execute(
            url,
            "CREATE TRIGGER injected BEFORE INSERT ON cards "
            "BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
        )
        return
    execute(
        url,
        "CREATE FUNCTION injected() RETURNS trigger AS $$ BEGIN "
        f"RAISE EXCEPTION 'injected failure' USING ERRCODE = '{code}', DETAIL = 'more'; "
        "END $$ LANGUAGE plpgsql",
        "CREATE TRIGGER injected BEFORE INSERT ON cards FOR EACH ROW EXECUTE FUNCTION injected()",
    )


def _assert_sync_fails_cleanly(url: str, notes: Path) -> None:
    (notes / "ml" / "cnn.md").write_text("- Stride: 보폭\n- Pooling: 줄이기\n", "utf-8")
    result = run(url, "sync", str(notes))
    assert_one_line(result, f"database error in {shown(url)}: injected failure")
    listed = run(url, "cards", "--json")
    assert listed.exit_code == 0
    assert "Pooling" not in listed.stdout  # the sync was rolled back whole


def test_a_failed_write_is_one_line_and_changes_nothing(stocked: str, notes: Path) -> None:
    _failing_card_inserts(stocked)  # a duplicate key on PostgreSQL: IntegrityError
    _assert_sync_fails_cleanly(stocked, notes)


@pytest.mark.parametrize("code", ["XX000", "22000"], ids=["InternalError", "DataError"])
def test_other_server_errors_are_one_line_too(postgres_url: str, notes: Path, code: str) -> None:
    assert run(postgres_url, "sync", str(notes)).exit_code == 0
    _failing_card_inserts(postgres_url, code)
    _assert_sync_fails_cleanly(postgres_url, notes)


def test_a_failed_read_is_one_line(stocked: str, tmp_path: Path, notes: Path) -> None:
    execute(stocked, "DROP TABLE card_states")
    detail = (
        "no such table: card_states"
        if stocked.startswith("sqlite")
        else 'relation "card_states" does not exist'
    )
    line = f"database error in {shown(stocked)}: {detail}"
    reading = [["due"], ["cards"], ["export", "anki", str(tmp_path / "out.apkg")], ["remind"]]
    for command in reading:
        assert_one_line(run(stocked, *command), line)


def test_an_error_escaping_a_command_is_one_line(
    stocked: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The top of the command line catches what a command lets through, naming the
    database the command opened."""
    from sqlalchemy.exc import InternalError

    from notecards import dashboard

    def failing(*_arguments: object) -> None:
        raise InternalError("SELECT 1", {}, Exception("injected failure"))

    monkeypatch.setattr(dashboard, "day_plan", failing)
    result = run(stocked, "due")
    assert_one_line(result, f"database error in {shown(stocked)}: injected failure")


def test_passwords_stay_out_of_database_errors(postgres_url: str, notes: Path) -> None:
    assert run(postgres_url, "sync", str(notes)).exit_code == 0
    execute(postgres_url, "UPDATE alembic_version SET version_num = '0099'")
    result = run(postgres_url, "due")
    assert result.exit_code == 1
    password = make_url(postgres_url).password
    if not password:
        pytest.skip("the test database's URL carries no password")
    assert str(password) not in result.output
    assert ":***@" in result.stderr


def test_the_busy_database_says_to_try_again(
    tmp_path: Path, notes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    url = f"sqlite:///{tmp_path / 'busy.db'}"
    assert run(url, "sync", str(notes)).exit_code == 0
    monkeypatch.setattr("notecards.storage.db.SQLITE_BUSY_TIMEOUT_MS", 100)
    (notes / "ml" / "cnn.md").write_text("- Stride: 보폭\n", "utf-8")
    holder = sqlite3.connect(tmp_path / "busy.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writing
    try:
        result = run(url, "sync", str(notes))
    finally:
        holder.rollback()
        holder.close()
    assert_one_line(
        result,
        f"the database {tmp_path / 'busy.db'} is busy (another program is writing to it): "
        "try again in a moment",
    )


def test_a_database_error_outside_any_command_body_is_one_line_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The top command group is the last boundary: nothing gets past it as a traceback."""
    import sqlite3

    def failing(*_arguments: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("notecards.cli._settings", failing)
    assert_one_line(runner.invoke(app, ["due"]), "database error in (unknown): disk I/O error")
