"""Line-level rules: terms, definitions, separators, markup."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notecards.core.extract import patterns


@pytest.mark.parametrize(
    ("line", "term", "definition"),
    [
        (
            "NMS: 여러 bounding box를 하나로 통합하는 방법",
            "NMS",
            "여러 bounding box를 하나로 통합하는 방법",
        ),
        ("AlexNet : GPU 두 개로 학습", "AlexNet", "GPU 두 개로 학습"),
        ("**Forgetting curve**: how retention drops", "Forgetting curve", "how retention drops"),
        ("*_PointNet_* - point cloud를 학습", "PointNet", "point cloud를 학습"),
        ("Stride - 커널의 보폭", "Stride", "커널의 보폭"),
        ("Momentum – keeps the direction", "Momentum", "keeps the direction"),
        ("인공지능 → 사람의 지능을 모방하는 것", "인공지능", "사람의 지능을 모방하는 것"),
        ("Donut Chart -> 가운데가 빔", "Donut Chart", "가운데가 빔"),
        ("RoI = Region of Interest", "RoI", "Region of Interest"),
        ("자율주행- obj detection & tracking", "자율주행", "obj detection & tracking"),
        (
            "Supremum, Least upper bound (상한): $\\alpha = \\sup E$",
            "Supremum, Least upper bound (상한)",
            "$\\alpha = \\sup E$",
        ),
        ("tsai(timeseries AI) : sota dl", "tsai(timeseries AI)", "sota dl"),
        ("쿼리 [단어에 대한 가중치]: 모든 시점", "쿼리 [단어에 대한 가중치]", "모든 시점"),
        ("2012 - AlexNet: 첫 우승", "AlexNet", "(2012) 첫 우승"),
        ("Autoencoder는 생성모델인가? → 엄밀히는 X", "Autoencoder는 생성모델인가?", "엄밀히는 X"),
        ("`view`: reshape a tensor", "`view`", "reshape a tensor"),
        ("$\\sigma$: 표준편차", "$\\sigma$", "표준편차"),
        ("작은 모델: 파라미터가 적은 모델", "작은 모델", "파라미터가 적은 모델"),
        ("모델을 평가할 손실함수: 줄일수록 좋음", "모델을 평가할 손실함수", "줄일수록 좋음"),
        ("정확도 향상: 데이터가 늘면 좋아짐", "정확도 향상", "데이터가 늘면 좋아짐"),
    ],
)
def test_term_and_definition(line: str, term: str, definition: str) -> None:
    split = patterns.split_term(line)
    assert split is not None
    assert (split.term, split.definition) == (term, definition)


@pytest.mark.parametrize(
    "line",
    [
        "딥러닝은 방대한 분야 → 장님이 코끼리 만지는 격",  # a sentence, not a term
        "이미지 임베딩 → 트랜스포머 인코더 → Classification",  # a pipeline
        "video - CNN3d map 계산 - encoding - decoder (2개)",  # a pipeline of dashes
        "c) foundation model을 만드는회사(stability AI:텍스트입력)",  # colon inside brackets
        "참고 링크: https://github.com/org/repo/discussions/6501",  # a link, labelled
        "self-attention - 참조: (https://aimb.tistory.com/182)",  # a pointer, not content
        "attention is all you need: parallel processing",  # a sentence
        "Data representation부터 다름",  # no separator
        "여기서 $A^+ = V \\Sigma ^+ U^\\top $를 A의 pseudo inverse라 함",  # = inside math
        "std::vector is a container",  # C++ scope, not a colon
        "내가 생각하는 활동점수(100점만점): 90점",  # chatter
        "2023.01.11: 오늘 한 일",  # a date
        "pytorch, tf + 협업개발SW(github, VScode) — pytorch(lighting)",  # a list of tools
        "e.g., ResNet152라고 한다면 ResNet18 같이 작은 모델",
        "한가지 의문: K는 image 샘플 수와 같은지가 궁금함",
    ],
)
def test_not_a_definition(line: str) -> None:
    assert patterns.split_term(line) is None


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("LSTM", "LSTM"),
        ("self-attention - 참조: (https://aimb.tistory.com/182)", "self-attention"),
        ("transformer사용시 고려해야할 점:", "transformer사용시 고려해야할 점"),
        ("무엇이 좋은 딥러너의 요소인가", "무엇이 좋은 딥러너의 요소인가"),
    ],
)
def test_bare_terms(line: str, term: str) -> None:
    assert patterns.term_of(line) == term


@pytest.mark.parametrize(
    "text",
    [
        "기본 과제 1 (MLP)",
        "Week 3",
        "2주차",
        "*2021.04.25*",
        "참고",
        "e.g.",
        "[link](http://x)",
        "12.5%",
    ],
)
def test_labels_dates_and_links_are_not_terms(text: str) -> None:
    assert patterns.term_of(text) is None


@pytest.mark.parametrize(
    "text", ["*2021.04.25*", "2023년 1월 5일", "Jan 5, 2023", "2023. 1. 11. 15:30", "2024-03-18"]
)
def test_dates(text: str) -> None:
    assert patterns.is_date(text)


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
    assert patterns.is_title(heading) is title


def test_explicit_pairs() -> None:
    pair = patterns.explicit_pair("Who proposed the forgetting curve? :: Hermann Ebbinghaus")
    assert pair == patterns.ExplicitPair(
        "Who proposed the forgetting curve?", "Hermann Ebbinghaus", False
    )
    reversed_pair = patterns.explicit_pair("spaced repetition ::: 간격 반복")
    assert reversed_pair is not None and reversed_pair.reversed
    assert patterns.explicit_pair("Capital::Paris") is not None
    assert patterns.explicit_pair("use std::vector here") is None
    assert patterns.explicit_pair("`a::b` in code") is None


def test_highlights_become_one_cloze_group() -> None:
    assert patterns.highlights_to_cloze("The ==mitochondria== is the ==powerhouse==") == (
        "The {{c1::mitochondria}} is the {{c1::powerhouse}}"
    )
    assert patterns.highlights_to_cloze("if `a == b` then") is None
    assert patterns.has_cloze("floor is {{c1::1.3}}")


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("계수의 합이 1인 경우, 이를 convex combination이라고 함", "convex combination"),
        ("데이터를 늘리는 과정을 augmentation이라 부른다.", "augmentation"),
        ("When a model memorises noise, this is called overfitting.", "overfitting"),
        ("이 문제가 가장 어렵다고 생각함", None),
        ("He was called away.", None),
    ],
)
def test_prose_definitions(sentence: str, term: str | None) -> None:
    named = patterns.named_in_prose(sentence)
    assert (named[0] if named else None) == term


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Attention", "is", "Note", "e", "g", "Week", "-", "R", "CNN", "a", "TODO"]
        ),
        min_size=1,
        max_size=8,
    ).map(" ".join)
)
def test_plain_latin_fast_path_agrees_with_the_full_rules(term: str) -> None:
    fast = patterns.is_term(term)
    patterns_full = patterns._PLAIN_LATIN_TERM
    try:
        patterns._PLAIN_LATIN_TERM = re.compile(r"(?!)")  # never matches: the full rules
        assert patterns.is_term(term) == fast
    finally:
        patterns._PLAIN_LATIN_TERM = patterns_full


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("과적합은 모델이 잡음까지 외운 상태를 말한다.", "과적합"),
        ("딥러닝이란 여러 층의 신경망으로 표현을 학습하는 방법이다.", "딥러닝"),
        ("고양이란 고양잇과의 동물이다.", "고양이"),
        ("튜플은 변경할 수 없는 시퀀스를 말한다.", "튜플"),
        ("작은 모델은 매개변수가 적은 모델을 말한다.", "작은 모델"),
        ("Attention이란 중요한 부분에 가중치를 주는 방법", "Attention"),
        ("Overfitting refers to a model that memorises noise.", "Overfitting"),
        ("RAM stands for random access memory", "RAM"),
        ("이것은 중요한 것을 의미한다", None),
        ("This means that we are done", None),
        ("오늘 배운 내용은 다음과 같은 것을 말한다", None),
        ("그래서 나는 공부란 무엇인가 생각했다", None),
    ],
)
def test_definitional_sentences(sentence: str, term: str | None) -> None:
    assert patterns.defined_in_sentence(sentence) == term


def test_each_defining_sentence_of_a_line_is_its_own_card() -> None:
    line = (
        "오늘은 복습을 했다. 리스트는 순서가 있는 시퀀스를 말한다. 값을 바꿀 수 있다. "
        "튜플은 변경할 수 없는 시퀀스를 말한다."
    )
    assert patterns.definitions_in_line(line) == [
        ("리스트", "리스트는 순서가 있는 시퀀스를 말한다. 값을 바꿀 수 있다."),
        ("튜플", "튜플은 변경할 수 없는 시퀀스를 말한다."),
    ]


@pytest.mark.parametrize(
    ("answer", "worth"),
    [
        ("아직 잘 모르겠다", False),
        ("헷갈림", False),
        ("not sure", False),
        ("???", False),
        ("I don't know", False),
        ("모르는 것을 아는 것", True),
        ("헷갈리기 쉬운 두 개념을 구분하는 기준", True),
        ("joins two histories", True),
    ],
)
def test_unsure_answers_are_not_definitions(answer: str, worth: bool) -> None:
    assert patterns.is_definition(answer) is worth
