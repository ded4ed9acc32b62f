"""Messages about a database never show its password, in whatever form a driver quotes it."""

from __future__ import annotations

from notecards.storage.db import place_of


def test_a_drivers_message_never_shows_the_password_in_any_form() -> None:
    url = "postgresql+psycopg://me:s3cr%40t%27pw@db.example/notes"
    place = place_of(url)
    assert "s3cr" not in place.shown
    quoted = [
        "connection failed: password 's3cr@t'pw' rejected",  # decoded, as the server saw it
        "bad URL postgresql://me:s3cr%40t%27pw@db.example/notes",  # as typed
        "other://you:hunter2x@host/db is not ours either",  # any URL in the text
    ]
    for message in quoted:
        cleaned = place.clean(message)
        assert "s3cr" not in cleaned and "hunter2x" not in cleaned, cleaned
        assert "***" in cleaned
