"""A question paragraph answered by the list below it."""

from __future__ import annotations

from tests.conftest import by_question, cards_of


def test_question_paragraph_answered_by_a_list() -> None:
    text = "Noisy label이란 무엇을 의미하는가?\n\n- 라벨이 잘못 붙은 데이터\n- 사람 실수로 생김\n"
    (card,) = cards_of(text)
    assert card.question == "Noisy label이란 무엇을 의미하는가?"
    assert card.answer == "- 라벨이 잘못 붙은 데이터\n- 사람 실수로 생김"


def test_the_answer_keeps_the_items_that_are_cards_of_their_own() -> None:
    text = (
        "What does a transaction guarantee?\n\n"
        "- Atomicity: all or nothing\n"
        "- its writes survive a crash\n"
        "- readers never see half of it\n"
    )
    cards = {card.question: card for card in cards_of(text)}
    assert cards["What does a transaction guarantee?"].answer == (
        "- Atomicity: all or nothing\n- its writes survive a crash\n- readers never see half of it"
    )
    assert cards["Atomicity"].answer == "all or nothing"


def test_a_question_alone_is_answered_by_the_quote_or_marked_paragraph_under_it() -> None:
    text = (
        "# 네트워크\n\n***FTP란?***\n\n"
        "> TCP/IP 위에서 서버와 클라이언트가 파일을 주고받는 프로토콜\n\n"
        "*경쟁 상태란?*\n\n두 스레드가 같은 데이터를 건드려 결과가 순서에 달린 상태.\n\n"
        "그렇다면 왜 이런 일이 생길까?\n\n스레드가 같은 변수를 동시에 바꾸기 때문이다.\n\n"
        "아래 예를 볼까요?\n\n> 철수가 밥을 먹었다.\n"
    )
    cards = by_question(cards_of(text, "net.md"))
    assert cards["FTP란?"].answer == "TCP/IP 위에서 서버와 클라이언트가 파일을 주고받는 프로토콜"
    assert cards["경쟁 상태란?"].answer.startswith("두 스레드가 같은 데이터를")
    assert set(cards) == {"FTP란?", "경쟁 상태란?"}


def test_a_paragraph_opening_with_an_arrow_answers_the_question_above_it() -> None:
    text = (
        "## Basic\n\n코드가 더 짧아 보이지는 않는다.\n\n왜 다들 RxSwift를 좋아할까?\n\n"
        "-> Sugar API를 쓰면 더 간결하고 강력하게 쓸 수 있다\n"
    )
    cards = by_question(cards_of(text))
    assert (
        cards["왜 다들 RxSwift를 좋아할까?"].answer
        == "Sugar API를 쓰면 더 간결하고 강력하게 쓸 수 있다"
    )


def test_a_plain_paragraph_under_a_plain_question_is_no_answer() -> None:
    text = "## Basic\n\n첫 문단이다.\n\n어떻게 될까?\n\n그냥 다음 이야기가 이어진다\n"
    assert "어떻게 될까?" not in by_question(cards_of(text))


def test_a_bold_question_going_on_with_an_aside_asks_its_question() -> None:
    """``***RAM은 휘발성 아닌가요? 껐다 켜면 다 날아가는데..***``: the question is the
    label's first sentence; the paragraph under it answers."""
    text = (
        "## Redis\n\n메모리에 저장하는 키-값 저장소.\n\n"
        "***RAM은 휘발성 아닌가요? 껐다 켜면 다 날아가는데..***\n\n"
        "이를 막기 위해 디스크에 백업하는 과정이 있다.\n"
    )
    asked = {card.question: card.answer for card in cards_of(text)}
    assert asked["RAM은 휘발성 아닌가요?"] == "이를 막기 위해 디스크에 백업하는 과정이 있다."
    assert "RAM" not in asked["Redis"]


def test_a_definition_that_ends_by_asking_on_is_no_question_paragraph() -> None:
    """``**포인터**란 ... 가리킵니다. 예를 볼까요?``: a sentence, then the writer turning
    to an example; the line asks no question a list or quote below would answer, and
    its definition is a card."""
    text = (
        "# 함수 호출\n\n## 포인터\n\n"
        "**포인터(pointer)**란 변수의 메모리 주소 정보를 가리킵니다. 예를 볼까요?\n\n"
        "> int v = 1;\n\n"
        "위 코드는 v의 포인터에 1이라는 값을 할당하라는 뜻입니다.\n"
    )
    answers = [card.answer for card in cards_of(text, "call.md")]
    assert any(answer.startswith("**포인터(pointer)**란 변수의") for answer in answers)


def test_a_written_q_marks_its_question_for_the_paragraph_under_it() -> None:
    """``Q: ...?`` alone, then a plain paragraph (or an ``A)`` one): the ``Q:`` marks the
    question as one, as bold does; a ``Q:`` asking only of what came before asks nothing."""
    text = (
        "## Notes\n\nFirst we fit the curve.\n\n"
        "Q: Why does the third fit disagree with the first two?\n\n"
        "Its loss ignores outliers, and the small runs are outliers.\n\n"
        "Q) Can two threads bump the counter safely?\n\n"
        "A) No: each one reads, adds and writes in turn.\n\n"
        "Q: Why does this happen?\n\nWe swap the options for yes/no ones.\n"
    )
    cards = by_question(cards_of(text))
    assert cards["Why does the third fit disagree with the first two?"].answer == (
        "Its loss ignores outliers, and the small runs are outliers."
    )
    assert cards["Can two threads bump the counter safely?"].answer == (
        "No: each one reads, adds and writes in turn."
    )
    assert "Why does this happen?" not in cards
