"""A long card is drawn a piece at a time: its start at once, the rest as the reader scrolls."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Markdown

from notecards.storage.db import open_database
from notecards.study import StudySession
from notecards.sync import sync
from notecards.tui.widgets.card_face import CardFace
from notecards.tui.widgets.markdown_chunks import markdown_pieces

from .conftest import make_app, screen_text


def test_pieces_join_back_into_the_text_and_never_cut_code_or_math() -> None:
    text = "".join(
        f"Paragraph {n}.\n\n```python\nx = {n}\n\ny = {n}\n```\n\n$$\na_{n}\n\nb\n$$\n\n"
        for n in range(100)
    )
    pieces = markdown_pieces(text, first=50, size=50)
    assert "".join(pieces) == text and len(pieces) > 10
    for piece in pieces:
        assert piece.count("```") % 2 == 0 and piece.count("$$") % 2 == 0


@given(st.text(alphabet="ab \n`$-*", max_size=400))
def test_pieces_always_join_back(text: str) -> None:
    assert "".join(markdown_pieces(text * 10, first=10, size=10)) == text * 10


async def test_a_huge_answer_shows_its_start_then_the_rest_as_you_scroll(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    paragraphs = "\n\n".join(f"  Section {n} of the long answer." for n in range(400))
    (notes / "long.md").write_text(f"- Long term\n\n{paragraphs}\n", "utf-8")
    database = open_database(f"sqlite:///{tmp_path / 'n.db'}")
    sync(database, [notes])
    app = make_app(StudySession(database, "me"), first_screen="review")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        await pilot.pause()
        shown = screen_text(app)
        assert "Section 0 of the long answer." in shown, shown
        back = app.screen.query_one("#back", Markdown)
        drawn_blocks = len(back.children)
        assert drawn_blocks < 60  # a few screens drawn, not 400 paragraphs
        face = app.screen.query_one(CardFace)
        for _ in range(200):
            face.scroll_end(animate=False)
            await pilot.pause()
            if "Section 399 of the long answer." in screen_text(app):
                break
        assert "Section 399 of the long answer." in screen_text(app)
        assert len(back.children) > drawn_blocks
    database.close()
