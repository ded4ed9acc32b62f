"""A term explained by the lines and blocks nested under it."""

from __future__ import annotations

from tests.conftest import by_question, cards_of


def test_term_with_nested_bullets() -> None:
    text = (
        "## RNN\n\n"
        "- LSTM\n"
        "    - Long Short Term Memory\n"
        "    - cell state가 gradient를 잘 전달함\n"
        "    - Forget gate - 무엇을 버릴지 결정\n"
    )
    cards = by_question(cards_of(text))
    assert cards["LSTM"].answer == (
        "- Long Short Term Memory\n"
        "- cell state가 gradient를 잘 전달함\n"
        "- Forget gate - 무엇을 버릴지 결정"
    )
    assert cards["LSTM"].context == ("note", "RNN")
    assert cards["Forget gate"].context == ("note", "RNN", "LSTM")
