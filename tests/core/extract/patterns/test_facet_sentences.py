"""Sentences that say what a named subject has: ``X는 ...라는 장점이 있다``."""

from __future__ import annotations

import pytest

from notecards.core.extract.patterns.facet_sentences import facet_had
from tests.conftest import cards_of


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "최대엔트로피모델은 자질을 유연하게 설정할 수 있다는 장점이 있습니다.",
            "최대엔트로피모델의 장점",
        ),
        (
            "그러나 은닉마코프모델은 문맥의 자질을 쓸 수 없다는 단점이 있습니다.",
            "은닉마코프모델의 단점",
        ),
        ("L1 Loss는 이상치에 덜 민감하다는 장점이 있지만 미분이 안 된다.", None),
        ("OOP는 유지 보수성, 재사용성, 확장성이라는 장점이 있다.", "OOP의 장점"),
        ("ORM은 복잡한 쿼리를 표현하는 데 한계가 있다.", "ORM의 한계"),
        # a subject the text points at, or a sentence that announces the facets below
        ("그러나, 해당 평가 방식은 몇 가지 한계점을 가지고 있음", None),
        ("이 방식은 느리다는 단점이 있다.", None),
        ("이 방법에는 다음과 같은 장점이 있다.", None),
        # no subject of its own
        ("미분이 가능하다는 장점이 있다.", None),
    ],
)
def test_a_subject_said_to_have_a_facet_is_asked_for_it(sentence: str, term: str | None) -> None:
    assert facet_had(sentence) == term


def test_a_facet_a_sentence_gives_its_subject_is_a_card() -> None:
    text = (
        "## 모델 비교\n\n"
        "최대엔트로피모델은 자질을 유연하게 설정할 수 있다는 장점이 있습니다. "
        "그러나 최대엔트로피모델은 시퀀스 분류기가 아니라는 단점이 있습니다.\n"
    )
    asked = {card.question: card.answer for card in cards_of(text)}
    assert asked["최대엔트로피모델의 장점"].startswith("최대엔트로피모델은 자질을")
    assert asked["최대엔트로피모델의 단점"].startswith("그러나 최대엔트로피모델은 시퀀스")


@pytest.mark.parametrize(
    "sentence",
    [
        "위의 예제는 아래 문제점을 가지고 있다.",
        "하십시오체는 상위자에게만 쓴다는 차이점이 있습니다.",
        "L1 Loss는 이상치에 덜 민감하다는 장점이 있지만 미분이 안 된다는 단점이 있다.",
    ],
)
def test_an_example_a_word_holding_a_facet_or_two_facets_ask_nothing(sentence: str) -> None:
    assert facet_had(sentence) is None


def test_a_facet_had_in_a_place_is_the_places() -> None:
    assert facet_had("Spring에서는 JDBC를 직접 지원해 따로 작성하지 않아도 되는 장점이 있다.") == (
        "Spring의 장점"
    )


def test_a_headings_subject_said_to_have_a_facet_is_answered_under_the_heading() -> None:
    """``#### 웹 방화벽`` + ``웹 방화벽은 ... 장점이 있다``: the heading asks, the sentence
    answers it; no second card asks ``웹 방화벽의 장점`` with the same sentence."""
    text = (
        "## 방어\n\n소개하는 문장입니다.\n\n#### 웹 방화벽\n\n"
        "웹 방화벽은 웹 공격에 특화되어 여러 Injection을 한꺼번에 막을 수 있는 장점이 있다.\n"
    )
    asked = {card.question: card.answer for card in cards_of(text)}
    assert asked["웹 방화벽"].startswith("웹 방화벽은 웹 공격에")
    assert "웹 방화벽의 장점" not in asked


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("캐시를 두는 이유는 디스크보다 메모리가 훨씬 빠르기 때문이다.", "캐시를 두는 이유"),
        (
            "그런데 인덱스를 B-트리로 만드는 이유는 범위 검색을 빠르게 하기 위해서입니다.",
            "인덱스를 B-트리로 만드는 이유",
        ),
        # the reason of what the text said, or of nothing named
        ("이러한 구조가 중요한 이유는 계산이 단순하기 때문이다.", None),
        ("모델이 이처럼 설계된 이유는 학습이 쉽기 때문입니다.", None),
        ("해결하지 못한 이유는 호환성 때문이다.", None),
        # no reason given after it
        ("캐시를 두는 이유는 여러 가지가 있다.", None),
    ],
)
def test_a_sentence_giving_a_reason_is_asked_why(sentence: str, term: str | None) -> None:
    assert facet_had(sentence) == term


def test_a_reason_said_inside_a_paragraph_is_a_card() -> None:
    text = (
        "## 해시\n\n"
        "해시테이블은 키를 버킷에 매핑한다. "
        "충돌이 생길 수 있음에도 해시테이블을 쓰는 이유는 탐색이 평균 상수 시간이기 때문이다.\n"
    )
    asked = {card.question: card.answer for card in cards_of(text)}
    assert asked["충돌이 생길 수 있음에도 해시테이블을 쓰는 이유"].startswith("충돌이 생길 수")
