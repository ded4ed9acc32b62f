"""The note files a database knows, saved, read back, moved and forgotten in bulk."""

from __future__ import annotations

from notecards.storage import source_rows
from notecards.storage.db import Database
from tests.storage.stocked import NOW


def test_sources_are_saved_read_back_updated_moved_and_deleted(database: Database) -> None:
    with database.transaction() as connection:
        source_rows.save_sources(
            connection,
            [("/notes", "a.md", 10, 111, "hash-a", 3), ("/notes", "b.md", 20, 222, "hash-b", 3)],
            [],
            NOW,
        )
    with database.transaction() as connection:
        known = source_rows.sources(connection, ["/notes"])
        assert {path: record.content_hash for (_, path), record in known.items()} == {
            "a.md": "hash-a",
            "b.md": "hash-b",
        }
        a = known[("/notes", "a.md")]
        source_rows.save_sources(connection, [], [(a.id, 11, 333, "hash-a2", 4)], NOW)
        source_rows.move_root(connection, "/notes", "/moved")
        assert source_rows.source_roots(connection) == {"/moved"}
        assert source_rows.sources(connection, ["/notes"]) == {}
        moved = source_rows.sources(connection, ["/moved"])
        changed = moved[("/moved", "a.md")]
        assert (changed.size, changed.mtime_ns, changed.content_hash) == (11, 333, "hash-a2")
        assert changed.extractor_version == 4
        source_rows.delete_sources(connection, [changed.id])
        assert set(source_rows.sources(connection, ["/moved"])) == {("/moved", "b.md")}
