"""Checks the gold annotations against the notes they describe.

    python bench/gold/check.py [CORPUS ...]

For every note in ``notes.tsv`` (of the corpora named, or all): it has rows in
``cards/<corpus>.tsv`` (a ``none`` row when it deserves no card); every row has six fields, a valid
tier and a line inside the note; every key occurs in the note's text (keys are copied, so a key
that is not found is a typo) and is at most eight words long. Exit status 1 on any problem.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "bench"))

from gold_data import GoldCard, corpora_root, load_cards, load_notes, normalise  # noqa: E402


def problems_of(card: GoldCard, text: str, line_count: int) -> list[str]:
    found: list[str] = []
    where = f"{card.corpus}/{card.path}:{card.line}"
    if card.tier == "none":
        return found
    if not 1 <= card.line <= line_count:
        found.append(f"{where}: line {card.line} outside the note (1..{line_count})")
    if not card.terms or not card.keys:
        found.append(f"{where}: a card needs terms and keys")
    flat = normalise(text)
    for key in card.keys:
        if normalise(key) not in flat:
            found.append(f"{where}: key not in the note: {key!r}")
        words = len(re.findall(r"\S+", key))
        if words > 8:
            found.append(f"{where}: key of {words} words (2-6 wanted): {key!r}")
    return found


def main() -> int:
    wanted = set(sys.argv[1:])
    root = corpora_root()
    notes = [note for note in load_notes() if not wanted or note.corpus in wanted]
    cards = load_cards({note.corpus for note in notes})
    problems: list[str] = []
    for note in notes:
        rows = [card for card in cards if (card.corpus, card.path) == (note.corpus, note.path)]
        if not rows:
            problems.append(f"{note.corpus}/{note.path}: no rows (write a none row if no card)")
            continue
        text = (root / note.corpus / note.path).read_text("utf-8", errors="replace")
        line_count = len(text.splitlines())
        for card in rows:
            problems.extend(problems_of(card, text, line_count))
    listed = {(note.corpus, note.path) for note in load_notes()}
    problems.extend(
        f"{card.corpus}/{card.path}: not a gold note"
        for card in cards
        if (card.corpus, card.path) not in listed
    )
    for problem in problems:
        print(problem)
    rows = [card for card in cards if card.tier != "none"]
    print(
        f"{len(notes)} notes, {len(rows)} cards "
        f"({sum(card.tier == 'expected' for card in rows)} expected), {len(problems)} problems"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
