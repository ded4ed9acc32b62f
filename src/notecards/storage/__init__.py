"""Storage: the database behind notecards (SQLite by default, PostgreSQL by URL)."""
