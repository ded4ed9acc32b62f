"""The things a heading or title compares, each asked of the line or item that opens with it."""

from __future__ import annotations

from notecards.core.extract.proposers.compared_items import things_compared
from tests.conftest import by_question, cards_of


def test_each_thing_a_title_compares_is_asked_of_the_line_that_opens_with_it() -> None:
    text = (
        "# Polling vs Push\n\n"
        "Polling asks the server again and again whether anything changed.\n"
        "Push keeps one connection open and the server speaks first.\n"
    )
    cards = by_question(cards_of(text, "polling.md"))
    assert cards["Polling"].answer == (
        "Polling asks the server again and again whether anything changed."
    )
    assert cards["Push"].answer.startswith("Push keeps one connection open")
    assert cards["Polling vs Push"].answer.count("\n") == 1  # the title still asks it whole


def test_items_under_a_korean_comparison_heading_and_a_shared_head_word() -> None:
    text = (
        "## 스택과 큐의 차이\n\n"
        "- 스택은 마지막에 넣은 것을 먼저 꺼낸다\n"
        "  - 함수 호출에 쓰인다\n"
        "- 큐는 먼저 넣은 것을 먼저 꺼낸다\n\n"
        "## Strong vs Weak references\n\n"
        "Strong references keep the object alive as long as they exist.\n\n"
        "Weak references let the collector reclaim the object at any time.\n"
    )
    cards = by_question(cards_of(text, "refs.md"))
    assert cards["스택"].answer == "스택은 마지막에 넣은 것을 먼저 꺼낸다\n  - 함수 호출에 쓰인다"
    assert cards["큐"].answer == "큐는 먼저 넣은 것을 먼저 꺼낸다"
    assert cards["Weak"].answer.startswith("Weak references let the collector")


def test_a_line_that_speaks_of_two_of_them_or_a_mere_label_answers_neither() -> None:
    text = (
        "## Mutex vs Semaphore\n\n"
        "- Mutex is owned by one thread, while a Semaphore only counts permits\n"
        "- Semaphore notes\n"
        "  - counts permits\n"
    )
    questions = {card.question for card in cards_of(text, "locks.md")}
    assert not questions & {"Mutex", "Semaphore"}


def test_only_a_heading_that_compares_names_things() -> None:
    assert things_compared("Installing Homebrew and Docker") == ()
    assert things_compared("3. Threads vs. Processes") == ("Threads", "Processes")
    assert things_compared("Difference between GET and POST") == ("GET", "POST")
    assert things_compared("RDD, DataFrame, Dataset 비교") == ("RDD", "DataFrame", "Dataset")
    assert things_compared("Primary vs Secondary Data") == ("Primary", "Secondary")
    assert things_compared("객체와 관계형 데이터베이스의 차이") == ("객체", "관계형 데이터베이스")
