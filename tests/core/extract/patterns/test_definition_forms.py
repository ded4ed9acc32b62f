"""The sentence forms that define a term, each on a sentence of its shape."""

from __future__ import annotations

import re

import pytest

from notecards.core.extract.patterns import definition_forms as forms


@pytest.mark.parametrize(
    ("form", "sentence", "term"),
    [
        (forms.KOREAN_TOPIC_DEFINITION, "과적합은 잡음까지 외운 상태를 말한다", "과적합"),
        (forms.KOREAN_GENUS_DEFINITION, "퀵 정렬은 분할 정복 정렬 알고리즘이다", "퀵 정렬"),
        (forms.KOREAN_ROLE_DEFINITION, "정규화는 학습을 안정화하는 역할을 한다", "정규화"),
        (forms.KOREAN_COPULA_DEFINITION, "용량은 엣지가 흘릴 수 있는 최대 유량입니다", "용량"),
        (forms.KOREAN_RAN, "데크란 양쪽 끝에서 넣고 빼는 자료구조", "데크"),
        (forms.ENGLISH_DEFINITION, "RAM stands for random access memory", "RAM"),
        (forms.ENGLISH_GENUS_DEFINITION, "A heap is a tree that keeps order", "heap"),
        (forms.ENGLISH_INFORMAL_DEFINITION, "Paging is when memory is cut in pages", "Paging"),
    ],
)
def test_each_form_names_the_term_of_a_sentence_of_its_shape(
    form: re.Pattern[str], sentence: str, term: str
) -> None:
    found = form.match(sentence)
    assert found is not None and found.group("term") == term


def test_the_korean_topic_forms_are_the_ones_whose_term_ends_at_a_topic_particle() -> None:
    assert forms.KOREAN_COPULA_DEFINITION in forms.TOPIC_PATTERNS
    assert forms.ENGLISH_DEFINITION not in forms.TOPIC_PATTERNS


def test_a_method_is_a_kind_however_it_is_spelled() -> None:
    found = forms.KOREAN_GENUS_DEFINITION.match(
        "final 메소드는 자식 클래스가 덮어쓸 수 없는 메소드"
    )
    assert found is not None and found.group("term") == "final 메소드"


def test_what_is_after_a_things_subject_is_the_term_not_the_topic_before_it() -> None:
    # "본문 없이 선언만 한 것이 추상메소드": the noun after "것이" is what is defined
    assert forms.KOREAN_GENUS_DEFINITION.match("본문은 비우고 이름만 적은 것이 추상메소드") is None


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("SVM의 목적은 마진을 가장 넓히는 경계를 찾는 것이다", "SVM의 목적"),
        (
            "블룸 필터의 최종 목표는 메모리를 아끼며 존재 여부를 답하는 데 있다",
            "블룸 필터의 최종 목표",
        ),
        ("리베이스의 원리는, 커밋을 새 기준 위에 하나씩 다시 쓰는 것이다", "리베이스의 원리"),
        ("우리의 목적은 오차를 줄이는 데 있다", None),  # the writer's, not a subject's
        ("이 방법의 단점은 설정이 번거롭다는 점이다", None),  # what the text points at
        ("가장 큰 문제의 핵심은 설정이 번거롭다는 점이다", None),  # a superlative, no subject
        ("LSM 트리의 핵심은 아래 그림과 같습니다.", None),  # the figure says it
        # an algorithm's cost is a facet of it, in any of its usual words
        ("병합 정렬의 시간 복잡도는 항상 O(n log n)이다", "병합 정렬의 시간 복잡도"),
        ("트라이 삽입의 계산복잡성은 키 길이에 비례합니다.", "트라이 삽입의 계산복잡성"),
        ("해시 집합의 공간복잡도는 원소 수만큼 늘어난다", "해시 집합의 공간복잡도"),
        ("최악의 시간 복잡도는 O(n^2)이지만 드물다", None),  # a case, not a subject
    ],
)
def test_a_facet_of_a_named_subject_is_defined_by_its_sentence(
    sentence: str, term: str | None
) -> None:
    found = forms.KOREAN_FACET_DEFINITION.match(sentence)
    assert (found.group("term") if found else None) == term


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("호칭어는 상대를 부르는 말입니다", "호칭어"),  # a word that does: what it is
        ("감탄사는 놀람이나 느낌을 나타내는 말입니다.", "감탄사"),
        ("결론은 그 정렬이 안정적이라는 말입니다", None),  # "that is to say": no kind
        ("이 규칙은 예외가 없다는 말입니다", None),
    ],
)
def test_a_word_that_does_something_is_a_kind_but_a_paraphrase_is_not(
    sentence: str, term: str | None
) -> None:
    found = forms.KOREAN_COPULA_DEFINITION.match(sentence)
    assert (found.group("term") if found else None) == term
