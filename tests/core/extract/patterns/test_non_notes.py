"""Files with a note's extension that are no notes: drawings saved as markdown."""

from __future__ import annotations

from notecards.core.extract import extract_note
from notecards.core.extract.patterns.non_notes import is_drawing

DRAWING = (
    "---\nexcalidraw-plugin: parsed\ntags: [excalidraw]\n---\n"
    "==⚠  Switch to EXCALIDRAW VIEW in the MORE OPTIONS menu of this document. ⚠==\n\n"
    "# Text Elements\nEncoder ^a1B2c3\n\nDecoder: turns codes back into tokens ^d4E5f6\n\n"
    '%%\n# Drawing\n```json\n{"type": "excalidraw", "elements": []}\n```\n%%\n'
)


def test_a_drawing_saved_as_markdown_makes_no_cards() -> None:
    assert is_drawing(DRAWING)
    assert extract_note(DRAWING, "drawings/model.excalidraw.md").cards == ()


def test_a_note_about_excalidraw_is_a_note() -> None:
    note = "# Excalidraw\n\n- Excalidraw: a whiteboard tool that draws sketchy diagrams\n"
    assert not is_drawing(note)
    assert [card.question for card in extract_note(note, "tools.md").cards] == ["Excalidraw"]


LICENSE = (
    "The MIT License (MIT)\n\nCopyright (c) 2020 Someone\n\n"
    "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
    "software, to deal in the Software without restriction.\n\n"
    'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n'
)


def test_a_licence_file_makes_no_cards() -> None:
    """A blog's ``LICENSE.md`` (or a note that is a licence's text) is no study note."""
    assert extract_note(LICENSE, "LICENSE.md").cards == ()
    assert extract_note("# License\n\n- MIT: a permissive licence\n", "LICENSE.md").cards == ()
    assert extract_note(f"# Terms\n\n{LICENSE}", "about/terms.md").cards == ()


def test_a_note_about_licences_is_a_note() -> None:
    note = "# Licences\n\n- MIT: lets anyone reuse the code if the notice is kept\n"
    assert [card.question for card in extract_note(note, "licences.md").cards] == ["MIT"]
