"""Code on the sides of a separator: equations, statements, values."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns import code_sides


@pytest.mark.parametrize(
    ("term", "definition", "formula"),
    [
        ("y", "mx + b", True),
        ("box", "Crate()", True),
        ("let b", "Boo()", True),
        ("RoI", "Region of Interest", False),
        ("memory", "16g of RAM for the build", False),
    ],
)
def test_an_equation_or_an_assignment_is_a_formula(
    term: str, definition: str, formula: bool
) -> None:
    assert code_sides.is_formula(term, definition) is formula


@pytest.mark.parametrize(
    ("term", "definition", "statement"),
    [
        ("margin-right", "auto;", True),
        ("Cookie[] jar", "request.getJar();", True),
        ("인덱스 반환", "text.search(re);", False),  # a task said in words, and its code
        ("status", "a long sentence that ends oddly with a semicolon after many words;", False),
    ],
)
def test_a_statement_closed_by_its_semicolon(term: str, definition: str, statement: bool) -> None:
    assert code_sides.is_code_statement(term, definition) is statement


def test_a_number_in_code_names_a_value_and_a_bare_number_does_not() -> None:
    assert code_sides.names_a_value("`404`")
    assert not code_sides.names_a_value("404")
