"""The gold annotations of ``bench/gold/``: notes, cards and the normalisation they match by."""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"
TIERS = ("expected", "acceptable", "none")
_MARKUP = re.compile(r"[*_`~=#>\\]+")
_SPACE = re.compile(r"\s+")


def corpora_root() -> Path:
    return Path(
        os.environ.get("NC_DEV_CORPORA", Path(os.environ.get("TMPDIR", "/tmp")) / "nc-dev-corpora")
    )


def normalise(text: str) -> str:
    """Case, markup characters and runs of spaces ignored; NFC."""
    text = unicodedata.normalize("NFC", text).casefold()
    return _SPACE.sub(" ", _MARKUP.sub("", text)).strip()


@dataclass(frozen=True)
class GoldNote:
    corpus: str
    path: str
    split: str


@dataclass(frozen=True)
class GoldCard:
    corpus: str
    path: str
    line: int
    terms: tuple[str, ...]
    keys: tuple[str, ...]
    tier: str


def _alternatives(field: str) -> tuple[str, ...]:
    if field.strip() in ("", "-"):
        return ()
    parts = re.split(r"(?<!\\)\|", field)
    return tuple(part.replace("\\|", "|").strip() for part in parts if part.strip())


def load_notes() -> list[GoldNote]:
    with (GOLD / "notes.tsv").open(encoding="utf-8", newline="") as handle:
        return [
            GoldNote(row["corpus"], row["path"], row["split"])
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def load_cards(corpora: set[str] | None = None) -> list[GoldCard]:
    cards: list[GoldCard] = []
    for file in sorted((GOLD / "cards").glob("*.tsv")):
        if corpora is not None and file.stem not in corpora:
            continue
        with file.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(
                csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), 1
            ):
                if number == 1 or not row or row[0].startswith("#"):
                    continue
                if len(row) != 6 or row[5] not in TIERS:
                    raise ValueError(
                        f"{file.name}:{number}: want 6 fields and a tier in {TIERS}: {row}"
                    )
                corpus, path, line, terms, keys, tier = row
                cards.append(
                    GoldCard(
                        corpus, path, int(line), _alternatives(terms), _alternatives(keys), tier
                    )
                )
    return cards
