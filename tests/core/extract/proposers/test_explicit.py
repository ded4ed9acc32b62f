"""Explicit markup: ``Q :: A``, ``Q ::: A``, clozes and highlights."""

from __future__ import annotations

from notecards.core.model import CardKind
from tests.conftest import cards_of


def test_basic_and_reversed() -> None:
    cards = cards_of("Capital of France? :: Paris\nspaced repetition ::: 간격 반복\n")
    assert [(c.kind, c.question, c.answer) for c in cards] == [
        (CardKind.BASIC, "Capital of France?", "Paris"),
        (CardKind.REVERSED, "spaced repetition", "간격 반복"),
    ]


def test_cloze_deletions() -> None:
    (card,) = cards_of("The EF floor is {{c1::1.3}} and starts at {{c2::2.5}}.\n")
    assert card.kind is CardKind.CLOZE
    assert card.question == "The EF floor is {{c1::1.3}} and starts at {{c2::2.5}}."


def test_highlights() -> None:
    (card,) = cards_of("- The ==mitochondria== makes ==ATP==\n")
    assert card.question == "The {{c1::mitochondria}} makes {{c1::ATP}}"


def test_cloze_wrapped_over_lines_is_one_card() -> None:
    (card,) = cards_of("A long sentence with a {{c1::deletion}}\nthat wraps onto a second line.\n")
    assert card.question.endswith("second line.")


def test_markup_inside_code_is_ignored() -> None:
    assert cards_of("```cpp\nstd::vector<int> v; // ==x== {{c1::y}}\n```\n") == []


def test_a_highlight_inside_a_definition_marks_its_key_words() -> None:
    (card,) = cards_of("- Mitochondria: the ==powerhouse== of the cell\n")
    assert card.kind is CardKind.BASIC
    assert (card.question, card.answer) == ("Mitochondria", "the ==powerhouse== of the cell")
    (cloze,) = cards_of("- The ==mitochondria== is the powerhouse of the cell\n")
    assert cloze.kind is CardKind.CLOZE


def test_markdown_and_flat_exports_read_a_line_alike() -> None:
    line = "Capital of France :: Paris, not ==Lyon=="
    (markdown,) = cards_of(f"- {line}\n")
    flat, _ = cards_of(f"Places\n• {line}\n• Rome: capital of Italy\n", "export.txt")
    assert markdown.kind is flat.kind is CardKind.BASIC
    assert (markdown.question, markdown.answer) == (flat.question, flat.answer)


def test_a_highlighted_term_is_asked_not_hidden_whole() -> None:
    # a cloze of the whole line would hide everything it could ask about
    text = (
        "# Sockets\n\n"
        "- **==`listen`==**\n"
        "    - marks the socket as passive\n"
        "    - takes the backlog length\n"
        "- the backlog is ==the queue of pending connections==\n"
    )
    cards = cards_of(text, "sockets.md")
    assert [(card.kind, card.question) for card in cards] == [
        (CardKind.BASIC, "`listen`"),
        (CardKind.CLOZE, "the backlog is {{c1::the queue of pending connections}}"),
    ]
    assert cards[0].answer == "- marks the socket as passive\n- takes the backlog length"
