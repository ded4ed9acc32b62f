"""What a section's body says: its opening blocks and which of its lines are cards."""

from __future__ import annotations

from notecards.core.extract.blocks import Block, parse
from notecards.core.extract.proposal import Idiom, Proposal
from notecards.core.extract.proposers.section_text import (
    command_of,
    opening,
    unclaimed,
    without_metadata,
)
from notecards.core.model import CardKind


def _blocks(text: str) -> list[Block]:
    return parse(text)


def test_the_opening_is_past_the_notes_own_metadata() -> None:
    text = "Tags:\n- [[Databases]]\n\nAn index speeds up reads.\n\nMore text.\n"
    first, after = opening(without_metadata(_blocks(text)))
    assert first is not None and first.text.startswith("An index")
    assert after is not None and after.text == "More text."


def test_a_paragraph_whose_later_line_defines_a_term_answers_with_the_lines_before() -> None:
    text = "Following someone in behind them.\nPiggybacking is when they know.\n"
    lines = text.split("\n")
    (paragraph,) = _blocks(text)
    defined = Proposal(CardKind.BASIC, "Piggybacking", "...", 2, (), Idiom.PROSE_DEFINITION)
    assert unclaimed(paragraph, lines, [defined]) == ("Following someone in behind them.", False)
    assert unclaimed(paragraph, lines, []) == (text.strip(), True)


def test_under_a_title_a_card_on_what_code_does_leaves_the_paragraph_free() -> None:
    text = "The `npm ls` command can be used to list dependencies.\n"
    lines = text.split("\n")
    (paragraph,) = _blocks(text)
    on_code = Proposal(CardKind.BASIC, "`npm ls`", "...", 1, (), Idiom.PROSE_DEFINITION)
    assert unclaimed(paragraph, lines, [on_code]) is None
    assert unclaimed(paragraph, lines, [on_code], titled=True) is not None


def test_a_command_is_a_line_or_three_of_code() -> None:
    text = "```bash\ngit stash pop\n```\n"
    (block,) = _blocks(text)
    assert command_of(block, text.split("\n")) == "```bash\ngit stash pop\n```"
