"""Terms a sentence marks in emphasis as the ones it defines."""

from __future__ import annotations

from notecards.core.extract.patterns.marked_names import names_at_its_end
from notecards.core.extract.patterns.naming_sentences import named_in_prose


def test_a_description_then_the_term_in_emphasis_names_it() -> None:
    assert named_in_prose("Machines that forward packets between networks are **routers**") == (
        "routers",
        "Machines that forward packets between networks are **routers**",
    )
    sentence = "A graph in which every face has boundary $C_3$ is a **triangulation**."
    assert named_in_prose(sentence) == ("triangulation", sentence)
    said = "If $i$ comes back surely, we say $i$ is **recurrent**"
    assert named_in_prose(said) == ("recurrent", said)


def test_an_emphasised_property_or_an_instance_is_no_name() -> None:
    for sentence in (
        "All transformations in the engine are **lazy**",  # how they are, not a name
        "Each channel of the fusion is **simple**.",
        "In every round the outcomes of the checks are **not deterministic**.",
        "It is the **double braiding**.",
        "Therefore, the common part of the two tori is a **circle**.",
        "For any $x$, the complexity measure $G(x)$ is an **integer**.",
    ):
        assert named_in_prose(sentence) is None, sentence


def test_a_sentence_that_names_its_term_last_is_told_apart() -> None:
    assert names_at_its_end("The value that identifies a row is the *primary key*.")
    assert not names_at_its_end("The *primary key* identifies a row.")
    assert not names_at_its_end("A matrix is **orthogonal** if its columns are orthonormal.")


def test_a_condition_may_say_where_the_marked_term_holds_first() -> None:
    sentence = "We say $f$ is **Riemann integrable** on $[a, b]$ if its two integrals agree."
    assert named_in_prose(sentence) == ("Riemann integrable", sentence)
