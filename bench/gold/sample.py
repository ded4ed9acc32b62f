"""Draws the gold notes: 15 per development corpus, seeded, a third of them the test split.

    python bench/gold/sample.py [CORPORA]      (default ${TMPDIR:-/tmp}/nc-dev-corpora)
    python bench/gold/sample.py --extend N [--split test] [CORPORA]

``--extend N`` adds N more notes per corpus to ``notes.tsv``, development notes unless
``--split test``: a further seeded draw (one seed per split) from the notes not yet in it;
no listed note ever changes split. It skips notes over 400 lines, so that one long note
does not outweigh a corpus's others; the first draw took every note as it came. The first
extension added 5 development notes per corpus, the second 3 test notes per corpus, so
that the test split stays about a third of the notes; the third 4 development and 2 test
notes per corpus, the fourth to eightieth 3 development and 1 test note per corpus each (each
development draw goes on down the same seeded order).

Writes ``bench/gold/notes.tsv`` (corpus, path, split). The draw depends only on the seed and
on the sorted list of markdown files in each corpus (written by ``../shared/corpora/get-corpora``
from pinned commits), so it is the same on every machine. It was run once, before anyone looked
at what the extractor makes of these notes.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

SEED = 11  # the extraction issue's number
PER_CORPUS = 15
TEST_PER_CORPUS = 5
HERE = Path(__file__).resolve().parent


def default_corpora() -> Path:
    return Path(os.environ.get("TMPDIR", "/tmp")) / "nc-dev-corpora"


def draw(corpora: Path) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for corpus in sorted(p.name for p in corpora.iterdir() if p.is_dir()):
        root = corpora / corpus
        files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.md") if p.is_file())
        chooser = random.Random(f"{SEED}:{corpus}")
        chosen = chooser.sample(files, PER_CORPUS)
        for index, path in enumerate(chosen):
            rows.append((corpus, path, "test" if index < TEST_PER_CORPUS else "dev"))
    return rows


MAX_EXTENSION_LINES = 400


def extend(
    corpora: Path, per_corpus: int, taken: set[tuple[str, str]], split: str = "dev"
) -> list[tuple[str, ...]]:
    """``per_corpus`` more notes of ``split`` from each corpus, none of them ``taken``."""
    rows: list[tuple[str, ...]] = []
    for corpus in sorted(p.name for p in corpora.iterdir() if p.is_dir()):
        root = corpora / corpus
        files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.md") if p.is_file())
        seed = f"{SEED}:{corpus}:extension" if split == "dev" else f"{SEED}:{corpus}:{split}"
        chooser = random.Random(seed)
        chooser.shuffle(files)
        added = 0
        for path in files:
            if added == per_corpus:
                break
            text = (root / path).read_text("utf-8", errors="replace")
            if (corpus, path) in taken or text.count("\n") > MAX_EXTENSION_LINES:
                continue
            rows.append((corpus, path, split))
            added += 1
    return rows


def main() -> None:
    arguments = sys.argv[1:]
    if arguments[:1] == ["--extend"]:
        per_corpus, arguments = int(arguments[1]), arguments[2:]
        split = "dev"
        if arguments[:1] == ["--split"]:
            split, arguments = arguments[1], arguments[2:]
        corpora = Path(arguments[0]) if arguments else default_corpora()
        listed = (HERE / "notes.tsv").read_text("utf-8").splitlines()
        taken = {(line.split("\t")[0], line.split("\t")[1]) for line in listed[1:]}
        added = extend(corpora, per_corpus, taken, split)
        lines = [*listed, *("\t".join(row) for row in added)]
        (HERE / "notes.tsv").write_text("\n".join(lines) + "\n", "utf-8")
        print(f"{len(added)} {split} notes added")
        return
    corpora = Path(arguments[0]) if arguments else default_corpora()
    rows = draw(corpora)
    lines = ["corpus\tpath\tsplit", *("\t".join(row) for row in rows)]
    (HERE / "notes.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(rows)} notes from {len({row[0] for row in rows})} corpora")


if __name__ == "__main__":
    main()
