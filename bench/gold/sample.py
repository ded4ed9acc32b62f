"""Draws the gold notes: 15 per development corpus, seeded, a third of them the test split.

    python bench/gold/sample.py [CORPORA]      (default ${TMPDIR:-/tmp}/nc-dev-corpora)

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


def main() -> None:
    corpora = Path(sys.argv[1]) if len(sys.argv) > 1 else default_corpora()
    rows = draw(corpora)
    lines = ["corpus\tpath\tsplit", *("\t".join(row) for row in rows)]
    (HERE / "notes.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(rows)} notes from {len({row[0] for row in rows})} corpora")


if __name__ == "__main__":
    main()
