"""Definition and theorem headings: the term they name asks, the paragraph answers."""

from __future__ import annotations

from tests.conftest import cards_of

LECTURE = r"""# Probability

### Definition 3.1 (Sample space)
The set $\Omega$ of all possible outcomes.

### Definition 3.2
A **random variable** is a measurable function $X: \Omega \to \mathbb{R}$.

### Theorem 3.3 (Bayes)
For events with $P(B) > 0$:

$$P(A \mid B) = \frac{P(B \mid A) P(A)}{P(B)}$$

**Proof.** Follows from the definition of conditional probability.

### Definition 3.4 (Support)
- Support: where the density is positive

### Definition
How likely an event is, a number from 0 to 1.

Remark: the variance can be infinite.

> **Example 3.5** Rolling a die: six outcomes.
"""


def test_definition_and_theorem_headings_ask_for_what_they_name() -> None:
    cards = {card.question: card for card in cards_of(LECTURE)}
    # a bare Definition heading with nothing emphasised asks for what it is under
    assert set(cards) == {
        "Sample space",
        "random variable",
        "Bayes",
        "Support",
        "Probability — Definition",
    }
    assert (
        cards["Probability — Definition"].answer == "How likely an event is, a number from 0 to 1."
    )
    assert cards["Sample space"].answer == r"The set $\Omega$ of all possible outcomes."
    assert cards["Sample space"].context == ("Probability",)  # the title, its H1
    assert cards["random variable"].line == 6
    assert cards["Bayes"].answer.endswith(r"\frac{P(B \mid A) P(A)}{P(B)}$$")
    assert cards["Bayes"].answer.startswith("For events")
    assert cards["Support"].line == 17  # the item's own card
    assert len(cards_of(LECTURE)) == 5  # and not a second one from the Support heading


def test_a_numbered_statement_heading_asks_for_its_statement() -> None:
    """``## Lemma 2.7`` + the statement: the heading asks by its number (the note's title
    says what it is about); ``(b)`` after the number is a part of it, not its name."""
    text = (
        "# Sequences\n\n## Lemma 2.7\nEvery convergent sequence is bounded.\n\n"
        "## Theorem 2.9 (a)\nThe limit of a convergent sequence is unique.\n\n"
        "## Theorem 2.9 (b)\nIf $a_n \\to a$ and $b_n \\to b$, then $a_n + b_n \\to a + b$.\n"
    )
    cards = {card.question: card for card in cards_of(text)}
    assert set(cards) == {"Lemma 2.7", "Theorem 2.9 (a)", "Theorem 2.9 (b)"}
    assert cards["Lemma 2.7"].answer == "Every convergent sequence is bounded."
    assert cards["Theorem 2.9 (b)"].answer.endswith("then $a_n + b_n \\to a + b$.")


def test_a_statement_heading_over_a_list_is_answered_by_the_list() -> None:
    """``## Theorem 3.11`` + the statements it lists, ``## Definition`` + the conditions
    that make one: the heading's list answers, as under any heading naming a topic."""
    text = (
        "# Cauchy sequences\n\nA sequence whose terms get arbitrarily close to each other.\n\n"
        "## Theorem 3.11\n- Convergent sequences are Cauchy\n"
        "- Every Cauchy sequence in a compact space converges\n\n"
        "## Definition\n- Let $X$ be a metric space\n"
        "- A sequence in $X$ is Cauchy when far enough along any two terms are close\n"
    )
    cards = {card.question: card for card in cards_of(text)}
    assert cards["Theorem 3.11"].answer == (
        "- Convergent sequences are Cauchy\n- Every Cauchy sequence in a compact space converges"
    )
    assert cards["Cauchy sequences — Definition"].answer.startswith("- Let $X$ be a metric space")


def test_a_statement_that_leads_into_its_list_takes_the_list() -> None:
    """``# Theorem (Hall, 1935)`` + ``If ..., then $G$ has`` + the list of what it has: a
    statement that stops mid-sentence (or at a colon) goes on in the list right under it;
    one that ends its sentence does not."""
    text = (
        "# Theorem (Hall, 1935)\n\nIf $G$ is a bipartite graph with parts $X$, $Y$,\n"
        "then $G$ has\n- a matching that covers $X$, or\n"
        "- a set $S$ in $X$ with fewer than $|S|$ neighbours.\n\n"
        "## Lemma 4.2\nEvery tree with $n$ vertices has:\n\n- exactly $n - 1$ edges\n"
        "- at least two leaves\n\n"
        "## Lemma 4.3\nEvery forest is bipartite.\n\n- a remark on colourings\n\n"
        "## Definition\nA __cut__ of $G$ is a set of edges with two properties:\n\n"
        "1. Separation: removing it leaves two parts\n2. it is the least such set\n"
    )
    cards = {card.question: card for card in cards_of(text)}
    assert cards["Hall, 1935"].answer.endswith(
        "then $G$ has\n- a matching that covers $X$, or\n"
        "- a set $S$ in $X$ with fewer than $|S|$ neighbours."
    )
    assert cards["Lemma 4.2"].answer.endswith(
        "has:\n\n- exactly $n - 1$ edges\n- at least two leaves"
    )
    assert cards["Lemma 4.3"].answer == "Every forest is bipartite."
    # (a term a listed property names is no other term of the statement's own paragraph)
    assert cards["cut"].answer.endswith("2. it is the least such set")
