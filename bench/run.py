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
import functools
import gc
import json
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
    """Notecards' extraction against the bare parse, chunk by chunk.

    The corpus is cut into chunks of 500 notes; each chunk is timed on both sides
    alternately, ``repeat`` times, and each side's best time per chunk is summed. A burst
    of load on the machine then costs one chunk one retry rather than a whole pass.
    """
    from markdown_it import MarkdownIt

    from notecards.core.extract import extract_note

    bare_parser = MarkdownIt()
    size = sum(len(text.encode("utf-8")) for _, text in notes) / 1e6
    chunks = [notes[start : start + 500] for start in range(0, len(notes), 500)]

    def bare(chunk: list[tuple[str, str]]) -> None:
        for _, text in chunk:
            bare_parser.parse(text)

    def ours(chunk: list[tuple[str, str]]) -> None:
        for source, text in chunk:
            extract_note(text, source)

    for _, text in notes[:50]:  # warm caches and lazy imports on both sides
        bare_parser.parse(text)
    card_count = 0
    for source, text in notes:
        extraction = extract_note(text, source)
        failed = [w for w in extraction.warnings if "could not read" in w.message]
        if failed:
            sys.exit(f"bench: extraction failed, nothing to measure: {failed[0]}")
        card_count += len(extraction.cards)
    results = []
    for pause_gc, label in ((False, "garbage collector on"), (True, "garbage collector paused")):
        best_bare = 0.0
        best_ours = 0.0
        for chunk in chunks:
            bare_times: list[float] = []
            our_times: list[float] = []
            for _ in range(repeat):
                bare_times.append(timed(functools.partial(bare, chunk), pause_gc))
                our_times.append(timed(functools.partial(ours, chunk), pause_gc))
            best_bare += min(bare_times)
            best_ours += min(our_times)
        ratio = best_ours / best_bare
        print(
            f"  {label}: bare parse {best_bare:.2f} s, notecards extraction {best_ours:.2f} s",
            flush=True,
        )
        results.append(
            Result(
                f"extraction vs bare markdown-it parse ({label})",
                ratio,
                "x",
                f"<= {EXTRACTION_GOAL}",
                ratio <= EXTRACTION_GOAL,
                f"sum of per-chunk bests over {repeat} alternating runs: notecards "
                f"{best_ours:.2f} s ({size / best_ours:.1f} MB/s, {card_count} cards), "
                f"bare parse {best_bare:.2f} s ({size / best_bare:.1f} MB/s); "
                f"{len(notes)} notes, {size:.1f} MB",
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
