"""Triage (config ``triage = true``): new cards from a sync wait in the profile's inbox, are
neither asked nor counted as new until accepted; other profiles are untouched. And rejections
that hold through every sync that keeps the card's identity."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from notecards.browsing import BrowseQuery, Browser, BrowseRow
from notecards.config import ConfigError, load
from notecards.storage import triage
from notecards.storage.db import Database
from notecards.study import StudySession
from notecards.sync import sync
from tests.conftest import notes_folder

NOW = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
TODAY = date(2026, 3, 2)
NOTES = {
    "ml/cnn.md": "# CNN\n- Stride: 필터의 보폭\n- Padding: 가장자리를 채우기\n",
    "ml/basics.md": "- Epoch: 전체 데이터를 한 번 보는 것\n- Batch: 한 번에 보는 묶음\n",
}
INBOX = BrowseQuery(statuses=("untriaged",))


def triage_for(database: Database, profile: str, on: bool = True) -> None:
    with database.transaction() as connection:
        triage.set_triage(connection, profile, on)


def new_today(database: Database, profile: str) -> int:
    return StudySession(database, profile, clock=lambda: NOW).overview().total.new


EVERYTHING = BrowseQuery()


def row(found: Browser, question: str, query: BrowseQuery = EVERYTHING) -> BrowseRow:
    (only,) = [card for card in found.search(query) if card.question == question]
    return only


def test_new_cards_wait_in_the_inbox_of_the_profiles_that_triage(
    database: Database, tmp_path: Path
) -> None:
    triage_for(database, "alice")
    sync(database, [notes_folder(tmp_path / "notes", NOTES)], now=NOW)
    alice, bob = Browser(database, "alice", today=TODAY), Browser(database, "bob", today=TODAY)
    assert alice.counts().inbox == 4 and bob.counts().inbox == 0
    assert new_today(database, "alice") == 0 and new_today(database, "bob") == 4
    session = StudySession(database, "alice", clock=lambda: NOW)
    session.start()
    assert session.current is None  # nothing is asked before it is accepted
    waiting = alice.search(INBOX)
    assert {card.question for card in waiting} == {"Stride", "Padding", "Epoch", "Batch"}
    assert all(card.untriaged and card.status == "new" for card in waiting)

    assert alice.accept([row(alice, "Stride").card_id]) == 1
    assert new_today(database, "alice") == 1
    assert alice.accept_rest_of_note(row(alice, "Epoch").card_id) == 2  # Epoch and Batch
    assert {card.question for card in alice.search(INBOX)} == {"Padding"}
    assert alice.reject([row(alice, "Padding").card_id]) == 1
    assert alice.counts().inbox == 0 and new_today(database, "alice") == 3
    assert alice.undo() == "reject 1 card"
    assert alice.undo() == "accept 2 cards"
    assert alice.counts().inbox == 3


def test_only_cards_new_to_the_database_wait(database: Database, tmp_path: Path) -> None:
    notes = notes_folder(tmp_path / "notes", NOTES)
    sync(database, [notes], now=NOW)
    triage_for(database, "alice")
    (notes / "ml" / "cnn.md").write_text(
        "# CNN\n- Stride: 필터가 움직이는 간격\n- Padding: 가장자리를 채우기\n- Pooling: 줄이기\n",
        encoding="utf-8",
    )
    sync(database, [notes], now=NOW)
    alice = Browser(database, "alice", today=TODAY)
    assert [card.question for card in alice.search(INBOX)] == ["Pooling"]
    assert new_today(database, "alice") == 4  # the edited card stays a new card


def test_turning_triage_off_lets_the_waiting_cards_in(database: Database, tmp_path: Path) -> None:
    triage_for(database, "alice")
    sync(database, [notes_folder(tmp_path / "notes", NOTES)], now=NOW)
    alice = Browser(database, "alice", today=TODAY)
    alice.reject([row(alice, "Batch").card_id])
    triage_for(database, "alice", on=False)
    assert alice.counts().inbox == 0
    assert new_today(database, "alice") == 3  # the rejected card stays out
    with database.reading() as connection:
        assert triage.triaging_profiles(connection) == []


def test_the_first_sync_into_an_empty_database_fills_the_inbox_too(
    database: Database, tmp_path: Path
) -> None:
    from notecards import sync as syncing

    notes = {f"n{index:03d}.md": f"- Term {index}: meaning {index}\n" for index in range(210)}
    assert len(notes) >= syncing.BULK_FROM
    triage_for(database, "alice")
    sync(database, [notes_folder(tmp_path / "notes", notes)], now=NOW)
    assert Browser(database, "alice", today=TODAY).counts().inbox == 210


def test_the_config_turns_triage_on(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('triage = true\nprofile = "me"\n', encoding="utf-8")
    settings = load(environ={"NOTECARDS_CONFIG": str(config)})
    assert settings.triage
    assert not load(environ={"NOTECARDS_CONFIG": str(tmp_path / "none.toml")}).triage
    assert not load(environ={"NOTECARDS_CONFIG": str(config), "NOTECARDS_TRIAGE": "no"}).triage
    config.write_text("[profiles.kid]\ntriage = true\n", encoding="utf-8")
    assert load(environ={"NOTECARDS_CONFIG": str(config), "NOTECARDS_PROFILE": "kid"}).triage
    assert not load(environ={"NOTECARDS_CONFIG": str(config), "NOTECARDS_PROFILE": "me"}).triage
    config.write_text('triage = "maybe"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="triage must be true or false"):
        load(environ={"NOTECARDS_CONFIG": str(config)})


# --- rejections through syncs ------------------------------------------------------------------


def test_a_rejected_card_stays_rejected_through_an_edit_a_move_and_a_resync(
    database: Database, tmp_path: Path
) -> None:
    notes = notes_folder(tmp_path / "notes", NOTES)
    sync(database, [notes], now=NOW)
    alice = Browser(database, "alice", today=TODAY)
    stride = row(alice, "Stride")
    assert alice.reject([stride.card_id]) == 1
    rejected = BrowseQuery(statuses=("rejected",))

    # the answer edited, then the question's typo fixed: the same card
    (notes / "ml" / "cnn.md").write_text(
        "# CNN\n- Stride: 필터가 움직이는 간격\n- Padding: 가장자리를 채우기\n", encoding="utf-8"
    )
    sync(database, [notes], now=NOW)
    (notes / "ml" / "cnn.md").write_text(
        "# CNN\n- Strides: 필터가 움직이는 간격\n- Padding: 가장자리를 채우기\n", encoding="utf-8"
    )
    report = sync(database, [notes], now=NOW)
    assert report.cards_new == 0
    (kept,) = alice.search(rejected)
    assert (kept.card_id, kept.stable_id, kept.question) == (
        stride.card_id,
        stride.stable_id,
        "Strides",
    )

    # the note moved to another folder (and deck)
    (notes / "vision").mkdir()
    (notes / "ml" / "cnn.md").rename(notes / "vision" / "cnn.md")
    sync(database, [notes], now=NOW)
    (moved,) = alice.search(rejected)
    assert (moved.card_id, moved.deck, moved.source) == (stride.card_id, "vision", "vision/cnn.md")

    # the bullet deleted (retired) and written back (revived), then a sync with no change
    (notes / "vision" / "cnn.md").write_text("# CNN\n- Padding: 가장자리를 채우기\n", "utf-8")
    sync(database, [notes], now=NOW)
    assert alice.search(rejected)[0].card_id == stride.card_id
    (notes / "vision" / "cnn.md").write_text(
        "# CNN\n- Strides: 필터가 움직이는 간격\n- Padding: 가장자리를 채우기\n", encoding="utf-8"
    )
    sync(database, [notes], now=NOW)
    sync(database, [notes], now=NOW)
    (back,) = alice.search(rejected)
    assert back.card_id == stride.card_id and back.status == "rejected"
    assert "Strides" not in {card.question for card in alice.search(BrowseQuery())}
    assert new_today(database, "alice") == 3
    session = StudySession(database, "alice", clock=lambda: NOW)
    session.start()
    asked = set()
    while session.current is not None:
        asked.add(session.current.queued.card.question)
        session.reveal()
        session.grade(5)
    assert asked == {"Padding", "Epoch", "Batch"}
