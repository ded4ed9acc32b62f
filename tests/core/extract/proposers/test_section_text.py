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
from tests.conftest import by_question, cards_of


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
    assert unclaimed(paragraph, lines, [on_code], title="List npm dependencies") is not None


def test_a_command_is_a_line_or_three_of_code() -> None:
    text = "```bash\ngit stash pop\n```\n"
    (block,) = _blocks(text)
    assert command_of(block, text.split("\n")) == "```bash\ngit stash pop\n```"


def test_a_paragraph_that_names_another_term_in_passing_still_answers_its_heading() -> None:
    """``#### Positional Encoding`` + a paragraph that names ``permutation invariance`` on
    its way and then speaks of positional encoding: the heading is answered by it whole,
    and the term named in passing is a card of its own."""
    text = (
        "# Transformer\n\n#### `Positional Encoding`\n\n"
        "문장에서는 단어의 순서가 중요하다. 하지만 `transformer`는 입력을 한 번에 처리하여 "
        "순서를 보지 않으며, 이를 `permutation invariance`라고 한다. 그래서 위치를 알려 주려고 "
        "`positional encoding`을 더한다.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["`Positional Encoding`"].answer.startswith("문장에서는 단어의 순서가 중요하다.")
    assert "`permutation invariance`" in cards


def test_a_term_named_last_under_a_title_leaves_the_paragraph_to_the_title() -> None:
    text = (
        "# Create A Composite Key\n\n"
        "The value that identifies one row of a table is the *primary key*. Two columns "
        "together can make one, declared at the end of the table definition.\n"
    )
    cards = by_question(cards_of(text, "postgres/composite-key.md"))
    assert "primary key" in cards
    assert "Two columns together" in cards["Create A Composite Key"].answer
