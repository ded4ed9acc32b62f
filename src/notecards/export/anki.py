"""Anki packages (.apkg) of the cards, with genanki.

- Our own note types, with fixed ids so that every export uses the same ones: *notecards
  Basic* (Front, Back, Context, Source), *notecards Basic and reversed* (the same fields, a
  card each way) and *notecards Cloze* (Text, Extra, Context, Source).
- Decks keep their ``::`` hierarchy; each deck's id is derived from its name.
- Tags: the card's tags plus its deck (spaces become ``_``, as Anki tags cannot hold them).
- Each note's GUID comes from the card's origin key, which never changes, and every note
  carries the export's time as its modification time. Anki updates a note it already has
  only from a newer one, so importing a later export updates every note in place: no
  duplicates, the edits applied, and Anki's scheduling kept (the cards are not touched).
  The notes are the source of truth: a change made to these notes inside Anki is replaced
  by the next import.
- Fields are HTML from :mod:`notecards.export.html`; local images become packed media.
"""

from __future__ import annotations

import hashlib
import html
import os
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import genanki

from notecards.core.model import CardKind, NoteWarning
from notecards.export.html import to_html
from notecards.export.media import MediaPacker
from notecards.storage.exporting import ExportCard, cards_for_export
from notecards.wording import plural

if TYPE_CHECKING:
    from notecards.storage.db import Database

Progress = Callable[[int, int], None]

BASIC_MODEL_ID = 1_607_392_319
REVERSED_MODEL_ID = 1_607_392_320
CLOZE_MODEL_ID = 1_607_392_321
_DECK_ID_BASE = 1 << 30

CSS = """\
.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left;
        color: black; background-color: white; line-height: 1.5; }
.context { font-size: 14px; color: #777; margin-bottom: 0.8em; }
.source { font-size: 12px; color: #999; margin-top: 1.2em; }
.front { font-weight: 600; }
pre { background: #f5f5f5; padding: 0.6em; border-radius: 4px; overflow-x: auto; }
code { font-family: ui-monospace, monospace; font-size: 0.9em; }
.cloze { font-weight: bold; color: #1565c0; }
.nightMode .card, .night_mode .card { color: #eee; background-color: #222; }
.nightMode pre, .night_mode pre { background: #333; }
"""
_CONTEXT = "{{#Context}}<div class=context>{{Context}}</div>{{/Context}}"
_SOURCE = "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}"
_BASIC_FIELDS = [{"name": "Front"}, {"name": "Back"}, {"name": "Context"}, {"name": "Source"}]


def _forward() -> dict[str, str]:
    return {
        "name": "Card 1",
        "qfmt": f"{_CONTEXT}<div class=front>{{{{Front}}}}</div>",
        "afmt": f"{{{{FrontSide}}}}<hr id=answer>{{{{Back}}}}{_SOURCE}",
    }


BASIC = genanki.Model(
    BASIC_MODEL_ID, "notecards Basic", fields=_BASIC_FIELDS, templates=[_forward()], css=CSS
)
REVERSED = genanki.Model(
    REVERSED_MODEL_ID,
    "notecards Basic and reversed",
    fields=_BASIC_FIELDS,
    templates=[
        _forward(),
        {
            "name": "Card 2",
            "qfmt": f"{_CONTEXT}<div class=front>{{{{Back}}}}</div>",
            "afmt": f"{{{{FrontSide}}}}<hr id=answer>{{{{Front}}}}{_SOURCE}",
        },
    ],
    css=CSS,
)
CLOZE = genanki.Model(
    CLOZE_MODEL_ID,
    "notecards Cloze",
    fields=[{"name": "Text"}, {"name": "Extra"}, {"name": "Context"}, {"name": "Source"}],
    templates=[
        {
            "name": "Cloze",
            "qfmt": f"{_CONTEXT}{{{{cloze:Text}}}}",
            "afmt": f"{_CONTEXT}{{{{cloze:Text}}}}<br>{{{{Extra}}}}{_SOURCE}",
        }
    ],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)
_MODELS = {CardKind.BASIC: BASIC, CardKind.REVERSED: REVERSED, CardKind.CLOZE: CLOZE}


def deck_id(name: str) -> int:
    """A deck's id, the same in every export."""
    digest = hashlib.blake2b(f"notecards deck {name}".encode(), digest_size=8).digest()
    return _DECK_ID_BASE + int.from_bytes(digest, "big") % _DECK_ID_BASE


def note_guid(origin_key: str) -> str:
    return str(genanki.guid_for("notecards", origin_key))


def _tag(text: str) -> str:
    return "_".join(text.split())


@dataclass
class ExportReport:
    notes: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    decks: int = 0
    media: int = 0
    warnings: list[NoteWarning] = field(default_factory=list)

    def summary(self, out: Path) -> str:
        kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(self.kinds.items()))
        return (
            f"wrote {out}: {plural(self.notes, 'note')} ({kinds or 'none'}) in "
            f"{plural(self.decks, 'deck')}, {plural(self.media, 'media file')}"
        )


def _note(item: ExportCard, media: MediaPacker) -> genanki.Note:
    card = item.card
    resolve = media.resolver(Path(item.root), card.source, card.line)
    context = " › ".join(html.escape(part) for part in (card.deck, *card.context))
    source = html.escape(f"{card.source}:{card.line}")
    question = to_html(card.question, resolve)
    answer = to_html(card.answer, resolve) if card.answer.strip() else ""
    tags = [_tag(tag) for tag in card.tags if tag.strip()] + [_tag(card.deck)]
    return genanki.Note(
        model=_MODELS[card.kind],
        fields=[question, answer, context, source],
        sort_field=card.question,
        tags=list(dict.fromkeys(tags)),
        guid=note_guid(item.origin_key),
    )


def write_package(
    cards: Sequence[ExportCard],
    out: Path,
    *,
    now: float | None = None,
    progress: Progress | None = None,
) -> ExportReport:
    """Write ``cards`` as an Anki package at ``out`` (replaced whole, or left as it was).

    ``now`` (seconds since the epoch; the current time by default) becomes every note's
    modification time: a later export must have a later one for Anki to take its updates.
    """
    report = ExportReport()
    media = MediaPacker()
    decks: dict[str, genanki.Deck] = {}
    for done, item in enumerate(cards, start=1):
        name = item.card.deck
        deck = decks.get(name)
        if deck is None:
            deck = decks[name] = genanki.Deck(deck_id(name), name)
        deck.add_note(_note(item, media))
        report.notes += 1
        report.kinds[item.card.kind.value] += 1
        if progress is not None:
            progress(done, len(cards))
    report.decks = len(decks)
    report.media = len(media.files)
    report.warnings = media.warnings
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="notecards-export-") as scratch:
        package = genanki.Package(list(decks.values()), media_files=media.copy_to(Path(scratch)))
        partial = out.with_name(f".{out.name}.partial")
        try:
            with warnings.catch_warnings():
                # our fields are sanitised HTML: genanki's check for unescaped text misfires
                warnings.filterwarnings("ignore", module="genanki")
                package.write_to_file(str(partial), timestamp=now or time.time())
            os.replace(partial, out)
        finally:
            partial.unlink(missing_ok=True)
    return report


def export_anki(
    database: Database,
    profile: str,
    out: Path,
    *,
    deck: str | None = None,
    include_suspended: bool = False,
    now: float | None = None,
    progress: Progress | None = None,
) -> ExportReport:
    """Export the active cards (of ``deck``; suspended ones only if asked) to ``out``."""
    with database.reading() as connection:
        cards = cards_for_export(
            connection, profile, deck=deck, include_suspended=include_suspended
        )
    return write_package(cards, out, now=now, progress=progress)
