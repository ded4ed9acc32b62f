"""A statement ending in a colon, answered by the list under it."""

from __future__ import annotations

from tests.conftest import by_question, cards_of

_FOREST = (
    "# Ensembles\n\nBagging averages many deep trees.\n\n"
    "- each tree sees a bootstrap sample\n- votes are averaged\n\n"
    "Random forests have three settings to tune:\n"
    "1. how many features each split may try\n2. how many trees there are\n"
    "3. the smallest leaf\n"
)


def test_a_statement_that_ends_in_a_colon_is_asked_and_its_list_answers() -> None:
    cards = by_question(cards_of(_FOREST, "ensembles.md"))
    card = cards["Random forests have three settings to tune"]
    assert card.answer.splitlines() == [
        "1. how many features each split may try",
        "2. how many trees there are",
        "3. the smallest leaf",
    ]
    assert card.line == 8


def test_a_statement_wrapped_over_lines_is_asked_whole() -> None:
    text = _FOREST.replace("Random forests have", "Random forests\nhave")
    questions = {card.question for card in cards_of(text, "ensembles.md")}
    assert "Random forests have three settings to tune" in questions


def test_an_announcement_a_leaning_sentence_or_a_reading_list_asks_nothing() -> None:
    for opening in (
        "For example:",
        "Here is what I ran:",
        "It is not:",
        "Can be used for:",
        "Some reading on forests:",
    ):
        items = "- one idea here\n- another idea there\n"
        if opening.startswith("Some reading"):
            items = "- [A paper](https://example.org/a)\n- [A post](https://example.org/b)\n"
        text = _FOREST.replace("Random forests have three settings to tune:", opening).replace(
            "1. how many features each split may try\n2. how many trees there are\n"
            "3. the smallest leaf\n",
            items,
        )
        questions = {card.question for card in cards_of(text, "ensembles.md")}
        assert opening.rstrip(":") not in questions, opening


def test_a_there_are_statement_is_asked_but_not_one_that_points_here_or_back() -> None:
    def questions(opening: str) -> set[str]:
        text = _FOREST.replace("Random forests have three settings to tune:", opening)
        return {card.question for card in cards_of(text, "ensembles.md")}

    assert "There are three settings to tune in a forest" in questions(
        "There are three settings to tune in a forest:"
    )
    for opening in (
        "There are two tricks in here:",
        "There are three steps to this:",
        "There is a:",
        "There are many settings. Some of these include:",
    ):
        assert opening.rstrip(":") not in questions(opening), opening


def test_a_section_that_opens_with_the_statement_keeps_its_list_for_its_heading() -> None:
    text = (
        "# Python Virtual Machine\n\nThe interpreter's virtual machine handles many jobs:\n"
        "- memory management\n- running bytecode\n"
    )
    cards = cards_of(text, "pvm.md")
    assert [card.question for card in cards] == ["Python Virtual Machine"]
    assert "running bytecode" in cards[0].answer


_QUEUE = (
    "# 큐\n\n## 구조\n\n큐는 먼저 넣은 것을 먼저 꺼내는 자료구조다.\n\n```\nenqueue(1)\n```\n\n"
    "큐는 크게 두 가지 연산이 있다.\n\n- 맨 뒤에 하나를 붙인다\n- 맨 앞에서 하나를 꺼낸다\n"
)


def test_a_korean_sentence_that_counts_its_list_asks_without_a_colon() -> None:
    cards = by_question(cards_of(_QUEUE, "queue.md"))
    card = cards["큐는 크게 두 가지 연산이 있다"]
    assert card.answer.splitlines() == ["- 맨 뒤에 하나를 붙인다", "- 맨 앞에서 하나를 꺼낸다"]
    assert card.line == 11


def test_a_korean_as_follows_names_what_its_list_is_in_the_opening_prose_too() -> None:
    text = (
        "# 큐\n\n큐는 먼저 넣은 것을 먼저 꺼내는 자료구조다.\n\n"
        "원형 큐를 쓰는 이유는 다음과 같다.\n\n- 빈 칸을 다시 쓴다\n- 옮기지 않아도 된다\n"
    )
    cards = by_question(cards_of(text, "queue.md"))
    assert "빈 칸을 다시 쓴다" in cards["원형 큐를 쓰는 이유는 다음과 같다"].answer


def test_a_korean_pointing_alone_an_example_or_the_writers_lead_in_asks_nothing() -> None:
    for sentence in (
        "다음과 같습니다.",
        "예컨대 다음과 같습니다.",
        "이를 정리하면 다음과 같다.",
        "실행 결과는 다음과 같다.",
        "다음 예문과 같습니다.",
        "몇 가지 예를 살펴보겠습니다.",
        # someone else's words reported: not what the note says the list is
        "강사님 말씀으로는 아래와 같은 두 가지 우회 방법이 있다고 합니다.",
    ):
        text = _QUEUE.replace("큐는 크게 두 가지 연산이 있다.", sentence)
        questions = {card.question for card in cards_of(text, "queue.md")}
        assert sentence.rstrip(".") not in questions, sentence
