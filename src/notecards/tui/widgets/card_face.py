"""A card on screen: its front, and its back once revealed, rendered as markdown.

Math shows as Unicode (``α = sup E``); one key switches to the TeX source and back. Notes
are markdown, not HTML: text that looks like a tag (``List<String>``, ``a<br>b``, ``<script>``)
is shown as the author wrote it, never taken for markup and dropped. A long face is drawn a
piece at a time (:mod:`notecards.tui.widgets.markdown_chunks`): its start at once, the rest
as the reader scrolls near it, so that no card, however long, holds the screen still.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Markdown, Rule

from notecards.core.faces import Faces
from notecards.core.math_text import with_unicode_math
from notecards.tui.widgets.markdown_chunks import markdown_pieces


def markdown_parser() -> MarkdownIt:
    """Textual's own parser ("gfm-like") with raw HTML off: tags read as the text they are."""
    return MarkdownIt("gfm-like", {"html": False})


class CardFace(VerticalScroll):
    show_tex: reactive[bool] = reactive(False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._faces: Faces | None = None
        self._revealed = False
        # pieces of a long face not drawn yet, per side: drawn as the reader scrolls to them
        self._pending: dict[str, list[str]] = {}
        self._filling = False

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
            self._pending.pop("back", None)
            await self._draw(front, self._markdown(faces.front))
            if not revealed and back.children:
                # the last card's answer is cleared once the new question is drawn, so that
                # neither the question nor the reveal waits on taking it down
                self.call_after_refresh(self._clear_back)
        if revealed:
            await self._draw(back, self._markdown(faces.back))

    async def _clear_back(self) -> None:
        if not self._revealed:
            await self.query_one("#back", Markdown).update("")

    async def _draw(self, widget: Markdown, text: str) -> None:
        """The first piece of ``text`` now; the others when the reader comes near them."""
        first, *rest = markdown_pieces(text)
        self._pending[widget.id or ""] = rest
        await widget.update(first)
        if rest:
            self.call_after_refresh(self._fill)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._pending:
            self.call_after_refresh(self._fill)

    async def _fill(self) -> None:
        """Append the next waiting piece while the drawn text ends within two screens of
        where the reader is; one piece per refresh, so keys and frames come between."""
        if self._filling:
            return
        side = "front" if self._pending.get("front") else "back"
        pieces = self._pending.get(side)
        if not pieces or self.virtual_size.height > self.scroll_y + 3 * self.size.height:
            return
        self._filling = True
        try:
            await self.query_one(f"#{side}", Markdown).append(pieces.pop(0))
        finally:
            self._filling = False
        if not pieces:
            del self._pending[side]
        self.call_after_refresh(self._fill)

    async def watch_show_tex(self) -> None:
        if self._faces is not None:
            faces, self._faces = self._faces, None
            await self.show(faces, self._revealed)
