"""Fixtures of the storage tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from notecards.storage.db import Database
from tests.storage.stocked import stock


@pytest.fixture
def stocked(database: Database, tmp_path: Path) -> Database:
    """A database holding the cards of :func:`tests.storage.stocked.stock`."""
    return stock(database, tmp_path)
