"""No card holds more than a screenful can take: huge text is cut, with a warning."""

from __future__ import annotations

from notecards.core.extract import MAX_CARD_CHARACTERS, extract_note


def test_a_huge_single_line_definition_is_cut_with_a_warning() -> None:
    text = "# Notes\n\n- Term: " + "word " * 6_000_000  # a 30 MB line
    extraction = extract_note(text, "dump.md")
    (card,) = extraction.cards
    assert card.question == "Term"
    assert len(card.answer) <= MAX_CARD_CHARACTERS
    assert card.answer.startswith("word word") and card.answer.endswith(
        "(cut: the rest is in the note)"
    )
    (warning,) = extraction.warnings
    assert str(warning) == (
        f"dump.md:3: card 'Term' holds 29,999,999 characters; cut to {MAX_CARD_CHARACTERS:,}"
    )


def test_a_cut_inside_a_code_block_closes_it() -> None:
    code = "\n".join(f"    x{number} = {number}" for number in range(4_000))
    # (with a line that explains it: an answer that is only code is no card)
    text = f"- Setup\n  declares the variables\n  ```python\n{code}\n  ```\n"
    (card,) = extract_note(text, "code.md").cards
    assert len(card.answer) <= MAX_CARD_CHARACTERS
    assert card.answer.count("```") % 2 == 0


def test_ordinary_cards_are_untouched() -> None:
    extraction = extract_note("- Term: " + "a" * (MAX_CARD_CHARACTERS - 10) + "\n", "ok.md")
    (card,) = extraction.cards
    assert len(card.answer) == MAX_CARD_CHARACTERS - 10 and not extraction.warnings
