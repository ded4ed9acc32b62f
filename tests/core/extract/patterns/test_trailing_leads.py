"""Answers cut off from what their last line leads into."""

from __future__ import annotations

from notecards.core.extract.patterns.trailing_leads import (
    without_dangling_lines,
    without_trailing_lead_in,
)
from tests.conftest import by_question, cards_of


def test_a_label_item_whose_content_went_elsewhere_leaves_a_list_answer() -> None:
    """Reported: ``- Code:`` closed a list answer; its code block was no part of it."""
    answer = "- Goal: the slope of the loss\n- Shape: a scalar, so one number\n- Code:"
    assert (
        without_dangling_lines(answer)
        == "- Goal: the slope of the loss\n- Shape: a scalar, so one number"
    )
    labels = "- idea one\n- Browse:\n- Locate:\n- Explore:"
    assert without_dangling_lines(labels) == "- idea one"
    step = "1. split the images\n2. paste the objects\n3. adjust their box labels accordingly:"
    assert without_dangling_lines(step) == step  # a step that says what to do stays


def test_a_closing_paragraph_that_only_leads_on_is_cut_one_that_says_more_keeps_its_news() -> None:
    leads = "The cache keeps pages for an hour.\n\nHere's the rule I used:"
    assert without_dangling_lines(leads) == "The cache keeps pages for an hour."
    says = (
        "The cache keeps pages for an hour.\n\n"
        "I found the setting under Rules -> Caching. Here's how I set it:"
    )
    assert without_dangling_lines(says) == (
        "The cache keeps pages for an hour.\n\nI found the setting under Rules -> Caching."
    )
    story = (
        "The cache keeps pages.\n\nI finally found a working image by sorting the registry by date:"
    )
    assert without_dangling_lines(story) == story  # the writer's one sentence says how


def test_indented_code_and_one_line_answers() -> None:
    code = "Retry until it works:\n\n    while true:"
    assert without_dangling_lines(code) == code
    assert without_trailing_lead_in("It keeps pages. Here's the one I used:") == "It keeps pages."
    assert without_dangling_lines("It is hidden in Settings -> Shell:") == (
        "It is hidden in Settings -> Shell:"
    )


def test_a_list_card_no_longer_ends_on_a_label_whose_block_it_lost() -> None:
    """The program under ``- Code:`` is too long to answer with: the label goes with it. A
    line or two of code stays under its label (the list read as steps with their code)."""
    program = "```python\nerr = y_hat - y\nloss = err ** 2\ngrad = 2 * err\nstep = lr * grad\n```"
    text = (
        "# Gradients\n\n## Scalar by scalar\n\n"
        "- the loss is the squared error of one prediction\n"
        "- both are scalars, so the gradient is one number\n"
        "- Code:\n\n"
    )
    answer = by_question(cards_of(f"{text}{program}\n", "ml/gradients.md"))["Scalar by scalar"]
    assert answer.answer == (
        "- the loss is the squared error of one prediction\n"
        "- both are scalars, so the gradient is one number"
    )
    short = "```python\ngrad = y_hat - y\n```"
    answer = by_question(cards_of(f"{text}{short}\n", "ml/gradients.md"))["Scalar by scalar"]
    assert answer.answer.endswith(f"- Code:\n{short}")


def test_a_closing_paragraph_that_says_what_happens_before_pointing_on_stays() -> None:
    """``Clicking "New" creates a private page with a random name that looks like this:``
    says what clicking does; only its screenshot is gone."""
    says = (
        "The home page has a button for it.\n\n"
        'Clicking "New" creates a private page with a random name that looks like this:'
    )
    assert without_dangling_lines(says) == says
    short = "These are the rules.\n\nAll of the following statements are equivalent:"
    assert without_dangling_lines(short) == "These are the rules."
