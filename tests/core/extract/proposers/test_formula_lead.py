"""A sentence that names a quantity and gives it as the display formula under it."""

from __future__ import annotations

from tests.conftest import by_question, cards_of


def test_a_named_quantity_and_its_formula_are_a_card() -> None:
    text = (
        "# Geometric distribution\n\n"
        "The number of trials up to the first success, each a success with chance $$p$$.\n\n"
        "Its mean is:\n\n$$E[X] = \\frac{1}{p}$$\n\n"
        "The sample variance is defined as:\n\n$$s^2 = \\frac{1}{n-1}\\sum_i (x_i - \\bar x)^2$$\n"
    )
    cards = by_question(cards_of(text, "geometric.md"))
    assert cards["mean"].answer == "Its mean is:\n\n$$E[X] = \\frac{1}{p}$$"
    assert cards["mean"].context[0] == "Geometric distribution"
    assert cards["sample variance"].answer.startswith("The sample variance is defined as:")


def test_a_step_of_a_derivation_names_no_quantity() -> None:
    text = (
        "# Working\n\nWe expand the square first.\n\n"
        "Then the score is:\n\n$$s = 2x$$\n\n"
        "The final formula is:\n\n$$y = 3$$\n\n"
        "So, it is:\n\n$$z = 4$$\n"
    )
    questions = {card.question for card in cards_of(text, "working.md")}
    assert not questions & {"score", "final formula", "formula", "it"}
