"""An API parameter block: a quoted signature and the explanation after it."""

from __future__ import annotations

from tests.conftest import by_question, cards_of

NOTE = (
    "# HttpClient\n\n"
    "## HttpClient(base_url, timeout=10.0)\n\n"
    "> timeout -> float\n\n"
    "- How long to wait for the server before giving up, in seconds.\n\n"
    "> retries: int = 3\n\n"
    "- How many times a failed request is sent again.\n"
    "- Only idempotent methods are retried.\n\n"
    "> `base_url` (str)\n\n"
    "The address every relative path is resolved against.\n"
)


def test_the_explanation_answers_the_parameter() -> None:
    cards = by_question(cards_of(NOTE))
    assert cards["timeout"].answer == (
        "How long to wait for the server before giving up, in seconds.\n\n(float)"
    )
    assert cards["timeout"].context[-1] == "HttpClient(base_url, timeout=10.0)"
    assert cards["retries"].answer.startswith("- How many times a failed request is sent again.")
    assert cards["retries"].answer.endswith("(int = 3)")
    assert cards["base_url"].answer.startswith("The address every relative path")
    assert len(cards) == 3  # the signature alone is no card


def test_a_quoted_aside_is_no_signature() -> None:
    text = "## Client\n\n> Note: deprecated\n\n- use the new client instead\n"
    assert "Note" not in by_question(cards_of(text))
