"""Alembic migrations of the notecards schema (run automatically on first use)."""
