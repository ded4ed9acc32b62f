"""Definitions and results stated inline under a label of their own."""

from __future__ import annotations

from tests.conftest import by_question, cards_of

NOTE = r"""# Random variables

**Definition 2.1.** A **discrete random variable** is a function $X: \Omega \to \mathbb{R}$
whose image is countable.

Definition 2.6. The expectation (or mean) of $X$ is

$$E[X] = \sum_x x P(X = x)$$

**Lemma. Markov's inequality** $P(X \ge a) \le E[X] / a$ for $a > 0$.

Theorem 2.9. If $X$ and $Y$ are independent, then $E[XY] = E[X]E[Y]$.

**Definition 2.11.** For a random variable $X$, the variance of $X$ is defined by:

$$Var(X) = E[(X - E[X])^2]$$
"""


def test_the_label_names_the_term_or_the_statement_does() -> None:
    cards = by_question(cards_of(NOTE))
    assert set(cards) == {
        "discrete random variable",
        "expectation",
        "Markov's inequality",
        "Theorem 2.9",
        "variance",
    }
    assert cards["expectation"].answer.endswith("$$E[X] = \\sum_x x P(X = x)$$")
    assert cards["variance"].answer.startswith("For a random variable")
    assert cards["Theorem 2.9"].context == ("Random variables",)


def test_prose_that_only_mentions_a_definition_is_no_card() -> None:
    assert cards_of("The definition of a group is in chapter 2, as we saw.\n") == []


def test_a_result_whose_statement_opens_with_its_linked_name_is_asked_by_it() -> None:
    text = (
        "Theorem 4.1. [Jensen's inequality](https://example.org/jensen) bounds a convex "
        "function of a mean by the mean of the function.\n"
    )
    (card,) = cards_of(text)
    assert card.question == "Jensen's inequality"


def test_a_result_leading_into_its_conditions_is_answered_with_them_once() -> None:
    """``... Then`` + the numbered conditions: the result's card holds them, and the
    section's heading asks nothing more of the same list."""
    text = (
        "# Measures\n\n**Theorem 4.2**. Let $P$ be a probability measure on $F$. Then\n"
        "1. $P(\\emptyset) = 0$;\n2. $P(A \\cup B) \\le P(A) + P(B)$.\n"
    )
    cards = by_question(cards_of(text, "measures.md"))
    assert set(cards) == {"Theorem 4.2"}
    assert cards["Theorem 4.2"].answer.endswith("2. $P(A \\cup B) \\le P(A) + P(B)$.")


def test_a_name_in_parentheses_after_the_label_names_the_result() -> None:
    text = (
        "# Expectation\n\n**Theorem 3.1** (Tower rule = Law of iterated expectation).\n\n"
        "$E[E[X|Y]] = E[X]$\n\n**Lemma 2** (Union bound). The probability of a union is at "
        "most the sum of the probabilities.\n"
    )
    cards = by_question(cards_of(text, "expectation.md"))
    assert cards["Tower rule"].answer == "$E[E[X|Y]] = E[X]$"
    assert cards["Union bound"].answer.startswith("The probability of a union is at most")


def test_a_formulas_subscripts_name_no_term_of_a_definition() -> None:
    """``__Definition 2__: A kernel ... for any $$x_1, ..., x_n$$``: the underscores are
    subscripts, not emphasis; the definition's opening phrase names its term."""
    text = (
        "# Kernels\n\n## Definitions\n\n__Definition 2__: A p.d. kernel on a set is a function "
        "that gives non-negative sums for any $$x_1, ..., x_n$$.\n"
    )
    assert "1, ..., x" not in [card.question for card in cards_of(text)]


def test_an_unnamed_result_is_asked_by_what_it_assumes() -> None:
    """``**Theorem**: A ... if and only if B``, ``Claim: Let ... Then ...``: the hypothesis
    (or one side) asks, the conclusion answers; a result that assumes nothing has no card."""
    text = (
        "# Graphs\n\nSome facts about graphs follow.\n\n"
        "**Theorem**: A graph is bipartite if and only if it has no cycle of odd length.\n\n"
        "Claim: Let $G$ be a tree with $n$ vertices. Then $G$ has $n - 1$ edges.\n\n"
        "**Lemma**: Every finite graph has an even number of odd-degree vertices.\n"
    )
    cards = by_question(cards_of(text, "graphs.md"))
    bipartite = cards["Theorem: A graph is bipartite if and only if …"]
    assert bipartite.answer == "it has no cycle of odd length."
    tree = cards["Claim: Let $G$ be a tree with $n$ vertices. Then …"]
    assert tree.answer == "$G$ has $n - 1$ edges."
    assert not any(question.startswith("Lemma") for question in cards)


def test_an_unnamed_result_opening_its_section_answers_the_heading() -> None:
    text = (
        "# Graphs\n\n## Handshake lemma\n\n**Lemma**: If a graph has $m$ edges, then the "
        "degrees of its vertices sum to $2m$.\n"
    )
    assert "Handshake lemma" in by_question(cards_of(text, "graphs.md"))


def test_a_result_or_definition_in_a_list_item_is_asked_as_in_a_paragraph() -> None:
    text = (
        "# Groups\n\n- Corollary. If a group has prime order, then it is cyclic.\n"
        "- Definition. A group is abelian if any two of its elements commute.\n"
        "- Lemma. If $H$ is a subgroup of a finite group $G$, then $|H|$ divides $|G|$.\n"
        "\t- Cosets of $H$ split $G$ into parts of equal size.\n"
        "- **Default order.** The order a group is listed in when none is given.\n"
    )
    cards = by_question(cards_of(text, "groups.md"))
    assert cards["Corollary: If a group has prime order, then …"].answer == "it is cyclic."
    assert cards["abelian group"].answer.startswith("A group is abelian if")
    lagrange = cards["Lemma: If $H$ is a subgroup of a finite group $G$, then …"]
    assert lagrange.answer.startswith("$|H|$ divides $|G|$.\n\n- Cosets of $H$ split")
    assert "ault order" not in cards  # "Default" is no "Def." label
