"""Where a one-tip note's tip starts: past the story, at the writer's announced solution."""

from __future__ import annotations

import pytest

from notecards.core.extract.proposers.tip_start import announces_the_solution
from tests.conftest import by_question, cards_of


@pytest.mark.parametrize(
    "text",
    [
        "Here's what I did.",
        "Here's my recipe for turning a slide deck into a PDF.",
        "Here's the pattern I came up with to warm the cache:",
        "Here is the process that worked for me.",
        "Here's how to get going with it from Python.",
        "I worked out the following approach for that.",
    ],
)
def test_the_writer_announces_the_solution(text: str) -> None:
    assert announces_the_solution(text)


@pytest.mark.parametrize(
    "text",
    [
        "Here's the `settings.json`:",
        "Here's what I learned about packaging a tiny library.",
        "Here's an example of a broken row:",
        "The recipe below is long.",
    ],
)
def test_other_paragraphs_announce_no_solution(text: str) -> None:
    assert not announces_the_solution(text)


def test_a_task_title_is_answered_by_the_solution_its_writer_announces() -> None:
    """What the tool is, then the writer's attempts, then ``Here's what I did.`` and the
    steps: the steps answer the task the title names, not the tool's introduction."""
    text = (
        "# Running a tiny web server on a spare tablet\n\n"
        "Termux gives an Android tablet a real Linux userland, packages and all.\n\n"
        "I tried a server app from the store first; it kept dying in the background.\n\n"
        "It half works now. Pages load slowly, so something is still off.\n\n"
        "Here's what I did.\n\n"
        "1. Install Termux from F-Droid\n"
        "2. Open a session - I used the default shell\n"
        "3. Run `pkg install python`\n"
        "4. Serve the folder with `python -m http.server 8000`\n"
    )
    card = by_question(cards_of(text))["Running a tiny web server on a spare tablet"]
    assert card.answer.startswith("1. Install Termux")
    assert "python -m http.server 8000" in card.answer
    assert "userland" not in card.answer


def test_a_recipe_announced_in_my_words_is_the_tip_even_when_its_steps_are_cards() -> None:
    """``Here's my recipe for ...`` + steps whose code makes cards of their own: the steps
    still answer the title, not the remark after them."""
    text = (
        "# Shrinking PNG screenshots on Linux\n\n"
        "I asked around for a good way to shrink screenshots before posting them.\n\n"
        "Here's my recipe for shrinking one file.\n\n"
        "1. Install the tool:\n\n"
        "    ```bash\n    sudo apt install pngquant\n    ```\n\n"
        "2. Shrink the file:\n\n"
        "    ```bash\n    pngquant --quality 60-80 shot.png\n    ```\n\n"
        "This wrote a much smaller copy next to the original.\n"
    )
    card = by_question(cards_of(text))["Shrinking PNG screenshots on Linux"]
    assert "pngquant --quality 60-80 shot.png" in card.answer
    assert not card.answer.startswith("This wrote")
