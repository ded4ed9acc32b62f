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
from collections.abc import Iterable, Iterator
from datetime import date
from typing import IO, TYPE_CHECKING, Any, cast

from notecards.storage.listing import LISTING_COLUMNS, status_of_row
from notecards.wording import plural

if TYPE_CHECKING:
    from sqlalchemy import Row

COLUMNS = ("Deck", "State", "Due", "Source", "Question")
# listing_object unpacks rows by position, in this order
_ROW_ORDER = ("origin_key", "deck", "kind", "question", "answer", "source", "line", "retired",
              "has_state", "repetitions", "easiness_centi", "interval", "due", "suspended",
              "buried_until", "flagged", "rejected", "triaged")  # fmt: skip
if tuple(column.name for column in LISTING_COLUMNS) != _ROW_ORDER:
    raise ImportError("storage.listing.LISTING_COLUMNS changed order: update card_output")
_BATCH = 2000  # rows joined into one write


def listing_object(row: Row[Any], today: date) -> dict[str, object]:
    """A card of a listing as the JSON object of ``cards --json``."""
    (key, deck, kind, question, answer, source, line, *_, has_state, repetitions, centi,
     interval, due, _suspended, _buried_until, flagged, _rejected,
     triaged) = cast("tuple[Any, ...]", row)  # fmt: skip
    scheduled = has_state is not None
    return {
        "id": key,
        "deck": deck,
        "kind": kind,
        "question": question,
        "answer": answer,
        "state": status_of_row(row, today).value,
        "due": due.isoformat() if scheduled and due else None,
        "repetitions": repetitions if scheduled else 0,
        "easiness": centi / 100 if scheduled else 2.5,  # exact hundredths, as stored
        "interval": interval if scheduled else 0,
        "source": source,
        "line": line,
        "flagged": bool(flagged),
        "triaged": triaged is None or bool(triaged),
    }


def _batched(lines: Iterable[str], out: IO[str]) -> int:
    """Write ``lines`` in batches; how many there were."""
    count = 0
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) == _BATCH:
            out.write("".join(batch))
            count += len(batch)
            batch.clear()
    out.write("".join(batch))
    return count + len(batch)


def write_json(rows: Iterable[Row[Any]], today: date, out: IO[str]) -> int:
    """A JSON array of the cards, streamed; how many there were."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    objects = (
        ("\n" if index == 0 else ",\n") + encode(listing_object(row, today))
        for index, row in enumerate(rows)
    )
    out.write("[")
    count = _batched(objects, out)
    out.write("\n]\n" if count else "]\n")
    return count


def write_json_lines(rows: Iterable[Row[Any]], today: date, out: IO[str]) -> int:
    """One JSON object per line; how many there were."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    return _batched((encode(listing_object(row, today)) + "\n" for row in rows), out)


def _cells(row: Row[Any], today: date) -> tuple[str, str, str, str, str]:
    due = row.due.isoformat() if row.has_state is not None and row.due else ""
    question = " ".join(row.question.split())
    return row.deck, status_of_row(row, today).value, due, f"{row.source}:{row.line}", question


def write_tab_separated(rows: Iterable[Row[Any]], today: date, out: IO[str]) -> int:
    """A header, then one tab-separated line per card (for pipes and files); nothing at all
    when there is no card."""
    header = "\t".join(column.lower() for column in COLUMNS) + "\n"
    lines = (
        (header if index == 0 else "") + "\t".join(_cells(row, today)) + "\n"
        for index, row in enumerate(rows)
    )
    return _batched(lines, out)


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


def _terminal_lines(rows: list[Row[Any]], today: date, width: int) -> Iterator[str]:
    cells = [_cells(row, today) for row in rows]
    sources = max((len(cell[3]) for cell in cells), default=0)
    deck_width, state_width, due_width = 14, 9, 10
    source_width = min(max(sources, 6), max(12, width // 3))
    question_width = max(10, width - deck_width - state_width - due_width - source_width - 4)
    widths = (deck_width, state_width, due_width, source_width)
    header = (_fit(name, size) for name, size in zip(COLUMNS, widths, strict=False))
    yield " ".join(header) + " Question"
    for deck, state, due, source, question in cells:
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


def write_terminal(rows: list[Row[Any]], today: date) -> None:
    """Aligned columns on a terminal, paged when long."""
    width = shutil.get_terminal_size().columns
    with _pager(len(rows) + 2) as out:
        for line in _terminal_lines(rows, today, width):
            out.write(line + "\n")
        out.write(plural(len(rows), "card") + "\n")


def nothing_listed(deck: str | None, include_all: bool) -> str:
    where = f" in deck {deck}" if deck else ""
    hint = "" if include_all else " (--all includes retired and suspended cards)"
    return f"no cards{where}{hint}"
