"""How ``notecards cards`` prints: row by row, as the database yields them.

- ``--json``: one JSON array, written item by item (never held whole in memory);
- ``--jsonl``: one JSON object per line (for ``jq -c``, ``grep``, scripts);
- to a pipe or file: a header and one tab-separated line per card;
- on a terminal: aligned columns one line per card (wide Hangul counted as two cells), with the
  source and line never split, sent through a pager (``$PAGER``, else ``less -FRX``) when the
  listing is longer than the screen.

An empty listing prints one line saying so, never an empty table.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING

from notecards.wording import plural

if TYPE_CHECKING:
    from notecards.core.model import CardListing

Jsonable = Callable[["CardListing"], dict[str, object]]
COLUMNS = ("Deck", "State", "Due", "Source", "Question")


def write_json(listings: Iterable[CardListing], as_json: Jsonable, out: IO[str]) -> int:
    """A JSON array of the listings, streamed; how many there were."""
    count = 0
    out.write("[")
    for listing in listings:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(as_json(listing), ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_json_lines(listings: Iterable[CardListing], as_json: Jsonable, out: IO[str]) -> int:
    """One JSON object per line; how many there were."""
    count = 0
    dumps = json.dumps
    for listing in listings:
        out.write(dumps(as_json(listing), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def _cells(listing: CardListing) -> tuple[str, str, str, str, str]:
    card, schedule = listing.card, listing.schedule
    due = schedule.due.isoformat() if schedule is not None and schedule.due else ""
    question = " ".join(card.question.split())
    return card.deck, listing.status.value, due, f"{card.source}:{card.line}", question


def write_tab_separated(listings: Iterable[CardListing], out: IO[str]) -> int:
    """A header, then one tab-separated line per card (for pipes and files); nothing at all
    when there is no card."""
    count = 0
    for listing in listings:
        if not count:
            out.write("\t".join(column.lower() for column in COLUMNS) + "\n")
        out.write("\t".join(_cells(listing)) + "\n")
        count += 1
    return count


def _fit(text: str, width: int, *, keep_end: bool = False) -> str:
    """``text`` padded or cut to ``width`` terminal cells; cut from the left with ``keep_end``
    (so a path keeps its file name and line number)."""
    from rich.cells import cell_len, set_cell_size

    if cell_len(text) <= width:
        return set_cell_size(text, width)
    if keep_end:
        reversed_text = set_cell_size(text[::-1], width - 1)
        return "…" + reversed_text[::-1]
    return set_cell_size(text, width - 1) + "…"


def fit_source(source: str, width: int) -> str:
    """``path:line`` in at most ``width`` cells, cut from the left so that the file name and
    line number stay whole."""
    return _fit(source, width, keep_end=True).rstrip()


def _terminal_lines(listings: Iterable[CardListing], width: int, sources: int) -> Iterator[str]:
    deck_width, state_width, due_width = 14, 9, 10
    source_width = min(max(sources, 6), max(12, width // 3))
    question_width = max(10, width - deck_width - state_width - due_width - source_width - 4)
    widths = (deck_width, state_width, due_width, source_width)
    yield (
        " ".join(_fit(name, size) for name, size in zip(COLUMNS, widths, strict=False))
        + " Question"
    )
    for listing in listings:
        deck, state, due, source, question = _cells(listing)
        yield " ".join(
            (
                _fit(deck, deck_width),
                _fit(state, state_width),
                _fit(due, due_width),
                _fit(source, source_width, keep_end=True),
                _fit(question, question_width).rstrip(),
            )
        )


@contextlib.contextmanager
def _pager(lines_expected: int) -> Iterator[IO[str]]:
    """Standard output, or a pager's input when the listing will not fit on the screen."""
    height = shutil.get_terminal_size().lines
    command = os.environ.get("PAGER") or "less -FRX"
    program = shlex.split(command)[:1]
    if lines_expected < height - 1 or not program or shutil.which(program[0]) is None:
        yield sys.stdout
        return
    process = subprocess.Popen(shlex.split(command), stdin=subprocess.PIPE, text=True)
    assert process.stdin is not None
    try:
        yield process.stdin
    except BrokenPipeError:  # the reader quit the pager early
        pass
    finally:
        with contextlib.suppress(BrokenPipeError):
            process.stdin.close()
        process.wait()


def write_terminal(listings: list[CardListing]) -> None:
    """Aligned columns on a terminal, paged when long."""
    width = shutil.get_terminal_size().columns
    sources = max((len(f"{item.card.source}:{item.card.line}") for item in listings), default=0)
    with _pager(len(listings) + 2) as out:
        for line in _terminal_lines(listings, width, sources):
            out.write(line + "\n")
        out.write(plural(len(listings), "card") + "\n")


def nothing_listed(deck: str | None, include_all: bool) -> str:
    where = f" in deck {deck}" if deck else ""
    hint = "" if include_all else " (--all includes retired and suspended cards)"
    return f"no cards{where}{hint}"
