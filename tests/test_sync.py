"""Sync: incremental reading, card identity through edits and moves, one transaction."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy

from notecards.core.model import CardListing, CardStatus
from notecards.storage import grading, listing, source_rows
from notecards.storage.db import Database
from notecards.sync import BULK_FROM, PARALLEL_FROM, SyncReport, sync

TODAY = date(2026, 3, 1)
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


class Notes:
    """A notes folder the tests write, and the database they sync it into."""

    def __init__(self, root: Path, database: Database) -> None:
        self.root = root
        self.database = database
        root.mkdir(parents=True, exist_ok=True)

    def write(self, name: str, text: str) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        stat = path.stat()  # a new mtime even within the filesystem's time resolution
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
        return path

    def sync(self) -> SyncReport:
        return sync(self.database, [self.root], now=NOW)

    def cards(self, include_all: bool = True) -> dict[str, CardListing]:
        with self.database.reading() as connection:
            listings = listing.list_cards(connection, "me", TODAY, include_all=include_all)
        return {item.card.question: item for item in listings}

    def card_id(self, question: str) -> int:
        with self.database.reading() as connection:
            found = grading.card_id_of(connection, self.cards()[question].card.key)
        assert found is not None
        return found

    def grade(self, question: str, quality: int = 5) -> None:
        with self.database.transaction() as connection:
            grading.record_grade(
                connection, "me", self.card_id(question), quality, when=NOW, today=TODAY
            )

    def history(self, question: str) -> int:
        with self.database.reading() as connection:
            return grading.review_count(connection, "me", self.card_id(question))


@pytest.fixture
def notes(database: Database, tmp_path: Path) -> Notes:
    return Notes(tmp_path / "notes", database)


CNN = "## CNN\n- Stride: 필터의 보폭\n- Padding: 가장자리를 채우기\n- Pooling: 크기를 줄이는 연산\n"


def test_cold_then_unchanged(notes: Notes) -> None:
    notes.write("ml/cnn.md", CNN)
    notes.write("top.md", "- Term: definition\n")
    report = notes.sync()
    assert (report.files_read, report.files_skipped, report.cards_new) == (2, 0, 4)
    again = notes.sync()
    assert (again.files_read, again.files_skipped, again.cards_new, again.cards_updated) == (
        0, 2, 0, 0,
    )  # fmt: skip
    assert notes.cards()["Stride"].card.deck == "ml"
    assert notes.cards()["Term"].card.deck == "notes"


def test_touched_but_unchanged_note_is_not_extracted(notes: Notes) -> None:
    path = notes.write("cnn.md", CNN)
    notes.sync()
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    report = notes.sync()
    assert (report.files_read, report.files_skipped, report.cards_updated) == (0, 1, 0)
    assert notes.sync().files_skipped == 1  # the new time was stored


def test_answer_edit_keeps_the_card(notes: Notes) -> None:
    notes.write("cnn.md", CNN)
    notes.sync()
    notes.grade("Stride")
    before = notes.card_id("Stride")
    notes.write("cnn.md", CNN.replace("필터의 보폭", "필터가 한 번에 움직이는 칸 수"))
    report = notes.sync()
    assert (report.cards_updated, report.cards_new, report.cards_retired) == (1, 0, 0)
    assert notes.card_id("Stride") == before
    assert notes.cards()["Stride"].card.answer == "필터가 한 번에 움직이는 칸 수"
    assert notes.history("Stride") == 1


def test_question_typo_fix_keeps_the_card(notes: Notes) -> None:
    notes.write("cnn.md", CNN.replace("Pooling", "Poolling"))
    notes.sync()
    notes.grade("Poolling")
    before = notes.card_id("Poolling")
    notes.write("cnn.md", CNN)
    report = notes.sync()
    assert (report.cards_updated, report.cards_new, report.cards_retired) == (1, 0, 0)
    assert notes.card_id("Pooling") == before
    assert notes.history("Pooling") == 1


def test_a_question_that_gains_words_keeps_the_card(notes: Notes) -> None:
    # "Cost" asked as "Training cost of a transformer" (its subject named): the answer and
    # the question held whole in the new one tell it is the same card
    notes.write("ml.md", "- Cost: 층 수와 문장 길이의 제곱에 비례한다\n")
    notes.sync()
    notes.grade("Cost")
    before = notes.card_id("Cost")
    notes.write("ml.md", "- Training cost of a transformer: 층 수와 문장 길이의 제곱에 비례한다\n")
    report = notes.sync()
    assert (report.cards_updated, report.cards_new, report.cards_retired) == (1, 0, 0)
    assert notes.card_id("Training cost of a transformer") == before
    assert notes.history("Training cost of a transformer") == 1


def test_reordering_keeps_every_card(notes: Notes) -> None:
    notes.write("cnn.md", CNN)
    notes.sync()
    ids = {question: notes.card_id(question) for question in ("Stride", "Padding", "Pooling")}
    lines = CNN.strip().split("\n")
    notes.write("cnn.md", "\n".join([lines[0], *reversed(lines[1:])]) + "\n")
    report = notes.sync()
    assert (report.cards_new, report.cards_retired) == (0, 0)
    assert {question: notes.card_id(question) for question in ids} == ids
    assert notes.cards()["Pooling"].card.line == 2


def test_rename_and_move_to_another_folder(notes: Notes) -> None:
    path = notes.write("inbox/cnn.md", CNN)
    notes.sync()
    notes.grade("Stride")
    before = notes.card_id("Stride")
    target = notes.root / "ml" / "vision" / "convolution.md"
    target.parent.mkdir(parents=True)
    path.rename(target)
    report = notes.sync()
    assert (report.cards_new, report.cards_retired, report.cards_updated) == (0, 0, 3)
    moved = notes.cards()["Stride"]
    assert notes.card_id("Stride") == before
    assert (moved.card.deck, moved.card.source) == ("ml::vision", "ml/vision/convolution.md")
    assert notes.history("Stride") == 1


def test_delete_retires_and_restore_revives(notes: Notes) -> None:
    notes.write("cnn.md", CNN)
    notes.sync()
    notes.grade("Padding", 4)
    before = notes.card_id("Padding")
    without = CNN.replace("- Padding: 가장자리를 채우기\n", "")
    notes.write("cnn.md", without)
    report = notes.sync()
    assert (report.cards_retired, report.cards_new) == (1, 0)
    assert notes.cards()["Padding"].status is CardStatus.RETIRED
    assert "Padding" not in notes.cards(include_all=False)
    assert notes.history("Padding") == 1  # history kept
    notes.write("cnn.md", CNN)
    report = notes.sync()
    assert (report.cards_revived, report.cards_new, report.cards_retired) == (1, 0, 0)
    assert notes.card_id("Padding") == before
    assert notes.cards()["Padding"].status is CardStatus.LEARNING
    assert notes.history("Padding") == 1


def test_deleting_a_note_retires_its_cards(notes: Notes) -> None:
    path = notes.write("cnn.md", CNN)
    notes.write("other.md", "- Term: kept\n")
    notes.sync()
    path.unlink()
    report = notes.sync()
    assert (report.cards_retired, report.files_skipped) == (3, 1)
    assert notes.cards(include_all=False).keys() == {"Term"}


def test_same_question_in_two_notes_is_two_cards(notes: Notes) -> None:
    notes.write("a.md", "## Same\n- Term: first note's answer\n")
    notes.write("b.md", "## Same\n- Term: second note's answer\n")
    notes.sync()
    with notes.database.reading() as connection:
        listings = [
            item
            for item in listing.list_cards(connection, "me", TODAY)
            if item.card.question == "Term"
        ]
    assert len(listings) == 2
    assert len({item.card.key for item in listings}) == 2
    keys = {item.card.source: item.card.key for item in listings}
    notes.write("b.md", "## Same\n- Term: second note's answer, edited\n")
    report = notes.sync()
    assert (report.cards_new, report.cards_updated, report.cards_retired) == (0, 1, 0)
    with notes.database.reading() as connection:
        again = {
            item.card.source: item.card.key
            for item in listing.list_cards(connection, "me", TODAY)
            if item.card.question == "Term"
        }
    assert again == keys


def test_copying_a_card_keeps_history_with_the_original(notes: Notes) -> None:
    notes.write("a.md", "- Term: original\n")
    notes.sync()
    notes.grade("Term")
    original = notes.card_id("Term")
    notes.write("a.md", "- Term: original\n- More: text\n")
    notes.write("b.md", "- Term: original\n")
    notes.sync()
    with notes.database.reading() as connection:
        rows = {
            item.card.source: grading.card_id_of(connection, item.card.key)
            for item in listing.list_cards(connection, "me", TODAY)
            if item.card.question == "Term"
        }
    assert rows["a.md"] == original and rows["b.md"] != original


def test_parallel_and_serial_extraction_agree(database: Database, tmp_path: Path) -> None:
    serial_notes = Notes(tmp_path / "serial", database)
    for number in range(PARALLEL_FROM + 6):
        serial_notes.write(
            f"n{number:03}.md", f"## Topic {number}\n- Term {number}: def {number}\n"
        )
    serial = sync(database, [serial_notes.root], now=NOW, jobs=1)
    parallel = sync(database, [serial_notes.root], now=NOW, jobs=2)
    assert serial.cards_new == PARALLEL_FROM + 6 and parallel.files_skipped == PARALLEL_FROM + 6
    (serial_notes.root / "n000.md").unlink()
    for number in range(1, PARALLEL_FROM + 6):
        serial_notes.write(
            f"n{number:03}.md", f"## Topic {number}\n- Term {number}: new {number}\n"
        )
    report = sync(database, [serial_notes.root], now=NOW, jobs=2)
    assert (report.cards_updated, report.cards_retired, report.files_read) == (
        PARALLEL_FROM + 5, 1, PARALLEL_FROM + 5,
    )  # fmt: skip


def test_parallel_sync_from_a_thread(database: Database, tmp_path: Path) -> None:
    """The review screen syncs from a worker thread: workers then come from a fork server."""
    import threading

    root = tmp_path / "threaded"
    root.mkdir()
    for number in range(PARALLEL_FROM + 6):
        (root / f"n{number:03}.md").write_text(f"- Term {number}: 정의 {number}\n", "utf-8")
    reports: list[SyncReport] = []
    worker = threading.Thread(
        target=lambda: reports.append(sync(database, [root], now=NOW, jobs=2))
    )
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive()
    assert reports and reports[0].cards_new == PARALLEL_FROM + 6
    with database.reading() as connection:
        questions = {item.card.question for item in listing.list_cards(connection, "me", TODAY)}
    assert questions == {f"Term {number}" for number in range(PARALLEL_FROM + 6)}


def test_warnings_are_reported(notes: Notes) -> None:
    notes.write("broken.md", "---\ntags: [a\n---\n- Term: def\n")
    (notes.root / "binary.md").write_bytes(b"\x00\x01")
    report = notes.sync()
    assert {warning.source for warning in report.warnings} == {"broken.md", "binary.md"}
    assert report.cards_new == 1


def test_an_unreadable_note_keeps_its_cards(notes: Notes, monkeypatch: pytest.MonkeyPatch) -> None:
    path = notes.write("cnn.md", CNN)
    notes.sync()
    original: Callable[[Path], bytes] = Path.read_bytes

    def failing(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return original(self)

    notes.write("cnn.md", CNN + "- New: card\n")
    monkeypatch.setattr(Path, "read_bytes", failing)
    report = notes.sync()
    assert report.cards_retired == 0
    assert "cannot read" in report.warnings[0].message
    assert len(notes.cards(include_all=False)) == 3


def test_other_roots_are_left_alone(database: Database, tmp_path: Path) -> None:
    first, second = Notes(tmp_path / "a", database), Notes(tmp_path / "b", database)
    first.write("x.md", "- Alpha: one\n")
    second.write("y.md", "- Beta: two\n")
    sync(database, [first.root], now=NOW)
    sync(database, [second.root], now=NOW)
    assert set(first.cards(include_all=False)) == {"Alpha", "Beta"}


def _card_indexes(database: Database) -> dict[str, bool]:
    with database.reading() as connection:
        found = sqlalchemy.inspect(connection).get_indexes("cards")
    return {str(index["name"]): bool(index["unique"]) for index in found}


def _write_many(notes: Notes, count: int, answer: str = "def") -> None:
    for number in range(count):
        notes.write(f"n{number:03}.md", f"## Topic {number}\n- Term {number}: {answer} {number}\n")
    notes.write("twice.md", "- Term 0: def 0\n")  # the same question and answer in another note


def test_large_first_sync_builds_the_indexes_after_inserting(notes: Notes) -> None:
    _write_many(notes, BULK_FROM + 5)
    indexes_before = _card_indexes(notes.database)
    report = notes.sync()
    assert report.cards_new == BULK_FROM + 6
    assert _card_indexes(notes.database) == indexes_before
    assert indexes_before["uq_cards_key"] is True
    with notes.database.reading() as connection:
        listings = listing.list_cards(connection, "me", TODAY)
    assert len({item.card.key for item in listings}) == BULK_FROM + 6
    sources = {item.card.source for item in listings if item.card.question == "Term 0"}
    assert sources == {"n000.md", "twice.md"}
    with pytest.raises(sqlalchemy.exc.IntegrityError), notes.database.transaction() as connection:
        key = listings[0].card.key
        connection.execute(
            sqlalchemy.text("UPDATE cards SET key = :key WHERE id <> :id AND source = 'n001.md'"),
            {"key": key, "id": grading.card_id_of(connection, key)},
        )


def test_a_failed_large_first_sync_keeps_the_indexes_and_stores_nothing(
    notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_many(notes, BULK_FROM + 5)
    indexes_before = _card_indexes(notes.database)

    def failing(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(source_rows, "save_sources", failing)
    with pytest.raises(OSError, match="disk full"):
        notes.sync()
    assert _card_indexes(notes.database) == indexes_before
    assert notes.cards() == {}
    monkeypatch.undo()
    assert notes.sync().cards_new == BULK_FROM + 6


def test_a_note_that_cannot_be_examined_is_a_warning_with_a_reason(
    notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = notes.write("cnn.md", CNN)
    original = os.stat

    def failing(target: object, *args: object, **kwargs: object) -> os.stat_result:
        if str(target) == str(path):
            raise OSError("no reason given")  # strerror is None
        return original(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", failing)
    report = notes.sync()
    assert [warning.message for warning in report.warnings] == ["cannot read: OSError; skipped"]


def test_moving_a_note_and_fixing_a_typo_in_one_sync_keeps_the_card(notes: Notes) -> None:
    path = notes.write("inbox/cnn.md", CNN.replace("Pooling", "Poolling"))
    notes.sync()
    notes.grade("Poolling")
    before = {question: notes.card_id(question) for question in ("Stride", "Poolling")}
    target = notes.root / "ml" / "convolution.md"
    target.parent.mkdir(parents=True)
    path.rename(target)
    notes.write("ml/convolution.md", CNN)  # the typo fixed, in the note's new place
    report = notes.sync()
    assert (report.cards_new, report.cards_retired, report.cards_updated) == (0, 0, 3)
    assert notes.card_id("Pooling") == before["Poolling"]
    assert notes.card_id("Stride") == before["Stride"]
    assert notes.history("Pooling") == 1
    assert notes.cards()["Pooling"].card.source == "ml/convolution.md"
    assert "Poolling" not in notes.cards()


def test_moving_a_one_card_note_and_fixing_its_typo_keeps_the_card(notes: Notes) -> None:
    path = notes.write("inbox/tip.md", "- Poolling: 크기를 줄이는 연산\n")
    notes.write("other.md", "- Padding: 가장자리를 채우기\n")
    notes.sync()
    notes.grade("Poolling")
    before = notes.card_id("Poolling")
    path.unlink()
    notes.write("ml/tip.md", "- Pooling: 크기를 줄이는 연산\n")
    report = notes.sync()
    assert (report.cards_new, report.cards_retired, report.cards_updated) == (0, 0, 1)
    assert notes.card_id("Pooling") == before
    assert notes.history("Pooling") == 1


def test_a_deleted_note_and_an_unrelated_new_one_are_not_taken_for_a_move(notes: Notes) -> None:
    path = notes.write("old.md", "- Stride: 필터의 보폭\n")
    notes.sync()
    path.unlink()
    notes.write("new.md", "- Stripe: a payment company\n")
    report = notes.sync()
    assert (report.cards_new, report.cards_retired, report.cards_updated) == (1, 1, 0)


def test_a_like_card_in_a_new_note_elsewhere_is_not_taken_for_a_move(notes: Notes) -> None:
    """Numbered cards are alike: only a note of the same name, or in the same folder, may
    be a deleted note moved."""
    path = notes.write("a/n050.md", "- Term 50: 정의 50\n")
    notes.sync()
    path.unlink()
    notes.write("b/n150.md", "- Term 150: 정의 150\n")
    report = notes.sync()
    assert (report.cards_new, report.cards_retired, report.cards_updated) == (1, 1, 0)


def test_a_missing_notes_folder_retires_nothing(notes: Notes) -> None:
    notes.write("cnn.md", CNN)
    notes.sync()
    notes.root.rename(notes.root.with_name("elsewhere"))  # unmounted, renamed, deleted
    report = notes.sync()
    assert (report.cards_retired, report.files_read) == (0, 0)
    assert [str(warning) for warning in report.warnings] == [
        f"{notes.root}: notes folder not found; its cards are left as they are"
    ]
    assert len(notes.cards(include_all=False)) == 3


def test_an_empty_notes_folder_that_held_notes_is_taken_for_unmounted(notes: Notes) -> None:
    path = notes.write("cnn.md", CNN)
    notes.sync()
    path.unlink()  # what an unmounted mount point looks like: the folder, empty
    report = notes.sync()
    assert report.cards_retired == 0
    assert [str(warning) for warning in report.warnings] == [
        f"{notes.root}: no notes in the folder (not mounted?); its cards are left as they are"
    ]
    assert len(notes.cards(include_all=False)) == 3


def test_an_unreadable_folder_keeps_its_cards(
    notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes.write("ml/cnn.md", CNN)
    notes.write("ml/deep/rnn.md", "- LSTM: long short-term memory\n")
    notes.write("top.md", "- Term: definition\n")
    notes.sync()
    original = os.scandir
    locked = str(notes.root / "ml")

    def failing(path: object = ".") -> object:
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return original(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", failing)
    notes.write("top.md", "- Term: definition\n- More: text\n")
    report = notes.sync()
    assert (report.cards_retired, report.cards_new) == (0, 1)
    assert [str(warning) for warning in report.warnings] == [
        "ml/: cannot read the folder: Permission denied; its notes are left as they are"
    ]
    assert len(notes.cards(include_all=False)) == 6


def test_a_note_that_cannot_be_examined_keeps_its_cards(
    notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = notes.write("cnn.md", CNN)
    notes.write("other.md", "- Term: kept\n")
    notes.sync()
    original = os.stat

    def failing(target: object, *args: object, **kwargs: object) -> os.stat_result:
        if str(target) == str(path):
            raise OSError(5, "Input/output error")
        return original(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", failing)
    report = notes.sync()
    assert report.cards_retired == 0
    assert [str(warning) for warning in report.warnings] == [
        "cnn.md:1: cannot read: Input/output error; skipped"
    ]
    assert len(notes.cards(include_all=False)) == 4
    monkeypatch.undo()
    path.unlink()
    assert notes.sync().cards_retired == 3  # once it is known to be gone, it is retired


def _roots(database: Database) -> set[tuple[str, str]]:
    with database.reading() as connection:
        sources = {
            (str(root), "sources")
            for (root,) in connection.execute(sqlalchemy.text("SELECT DISTINCT root FROM sources"))
        }
        cards = {
            (str(root), "cards")
            for (root,) in connection.execute(sqlalchemy.text("SELECT DISTINCT root FROM cards"))
        }
    return sources | cards


def test_a_note_file_given_as_the_root_syncs_again_and_again(notes: Notes) -> None:
    path = notes.write("ml/cnn.md", CNN)
    notes.write("ml/other.md", "- Term: not asked for\n")
    assert sync(notes.database, [path], now=NOW).cards_new == 3
    again = sync(notes.database, [path], now=NOW)
    assert (again.cards_new, again.files_skipped, again.cards_retired) == (0, 1, 0)
    notes.write("ml/cnn.md", CNN.replace("필터의 보폭", "보폭"))
    edited = sync(notes.database, [path], now=NOW)
    assert (edited.cards_new, edited.cards_updated, edited.cards_retired) == (0, 1, 0)
    assert set(notes.cards()) == {"Stride", "Padding", "Pooling"}
    assert notes.cards()["Stride"].card.deck == "ml"


def test_a_note_file_inside_a_synced_folder_is_the_folders_note(notes: Notes) -> None:
    path = notes.write("ml/cnn.md", CNN)
    notes.write("top.md", "- Term: definition\n")
    notes.sync()
    deck = notes.cards()["Stride"].card.deck
    notes.write("ml/cnn.md", CNN + "- Dilation: 필터 사이의 간격\n")
    report = sync(notes.database, [path], now=NOW)
    assert (report.cards_new, report.cards_retired) == (1, 0)
    assert len(notes.cards(include_all=False)) == 5
    assert notes.cards()["Dilation"].card.source == "ml/cnn.md"
    assert notes.cards()["Dilation"].card.deck == deck
    assert notes.sync().files_skipped == 2  # the folder's own sync finds it done


def test_the_same_folder_through_a_symlink_is_the_same_notes(notes: Notes, tmp_path: Path) -> None:
    notes.write("ml/cnn.md", CNN)
    notes.sync()
    link = tmp_path / "link-to-notes"
    link.symlink_to(notes.root, target_is_directory=True)
    report = sync(notes.database, [link], now=NOW)
    assert (report.cards_new, report.cards_retired, report.files_skipped) == (0, 0, 1)
    (link / "ml" / "cnn.md").write_text(CNN + "- Dilation: 간격\n", "utf-8")
    report = sync(notes.database, [link], now=NOW)
    assert (report.cards_new, report.cards_retired) == (1, 0)
    assert len(notes.cards()) == 4
    assert _roots(notes.database) == {
        (notes.root.resolve().as_posix(), "sources"),
        (notes.root.resolve().as_posix(), "cards"),
    }


def test_notes_stored_under_a_symlinks_path_move_to_the_real_path(
    notes: Notes, tmp_path: Path
) -> None:
    """Before roots were resolved, a folder synced through a symlink was stored under the
    link's path: syncing it again files those notes under the real path, cards and all."""
    notes.write("cnn.md", CNN)
    link = tmp_path / "link-to-notes"
    link.symlink_to(notes.root, target_is_directory=True)
    notes.sync()
    notes.grade("Stride")
    with notes.database.transaction() as connection:
        for table in ("sources", "cards"):
            connection.execute(
                sqlalchemy.text(f"UPDATE {table} SET root = :link"), {"link": str(link)}
            )
    report = sync(notes.database, [link], now=NOW)
    assert (report.cards_new, report.cards_retired, report.files_skipped) == (0, 0, 1)
    assert _roots(notes.database) == {
        (notes.root.resolve().as_posix(), "sources"),
        (notes.root.resolve().as_posix(), "cards"),
    }
    assert notes.history("Stride") == 1


def test_a_key_freed_by_an_edit_never_names_another_card(notes: Notes) -> None:
    """A card keeps the key it was first stored under as its identity (the id users see,
    the Anki note's GUID): a new card with the old text of an edited one gets another."""
    notes.write("cnn.md", CNN.replace("Pooling", "Poolling"))
    notes.sync()
    notes.write("cnn.md", CNN)  # the typo fixed: the card keeps its identity
    notes.sync()
    notes.write("cnn.md", CNN + "- Poolling: 오타가 아닌 새 카드\n")  # the old text, new card
    report = notes.sync()
    assert report.cards_new == 1
    with notes.database.reading() as connection:
        rows = connection.execute(sqlalchemy.text("SELECT key, origin_key FROM cards")).all()
    assert len(rows) == 4
    assert len({origin for _, origin in rows}) == 4
    assert not {key for key, _ in rows} & {origin for key, origin in rows if key != origin}


def test_a_hidden_note_given_alone_stays_out_of_its_folders_walk(notes: Notes) -> None:
    notes.write("top.md", "- Term: definition\n")
    notes.sync()
    hidden = notes.write(".drafts/idea.md", "- Idea: 아직 초안\n")
    assert sync(notes.database, [hidden], now=NOW).cards_new == 1
    report = notes.sync()  # the folder's walk skips hidden folders: not taken for deleted
    assert (report.cards_retired, report.cards_new) == (0, 0)
    assert set(notes.cards(include_all=False)) == {"Term", "Idea"}


def test_each_note_keeps_the_version_of_the_rules_that_extracted_it(notes: Notes) -> None:
    from notecards.core.extract import EXTRACTOR_VERSION

    notes.write("a.md", "- Term: def\n")
    notes.sync()
    with notes.database.reading() as connection:
        (known,) = source_rows.sources(connection, [notes.root.resolve().as_posix()]).values()
    assert known.extractor_version == EXTRACTOR_VERSION


@pytest.mark.parametrize("jobs", [1, 2])
def test_notes_extracted_by_earlier_rules_are_read_again(notes: Notes, jobs: int) -> None:
    """A note whose cards came from an earlier extractor is read and extracted again, though
    its size, time and content are as stored (in worker processes too); cards the rules
    still make the same are left as they are."""
    _write_many(notes, PARALLEL_FROM + 5)
    notes.sync()
    notes.grade("Term 3")
    before = notes.cards()
    with notes.database.transaction() as connection:
        connection.execute(sqlalchemy.text("UPDATE sources SET extractor_version = 1"))
    report = sync(notes.database, [notes.root], now=NOW, jobs=jobs)
    assert (report.files_read, report.files_skipped) == (PARALLEL_FROM + 6, 0)
    assert (report.cards_new, report.cards_updated, report.cards_carried) == (0, 0, 0)
    assert report.cards_retired == 0
    assert report.summary() == (
        f"{PARALLEL_FROM + 6} files read, 0 unchanged; cards: 0 new, 0 updated, 0 retired, "
        "0 revived"
    )  # nothing carried over: the summary says nothing of it
    assert notes.cards() == before and notes.history("Term 3") == 1
    again = sync(notes.database, [notes.root], now=NOW, jobs=jobs)
    assert (again.files_read, again.files_skipped) == (0, PARALLEL_FROM + 6)
