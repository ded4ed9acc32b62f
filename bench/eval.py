"""``make eval``: extraction quality against the gold, and health over every development file.

    python bench/eval.py [--split dev|test|all] [--corpus NAME ...] [--show N] [--no-health]

Gold (``bench/gold/``): for each gold note of the split, the cards notecards extracts are
matched one to one with the gold rows of that note (a card matches a row when one of the row's
terms is in the card's question, context or deck, every word of it, and one of its keys is in
the card's answer; see ``bench/gold/GUIDELINE.md``). Per corpus and overall:

- recall: expected rows matched, over expected rows;
- precision: cards matched to an expected or acceptable row, over all cards of those notes;
- the worst misses (expected rows no card matched) and junk (cards matching no row), with
  ``path:line``.

Health, over every markdown file of the 14 corpora (``${TMPDIR:-/tmp}/nc-dev-corpora``, written
by ``../shared/corpora/get-corpora``): cards per note, notes that crashed, extraction time on
one core, and the share of cards with junk signals (see :mod:`junk_signals`).

The test split is scored only at the end of a change: never tune a rule while reading it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gold_data import GoldCard, GoldNote, corpora_root, load_cards, load_notes, normalise  # noqa: E402
from junk_signals import junk_signals  # noqa: E402

from notecards.core.model import Card, CardKind  # noqa: E402
from notecards.notes import NoteFile, read_note  # noqa: E402


def _words(term: str) -> list[str]:
    return [word for word in normalise(term).split(" ") if word]


def term_found(card_text: str, terms: tuple[str, ...]) -> bool:
    return any(all(word in card_text for word in _words(term)) for term in terms)


def key_found(answer_text: str, keys: tuple[str, ...]) -> bool:
    return any(normalise(key) in answer_text for key in keys)


def asked_text(card: Card) -> str:
    return normalise(" ".join((card.question, *card.context, card.deck.replace("::", " "))))


def answered_text(card: Card) -> str:
    if card.kind is CardKind.CLOZE:
        return normalise(f"{card.question} {card.answer}")
    return normalise(card.answer)


def match(cards: list[Card], rows: list[GoldCard]) -> dict[int, int]:
    """A maximum one-to-one matching, card index -> row index; expected rows first."""
    asked = [asked_text(card) for card in cards]
    answered = [answered_text(card) for card in cards]
    fits: list[list[int]] = []
    for card_index in range(len(cards)):
        candidates = [
            row_index
            for row_index, row in enumerate(rows)
            if term_found(asked[card_index], row.terms)
            and key_found(answered[card_index], row.keys)
        ]
        # prefer expected rows, then the row nearest the card's line
        candidates.sort(
            key=lambda index: (
                rows[index].tier != "expected",
                abs(rows[index].line - cards[card_index].line),
            )
        )
        fits.append(candidates)
    row_of_card: dict[int, int] = {}
    card_of_row: dict[int, int] = {}

    def augment(card_index: int, seen: set[int]) -> bool:
        for row_index in fits[card_index]:
            if row_index in seen:
                continue
            seen.add(row_index)
            holder = card_of_row.get(row_index)
            if holder is None or augment(holder, seen):
                card_of_row[row_index] = card_index
                row_of_card[card_index] = row_index
                return True
        return False

    # expected-row matches are found first so that acceptable rows never take their cards
    order = sorted(range(len(cards)), key=lambda index: not fits[index])
    for card_index in order:
        augment(card_index, set())
    return row_of_card


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    cards: int = 0
    good: int = 0
    notes: int = 0
    misses: list[str] = field(default_factory=list)
    junk: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.good / self.cards if self.cards else 1.0

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.found += other.found
        self.cards += other.cards
        self.good += other.good
        self.notes += other.notes
        self.misses += other.misses
        self.junk += other.junk


def _short(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def score_note(note: GoldNote, rows: list[GoldCard], root: Path) -> Score:
    corpus_root = root / note.corpus
    path = corpus_root / note.path
    extraction = read_note(NoteFile(corpus_root, path, note.path))
    cards = list(extraction.cards)
    wanted = [row for row in rows if row.tier in ("expected", "acceptable")]
    matched = match(cards, wanted)
    matched_rows = set(matched.values())
    score = Score(notes=1, cards=len(cards), good=len(matched))
    for index, row in enumerate(wanted):
        if row.tier != "expected":
            continue
        score.expected += 1
        if index in matched_rows:
            score.found += 1
        else:
            score.misses.append(f"{note.corpus}/{note.path}:{row.line}: {row.terms[0]}")
    for index, card in enumerate(cards):
        if index not in matched:
            asked = _short(card.question, 50)
            score.junk.append(
                f"{note.corpus}/{note.path}:{card.line}: {asked} -> {_short(card.answer, 50)}"
            )
    return score


def gold_scores(split: str, corpora: set[str], root: Path) -> dict[str, Score]:
    notes = [
        note
        for note in load_notes()
        if (split in ("all", note.split)) and (not corpora or note.corpus in corpora)
    ]
    rows_by_note: dict[tuple[str, str], list[GoldCard]] = defaultdict(list)
    for row in load_cards():
        rows_by_note[(row.corpus, row.path)].append(row)
    scores: dict[str, Score] = defaultdict(Score)
    for note in notes:
        scores[note.corpus].add(score_note(note, rows_by_note[(note.corpus, note.path)], root))
    return dict(sorted(scores.items()))


def _row(name: str, score: Score) -> str:
    recall = f"{score.recall:>6.1%} ({score.found:>3}/{score.expected:<3})"
    precision = f"{score.precision:>6.1%} ({score.good:>3}/{score.cards:<4})"
    return f"{name:<42} {score.notes:>5} {recall} {precision}"


def print_gold(scores: dict[str, Score], show: int, split: str) -> Score:
    total = Score()
    print(f"gold, {split} split: recall (expected found) and precision (cards that are wanted)")
    print(f"{'corpus':<42} {'notes':>5} {'recall':>14} {'precision':>15}")
    for corpus, score in scores.items():
        total.add(score)
        print(_row(corpus, score))
    print(_row("overall", total))
    macro_recall = sum(score.recall for score in scores.values()) / max(1, len(scores))
    macro_precision = sum(score.precision for score in scores.values()) / max(1, len(scores))
    worst_recall = min((score.recall for score in scores.values()), default=1.0)
    worst_precision = min((score.precision for score in scores.values()), default=1.0)
    print(
        f"mean over corpora: recall {macro_recall:.1%}, precision {macro_precision:.1%}; "
        f"worst corpus: recall {worst_recall:.1%}, precision {worst_precision:.1%}"
    )
    if show:
        print(f"\nmisses (first {show} per corpus):")
        for score in scores.values():
            for line in score.misses[:show]:
                print(f"  {line}")
        print(f"\njunk (first {show} per corpus):")
        for score in scores.values():
            for line in score.junk[:show]:
                print(f"  {line}")
    return total


def health(root: Path, corpora: set[str], show: int) -> None:
    files = sorted(
        (corpus.name, path)
        for corpus in root.iterdir()
        if corpus.is_dir() and (not corpora or corpus.name in corpora)
        for path in corpus.rglob("*.md")
        if path.is_file()
    )
    started = time.perf_counter()
    cards_total = 0
    crashes: list[str] = []
    signals: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    per_corpus: Counter[str] = Counter()
    notes_per_corpus: Counter[str] = Counter()
    flagged_cards = 0
    for corpus, path in files:
        corpus_root = root / corpus
        source = path.relative_to(corpus_root).as_posix()
        extraction = read_note(NoteFile(corpus_root, path, source))
        if any("could not read this note" in warning.message for warning in extraction.warnings):
            crashes.append(f"{corpus}/{source}")
        cards = list(extraction.cards)
        cards_total += len(cards)
        per_corpus[corpus] += len(cards)
        notes_per_corpus[corpus] += 1
        for card, found in zip(cards, junk_signals(cards), strict=True):
            if found:
                flagged_cards += 1
            for signal in found:
                signals[signal] += 1
                if len(examples[signal]) < show:
                    examples[signal].append(
                        f"{corpus}/{source}:{card.line}: {_short(card.question, 40)} -> "
                        f"{_short(card.answer, 40)}"
                    )
    seconds = time.perf_counter() - started
    print(
        f"\nhealth over {len(files):,} files: {cards_total:,} cards "
        f"({cards_total / max(1, len(files)):.2f} per note), {len(crashes)} crashed, "
        f"{seconds:.1f} s on one core (goal < 60 s)"
    )
    print(
        f"cards with a junk signal: {flagged_cards:,} ({flagged_cards / max(1, cards_total):.1%};"
        " goal < 3%)"
    )
    for signal, count in signals.most_common():
        print(f"  {signal:<28} {count:>6,} ({count / max(1, cards_total):.1%})")
        for example in examples[signal]:
            print(f"      {example}")
    print("cards per note, per corpus:")
    for corpus in sorted(per_corpus):
        print(f"  {corpus:<42} {per_corpus[corpus] / notes_per_corpus[corpus]:6.2f}")
    for crash in crashes[:show]:
        print(f"  crashed: {crash}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--corpus", action="append", default=[])
    parser.add_argument("--show", type=int, default=5, help="misses and junk shown per corpus")
    parser.add_argument("--no-health", action="store_true", help="gold only")
    args = parser.parse_args()
    root = corpora_root()
    if not root.is_dir():
        sys.exit(
            f"eval: no corpora at {root}: fetch each repository of "
            "../shared/corpora/dev-corpora.tsv and run ../shared/corpora/get-corpora "
            "(or set NC_DEV_CORPORA)"
        )
    corpora = set(args.corpus)
    print_gold(gold_scores(args.split, corpora, root), args.show, args.split)
    if not args.no_health:
        health(root, corpora, args.show)


if __name__ == "__main__":
    main()
