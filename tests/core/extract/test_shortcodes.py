"""GitHub emoji shortcodes read as the emoji they stand for, outside code only."""

from __future__ import annotations

from notecards.core.extract import shortcodes
from tests.conftest import by_question, cards_of


def test_a_known_shortcode_becomes_its_emoji() -> None:
    assert shortcodes.rendered("공감 :arrow_right: 문제 정의 :bulb:") == "공감 ➡️ 문제 정의 💡"


def test_unknown_names_code_and_words_around_colons_stay_as_written() -> None:
    text = (
        ".. autoclass:: Foo\n   :members:\n\nERROR:root:failed\n\n"
        "Use `:bulb:` in a commit message.\n\n```\nstatus = ':warning:'\n```\n"
    )
    assert shortcodes.rendered(text) == text


def test_a_shortcode_no_longer_splits_a_line_as_a_term() -> None:
    """``공감 :arrow_right: 문제 정의`` is a chain of steps, no ``Term: definition``."""
    text = "# 디자인 씽킹\n\n- 단계\n  - 공감 :arrow_right: 문제 정의 :arrow_right: 아이디어\n"
    questions = [card.question for card in cards_of(text)]
    assert not any(question.startswith("공감") for question in questions)


def test_a_warning_shortcode_reads_as_the_warning_sign_in_an_answer() -> None:
    text = "# Debug a CI job over ssh\n\n:warning: Some accounts were suspended for this.\n"
    card = by_question(cards_of(text, "ci/debug.md"))["Debug a CI job over ssh"]
    assert card.answer.startswith("⚠️ Some accounts")
