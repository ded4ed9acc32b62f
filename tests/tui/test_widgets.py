"""The card face renders markdown: lists, emphasis and highlighted code, with math as symbols."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Markdown, Static
from textual.widgets._markdown import MarkdownBulletList, MarkdownFence

from notecards.core.faces import Faces
from notecards.tui.widgets.card_face import CardFace

ANSWER = """Keeps the gradient flowing:

- the *cell state* carries **memory**
- gates decide what to forget, with $\\sigma(x) \\in (0, 1)$

```python
h, c = lstm(x, (h, c))
```
"""


class FaceApp(App[None]):
    def compose(self) -> ComposeResult:
        yield CardFace(id="face")


async def test_answers_render_as_markdown_with_code_and_math() -> None:
    app = FaceApp()
    async with app.run_test(size=(80, 30)) as pilot:
        face = app.query_one(CardFace)
        await face.show(Faces("LSTM", ANSWER), revealed=True)
        await pilot.pause()
        back = app.query_one("#back", Markdown)
        assert back.query(MarkdownBulletList)
        fence = back.query_one(MarkdownFence)
        assert fence.lexer == "python"
        paragraphs = "\n".join(str(block.content) for block in back.query(Static))
        assert "σ(x) ∈ (0, 1)" in paragraphs
        face.show_tex = True
        await pilot.pause()
        assert "$\\sigma(x) \\in (0, 1)$" in back.source
        assert "`" in back.source and "h, c = lstm(x, (h, c))" in back.source


async def test_the_back_stays_hidden_until_revealed() -> None:
    app = FaceApp()
    async with app.run_test(size=(80, 30)):
        face = app.query_one(CardFace)
        await face.show(Faces("LSTM", ANSWER), revealed=False)
        assert not app.query_one("#back", Markdown).display
        assert app.query_one("#front", Markdown).source == "LSTM"
