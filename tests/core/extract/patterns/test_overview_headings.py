"""Overview headings: a heading over what the subject above it is."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns import overview_headings


def test_an_overview_asks_about_the_heading_above_it_else_the_title() -> None:
    assert overview_headings.overview_subject("## 개요", ("Kafka", "Brokers"), "Notes") == "Brokers"
    assert overview_headings.overview_subject("Overview", (), "TOML") == "TOML"
    assert overview_headings.overview_subject("Brokers", ("Kafka",), "Notes") == ""


@pytest.mark.parametrize("heading", ["What it is", "What is it?", "What this is", "What is this"])
def test_what_the_subject_is_asked_in_words_is_an_overview(heading: str) -> None:
    assert overview_headings.overview_subject(heading, (), "Kafka Streams") == "Kafka Streams"


@pytest.mark.parametrize("heading", ["Abstract", "Abs.", "## Abstract:", "TL;DR", "초록"])
def test_a_papers_abstract_is_an_overview_of_the_paper(heading: str) -> None:
    """A paper's notes under its title open with its ``Abstract`` (``Abs.``, ``TL;DR``):
    what the paper is."""
    assert (
        overview_headings.overview_subject(heading, ("Sparse Mixtures",), "Papers")
        == "Sparse Mixtures"
    )


@pytest.mark.parametrize("heading", ["abstract", "`abstract`", "### `abstract` 키워드"])
def test_the_abstract_keyword_is_no_overview(heading: str) -> None:
    """``### abstract`` under ``## Modifiers``: Java's keyword, a topic of its own."""
    assert not overview_headings.is_overview(heading)
