"""A note laid out in HTML tags inside its markdown, read as the markdown it means."""

from __future__ import annotations

from notecards.core.extract import html_structure
from tests.conftest import by_question, cards_of

_NOTE = (
    '<h2 id="models">Linear models</h2>\n'
    "<div>\n"
    '<h3 id="adaline">Adaline</h3>\n'
    "<div>\n"
    "  <p>\n"
    "      An early single-layer network that learns its weights by least squares on the\n"
    '      <a href="#sum">weighted sum</a>, before any threshold is applied.\n'
    "  </p>\n"
    "</div>\n"
    "</div>\n"
)


def test_html_headings_and_paragraphs_make_the_cards_their_markdown_would() -> None:
    cards = by_question(cards_of(_NOTE, "models.md"))
    answer = cards["Adaline"].answer
    assert answer.startswith("An early single-layer network that learns its weights")
    assert "weighted sum" in answer and "<a" not in answer
    assert cards["Adaline"].line == 3


def test_lines_are_kept_and_code_and_plain_notes_are_left_alone() -> None:
    read = html_structure.as_markdown(_NOTE)
    assert read.count("\n") == _NOTE.count("\n")
    assert read.split("\n")[2] == "### Adaline"
    fenced = "# Tags\n\n```html\n<h3>Title</h3>\n<div>\n  <p>text</p>\n</div>\n```\n"
    assert html_structure.as_markdown(fenced) == fenced
    plain = "# Heaps\n\n    indented code stays code\n"
    assert html_structure.as_markdown(plain) is plain
