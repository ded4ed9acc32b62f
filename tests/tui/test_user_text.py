"""The author's text is drawn as written: nothing in it is taken for HTML or Textual markup."""

from __future__ import annotations

from pathlib import Path

from notecards.study import StudySession

from .conftest import make_app, screen_text

HTML_LOOKING = (
    "- Vec<T>: a growable array\n"
    "- Generics: List<String> holds strings\n"
    "- Line break: a<br>b\n"
    "- XSS: <script>alert(1)</script> plain words\n"
)


async def review_screens(session: StudySession, deck: str, cards: int) -> str:
    """The terminal with each card of ``deck`` revealed, one after another."""
    app = make_app(session, first_screen="review", deck=deck)
    screens: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(cards):
            await pilot.press("space")
            await pilot.pause()
            screens.append(screen_text(app))
            await pilot.press("5")
    return "\n".join(screens)


async def test_text_that_looks_like_html_shows_as_written(
    session: StudySession, notes: Path
) -> None:
    (notes / "java").mkdir()
    (notes / "java" / "types.md").write_text(HTML_LOOKING, "utf-8")
    session.sync_notes()
    shown = await review_screens(session, "java", 4)
    assert "Vec<T>" in shown
    assert "List<String> holds strings" in shown
    assert "a<br>b" in shown
    assert "<script>alert(1)</script> plain words" in shown
