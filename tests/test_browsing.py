"""The card browser without a screen: search (Korean and English), filters, sorts, actions on
many cards, undo, reject through syncs, triage, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notecards.browsing import BrowseError, BrowseQuery, Browser, BrowseRow
from notecards.core.model import CardStatus
from notecards.storage.db import Database
from notecards.study import StudySession
from notecards.study_items import StudyItem
from notecards.sync import sync
from tests.conftest import notes_folder

NOW = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
TODAY = date(2026, 3, 2)
NOTES = {
    "econ/macro.md": (
        "# 거시경제\n- 인플레이션: 물가가 지속적으로 오르는 현상\n"
        "- 디플레이션: 물가가 지속적으로 내리는 현상\n- 환율: 두 나라 돈의 교환 비율\n"
    ),
    "ml/cnn.md": (
        "---\ntags: [vision]\n---\n# CNN\n- Stride: step of the filter\n"
        "- Padding: filling the border\n- Pooling: shrinking the feature map\n"
    ),
    "ml/rnn/lstm.md": "# LSTM\n- Forget gate: decides what the cell state drops\n",
}


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    return notes_folder(tmp_path / "notes", NOTES)


@pytest.fixture
def stocked(database: Database, notes: Path) -> Database:
    sync(database, [notes], now=NOW)
    return database


def browser(database: Database, profile: str = "alice") -> Browser:
    return Browser(database, profile, today=TODAY)


def questions(rows: list[BrowseRow]) -> set[str]:
    return {row.question for row in rows}


def by_question(found: Browser, question: str) -> BrowseRow:
    (row,) = [row for row in found.search(BrowseQuery(text=question)) if row.question == question]
    return row


def test_every_card_is_listed_with_its_place_and_title(stocked: Database) -> None:
    rows = browser(stocked).search(BrowseQuery())
    assert len(rows) == 7
    stride = next(row for row in rows if row.question == "Stride")
    assert (stride.deck, stride.source, stride.status, stride.flagged) == (
        "ml",
        "ml/cnn.md",
        "new",
        False,
    )
    assert "CNN" in stride.title and stride.ease == 2.5 and stride.due is None
    assert len(stride.stable_id) >= 16


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("인플레", {"인플레이션"}),  # a syllable prefix of a Korean word
        ("플레이션", {"인플레이션", "디플레이션"}),  # inside a word
        ("물가", {"인플레이션", "디플레이션"}),  # two syllables: shorter than a trigram
        ("환", {"환율"}),  # one syllable
        ("인플", {"인플레이션"}),  # one or two characters: a word's start
        ("cn", {"Stride", "Padding", "Pooling"}),  # ml/cnn.md
        ("지", {"인플레이션", "디플레이션"}),
        ("FILTER", {"Stride"}),  # case aside, in the answer
        ("pad", {"Padding"}),
        ("feature map", {"Pooling"}),  # every word, anywhere
        ("rnn/lstm", {"Forget gate"}),  # the source path
        ("vision", {"Stride", "Padding", "Pooling"}),  # a tag
        ("거시경제", {"인플레이션", "디플레이션", "환율"}),  # the note title (context)
        ("지속적 내리", {"디플레이션"}),
        ("100%", set()),  # LIKE's wildcards are plain characters
        ('"quoted', set()),  # and so is FTS5's syntax
        ("zzzz", set()),
    ],
)
def test_search_finds_substrings_of_every_word(
    stocked: Database, text: str, expected: set[str]
) -> None:
    found = browser(stocked)
    assert questions(found.search(BrowseQuery(text=text))) == expected
    assert found.count(BrowseQuery(text=text)) == len(expected)


def test_each_prefix_of_a_word_narrows_the_search(stocked: Database) -> None:
    found = browser(stocked)
    sizes = [len(found.search(BrowseQuery(text="디플레이션"[:end]))) for end in range(1, 6)]
    assert sizes == [1, 1, 1, 1, 1]
    sizes = [len(found.search(BrowseQuery(text="Padding"[:end]))) for end in range(1, 8)]
    assert sizes[0] > sizes[-1] == 1


def test_filters_combine_deck_with_sub_decks_state_and_tag(stocked: Database) -> None:
    found = browser(stocked)
    assert questions(found.search(BrowseQuery(decks=("ml",)))) == {
        "Stride",
        "Padding",
        "Pooling",
        "Forget gate",
    }
    assert questions(found.search(BrowseQuery(decks=("ml::rnn",)))) == {"Forget gate"}
    assert questions(found.search(BrowseQuery(tags=("vision",), text="ing"))) == {
        "Padding",
        "Pooling",
    }
    padding = by_question(found, "Padding")
    found.suspend([padding.card_id])
    assert questions(found.search(BrowseQuery(statuses=("suspended",)))) == {"Padding"}
    assert questions(found.search(BrowseQuery(statuses=("suspended",), decks=("econ",)))) == set()
    both = found.search(BrowseQuery(statuses=("suspended", "new"), tags=("vision",)))
    assert questions(both) == {"Stride", "Padding", "Pooling"}


def _sort_value(column: str, row: BrowseRow) -> Any:
    if column == "due":
        return row.due or date.max
    if column == "ease":
        return row.ease
    return getattr(row, {"state": "status"}.get(column, column))


def test_every_column_sorts_both_ways(stocked: Database) -> None:
    found = browser(stocked)
    session = StudySession(stocked, "alice", clock=lambda: NOW)
    session.start()
    for grade in (5, 2, 4):
        assert session.current is not None
        session.reveal()
        session.grade(grade)
    for column in ("question", "deck", "state", "due", "interval", "ease", "lapses", "source"):
        ascending = found.search(BrowseQuery(sort=column))
        descending = found.search(BrowseQuery(sort=column, descending=True))
        assert len(ascending) == len(descending) == 7
        values = [_sort_value(column, row) for row in ascending]
        assert values == sorted(values), column
        descended = [_sort_value(column, row) for row in descending]
        if column == "due":  # cards with no due day come last either way, by id
            dated = [row.due for row in descending if row.due is not None]
            assert dated == sorted(dated, reverse=True) and len(dated) == 3
            assert descended[len(dated) :] == [date.max] * (7 - len(dated))
        else:
            assert descended == sorted(values, reverse=True), column
    with pytest.raises(BrowseError):
        found.search(BrowseQuery(sort="colour"))


def test_actions_change_cards_and_undo_puts_them_back(stocked: Database) -> None:
    found = browser(stocked)
    ids = [row.card_id for row in found.search(BrowseQuery(decks=("ml",)))]
    assert found.suspend(ids) == 4
    assert found.suspend(ids) == 0  # already suspended: nothing changed
    assert found.count(BrowseQuery(statuses=("suspended",))) == 4
    assert found.flag(ids[:2]) == 2
    assert found.counts().flagged == 2
    assert found.bury(ids[2:3]) == 1
    assert found.undo() == "bury 1 card"
    assert found.undo() == "flag 2 cards"
    assert found.counts().flagged == 0
    assert found.undo() == "suspend 4 cards"
    assert found.count(BrowseQuery(statuses=("suspended",))) == 0
    assert found.undo() is None
    with stocked.reading() as connection:  # the new cards have no schedule rows again
        from sqlalchemy import text

        assert connection.execute(text("SELECT count(*) FROM card_states")).scalar() == 0


def test_undo_refuses_when_the_cards_changed_elsewhere(stocked: Database) -> None:
    found = browser(stocked)
    stride = by_question(found, "Stride")
    found.flag([stride.card_id])
    browser(stocked).suspend([stride.card_id])  # another window
    with pytest.raises(BrowseError, match="changed elsewhere"):
        found.undo()
    assert by_question(found, "Stride").flagged


def test_reject_hides_the_card_from_study_and_restore_brings_it_back(
    stocked: Database,
) -> None:
    found = browser(stocked)
    stride = by_question(found, "Stride")
    session = StudySession(stocked, "alice", clock=lambda: NOW)
    assert session.overview().total.new == 7
    assert found.reject([stride.card_id]) == 1
    assert "Stride" not in questions(found.search(BrowseQuery()))
    assert questions(found.search(BrowseQuery(statuses=("rejected",)))) == {"Stride"}
    assert session.overview().total.new == 6
    session.start()
    asked = set()
    while session.current is not None:
        asked.add(session.current.queued.card.question)
        session.reveal()
        session.grade(5)
    assert "Stride" not in asked and len(asked) == 6
    assert browser(stocked, "bob").count(BrowseQuery()) == 7  # the profile's alone
    assert found.restore([stride.card_id]) == 1
    assert by_question(found, "Stride").status == "new"


def test_a_rejected_due_card_is_not_due(stocked: Database) -> None:
    session = StudySession(stocked, "alice", clock=lambda: NOW)
    session.start()
    assert session.current is not None
    question = session.current.queued.card.question
    session.reveal()
    session.grade(5)
    later = StudySession(stocked, "alice", clock=lambda: NOW + timedelta(days=1))
    assert later.overview().total.due == 1
    found = Browser(stocked, "alice", today=TODAY + timedelta(days=1))
    found.reject([by_question(found, question).card_id])
    assert later.overview().total.due == 0


def test_reset_forgets_the_schedule_and_keeps_the_history(stocked: Database) -> None:
    session = StudySession(stocked, "alice", clock=lambda: NOW)
    session.start()
    assert session.current is not None
    card_id = session.current.card_id
    session.reveal()
    session.grade(5)
    found = browser(stocked)
    assert found.detail(card_id).row.status == "learning"
    assert found.reset([card_id]) == 1
    detail = found.detail(card_id)
    assert detail.row.status == "new" and detail.row.due is None
    assert [line.quality for line in detail.history] == [5]
    assert found.reset([card_id]) == 0


def test_detail_shows_faces_context_tags_note_and_history(stocked: Database, notes: Path) -> None:
    found = browser(stocked)
    stride = by_question(found, "Stride")
    detail = found.detail(stride.card_id)
    assert detail.faces.front == "Stride" and "filter" in detail.faces.back
    assert detail.tags == ("vision",)
    assert detail.note_path == notes.resolve() / "ml" / "cnn.md"
    assert detail.history == ()
    with pytest.raises(BrowseError):
        found.detail(10**9)


def test_decks_and_tags(stocked: Database) -> None:
    found = browser(stocked)
    assert found.decks() == ["econ", "ml", "ml::rnn"]
    assert found.tags() == ["vision"]


def test_the_first_sync_of_many_notes_indexes_every_card_and_later_ones_too(
    database: Database, tmp_path: Path
) -> None:
    """The first sync into an empty SQLite database builds the search index at the end; the
    syncs after it index each card they add or change."""
    from notecards import sync as syncing

    notes = {f"n{index:03d}.md": f"- Term {index}: meaning {index}\n" for index in range(210)}
    assert len(notes) >= syncing.BULK_FROM
    folder = notes_folder(tmp_path / "many", notes)
    sync(database, [folder], now=NOW)
    found = browser(database)
    assert questions(found.search(BrowseQuery(text="meaning 123"))) == {"Term 123"}
    assert found.count(BrowseQuery(text="ean")) == 210
    (folder / "n007.md").write_text("- Term 7: 뜻이 바뀌었다\n", encoding="utf-8")
    (folder / "new.md").write_text("- 인플레이션: 물가 상승\n", encoding="utf-8")
    sync(database, [folder], now=NOW)
    assert questions(found.search(BrowseQuery(text="바뀌었"))) == {"Term 7"}
    assert "Term 7" not in questions(found.search(BrowseQuery(text="meaning 7")))
    assert questions(found.search(BrowseQuery(text="인플레"))) == {"인플레이션"}


def test_retired_cards_are_listed_only_when_asked_for(stocked: Database, notes: Path) -> None:
    (notes / "ml" / "rnn" / "lstm.md").write_text("# LSTM\n", encoding="utf-8")
    sync(stocked, [notes], now=NOW)
    found = browser(stocked)
    assert "Forget gate" not in questions(found.search(BrowseQuery()))
    (retired,) = found.search(BrowseQuery(statuses=("retired",)))
    assert (retired.question, retired.status) == ("Forget gate", "retired")
    assert found.count(BrowseQuery(text="gate", statuses=("retired", "new"))) == 1


def test_undo_after_a_search_counts_again(stocked: Database) -> None:
    found = browser(stocked)
    suspended = BrowseQuery(statuses=("suspended",))
    assert found.search(suspended) == [] and found.count(suspended) == 0
    found.suspend([row.card_id for row in found.search(BrowseQuery(decks=("econ",)))])
    assert found.count(suspended) == 3  # the action made the remembered count stale
    found.search(suspended)
    found.undo()
    assert found.count(suspended) == 0


def test_postgresql_searches_through_the_trigram_index(database: Database) -> None:
    """On PostgreSQL a search of three characters or more can use ix_cards_search (pg_trgm),
    Korean included."""
    from sqlalchemy import select, text

    from notecards.storage import searching
    from notecards.storage.tables import CARDS

    if database.engine.dialect.name != "postgresql":
        with database.reading() as connection:
            tables = connection.execute(
                text("SELECT name FROM sqlite_master WHERE name IN ('cards_search', 'cards_words')")
            ).scalars()
            assert sorted(tables) == ["cards_search", "cards_words"]
        return
    with database.transaction() as connection:
        connection.execute(text("SET LOCAL enable_seqscan = off"))
        for word in ("인플레", "inflation"):
            condition = searching.matches("postgresql", word)
            assert condition is not None
            query = select(CARDS.c.id).where(condition)
            sql = str(query.compile(connection, compile_kwargs={"literal_binds": True}))
            plan = connection.exec_driver_sql("EXPLAIN " + sql.replace("%", "%%")).scalars()
            assert any("ix_cards_search" in line for line in plan), word


def test_rejected_cards_are_not_exported_nor_in_the_statistics(stocked: Database) -> None:
    from notecards.storage.exporting import cards_for_export

    found = browser(stocked)
    session = StudySession(stocked, "alice", clock=lambda: NOW)
    session.start(deck="ml")
    assert session.current is not None
    graded = session.current.card_id
    session.reveal()
    session.grade(4)
    assert found.reject([graded, by_question(found, "환율").card_id]) == 2
    with stocked.reading() as connection:
        exported = {item.card.question for item in cards_for_export(connection, "alice")}
        everyone = {item.card.question for item in cards_for_export(connection, "bob")}
    assert "환율" not in exported and len(exported) == 5 and len(everyone) == 7
    stats = session.stats()
    assert stats.by_state[CardStatus.REJECTED] == 2
    assert stats.by_state[CardStatus.NEW] == 5 and stats.by_state[CardStatus.LEARNING] == 0
    assert sum(stats.forecast.values()) == 0  # the graded card is rejected: never due
    assert stats.retention == ()
    assert {row.deck: (row.accepted, row.rejected) for row in stats.triage} == {
        "econ": (2, 1),
        "ml": (2, 1),
        "ml::rnn": (1, 0),
    }


def test_resync_note_after_the_editor_brings_the_new_text(stocked: Database, notes: Path) -> None:
    found = browser(stocked)
    stride = by_question(found, "Stride")
    note = found.detail(stride.card_id).note_path
    note.write_text(note.read_text("utf-8").replace("step of the filter", "보폭"), "utf-8")
    report = found.resync_note(stride.card_id)
    assert report is not None and report.cards_updated == 1
    assert "보폭" in found.detail(stride.card_id).faces.back
    assert questions(found.search(BrowseQuery(text="보폭"))) == {"Stride"}


@pytest.mark.parametrize(
    "text", ['"', "*", "a*", "OR", "NOT x", "(", "^", "a-", "-a", "'", "NEAR(a b)", '""x', "\\"]
)
def test_any_text_typed_is_searched_as_plain_characters(stocked: Database, text: str) -> None:
    found = browser(stocked)
    rows = found.search(BrowseQuery(text=text))
    assert found.count(BrowseQuery(text=text)) == len(rows) < 7


def test_a_search_typed_in_decomposed_hangul_finds_the_same_cards(stocked: Database) -> None:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "인플레")
    assert decomposed != "인플레"
    assert questions(browser(stocked).search(BrowseQuery(text=decomposed))) == {"인플레이션"}


def test_without_sqlite_search_indexes_every_card_is_read(tmp_path: Path, notes: Path) -> None:
    """On a SQLite too old for the trigram tokenizer, migration 0004 leaves the search indexes
    out; searches then read every card, and syncs go on."""
    from notecards.storage.db import open_database

    database = open_database(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        with database.transaction() as connection:
            for trigger in ("insert", "delete", "update"):
                connection.exec_driver_sql(f"DROP TRIGGER cards_search_{trigger}")
            for table in ("cards_search", "cards_words"):
                connection.exec_driver_sql(f"DROP TABLE {table}")
        sync(database, [notes], now=NOW)
        found = browser(database)
        assert questions(found.search(BrowseQuery(text="인플레"))) == {"인플레이션"}
        assert questions(found.search(BrowseQuery(text="border pad"))) == {"Padding"}
    finally:
        database.close()


def asking(session: StudySession) -> StudyItem | None:
    """The current card (a call: type checkers do not carry narrowing past a grade)."""
    return session.current


def test_a_review_session_drops_the_cards_rejected_in_the_browser(stocked: Database) -> None:
    session = StudySession(stocked, "alice", clock=lambda: NOW)
    session.start()
    assert session.current is not None and session.remaining == 7
    current = session.current.card_id
    found = browser(stocked)
    other = next(row.card_id for row in found.search(BrowseQuery()) if row.card_id != current)
    found.reject([current, other])
    session.refresh()
    asked = []
    while (item := asking(session)) is not None:
        asked.append(item.card_id)
        session.reveal()
        session.grade(5)
    assert len(asked) == 5 and not set(asked) & {current, other}


@pytest.mark.parametrize("text", ["a", "cn", "인", "물가", "ing", "pad", "t ing", "물 the"])
def test_the_index_only_search_finds_what_the_full_search_finds(
    stocked: Database, notes: Path, text: str
) -> None:
    """Words of up to three characters are answered by the search indexes alone (no card
    read); the cards, their order and count are those the general search (here forced by a
    deck filter naming every deck) finds, rejected and retired cards left out alike."""
    (notes / "ml" / "rnn" / "lstm.md").write_text("# LSTM\n", encoding="utf-8")  # retired
    sync(stocked, [notes], now=NOW)
    found = browser(stocked)
    session = StudySession(stocked, "alice", clock=lambda: NOW)
    session.start()
    for grade in (5, 3):
        assert session.current is not None
        session.reveal()
        session.grade(grade)
    found.reject([by_question(found, "Pooling").card_id])
    every_deck = ("econ", "ml")
    for sort in ("due", "interval", "ease"):
        for descending in (False, True):
            fast = BrowseQuery(text=text, sort=sort, descending=descending)
            full = BrowseQuery(text=text, sort=sort, descending=descending, decks=every_deck)
            assert [row.card_id for row in found.search(fast)] == [
                row.card_id for row in found.search(full)
            ], (sort, descending)
            assert found.count(fast) == found.count(full)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=1, max_size=4))
def test_any_short_text_is_a_search_never_an_error(stocked: Database, text: str) -> None:
    """The first keystrokes of any script, signs and marks included, search (on SQLite: the
    FTS5 query strings are built from them) and never fail."""
    found = browser(stocked)
    rows = found.search(BrowseQuery(text=text))
    assert found.count(BrowseQuery(text=text)) == len(rows)
