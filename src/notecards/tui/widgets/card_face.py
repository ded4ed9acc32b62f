"""A card on screen: its front, and its back once revealed, rendered as markdown.

Math shows as Unicode (``α = sup E``); one key switches to the TeX source and back. Notes
are markdown, not HTML: text that looks like a tag (``List<String>``, ``a<br>b``, ``<script>``)
is shown as the author wrote it, never taken for markup and dropped.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Markdown, Rule

from notecards.core.faces import Faces
from notecards.core.math_text import with_unicode_math


def markdown_parser() -> MarkdownIt:
    """Textual's own parser ("gfm-like") with raw HTML off: tags read as the text they are."""
    return MarkdownIt("gfm-like", {"html": False})


class CardFace(VerticalScroll):
    show_tex: reactive[bool] = reactive(False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._faces: Faces | None = None
        self._revealed = False

    def compose(self) -> ComposeResult:
        yield Markdown(id="front", open_links=False, parser_factory=markdown_parser)
        yield Rule(id="divider")
        yield Markdown(id="back", open_links=False, parser_factory=markdown_parser)

    def _markdown(self, text: str) -> str:
        return text if self.show_tex else with_unicode_math(text)

    async def show(self, faces: Faces, revealed: bool) -> None:
        """Draw ``faces``: the front, and the back too when ``revealed``."""
        changed = faces != self._faces
        self._faces, self._revealed = faces, revealed
        front = self.query_one("#front", Markdown)
        back = self.query_one("#back", Markdown)
        self.query_one("#divider", Rule).display = revealed
        back.display = revealed
        if changed:
            self.scroll_home(animate=False)
            await front.update(self._markdown(faces.front))
        if revealed:
            await back.update(self._markdown(faces.back))

    async def watch_show_tex(self) -> None:
        if self._faces is not None:
            faces, self._faces = self._faces, None
            await self.show(faces, self._revealed)
