"""Progress bars: none when standard error is no terminal or the work is short."""

from __future__ import annotations

import io

import pytest

from notecards import progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_is_drawn_when_standard_error_is_no_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    captured = io.StringIO()
    monkeypatch.setattr("sys.stderr", captured)
    with progress.progress(1000, "Reading notes") as advance:
        advance()
    with progress.counted_progress("Exporting") as update:
        update(100, 200)
    assert captured.getvalue() == ""


def test_short_work_gets_no_bar_even_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with progress.progress(progress.PROGRESS_THRESHOLD - 1, "Reading notes") as advance:
        advance()
    assert terminal.getvalue() == ""


def test_long_work_on_a_terminal_draws_a_bar_with_its_label(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with progress.progress(progress.PROGRESS_THRESHOLD * 5, "Reading notes") as advance:
        for _ in range(progress.PROGRESS_THRESHOLD * 5):
            advance()
    assert "Reading notes" in terminal.getvalue()
