"""Upgrading users keep their history (issue 11): the first sync with new extraction rules
carries every reviewed card over to the card its note now makes in the same place.

The database is ``tests/fixtures/databases/extractor-2026-12.db``, synced and reviewed with
the extractor before the section-aware rules (see ``tests/extractor_fixture.py``; never
rebuilt). Its notes are written again, byte for byte and with their stored times, into a
temporary folder the database is pointed at, on SQLite and on PostgreSQL. The real rules of
today already word several of those cards differently (a facet names its subject, the
title starts each context), and they change further from release to release: so the
carry-over is also tested with a stand-in for changed rules that starts from the cards the
earlier rules made (as the fixture stores them), rewords them (every question gets a prefix,
every context starts with the note's title), and so changes every content key, whatever
today's rules say.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from notecards.core import identity
from notecards.core.extract import EXTRACTOR_VERSION, extract_bytes
from notecards.core.model import Card, CardKind, NoteExtraction
from notecards.storage.db import Database, open_database
from notecards.sync import SyncReport, sync
from tests.extractor_fixture import FIXTURE, NOTES
from tests.storage.loading import load_into_postgres, revision_of
from tests.storage.upgrade_fixture import ROOT

NOW = datetime(2026, 12, 20, 9, 0, tzinfo=UTC)
PREFIX = "Asked by the new rules: "  # long enough that no question stays similar
Rows = list[tuple[Any, ...]]
Reword = Callable[[Card], Card | None]


@dataclass
class Upgrade:
    """The fixture database, pointed at ``root``, where its notes are as they were."""

    url: str
    root: Path
    mtimes: dict[str, int]

    def open(self) -> Database:
        return open_database(self.url)

    def rows(self, query: str) -> Rows:
        engine = create_engine(self.url)
        try:
            with engine.connect() as connection:
                return [tuple(row) for row in connection.execute(text(query))]
        finally:
            engine.dispose()

    def history(self) -> tuple[Rows, Rows]:
        """Every schedule row and every review row, by card id."""
        states = self.rows(
            "SELECT card_id, profile, deck, repetitions, easiness_centi, interval, due, "
            "suspended, buried_until, last_reviewed_at FROM card_states ORDER BY card_id, profile"
        )
        reviews = self.rows("SELECT * FROM reviews ORDER BY id")
        return states, reviews

    def cards(self) -> dict[int, tuple[Any, ...]]:
        """``id: (origin key, key, question, context, line, retired)`` of every card."""
        found = self.rows("SELECT id, origin_key, key, question, context, line, retired FROM cards")
        return {row[0]: row[1:] for row in found}

    def write(self, name: str, body: str) -> None:
        """The note changed on disk: new text, a new time."""
        path = self.root / name
        path.write_text(body, "utf-8")
        os.utime(path, ns=(self.mtimes[name], self.mtimes[name] + 5_000_000_000))


@pytest.fixture
def upgrade(database_url: str, tmp_path: Path) -> Iterator[Upgrade]:
    """The fixture database at ``database_url``, its root moved to a folder of its notes,
    not opened yet (opening it upgrades its schema, as the user's next command would)."""
    if database_url.startswith("sqlite"):
        shutil.copyfile(FIXTURE, database_url.removeprefix("sqlite:///"))
    else:
        load_into_postgres(FIXTURE, database_url, revision_of(FIXTURE))
    root = Path(os.path.realpath(tmp_path)) / "notes"
    with sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True) as stored:
        known = {
            str(path): (int(size), int(mtime))
            for path, size, mtime in stored.execute("SELECT path, size, mtime_ns FROM sources")
        }
    stored.close()
    for name, body in NOTES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body.encode("utf-8"))
        if name in known:  # size, time and content as stored: only the rules changed
            size, mtime = known[name]
            assert path.stat().st_size == size
            os.utime(path, ns=(mtime, mtime))
    engine = create_engine(database_url)
    with engine.begin() as connection:
        for table in ("sources", "cards"):
            connection.execute(
                text(f"UPDATE {table} SET root = :new WHERE root = :old"),
                {"new": root.as_posix(), "old": ROOT},
            )
    engine.dispose()
    yield Upgrade(database_url, root, {name: mtime for name, (_, mtime) in known.items()})


def _synced(upgrade: Upgrade) -> SyncReport:
    database = upgrade.open()
    try:
        return sync(database, [upgrade.root], now=NOW)
    finally:
        database.close()


def _new_rules(monkeypatch: pytest.MonkeyPatch, reword: Reword, made: Sequence[Card] = ()) -> None:
    """Stand-in for changed rules: each card the extractor makes reworded (or dropped), and
    the ``made`` cards found too (in their notes), as sync reads notes."""

    def reworded(data: bytes, source: str, *, default_deck: str) -> NoteExtraction:
        if data == NOTES.get(source, "").encode("utf-8"):  # unchanged: the earlier cards
            extraction = NoteExtraction(source, EARLIER_CARDS.get(source, ()))
        else:  # edited on disk: read by today's rules
            extraction = extract_bytes(data, source, default_deck=default_deck)
        cards = [card for card in made if card.source == source]  # first: order decides nothing
        cards += [
            replace(changed, key="")
            for card in extraction.cards
            if (changed := reword(card)) is not None
        ]
        return replace(extraction, cards=tuple(identity.assign_keys(cards)))

    monkeypatch.setattr("notecards.syncing.reading.extract_bytes", reworded)


def _earlier_cards() -> dict[str, tuple[Card, ...]]:
    """The cards the earlier rules made from each note, as the fixture stores them."""
    found: dict[str, list[Card]] = {}
    with sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True) as stored:
        rows = stored.execute(
            "SELECT kind, question, answer, deck, source, line, context, tags, key FROM cards "
            "WHERE retired = 0 ORDER BY source, line"
        )
        for kind, question, answer, deck, source, line, context, tags, key in rows:
            card = Card(
                CardKind(kind), question, answer, deck, source, int(line),
                tuple(filter(None, str(context).split("\x1f"))),
                tuple(filter(None, str(tags).split("\x1f"))), key,
            )  # fmt: skip
            found.setdefault(str(source), []).append(card)
    stored.close()
    return {source: tuple(cards) for source, cards in found.items()}


EARLIER_CARDS = _earlier_cards()


def _titled(card: Card) -> Card:
    """The context starts with the note's title (here, its file name), once."""
    stem = PurePosixPath(card.source).stem
    if card.context[:1] == (stem,):
        return card  # today's rules put it there already
    return replace(card, context=(stem, *card.context))


def _prefixed(card: Card) -> Card:
    return replace(_titled(card), question=PREFIX + card.question)


def _reviewed(upgrade: Upgrade) -> set[int]:
    return {int(row[0]) for row in upgrade.rows("SELECT DISTINCT card_id FROM reviews")}


def test_the_fixture_was_reviewed_with_the_earlier_extractor(upgrade: Upgrade) -> None:
    assert revision_of(FIXTURE) == "0001"
    assert len(_reviewed(upgrade)) == 9
    database = upgrade.open()  # upgraded: its notes were extracted by the first rules
    database.close()
    versions = upgrade.rows("SELECT DISTINCT extractor_version FROM sources")
    assert versions == [(1,)] and EXTRACTOR_VERSION > 1


def test_the_first_sync_with_todays_rules_keeps_every_reviewed_card(upgrade: Upgrade) -> None:
    history, cards = upgrade.history(), upgrade.cards()
    report = _synced(upgrade)
    after = upgrade.cards()
    # every note is read again, though its size, time and content are as stored
    assert (report.files_read, report.files_skipped) == (len(NOTES), 0)
    for card_id in _reviewed(upgrade):
        origin, *_, retired = after[card_id]
        assert (origin, retired) == (cards[card_id][0], False)
    assert upgrade.history() == history
    carried = sum(1 for card_id in cards if after[card_id][1] != cards[card_id][1])
    assert report.cards_carried == carried
    assert report.cards_retired == 0
    if carried:
        assert f"{carried} carried over to the new rules" in report.summary()
    assert upgrade.rows("SELECT DISTINCT extractor_version FROM sources") == [(EXTRACTOR_VERSION,)]
    again = _synced(upgrade)  # the notes are known to be extracted by today's rules now
    assert (again.files_read, again.files_skipped, again.cards_carried) == (0, len(NOTES), 0)


def test_every_card_is_carried_over_when_every_key_changes(
    upgrade: Upgrade, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_rules(monkeypatch, _prefixed)
    history, cards = upgrade.history(), upgrade.cards()
    report = _synced(upgrade)
    after = upgrade.cards()
    made = len(set(after) - set(cards))  # cards the new rules find where none was
    for card_id, (origin, key, question, context, line, _) in cards.items():
        new_origin, new_key, new_question, new_context, new_line, retired = after[card_id]
        assert (new_origin, new_line, retired) == (origin, line, False)
        assert new_key != key and new_question == PREFIX + question
        assert new_context.split("\x1f")[1:] == context.split("\x1f")
    assert upgrade.history() == history
    assert (report.cards_carried, report.cards_new, report.cards_updated) == (9, made, 0)
    assert (report.cards_retired, report.cards_revived) == (0, 0)
    assert report.cards_changed == 9 + made  # the review screen says what the sync did
    assert report.summary() == (
        f"4 files read, 0 unchanged; cards: {made} new, 0 updated, 0 retired, 0 revived; "
        "9 carried over to the new rules"
    )
    again = _synced(upgrade)
    assert (again.files_read, again.cards_carried, again.cards_updated) == (0, 0, 0)


def test_a_note_changed_on_disk_too_keeps_the_cards_whose_question_is_alike(
    upgrade: Upgrade, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its lines moved, so place means nothing: the usual matching (similar questions)."""
    _new_rules(monkeypatch, _titled)
    history, cards = upgrade.history(), upgrade.cards()
    edited = NOTES["ml/optim.md"].replace("## Optimizers\n", "## Optimizers\n\n- SGD: 확률적\n")
    edited = edited.replace("일부 유지한다", "얼마간 유지한다")
    upgrade.write("ml/optim.md", edited)
    report = _synced(upgrade)
    after = upgrade.cards()
    for card_id in _reviewed(upgrade):
        assert after[card_id][0] == cards[card_id][0] and not after[card_id][-1]
    momentum = next(card_id for card_id, card in cards.items() if card[2] == "Momentum")
    assert (after[momentum][2], after[momentum][4]) == ("Momentum", 5)  # moved two lines down
    assert upgrade.history() == history
    # three cards of optim.md matched as edits, six of the unchanged notes carried over
    assert (report.cards_updated, report.cards_carried, report.cards_new) == (3, 6, 1)
    assert report.cards_retired == 0


def test_a_card_whose_place_holds_nothing_now_is_retired_not_carried(
    upgrade: Upgrade, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new rules make no card where Momentum was, and a card on another line: Momentum
    is retired with its history, the other card is new."""

    def reword(card: Card) -> Card | None:
        if card.question == "Momentum":
            return None
        return _prefixed(card)

    made = Card(CardKind.BASIC, "구현이 단순하다", "Pros", "ml", "ml/optim.md", 5, ("optim",))
    _new_rules(monkeypatch, reword, [made])
    history, cards = upgrade.history(), upgrade.cards()
    report = _synced(upgrade)
    after = upgrade.cards()
    momentum = next(card_id for card_id, card in cards.items() if card[2] == "Momentum")
    assert after[momentum][-1]  # retired, as it was
    assert after[momentum][:4] == cards[momentum][:4]
    new = [card for card_id, card in after.items() if card_id not in cards]
    assert [card[2] for card in new] == ["구현이 단순하다"]
    assert upgrade.history() == history  # Momentum's reviews and schedule are kept
    assert (report.cards_carried, report.cards_new, report.cards_retired) == (8, 1, 1)


def test_a_card_is_never_carried_onto_a_card_that_matched_another(
    upgrade: Upgrade, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new rules ask Momentum on the line of 경사 하강법, worded as before: Momentum's card
    takes it by its key, and 경사 하강법's card, whose line now holds that card, is retired."""

    def reword(card: Card) -> Card | None:
        if card.question == "경사 하강법":
            return None
        if card.question == "Momentum":
            return replace(card, line=2)
        return card

    _new_rules(monkeypatch, reword)
    cards = upgrade.cards()
    report = _synced(upgrade)
    after = upgrade.cards()
    descent = next(card_id for card_id, card in cards.items() if card[2] == "경사 하강법")
    momentum = next(card_id for card_id, card in cards.items() if card[2] == "Momentum")
    assert after[momentum][1:5] == (cards[momentum][1], "Momentum", cards[momentum][3], 2)
    assert after[descent][-1]
    assert (report.cards_carried, report.cards_retired, report.cards_new) == (0, 1, 0)


def _two_pairs_read_as_one_card(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, int]:
    """A note whose line holds two pairs, synced by earlier rules that split it at its first
    colon only (one card), and marked as read by them: its folder and that card's id."""
    root = Path(os.path.realpath(tmp_path)) / "notes"
    root.mkdir()
    text_ = "## 스케줄링\n- 선점형: CPU를 뺏을 수 있다 / 비선점형: 끝날 때까지 기다린다\n"
    (root / "os.md").write_text(text_, "utf-8")
    earlier = Card(
        CardKind.BASIC,
        "선점형",
        "CPU를 뺏을 수 있다 / 비선점형: 끝날 때까지 기다린다",
        "notes",
        "os.md",
        2,
        context=("스케줄링",),
    )
    with monkeypatch.context() as patched:
        patched.setattr(
            "notecards.syncing.reading.extract_bytes",
            lambda data, source, *, default_deck: NoteExtraction(
                source, tuple(identity.assign_keys([earlier]))
            ),
        )
        sync(database, [root], now=NOW)
    with database.transaction() as connection:
        (card_id,) = connection.execute(text("SELECT id FROM cards")).scalars()
        connection.execute(text("UPDATE sources SET extractor_version = 1"))
    return root, int(card_id)


def _ids_by_question(database: Database) -> dict[str, int]:
    with database.reading() as connection:
        found = connection.execute(text("SELECT question, id FROM cards"))
        return {str(question): int(id_) for question, id_ in found}


def test_of_two_cards_on_its_line_a_card_goes_to_the_one_alike(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New rules split a line holding two pairs into two cards: the card goes to the one
    asking its question, the other is new."""
    root, card_id = _two_pairs_read_as_one_card(database, tmp_path, monkeypatch)
    # today's rules read the note again and make a card of each pair
    report = sync(database, [root], now=NOW)
    # the card asking 선점형 keeps its key (same question, same headings): it stays itself,
    # with its shorter answer, and needs no carrying; 비선점형 is new
    assert (report.cards_carried, report.cards_new, report.cards_retired) == (0, 1, 0)
    questions = _ids_by_question(database)
    assert questions["선점형"] == card_id and questions["비선점형"] != card_id


def test_of_two_reworded_cards_on_its_line_a_card_goes_to_the_one_alike(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New rules split a line holding two pairs into two cards and reword both: the card
    goes to the one asking its question, the other is new."""
    root, card_id = _two_pairs_read_as_one_card(database, tmp_path, monkeypatch)
    # today's rules read the note again and make a card of each pair, here both reworded
    _new_rules(monkeypatch, _prefixed)
    report = sync(database, [root], now=NOW)
    assert (report.cards_carried, report.cards_new, report.cards_retired) == (1, 1, 0)
    questions = _ids_by_question(database)
    assert questions[PREFIX + "선점형"] == card_id and questions[PREFIX + "비선점형"] != card_id
