"""The list the walker is reading: where in it the item being read stands, whether it is
nested in an item of another list, and what the walker works out about its items as a
whole (each at most once per list, and only when an item first needs it)."""

from __future__ import annotations

from notecards.core.extract import list_shapes
from notecards.core.extract.blocks import Block


class ListBeingRead:
    """One list being read (``block`` None: none, outside every list)."""

    def __init__(self, block: Block | None, *, nested: bool) -> None:
        self.block = block
        self.nested = nested  # it is nested in an item of another list
        self.item_at = 0  # where the item being read stands in it
        self._code_glossed: bool | None = None
        self._subjects_stated: bool | None = None
        self._bold_sentences: bool | None = None

    def earlier_items(self) -> list[str]:
        """The first lines of the items before the one being read."""
        block = self.block
        if block is None:
            return []
        return [
            item.children[0].text.split("\n", 1)[0]
            for item in block.children[: self.item_at]
            if item.kind == "item" and item.children and item.children[0].kind == "paragraph"
        ]

    def glosses_code(self) -> bool:
        """Whether it glosses code in every item (``- `ss -t` TCP sockets``)."""
        if self._code_glossed is None:
            block = self.block
            self._code_glossed = block is not None and list_shapes.glosses_code(block)
        return self._code_glossed

    def states_subjects(self) -> bool:
        """Whether every item says what its own subject is."""
        if self._subjects_stated is None:
            block = self.block
            self._subjects_stated = block is not None and list_shapes.states_subjects(block)
        return self._subjects_stated

    def in_bold_glossary(self) -> bool:
        """Whether it is a glossary written in bold sentences (asked only of an item opening
        in bold that is no ``Term: definition``)."""
        if self._bold_sentences is None:
            block = self.block
            self._bold_sentences = block is not None and list_shapes.opens_in_bold(block)
        return self._bold_sentences
