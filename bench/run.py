"""Benchmarks behind ``make bench``.

Extraction: notecards' whole per-note extraction (decode-free: texts are read into memory
first, as are markdown-it-py's) against markdown-it-py's own bare ``MarkdownIt().parse`` on
the same notes, single process, measured in the same run. Runs alternate between the two
and the best of each is compared, with the garbage collector paused during timed loops on
both sides (as ``timeit`` does).

The corpus is ``../shared/bench/make_corpus.py OUT --notes N`` (10,000 notes, about 44 MB),
written once under ``bench/out``.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
EXTRACTION_GOAL = 1.25


@dataclass
class Result:
    name: str
    value: float
    unit: str
    goal: str
    passed: bool
    detail: str = ""


def corpus(shared: Path, notes: int) -> Path:
    """The synthetic corpus, written on first use."""
    target = OUT / f"corpus-{notes}"
    marker = target / ".complete"
    if not marker.exists():
        script = shared / "bench" / "make_corpus.py"
        if not script.exists():
            sys.exit(f"bench: {script} not found (pass --shared)")
        print(f"writing the corpus: {script} {target} --notes {notes}", flush=True)
        subprocess.run(
            [sys.executable, str(script), str(target), "--notes", str(notes)], check=True
        )
        marker.touch()
    return target


def load_notes(root: Path) -> list[tuple[str, str]]:
    return [
        (path.relative_to(root).as_posix(), path.read_text(encoding="utf-8"))
        for path in sorted(root.rglob("*.md"))
    ]


def timed(run: Callable[[], object], pause_gc: bool) -> float:
    gc.collect()
    if pause_gc:
        gc.disable()
    try:
        start = time.perf_counter()
        run()
        return time.perf_counter() - start
    finally:
        gc.enable()


def bench_extraction(notes: list[tuple[str, str]], repeat: int) -> list[Result]:
    from markdown_it import MarkdownIt

    from notecards.core.extract import extract_note

    bare_parser = MarkdownIt()
    size = sum(len(text.encode("utf-8")) for _, text in notes) / 1e6
    card_count = 0

    def bare() -> None:
        for _, text in notes:
            bare_parser.parse(text)

    def ours() -> None:
        nonlocal card_count
        card_count = 0
        for source, text in notes:
            card_count += len(extract_note(text, source).cards)

    for source, text in notes[:50]:  # warm caches and lazy imports on both sides
        bare_parser.parse(text)
        extract_note(text, source)
    results = []
    for pause_gc, label in ((False, "garbage collector on"), (True, "garbage collector paused")):
        bare_times: list[float] = []
        our_times: list[float] = []
        for round_number in range(repeat):
            bare_times.append(timed(bare, pause_gc))
            our_times.append(timed(ours, pause_gc))
            print(
                f"  {label}, round {round_number + 1}/{repeat}: bare parse "
                f"{bare_times[-1]:.2f} s, notecards extraction {our_times[-1]:.2f} s",
                flush=True,
            )
        best_bare, best_ours = min(bare_times), min(our_times)
        ratio = best_ours / best_bare
        results.append(
            Result(
                f"extraction vs bare markdown-it parse ({label})",
                ratio,
                "x",
                f"<= {EXTRACTION_GOAL}",
                ratio <= EXTRACTION_GOAL,
                f"best of {repeat}: notecards {best_ours:.2f} s ({size / best_ours:.1f} MB/s, "
                f"{card_count} cards), bare parse {best_bare:.2f} s "
                f"({size / best_bare:.1f} MB/s); medians {statistics.median(our_times):.2f} / "
                f"{statistics.median(bare_times):.2f} s; {len(notes)} notes, {size:.1f} MB",
            )
        )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    root = corpus(args.shared, args.notes)
    print(f"reading {root}", flush=True)
    notes = load_notes(root)
    results: list[Result] = []
    print("extraction:", flush=True)
    results += bench_extraction(notes, args.repeat)

    print()
    width = max(len(result.name) for result in results)
    for result in results:
        verdict = "PASS" if result.passed else "FAIL"
        print(
            f"{verdict}  {result.name:<{width}}  {result.value:.3f}{result.unit}  "
            f"(goal {result.goal})"
        )
        if result.detail:
            print(f"      {result.detail}")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.json").write_text(
        json.dumps([asdict(result) for result in results], indent=2), encoding="utf-8"
    )
    if not all(result.passed for result in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
