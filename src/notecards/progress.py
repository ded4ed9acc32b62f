"""Progress bars of long commands, drawn on standard error when it is a terminal (a pipe or a
log gets none), and gone when the work is done."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

# fewer items than this are quick: no bar
PROGRESS_THRESHOLD = 20


@contextlib.contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[], None]]:
    """A progress bar on standard error when it is a terminal and the work is long."""
    if total < PROGRESS_THRESHOLD or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


@contextlib.contextmanager
def counted_progress(label: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar for long work, on a terminal only; called with (done, total)."""
    if not sys.stderr.isatty():
        yield lambda done, total: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            if done == total or done % 100 == 0:
                bar.update(task, completed=done, total=total)

        yield update
