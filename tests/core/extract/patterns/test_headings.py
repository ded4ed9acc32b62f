"""What a heading is: a title to ask about, or not."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns import headings
from tests.conftest import by_question, cards_of


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Pie Chart", True),
        ("3D learning의 장점?", True),
        ("🤔학습 회고", False),
        ("📄피어세션 정리", False),
        ("References", False),
        ("참고 자료", False),
        ("23.02.01. TIL", False),
        ("2024년 3월 메모", False),
        ("기본과제", False),
        ("TIL", False),
    ],
)
def test_titles(heading: str, title: bool) -> None:
    assert headings.is_title(heading) is title


@pytest.mark.parametrize(
    "heading",
    ["다음 단어 예측 기반 대형 언어 모델의 한계", "Assigning to self within a mutating method"],
)
def test_a_heading_may_name_its_topic_at_greater_length_than_a_term(heading: str) -> None:
    assert headings.is_heading_title(heading)
    assert not headings.is_title(heading)  # a label or a term that long is prose


@pytest.mark.parametrize(
    "heading", ["What is Agile", "What are monads", "What is Design and Architecture", "What to do"]
)
def test_a_question_written_without_its_mark_asks_as_it_would_with_it(heading: str) -> None:
    assert headings.is_heading_title(heading)
    assert headings.is_heading_title(f"{heading}?")


@pytest.mark.parametrize(
    "heading",
    [
        "락을 거는 이유",
        "캐시 사용을 피해야 하는 경우",
        "로그를 남기는 방법",
        "키를 쓰게 되는 때",
        "힙을 배열로 표현",  # the closing noun is the verb the object is for
        "문자열을 정수 배열로 변환",  # a bare noun before the adverbial word names with it
        "로그를 원격 저장소 서버에 저장",
        "로그를 파일에 저장",
        "캐시를 쓰기 좋은 경우",  # how easy it is to do, then the noun
    ],
)
def test_a_noun_that_a_clause_with_its_object_describes_is_a_title(heading: str) -> None:
    """``락을 거는 이유``: the object's verb (``거는``, ``피해야 하는``) describes the noun
    that closes the heading; its ``는`` is no topic marker."""
    assert headings.is_heading_title(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "서버에서 커넥션 풀을 쓰는 이유",
        "배포 후에 로그가 사라지는 경우",
        "조인에 별칭을 꼭 붙여야 하는 경우",
        "인덱스가 없을 때 느려지는 쿼리",
    ],
)
def test_a_noun_a_whole_clause_describes_is_a_title(heading: str) -> None:
    """``서버에서 커넥션 풀을 쓰는 이유``: the words with their particles (``서버에서``,
    ``풀을``) belong to the clause whose verb, right before the closing noun, describes it."""
    assert headings.is_heading_title(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "그는 락을 건다",
        "데이터를 저장해야 한다",
        "데이터는 저장되는 값",
        "서버에서 캐시는 중요한 부분",
    ],
)
def test_a_clause_with_an_object_that_ends_in_a_verb_or_has_a_topic_is_no_title(
    heading: str,
) -> None:
    assert not headings.is_heading_title(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "오늘은 모델을 학습시키면서 여러 가지를 배웠다",
        "We ran the whole suite again on the new machine",
        "2024년 3월 10일 회고",
    ],
)
def test_a_long_heading_that_is_a_sentence_or_chatter_is_no_title(heading: str) -> None:
    assert not headings.is_heading_title(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Java Reflection",
        "Retrofit 사용법",
        "링크드 리스트",
        "Todo app architecture",
        "Reference types in C#",
        "Resources (Kubernetes)",
        "How to do the calculations?",
        "Reference Point",
        "Accepted (Journals)",
        "후기 바인딩",
        "일정 관리 앱",
        "Sources of error",
        "참고",
    ],
)
def test_a_topic_that_holds_a_skip_word_is_not_skipped(heading: str) -> None:
    assert not headings.is_skipped_heading(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "회고",
        "TIL 회고",
        "🤔학습 회고",
        "회고를 마치며",
        "📄피어세션 정리",
        "강의 후기 (3주차)",
        "3월 일정",
        "References",
        "참고 자료",
        "[참고자료]",
        "참고 링크",
        "참고: [블로그 글](https://example.org)",
        "Further reading",
        "Links & Resources",
        "Refer",
        "Refs",
        "레퍼런스",
        "Todo",
        "My todo list",
        "TODO 2: 메시지 발행",
        "Weekly reflection",
        "Sprint Retrospective",
        "Daily journal",
    ],
)
def test_retrospectives_plans_and_references_are_skipped(heading: str) -> None:
    assert headings.is_skipped_heading(heading)


@pytest.mark.parametrize(
    ("heading", "diary"),
    [
        ("2026-03-10 Daily log", True),
        ("3월 10일 일기", True),
        ("Diary", True),
        ("Structured Journalism", False),
        ("Accepted (Journals)", False),
        ("일기 예보 API", False),
    ],
)
def test_diary_titles(heading: str, diary: bool) -> None:
    assert headings.is_diary_heading(heading) is diary


@pytest.mark.parametrize("heading", ["Example 2", "Example 3.", "예제 3", "BCNF Example 3"])
def test_a_numbered_worked_example_is_skipped(heading: str) -> None:
    assert headings.is_skipped_heading(heading)


@pytest.mark.parametrize(
    "heading", ["Examples", "Examples of key-value stores", "예시: 배달 앱", "Example 1: Registers"]
)
def test_examples_of_a_concept_are_not_skipped(heading: str) -> None:
    assert not headings.is_skipped_heading(heading)


def test_a_mark_set_before_a_headings_name_names_no_less() -> None:
    assert headings.is_heading_title("| 모델의 한계: 환각 (Hallucination)")
    assert headings.is_heading_title("▶ Connection pooling")
    assert not headings.is_heading_title(
        "| 정리"
    )  # a generic heading is generic however it is marked


def test_a_numbered_overview_heading_is_an_overview() -> None:
    """``## 0. 개요`` in a wiki's template: the section answers the note's title."""
    text = (
        "---\ntitle: JAVA\n---\n\n## 0. 개요\nJVM 위에서 도는 객체 지향 언어이다.\n\n"
        "## 1. 특징\n- 빠르다\n"
    )
    cards = by_question(cards_of(text, "_wiki/java.md"))
    assert cards["JAVA"].answer == "JVM 위에서 도는 객체 지향 언어이다."


def test_a_numbered_hands_on_exercise_is_a_worked_example() -> None:
    """``## 실습2`` + its steps (``### 샘플 로그 파일 생성`` + a command): skipped whole, as
    ``## Example 2`` is; ``## 실습 환경`` names no exercise and stays."""
    assert headings.is_skipped_heading("실습2")
    assert headings.is_skipped_heading("실습 3")
    assert not headings.is_skipped_heading("실습 환경")


@pytest.mark.parametrize(
    "question",
    ["정규분포 실습", "emit 이벤트 실습 구현", "실습", "실습 2", "긴 꼬리분포 실습 — 목표"],
)
def test_a_hands_on_exercise_is_named_as_one(question: str) -> None:
    assert headings.names_an_exercise(question)


@pytest.mark.parametrize("question", ["실습 환경 구성", "정규분포", "Tabletop Exercise"])
def test_a_topic_is_no_exercise(question: str) -> None:
    assert not headings.names_an_exercise(question)


def test_a_hands_on_exercise_asks_no_card_but_what_it_says_stays() -> None:
    """``- 정규분포 실습`` + what the exercise did: no card asking the exercise; the term
    line inside it is a card of its own."""
    text = (
        "# 통계 기초\n\n- 정규분포 실습\n  - 표준정규분포에서 난수 1000개를 뽑아 그려 본다\n"
        "  - 히스토그램: 구간마다 몇 개가 들어가는지 막대로 그린 그래프\n"
    )
    questions = [card.question for card in cards_of(text)]
    assert "정규분포 실습" not in questions
    assert "히스토그램" in questions


def test_a_heading_framed_in_spaced_brackets_names_what_is_inside() -> None:
    """``### [ 운영체제의 역할 ]``: the brackets frame the heading, they are no category."""
    assert headings.is_heading_title("[ 운영체제의 역할 ]")
    assert headings.is_heading_title("[ Memory hierarchy ]")


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("'안' 부정법", True),  # a quoted form named by what it is
        ("'은/는'과 주격조사 '이/가' 비교", True),
        ('"Free-rider problem"', True),  # a name quoted whole
        ("“이미지 파운데이션 모델”", True),
        ("'혼자'보다 '팀'에서 더 잘 일하고 싶다면 이렇게 하세요.", False),  # a sentence
        ("'x", False),  # a quote that never closes
    ],
)
def test_a_heading_may_open_with_a_quoted_word(heading: str, title: bool) -> None:
    """``### '안' 부정법``: the word or form a heading quotes is part of its name."""
    assert headings.is_heading_title(heading) is title


@pytest.mark.parametrize(
    "heading",
    [
        "호칭에 따른 경어법 분화",
        "상황에 따른 분류",
        "자바와 다른 점",
        "배열로 만든 스택",
        "권한을 가진 사용자",
    ],
)
def test_a_heading_may_name_its_topic_by_a_verb_in_n_after_a_particle(heading: str) -> None:
    """``호칭에 따른 경어법 분화``: ``따른``, ``다른``, ``만든`` describe the noun after them, as
    ``대한`` and ``관한`` do; the heading is a name, not a clause."""
    assert headings.is_heading_title(heading)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("July 1956: The Suez Crisis", True),  # a timeline's event, dated by month
        ("October 1973: The Yom Kippur War", True),
        ("1967: The Six-Day War", True),
        ("May 2023: Started learning Rust", False),  # a diary's entry
        ("2023-05-14: Notes from the meetup", False),  # dated to the day: a diary's
        ("July 1956", False),
    ],
)
def test_a_heading_dating_an_event_names_it(heading: str, title: bool) -> None:
    """``# July 1956: The Suez Crisis``: a month and year before the event's name date it,
    as a year alone does (``1967: The Six-Day War``); a date alone or a day's entry names
    no topic."""
    assert headings.is_heading_title(heading) is title


def test_a_skip_word_whose_sub_heading_names_a_thing_by_it_is_a_topic() -> None:
    """``## 3. Reflection`` over ``### 3.1. Reflection API``: the language feature, not the
    writer looking back; a retrospective's sub-heading names no such thing."""
    text = (
        "# 자바 강의\n\n## 3. Reflection\n\n### 3.1. Reflection API\n\n"
        "- 메서드 목록을 얻는 방법\n\t- getMethods()를 호출한다.\n\t- 상속받은 것도 포함된다.\n\n"
        "## Reflection\n\n### What went well\n\n- 오늘은 일찍 잠들었다\n\t- 푹 잤다\n"
    )
    cards = by_question(cards_of(text))
    assert "getMethods()" in cards["메서드 목록을 얻는 방법"].answer
    assert all("잠들었다" not in card.answer for card in cards.values())
    assert headings.names_a_thing_below("3. Reflection", "3.1. Reflection API")
    assert not headings.names_a_thing_below("Reflection", "Weekly reflection")
    assert not headings.names_a_thing_below("References", "Reference types")


@pytest.mark.parametrize("heading", ["파일을 읽고 배열로 변환", "로그를 읽고 파일에 저장"])
def test_a_verb_that_links_on_before_the_adverbial_word_is_a_clause(heading: str) -> None:
    """``파일을 읽고 배열로 변환``: ``읽고`` is a verb going on to the next, no noun naming
    the place with ``배열로``: the heading reads as a sentence."""
    assert not headings.is_heading_title(heading)


def test_a_task_heading_naming_its_target_in_two_words_asks_its_paragraph() -> None:
    """``### 배열을 고정 크기 리스트로 변환``: the heading names a task, its paragraph answers."""
    text = (
        "# 자바 메모\n\n### 배열을 고정 크기 리스트로 변환\n\n"
        "asList()가 돌려주는 리스트는 크기를 바꿀 수 없다.\n"
    )
    (card,) = cards_of(text)
    assert card.question == "배열을 고정 크기 리스트로 변환"
    assert card.answer == "asList()가 돌려주는 리스트는 크기를 바꿀 수 없다."
