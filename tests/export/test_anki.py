"""Exports imported into a real Anki collection (the ``anki`` package from PyPI)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.consts import CARD_TYPE_REV, QUEUE_TYPE_REV
from anki.import_export_pb2 import IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER

from notecards.export.anki import export_anki, note_guid
from notecards.storage.db import Database
from notecards.storage.exporting import cards_for_export
from notecards.study import StudySession
from notecards.sync import sync

from .test_html import Shown

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CNN = """\
# CNN
- Stride: 필터가 한 번에 움직이는 칸 수
- Supremum: $\\alpha = \\sup E$ 인 가장 작은 상계
- Softmax: 확률로 바꾸는 함수 $$\\sigma(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$$
- Bijection ::: 전단사
- The capital of Korea is {{c1::Seoul}} and of Japan {{c2::Tokyo}}.
- XSS: <script>alert(1)</script> shown <img src=x onerror=alert(1)>
- LSTM
    - Long Short-Term Memory
    - `cell state`로 gradient가 흐름
    ```python
    h, c = lstm(x)
    ```
"""
POOL = """\
- Pooling
    - 크기를 줄이는 연산
    - ![max pooling](img/fig.png)
    - ![escape](../../../etc/passwd)
"""
EXPECTED_NOTES = 8
# one card each, but two for the reversed note and two for the cloze note (c1, c2)
EXPECTED_CARDS = 10


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    root = tmp_path / "notes"
    (root / "ml" / "cnn" / "img").mkdir(parents=True)
    (root / "ml" / "cnn" / "basics.md").write_text(CNN, "utf-8")
    (root / "ml" / "cnn" / "pooling.md").write_text(POOL, "utf-8")
    (root / "ml" / "cnn" / "img" / "fig.png").write_bytes(b"\x89PNG\r\n\x1a\n figure")
    return root


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    folder = tmp_path / "anki"
    folder.mkdir()
    anki = Collection(str(folder / "collection.anki2"))
    yield anki
    anki.close()


def import_package(anki: Collection, package: Path) -> tuple[int, int, int]:
    """Import like Anki's File > Import; (new, updated, duplicate) notes."""
    options = ImportAnkiPackageOptions(
        merge_notetypes=False,
        update_notes=IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        update_notetypes=IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        with_scheduling=False,
        with_deck_configs=False,
    )
    response = anki.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(package), options=options)
    )
    log = response.log
    return len(log.new), len(log.updated), len(log.duplicate)


def fields_by_first(anki: Collection) -> dict[str, list[str]]:
    notes = (anki.get_note(note_id) for note_id in anki.find_notes(""))
    return {note.fields[0]: list(note.fields) for note in notes}


def test_anki_imports_every_card_intact(
    database: Database, notes: Path, collection: Collection, tmp_path: Path
) -> None:
    sync(database, [notes], now=T0)
    package = tmp_path / "out" / "ml.apkg"
    report = export_anki(database, "alice", package)
    assert report.notes == EXPECTED_NOTES
    assert report.kinds == {"basic": 6, "reversed": 1, "cloze": 1}
    # cards carry no images since issue 11 (a card is read as text): nothing to pack
    assert report.media == 0
    assert report.warnings == []
    assert import_package(collection, package) == (EXPECTED_NOTES, 0, 0)
    assert collection.note_count() == EXPECTED_NOTES
    assert collection.card_count() == EXPECTED_CARDS
    fields = fields_by_first(collection)
    assert fields["Stride"][1] == "필터가 한 번에 움직이는 칸 수"
    assert fields["Supremum"][1] == "\\(\\alpha = \\sup E\\) 인 가장 작은 상계"
    assert "\\[\\sigma(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}\\]" in fields["Softmax"][1]
    assert fields["Stride"][2] == "ml::cnn › CNN" and fields["Stride"][3] == "ml/cnn/basics.md:2"
    assert '<code class="language-python">h, c = lstm(x)' in fields["LSTM"][1]
    everything = Shown(" ".join(" ".join(values) for values in fields.values()))
    assert not everything.unsafe() and "<script" not in str(fields).lower()
    xss = Shown(fields["XSS"][1])
    assert xss.text == "<script>alert(1)</script> shown"
    assert not xss.elements  # the author's text, as written, and no markup
    cloze = next(value for key, value in fields.items() if key.startswith("The capital"))
    assert cloze[0] == "The capital of Korea is {{c1::Seoul}} and of Japan {{c2::Tokyo}}."
    cloze_note = collection.get_note(collection.find_notes('"note:notecards Cloze"')[0])
    assert len(cloze_note.cards()) == 2
    reversed_note = collection.get_note(collection.find_notes("Bijection")[0])
    assert len(reversed_note.cards()) == 2
    assert sorted(collection.decks.all_names_and_ids(), key=lambda deck: deck.name)[-1].name == (
        "ml::cnn"
    )
    assert set(collection.get_note(collection.find_notes("Stride")[0]).tags) == {"ml::cnn"}
    pooling = fields["Pooling"][1]
    assert "<img" not in pooling and "passwd" not in pooling and "크기를 줄이는 연산" in pooling
    assert list(Path(collection.media.dir()).iterdir()) == []


def test_reimport_after_an_edit_updates_in_place_and_keeps_anki_scheduling(
    database: Database, notes: Path, collection: Collection, tmp_path: Path
) -> None:
    sync(database, [notes], now=T0)
    first = tmp_path / "first.apkg"
    export_anki(database, "alice", first, now=T0.timestamp())
    assert import_package(collection, first) == (EXPECTED_NOTES, 0, 0)
    stride = collection.get_note(collection.find_notes("Stride")[0]).cards()[0]
    stride.type, stride.queue = CARD_TYPE_REV, QUEUE_TYPE_REV  # reviewed in Anki: a ten-day
    # interval, due on day 100
    stride.ivl, stride.due = 10, 100
    collection.update_card(stride)

    note = notes / "ml" / "cnn" / "basics.md"
    edited = CNN.replace("필터가 한 번에 움직이는 칸 수", "필터가 한 번에 이동하는 거리")
    note.write_text(edited.replace("- Supremum:", "- Supremun:"), "utf-8")  # and a typo
    report = sync(database, [notes], now=T0 + timedelta(minutes=1))
    assert (report.cards_updated, report.cards_new) == (2, 0)
    second = tmp_path / "second.apkg"
    # Anki takes an update only from a newer note: the second export is a minute later
    later = (T0 + timedelta(minutes=1)).timestamp()
    export_anki(database, "alice", second, now=later)
    assert import_package(collection, second) == (0, EXPECTED_NOTES, 0)
    assert collection.note_count() == EXPECTED_NOTES
    assert collection.card_count() == EXPECTED_CARDS
    fields = fields_by_first(collection)
    assert fields["Stride"][1] == "필터가 한 번에 이동하는 거리"
    assert "Supremun" in fields and "Supremum" not in fields  # the same note, renamed
    kept = collection.get_card(stride.id)
    assert (kept.ivl, kept.due, kept.type) == (10, 100, CARD_TYPE_REV)
    # the same export again is not newer: Anki skips every note (its "duplicates")
    assert import_package(collection, second) == (0, 0, EXPECTED_NOTES)
    assert fields_by_first(collection) == fields


def test_guids_follow_the_card_not_its_current_text(database: Database, notes: Path) -> None:
    sync(database, [notes], now=T0)
    with database.reading() as connection:
        before = {item.card.line: item.origin_key for item in cards_for_export(connection, "a")}
    note = notes / "ml" / "cnn" / "basics.md"
    note.write_text(CNN.replace("- Stride:", "- Strides:"), "utf-8")
    sync(database, [notes], now=T0 + timedelta(minutes=1))
    with database.reading() as connection:
        after = {item.card.line: item for item in cards_for_export(connection, "a")}
    assert after[2].card.question == "Strides"
    assert after[2].origin_key == before[2]
    assert note_guid(after[2].origin_key) == note_guid(before[2])


def test_deck_filter_and_suspended_cards(database: Database, notes: Path, tmp_path: Path) -> None:
    (notes / "math.md").write_text("- Infimum: 최대 하계\n", "utf-8")
    sync(database, [notes], now=T0)
    study = StudySession(database, "alice", clock=lambda: T0)
    study.start("ml::cnn")
    study.suspend()
    only_ml = export_anki(database, "alice", tmp_path / "ml.apkg", deck="ml")
    assert only_ml.notes == EXPECTED_NOTES - 1  # the suspended card stays out
    with_suspended = export_anki(
        database, "alice", tmp_path / "all.apkg", deck="ml", include_suspended=True
    )
    assert with_suspended.notes == EXPECTED_NOTES
    everything = export_anki(database, "bob", tmp_path / "bob.apkg")  # bob suspended nothing
    assert everything.notes == EXPECTED_NOTES + 1


def test_a_failed_export_leaves_the_old_file(
    database: Database, notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sync(database, [notes], now=T0)
    package = tmp_path / "ml.apkg"
    export_anki(database, "alice", package)
    original = package.read_bytes()

    def broken(self: object, file: str, timestamp: float | None = None) -> None:
        Path(file).write_bytes(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("genanki.Package.write_to_file", broken)
    with pytest.raises(OSError, match="No space"):
        export_anki(database, "alice", package)
    assert package.read_bytes() == original
    assert zipfile.is_zipfile(package)
    assert [path.name for path in tmp_path.iterdir() if "partial" in path.name] == []
