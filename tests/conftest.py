"""Shared test fixtures: where the project and the shared seeds live, and card helpers."""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import notecards
from notecards.core.extract import extract_note
from notecards.core.model import Card
from notecards.storage.db import Database, open_database

PROJECT = Path(__file__).resolve().parent.parent
DECKS = PROJECT / "decks"


def pytest_sessionstart(session: pytest.Session) -> None:
    """A standard install (``make test``) is a built copy of ``src``: if a source changed
    after it, the suite would test the old code. It stops and says how to install again."""
    installed = Path(notecards.__file__).resolve().parent
    sources = PROJECT / "src" / "notecards"
    if installed == sources.resolve() or not sources.is_dir():
        return  # an editable install (make dev): the sources are what runs
    installed_at = (installed / "__init__.py").stat().st_mtime
    changed = [
        path.relative_to(PROJECT).as_posix()
        for path in sources.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.stat().st_mtime > installed_at
    ]
    if changed:
        pytest.exit(
            f"the installed notecards ({installed}) is older than {len(changed)} file(s) in src "
            f"(first: {sorted(changed)[0]}): run `make test`, which installs it again, or "
            "`make dev` for an editable install",
            returncode=2,
        )


def shared_dir() -> Path:
    """``../shared`` beside the project (or ``NOTECARDS_SHARED``)."""
    return Path(os.environ.get("NOTECARDS_SHARED", PROJECT.parent / "shared"))


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The real notes in ``../shared/seeds``; their absence is a failure, never a skip."""
    path = shared_dir() / "seeds"
    if not path.is_dir():
        pytest.fail(f"the shared seeds are missing: {path} (set NOTECARDS_SHARED)")
    return path


def cards_of(text: str, source: str = "note.md") -> list[Card]:
    """The cards of a note, failing the test if extraction reported an internal error."""
    extraction = extract_note(text, source)
    assert not [w for w in extraction.warnings if "could not read" in w.message], extraction
    return list(extraction.cards)


def by_question(cards: list[Card]) -> dict[str, Card]:
    return {card.question: card for card in cards}


@pytest.fixture(autouse=True)
def isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own config and data folders and no NOTECARDS_* settings, so no
    test can touch a real user's notecards database or config."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    for name in list(os.environ):
        if name.startswith("NOTECARDS_") and name != "NOTECARDS_TEST_POSTGRES":
            monkeypatch.delenv(name)
    return home


class Clock:
    """A clock the test moves by hand (aware datetimes, as ``StudySession`` expects)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@contextlib.contextmanager
def local_time_zone(zone: str) -> Iterator[None]:
    """Run with ``zone`` as the local time zone (what "today" means to a study session)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def notes_folder(root: Path, notes: dict[str, str]) -> Path:
    """Write ``{relative path: text}`` under ``root``."""
    for name, body in notes.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, "utf-8")
    return root


def postgres_base_url() -> str:
    """The PostgreSQL the tests may use; in CI its absence fails the run."""
    url = os.environ.get("NOTECARDS_TEST_POSTGRES", "")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is required in CI: NOTECARDS_TEST_POSTGRES is not set")
        pytest.skip("no PostgreSQL for tests (make test installs and starts it)")
    return url


@contextlib.contextmanager
def postgres_schema() -> Iterator[str]:
    """A URL whose tables live in a fresh schema, dropped afterwards."""
    from sqlalchemy import create_engine, text

    base = postgres_base_url()
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL whose tables live in a fresh schema, dropped afterwards."""
    with postgres_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'notecards.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = open_database(database_url)
    try:
        yield db
    finally:
        db.close()


SyncedState = tuple[set[tuple[object, ...]], set[tuple[object, ...]]]


def synced_state(url: str) -> SyncedState:
    """Everything a sync decides, in the database at ``url``: every card's identity, text,
    place and retirement, and every note's record."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            cards = {
                tuple(row)
                for row in connection.execute(
                    text(
                        "SELECT key, origin_key, base_key, deck, kind, question, answer, "
                        "context, tags, source, line, retired FROM cards"
                    )
                )
            }
            sources = {
                tuple(row)
                for row in connection.execute(
                    text("SELECT path, size, mtime_ns, content_hash FROM sources")
                )
            }
    finally:
        engine.dispose()
    return cards, sources
