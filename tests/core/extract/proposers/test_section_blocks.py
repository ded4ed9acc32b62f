"""What follows a section's opening paragraph: a label of its own, a series, announced code."""

from __future__ import annotations

import pytest

from notecards.core.extract import blocks
from notecards.core.extract.proposers import section_blocks


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        ("특징", True),  # a facet of the subject above
        ("**Properties**", True),
        ("Main traits:", True),  # a few words and a colon
        ("You can find it by running this command:", False),  # a sentence leading in
        ("62 results", False),  # a count
        ("It stays in memory until the process exits.", False),
    ],
)
def test_a_line_that_labels_the_block_after_it(line: str, labels: bool) -> None:
    assert section_blocks.labels_what_follows(line) is labels


def test_announced_code_is_short_unclaimed_and_not_the_first_of_a_series() -> None:
    text = "Getting one is easy. Run:\n\n```\nbot login\n```\n"
    body = blocks.parse(text)
    lines = text.split("\n")
    assert section_blocks.announced_code(body[0], body, lines, []) == "```\nbot login\n```"
    series = "Each is shown below:\n\n```\nbot login\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    body = blocks.parse(series)
    assert section_blocks.announced_code(body[0], body, series.split("\n"), []) == ""
    long_code = "Run:\n\n```\n" + "step\n" * 20 + "```\n"
    body = blocks.parse(long_code)
    assert section_blocks.announced_code(body[0], body, long_code.split("\n"), []) == ""
