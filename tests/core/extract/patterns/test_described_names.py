"""Bolded names a sentence lists, each after the clause describing it."""

from __future__ import annotations

from notecards.core.extract.patterns.described_names import described_names


def test_each_name_after_its_describing_clause_is_listed() -> None:
    sentence = "처리는 값을 모으는 **수집**, 모은 값을 합치는 **집계** 두 단계로 이뤄집니다."
    assert described_names(sentence) == ["수집", "집계"]


def test_one_described_name_is_not_a_list() -> None:
    assert described_names("처리는 값을 모으는 **수집** 단계로 시작합니다.") == []


def test_names_after_a_subject_or_a_conjunction_are_not_described() -> None:
    assert described_names("값은 **열림**, **닫힘**, 혹은 **그 사이의 값**으로 정해집니다.") == []


def test_a_sentence_announcing_the_post_lists_nothing() -> None:
    sentence = "이번 글에서는 자료구조인 **힙**과 힙의 일종인 **이진 힙**을 살펴보겠습니다."
    assert described_names(sentence) == []
